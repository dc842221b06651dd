using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Caching;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Modules.Organization.Positions;

/// <summary>ORG-1/ORG-2: positions with their department, role, reporting line and planned against actual head-count.</summary>
public static class ListPositions
{
    public sealed record Item(Guid Id, string Name, string? Key, Guid DepartmentId, string Department, Guid RoleId, string Role,
        string? ReportsTo, int? PlannedHeadcount, int Holders, string? Duties);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/positions", (AppDbContext db, Guid? departmentId, CancellationToken ct) => ExecuteAsync(db, departmentId, ct))
            .RequireAuthorization(Permissions.OrgRead)
            .WithName(nameof(ListPositions))
            .CacheOutput(CentreReadCache.PolicyName);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(AppDbContext db, Guid? departmentId, CancellationToken ct)
    {
        var positions = db.Set<Position>().AsNoTracking();
        if (departmentId is { } d)
        {
            positions = positions.Where(p => p.DepartmentId == d);
        }
        return await (from p in positions
                      join dep in db.Set<Department>() on p.DepartmentId equals dep.Id
                      join role in db.Set<Role>() on p.RoleId equals role.Id
                      orderby dep.Name, p.Name
                      select new Item(p.Id, p.Name, p.Key, dep.Id, dep.Name, role.Id, role.Name,
                          db.Set<Position>().Where(x => x.Id == p.ReportsToId).Select(x => x.Name).FirstOrDefault(),
                          p.PlannedHeadcount, db.Set<Employee>().Count(e => e.PositionId == p.Id), p.Duties))
            .ToListAsync(ct);
    }
}
