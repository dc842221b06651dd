using System.Net;
using System.Net.Http.Json;
using CenterOps.Modules.Organization.Setup;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Tests.Infrastructure;
using CenterOps.Tests.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Security;

/// <summary>SEC-1: staff of centre A cannot read or change anything of centre B, even knowing the ids.</summary>
public sealed class CentreIsolationTests(TestApp app) : IClassFixture<TestApp>
{
    async Task<Guid> CentreBAsync()
    {
        Guid id = default;
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var centre = await CentreFromPack.CreateAsync(db, sp.GetRequiredService<PackStore>(), sp.GetRequiredService<PackCatalog>(),
                "mini", "另一家公司的中心", "北京", null, CancellationToken.None);
            await db.SaveChangesAsync();
            id = centre.Id;
        });
        return id;
    }

    [Fact]
    [Trait("Requirement", "SEC-1")]
    public async Task Records_of_another_centre_are_not_found_by_id()
    {
        var centreB = await CentreBAsync();
        var staffB = await app.SignedInAsync("manager", centreB);
        var employeeB = await staffB.HireAsync("乙中心员工");
        var departmentB = await staffB.DepartmentAsync("运营部");
        var rolesB = await staffB.GetJsonAsync("/api/org/roles");

        var staffA = await app.SignedInAsync("manager");
        await (await staffA.GetAsync($"/api/org/employees/{employeeB.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await staffA.PutAsJsonAsync($"/api/org/employees/{employeeB.Id()}", new
        {
            version = employeeB.GetProperty("version").GetGuid(),
            employee = new { name = "篡改", departmentId = departmentB, positionId = Guid.NewGuid(), yearsOfExperience = 1 },
        })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await staffA.DeleteAsync($"/api/org/employees/{employeeB.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await staffA.DeleteAsync($"/api/org/departments/{departmentB}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await staffA.PutAsJsonAsync($"/api/org/departments/{departmentB}", new { version = Guid.Empty, department = new { name = "篡改" } }))
            .AssertProblemAsync(HttpStatusCode.NotFound);

        // Using B's department for an A employee is refused as an unknown option, not silently accepted.
        var crossRef = await staffA.PostAsJsonAsync("/api/org/employees", new
        {
            name = "跨中心",
            departmentId = departmentB,
            positionId = await staffA.PositionAsync("咨询师"),
            yearsOfExperience = 1,
        });
        Assert.NotEmpty((await crossRef.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("departmentId"));

        // Lists show only A's own rows.
        var listA = await staffA.GetJsonAsync("/api/org/employees?pageSize=200");
        Assert.DoesNotContain(listA.GetProperty("items").EnumerateArray(), e => e.Id() == employeeB.Id());
        var roleB = rolesB.EnumerateArray().First();
        Assert.DoesNotContain((await staffA.GetJsonAsync("/api/org/roles")).EnumerateArray(), r => r.Id() == roleB.Id());

        // B's record is untouched.
        Assert.Equal("乙中心员工", (await staffB.GetJsonAsync($"/api/org/employees/{employeeB.Id()}")).GetProperty("name").GetString());
    }
}
