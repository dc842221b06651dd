using Microsoft.Playwright;

namespace CenterOps.BrowserTests.Pages;

/// <summary>/org/employees — the staff list and the employee dialog.</summary>
public sealed class EmployeesPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/org/employees");
        await new Shell(page).ReadyAsync();
    }

    public Task StartNewAsync() => page.ClickAsync("[data-test=new-employee]");

    public async Task FillAsync(string name, string department, string position, int years)
    {
        await Console.Input(page, "employee-name").FillAsync(name);
        await Console.PickAsync(page, "employee-department", department);
        await Console.PickAsync(page, "employee-position", position);
        await Console.Input(page, "employee-years").FillAsync(years.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public Task SaveAsync() => page.ClickAsync("[data-test=save]");

    public ILocator Rows => page.Locator("[data-test=employee-row]");

    public ILocator Error(string field) => page.Locator($"[data-test=error-{field}]").First;
}
