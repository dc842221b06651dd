using System.Globalization;
using CenterOps.Platform.Calendar;

namespace CenterOps.Tests.Calendar;

/// <summary>
/// POL-1: deadlines on mainland China's working-day calendar (the State Council's 2025 and 2026 schedules, shipped in
/// policy-packs/holidays), business hours 09:00–18:00 in Asia/Shanghai. Times in the cases are Shanghai local time.
/// </summary>
[Trait("Requirement", "POL-1")]
public sealed class WorkingCalendarTests
{
    static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    static readonly WorkingCalendar Calendar = new(HolidayCalendar.Load(Path.Combine(Root(), "policy-packs", "holidays")), Shanghai,
        new TimeOnly(9, 0), new TimeOnly(18, 0));

    static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CenterOps.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root not found");
    }

    static DateTimeOffset At(string local)
    {
        var t = DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new DateTimeOffset(t, Shanghai.GetUtcOffset(t));
    }

    static string Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Shanghai).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-01-01", false)] // 元旦
    [InlineData("2026-01-04", true)]  // Sunday, make-up working day
    [InlineData("2026-02-14", true)]  // Saturday, make-up before the Spring Festival
    [InlineData("2026-02-15", false)] // Spring Festival, first day
    [InlineData("2026-02-23", false)] // Spring Festival, last day (a Monday)
    [InlineData("2026-02-24", true)]  // first working day after it
    [InlineData("2026-02-28", true)]  // Saturday, make-up after it
    [InlineData("2026-04-06", false)] // 清明 Monday
    [InlineData("2026-05-09", true)]  // Saturday, make-up for Labour Day
    [InlineData("2026-09-20", true)]  // Sunday, make-up for National Day
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]  // Saturday, make-up
    [InlineData("2026-11-28", false)] // an ordinary Saturday
    [InlineData("2025-10-08", false)] // 2025: National Day and Mid-Autumn together
    [InlineData("2025-10-11", true)]
    [InlineData("2025-12-31", true)]
    public void Knows_holidays_weekends_and_make_up_days(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-04-03 17:30", 2, "2026-04-07 10:30")] // Friday 17:30 before 清明 (Sat–Mon): 30 min, then Tuesday
    [InlineData("2026-04-03 16:00", 2, "2026-04-03 18:00")] // exactly at closing
    [InlineData("2026-04-03 18:00", 2, "2026-04-07 11:00")] // submitted at closing counts from the next opening
    [InlineData("2026-11-24 08:00", 2, "2026-11-24 11:00")] // before opening counts from 09:00
    [InlineData("2026-11-28 10:00", 4, "2026-11-30 13:00")] // Saturday: from Monday 09:00
    [InlineData("2026-02-13 17:00", 4, "2026-02-14 12:00")] // Friday into the make-up Saturday
    [InlineData("2026-02-14 17:00", 2, "2026-02-24 10:00")] // last working day before the Spring Festival
    [InlineData("2025-12-31 17:00", 2, "2026-01-04 10:00")] // across the year end into a make-up Sunday
    [InlineData("2026-11-24 10:00", 9, "2026-11-25 10:00")] // longer than a day of business hours
    public void Business_hours_skip_nights_weekends_and_holidays(string start, int hours, string due) =>
        Assert.Equal(due, Local(Calendar.AddBusinessTime(At(start), TimeSpan.FromHours(hours))));

    [Theory]
    [InlineData("2026-02-13 10:00", 1, "2026-02-14 10:00")] // 1 WD from Friday is the make-up Saturday
    [InlineData("2026-02-12 10:00", 2, "2026-02-14 10:00")]
    [InlineData("2026-02-14 15:00", 1, "2026-02-24 15:00")] // across the whole Spring Festival
    [InlineData("2026-09-30 11:00", 1, "2026-10-08 11:00")] // across National Day
    [InlineData("2026-10-09 11:00", 1, "2026-10-10 11:00")] // into a make-up Saturday
    [InlineData("2025-12-31 10:00", 1, "2026-01-04 10:00")] // year end: 元旦 1–3, then make-up Sunday
    [InlineData("2026-11-27 20:00", 1, "2026-12-01 09:00")] // Friday evening: counts from Monday 09:00
    [InlineData("2026-11-24 10:00", 3, "2026-11-27 10:00")]
    public void Working_days_keep_the_time_of_day(string start, int days, string due) =>
        Assert.Equal(due, Local(Calendar.AddWorkingDays(At(start), days)));

    [Theory]
    [InlineData("2026-11-25 10:00", "2026-11-24 18:00")] // Wednesday appointment: Tuesday 18:00
    [InlineData("2026-11-30 10:00", "2026-11-27 18:00")] // Monday appointment: the Friday before
    [InlineData("2026-02-24 10:00", "2026-02-14 18:00")] // first day after the Spring Festival: the make-up Saturday
    public void The_day_before_is_the_previous_working_day(string appointment, string due) =>
        Assert.Equal(due, Local(Calendar.DayBeforeAt(At(appointment), new TimeOnly(18, 0))));

    [Fact]
    public void Instants_given_in_utc_are_read_in_shanghai_time()
    {
        // 2026-04-03T09:30Z is Friday 17:30 in Shanghai.
        var due = Calendar.AddBusinessTime(new DateTimeOffset(2026, 4, 3, 9, 30, 0, TimeSpan.Zero), TimeSpan.FromHours(2));
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 2, 30, 0, TimeSpan.Zero), due);
        // 2026-01-31T16:30Z is already Sunday 1 February 00:30 in Shanghai: the month has ended.
        Assert.Equal("2026-02-28 23:59", Local(Calendar.EndOf(new DateTimeOffset(2026, 1, 31, 16, 30, 0, TimeSpan.Zero), year: false)));
    }

    [Theory]
    [InlineData("2h", "2026-04-03 17:30", null, "2026-04-07 10:30")]
    [InlineData("4h", "2026-11-24 15:00", null, "2026-11-25 10:00")]
    [InlineData("24h", "2026-04-03 17:30", null, "2026-04-04 17:30")] // clock time: 接到需求后24小时内
    [InlineData("1wd", "2026-02-13 10:00", null, "2026-02-14 10:00")]
    [InlineData("3wd", "2026-09-29 09:30", null, "2026-10-09 09:30")]
    [InlineData("10min-before", "2026-11-24 09:00", "2026-11-26 14:00", "2026-11-26 13:50")]
    [InlineData("day-before 18:00", "2026-11-24 09:00", "2026-11-30 10:00", "2026-11-27 18:00")]
    [InlineData("1mo", "2026-01-31 10:00", null, "2026-02-28 10:00")]
    [InlineData("month-end", "2026-11-24 10:00", null, "2026-11-30 23:59")]
    [InlineData("year-end", "2026-11-24 10:00", null, "2026-12-31 23:59")]
    [InlineData("every 3wd", "2026-11-24 10:00", null, "2026-11-27 10:00")]
    [InlineData("promised", "2026-11-24 10:00", "2026-11-25 12:00", "2026-11-25 12:00")]
    public void Due_specs_of_the_packs_give_their_deadlines(string due, string trigger, string? scheduled, string expected)
    {
        var deadline = DueSpec.Parse(due).DeadlineFrom(Calendar, At(trigger), scheduled is null ? null : At(scheduled));
        Assert.Equal(expected, Local(deadline!.Value));
    }

    [Theory]
    [InlineData("quota: 2/month min 90min")]
    [InlineData("quota: 16h/half-year")]
    public void Quotas_have_no_single_deadline(string due) =>
        Assert.Null(DueSpec.Parse(due).DeadlineFrom(Calendar, At("2026-11-24 10:00"), null));

    [Theory]
    [InlineData("2 hours")]
    [InlineData("soon")]
    [InlineData("day-before 6pm")]
    [InlineData("")]
    public void Anything_else_is_refused_with_the_accepted_forms(string due)
    {
        var e = Assert.Throws<FormatException>(() => DueSpec.Parse(due));
        Assert.Contains("1wd", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_of_the_shipped_packs_has_a_due_time_we_understand()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root(), "policy-packs"), "*.yaml"))
        {
            var pack = CenterOps.Platform.Packs.PackLoader.Parse(File.ReadAllText(file));
            Assert.All(pack.Rules, r => DueSpec.Parse(r.Due));
        }
    }

    [Fact]
    public void The_2027_schedule_is_marked_provisional_until_the_notice_is_entered() =>
        Assert.True(Calendar.Days.IsProvisional(2027) && !Calendar.Days.IsProvisional(2026));
}
