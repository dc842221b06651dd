using CenterOps.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CenterOps.BrowserTests;

/// <summary>The administrator sets the centre's own hours and a training day the deadlines must skip.</summary>
public sealed class CalendarJourneyTests(Browser browser) : Journey(browser)
{
    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Hours_and_a_closed_day_are_set_refused_when_wrong_and_removed_after_asking()
    {
        await Pages.Console.SetUpAndSignInAsync(Page);
        var calendar = new CalendarPage(Page);
        await calendar.OpenAsync();
        await calendar.ShowYearAsync(2026);
        await Expect(calendar.HoursSource).ToContainTextAsync("沿用规范包");
        await Expect(calendar.National).ToContainTextAsync("国庆节");
        await Expect(calendar.National).ToContainTextAsync("调休上班");
        await Expect(Page.GetByText("暂定数据")).ToHaveCountAsync(0);

        await calendar.SetHoursAsync("25:00", "18:00");
        await Expect(calendar.Error("opens")).ToContainTextAsync("24 小时制");
        await calendar.SetHoursAsync("08:30", "20:00");
        await Expect(calendar.HoursSource).ToContainTextAsync("本中心自定");

        await calendar.AddDayAsync("2026-12-18", open: false, "全员消毒培训");
        await Expect(calendar.Day("2026-12-18")).ToContainTextAsync("全员消毒培训");
        await Expect(calendar.Day("2026-12-18")).ToContainTextAsync("休息");
        await ScreenshotAsync("working-calendar");

        await calendar.RemoveDayAsync("2026-12-18");
        await Expect(Page.Locator("[data-test=centre-days]")).ToContainTextAsync("完全按国家安排");
    }
}
