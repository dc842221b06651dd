using System.Globalization;
using CenterOps.Platform.Data;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Rules;

/// <summary>
/// POL-1: every time limit of both shipped regulations, run by the engine on a centre set up from the real pack.
/// Everything starts on Wednesday 30 September 2026 at 17:00 Shanghai time, one business hour before the National
/// Day holiday (1–7 October); Saturday 10 October is a make-up working day. Appointments and sessions are scheduled
/// for Thursday 8 October 10:00, the first morning back; the promised time of a complaint is Friday 9 October 12:00.
/// The expected deadlines are worked out by hand from the regulation and the State Council's notice.
/// </summary>
public sealed class ShippedPackRuleTests
{
    static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    static readonly DateTimeOffset Start = At("2026-09-30 17:00");
    static readonly DateTimeOffset Scheduled = At("2026-10-08 10:00");
    static readonly DateTimeOffset Promised = At("2026-10-09 12:00");

    static DateTimeOffset At(string shanghaiLocal)
    {
        var local = DateTime.ParseExact(shanghaiLocal, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, Shanghai.GetUtcOffset(local)).ToUniversalTime();
    }

    static string Local(DateTimeOffset? instant) =>
        TimeZoneInfo.ConvertTime(instant!.Value, Shanghai).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Rule → its deadline (Shanghai time). Quota rules have none: they are settled per period.</summary>
    public static TheoryData<string, string, string> Deadlines => new()
    {
        // Postpartum recovery (产后修复中心管理制度)
        { "postpartum-recovery", "PR-DAY-BEFORE-CONFIRM", "2026-09-30 18:00" },      // the working day before 8 Oct is 30 Sep
        { "postpartum-recovery", "PR-ROOM-PREPARED", "2026-10-08 09:50" },           // 10 min before
        { "postpartum-recovery", "PR-EQUIPMENT-DISINFECTION", "2026-10-08 17:00" },  // every working day
        { "postpartum-recovery", "PR-CS-CALLBACK", "2026-10-13 17:00" },             // every 5 WD: 8, 9, 10 (Sat), 12, 13
        { "postpartum-recovery", "PR-COMPLAINT-PROMISED", "2026-10-09 12:00" },      // as promised to the complainant
        { "postpartum-recovery", "PR-SURVEY-AT-END", "2026-10-08 17:00" },           // 1 WD
        { "postpartum-recovery", "PR-MONTHLY-APPRAISAL", "2026-09-30 23:59" },       // month end
        { "postpartum-recovery", "PR-ANNUAL-APPRAISAL", "2026-12-31 23:59" },        // year end
        { "postpartum-recovery", "PR-ANNUAL-BUDGET", "2026-12-31 23:59" },
        { "postpartum-recovery", "PR-ANNUAL-TRAINING-PLAN", "2026-12-31 23:59" },
        // Workplace adaptation (职场适应咨询专项管理制度)
        { "workplace-adaptation", "WA-CS-RESPONSE-2H", "2026-10-08 10:00" },         // 1 h on 30 Sep, 1 h on 8 Oct
        { "workplace-adaptation", "WA-MATCH-2H", "2026-10-08 10:00" },
        { "workplace-adaptation", "WA-FIRST-CONFIRM-4H", "2026-10-08 12:00" },       // 1 h + 3 h
        { "workplace-adaptation", "WA-ASSESSMENT-2WD", "2026-10-09 17:00" },         // 8 and 9 Oct
        { "workplace-adaptation", "WA-REPORT-1WD", "2026-10-08 17:00" },
        { "workplace-adaptation", "WA-PLAN-1WD", "2026-10-08 17:00" },
        { "workplace-adaptation", "WA-PLAN-SUBMIT-1WD", "2026-10-08 17:00" },
        { "workplace-adaptation", "WA-SESSION-REMINDER-10MIN", "2026-10-08 09:50" },
        { "workplace-adaptation", "WA-SESSION-RECORD-2H", "2026-10-08 10:00" },
        { "workplace-adaptation", "WA-EVALUATION-1WD", "2026-10-08 17:00" },
        { "workplace-adaptation", "WA-PROGRESS-EVERY-3WD", "2026-10-10 17:00" },     // 8, 9 and the make-up Saturday
        { "workplace-adaptation", "WA-LEGAL-REVIEW-1WD", "2026-10-08 17:00" },
        { "workplace-adaptation", "WA-DATA-REQUEST-24H", "2026-10-01 17:00" },       // 24 h is clock time
        { "workplace-adaptation", "WA-SETTLEMENT-3WD", "2026-10-10 17:00" },         // 8, 9, 10 (Sat)
        { "workplace-adaptation", "WA-FOLLOW-UP-1MO", "2026-10-30 17:00" },          // one calendar month
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    [Trait("Requirement", "POL-1")]
    public async Task Each_time_limit_of_the_shipped_packs_is_due_when_the_regulation_says_and_met_when_done_in_time(
        string pack, string ruleId, string due)
    {
        await using var app = TestApp.StartingAt(Start).WithShippedPack(pack);
        await app.InitializeAsync();
        var rule = await app.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<Platform.Packs.PackStore>().ForCentreAsync(app.CentreId, default))!.Value.Pack.Rules.Single(r => r.Id == ruleId));

        await RaiseAsync(app, rule.When, "S-1");
        var timer = await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters().SingleAsync(t => t.RuleId == ruleId));
        Assert.Equal(due, Local(timer.DueAt));
        Assert.Equal(rule.Owner!.Split(':')[1], timer.OwnerRole);
        Assert.Equal(rule.EscalateTo?.Split(':')[1], timer.EscalateToRole);
        Assert.NotNull(timer.OwnerDepartmentKey); // the compliance view counts it for the owner's department (POL-2)
        if (timer.WarnAt is { } warn)
        {
            Assert.InRange(warn, Start, timer.DueAt);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await RaiseAsync(app, rule.DoneWhen!, "S-1");
        var closed = await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters().SingleAsync(t => t.Id == timer.Id));
        Assert.Equal(TimerOutcome.Met, closed.Outcome);
        if (rule.Due.StartsWith("every", StringComparison.Ordinal))
        {
            // A recurring duty opens its next period when it is done.
            Assert.Equal(1, await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
                .CountAsync(t => t.RuleId == ruleId && t.State == TimerState.Open)));
        }
    }

    [Theory]
    [InlineData("postpartum-recovery")]
    [InlineData("workplace-adaptation")]
    [Trait("Requirement", "POL-1")]
    public void Every_rule_of_the_shipped_packs_is_either_proved_above_or_a_quota(string pack)
    {
        var proved = Deadlines.Select(row => row.Data).Where(r => r.Item1 == pack).Select(r => r.Item2).ToHashSet();
        var rules = Platform.Packs.PackLoader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policy-packs", $"{pack}.yaml"))).Rules;
        Assert.All(rules.Where(r => !proved.Contains(r.Id)), r => Assert.StartsWith("quota:", r.Due, StringComparison.Ordinal));
    }

    static Task RaiseAsync(TestApp app, string name, string subject) => app.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<Platform.Rules.Rules>().RaiseAsync(
            new RuleEvent(name, app.CentreId, "case", subject, ScheduledAt: Scheduled, PromisedAt: Promised), default);
        await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });
}
