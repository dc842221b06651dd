using CenterOps.Platform.Data;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Rules;

/// <summary>POL-1: quotas are evaluated per person and period from recorded facts, and settled as met or breached.</summary>
public sealed class QuotaTests : IAsyncLifetime
{
    // Monday 2 November 2026, 10:00 in Shanghai.
    readonly TestApp _app = TestApp.StartingAt(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    static DateTimeOffset Shanghai(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    async Task RecordAsync(string fact, Guid person, DateTimeOffset at, int minutes) => await _app.WithScopeAsync(async sp =>
    {
        sp.GetRequiredService<Quotas>().Record(_app.CentreId, fact, person, at.ToUniversalTime(), minutes);
        await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Two_supervisions_of_90_minutes_a_month_meet_the_quota_and_one_does_not()
    {
        var diligent = await _app.CreateUserAsync("senior-a@test.cn", "manager", _app.CentreId);
        var behind = await _app.CreateUserAsync("senior-b@test.cn", "manager", _app.CentreId);
        await RecordAsync("supervision.held", diligent.Id, Shanghai(11, 5, 14), 90);
        await RecordAsync("supervision.held", diligent.Id, Shanghai(11, 19, 14), 120);
        await RecordAsync("supervision.held", behind.Id, Shanghai(11, 12, 14), 100);
        await RecordAsync("supervision.held", behind.Id, Shanghai(11, 26, 14), 60);  // too short to count
        await RecordAsync("supervision.held", behind.Id, Shanghai(10, 30, 14), 120); // October: another period
        await RecordAsync("supervision.held", behind.Id, Shanghai(12, 1, 0), 120);   // 1 December 00:00: the next period

        _app.Clock.SetUtcNow(Shanghai(12, 1, 9).ToUniversalTime());
        IReadOnlyList<Quotas.Standing> standings = [];
        await _app.WithScopeAsync(async sp =>
        {
            standings = await sp.GetRequiredService<Quotas>().SettleAsync(_app.CentreId, Shanghai(11, 15, 12), default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });

        var a = standings.Single(s => s.RuleId == "MINI-SUPERVISION-2-PER-MONTH" && s.PersonUserId == diligent.Id);
        var b = standings.Single(s => s.RuleId == "MINI-SUPERVISION-2-PER-MONTH" && s.PersonUserId == behind.Id);
        Assert.True(a.Met);
        Assert.Equal(2, a.Actual);
        Assert.False(b.Met);
        Assert.Equal(1, b.Actual);
        Assert.Equal(Shanghai(11, 1, 0), b.PeriodStart);
        Assert.Equal(Shanghai(12, 1, 0), b.PeriodEnd);

        var settled = await _app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
            .Where(t => t.RuleId == "MINI-SUPERVISION-2-PER-MONTH").ToListAsync());
        Assert.Equal(TimerOutcome.Met, settled.Single(t => t.OwnerUserId == diligent.Id).Outcome);
        Assert.Equal(TimerOutcome.Breached, settled.Single(t => t.OwnerUserId == behind.Id).Outcome);

        // Settling again records nothing twice.
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Quotas>().SettleAsync(_app.CentreId, Shanghai(11, 15, 12), default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        Assert.Equal(settled.Count, await _app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
            .CountAsync(t => t.RuleId == "MINI-SUPERVISION-2-PER-MONTH")));
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Training_hours_add_up_over_the_half_year()
    {
        var trainee = await _app.CreateUserAsync("trainee@test.cn", "staff", _app.CentreId);
        await RecordAsync("training.attended", trainee.Id, Shanghai(7, 10, 9), 600);
        await RecordAsync("training.attended", trainee.Id, Shanghai(11, 3, 9), 300);
        IReadOnlyList<Quotas.Standing> standings = [];
        await _app.WithScopeAsync(async sp => standings = await sp.GetRequiredService<Quotas>().EvaluateAsync(_app.CentreId, Shanghai(11, 3, 12), default));
        var s = standings.Single(x => x.RuleId == "MINI-TRAINING-16H" && x.PersonUserId == trainee.Id);
        Assert.Equal(15, s.Actual);   // 10 h + 5 h
        Assert.False(s.Met);          // 16 h required

        await RecordAsync("training.attended", trainee.Id, Shanghai(12, 20, 9), 60);
        await _app.WithScopeAsync(async sp => standings = await sp.GetRequiredService<Quotas>().EvaluateAsync(_app.CentreId, Shanghai(12, 20, 12), default));
        Assert.True(standings.Single(x => x.RuleId == "MINI-TRAINING-16H" && x.PersonUserId == trainee.Id).Met);
    }
}
