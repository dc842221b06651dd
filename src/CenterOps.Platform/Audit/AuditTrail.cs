using System.Reflection;
using System.Text.Json;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CenterOps.Platform.Audit;

/// <summary>
/// Turns tracked changes and sensitive reads into chained audit entries (SEC-2). Scoped: one per request.
/// </summary>
public sealed class AuditTrail(ICurrentStaff staff, TimeProvider clock)
{
    readonly List<AuditDraft> _reads = [];

    internal sealed record AuditDraft(AuditAction Action, string EntityType, string EntityId, Guid? CentreId, string Changes);

    /// <summary>Records that the current user read a sensitive record; written with the next save.</summary>
    public void Read(string entityType, object id) =>
        _reads.Add(new AuditDraft(AuditAction.Read, entityType, id.ToString() ?? "", staff.CentreId, ""));

    internal List<AuditDraft> Collect(ChangeTracker tracker)
    {
        var drafts = new List<AuditDraft>(_reads);
        _reads.Clear();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached
                || entry.Metadata.ClrType.GetCustomAttribute<NotAuditedAttribute>() is not null)
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };
            var sensitive = entry.Metadata.ClrType.GetCustomAttribute<SensitiveRecordAttribute>() is not null;
            var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var p in entry.Properties)
            {
                var name = p.Metadata.Name;
                if (name is nameof(IVersioned.Version) or "PasswordHash" or "SecurityStamp" or "ConcurrencyStamp")
                {
                    continue;
                }
                if (action == AuditAction.Update && !p.IsModified)
                {
                    continue;
                }
                changes[name] = sensitive ? null : action switch
                {
                    AuditAction.Update => new[] { p.OriginalValue, p.CurrentValue },
                    AuditAction.Delete => p.OriginalValue,
                    _ => p.CurrentValue,
                };
            }
            if (action == AuditAction.Update && changes.Count == 0)
            {
                continue;
            }
            var key = string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(k => entry.Property(k.Name).CurrentValue));
            var centreId = entry.Entity is ICentreOwned owned ? owned.CentreId : staff.CentreId;
            drafts.Add(new AuditDraft(action, entry.Metadata.ClrType.Name, key, centreId,
                sensitive ? JsonSerializer.Serialize(changes.Keys) : JsonSerializer.Serialize(changes)));
        }
        return drafts;
    }

    internal async Task AppendAsync(AppDbContext db, List<AuditDraft> drafts, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // One writer at a time extends the chain; SQLite's write transaction already serialises writers.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7160420001)", ct);
        }
        var last = await db.AuditEntries.OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? "";
        var at = AuditChain.Truncate(clock.GetUtcNow());
        foreach (var d in drafts)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                At = at,
                UserId = staff.UserId,
                UserName = staff.UserName ?? "system",
                CentreId = d.CentreId,
                Action = d.Action,
                EntityType = d.EntityType,
                EntityId = d.EntityId,
                Changes = d.Changes,
                RemoteAddress = staff.RemoteAddress ?? "",
                PreviousHash = previous,
            };
            entry.Hash = AuditChain.ComputeHash(entry);
            previous = entry.Hash;
            db.AuditEntries.Add(entry);
        }
    }
}
