using Microsoft.Extensions.Localization;

namespace CenterOps.Platform.Rules.RulePages;

/// <summary>POL-2: the numbers of the compliance view in words.</summary>
internal static class ComplianceText
{
    /// <summary>82 → "1 h 22 min"; 3000 → "2 d 2 h"; null → "—".</summary>
    public static string Duration(double? minutes, IStringLocalizer s)
    {
        if (minutes is not { } m)
        {
            return "—";
        }
        var total = (int)Math.Round(m, MidpointRounding.AwayFromZero);
        return total switch
        {
            < 60 => s["Duration.Minutes", total],
            < 24 * 60 => s["Duration.HoursMinutes", total / 60, total % 60],
            _ => s["Duration.DaysHours", total / (24 * 60), total % (24 * 60) / 60],
        };
    }

    /// <summary>The group's name, or "(unassigned)" for timers nobody or no department owned.</summary>
    public static string Group(ComplianceReport.Row row, IStringLocalizer s) =>
        row.Name ?? (row.Key.Length == 0 ? s["Compliance.Unassigned"] : row.Key);
}
