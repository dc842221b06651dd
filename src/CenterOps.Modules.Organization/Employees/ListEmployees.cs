using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Caching;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Modules.Organization.Employees;

/// <summary>ORG-1: the staff list of the caller's centre — searchable, filterable by department, sorted and paged on the server.</summary>
public static class ListEmployees
{
    public sealed record Query(string? Search, Guid? DepartmentId, string? Sort, bool Descending, PageRequest Paging);

    public sealed record Item(Guid Id, string Name, Guid DepartmentId, string Department, Guid PositionId, string Position,
        string? Manager, int YearsOfExperience, IReadOnlyList<string> Specialities);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/employees", (AppDbContext db, string? search, Guid? departmentId, string? sort, bool? desc, int? page,
                int? pageSize, CancellationToken ct) =>
                ExecuteAsync(new Query(search, departmentId, sort, desc ?? false, new PageRequest(page, pageSize)), db, ct))
            .RequireAuthorization(Permissions.OrgRead)
            .WithName(nameof(ListEmployees))
            .CacheOutput(CentreReadCache.PolicyName);

    public static Task<Page<Item>> ExecuteAsync(Query q, AppDbContext db, CancellationToken ct)
    {
        var employees = db.Set<Employee>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            employees = employees.Where(e => e.Name.Contains(s) || (e.Phone != null && e.Phone.Contains(s)));
        }
        if (q.DepartmentId is { } d)
        {
            employees = employees.Where(e => e.DepartmentId == d);
        }
        // Query roots in locals: a db.Set<T>() call inside the expression tree is evaluated by compiling it into a
        // delegate on every execution; a captured IQueryable is inlined as it is.
        var departments = db.Set<Department>();
        var positions = db.Set<Position>();
        var managers = db.Set<Employee>();
        var rows = from e in employees
                   join dep in departments on e.DepartmentId equals dep.Id
                   join pos in positions on e.PositionId equals pos.Id
                   from mgr in managers.Where(m => m.Id == e.ManagerId).DefaultIfEmpty()
                   select new { e, dep, pos, mgr };
        rows = (q.Sort, q.Descending) switch
        {
            ("department", false) => rows.OrderBy(r => r.dep.Name).ThenBy(r => r.e.Name),
            ("department", true) => rows.OrderByDescending(r => r.dep.Name).ThenBy(r => r.e.Name),
            ("position", false) => rows.OrderBy(r => r.pos.Name).ThenBy(r => r.e.Name),
            ("position", true) => rows.OrderByDescending(r => r.pos.Name).ThenBy(r => r.e.Name),
            ("years", false) => rows.OrderBy(r => r.e.YearsOfExperience).ThenBy(r => r.e.Name),
            ("years", true) => rows.OrderByDescending(r => r.e.YearsOfExperience).ThenBy(r => r.e.Name),
            (_, true) => rows.OrderByDescending(r => r.e.Name).ThenBy(r => r.e.Id),
            _ => rows.OrderBy(r => r.e.Name).ThenBy(r => r.e.Id),
        };
        return rows.Select(r => new Item(r.e.Id, r.e.Name, r.dep.Id, r.dep.Name, r.pos.Id, r.pos.Name,
                r.mgr == null ? null : r.mgr.Name, r.e.YearsOfExperience, r.e.Specialities))
            // Department and position are required references of the same centre: the joins add columns, not rows.
            .ToPageAsync(employees, q.Paging, ct);
    }
}
