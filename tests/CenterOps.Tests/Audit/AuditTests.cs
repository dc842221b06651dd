using System.Net.Http.Json;
using CenterOps.Platform.Audit;
using CenterOps.Tests.Infrastructure;
using CenterOps.Tests.Organization;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Tests.Audit;

public sealed class AuditTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    [Trait("Requirement", "SEC-2")]
    public async Task Changes_and_reads_of_a_personnel_file_are_audited_without_copying_its_contents()
    {
        var manager = await app.SignedInAsync("manager");
        var hired = await manager.HireAsync("审计对象");
        var id = hired.Id().ToString();
        var file = await manager.GetJsonAsync($"/api/org/employees/{id}");
        await manager.PutAsJsonAsync($"/api/org/employees/{id}", new
        {
            version = file.GetProperty("version").GetGuid(),
            employee = new
            {
                name = "审计对象",
                departmentId = file.GetProperty("departmentId").GetGuid(),
                positionId = file.GetProperty("positionId").GetGuid(),
                yearsOfExperience = 9,
                phone = "13912345678",
            },
        });
        await manager.DeleteAsync($"/api/org/employees/{id}");

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityId == id).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Read, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.StartsWith("manager-", e.UserName, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal(app.CentreId, e.CentreId));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.Hash)));
        // A personnel file is sensitive: the audit names the fields that changed, never their values.
        var update = entries.Single(e => e.Action == AuditAction.Update);
        Assert.Contains("Phone", update.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", update.Changes, StringComparison.Ordinal);

        // The centre's manager sees them in the audit log, newest first.
        var log = await manager.GetJsonAsync($"/api/audit/entries?search={id}");
        Assert.Equal(4, log.GetProperty("total").GetInt32());
        Assert.Equal("Delete", log.GetProperty("items")[0].GetProperty("action").GetString());
    }

    [Fact]
    [Trait("Requirement", "SEC-2")]
    public async Task Tampering_with_an_audit_entry_is_detected_at_that_entry()
    {
        var manager = await app.SignedInAsync("manager");
        await manager.HireAsync("链条一");
        await manager.HireAsync("链条二");
        var intact = await manager.GetJsonAsync("/api/audit/verify");
        Assert.True(intact.GetProperty("intact").GetBoolean());
        var total = intact.GetProperty("checked").GetInt64();
        Assert.True(total >= 3);

        var target = total - 1;
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE audit_entries SET \"Changes\" = '{{\"Name\":\"改过的\"}}' WHERE \"Sequence\" = {target}"));

        var broken = await manager.GetJsonAsync("/api/audit/verify");
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(target, broken.GetProperty("firstBrokenSequence").GetInt64());
    }
}
