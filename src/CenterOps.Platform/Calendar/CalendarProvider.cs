using System.Collections.Concurrent;
using CenterOps.Platform.Localization;
using CenterOps.Platform.Packs;

namespace CenterOps.Platform.Calendar;

/// <summary>The working calendar of a pack (its time zone and business hours) on the shipped holiday schedules.</summary>
public sealed class CalendarProvider(HolidayCalendar holidays)
{
    readonly ConcurrentDictionary<(string Zone, string Opens, string Closes), WorkingCalendar> _calendars = new();

    public WorkingCalendar For(PolicyPack pack) =>
        _calendars.GetOrAdd((pack.TimeZone, pack.BusinessHours.Start, pack.BusinessHours.End), key => new WorkingCalendar(holidays,
            CentreTime.Zone(key.Zone), TimeOnly.Parse(key.Opens, System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(key.Closes, System.Globalization.CultureInfo.InvariantCulture)));
}
