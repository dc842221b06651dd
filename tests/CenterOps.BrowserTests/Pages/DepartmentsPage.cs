using Microsoft.Playwright;

namespace CenterOps.BrowserTests.Pages;

/// <summary>/org/departments — the department list and its create/edit dialog.</summary>
public sealed class DepartmentsPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/org/departments");
        await new Shell(page).ReadyAsync();
    }

    public async Task CreateAsync(string name)
    {
        await page.ClickAsync("[data-test=new-department]");
        await Console.Input(page, "department-name").FillAsync(name);
        await page.ClickAsync("[data-test=save]");
    }

    public ILocator Rows => page.Locator("[data-test=department-row]");

    public ILocator Error(string field) => page.Locator($"[data-test=error-{field}]").First;
}
