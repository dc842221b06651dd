using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Caching;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Modules.Organization.Centres;

/// <summary>ORG-1: the head centre and branches of the caller's chain.</summary>
public static class ListCentres
{
    public sealed record Item(Guid Id, Guid Version, string Name, string? City, bool IsHead, string PackName, string TimeZone, bool IsMine);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/centres", (AppDbContext db, ICurrentStaff staff, CancellationToken ct) => ExecuteAsync(db, staff, ct))
            .RequireAuthorization(Permissions.OrgRead)
            .WithName(nameof(ListCentres))
            .CacheOutput(CentreReadCache.PolicyName);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(AppDbContext db, ICurrentStaff staff, CancellationToken ct)
    {
        var mine = await db.Set<Centre>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == staff.CentreId, ct);
        if (mine is null)
        {
            return [];
        }
        var chain = mine.ParentId ?? mine.Id;
        return await db.Set<Centre>().AsNoTracking()
            .Where(c => c.Id == chain || c.ParentId == chain)
            .OrderBy(c => c.ParentId != null).ThenBy(c => c.Name)
            .Select(c => new Item(c.Id, c.Version, c.Name, c.City, c.ParentId == null, c.PackName, c.TimeZone, c.Id == mine.Id))
            .ToListAsync(ct);
    }
}
