using Microsoft.Playwright;

namespace CenterOps.BrowserTests.Pages;

/// <summary>/admin/calendar — the centre's business hours, its own special days and the national schedule.</summary>
public sealed class CalendarPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/admin/calendar");
        await new Shell(page).ReadyAsync();
        await page.Locator("[data-test=year]").WaitForAsync();
    }

    public ILocator Year => page.Locator("[data-test=year]");

    public ILocator HoursSource => page.Locator("[data-test=hours-source]");

    public ILocator Error(string field) => page.Locator($"[data-test=error-{field}]");

    public async Task ShowYearAsync(int year)
    {
        while (int.Parse(await Year.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) is var shown && shown != year)
        {
            await page.ClickAsync(shown > year ? "[data-test=year-prev]" : "[data-test=year-next]");
            await Microsoft.Playwright.Assertions.Expect(Year).Not.ToHaveTextAsync(shown.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public async Task SetHoursAsync(string opens, string closes)
    {
        await Console.Input(page, "hours-opens").FillAsync(opens);
        await Console.Input(page, "hours-closes").FillAsync(closes);
        await page.ClickAsync("[data-test=hours-save]");
    }

    public async Task AddDayAsync(string date, bool open, string note)
    {
        var input = Console.Input(page, "day-date");
        await input.FillAsync(date);
        await input.PressAsync("Tab");
        // Focusing the field may have opened the picker; typed text is what counts, so close it.
        if (await page.Locator(".mud-popover-open .mud-picker-content, .mud-popover-open .mud-picker-calendar-container").CountAsync() > 0)
        {
            await page.Keyboard.PressAsync("Escape");
        }
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".mud-popover-open .mud-picker-calendar-container")).ToHaveCountAsync(0);
        await page.ClickAsync(open ? "[data-test=day-open]" : "[data-test=day-closed]");
        await Console.Input(page, "day-note").FillAsync(note);
        await page.ClickAsync("[data-test=day-save]");
    }

    public ILocator Day(string date) => page.Locator($"[data-test=centre-day-{date}]").Locator("xpath=..");

    public async Task RemoveDayAsync(string date)
    {
        await page.ClickAsync($"[data-test=remove-day-{date}]");
        await page.ClickAsync("[data-test=confirm-ok]");
    }

    public ILocator National => page.Locator("[data-test=national-days]");
}
