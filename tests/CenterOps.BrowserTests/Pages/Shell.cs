using Microsoft.Playwright;

namespace CenterOps.BrowserTests.Pages;

/// <summary>The staff console's frame: navigation, language switcher, account menu.</summary>
public sealed class Shell(IPage page)
{
    public ILocator Title => page.Locator("[data-test=dashboard-title]");

    public async Task SwitchLanguageAsync(string culture)
    {
        await ReadyAsync();
        await page.ClickAsync($"[data-test=language-{culture}]");
        // The page comes back in the new language: wait for that page, then for it to react to input.
        await page.Locator($"html[lang='{culture}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await ReadyAsync();
    }

    /// <summary>Buttons of the console react once its live connection is up; wait for that before clicking.</summary>
    public Task ReadyAsync() => page.Locator("[data-test=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public async Task SignOutAsync()
    {
        await page.GotoAsync("/account/logout");
    }

    public Task GoAsync(string navTest) => page.ClickAsync($"[data-test={navTest}]");
}
