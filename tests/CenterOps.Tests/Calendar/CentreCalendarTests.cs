using System.Net;
using System.Net.Http.Json;
using CenterOps.Platform.Data;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Calendar;

/// <summary>POL-1: a centre's own closed and open days and business hours move the deadlines opened after the change.</summary>
public sealed class CentreCalendarTests : IAsyncLifetime
{
    // Thursday 26 November 2026, 10:00 in Shanghai.
    readonly TestApp _app = TestApp.StartingAt(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    static DateTimeOffset Shanghai(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    int _subjects;

    async Task<DateTimeOffset> DueOfAsync(string eventName, string ruleId)
    {
        var subject = $"S-{++_subjects}";
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Platform.Rules.Rules>().RaiseAsync(new RuleEvent(eventName, _app.CentreId, "case", subject), default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        var due = await _app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
            .Where(t => t.SubjectId == subject && t.RuleId == ruleId).Select(t => t.DueAt).SingleAsync());
        return due.ToOffset(TimeSpan.FromHours(8));
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task A_closed_Friday_and_an_open_Saturday_move_a_one_working_day_deadline()
    {
        var admin = await _app.AdminAsync();
        Assert.Equal(Shanghai(11, 27, 10), await DueOfAsync("plan.drafted", "MINI-PLAN-1WD"));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/calendar/days/2026-11-27", new { open = false, note = "全员培训" })).StatusCode);
        Assert.Equal(Shanghai(11, 30, 10), await DueOfAsync("plan.drafted", "MINI-PLAN-1WD"));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/calendar/days/2026-11-28", new { open = true, note = "周六加班" })).StatusCode);
        Assert.Equal(Shanghai(11, 28, 10), await DueOfAsync("plan.drafted", "MINI-PLAN-1WD"));

        var calendar = await admin.GetJsonAsync("/api/calendar?year=2026");
        var days = calendar.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(["2026-11-27", "2026-11-28"], days.Select(d => d.GetProperty("date").GetString()));
        Assert.Equal("全员培训", days[0].GetProperty("note").GetString());
        // The national schedule is shown beside them: 国庆节 and its make-up Saturday.
        var national = calendar.GetProperty("national").EnumerateArray().ToList();
        Assert.Contains(national, d => d.GetProperty("date").GetString() == "2026-10-01" && d.GetProperty("holiday").GetString()!.Contains("国庆", StringComparison.Ordinal));
        Assert.Contains(national, d => d.GetProperty("makeUpWorkday").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync("/api/calendar/days/2026-11-27")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync("/api/calendar/days/2026-11-28")).StatusCode);
        Assert.Equal(Shanghai(11, 27, 10), await DueOfAsync("plan.drafted", "MINI-PLAN-1WD"));
        await (await admin.DeleteAsync("/api/calendar/days/2026-11-28")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Longer_business_hours_shorten_an_hour_limit_across_the_evening()
    {
        _app.Clock.SetUtcNow(Shanghai(11, 26, 17, 30).ToUniversalTime());
        var admin = await _app.AdminAsync();
        // 09:00–18:00: 30 minutes on Thursday, 90 on Friday morning.
        Assert.Equal(Shanghai(11, 27, 10, 30), await DueOfAsync("booking.submitted", "MINI-MATCH-2H"));

        var hours = await (await admin.PutAsJsonAsync("/api/calendar/hours", new { opens = "08:00", closes = "20:00" })).JsonAsync();
        Assert.Equal("20:00", hours.GetProperty("closes").GetString());
        Assert.Equal(Shanghai(11, 26, 19, 30), await DueOfAsync("booking.submitted", "MINI-MATCH-2H"));
        Assert.True((await admin.GetJsonAsync("/api/calendar")).GetProperty("ownHours").GetBoolean());
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Bad_hours_and_days_are_refused_with_field_messages_and_only_managers_of_centres_may_change_them()
    {
        var admin = await _app.AdminAsync();
        var problem = await (await admin.PutAsJsonAsync("/api/calendar/hours", new { opens = "25:00", closes = "9" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("opens"));
        Assert.NotEmpty(problem.FieldErrors("closes"));
        var reversed = await (await admin.PutAsJsonAsync("/api/calendar/hours", new { opens = "18:00", closes = "09:00" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(reversed.FieldErrors("closes"));
        var longNote = await (await admin.PutAsJsonAsync("/api/calendar/days/2026-12-01", new { open = false, note = new string('长', 201) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(longNote.FieldErrors("note"));
        await (await admin.PutAsJsonAsync("/api/calendar/days/not-a-date", new { open = false })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await _app.CountAsync<Platform.Calendar.CentreDay>());
        Assert.Equal(0, await _app.CountAsync<Platform.Calendar.CentreCalendar>());

        var manager = await _app.SignedInAsync("manager");
        await (await manager.PutAsJsonAsync("/api/calendar/hours", new { opens = "08:00", closes = "20:00" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("09:00", (await manager.GetJsonAsync("/api/calendar")).GetProperty("opens").GetString());
    }
}
