using Microsoft.Playwright;

namespace CenterOps.BrowserTests.Pages;

/// <summary>/compliance — how the centre keeps its time limits, with the records behind each row.</summary>
public sealed class CompliancePage(IPage page)
{
    public async Task OpenAsync()
    {
        await new Shell(page).ReadyAsync();
        await new Shell(page).GoAsync("nav-compliance");
        await page.WaitForURLAsync("**/compliance");
        await new Shell(page).ReadyAsync();
    }

    public ILocator Table => page.Locator("[data-test=compliance-table]");

    public ILocator Chart => page.Locator("[data-test=compliance-chart]");

    /// <summary>The table row of a group (rule id, department key, person id or month).</summary>
    public ILocator Row(string key) => page.Locator("tr").Filter(new() { Has = page.Locator($"[data-test='compliance-row-{key}']") });

    public ILocator Cell(string key, string column) => Row(key).Locator($"[data-test=cell-{column}]");

    public Task OpenRecordsAsync(string key) => page.Locator($"[data-test='compliance-row-{key}']").ClickAsync();

    public ILocator Records => page.Locator(".mud-dialog [data-test=records-table] tbody tr");

    public ILocator Export => page.Locator("[data-test=compliance-export]");
}
