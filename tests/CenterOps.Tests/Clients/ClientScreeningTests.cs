using System.Net;
using System.Net.Http.Json;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Clients;

/// <summary>CRM-3: admission screening by the pack's criteria; a client in crisis is referred and never served.</summary>
public sealed class ClientScreeningTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [Trait("Requirement", "CRM-3")]
    [InlineData(17)]
    [InlineData(61)]
    public async Task A_client_outside_the_age_range_is_not_eligible_and_service_does_not_start(int age)
    {
        var staff = await app.SignedInAsync("manager");
        var client = await staff.ConsentedClientAsync($"年龄{age}", age: age);
        var screened = await (await staff.ScreenAsync(client)).JsonAsync();
        Assert.Equal("NotEligible", screened.GetProperty("result").GetString());
        Assert.Equal(["age"], screened.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        var file = await staff.GetJsonAsync($"/api/crm/clients/{client}");
        Assert.Equal("NotEligible", file.GetProperty("status").GetString());
        var start = await staff.PostAsJsonAsync($"/api/crm/clients/{client}/start", new { version = file.GetProperty("version").GetGuid() });
        Assert.Contains("准入", (await start.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Requirement", "CRM-3")]
    [InlineData(18)]
    [InlineData(60)]
    public async Task A_client_at_the_edge_of_the_age_range_who_meets_every_criterion_is_eligible_and_can_start(int age)
    {
        var staff = await app.SignedInAsync("manager");
        var client = await staff.ConsentedClientAsync($"边界{age}", age: age);
        var file = await staff.GetJsonAsync($"/api/crm/clients/{client}");
        // Not screened yet: the regulation screens first.
        var early = await staff.PostAsJsonAsync($"/api/crm/clients/{client}/start", new { version = file.GetProperty("version").GetGuid() });
        await early.AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Eligible", (await (await staff.ScreenAsync(client)).JsonAsync()).GetProperty("result").GetString());
        file = await staff.GetJsonAsync($"/api/crm/clients/{client}");
        var started = await staff.PostAsJsonAsync($"/api/crm/clients/{client}/start", new { version = file.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("InService", (await started.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Requirement", "CRM-3")]
    public async Task A_client_who_cannot_describe_the_difficulty_or_lacks_online_ability_is_not_eligible()
    {
        var staff = await app.SignedInAsync("manager");
        var client = await staff.ConsentedClientAsync("无法在线");
        var screened = await (await staff.ScreenAsync(client, canDescribe: false, online: false)).JsonAsync();
        Assert.Equal("NotEligible", screened.GetProperty("result").GetString());
        Assert.Equal(["can_describe", "online_ability"], screened.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    [Trait("Requirement", "CRM-3")]
    public async Task A_client_in_acute_crisis_is_referred_the_referral_recorded_and_every_later_step_refused()
    {
        var staff = await app.SignedInAsync("manager");
        var client = await staff.ConsentedClientAsync("危机客户", age: 35);
        var timer = await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
            .SingleAsync(t => t.SubjectType == "client" && t.SubjectId == client.ToString()));
        Assert.Equal(TimerState.Open, timer.State);

        var screened = await (await staff.ScreenAsync(client, severe: true)).JsonAsync();
        Assert.Equal("Referred", screened.GetProperty("result").GetString());
        Assert.Equal("Referred", screened.GetProperty("status").GetString());
        // Nobody is to be matched to a referred client: the booking's match clock stops.
        timer = await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters().SingleAsync(t => t.Id == timer.Id));
        Assert.Equal(TimerState.Cancelled, timer.State);

        var referredAt = app.Clock.GetUtcNow().AddMinutes(-10);
        var referral = await staff.PostAsJsonAsync($"/api/crm/clients/{client}/referral", new
        {
            institution = "上海市精神卫生中心",
            referredAt,
            howInformed = "当面告知客户及其家属，并提供机构地址与急诊电话",
        });
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        var again = await staff.PostAsJsonAsync($"/api/crm/clients/{client}/referral", new { institution = "别处", referredAt, howInformed = "电话" });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);

        var file = await staff.GetJsonAsync($"/api/crm/clients/{client}");
        Assert.Equal("Referred", file.GetProperty("status").GetString());
        var recorded = file.GetProperty("referral");
        Assert.Equal("上海市精神卫生中心", recorded.GetProperty("institution").GetString());
        Assert.False(string.IsNullOrEmpty(recorded.GetProperty("referredBy").GetString()));
        Assert.False(file.GetProperty("service").GetProperty("allowed").GetBoolean());

        // Later steps: starting service, screening again, and any module asking the gate.
        var start = await staff.PostAsJsonAsync($"/api/crm/clients/{client}/start", new { version = file.GetProperty("version").GetGuid() });
        Assert.Contains("转介", (await start.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString(), StringComparison.Ordinal);
        await (await staff.ScreenAsync(client)).AssertProblemAsync(HttpStatusCode.Conflict);
        var check = await GateAsync(client);
        Assert.Equal((false, ServiceRefusal.Referred), (check.Allowed, check.Refusal));
        Assert.Contains("转介", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Requirement", "CRM-3")]
    public async Task Screening_answers_are_checked_and_bad_ones_store_nothing()
    {
        var staff = await app.SignedInAsync("manager");
        var client = await staff.ConsentedClientAsync("答案不全");
        var partial = await staff.PostAsJsonAsync($"/api/crm/clients/{client}/screenings", new
        {
            answers = new Dictionary<string, bool> { ["can_describe"] = true, ["likes_cats"] = true },
        });
        var problem = await partial.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("answers.online_ability"));
        Assert.NotEmpty(problem.FieldErrors("answers.severe_condition"));
        Assert.NotEmpty(problem.FieldErrors("answers.likes_cats"));

        var unknownAge = (await staff.RegisterAsync(ClientData.Client("年龄未知", age: null, intake: new { career_stage = "new-hire" }), ClientData.Consent)).Id();
        Assert.NotEmpty((await (await staff.ScreenAsync(unknownAge)).AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("age"));

        var file = await staff.GetJsonAsync($"/api/crm/clients/{client}");
        Assert.Empty(file.GetProperty("screenings").EnumerateArray());
        Assert.Equal("Registered", file.GetProperty("status").GetString());

        var referral = await staff.PostAsJsonAsync($"/api/crm/clients/{client}/referral", new { institution = "", howInformed = new string('长', 600) });
        problem = await referral.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("institution"));
        Assert.NotEmpty(problem.FieldErrors("referredAt"));
        Assert.NotEmpty(problem.FieldErrors("howInformed"));
    }

    Task<ClientServiceCheck> GateAsync(Guid client) => app.WithScopeAsync(async sp =>
    {
        // The gate answers for the signed-in staff's centre, as inside a request.
        var principal = sp.GetRequiredService<Platform.Security.StaffPrincipal>();
        principal.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(Platform.Security.StaffClaims.Centre, app.CentreId.ToString())], "test"));
        return await sp.GetRequiredService<IClientGate>().CheckAsync(client, CancellationToken.None);
    });
}
