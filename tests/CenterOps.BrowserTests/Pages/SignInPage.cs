using Microsoft.Playwright;

namespace CenterOps.BrowserTests.Pages;

/// <summary>/account/login — email and password, then the authenticator code when two-factor is on.</summary>
public sealed class SignInPage(IPage page)
{
    public Task OpenAsync() => page.GotoAsync("/account/login");

    public async Task SignInAsync(string email, string password)
    {
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-test=sign-in]");
    }

    public async Task EnterCodeAsync(string code)
    {
        await page.FillAsync("#code", code);
        await page.ClickAsync("[data-test=sign-in]");
    }

    public ILocator CodeField => page.Locator("#code");

    public ILocator Error => page.Locator("[data-test=sign-in-error]");
}
