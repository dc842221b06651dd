using Microsoft.Playwright;

namespace CenterOps.BrowserTests.Pages;

/// <summary>/setup — first-run set-up of a new installation.</summary>
public sealed class SetupPage(IPage page)
{
    public Task OpenAsync() => page.GotoAsync("/setup");

    public async Task SubmitAsync(string centre, string city, string pack, string admin, string email, string password)
    {
        await page.FillAsync("#centreName", centre);
        await page.FillAsync("#city", city);
        await page.SelectOptionAsync("#pack", pack);
        await page.FillAsync("#adminName", admin);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-test=run-setup]");
    }

    public ILocator Error(string field) => page.Locator($"[data-test=error-{field}]").First;
}
