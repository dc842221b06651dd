using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Caching;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Modules.Organization.Departments;

/// <summary>ORG-1: the departments of the caller's centre with their head-count, in tree order.</summary>
public static class ListDepartments
{
    public sealed record Item(Guid Id, Guid Version, string Name, string? Key, Guid? ParentId, string? Parent, string? Description,
        int Employees, int Positions);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/departments", (AppDbContext db, string? search, CancellationToken ct) => ExecuteAsync(db, search, ct))
            .RequireAuthorization(Permissions.OrgRead)
            .WithName(nameof(ListDepartments))
            .CacheOutput(CentreReadCache.PolicyName);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(AppDbContext db, string? search, CancellationToken ct)
    {
        var departments = db.Set<Department>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            departments = departments.Where(d => d.Name.Contains(s) || (d.Description != null && d.Description.Contains(s)));
        }
        var items = await departments
            .Select(d => new Item(d.Id, d.Version, d.Name, d.Key, d.ParentId,
                db.Set<Department>().Where(p => p.Id == d.ParentId).Select(p => p.Name).FirstOrDefault(),
                d.Description,
                db.Set<Employee>().Count(e => e.DepartmentId == d.Id),
                db.Set<Position>().Count(p => p.DepartmentId == d.Id)))
            .ToListAsync(ct);
        // Parents before children, siblings by name: the order people read an organisation chart in.
        var byParent = items.ToLookup(i => items.Any(p => p.Id == i.ParentId) ? i.ParentId : null);
        var ordered = new List<Item>(items.Count);
        void Walk(Guid? parent)
        {
            foreach (var d in byParent[parent].OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                ordered.Add(d);
                Walk(d.Id);
            }
        }
        Walk(null);
        return ordered;
    }
}
