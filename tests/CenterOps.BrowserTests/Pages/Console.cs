using Microsoft.Playwright;

namespace CenterOps.BrowserTests.Pages;

/// <summary>Gets a fresh installation to the point where its first administrator works in the console.</summary>
public static class Console
{
    public const string Email = "admin@example.cn";
    public const string Password = "Admin#2026";

    public static async Task<Shell> SetUpAndSignInAsync(IPage page)
    {
        var setup = new SetupPage(page);
        await setup.OpenAsync();
        await setup.SubmitAsync("静安示范中心", "上海", "mini", "张主任", Email, Password);
        await page.WaitForURLAsync("**/account/login");
        await new SignInPage(page).SignInAsync(Email, Password);
        await page.WaitForURLAsync("**/account/two-factor");
        var twoFactor = new TwoFactorPage(page);
        await twoFactor.EnableAsync(TwoFactorPage.CodeFor(await twoFactor.SharedKeyAsync()));
        var shell = new Shell(page);
        await shell.Title.WaitForAsync();
        return shell;
    }

    /// <summary>The text box of a MudBlazor input, whether the marker sits on the input or around it.</summary>
    public static ILocator Input(IPage page, string test) => page.Locator($"input[data-test={test}], [data-test={test}] input").First;

    /// <summary>Picks an option of a MudBlazor select: open it, click the item in the popover.</summary>
    public static async Task PickAsync(IPage page, string selectTest, string option)
    {
        await page.Locator($"[data-test={selectTest}]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }
}
