using System.Net;
using System.Net.Http.Json;
using CenterOps.Tests.Infrastructure;

namespace CenterOps.Tests.Security;

public sealed class SignInTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    [Trait("Requirement", "SEC-1")]
    public async Task A_call_without_signing_in_is_answered_401_problem_json()
    {
        var anonymous = app.NewClient();
        foreach (var url in new[] { "/api/org/employees", "/api/org/departments", "/api/audit/entries", "/api/compliance/report" })
        {
            var problem = await (await anonymous.GetAsync(url)).AssertProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Equal("请先登录。", problem.GetProperty("title").GetString());
        }
        // The console, by contrast, sends a person to the sign-in page.
        var page = await anonymous.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    [Trait("Requirement", "SEC-1")]
    [Trait("Requirement", "ORG-2")]
    public async Task A_role_without_the_permission_gets_403()
    {
        var clerk = await app.SignedInAsync("staff"); // org.read only
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/org/employees")).StatusCode);

        await (await clerk.PostAsJsonAsync("/api/org/departments", new { name = "越权部门" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await clerk.GetAsync("/api/audit/entries")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await clerk.PostAsJsonAsync($"/api/org/employees/{Guid.NewGuid()}/account", new { email = "x@test.cn", password = "Abcdef12" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Requirement", "SEC-1")]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = $"locked-{Guid.NewGuid():N}@test.cn";
        await app.CreateUserAsync(email, "staff", app.CentreId);
        var client = app.NewClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await (await client.PostAsJsonAsync("/api/account/login", new { email, password = "wrong-pass1" }))
                .AssertProblemAsync(HttpStatusCode.Unauthorized);
            Assert.EndsWith("sign-in-failed", wrong.GetProperty("type").GetString(), StringComparison.Ordinal);
        }
        var fifth = await (await client.PostAsJsonAsync("/api/account/login", new { email, password = "wrong-pass1" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.EndsWith("locked-out", fifth.GetProperty("type").GetString(), StringComparison.Ordinal);

        var right = await (await client.PostAsJsonAsync("/api/account/login", new { email, password = TestApp.Password }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.EndsWith("locked-out", right.GetProperty("type").GetString(), StringComparison.Ordinal);
        await (await client.GetAsync("/api/org/employees")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Requirement", "SEC-1")]
    public async Task An_administrator_must_set_up_two_factor_before_doing_anything_and_then_always_signs_in_with_a_code()
    {
        var admin = app.NewClient();
        var signedIn = await admin.PostOkAsync("/api/account/login", new { email = TestApp.AdminEmail, password = TestApp.Password });
        Assert.Equal("SignedIn", signedIn.GetProperty("status").GetString());

        // Signed in, but every permission is withheld until an authenticator is enrolled.
        var blocked = await (await admin.GetAsync("/api/org/employees")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("您的角色要求先启用两步验证。", blocked.GetProperty("title").GetString());
        Assert.True((await admin.GetJsonAsync("/api/account/me")).GetProperty("twoFactorSetupRequired").GetBoolean());

        var setup = await admin.GetFromJsonAsync<TestApp.TwoFactorSetup>("/api/account/two-factor");
        Assert.StartsWith("otpauth://totp/", setup!.AuthenticatorUri, StringComparison.Ordinal);
        var wrongCode = await (await admin.PostAsJsonAsync("/api/account/two-factor", new { code = "000000" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrongCode.FieldErrors("code"));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync("/api/account/two-factor", new { code = TestApp.TotpCode(setup.SharedKey) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/org/employees")).StatusCode);

        // From now on the password alone is not enough.
        var next = app.NewClient();
        var half = await next.PostOkAsync("/api/account/login", new { email = TestApp.AdminEmail, password = TestApp.Password });
        Assert.Equal("TwoFactorRequired", half.GetProperty("status").GetString());
        await (await next.GetAsync("/api/org/employees")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var badCode = await next.PostAsJsonAsync("/api/account/login", new { email = TestApp.AdminEmail, password = TestApp.Password, code = "123456" });
        await badCode.AssertProblemAsync(HttpStatusCode.Unauthorized);
        var full = await next.PostOkAsync("/api/account/login",
            new { email = TestApp.AdminEmail, password = TestApp.Password, code = TestApp.TotpCode(setup.SharedKey) });
        Assert.Equal("SignedIn", full.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/api/org/employees")).StatusCode);
    }

    [Fact]
    [Trait("Requirement", "SEC-1")]
    public async Task Signing_out_ends_the_session()
    {
        var manager = await app.SignedInAsync("manager");
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PostAsync("/api/account/logout", null)).StatusCode);
        await (await manager.GetAsync("/api/org/employees")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Requirement", "SEC-1")]
    public async Task First_run_set_up_is_refused_once_the_installation_has_a_sign_in()
    {
        var again = await app.NewClient().PostAsJsonAsync("/api/setup", new
        {
            centreName = "第二次",
            pack = "mini",
            adminName = "某人",
            email = "someone@test.cn",
            password = "Another#2026",
        });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
