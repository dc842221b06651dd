using System.Globalization;
using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;

namespace CenterOps.Modules.Organization.Setup;

/// <summary>
/// ORG-1/ORG-2: lays out a new centre as its regulation describes it — departments, roles with permissions,
/// positions with reporting lines — plus the system administrator role. Used by first-run set-up, new branches
/// and the demo.
/// </summary>
internal static class CentreFromPack
{
    static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>Creates a centre from a shipped pack, storing that pack as a version and binding the centre to it.</summary>
    public static async Task<Centre> CreateAsync(AppDbContext db, PackStore store, PackCatalog catalog, string packName, string name,
        string? city, Guid? parentId, CancellationToken ct)
    {
        var pack = catalog.Get(packName);
        var version = await store.ImportAsync(pack, catalog.Yaml(packName), null, ct);
        var centre = Create(db, pack, name, city, parentId);
        await store.BindCentreAsync(centre.Id, version.Id, ct);
        return centre;
    }

    public static Centre Create(AppDbContext db, PolicyPack pack, string name, string? city, Guid? parentId)
    {
        var centre = new Centre { Name = name, City = city, PackName = pack.Pack, TimeZone = pack.TimeZone, ParentId = parentId };
        db.Add(centre);

        var departments = new Dictionary<string, Department>(StringComparer.Ordinal);
        foreach (var d in pack.Departments)
        {
            departments[d.Key] = new Department { CentreId = centre.Id, Key = d.Key, Name = d.Name.Get(Chinese) };
        }
        foreach (var d in pack.Departments.Where(d => d.Parent is not null))
        {
            departments[d.Key].ParentId = departments[d.Parent!].Id;
        }
        db.AddRange(departments.Values);

        var roles = pack.Roles.ToDictionary(r => r.Key, r => new Role
        {
            CentreId = centre.Id,
            Key = r.Key,
            Name = r.Name.Get(Chinese),
            Permissions = [.. r.Permissions],
            RequiresTwoFactor = r.RequiresTwoFactor,
        }, StringComparer.Ordinal);
        roles.TryAdd(Role.AdministratorKey, new Role
        {
            CentreId = centre.Id,
            Key = Role.AdministratorKey,
            Name = "系统管理员",
            Permissions = [Permissions.Everything],
            RequiresTwoFactor = true,
        });
        db.AddRange(roles.Values);

        var positions = pack.Positions.ToDictionary(p => p.Key, p => new Position
        {
            CentreId = centre.Id,
            Key = p.Key,
            Name = p.Name.Get(Chinese),
            DepartmentId = departments[p.Department].Id,
            RoleId = roles[p.Role].Id,
            PlannedHeadcount = p.Headcount,
            Duties = p.Duties?.Get(Chinese),
        }, StringComparer.Ordinal);
        foreach (var p in pack.Positions.Where(p => p.ReportsTo is not null))
        {
            positions[p.Key].ReportsToId = positions[p.ReportsTo!].Id;
        }
        db.AddRange(positions.Values);
        return centre;
    }
}
