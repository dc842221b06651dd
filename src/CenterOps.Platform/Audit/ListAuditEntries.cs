using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Audit;

/// <summary>SEC-2: the audit log of the caller's centre, newest first, searchable by person, record and action.</summary>
public static class ListAuditEntries
{
    public sealed record Item(long Sequence, DateTimeOffset At, string UserName, string Action, string EntityType,
        string EntityId, string Changes, string RemoteAddress);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/entries", (AppDbContext db, ICurrentStaff staff, string? search, AuditAction? action, int? page,
                int? pageSize, CancellationToken ct) => QueryAsync(db, staff, search, action, new PageRequest(page, pageSize), ct))
            .RequireAuthorization(Permissions.AuditRead)
            .WithName(nameof(ListAuditEntries));

    public static async Task<Page<Item>> QueryAsync(AppDbContext db, ICurrentStaff staff, string? search,
        AuditAction? action, PageRequest paging, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking().Where(e => e.CentreId == staff.CentreId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(e => e.UserName.Contains(s) || e.EntityType.Contains(s) || e.EntityId.Contains(s));
        }
        if (action is not null)
        {
            query = query.Where(e => e.Action == action);
        }
        return await query.OrderByDescending(e => e.Sequence)
            .Select(e => new Item(e.Sequence, e.At, e.UserName, e.Action.ToString(), e.EntityType, e.EntityId, e.Changes, e.RemoteAddress))
            .ToPageAsync(paging, ct);
    }
}
