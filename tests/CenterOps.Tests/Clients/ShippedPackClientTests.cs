using System.Net;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Tests.Clients;

/// <summary>A centre running the shipped workplace-adaptation regulation.</summary>
public sealed class WorkplaceAdaptationApp : IAsyncLifetime
{
    public TestApp App { get; } = new TestApp().WithShippedPack("workplace-adaptation");

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>A centre running the shipped postpartum-recovery regulation.</summary>
public sealed class PostpartumApp : IAsyncLifetime
{
    public TestApp App { get; } = new TestApp().WithShippedPack("postpartum-recovery");

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>CRM-2/CRM-3/SEC-2 on the real WA regulation: its booking form, its consent wording, WA-MATCH-2H and its screening.</summary>
public sealed class WorkplaceAdaptationClientTests(WorkplaceAdaptationApp fixture) : IClassFixture<WorkplaceAdaptationApp>
{
    static readonly object Consent = new { consentId = "wa-sensitive-information", channel = "Online" };

    [Fact]
    [Trait("Requirement", "CRM-2")]
    [Trait("Requirement", "CRM-3")]
    public async Task A_wa_booking_asks_the_career_stage_opens_the_2h_match_timer_and_a_crisis_is_referred()
    {
        var app = fixture.App;
        var cs = await app.SignedInAsync("cs-specialist");
        var bad = await cs.TryRegisterAsync(ClientData.Client("职业阶段缺失", intake: new { industry = "金融", scenario = "moon-landing" }), Consent);
        var problem = await bad.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("intake.career_stage"));
        Assert.NotEmpty(problem.FieldErrors("intake.scenario"));

        var client = (await cs.RegisterAsync(ClientData.Client("周婷", age: 28,
            intake: new { career_stage = "promoted", scenario = "role-change", industry = "金融", position = "团队主管" }), Consent)).Id();
        var timer = await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
            .SingleAsync(t => t.SubjectType == "client" && t.SubjectId == client.ToString() && t.RuleId == "WA-MATCH-2H"));
        Assert.True(timer.DueAt > app.Clock.GetUtcNow()); // 2 business hours on the centre's calendar

        var screened = await (await cs.ScreenAsync(client, severe: true)).JsonAsync();
        Assert.Equal("Referred", screened.GetProperty("result").GetString());
        var file = await cs.GetJsonAsync($"/api/crm/clients/{client}");
        Assert.Equal("wa-sensitive-information", file.GetProperty("consents")[0].GetProperty("consentId").GetString());
        Assert.Contains("转介", file.GetProperty("service").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Requirement", "SEC-2")]
    public async Task Roles_the_regulation_keeps_away_from_client_data_are_refused()
    {
        var marketing = await fixture.App.SignedInAsync("marketing-specialist");
        Assert.Equal(HttpStatusCode.Forbidden, (await marketing.GetAsync("/api/crm/clients")).StatusCode);
    }
}

/// <summary>CRM-2 on the real PR regulation: the delivery details it asks, and no screening to pass.</summary>
public sealed class PostpartumClientTests(PostpartumApp fixture) : IClassFixture<PostpartumApp>
{
    static readonly object Consent = new { consentId = "pr-sensitive-information", channel = "Paper" };

    [Fact]
    [Trait("Requirement", "CRM-2")]
    public async Task A_pr_client_gives_the_delivery_details_checked_by_type_and_can_start_without_screening()
    {
        var app = fixture.App;
        var reception = await app.SignedInAsync("cs-specialist");
        var bad = await reception.TryRegisterAsync(ClientData.Client("产妇甲", intake: new
        {
            delivery_date = "2026-13-40",
            delivery_type = "helicopter",
            weeks_since_delivery = 300,
            contraindications = new string('忌', 501),
        }), Consent);
        var problem = await bad.AssertProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "delivery_date", "delivery_type", "weeks_since_delivery", "contraindications" })
        {
            Assert.NotEmpty(problem.FieldErrors($"intake.{field}"));
        }
        var wa = await reception.TryRegisterAsync(ClientData.Client("产妇乙", intake: new { career_stage = "new-hire" }), Consent);
        Assert.NotEmpty((await wa.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("intake.career_stage"));

        var client = (await reception.RegisterAsync(ClientData.Client("产妇丙", channel: "WalkIn", intake: new
        {
            delivery_date = "2026-10-08",
            delivery_type = "caesarean",
            weeks_since_delivery = 8,
            contraindications = "剖宫产切口未完全愈合，避免腹部高强度训练",
        }), Consent)).Id();
        var file = await reception.GetJsonAsync($"/api/crm/clients/{client}");
        Assert.Equal("caesarean", file.GetProperty("intake").GetProperty("delivery_type").GetString());
        Assert.True(file.GetProperty("service").GetProperty("allowed").GetBoolean());
        await (await reception.ScreenAsync(client)).AssertProblemAsync(HttpStatusCode.Conflict); // the regulation has no screening
    }
}
