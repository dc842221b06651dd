using System.Net;
using System.Net.Http.Json;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Rules;

/// <summary>POL-1: an edited pack is imported as a new version; a bad one is refused with its lines; history is never rewritten.</summary>
public sealed class PackImportTests(TestApp app) : IClassFixture<TestApp>
{
    static string MiniYaml() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Packs", "mini.yaml"));

    Task<int> VersionsAsync() => app.WithDbAsync(db => db.Set<PackVersion>().CountAsync());

    async Task RaiseAsync(string name, string subject) => await app.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<Platform.Rules.Rules>().RaiseAsync(new RuleEvent(name, app.CentreId, "booking", subject), default);
        await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task A_bad_pack_is_refused_with_each_problem_on_its_line_and_nothing_is_stored()
    {
        var admin = await app.AdminAsync();
        var before = await VersionsAsync();
        var broken = MiniYaml().Replace("    role: staff\n    reports_to: manager\n  - key: counsellor", "    role: nobody\n    reports_to: manager\n  - key: counsellor", StringComparison.Ordinal)
            .Replace("due: 2h", "due: soon", StringComparison.Ordinal);

        var response = await admin.PostAsJsonAsync("/api/packs", new { yaml = broken });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("field").GetString() == "positions[1].role" && p.GetProperty("line").GetInt32() == 28);
        Assert.Contains(problems, p => p.GetProperty("field").GetString() == "rules[0].due" && p.GetProperty("message").GetString()!.Contains("soon", StringComparison.Ordinal));
        Assert.NotEmpty(problem.FieldErrors("yaml"));
        Assert.Equal(before, await VersionsAsync());
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Editing_a_deadline_applies_to_new_timers_while_running_ones_keep_their_version()
    {
        var admin = await app.AdminAsync();
        await RaiseAsync("booking.submitted", "OLD-1");

        var edited = MiniYaml().Replace("    due: 2h\n", "    due: 4h\n", StringComparison.Ordinal);
        var imported = await admin.PostOkAsync("/api/packs", new { yaml = edited, note = "匹配时限改为4小时" });
        Assert.Equal(2, imported.GetProperty("number").GetInt32());
        await RaiseAsync("booking.submitted", "NEW-1");

        var timers = await app.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters().Where(t => t.RuleId == "MINI-MATCH-2H").ToListAsync());
        var old = timers.Single(t => t.SubjectId == "OLD-1");
        var fresh = timers.Single(t => t.SubjectId == "NEW-1");
        Assert.NotEqual(old.PackVersionId, fresh.PackVersionId);
        Assert.Equal(imported.GetProperty("versionId").GetGuid(), fresh.PackVersionId);
        // The new rule allows twice the business time: its deadline is later than one opened a moment before.
        Assert.True(fresh.DueAt > old.DueAt);

        var versions = (await admin.GetJsonAsync("/api/packs/versions")).EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        Assert.True(versions[0].GetProperty("current").GetBoolean());
        Assert.Equal("匹配时限改为4小时", versions[0].GetProperty("note").GetString());
        var exported = await admin.GetStringAsync($"/api/packs/versions/{versions[0].GetProperty("id").GetGuid()}");
        Assert.Equal(edited, exported);

        // Importing the same text again makes no new version.
        await admin.PostOkAsync("/api/packs", new { yaml = edited });
        Assert.Equal(2, (await admin.GetJsonAsync("/api/packs/versions")).GetArrayLength());
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    [Trait("Requirement", "SEC-1")]
    public async Task Only_a_role_allowed_to_manage_packs_may_import_and_a_centre_cannot_switch_to_another_regulation()
    {
        var manager = await app.SignedInAsync("manager");
        await (await manager.PostAsJsonAsync("/api/packs", new { yaml = MiniYaml() })).AssertProblemAsync(HttpStatusCode.Forbidden);

        var admin = await app.AdminAsync();
        var other = MiniYaml().Replace("pack: mini", "pack: another", StringComparison.Ordinal);
        var refused = await (await admin.PostAsJsonAsync("/api/packs", new { yaml = other })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(refused.FieldErrors("yaml"));
    }
}
