using System.Globalization;
using CenterOps.Platform.Calendar;
using Microsoft.Extensions.Localization;

namespace CenterOps.Platform.Packs.PackPages;

/// <summary>A pack's rules in words for people (POL-1: "the packs document their own rules").</summary>
internal static class RuleText
{
    public static string Due(string due, IStringLocalizer s)
    {
        DueSpec spec;
        try
        {
            spec = DueSpec.Parse(due);
        }
        catch (FormatException)
        {
            return due;
        }
        return spec switch
        {
            DueSpec.BusinessTime b => s["Due.BusinessTime", Span(b.Span, s)],
            DueSpec.Elapsed e => s["Due.Elapsed", Span(e.Span, s)],
            DueSpec.WorkingDays w => s["Due.WorkingDays", w.Days],
            DueSpec.BeforeScheduled b => s["Due.BeforeScheduled", Span(b.Span, s)],
            DueSpec.DayBefore d => s["Due.DayBefore", d.At.ToString("HH:mm", CultureInfo.InvariantCulture)],
            DueSpec.Months m => s["Due.Months", m.Count],
            DueSpec.PeriodEnd p => s[p.Year ? "Due.YearEnd" : "Due.MonthEnd"],
            DueSpec.EveryWorkingDays r => s["Due.Every", r.Days],
            DueSpec.Promised => s["Due.Promised"],
            DueSpec.Quota { TotalHours: { } hours } q => s["Due.QuotaHours", hours, s[$"Period.{q.Period}"]],
            DueSpec.Quota q => s["Due.QuotaCount", q.Count ?? 1, s[$"Period.{q.Period}"]]
                + (q.MinMinutes is { } min ? s["Due.QuotaMinMinutes", min] : ""),
            _ => due,
        };
    }

    static string Span(TimeSpan t, IStringLocalizer s) =>
        t.TotalMinutes % 60 == 0 ? s["Due.Hours", (int)t.TotalHours] : s["Due.Minutes", (int)t.TotalMinutes];

    /// <summary>"role:cs-specialist" → the role's name in the reader's language.</summary>
    public static string Role(PolicyPack pack, string? owner) =>
        owner is null ? ""
        : owner.StartsWith("role:", StringComparison.Ordinal) && pack.Roles.FirstOrDefault(r => r.Key == owner[5..]) is { } role
            ? role.Name.ToString()
            : owner;
}
