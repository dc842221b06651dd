using System.Net;
using System.Net.Http.Json;
using CenterOps.Modules.Organization.Domain;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Tests.Organization;

public sealed class OrganizationTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    [Trait("Requirement", "ORG-1")]
    [Trait("Requirement", "ORG-2")]
    public async Task A_new_centre_is_laid_out_from_its_pack_with_departments_positions_and_roles()
    {
        var manager = await app.SignedInAsync("manager");

        var departments = (await manager.GetJsonAsync("/api/org/departments")).EnumerateArray().ToList();
        var care = departments.Single(d => d.GetProperty("name").GetString() == "咨询部");
        Assert.Equal("运营部", care.GetProperty("parent").GetString()); // 咨询部 sits under 运营部, and is listed after it
        Assert.True(departments.FindIndex(d => d.GetProperty("name").GetString() == "运营部") < departments.IndexOf(care));

        var positions = (await manager.GetJsonAsync("/api/org/positions")).EnumerateArray().ToList();
        var counsellor = positions.Single(p => p.GetProperty("name").GetString() == "咨询师");
        Assert.Equal("经理", counsellor.GetProperty("reportsTo").GetString());
        Assert.Equal("职员", counsellor.GetProperty("role").GetString());

        var roles = (await manager.GetJsonAsync("/api/org/roles")).EnumerateArray().ToList();
        var admin = roles.Single(r => r.GetProperty("key").GetString() == "administrator");
        Assert.True(admin.GetProperty("requiresTwoFactor").GetBoolean());
        var staff = roles.Single(r => r.GetProperty("key").GetString() == "staff");
        Assert.Equal(["org.read"], staff.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    [Trait("Requirement", "ORG-1")]
    public async Task A_department_is_created_renamed_and_deleted_once_empty()
    {
        var manager = await app.SignedInAsync("manager");
        var ops = await manager.DepartmentAsync("运营部");
        var created = await manager.PostOkAsync("/api/org/departments", new { name = "客户服务部", parentId = ops, description = "2小时内响应客户" });

        var renamed = await manager.PutAsJsonAsync($"/api/org/departments/{created.Id()}",
            new { version = created.GetProperty("version").GetGuid(), department = new { name = "客服部", parentId = ops } });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var listed = (await manager.GetJsonAsync("/api/org/departments?search=客服")).EnumerateArray().Single();
        Assert.Equal("客服部", listed.GetProperty("name").GetString());
        Assert.Equal("运营部", listed.GetProperty("parent").GetString());

        // The same name twice in one centre is refused with a field message.
        var duplicate = await manager.PostAsJsonAsync("/api/org/departments", new { name = "客服部" });
        var problem = await duplicate.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("name"));

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/org/departments/{created.Id()}")).StatusCode);
        Assert.Empty((await manager.GetJsonAsync("/api/org/departments?search=客服")).EnumerateArray());
    }

    [Fact]
    [Trait("Requirement", "ORG-1")]
    public async Task A_department_with_staff_or_sub_departments_cannot_be_deleted_or_put_under_its_own_child()
    {
        var manager = await app.SignedInAsync("manager");
        var ops = await manager.DepartmentAsync("运营部");
        var care = await manager.DepartmentAsync("咨询部");

        var refused = await manager.DeleteAsync($"/api/org/departments/{ops}");
        await refused.AssertProblemAsync(HttpStatusCode.Conflict);

        var departments = await manager.GetJsonAsync("/api/org/departments");
        var opsVersion = departments.EnumerateArray().Single(d => d.Id() == ops).GetProperty("version").GetGuid();
        var loop = await manager.PutAsJsonAsync($"/api/org/departments/{ops}",
            new { version = opsVersion, department = new { name = "运营部", parentId = care } });
        var problem = await loop.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("parentId"));
    }

    [Fact]
    [Trait("Requirement", "ORG-1")]
    public async Task Staff_are_hired_edited_found_by_search_and_paged()
    {
        var manager = await app.SignedInAsync("manager");
        var boss = await manager.HireAsync("周总监", position: "经理", department: "运营部", years: 12);
        var hired = await manager.HireAsync("陈晓梅", specialities: ["onboarding"], managerId: boss.Id());
        for (var i = 0; i < 24; i++)
        {
            await manager.HireAsync($"分页员工{i:00}");
        }

        var file = await manager.GetJsonAsync($"/api/org/employees/{hired.Id()}");
        Assert.Equal("陈晓梅", file.GetProperty("name").GetString());
        Assert.Equal(boss.Id(), file.GetProperty("managerId").GetGuid());

        var update = await manager.PutAsJsonAsync($"/api/org/employees/{hired.Id()}", new
        {
            version = file.GetProperty("version").GetGuid(),
            employee = new
            {
                name = "陈晓梅",
                departmentId = file.GetProperty("departmentId").GetGuid(),
                positionId = file.GetProperty("positionId").GetGuid(),
                managerId = boss.Id(),
                yearsOfExperience = 6,
                specialities = new[] { "onboarding", "transition" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var found = await manager.GetJsonAsync("/api/org/employees?search=晓梅");
        var row = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(6, row.GetProperty("yearsOfExperience").GetInt32());
        Assert.Equal("周总监", row.GetProperty("manager").GetString());

        var page2 = await manager.GetJsonAsync("/api/org/employees?search=分页员工&page=2&pageSize=10&sort=name");
        Assert.Equal(24, page2.GetProperty("total").GetInt32());
        Assert.Equal(["分页员工10", "分页员工11"], page2.GetProperty("items").EnumerateArray().Take(2).Select(e => e.GetProperty("name").GetString()));

        var byYears = await manager.GetJsonAsync("/api/org/employees?sort=years&desc=true&pageSize=1");
        Assert.Equal("周总监", byYears.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requirement", "ORG-1")]
    public async Task A_manager_with_reports_cannot_be_deleted_until_the_reports_move()
    {
        var manager = await app.SignedInAsync("manager");
        var lead = await manager.HireAsync("刘组长", position: "经理", department: "运营部", years: 9);
        var report = await manager.HireAsync("孙咨询", managerId: lead.Id());

        await (await manager.DeleteAsync($"/api/org/employees/{lead.Id()}")).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/org/employees/{report.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/org/employees/{lead.Id()}")).StatusCode);
        await (await manager.GetAsync($"/api/org/employees/{lead.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Requirement", "ORG-1")]
    [Trait("Requirement", "SEC-1")]
    public async Task Editing_a_record_someone_else_changed_meanwhile_is_refused_with_409()
    {
        var manager = await app.SignedInAsync("manager");
        var hired = await manager.HireAsync("吴并发");
        var file = await manager.GetJsonAsync($"/api/org/employees/{hired.Id()}");
        object Edit(string name) => new
        {
            version = file.GetProperty("version").GetGuid(),
            employee = new
            {
                name,
                departmentId = file.GetProperty("departmentId").GetGuid(),
                positionId = file.GetProperty("positionId").GetGuid(),
                yearsOfExperience = 3,
            },
        };

        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/org/employees/{hired.Id()}", Edit("吴并发甲"))).StatusCode);
        var stale = await manager.PutAsJsonAsync($"/api/org/employees/{hired.Id()}", Edit("吴并发乙"));

        await stale.AssertProblemAsync(HttpStatusCode.Conflict);
        var now = await manager.GetJsonAsync($"/api/org/employees/{hired.Id()}");
        Assert.Equal("吴并发甲", now.GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requirement", "ORG-1")]
    public async Task A_branch_of_the_chain_is_opened_with_the_same_regulation()
    {
        var admin = await app.AdminAsync();
        var branch = await admin.PostOkAsync("/api/org/centres", new { name = "杭州分中心", city = "杭州" });

        var centres = (await admin.GetJsonAsync("/api/org/centres")).EnumerateArray().ToList();
        Assert.Equal(2, centres.Count);
        Assert.True(centres.Single(c => c.GetProperty("isHead").GetBoolean()).GetProperty("isMine").GetBoolean());
        var opened = centres.Single(c => c.Id() == branch.Id());
        Assert.Equal("mini", opened.GetProperty("packName").GetString());

        var branchDepartments = await app.WithDbAsync(db =>
            db.Set<Department>().IgnoreQueryFilters().CountAsync(d => d.CentreId == branch.Id()));
        Assert.Equal(2, branchDepartments);

        var again = await admin.PostAsJsonAsync("/api/org/centres", new { name = "杭州分中心" });
        Assert.NotEmpty((await again.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("name"));
    }
}
