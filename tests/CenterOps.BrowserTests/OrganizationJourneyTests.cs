using CenterOps.BrowserTests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CenterOps.BrowserTests;

/// <summary>HR lays out the organisation in the console: a department, an employee, and the messages bad input gets.</summary>
public sealed class OrganizationJourneyTests(Browser browser) : IAsyncLifetime
{
    readonly AppServer _app = new();
    IPage _page = default!;

    public async ValueTask InitializeAsync() => _page = await browser.NewPageAsync(_app.BaseUrl);

    public async ValueTask DisposeAsync()
    {
        await _page.Context.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    [Trait("Requirement", "ORG-1")]
    [Trait("Requirement", "ORG-3")]
    public async Task A_department_and_an_employee_are_created_and_bad_input_is_explained_inline()
    {
        await Pages.Console.SetUpAndSignInAsync(_page);

        var departments = new DepartmentsPage(_page);
        await departments.OpenAsync();
        await Expect(departments.Rows).ToHaveCountAsync(2); // the pack's 运营部 and 咨询部
        await departments.CreateAsync("");
        await Expect(departments.Error("name")).ToContainTextAsync("请填写此项");
        await Pages.Console.Input(_page, "department-name").FillAsync("客户服务部");
        await _page.ClickAsync("[data-test=save]");
        await Expect(departments.Rows.Filter(new() { HasText = "客户服务部" })).ToBeVisibleAsync();
        await Screenshot("departments");

        var employees = new EmployeesPage(_page);
        await employees.OpenAsync();
        await Expect(_page.Locator("[data-test=empty-state]")).ToBeVisibleAsync();
        await employees.StartNewAsync();
        await employees.SaveAsync();
        await Expect(employees.Error("name")).ToContainTextAsync("请填写此项");
        await Expect(employees.Error("departmentId")).ToBeVisibleAsync();
        await Expect(employees.Error("positionId")).ToBeVisibleAsync();
        await Expect(employees.Error("yearsOfExperience")).ToContainTextAsync("请填写此项");
        await Screenshot("employee-validation");

        await employees.FillAsync("陈晓梅", "运营部", "经理", 8);
        await employees.SaveAsync();
        await Expect(employees.Rows.Filter(new() { HasText = "陈晓梅" })).ToBeVisibleAsync();
        await Screenshot("employees");

        // The staffing rule now counts her.
        await _page.GotoAsync("/org/composition");
        await Expect(_page.Locator("[data-test=composition-rule]").Filter(new() { HasText = "MINI-HEAD" })
            .Locator("[data-test=composition-result]")).ToContainTextAsync("符合");
        await Screenshot("composition");
    }

    Task Screenshot(string name) => _page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"centerops-{name}.png"), FullPage = true });
}
