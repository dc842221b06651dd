using CenterOps.BrowserTests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CenterOps.BrowserTests;

/// <summary>The administrator changes what has no form of its own (a role's name) in the text of the pack in force.</summary>
public sealed class PackTextJourneyTests(Browser browser) : Journey(browser)
{
    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task The_version_in_force_is_edited_as_text_and_imported_as_the_next_version()
    {
        await Pages.Console.SetUpAndSignInAsync(Page);
        var packs = new PacksPage(Page);
        await packs.OpenAsync();
        await Page.GetByRole(AriaRole.Tab, new() { Name = "导入" }).ClickAsync();
        await Page.ClickAsync("[data-test=edit-current]");
        var text = Page.Locator("textarea[data-test=import-yaml], [data-test=import-yaml] textarea").First;
        await Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("roles:"));

        var yaml = await text.InputValueAsync();
        Assert.Contains("name: { zh-Hans: 职员,", yaml, StringComparison.Ordinal);
        await text.FillAsync(yaml.Replace("name: { zh-Hans: 职员,", "name: { zh-Hans: 一线职员,", StringComparison.Ordinal));
        await Pages.Console.Input(Page, "import-note").FillAsync("角色改名");
        await Page.ClickAsync("[data-test=import-button]");
        await Expect(packs.Current).ToContainTextAsync("第 2 版");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "导入" }).ClickAsync();
        await Page.ClickAsync("[data-test=edit-current]");
        await Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape("name: { zh-Hans: 一线职员")));
    }
}
