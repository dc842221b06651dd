using System.Net;
using System.Net.Http.Json;
using CenterOps.Tests.Infrastructure;
using CenterOps.Tests.Organization;

namespace CenterOps.Tests.Security;

public sealed class RolePermissionTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    [Trait("Requirement", "ORG-2")]
    [Trait("Requirement", "SEC-1")]
    public async Task Granting_a_permission_to_a_role_lets_its_holders_do_it_at_their_next_sign_in()
    {
        var email = $"clerk-{Guid.NewGuid():N}@test.cn";
        await app.CreateUserAsync(email, "staff", app.CentreId);
        var clerk = app.NewClient();
        await clerk.PostOkAsync("/api/account/login", new { email, password = TestApp.Password });
        var ops = await clerk.DepartmentAsync("运营部");
        await (await clerk.PostAsJsonAsync("/api/org/departments", new { name = "行政部", parentId = ops }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);

        var admin = await app.AdminAsync();
        var role = (await admin.GetJsonAsync("/api/org/roles")).EnumerateArray().Single(r => r.GetProperty("key").GetString() == "staff");
        var changed = await admin.PutAsJsonAsync($"/api/org/roles/{role.Id()}", new
        {
            version = role.GetProperty("version").GetGuid(),
            name = "职员",
            permissions = new[] { "org.read", "org.manage" },
            requiresTwoFactor = false,
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var again = app.NewClient();
        await again.PostOkAsync("/api/account/login", new { email, password = TestApp.Password });
        Assert.Equal(HttpStatusCode.Created, (await again.PostAsJsonAsync("/api/org/departments", new { name = "行政部", parentId = ops })).StatusCode);
    }
}
