using CenterOps.Platform.Audit;
using CenterOps.Tests.Infrastructure;
using CenterOps.Tests.Organization;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Tests.Audit;

public sealed class AuditDeletionTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    [Trait("Requirement", "SEC-2")]
    public async Task Deleting_an_audit_entry_is_detected_as_a_gap()
    {
        var manager = await app.SignedInAsync("manager");
        await manager.HireAsync("删除测试");
        var before = await app.WithDbAsync(db => VerifyAudit.RunAsync(db, CancellationToken.None));
        Assert.True(before.Intact);
        var last = await app.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE \"Sequence\" = {last - 1}"));

        var after = await app.WithDbAsync(db => VerifyAudit.RunAsync(db, CancellationToken.None));
        Assert.False(after.Intact);
        Assert.True(after.FirstBrokenSequence <= last - 1);
    }
}
