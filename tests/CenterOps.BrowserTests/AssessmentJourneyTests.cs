using System.Text.Json;
using CenterOps.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CenterOps.BrowserTests;

/// <summary>A counsellor enters a client's scale, reads the suggestion, confirms the conclusion and hands over the report.</summary>
public sealed class AssessmentJourneyTests(Browser browser) : Journey(browser)
{
    /// <summary>Reception's part (its pages are the Clients module's): a booked, consenting, screened client.</summary>
    async Task<string> ScreenedClientAsync()
    {
        var registered = await Page.APIRequest.PostAsync("/api/crm/clients", new()
        {
            DataObject = new
            {
                client = new { name = "王芳", phone = "13900001111", gender = "Female", age = 26, channel = "WalkIn", initialNeed = "入职两个月，融入困难", intake = new { career_stage = "new-hire" } },
                consent = new { consentId = "mini-sensitive", channel = "InPerson" },
            },
        });
        Assert.True(registered.Ok, await registered.TextAsync());
        var id = JsonDocument.Parse(await registered.TextAsync()).RootElement.GetProperty("id").GetString()!;
        var screened = await Page.APIRequest.PostAsync($"/api/crm/clients/{id}/screenings", new()
        {
            DataObject = new { answers = new Dictionary<string, bool> { ["can_describe"] = true, ["online_ability"] = true, ["severe_condition"] = false } },
        });
        Assert.True(screened.Ok, await screened.TextAsync());
        return id;
    }

    async Task AnswerAsync(string item, string label) =>
        await Page.Locator($"[data-test=item-{item}] .mud-radio").Filter(new() { HasText = label }).First.ClickAsync();

    [Fact]
    [Trait("Requirement", "CARE-1")]
    [Trait("Requirement", "CARE-2")]
    public async Task The_counsellor_scores_a_scale_confirms_the_conclusion_and_delivers_the_report()
    {
        await Pages.Console.SetUpAndSignInAsync(Page);
        var client = await ScreenedClientAsync();
        await Page.GotoAsync($"/clients/{client}/assessment");
        await new Shell(Page).ReadyAsync();
        await Expect(Page.Locator("[data-test=assessment-title]")).ToContainTextAsync("王芳");

        await Page.ClickAsync("[data-test=fill-mini-scale]");
        await AnswerAsync("a1", "经常");
        await Page.ClickAsync("[data-test=save-scale]");
        await Expect(Page.Locator("[data-test=error-answers\\.a2]")).ToContainTextAsync("请填写");
        await AnswerAsync("a2", "很少");
        await AnswerAsync("b1", "有时");
        await AnswerAsync("b2", "有时");
        await Page.ClickAsync("[data-test=save-scale]");

        // Cognitive (4 + 6−2) / 2 = 4.00 severe, interpersonal 3.00; total 3.50 severe.
        var scores = Page.Locator("[data-test=scores-mini-scale]");
        await Expect(scores).ToContainTextAsync("4.00");
        await Expect(scores).ToContainTextAsync("3.50");
        await Expect(Page.Locator("[data-test=suggestion]")).ToContainTextAsync("认知型，重度");

        // The counsellor keeps the suggestion here (changing it is proved through the API in AssessmentTests).
        await Pages.Console.Input(Page, "talk-minutes").FillAsync("18");
        await Page.Locator("textarea[data-test=talk-notes], [data-test=talk-notes] textarea").First.FillAsync("岗位要求不清，已约定下次带岗位说明书。");
        await Page.ClickAsync("[data-test=complete]");
        await Expect(Page.Locator("[data-test=conclusion]")).ToContainTextAsync("认知型，重度");
        await ScreenshotAsync("assessment");

        var pdf = await Page.APIRequest.GetAsync(await Page.Locator("[data-test=report-pdf]").GetAttributeAsync("href") ?? "");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await Page.ClickAsync("[data-test=delivered]");
        await Expect(Page.Locator("[data-test=delivered-at]")).ToContainTextAsync("已送达");
    }
}
