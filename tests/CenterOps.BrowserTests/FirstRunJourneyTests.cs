using CenterOps.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CenterOps.BrowserTests;

/// <summary>
/// A new installation as its first administrator meets it: set-up, sign-in, two-factor enrolment (required for
/// administrators), the console in three languages, sign-out — and the second sign-in asking for a code.
/// </summary>
public sealed class FirstRunJourneyTests(Browser browser) : Journey(browser)
{
    [Fact]
    [Trait("Requirement", "SEC-1")]
    [Trait("Requirement", "ORG-1")]
    public async Task First_administrator_sets_up_the_centre_enrols_two_factor_and_works_in_three_languages()
    {
        // A new installation sends its first visitor to the set-up page.
        await Page.GotoAsync("/");
        await Page.WaitForURLAsync("**/setup");
        var setup = new SetupPage(Page);

        // Bad input is answered inline and nothing is created.
        await setup.SubmitAsync("", "上海", "mini", "", "not-an-email", "short");
        await Expect(setup.Error("centreName")).ToBeVisibleAsync();
        await Expect(setup.Error("email")).ToBeVisibleAsync();
        await Expect(setup.Error("password")).ToBeVisibleAsync();

        await setup.SubmitAsync("静安示范中心", "上海", "mini", "张主任", "admin@example.cn", "Admin#2026");
        await Page.WaitForURLAsync("**/account/login");

        var signIn = new SignInPage(Page);
        await signIn.SignInAsync("admin@example.cn", "wrong-password1");
        await Expect(signIn.Error).ToContainTextAsync("密码不正确");
        await signIn.SignInAsync("admin@example.cn", "Admin#2026");

        // Administrators must enrol an authenticator before anything else (SEC-1).
        await Page.WaitForURLAsync("**/account/two-factor");
        var twoFactor = new TwoFactorPage(Page);
        var key = await twoFactor.SharedKeyAsync();
        await twoFactor.EnableAsync("000000");
        await Expect(Page.Locator("[data-test=error-code]").First).ToBeVisibleAsync();
        await twoFactor.EnableAsync(TwoFactorPage.CodeFor(key));

        var shell = new Shell(Page);
        await Expect(shell.Title).ToContainTextAsync("您好，张主任");

        await shell.SwitchLanguageAsync("zh-Hant");
        await Expect(Page.Locator(".mud-drawer")).ToContainTextAsync("組織架構");
        await shell.SwitchLanguageAsync("en");
        await Expect(shell.Title).ToContainTextAsync("Hello, 张主任");
        await Expect(Page.Locator(".mud-drawer")).ToContainTextAsync("Organisation");

        await shell.SignOutAsync();
        await Expect(Page.Locator("[data-test=signed-out]")).ToBeVisibleAsync();

        // The console is closed again, and the next sign-in asks for the authenticator code.
        await Page.GotoAsync("/");
        await Page.WaitForURLAsync("**/account/login**");
        await signIn.SignInAsync("admin@example.cn", "Admin#2026");
        await Expect(signIn.CodeField).ToBeVisibleAsync();
        await signIn.EnterCodeAsync(TwoFactorPage.CodeFor(key));
        await Expect(shell.Title).ToBeVisibleAsync();
    }
}
