using CenterOps.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CenterOps.BrowserTests;

/// <summary>HR lays out the organisation in the console: a department, an employee, and the messages bad input gets.</summary>
public sealed class OrganizationJourneyTests(Browser browser) : Journey(browser)
{
    [Fact]
    [Trait("Requirement", "ORG-1")]
    [Trait("Requirement", "ORG-3")]
    public async Task A_department_and_an_employee_are_created_and_bad_input_is_explained_inline()
    {
        await Pages.Console.SetUpAndSignInAsync(Page);

        var departments = new DepartmentsPage(Page);
        await departments.OpenAsync();
        await Expect(departments.Rows).ToHaveCountAsync(2); // the pack's 运营部 and 咨询部
        await departments.CreateAsync("");
        await Expect(departments.Error("name")).ToContainTextAsync("请填写此项");
        await Pages.Console.Input(Page, "department-name").FillAsync("客户服务部");
        await Page.ClickAsync("[data-test=save]");
        await Expect(departments.Rows.Filter(new() { HasText = "客户服务部" })).ToBeVisibleAsync();
        await ScreenshotAsync("departments");

        var employees = new EmployeesPage(Page);
        await employees.OpenAsync();
        await Expect(Page.Locator("[data-test=empty-state]")).ToBeVisibleAsync();
        await employees.StartNewAsync();
        await employees.SaveAsync();
        await Expect(employees.Error("name")).ToContainTextAsync("请填写此项");
        await Expect(employees.Error("departmentId")).ToBeVisibleAsync();
        await Expect(employees.Error("positionId")).ToBeVisibleAsync();
        await Expect(employees.Error("yearsOfExperience")).ToContainTextAsync("请填写此项");
        await ScreenshotAsync("employee-validation");

        await employees.FillAsync("陈晓梅", "运营部", "经理", 8);
        await employees.SaveAsync();
        await Expect(employees.Rows.Filter(new() { HasText = "陈晓梅" })).ToBeVisibleAsync();
        await ScreenshotAsync("employees");

        // The staffing rule now counts her.
        await Page.GotoAsync("/org/composition");
        await Expect(Page.Locator("[data-test=composition-rule]").Filter(new() { HasText = "MINI-HEAD" })
            .Locator("[data-test=composition-result]")).ToContainTextAsync("符合");
        await ScreenshotAsync("composition");
    }
}
