using Microsoft.Playwright;

namespace CenterOps.BrowserTests.Pages;

/// <summary>/admin/packs — the centre's pack: its rules, versions and import.</summary>
public sealed class PacksPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/admin/packs");
        await new Shell(page).ReadyAsync();
    }

    public ILocator Current => page.Locator("[data-test=pack-current]");

    public ILocator Problems => page.Locator("[data-test=import-problem]");

    public async Task ImportAsync(string yaml, string note)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "导入" }).ClickAsync();
        await page.Locator("textarea[data-test=import-yaml], [data-test=import-yaml] textarea").First.FillAsync(yaml);
        await Console.Input(page, "import-note").FillAsync(note);
        await page.ClickAsync("[data-test=import-button]");
    }

    public async Task OpenRuleAsync(string ruleId)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "时限规则" }).ClickAsync();
        await page.ClickAsync($"[data-test=edit-rule-{ruleId}]");
    }

    /// <summary>Types the deadline in the open rule dialog and saves.</summary>
    public async Task SaveDeadlineAsync(string due)
    {
        await Console.Input(page, "rule-due").FillAsync(due);
        await page.ClickAsync(".mud-dialog [data-test=save]");
    }

    public ILocator DialogError(string field) => page.Locator($".mud-dialog [data-test=error-{field}]");

    public ILocator Deadline(string ruleId) => page.Locator($"[data-test=rule-due-{ruleId}]");
}
