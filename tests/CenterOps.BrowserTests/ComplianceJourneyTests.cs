using CenterOps.BrowserTests.Pages;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CenterOps.BrowserTests;

/// <summary>
/// The administrator changes a deadline of the regulation and sees, in the compliance view, the rule running by it:
/// its counts, its records, and the same numbers for download.
/// </summary>
public sealed class ComplianceJourneyTests(Browser browser) : Journey(browser)
{
    const string Rule = "MINI-MATCH-2H";

    static string MiniYaml() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Packs", "mini.yaml"));

    /// <summary>Plays the part of a booking module: raises what happened to a booking, as a module does in its unit of work.</summary>
    async Task RaiseAsync(string name, string booking, string? ownerEmail = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var centre = await db.Set<CentrePack>().IgnoreQueryFilters().Select(c => c.CentreId).FirstAsync();
        Guid? owner = ownerEmail is null ? null : await db.Users.Where(u => u.Email == ownerEmail).Select(u => u.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<Platform.Rules.Rules>()
            .RaiseAsync(new RuleEvent(name, centre, "booking", booking, OwnerUserId: owner), default);
        await db.SaveChangesAsync();
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    [Trait("Requirement", "POL-2")]
    public async Task A_pack_is_imported_a_deadline_edited_and_the_rule_is_seen_running_by_it_in_the_compliance_view()
    {
        await Pages.Console.SetUpAndSignInAsync(Page);

        // The centre's regulation, now with a short title for the rule, and its deadline changed in the console.
        var packs = new PacksPage(Page);
        await packs.OpenAsync();
        await packs.ImportAsync(MiniYaml().Replace($"  - id: {Rule}\n",
            $"  - id: {Rule}\n    title: {{ zh-Hans: 预约匹配咨询师, zh-Hant: 預約匹配諮詢師, en: Match a counsellor }}\n", StringComparison.Ordinal), "规则加标题");
        await Expect(packs.Current).ToContainTextAsync("第 2 版");
        await packs.OpenRuleAsync(Rule);
        await packs.SaveDeadlineAsync("4h");
        await Expect(packs.Current).ToContainTextAsync("第 3 版");

        // Two bookings come in; one is matched at once.
        await RaiseAsync("booking.submitted", "B-1");
        await RaiseAsync("booking.submitted", "B-2");
        await RaiseAsync("booking.matched", "B-1");
        var versions = await RunByAsync();
        Assert.Equal([3], versions); // both timers opened under the edited rule

        var compliance = new CompliancePage(Page);
        await compliance.OpenAsync();
        var row = compliance.Row(Rule);
        await Expect(row).ToContainTextAsync("预约匹配咨询师");
        await Expect(row).ToContainTextAsync("营业时间内 4 小时"); // the deadline as edited
        await Expect(compliance.Cell(Rule, "opened")).ToHaveTextAsync("2");
        await Expect(compliance.Cell(Rule, "met")).ToHaveTextAsync("1");
        await Expect(compliance.Cell(Rule, "breached")).ToHaveTextAsync("0");
        await Expect(compliance.Cell(Rule, "open")).ToHaveTextAsync("1");
        await Expect(compliance.Cell(Rule, "rate")).ToHaveTextAsync("100");
        await Expect(compliance.Chart.Locator("svg")).ToBeVisibleAsync();
        await Expect(compliance.Export).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/api/compliance/report\.xlsx\?groupBy=Rule&from=.+&to=.+"));

        await ScreenshotAsync("compliance-report");

        // The records behind the row.
        await compliance.OpenRecordsAsync(Rule);
        await Expect(compliance.Records).ToHaveCountAsync(2);
        await Expect(compliance.Records.First).ToContainTextAsync("B-2"); // newest first
        await Expect(compliance.Records.Nth(1)).ToContainTextAsync("按时");
        await Expect(compliance.Records.First).ToContainTextAsync("经理"); // the owning role by its name
        await ScreenshotAsync("compliance");

        // The file behind the export link, fetched with the page's own sign-in.
        var href = await compliance.Export.GetAttributeAsync("href");
        var download = await Page.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);
        Assert.Contains("attachment", download.Headers["content-disposition"], StringComparison.Ordinal);

        // A booking put on the administrator's desk shows on their dashboard with its deadline.
        await RaiseAsync("booking.submitted", "B-3", Pages.Console.Email);
        await Page.GotoAsync("/");
        var due = Page.Locator("[data-test=my-due-items]");
        await Expect(due.Locator("[data-test=due-item]")).ToHaveCountAsync(1);
        await Expect(due).ToContainTextAsync("预约匹配咨询师");
        await Expect(due).ToContainTextAsync("booking · B-3");
        await Expect(due.Locator("[data-test=due-at]")).ToContainTextAsync("截止 ");
        await ScreenshotAsync("dashboard-due-items");
    }

    async Task<List<int>> RunByAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await (from t in db.Set<RuleTimer>().IgnoreQueryFilters()
                      join v in db.Set<PackVersion>() on t.PackVersionId equals v.Id
                      where t.RuleId == Rule
                      select v.Number).Distinct().ToListAsync();
    }
}
