using Microsoft.Playwright;
using OtpNet;

namespace CenterOps.BrowserTests.Pages;

/// <summary>/account/two-factor — enrol an authenticator; the test plays the authenticator app.</summary>
public sealed class TwoFactorPage(IPage page)
{
    public async Task<string> SharedKeyAsync() => (await page.Locator("[data-test=shared-key]").InnerTextAsync()).Trim();

    public static string CodeFor(string sharedKey) =>
        new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    public async Task EnableAsync(string code)
    {
        await page.FillAsync("#code", code);
        await page.ClickAsync("[data-test=enable-two-factor]");
    }
}
