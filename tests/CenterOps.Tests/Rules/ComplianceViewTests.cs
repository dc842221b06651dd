using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CenterOps.Tests.Rules;

/// <summary>
/// POL-2: the compliance view — the report per rule, department, person and month, the records behind each of its cells,
/// the same numbers as a spreadsheet, and each person's own due items soonest first.
/// </summary>
public sealed class ComplianceViewTests : IAsyncLifetime
{
    const string Rule = "MINI-MATCH-2H";

    // 2026-04-20 02:00 UTC = 10:00 in Shanghai, a Monday.
    readonly TestApp _app = TestApp.StartingAt(new DateTimeOffset(2026, 4, 20, 2, 0, 0, TimeSpan.Zero));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    DateTimeOffset Now => _app.Clock.GetUtcNow();

    /// <summary>A timer as the engine leaves it; closed at <paramref name="closedAfter"/> after opening when given.</summary>
    async Task<Guid> TimerAsync(string subject, DateTimeOffset opened, TimeSpan dueIn, TimeSpan? closedAfter = null, Guid? owner = null,
        string role = "manager", string? department = "ops", string rule = Rule)
    {
        var id = Guid.Empty;
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var version = await db.Set<CentrePack>().IgnoreQueryFilters().Where(c => c.CentreId == _app.CentreId).Select(c => c.PackVersionId).SingleAsync();
            var timer = RuleTimer.Open(_app.CentreId, rule, version, "booking", subject, opened, opened + dueIn, null, owner, role, role);
            timer.OwnerDepartmentKey = department;
            if (closedAfter is { } after)
            {
                timer.Close(opened + after);
            }
            db.Add(timer);
            await db.SaveChangesAsync();
            id = timer.Id;
        });
        return id;
    }

    // Person keys are ids as the database writes them (upper case on SQLite).
    static JsonElement Row(JsonElement report, string key) =>
        Assert.Single(report.EnumerateArray(), r => string.Equals(r.GetProperty("key").GetString(), key, StringComparison.OrdinalIgnoreCase));

    [Fact]
    [Trait("Requirement", "POL-2")]
    public async Task The_drill_down_returns_exactly_the_records_of_a_cell_newest_first_a_page_at_a_time()
    {
        var breachedOld = await TimerAsync("B-1", Now.AddDays(-3), TimeSpan.FromHours(2), closedAfter: TimeSpan.FromHours(5));
        var breachedNew = await TimerAsync("B-2", Now.AddDays(-2), TimeSpan.FromHours(2), closedAfter: TimeSpan.FromHours(3));
        await TimerAsync("B-3", Now.AddDays(-2), TimeSpan.FromHours(2), closedAfter: TimeSpan.FromHours(1)); // met
        await TimerAsync("B-4", Now.AddHours(-5), TimeSpan.FromHours(2)); // open, overdue
        await TimerAsync("B-5", Now.AddHours(-1), TimeSpan.FromHours(2)); // open, in time
        await TimerAsync("O-1", Now.AddDays(-2), TimeSpan.FromHours(2), closedAfter: TimeSpan.FromHours(3), rule: "MINI-OTHER"); // another rule
        await TimerAsync("B-OLD", Now.AddDays(-40), TimeSpan.FromHours(2), closedAfter: TimeSpan.FromHours(3)); // before the period
        var manager = await _app.SignedInAsync("manager");

        var row = Row(await manager.GetJsonAsync("/api/compliance/report?groupBy=Rule"), Rule);
        Assert.Equal(5, row.GetProperty("opened").GetInt32());
        Assert.Equal(2, row.GetProperty("breached").GetInt32());
        Assert.Equal("2小时内匹配", row.GetProperty("name").GetString()); // the pack's words for the rule

        var first = await manager.GetJsonAsync($"/api/compliance/timers?rule={Rule}&outcome=Breached&pageSize=1");
        Assert.Equal(2, first.GetProperty("total").GetInt32());
        var record = Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal(breachedNew, record.Id());
        Assert.Equal("B-2", record.GetProperty("subjectId").GetString());
        Assert.Equal("Breached", record.GetProperty("outcome").GetString());
        Assert.Equal("Closed", record.GetProperty("state").GetString());
        Assert.Equal("2小时内匹配", record.GetProperty("ruleTitle").GetString());
        Assert.NotEqual(JsonValueKind.Null, record.GetProperty("closedAt").ValueKind);
        var second = await manager.GetJsonAsync($"/api/compliance/timers?rule={Rule}&outcome=Breached&pageSize=1&page=2");
        Assert.Equal(breachedOld, Assert.Single(second.GetProperty("items").EnumerateArray()).Id());
        var third = await manager.GetJsonAsync($"/api/compliance/timers?rule={Rule}&outcome=Breached&pageSize=1&page=3");
        Assert.Empty(third.GetProperty("items").EnumerateArray());

        // The other cells of the row: open (still running) and overdue.
        var open = await manager.GetJsonAsync($"/api/compliance/timers?rule={Rule}&state=Open");
        Assert.Equal(["B-5", "B-4"], open.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subjectId").GetString()));
        var overdue = await manager.GetJsonAsync($"/api/compliance/timers?rule={Rule}&overdue=true");
        Assert.Equal("B-4", Assert.Single(overdue.GetProperty("items").EnumerateArray()).GetProperty("subjectId").GetString());
        Assert.Equal(row.GetProperty("overdue").GetInt32(), overdue.GetProperty("total").GetInt32());
    }

    [Fact]
    [Trait("Requirement", "POL-2")]
    public async Task Per_period_the_report_groups_by_the_month_the_timer_opened_in_the_centres_time_zone()
    {
        await TimerAsync("M-1", new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2), TimeSpan.FromHours(1));
        // 31 March 17:00 UTC is already 1 April 01:00 in Shanghai.
        await TimerAsync("M-2", new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2), TimeSpan.FromHours(3));
        await TimerAsync("M-3", new DateTimeOffset(2026, 4, 15, 2, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2));
        var manager = await _app.SignedInAsync("manager");

        var report = await manager.GetJsonAsync("/api/compliance/report?groupBy=Month&from=2026-03-01&to=2026-04-20");
        Assert.Equal(["2026-03", "2026-04"], report.EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        var march = Row(report, "2026-03");
        Assert.Equal(1, march.GetProperty("opened").GetInt32());
        Assert.Equal(1, march.GetProperty("met").GetInt32());
        Assert.Equal(60, march.GetProperty("medianMinutesToDone").GetDouble());
        var april = Row(report, "2026-04");
        Assert.Equal(2, april.GetProperty("opened").GetInt32());
        Assert.Equal(1, april.GetProperty("breached").GetInt32());
        Assert.Equal(1, april.GetProperty("open").GetInt32());
    }

    [Fact]
    [Trait("Requirement", "POL-2")]
    public async Task The_xlsx_export_holds_the_same_rows_and_numbers_as_the_report_with_headers_in_the_readers_language()
    {
        var boss = await _app.CreateUserAsync($"boss-{Guid.NewGuid():N}@test.cn", "manager", _app.CentreId);
        await TimerAsync("X-1", Now.AddDays(-3), TimeSpan.FromHours(2), TimeSpan.FromHours(1), owner: boss.Id);
        await TimerAsync("X-2", Now.AddDays(-2), TimeSpan.FromHours(2), TimeSpan.FromHours(4), owner: boss.Id);
        await TimerAsync("X-3", Now.AddDays(-1), TimeSpan.FromHours(2), department: "care", role: "staff");
        var manager = await _app.SignedInAsync("manager");
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var report = await manager.GetJsonAsync("/api/compliance/report?groupBy=Person");
        Assert.Equal("manager", Row(report, boss.Id.ToString()).GetProperty("name").GetString()); // the person's name, not an id

        var response = await manager.GetAsync("/api/compliance/report.xlsx?groupBy=Person");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ComplianceExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName,
            StringComparison.Ordinal);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(report.GetArrayLength(), rows.Count);
        foreach (var json in report.EnumerateArray())
        {
            var sheet = Assert.Single(rows, r => (r["Person"]?.ToString() ?? "") == json.GetProperty("key").GetString());
            Assert.Equal(json.GetProperty("opened").GetInt32(), Convert.ToInt32(sheet["Opened"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(json.GetProperty("met").GetInt32(), Convert.ToInt32(sheet["Met"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(json.GetProperty("breached").GetInt32(), Convert.ToInt32(sheet["Breached"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(json.GetProperty("open").GetInt32(), Convert.ToInt32(sheet["Open"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(json.GetProperty("overdue").GetInt32(), Convert.ToInt32(sheet["Overdue"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(json.GetProperty("metRate").GetDouble(), Convert.ToDouble(sheet["Met rate (%)"], System.Globalization.CultureInfo.InvariantCulture));
        }
        var bossRow = Assert.Single(rows, r => string.Equals(r["Person"]?.ToString(), boss.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal("manager", bossRow["Name"]);
        Assert.Equal(150.0, Convert.ToDouble(bossRow["Median minutes to done"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [Trait("Requirement", "POL-2")]
    [InlineData("/api/compliance/report?from=2026-04-10&to=2026-04-01", "to")]
    [InlineData("/api/compliance/report?groupBy=Weekly", "groupBy")]
    [InlineData("/api/compliance/report?from=yesterday", "from")]
    [InlineData("/api/compliance/report.xlsx?groupBy=1", "groupBy")]
    [InlineData("/api/compliance/timers?page=0", "page")]
    [InlineData("/api/compliance/timers?pageSize=500", "pageSize")]
    [InlineData("/api/compliance/timers?outcome=Late", "outcome")]
    [InlineData("/api/compliance/timers?state=Done", "state")]
    [InlineData("/api/compliance/timers?person=someone", "person")]
    [InlineData("/api/compliance/timers?overdue=maybe", "overdue")]
    [InlineData("/api/compliance/timers?from=2026-04-10&to=2026-04-01", "to")]
    public async Task Bad_input_is_a_400_problem_naming_the_field(string url, string field)
    {
        var manager = await _app.SignedInAsync("manager");
        var problem = await (await manager.GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
    }

    [Theory]
    [Trait("Requirement", "POL-2")]
    [InlineData("/api/compliance/report")]
    [InlineData("/api/compliance/report.xlsx")]
    [InlineData("/api/compliance/timers")]
    public async Task Staff_without_compliance_read_are_refused(string url)
    {
        var staff = await _app.SignedInAsync("staff");
        await (await staff.GetAsync(url)).AssertProblemAsync(HttpStatusCode.Forbidden);
        // …but their own due items are theirs to see.
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/compliance/mine")).StatusCode);
    }

    [Theory]
    [Trait("Requirement", "POL-2")]
    [InlineData(null, "en", "—")]
    [InlineData(42.4, "en", "42 min")]
    [InlineData(80.0, "en", "1 h 20 min")]
    [InlineData(3000.0, "en", "2 d 2 h")]
    [InlineData(80.0, "zh-Hans", "1 小时 20 分钟")]
    [InlineData(80.0, "zh-Hant", "1 小時 20 分鐘")]
    public void The_median_time_to_done_reads_in_words(double? minutes, string culture, string expected)
    {
        var text = _app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Platform.SharedResource>>();
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, Platform.Rules.RulePages.ComplianceText.Duration(minutes, text));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    [Trait("Requirement", "POL-2")]
    public async Task My_due_items_are_the_callers_own_and_their_roles_soonest_deadline_first()
    {
        var email = $"me-{Guid.NewGuid():N}@test.cn";
        var me = await _app.CreateUserAsync(email, "manager", _app.CentreId);
        var other = await _app.CreateUserAsync($"other-{Guid.NewGuid():N}@test.cn", "manager", _app.CentreId);
        await TimerAsync("D-3H", Now, TimeSpan.FromHours(3), owner: me.Id);
        await TimerAsync("D-LATE", Now.AddHours(-4), TimeSpan.FromHours(2), owner: me.Id); // overdue
        await TimerAsync("D-ROLE-2H", Now, TimeSpan.FromHours(2)); // the manager role's, nobody named
        await TimerAsync("D-OTHER-1H", Now, TimeSpan.FromHours(1), owner: other.Id);
        await TimerAsync("D-STAFF-1H", Now, TimeSpan.FromHours(1), role: "staff");
        await TimerAsync("D-DONE", Now, TimeSpan.FromMinutes(30), closedAfter: TimeSpan.FromMinutes(10), owner: me.Id);
        var client = _app.NewClient();
        (await client.PostAsJsonAsync("/api/account/login", new { email, password = TestApp.Password })).EnsureSuccessStatusCode();

        var mine = await client.GetJsonAsync("/api/compliance/mine");
        Assert.Equal(["D-LATE", "D-ROLE-2H", "D-3H"], mine.EnumerateArray().Select(i => i.GetProperty("subjectId").GetString()));
        Assert.Equal([true, false, false], mine.EnumerateArray().Select(i => i.GetProperty("overdue").GetBoolean()));
        var due = mine.EnumerateArray().Select(i => i.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(due.Order(), due);
    }
}
