namespace CenterOps.Platform.Calendar;

/// <summary>
/// POL-1: deadline arithmetic of a centre — its working days, business hours and time zone. Takes and returns UTC
/// instants; reasons in the centre's local time (Asia/Shanghai has no daylight saving).
/// </summary>
public sealed class WorkingCalendar(HolidayCalendar days, TimeZoneInfo zone, TimeOnly opens, TimeOnly closes)
{
    public HolidayCalendar Days => days;

    public bool IsWorkingDay(DateOnly day) => days.IsWorkingDay(day);

    public DateOnly NextWorkingDay(DateOnly day)
    {
        var d = day.AddDays(1);
        while (!days.IsWorkingDay(d))
        {
            d = d.AddDays(1);
        }
        return d;
    }

    public DateOnly PreviousWorkingDay(DateOnly day)
    {
        var d = day.AddDays(-1);
        while (!days.IsWorkingDay(d))
        {
            d = d.AddDays(-1);
        }
        return d;
    }

    DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    DateTimeOffset Instant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The first moment at or after <paramref name="instant"/> that lies inside business hours of a working day.</summary>
    (DateOnly Day, TimeOnly Time) Open(DateTimeOffset instant)
    {
        var local = Local(instant);
        var (day, time) = (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        if (!days.IsWorkingDay(day) || time >= closes)
        {
            return (NextWorkingDay(day), opens);
        }
        return (day, time < opens ? opens : time);
    }

    /// <summary>
    /// "Within 2 hours" during service: counts only business hours of working days. Submitted Friday 17:30 with hours
    /// 09:00–18:00 before a three-day holiday, 2 h are due at 10:30 on the first working day after it.
    /// </summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan span)
    {
        var (day, time) = Open(start);
        while (true)
        {
            var left = closes - time;
            if (span <= left)
            {
                return Instant(day, time.Add(span));
            }
            span -= left;
            (day, time) = (NextWorkingDay(day), opens);
        }
    }

    /// <summary>
    /// "Within N working days": the same local time of day on the Nth working day after the day it started. A start
    /// outside business hours first moves to the next opening (a booking made on Sunday counts from Monday 09:00).
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int workingDays)
    {
        var (day, time) = Open(start);
        for (var i = 0; i < workingDays; i++)
        {
            day = NextWorkingDay(day);
        }
        return Instant(day, time);
    }

    /// <summary>"The day before at 18:00": the working day before the scheduled day, at that local time (a CS duty).</summary>
    public DateTimeOffset DayBeforeAt(DateTimeOffset scheduled, TimeOnly at) =>
        Instant(PreviousWorkingDay(DateOnly.FromDateTime(Local(scheduled))), at);

    /// <summary>"Within 1 month": the same local time N calendar months later (clamped to the month's last day).</summary>
    public DateTimeOffset AddCalendarMonths(DateTimeOffset start, int months)
    {
        var local = Local(start).AddMonths(months);
        return Instant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    /// <summary>The local month, quarter, half-year or year an instant falls in, as [start, end) instants (quotas).</summary>
    public (DateTimeOffset Start, DateTimeOffset End) PeriodContaining(DateTimeOffset instant, PeriodKind kind)
    {
        var local = Local(instant);
        var months = kind switch
        {
            PeriodKind.Month => 1,
            PeriodKind.Quarter => 3,
            PeriodKind.HalfYear => 6,
            _ => 12,
        };
        var first = new DateOnly(local.Year, ((local.Month - 1) / months * months) + 1, 1);
        return (Instant(first, TimeOnly.MinValue), Instant(first.AddMonths(months), TimeOnly.MinValue));
    }

    /// <summary>The last local moment of the month or year an instant falls in.</summary>
    public DateTimeOffset EndOf(DateTimeOffset instant, bool year)
    {
        var local = Local(instant);
        var last = year ? new DateOnly(local.Year, 12, 31) : new DateOnly(local.Year, local.Month, DateTime.DaysInMonth(local.Year, local.Month));
        return Instant(last, new TimeOnly(23, 59, 59));
    }
}
