using System.Net;
using System.Text;
using CenterOps.Modules.Organization.Domain;
using CenterOps.Tests.Infrastructure;
using CenterOps.Tests.Organization;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Tests.Security;

/// <summary>
/// Every endpoint that takes a body or an id answers malformed JSON, missing fields, over-long text, wrong types and
/// unknown ids with a 400 or 404 problem+json naming what is wrong — never a 500 — and nothing is half-written.
/// </summary>
public sealed class BadInputTests(TestApp app) : IClassFixture<TestApp>
{
    static readonly string TooLong = new('长', 300);

    public static TheoryData<string, string, string, HttpStatusCode, string?> Cases => new()
    {
        // method, url, body, status, field that must carry a message (null: the whole body is unreadable)
        { "POST", "/api/org/employees", "{\"name\": \"张三\",", HttpStatusCode.BadRequest, "body" },
        { "POST", "/api/org/employees", "{}", HttpStatusCode.BadRequest, "name" },
        { "POST", "/api/org/employees", "{\"name\": \"" + TooLong + "\"}", HttpStatusCode.BadRequest, "name" },
        { "POST", "/api/org/employees", "{\"name\": \"张三\", \"yearsOfExperience\": \"很多\"}", HttpStatusCode.BadRequest, "yearsOfExperience" },
        { "POST", "/api/org/employees", "{\"name\": \"张三\", \"yearsOfExperience\": 3, \"departmentId\": \"" + Guid.NewGuid() + "\", \"positionId\": \"" + Guid.NewGuid() + "\"}", HttpStatusCode.BadRequest, "departmentId" },
        { "POST", "/api/org/employees", "{\"name\": \"张三\", \"yearsOfExperience\": 61}", HttpStatusCode.BadRequest, "yearsOfExperience" },
        { "POST", "/api/org/employees", "{\"name\": \"张三\", \"specialities\": \"不是列表\"}", HttpStatusCode.BadRequest, "specialities" },
        { "POST", "/api/org/employees", "[1, 2]", HttpStatusCode.BadRequest, null },
        { "PUT", "/api/org/employees/" + Guid.NewGuid(), "{\"version\": \"" + Guid.NewGuid() + "\", \"employee\": {\"name\": \"张三\"}}", HttpStatusCode.NotFound, null },
        { "PUT", "/api/org/employees/not-a-guid", "{}", HttpStatusCode.NotFound, null },
        { "GET", "/api/org/employees/" + Guid.NewGuid(), "", HttpStatusCode.NotFound, null },
        { "DELETE", "/api/org/employees/" + Guid.NewGuid(), "", HttpStatusCode.NotFound, null },
        { "POST", "/api/org/departments", "{\"name\": 42}", HttpStatusCode.BadRequest, "name" },
        { "POST", "/api/org/departments", "{\"name\": \"\"}", HttpStatusCode.BadRequest, "name" },
        { "POST", "/api/org/departments", "{\"name\": \"" + TooLong + "\"}", HttpStatusCode.BadRequest, "name" },
        { "POST", "/api/org/departments", "{\"name\": \"新部门\", \"parentId\": \"" + Guid.NewGuid() + "\"}", HttpStatusCode.BadRequest, "parentId" },
        { "POST", "/api/org/departments", "not json", HttpStatusCode.BadRequest, null },
        { "PUT", "/api/org/departments/" + Guid.NewGuid(), "{\"version\": \"" + Guid.NewGuid() + "\", \"department\": {\"name\": \"x\"}}", HttpStatusCode.NotFound, null },
        { "PUT", "/api/org/departments/" + Guid.NewGuid(), "{\"version\": \"not-a-guid\"}", HttpStatusCode.BadRequest, "version" },
        { "DELETE", "/api/org/departments/" + Guid.NewGuid(), "", HttpStatusCode.NotFound, null },
        { "PUT", "/api/org/roles/" + Guid.NewGuid(), "{\"version\": \"" + Guid.NewGuid() + "\", \"name\": \"x\", \"permissions\": []}", HttpStatusCode.NotFound, null },
        { "POST", "/api/org/centres", "{\"name\": \"" + TooLong + "\"}", HttpStatusCode.BadRequest, "name" },
        { "POST", "/api/org/centres", "{\"name\": true}", HttpStatusCode.BadRequest, "name" },
        { "POST", "/api/org/employees/" + Guid.NewGuid() + "/account", "{\"email\": \"a@test.cn\", \"password\": \"Abcdef12\"}", HttpStatusCode.NotFound, null },
        { "POST", "/api/setup", "{\"centreName\": 1}", HttpStatusCode.BadRequest, "centreName" },
        { "POST", "/api/account/login", "{\"email\": \"\", \"password\": \"\"}", HttpStatusCode.BadRequest, "email" },
        { "POST", "/api/account/login", "{\"email\": [\"a\"]}", HttpStatusCode.BadRequest, "email" },
        { "POST", "/api/account/two-factor", "{\"code\": 123456}", HttpStatusCode.BadRequest, "code" },
        { "GET", "/api/org/employees?page=abc", "", HttpStatusCode.BadRequest, null },
        { "POST", "/api/packs", "{\"yaml\": 5}", HttpStatusCode.BadRequest, "yaml" },
        { "POST", "/api/packs", "{\"yaml\": \"pack: [\"}", HttpStatusCode.BadRequest, "yaml" },
        { "GET", "/api/packs/versions/" + Guid.NewGuid(), "", HttpStatusCode.NotFound, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Requirement", "ORG-1")]
    [Trait("Requirement", "SEC-1")]
    public async Task Bad_input_gets_a_problem_answer_and_changes_nothing(string method, string url, string body, HttpStatusCode status, string? field)
    {
        var admin = await app.AdminAsync();
        var before = await CountsAsync();

        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        var response = await admin.SendAsync(request);

        var problem = await response.AssertProblemAsync(status);
        if (field is not null)
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }
        Assert.Equal(before, await CountsAsync());
    }

    Task<(int, int, int, int)> CountsAsync() => app.WithDbAsync(async db => (
        await db.Set<Employee>().IgnoreQueryFilters().CountAsync(),
        await db.Set<Department>().IgnoreQueryFilters().CountAsync(),
        await db.Set<Centre>().CountAsync(),
        await db.Users.CountAsync()));

    [Fact]
    [Trait("Requirement", "ORG-1")]
    public async Task A_failed_update_leaves_the_record_as_it_was()
    {
        var admin = await app.AdminAsync();
        var hired = await admin.HireAsync("原样保留", years: 4);
        var file = await admin.GetJsonAsync($"/api/org/employees/{hired.Id()}");
        var response = await admin.PutAsync($"/api/org/employees/{hired.Id()}", new StringContent(
            $"{{\"version\": \"{file.GetProperty("version").GetGuid()}\", \"employee\": {{\"name\": \"\", \"yearsOfExperience\": 99}}}}",
            Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("name"));
        Assert.NotEmpty(problem.FieldErrors("yearsOfExperience"));

        var after = await admin.GetJsonAsync($"/api/org/employees/{hired.Id()}");
        Assert.Equal("原样保留", after.GetProperty("name").GetString());
        Assert.Equal(4, after.GetProperty("yearsOfExperience").GetInt32());
        Assert.Equal(file.GetProperty("version").GetGuid(), after.GetProperty("version").GetGuid());
    }
}
