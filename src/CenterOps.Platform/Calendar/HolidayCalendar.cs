using System.Globalization;
using CenterOps.Platform.Packs;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CenterOps.Platform.Calendar;

/// <summary>
/// POL-1: which days are worked — weekends off, public holidays off, make-up working days (调休) on — from the
/// State Council's yearly schedules in <c>policy-packs/holidays/</c>, plus a centre's own closed and open days.
/// </summary>
public sealed class HolidayCalendar
{
    readonly Dictionary<DateOnly, string> _holidays = [];
    readonly HashSet<DateOnly> _workdays = [];
    readonly HashSet<int> _provisional = [];

    public HolidayCalendar(IEnumerable<YearSchedule> years, IEnumerable<DateOnly>? closed = null, IEnumerable<DateOnly>? open = null)
    {
        foreach (var year in years)
        {
            foreach (var h in year.Holidays)
            {
                for (var d = Date(h.From); d <= Date(h.To); d = d.AddDays(1))
                {
                    _holidays[d] = h.Name.Get(CultureInfo.GetCultureInfo("zh-Hans"));
                }
            }
            _workdays.UnionWith(year.Workdays.Select(Date));
            if (year.Provisional)
            {
                _provisional.Add(year.Year);
            }
        }
        foreach (var d in closed ?? [])
        {
            _holidays[d] = "";
        }
        _workdays.UnionWith(open ?? []);
    }

    HolidayCalendar(HolidayCalendar national, IEnumerable<DateOnly> closed, IEnumerable<DateOnly> open)
    {
        _holidays = new Dictionary<DateOnly, string>(national._holidays);
        _workdays = [.. national._workdays];
        _provisional = national._provisional;
        foreach (var d in closed)
        {
            _holidays[d] = "";
            _workdays.Remove(d);
        }
        foreach (var d in open)
        {
            _holidays.Remove(d);
            _workdays.Add(d);
        }
    }

    /// <summary>This schedule with a centre's own closed days (a training day) and open days (an extra Saturday).</summary>
    public HolidayCalendar With(IEnumerable<DateOnly> closed, IEnumerable<DateOnly> open) => new(this, closed, open);

    /// <summary>The national holidays and make-up working days of a year, for people to read beside the centre's own days.</summary>
    public IEnumerable<(DateOnly Day, string? Holiday, bool MakeUpWorkday)> SpecialDays(int year) =>
        _holidays.Where(h => h.Key.Year == year && h.Value.Length > 0).Select(h => (h.Key, (string?)h.Value, false))
            .Concat(_workdays.Where(d => d.Year == year).Select(d => (d, (string?)null, true)))
            .OrderBy(x => x.Item1);

    /// <summary>True when the year's schedule is not yet the official one (see its file).</summary>
    public bool IsProvisional(int year) => _provisional.Contains(year);

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (!_holidays.ContainsKey(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    public string? HolidayName(DateOnly day) => _holidays.GetValueOrDefault(day);

    static DateOnly Date(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    /// <summary>Loads every <c>*.yaml</c> schedule of a folder.</summary>
    public static HolidayCalendar Load(string directory) => new(Directory.Exists(directory)
        ? Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).Select(f => Yaml.Deserialize<YearSchedule>(File.ReadAllText(f)))
        : []);

    public sealed class YearSchedule
    {
        public int Year { get; set; }
        public string Source { get; set; } = "";
        public bool Provisional { get; set; }
        public List<Holiday> Holidays { get; set; } = [];
        public List<string> Workdays { get; set; } = [];
    }

    public sealed class Holiday
    {
        public LocalizedText Name { get; set; } = new();
        public string From { get; set; } = "";
        public string To { get; set; } = "";
    }
}
