using System.Net;
using System.Net.Http.Json;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Rules;

/// <summary>POL-1: a rule edited in the console becomes a new pack version; running timers keep the old deadline.</summary>
public sealed class PackRuleEditTests(TestApp app) : IClassFixture<TestApp>
{
    async Task<Guid> CurrentVersionAsync(HttpClient admin) =>
        (await admin.GetJsonAsync("/api/packs/versions")).EnumerateArray().Single(v => v.GetProperty("current").GetBoolean()).Id();

    async Task RaiseAsync(string subject) => await app.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<Platform.Rules.Rules>().RaiseAsync(new RuleEvent("booking.submitted", app.CentreId, "booking", subject), default);
        await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });

    static object Edit(Guid baseVersion, string due = "4h", string? warnAt = "75%", string owner = "role:manager",
        string? escalateTo = "role:manager", bool pausable = false) =>
        new { baseVersionId = baseVersion, due, warnAt, owner, escalateTo, pausable };

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Changing_a_deadline_makes_a_new_version_that_new_timers_follow()
    {
        var admin = await app.AdminAsync();
        var v1 = await CurrentVersionAsync(admin);
        await RaiseAsync("BEFORE-EDIT");

        var response = await admin.PutAsJsonAsync("/api/packs/rules/MINI-MATCH-2H", Edit(v1, due: "1wd", warnAt: null, pausable: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var v2 = (await response.JsonAsync()).Id("versionId");
        Assert.NotEqual(v1, v2);
        await RaiseAsync("AFTER-EDIT");

        var rule = await app.WithScopeAsync(async sp => (await sp.GetRequiredService<PackStore>().ForCentreAsync(app.CentreId, default))!.Value.Pack
            .Rules.Single(r => r.Id == "MINI-MATCH-2H"));
        Assert.Equal(("1wd", (string?)null, true), (rule.Due, rule.WarnAt, rule.Pausable));
        var timers = await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters().Where(t => t.RuleId == "MINI-MATCH-2H").ToListAsync());
        var before = timers.Single(t => t.SubjectId == "BEFORE-EDIT");
        var after = timers.Single(t => t.SubjectId == "AFTER-EDIT");
        Assert.Equal(v1, before.PackVersionId);
        Assert.NotNull(before.WarnAt);
        Assert.Equal(v2, after.PackVersionId);
        Assert.Null(after.WarnAt);
        Assert.True(after.DueAt > before.DueAt);

        // The edit is recorded as the version's note, and the clause and comments of the file are untouched.
        var versions = (await admin.GetJsonAsync("/api/packs/versions")).EnumerateArray().ToList();
        Assert.Contains("MINI-MATCH-2H", versions[0].GetProperty("note").GetString(), StringComparison.Ordinal);
        var yaml = await admin.GetStringAsync($"/api/packs/versions/{v2}");
        Assert.Contains("clause: \"2小时内匹配\"", yaml, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Bad_values_are_refused_field_by_field_and_no_version_is_made()
    {
        var admin = await app.AdminAsync();
        var v1 = await CurrentVersionAsync(admin);
        var count = await app.WithDbAsync(db => db.Set<PackVersion>().CountAsync());

        var problem = await (await admin.PutAsJsonAsync("/api/packs/rules/MINI-MATCH-2H",
            Edit(v1, due: "soon", warnAt: "120%", owner: "role:nobody", escalateTo: "someone"))).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors("due"));
        Assert.NotEmpty(problem.FieldErrors("warnAt"));
        Assert.NotEmpty(problem.FieldErrors("owner"));
        Assert.NotEmpty(problem.FieldErrors("escalateTo"));
        Assert.Equal(count, await app.WithDbAsync(db => db.Set<PackVersion>().CountAsync()));
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task An_edit_made_on_an_older_version_is_a_conflict_and_an_unknown_rule_is_not_found()
    {
        var admin = await app.AdminAsync();
        var v1 = await CurrentVersionAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/packs/rules/MINI-PLAN-1WD",
            Edit(v1, due: "2wd", owner: "role:staff", escalateTo: null))).StatusCode);

        await (await admin.PutAsJsonAsync("/api/packs/rules/MINI-PLAN-1WD", Edit(v1, due: "3wd", owner: "role:staff", escalateTo: null)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PutAsJsonAsync("/api/packs/rules/NO-SUCH-RULE", Edit(v1))).AssertProblemAsync(HttpStatusCode.NotFound);
        var manager = await app.SignedInAsync("manager");
        await (await manager.PutAsJsonAsync("/api/packs/rules/MINI-PLAN-1WD", Edit(v1))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
