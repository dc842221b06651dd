using CenterOps.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CenterOps.BrowserTests;

/// <summary>The administrator keeps the centre's regulation current: imports a new pack version and changes a deadline.</summary>
public sealed class PackJourneyTests(Browser browser) : Journey(browser)
{
    static string MiniYaml() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Packs", "mini.yaml"));

    [Fact]
    [Trait("Requirement", "POL-1")]
    [Trait("Requirement", "POL-2")]
    public async Task A_pack_is_imported_a_deadline_edited_and_the_rule_runs_by_it()
    {
        await Pages.Console.SetUpAndSignInAsync(Page);
        var packs = new PacksPage(Page);
        await packs.OpenAsync();
        await Expect(packs.Current).ToContainTextAsync("第 1 版");

        // A broken pack is refused whole, each problem with its line.
        var broken = MiniYaml().Replace("    role: staff\n", "    role: nobody\n", StringComparison.Ordinal);
        await packs.ImportAsync(broken, "试导入");
        await Expect(packs.Problems.First).ToContainTextAsync("positions[1].role");
        await Expect(packs.Problems.First).ToContainTextAsync("第 ");
        await ScreenshotAsync("pack-import-problems");
        await Expect(packs.Current).ToContainTextAsync("第 1 版");

        // A good edit becomes version 2 and applies at once.
        await packs.ImportAsync(MiniYaml().Replace("clause: \"2小时内匹配\"", "clause: \"二(一) 2小时内匹配咨询师\"", StringComparison.Ordinal), "条款措辞");
        await Expect(packs.Current).ToContainTextAsync("第 2 版");

        // The deadline changed in the console: version 3, shown in words.
        await packs.OpenRuleAsync("MINI-MATCH-2H");
        await packs.SaveDeadlineAsync("soon");
        await Expect(packs.DialogError("due")).ToContainTextAsync("不是可用的时限写法");
        await packs.SaveDeadlineAsync("4h");
        await Expect(packs.Current).ToContainTextAsync("第 3 版");
        await Expect(packs.Deadline("MINI-MATCH-2H")).ToContainTextAsync("营业时间内 4 小时");
        await ScreenshotAsync("pack-rules");

        // Everyone can read the regulation with its clauses, generated from the pack.
        await Page.GotoAsync("/regulation");
        await Expect(Page.Locator("[data-test=regulation-rule-MINI-MATCH-2H]")).ToContainTextAsync("二(一) 2小时内匹配咨询师");
        await Expect(Page.Locator("[data-test=regulation-rule-MINI-MATCH-2H]")).ToContainTextAsync("营业时间内 4 小时");
        await ScreenshotAsync("regulation");
    }
}
