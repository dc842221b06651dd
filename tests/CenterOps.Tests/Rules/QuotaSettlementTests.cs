using CenterOps.Platform.Data;
using CenterOps.Platform.Notifications;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Rules;

/// <summary>POL-1: quota periods are settled by themselves once they end — once, even with two nodes.</summary>
public sealed class QuotaSettlementTests : IAsyncLifetime
{
    // The centre starts on Monday 2 November 2026, 10:00 in Shanghai: November is not a whole month of it.
    readonly TestApp _app = TestApp.StartingAt(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    async Task SupervisionAsync(Guid person, DateTimeOffset at) => await _app.WithScopeAsync(async sp =>
    {
        sp.GetRequiredService<Quotas>().Record(_app.CentreId, "supervision.held", person, at.ToUniversalTime(), 90);
        await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });

    Task<List<RuleTimer>> SettledAsync() => _app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
        .Where(t => t.SubjectType == RuleTimer.QuotaPeriodSubject).ToListAsync());

    [Fact]
    [Trait("Requirement", "POL-1")]
    [Trait("Requirement", "POL-2")]
    public async Task December_is_settled_when_it_ends_and_the_one_behind_is_told()
    {
        var diligent = await _app.CreateUserAsync("sup-a@test.cn", "manager", _app.CentreId);
        var behind = await _app.CreateUserAsync("sup-b@test.cn", "manager", _app.CentreId);
        await SupervisionAsync(diligent.Id, Shanghai(2026, 12, 3, 14));
        await SupervisionAsync(diligent.Id, Shanghai(2026, 12, 17, 14));
        await SupervisionAsync(behind.Id, Shanghai(2026, 12, 10, 14));
        var settler = _app.Services.GetRequiredService<QuotaSettler>();

        // 1 December: November ended, but the centre did not run all of it — nobody is judged on it.
        _app.Clock.SetUtcNow(Shanghai(2026, 12, 1, 0, 20).ToUniversalTime());
        Assert.Equal(0, await settler.SettleAsync(default));
        // 31 December 23:50: December has not ended yet.
        _app.Clock.SetUtcNow(Shanghai(2026, 12, 31, 23, 50).ToUniversalTime());
        Assert.Equal(0, await settler.SettleAsync(default));
        Assert.Empty(await SettledAsync());

        _app.Clock.SetUtcNow(Shanghai(2027, 1, 1, 0, 5).ToUniversalTime());
        Assert.Equal(1, await settler.SettleAsync(default));

        var settled = await SettledAsync();
        Assert.All(settled, t => Assert.Equal("MINI-SUPERVISION-2-PER-MONTH", t.RuleId));
        Assert.Equal(TimerOutcome.Met, settled.Single(t => t.OwnerUserId == diligent.Id).Outcome);
        var breached = settled.Single(t => t.OwnerUserId == behind.Id);
        Assert.Equal(TimerOutcome.Breached, breached.Outcome);
        Assert.Equal(Shanghai(2026, 12, 1, 0), breached.OpenedAt);
        Assert.Equal(Shanghai(2027, 1, 1, 0), breached.DueAt);
        var told = await _app.WithDbAsync(db => db.Set<Notification>().IgnoreQueryFilters()
            .Where(n => n.RecipientUserId == behind.Id && n.Channel == Channel.InApp).ToListAsync());
        var message = Assert.Single(told);
        Assert.Contains("MINI-SUPERVISION-2-PER-MONTH", message.Subject, StringComparison.Ordinal);
        Assert.Contains("2026-12-01–2026-12-31", message.Body, StringComparison.Ordinal);
        Assert.Empty(await _app.WithDbAsync(db => db.Set<Notification>().IgnoreQueryFilters()
            .Where(n => n.RecipientUserId == diligent.Id).ToListAsync()));

        // Later passes in January settle nothing again.
        _app.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await settler.SettleAsync(default));
        Assert.Equal(settled.Count, (await SettledAsync()).Count);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Two_nodes_settling_the_same_moment_store_each_period_once()
    {
        var people = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            people.Add((await _app.CreateUserAsync($"sup-{i}@test.cn", "manager", _app.CentreId)).Id);
        }
        await using var second = TestApp.SecondNode(_app);
        await second.InitializeAsync();
        var at = Shanghai(2027, 1, 1, 0, 1).ToUniversalTime();
        _app.Clock.SetUtcNow(at);
        second.Clock.SetUtcNow(at);

        var passes = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(i => (i % 2 == 0 ? _app : second).Services.GetRequiredService<QuotaSettler>().SettleAsync(default)));

        Assert.Equal(1, passes.Sum());
        var settled = await SettledAsync();
        Assert.Equal(people.Order(), settled.Where(t => people.Contains(t.OwnerUserId!.Value)).Select(t => t.OwnerUserId!.Value).Order());
        Assert.All(people, p => Assert.Single(settled, t => t.OwnerUserId == p));
    }
}
