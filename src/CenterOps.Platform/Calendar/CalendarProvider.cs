using System.Collections.Concurrent;
using System.Globalization;
using CenterOps.Platform.Data;
using CenterOps.Platform.Localization;
using CenterOps.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Calendar;

/// <summary>
/// The working calendar a centre's deadlines are computed on: the national holiday schedules, the pack's time zone and
/// business hours — or the centre's own hours and closed/open days where it set them (POL-1 "editable per centre").
/// </summary>
public sealed class CalendarProvider(HolidayCalendar holidays)
{
    readonly ConcurrentDictionary<(string Zone, string Opens, string Closes), WorkingCalendar> _calendars = new();
    // Keyed by the centre's settings version: an edit makes a new entry, so a calendar is never read half-changed.
    readonly ConcurrentDictionary<(Guid Centre, Guid Version), WorkingCalendar> _centres = new();

    public HolidayCalendar National => holidays;

    public WorkingCalendar For(PolicyPack pack) =>
        _calendars.GetOrAdd((pack.TimeZone, pack.BusinessHours.Start, pack.BusinessHours.End), key => new WorkingCalendar(holidays,
            CentreTime.Zone(key.Zone), Time(key.Opens), Time(key.Closes)));

    public async Task<WorkingCalendar> ForCentreAsync(AppDbContext db, Guid centreId, PolicyPack pack, CancellationToken ct)
    {
        var settings = await db.Set<CentreCalendar>().IgnoreQueryFilters().AsNoTracking().Where(c => c.CentreId == centreId)
            .Select(c => new { c.Opens, c.Closes, c.Version }).FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            return For(pack);
        }
        if (_centres.TryGetValue((centreId, settings.Version), out var cached))
        {
            return cached;
        }
        var days = await db.Set<CentreDay>().IgnoreQueryFilters().AsNoTracking().Where(d => d.CentreId == centreId)
            .Select(d => new { d.Date, d.Open }).ToListAsync(ct);
        var calendar = new WorkingCalendar(holidays.With(days.Where(d => !d.Open).Select(d => d.Date), days.Where(d => d.Open).Select(d => d.Date)),
            CentreTime.Zone(pack.TimeZone), Time(settings.Opens), Time(settings.Closes));
        return _centres[(centreId, settings.Version)] = calendar;
    }

    static TimeOnly Time(string hhmm) => TimeOnly.Parse(hhmm, CultureInfo.InvariantCulture);
}
