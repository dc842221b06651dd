using CenterOps.Platform.Data;
using CenterOps.Platform.Notifications;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Rules;

/// <summary>
/// POL-1: the sweeper warns the owner at the warning point, marks the timer breached at its deadline and escalates
/// to the rule's escalation role — once each, even when two app nodes sweep the same database at the same moment.
/// </summary>
public sealed class TimerSweepTests : IAsyncLifetime
{
    readonly TestApp _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    async Task<Guid> OpenTimerAsync(string subject, TimeSpan dueIn, TestApp? on = null)
    {
        var app = on ?? _app;
        var id = Guid.Empty;
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var version = await db.Set<CentrePack>().Where(c => c.CentreId == app.CentreId).Select(c => c.PackVersionId).SingleAsync();
            var now = app.Clock.GetUtcNow();
            var timer = RuleTimer.Open(app.CentreId, "MINI-MATCH-2H", version, "booking", subject, now, now + dueIn, now + (dueIn * 0.75), null,
                "manager", "manager");
            db.Add(timer);
            await db.SaveChangesAsync();
            id = timer.Id;
        });
        return id;
    }

    Task<RuleTimer> TimerAsync(Guid id) => _app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters().SingleAsync(t => t.Id == id));

    Task<List<Notification>> MessagesAboutAsync(Guid timer, string step) => _app.WithDbAsync(db => db.Set<Notification>().IgnoreQueryFilters()
        .Where(n => n.DedupKey != null && n.DedupKey.StartsWith($"timer:{timer}:{step}")).ToListAsync());

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task A_timer_warns_its_owner_at_75_percent_then_breaches_and_escalates()
    {
        var manager = await _app.CreateUserAsync($"owner-{Guid.NewGuid():N}@test.cn", "manager", _app.CentreId);
        var id = await OpenTimerAsync("B-1", TimeSpan.FromHours(2));
        var sweeper = _app.Services.GetRequiredService<TimerSweeper>();

        _app.Clock.Advance(TimeSpan.FromMinutes(89));
        Assert.Equal(new TimerSweeper.SweepResult(0, 0), await sweeper.SweepAsync(default));
        Assert.Empty(await MessagesAboutAsync(id, "warning"));

        _app.Clock.Advance(TimeSpan.FromMinutes(1)); // 90 of 120 minutes: the warning point
        Assert.Equal(new TimerSweeper.SweepResult(1, 0), await sweeper.SweepAsync(default));
        var warnings = await MessagesAboutAsync(id, "warning");
        Assert.Contains(warnings, n => n.RecipientUserId == manager.Id && n.Channel == Channel.InApp && n.Subject.Contains("MINI-MATCH-2H", StringComparison.Ordinal));
        Assert.Equal(new TimerSweeper.SweepResult(0, 0), await sweeper.SweepAsync(default)); // never twice

        _app.Clock.Advance(TimeSpan.FromMinutes(30)); // the deadline
        Assert.Equal(new TimerSweeper.SweepResult(0, 1), await sweeper.SweepAsync(default));
        var timer = await TimerAsync(id);
        Assert.Equal(TimerState.Open, timer.State);
        Assert.NotNull(timer.BreachedAt);
        Assert.NotEmpty(await MessagesAboutAsync(id, "breach"));
        Assert.NotEmpty(await MessagesAboutAsync(id, "escalation"));

        // Done late: closed as breached.
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var t = await db.Set<RuleTimer>().IgnoreQueryFilters().SingleAsync(x => x.Id == id);
            t.Close(_app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        Assert.Equal(TimerOutcome.Breached, (await TimerAsync(id)).Outcome);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task A_timer_done_in_time_is_met_and_pausing_moves_its_deadline()
    {
        var id = await OpenTimerAsync("B-2", TimeSpan.FromHours(4));
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var t = await db.Set<RuleTimer>().IgnoreQueryFilters().SingleAsync(x => x.Id == id);
            var due = t.DueAt;
            t.Pause(_app.Clock.GetUtcNow());
            _app.Clock.Advance(TimeSpan.FromHours(3)); // waiting for the client
            t.Resume(_app.Clock.GetUtcNow());
            Assert.Equal(due.AddHours(3), t.DueAt);
            _app.Clock.Advance(TimeSpan.FromHours(2));
            t.Close(_app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var timer = await TimerAsync(id);
        Assert.Equal(TimerOutcome.Met, timer.Outcome);
        Assert.Null(timer.BreachedAt);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task A_person_with_more_than_20_warnings_in_one_sweep_gets_one_digest_listing_them()
    {
        var manager = await _app.CreateUserAsync($"owner-{Guid.NewGuid():N}@test.cn", "manager", _app.CentreId);
        var timers = new List<Guid>();
        for (var i = 0; i < TimerSweeper.DigestAbove + 5; i++)
        {
            timers.Add(await OpenTimerAsync($"D-{i}", TimeSpan.FromHours(2)));
        }
        var sweeper = _app.Services.GetRequiredService<TimerSweeper>();
        _app.Clock.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(new TimerSweeper.SweepResult(timers.Count, 0), await sweeper.SweepAsync(default));
        Assert.Equal(new TimerSweeper.SweepResult(0, 0), await sweeper.SweepAsync(default)); // each timer warned once

        var digest = Assert.Single(await _app.WithDbAsync(db => db.Set<Notification>().IgnoreQueryFilters()
            .Where(n => n.RecipientUserId == manager.Id && n.Channel == Channel.InApp && n.DedupKey!.StartsWith("timer-digest:")).ToListAsync()));
        Assert.Contains(timers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), digest.Subject, StringComparison.Ordinal);
        for (var i = 0; i < timers.Count; i++)
        {
            Assert.Contains($"D-{i} ", digest.Body, StringComparison.Ordinal);
        }
        foreach (var id in timers)
        {
            Assert.DoesNotContain(await MessagesAboutAsync(id, "warning"), n => n.RecipientUserId == manager.Id);
        }
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    [Trait("Requirement", "POL-2")]
    public async Task Two_app_nodes_sweeping_the_same_database_at_once_send_each_warning_exactly_once()
    {
        await _app.CreateUserAsync($"owner-{Guid.NewGuid():N}@test.cn", "manager", _app.CentreId);
        var timers = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            timers.Add(await OpenTimerAsync($"P-{i}", TimeSpan.FromHours(2)));
        }
        await using var second = TestApp.SecondNode(_app);
        await second.InitializeAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(100));
        second.Clock.Advance(TimeSpan.FromMinutes(100));

        var sweeps = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? _app : second).Services.GetRequiredService<TimerSweeper>().SweepAsync(default)));

        Assert.Equal(20, sweeps.Sum(s => s.Warned));
        foreach (var id in timers)
        {
            var warnings = await MessagesAboutAsync(id, "warning");
            Assert.Single(warnings, n => n.Channel == Channel.InApp);
        }

        // The compliance view counts them as open, none overdue yet.
        var manager = await _app.SignedInAsync("manager");
        var report = await manager.GetJsonAsync("/api/compliance/report?groupBy=Rule");
        var row = Assert.Single(report.EnumerateArray(), r => r.GetProperty("key").GetString() == "MINI-MATCH-2H");
        Assert.Equal(20, row.GetProperty("opened").GetInt32());
        Assert.Equal(20, row.GetProperty("open").GetInt32());
        Assert.Equal(0, row.GetProperty("overdue").GetInt32());
        var due = await manager.GetJsonAsync("/api/compliance/mine");
        Assert.Equal(20, due.GetArrayLength());
    }
}
