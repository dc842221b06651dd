using System.Net;
using System.Net.Http.Json;
using System.Text;
using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Organization.Setup;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Clients;

/// <summary>CRM-1/CRM-2/SEC-2: reception registers bookings of individual clients, with consent before sensitive details.</summary>
public sealed class ClientRegistrationTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    [Trait("Requirement", "CRM-1")]
    [Trait("Requirement", "CRM-2")]
    [Trait("Requirement", "SEC-2")]
    public async Task A_booking_is_registered_with_consent_and_intake_found_by_phone_and_audited_when_opened()
    {
        var staff = await app.SignedInAsync("manager");
        var intake = new { career_stage = "new-hire", industry = "互联网", years_in_job = 1, started_on = "2026-09-01", remote = false };
        var created = await staff.RegisterAsync(ClientData.Client("林晓", phone: "+86 139-0000-1111", intake: intake, channel: "WeChatMiniProgram"),
            ClientData.Consent);
        Assert.Equal("Registered", created.GetProperty("status").GetString());

        var file = await staff.GetJsonAsync($"/api/crm/clients/{created.Id()}");
        Assert.Equal("13900001111", file.GetProperty("phone").GetString()); // stored as digits
        Assert.Equal("WeChatMiniProgram", file.GetProperty("channel").GetString());
        Assert.Equal("new-hire", file.GetProperty("intake").GetProperty("career_stage").GetString());
        Assert.Equal(1, file.GetProperty("intake").GetProperty("years_in_job").GetInt32());
        var consent = file.GetProperty("consents").EnumerateArray().Single();
        Assert.Equal(("mini-sensitive", 2, "InPerson"), (consent.GetProperty("consentId").GetString(), consent.GetProperty("consentVersion").GetInt32(),
            consent.GetProperty("channel").GetString()));
        Assert.False(string.IsNullOrEmpty(consent.GetProperty("recordedBy").GetString()));

        var found = await staff.GetJsonAsync("/api/crm/clients?search=139 0000 1111");
        var item = found.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("139****1111", item.GetProperty("phone").GetString()); // masked in the list
        Assert.Equal(1, (await staff.GetJsonAsync("/api/crm/clients?search=林晓&channel=WeChatMiniProgram")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await staff.GetJsonAsync("/api/crm/clients?search=林晓&channel=Hotline")).GetProperty("total").GetInt32());

        var reads = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Client) && a.EntityId == created.Id().ToString()
            && a.Action == Platform.Audit.AuditAction.Read));
        Assert.Equal(1, reads);
    }

    [Fact]
    [Trait("Requirement", "CRM-2")]
    [Trait("Requirement", "POL-1")]
    public async Task A_booking_opens_the_match_timer_in_the_same_unit_of_work()
    {
        var staff = await app.SignedInAsync("manager");
        var created = await staff.RegisterAsync(ClientData.Client("计时客户"));
        var timer = await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
            .SingleAsync(t => t.SubjectType == "client" && t.SubjectId == created.Id().ToString()));
        Assert.Equal("MINI-MATCH-2H", timer.RuleId);
        Assert.Equal(TimerState.Open, timer.State);
    }

    [Fact]
    [Trait("Requirement", "CRM-1")]
    public async Task The_same_phone_answers_409_with_the_existing_client_until_confirmed_a_different_person()
    {
        var staff = await app.SignedInAsync("manager");
        var phone = ClientData.NewPhone();
        var first = await staff.RegisterAsync(ClientData.Client("王芳", phone: phone));

        var again = await staff.TryRegisterAsync(ClientData.Client("王芳芳", phone: $"{phone[..3]}-{phone[3..7]}-{phone[7..]}"));
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(first.Id(), problem.GetProperty("existingClientId").GetGuid());
        Assert.Equal("王芳", problem.GetProperty("existingClientName").GetString());
        Assert.Contains("王芳", problem.GetProperty("title").GetString(), StringComparison.Ordinal);

        var confirmed = await staff.RegisterAsync(ClientData.Client("王芳芳", phone: phone), confirmed: true);
        Assert.NotEqual(first.Id(), confirmed.Id());
        Assert.Equal(2, (await staff.GetJsonAsync($"/api/crm/clients?search={phone}")).GetProperty("total").GetInt32());
    }

    [Fact]
    [Trait("Requirement", "CRM-2")]
    public async Task Intake_answers_are_checked_against_the_packs_form_and_nothing_is_stored_when_one_is_wrong()
    {
        var staff = await app.SignedInAsync("manager");
        var before = await app.CountAsync<Client>();
        var wrong = await staff.TryRegisterAsync(ClientData.Client("表单错误", intake: new
        {
            industry = 42,
            years_in_job = 99,
            started_on = "下周一",
            remote = "yes",
            shoe_size = 38,
        }), ClientData.Consent);
        var problem = await wrong.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("intake.career_stage")); // required, missing
        Assert.NotEmpty(problem.FieldErrors("intake.industry")); // text expected
        Assert.NotEmpty(problem.FieldErrors("intake.years_in_job")); // above max
        Assert.NotEmpty(problem.FieldErrors("intake.started_on")); // not a date
        Assert.NotEmpty(problem.FieldErrors("intake.remote")); // not a boolean
        Assert.NotEmpty(problem.FieldErrors("intake.shoe_size")); // not on the form

        var badOption = await staff.TryRegisterAsync(ClientData.Client("选项错误", intake: new { career_stage = "astronaut" }), ClientData.Consent);
        Assert.NotEmpty((await badOption.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("intake.career_stage"));
        Assert.Equal(before, await app.CountAsync<Client>());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ConsentRecord>().IgnoreQueryFilters().CountAsync(c => c.RecordedBy == "")));
    }

    [Fact]
    [Trait("Requirement", "SEC-2")]
    public async Task Intake_details_without_a_recorded_consent_are_refused_and_accepted_once_it_is_recorded()
    {
        var staff = await app.SignedInAsync("manager");
        var before = await app.CountAsync<Client>();
        var refused = await staff.TryRegisterAsync(ClientData.Client("未同意", intake: new { career_stage = "transferred" }));
        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("同意", problem.FieldErrors("consent").Single(), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync<Client>());

        // Without intake details the booking is taken; the details follow the consent.
        var client = await staff.RegisterAsync(ClientData.Client("后补同意"));
        var file = await staff.GetJsonAsync($"/api/crm/clients/{client.Id()}");
        var update = new
        {
            version = file.GetProperty("version").GetGuid(),
            client = ClientData.Client("后补同意", phone: file.GetProperty("phone").GetString(),
            intake: new { career_stage = "transferred" })
        };
        var noConsent = await staff.PutAsJsonAsync($"/api/crm/clients/{client.Id()}", update);
        Assert.NotEmpty((await noConsent.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("consent"));
        await (await staff.ScreenAsync(client.Id())).AssertProblemAsync(HttpStatusCode.Conflict);

        await staff.PostOkAsync($"/api/crm/clients/{client.Id()}/consents", new { consentId = "mini-sensitive", channel = "Paper" });
        var saved = await staff.PutAsJsonAsync($"/api/crm/clients/{client.Id()}", update);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        file = await staff.GetJsonAsync($"/api/crm/clients/{client.Id()}");
        Assert.Equal("transferred", file.GetProperty("intake").GetProperty("career_stage").GetString());

        // A stale version is refused.
        var stale = await staff.PutAsJsonAsync($"/api/crm/clients/{client.Id()}", update);
        await stale.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    [Trait("Requirement", "CRM-1")]
    public async Task Bad_input_answers_400_problem_json_and_changes_nothing()
    {
        var staff = await app.SignedInAsync("manager");
        var before = await app.CountAsync<Client>();

        var missing = await staff.PostAsJsonAsync("/api/crm/clients", new { client = new { } });
        var problem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("name"));
        Assert.NotEmpty(problem.FieldErrors("phone"));
        Assert.NotEmpty(problem.FieldErrors("channel"));

        var huge = await staff.TryRegisterAsync(ClientData.Client(new string('长', 10 * 1024 * 1024)));
        Assert.NotEmpty((await huge.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("name"));

        var malformed = await staff.PostAsync("/api/crm/clients", new StringContent("{\"client\": {\"name\": ", Encoding.UTF8, "application/json"));
        await malformed.AssertProblemAsync(HttpStatusCode.BadRequest);
        var wrongType = await staff.PostAsync("/api/crm/clients", new StringContent("{\"client\": {\"name\": \"甲\", \"age\": \"old\"}}",
            Encoding.UTF8, "application/json"));
        await wrongType.AssertProblemAsync(HttpStatusCode.BadRequest);
        var badPhone = await staff.TryRegisterAsync(ClientData.Client("电话错", phone: "abc"));
        Assert.NotEmpty((await badPhone.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("phone"));
        Assert.Equal(before, await app.CountAsync<Client>());

        // Markup is data: kept as typed and given back as text, never interpreted.
        const string script = "<script>alert(1)</script>";
        var stored = await staff.RegisterAsync(ClientData.Client(script, initialNeed: "<img src=x onerror=alert(2)>"));
        var response = await staff.GetAsync($"/api/crm/clients/{stored.Id()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var file = await response.JsonAsync();
        Assert.Equal(script, file.GetProperty("name").GetString());

        await (await staff.GetAsync($"/api/crm/clients/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Requirement", "SEC-1")]
    [Trait("Requirement", "SEC-2")]
    public async Task Staff_without_clients_read_are_refused_and_another_centres_client_is_not_found()
    {
        var clerk = await app.SignedInAsync("staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/crm/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/crm/clients", new { client = ClientData.Client("越权") })).StatusCode);

        Guid centreB = default;
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var centre = await CentreFromPack.CreateAsync(db, sp.GetRequiredService<PackStore>(), sp.GetRequiredService<PackCatalog>(),
                "mini", "另一家中心", "北京", null, CancellationToken.None);
            await db.SaveChangesAsync();
            centreB = centre.Id;
        });
        var staffB = await app.SignedInAsync("manager", centreB);
        var clientB = await staffB.ConsentedClientAsync("乙中心客户");
        var staffA = await app.SignedInAsync("manager");
        await (await staffA.GetAsync($"/api/crm/clients/{clientB}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await staffA.ScreenAsync(clientB)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await staffA.PostAsJsonAsync($"/api/crm/clients/{clientB}/consents", ClientData.Consent)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await staffA.GetJsonAsync("/api/crm/clients?search=乙中心")).GetProperty("items").EnumerateArray(), _ => true);
    }
}
