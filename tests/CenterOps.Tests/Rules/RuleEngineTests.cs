using System.Globalization;
using CenterOps.Platform.Data;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Rules;

/// <summary>
/// POL-1: a module raises what happened; the centre's pack decides which timers open and close, on the Chinese
/// working-day calendar, in Shanghai time.
/// </summary>
public sealed class RuleEngineTests : IAsyncLifetime
{
    static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // Each test runs on its own installation whose clock starts on a known day of the official 2026 calendar.
    readonly TestApp _app = TestApp.StartingAt(new DateTimeOffset(2026, 2, 2, 1, 0, 0, TimeSpan.Zero));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    void SetClock(string shanghaiLocal)
    {
        var local = DateTime.ParseExact(shanghaiLocal, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        _app.Clock.SetUtcNow(new DateTimeOffset(local, Shanghai.GetUtcOffset(local)).ToUniversalTime());
    }

    static string Local(DateTimeOffset? instant) =>
        TimeZoneInfo.ConvertTime(instant!.Value, Shanghai).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    async Task RaiseAsync(string name, string subject)
    {
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Platform.Rules.Rules>().RaiseAsync(new RuleEvent(name, _app.CentreId, "booking", subject), default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
    }

    Task<RuleTimer> TimerAsync(string rule, string subject) => _app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
        .SingleAsync(t => t.RuleId == rule && t.SubjectId == subject));

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task A_2h_rule_submitted_friday_1730_before_a_holiday_is_due_the_next_working_morning_and_met_in_time()
    {
        SetClock("2026-04-03 17:30"); // Friday; 4–6 April is 清明
        await RaiseAsync("booking.submitted", "B-100");
        var timer = await TimerAsync("MINI-MATCH-2H", "B-100");
        Assert.Equal("2026-04-07 10:30", Local(timer.DueAt));  // 30 min on Friday, 90 min on Tuesday
        Assert.Equal("2026-04-07 10:00", Local(timer.WarnAt)); // 75 % of the business time, never on a holiday
        Assert.Equal("manager", timer.OwnerRole);
        Assert.Equal("ops", timer.OwnerDepartmentKey);

        SetClock("2026-04-07 10:15");
        await RaiseAsync("booking.matched", "B-100");
        timer = await TimerAsync("MINI-MATCH-2H", "B-100");
        Assert.Equal(TimerState.Closed, timer.State);
        Assert.Equal(TimerOutcome.Met, timer.Outcome);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task A_1_working_day_rule_runs_across_a_make_up_saturday_and_is_breached_when_done_late()
    {
        SetClock("2026-02-13 10:00"); // Friday; Saturday 14 February is a make-up working day
        await RaiseAsync("plan.drafted", "P-1");
        await RaiseAsync("plan.drafted", "P-1"); // the same event again: still one timer
        var timer = await TimerAsync("MINI-PLAN-1WD", "P-1");
        Assert.Equal("2026-02-14 10:00", Local(timer.DueAt));
        Assert.Equal("2026-02-13 22:00", Local(timer.WarnAt)); // 50 % of the time allowed

        SetClock("2026-02-24 09:30"); // done only after the Spring Festival
        await RaiseAsync("plan.submitted", "P-1");
        timer = await TimerAsync("MINI-PLAN-1WD", "P-1");
        Assert.Equal(TimerOutcome.Breached, timer.Outcome);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    [Trait("Requirement", "FOLLOW-1")]
    public async Task A_recurring_duty_opens_the_next_period_each_time_it_is_done()
    {
        SetClock("2026-09-29 10:00"); // Tuesday before National Day
        await RaiseAsync("course.started", "C-1");
        var first = await TimerAsync("MINI-PROGRESS-EVERY-3WD", "C-1");
        Assert.Equal("2026-10-09 10:00", Local(first.DueAt)); // 30 Sep, (1–7 Oct off), 8 Oct, 9 Oct
        SetClock("2026-10-08 15:00");
        await RaiseAsync("progress.reported", "C-1");

        var timers = await _app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
            .Where(t => t.RuleId == "MINI-PROGRESS-EVERY-3WD" && t.SubjectId == "C-1").OrderBy(t => t.OpenedAt).ToListAsync());
        Assert.Equal(2, timers.Count);
        Assert.Equal(TimerOutcome.Met, timers[0].Outcome);
        Assert.Equal(TimerState.Open, timers[1].State);
        Assert.Equal("2026-10-12 15:00", Local(timers[1].DueAt)); // 9 Oct, 10 Oct (make-up Saturday), 12 Oct
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Waiting_for_the_client_pauses_only_pausable_rules_and_cancelling_keeps_the_reason()
    {
        await RaiseAsync("booking.submitted", "B-7");
        await RaiseAsync("plan.drafted", "B-7");
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Platform.Rules.Rules>().PauseAsync(_app.CentreId, "booking", "B-7", default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        Assert.Equal(TimerState.Paused, (await TimerAsync("MINI-PLAN-1WD", "B-7")).State);
        Assert.Equal(TimerState.Open, (await TimerAsync("MINI-MATCH-2H", "B-7")).State);

        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Platform.Rules.Rules>().CancelAsync(_app.CentreId, "booking", "B-7", "客户撤回预约", default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        var cancelled = await TimerAsync("MINI-MATCH-2H", "B-7");
        Assert.Equal(TimerState.Cancelled, cancelled.State);
        Assert.Equal("客户撤回预约", cancelled.CancelReason);
        Assert.Null(cancelled.Outcome);
    }
}
