using System.Globalization;
using System.Text.RegularExpressions;

namespace CenterOps.Platform.Calendar;

public enum PeriodKind
{
    Month,
    Quarter,
    HalfYear,
    Year,
}

/// <summary>
/// POL-1: a rule's <c>due</c> as written in a pack (see docs/policy-packs.md), parsed once and able to compute the
/// deadline from the moment its trigger happened.
/// </summary>
public abstract partial record DueSpec
{
    /// <summary>Hours and minutes during service (≤ 8 h: "2小时内响应") count business hours.</summary>
    public sealed record BusinessTime(TimeSpan Span) : DueSpec;

    /// <summary>Longer hour limits ("接到需求后24小时内") are clock time.</summary>
    public sealed record Elapsed(TimeSpan Span) : DueSpec;

    public sealed record WorkingDays(int Days) : DueSpec;

    public sealed record BeforeScheduled(TimeSpan Span) : DueSpec;

    public sealed record DayBefore(TimeOnly At) : DueSpec;

    public sealed record Months(int Count) : DueSpec;

    public sealed record PeriodEnd(bool Year) : DueSpec;

    public sealed record EveryWorkingDays(int Days) : DueSpec;

    public sealed record Promised : DueSpec;

    /// <summary>
    /// "quota: 2/month min 90min" (at least 2 facts of at least 90 minutes each per month), "quota: 16h/half-year"
    /// (at least 16 hours in all per half-year), "quota: 1/quarter".
    /// </summary>
    public sealed record Quota(string Text, int? Count, double? TotalHours, int? MinMinutes, PeriodKind Period) : DueSpec;

    static readonly TimeSpan BusinessLimit = TimeSpan.FromHours(8);

    public static DueSpec Parse(string text)
    {
        var t = text.Trim();
        Match m;
        if ((m = Hours().Match(t)).Success || (m = Minutes().Match(t)).Success)
        {
            var span = m.Groups["unit"].Value == "h"
                ? TimeSpan.FromHours(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture))
                : TimeSpan.FromMinutes(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
            return span <= BusinessLimit ? new BusinessTime(span) : new Elapsed(span);
        }
        if ((m = Before().Match(t)).Success)
        {
            return new BeforeScheduled(TimeSpan.FromMinutes(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)));
        }
        if ((m = WorkDays().Match(t)).Success)
        {
            return new WorkingDays(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
        }
        if ((m = DayBeforeAt().Match(t)).Success)
        {
            return new DayBefore(TimeOnly.ParseExact(m.Groups["t"].Value, "HH:mm", CultureInfo.InvariantCulture));
        }
        if ((m = MonthsLater().Match(t)).Success)
        {
            return new Months(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
        }
        if ((m = Every().Match(t)).Success)
        {
            return new EveryWorkingDays(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
        }
        return t switch
        {
            "month-end" => new PeriodEnd(false),
            "year-end" => new PeriodEnd(true),
            "promised" => new Promised(),
            _ when QuotaText().Match(t) is { Success: true } q => new Quota(t["quota:".Length..].Trim(),
                q.Groups["h"].Success ? null : int.Parse(q.Groups["n"].Value, CultureInfo.InvariantCulture),
                q.Groups["h"].Success ? double.Parse(q.Groups["n"].Value, CultureInfo.InvariantCulture) : null,
                q.Groups["min"].Success ? int.Parse(q.Groups["min"].Value, CultureInfo.InvariantCulture) : null,
                q.Groups["p"].Value switch
                {
                    "month" => PeriodKind.Month,
                    "quarter" => PeriodKind.Quarter,
                    "half-year" => PeriodKind.HalfYear,
                    _ => PeriodKind.Year,
                }),
            _ => throw new FormatException($"'{text}' is not a due time: use 2h, 90min, 10min-before, 1wd, day-before 18:00, 1mo, month-end, year-end, every 3wd, promised or quota: …"),
        };
    }

    /// <summary>
    /// The deadline for a trigger at <paramref name="trigger"/>; <paramref name="scheduled"/> is the appointment time
    /// for "before" rules and the promised time for "promised". Null for quotas, which are settled per period.
    /// </summary>
    public DateTimeOffset? DeadlineFrom(WorkingCalendar calendar, DateTimeOffset trigger, DateTimeOffset? scheduled) => this switch
    {
        BusinessTime b => calendar.AddBusinessTime(trigger, b.Span),
        Elapsed e => trigger + e.Span,
        WorkingDays w => calendar.AddWorkingDays(trigger, w.Days),
        EveryWorkingDays r => calendar.AddWorkingDays(trigger, r.Days),
        BeforeScheduled b => (scheduled ?? trigger) - b.Span,
        DayBefore d => calendar.DayBeforeAt(scheduled ?? trigger, d.At),
        Months m => calendar.AddCalendarMonths(trigger, m.Count),
        PeriodEnd p => calendar.EndOf(trigger, p.Year),
        Promised => scheduled,
        _ => null,
    };

    [GeneratedRegex(@"^(?<n>\d+)(?<unit>h)$")]
    private static partial Regex Hours();

    [GeneratedRegex(@"^(?<n>\d+)(?<unit>min)$")]
    private static partial Regex Minutes();

    [GeneratedRegex(@"^(?<n>\d+)min-before$")]
    private static partial Regex Before();

    [GeneratedRegex(@"^(?<n>\d+)wd$")]
    private static partial Regex WorkDays();

    [GeneratedRegex(@"^day-before (?<t>\d\d:\d\d)$")]
    private static partial Regex DayBeforeAt();

    [GeneratedRegex(@"^(?<n>\d+)mo$")]
    private static partial Regex MonthsLater();

    [GeneratedRegex(@"^every (?<n>\d+)wd$")]
    private static partial Regex Every();

    [GeneratedRegex(@"^quota: (?<n>\d+)(?<h>h)?/(?<p>month|quarter|half-year|year)( min (?<min>\d+)min)?$")]
    private static partial Regex QuotaText();
}
