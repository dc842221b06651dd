using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Audit;

/// <summary>SEC-2: walks the whole hash chain and reports the first entry that was altered, removed or inserted.</summary>
public static class VerifyAudit
{
    public sealed record Result(bool Intact, long Checked, long? FirstBrokenSequence, string? Problem);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/verify", (AppDbContext db, CancellationToken ct) => RunAsync(db, ct))
            .RequireAuthorization(Permissions.AuditRead)
            .WithName(nameof(VerifyAudit));

    public static async Task<Result> RunAsync(AppDbContext db, CancellationToken ct)
    {
        long expected = 1, count = 0;
        var previous = "";
        await foreach (var e in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (e.Sequence != expected)
            {
                return new Result(false, count, expected, $"entry {expected} is missing");
            }
            if (e.PreviousHash != previous)
            {
                return new Result(false, count, e.Sequence, "link to the previous entry is broken");
            }
            if (AuditChain.ComputeHash(e) != e.Hash)
            {
                return new Result(false, count, e.Sequence, "entry content does not match its hash");
            }
            previous = e.Hash;
            expected++;
        }
        return new Result(true, count, null, null);
    }
}
