namespace CenterOps.Platform.Localization;

/// <summary>Instants are stored in UTC and shown in the centre's time zone (default Asia/Shanghai).</summary>
public static class CentreTime
{
    public const string DefaultZone = "Asia/Shanghai";

    public static TimeZoneInfo Zone(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? DefaultZone : id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById(DefaultZone);
        }
    }

    public static DateTimeOffset ToLocal(DateTimeOffset instant, string? zoneId) => TimeZoneInfo.ConvertTime(instant, Zone(zoneId));
}
