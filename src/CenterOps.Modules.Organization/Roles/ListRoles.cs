using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Caching;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Modules.Organization.Roles;

/// <summary>ORG-2: the roles of the centre and what each may do.</summary>
public static class ListRoles
{
    public sealed record Item(Guid Id, Guid Version, string Key, string Name, IReadOnlyList<string> Permissions, bool RequiresTwoFactor, int Positions);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/roles", (AppDbContext db, CancellationToken ct) => ExecuteAsync(db, ct))
            .RequireAuthorization(Permissions.OrgRead)
            .WithName(nameof(ListRoles))
            .CacheOutput(CentreReadCache.PolicyName);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(AppDbContext db, CancellationToken ct) =>
        await db.Set<Role>().AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new Item(r.Id, r.Version, r.Key, r.Name, r.Permissions, r.RequiresTwoFactor,
                db.Set<Position>().Count(p => p.RoleId == r.Id)))
            .ToListAsync(ct);
}
