using System.Globalization;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-2 per period: the months of a period in the centre's time zone. SQLite has no time zones, so the report keys
/// a timer by comparing when it opened with these boundaries, computed here.
/// </summary>
internal static class ComplianceMonths
{
    /// <summary>The months that overlap [start, end), each with the instant it begins (UTC).</summary>
    public static IReadOnlyList<(string Key, DateTimeOffset Start)> Months(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var month = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var list = new List<(string, DateTimeOffset)>();
        do
        {
            list.Add((month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Utc(month, zone)));
            month = month.AddMonths(1);
        }
        while (Utc(month, zone) < end);
        return list;
    }

    /// <summary>The period [start, end) of a "yyyy-MM" key in the zone, or null when the key is not a month.</summary>
    public static (DateTimeOffset From, DateTimeOffset To)? Bounds(string key, TimeZoneInfo zone) =>
        DateTime.TryParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? (Utc(month, zone), Utc(month.AddMonths(1), zone))
            : null;

    static DateTimeOffset Utc(DateTime local, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
}
