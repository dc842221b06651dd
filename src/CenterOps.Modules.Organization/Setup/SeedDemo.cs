using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Organization.Setup;

/// <summary>
/// <c>--demo &lt;pack&gt;</c>: a believable demo centre from the pack's <c>demo</c> section — head centre, a branch,
/// staff with reporting lines and experience, and a few sign-ins. Runs once; an existing database is left alone.
/// </summary>
public static class SeedDemo
{
    public const string Password = "Demo#2026";

    public sealed record SignIn(string Email, string Name, string Role, bool TwoFactorRequired);

    public static async Task<IReadOnlyList<SignIn>> RunAsync(AppDbContext db, UserManager<StaffUser> users, PackStore store,
        PackCatalog catalog, string packName, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(ct))
        {
            await SeedAsync(db, users, store, catalog, packName, ct);
        }
        return await (from u in db.Users.AsNoTracking()
                      join r in db.Set<Role>().IgnoreQueryFilters() on new { u.CentreId, Key = u.RoleKey } equals new { r.CentreId, r.Key }
                      orderby u.Email
                      select new SignIn(u.Email!, u.DisplayName, r.Name, r.RequiresTwoFactor && !u.TwoFactorEnabled))
            .ToListAsync(ct);
    }

    static async Task SeedAsync(AppDbContext db, UserManager<StaffUser> users, PackStore store, PackCatalog catalog, string packName,
        CancellationToken ct)
    {
        var pack = catalog.Get(packName);
        var demo = pack.Demo ?? new PackDemo { Centre = new DemoCentre { Name = pack.Name.Get(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")) } };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var head = await CentreFromPack.CreateAsync(db, store, catalog, packName, demo.Centre.Name, demo.Centre.City, null, ct);
        foreach (var branch in demo.Branches)
        {
            await CentreFromPack.CreateAsync(db, store, catalog, packName, branch.Name, branch.City, head.Id, ct);
        }
        await db.SaveChangesAsync(ct);

        var positions = await db.Set<Position>().IgnoreQueryFilters().Where(p => p.CentreId == head.Id).ToListAsync(ct);
        var byKey = positions.Where(p => p.Key is not null).ToDictionary(p => p.Key!, StringComparer.Ordinal);
        var roles = await db.Set<Role>().IgnoreQueryFilters().Where(r => r.CentreId == head.Id).ToDictionaryAsync(r => r.Id, ct);
        var hired = new List<(Employee Employee, Position Position, DemoStaff Source)>();
        foreach (var s in demo.Staff)
        {
            var position = byKey[s.Position];
            var employee = new Employee
            {
                CentreId = head.Id,
                Name = s.Name,
                DepartmentId = position.DepartmentId,
                PositionId = position.Id,
                YearsOfExperience = s.Years,
                Specialities = [.. s.Tags],
                Industries = [.. s.Industries],
                Qualifications = [.. s.Qualifications],
                HiredOn = new DateOnly(2026 - Math.Min(s.Years, 8), 3, 1),
            };
            hired.Add((employee, position, s));
            db.Add(employee);
        }
        // Reporting lines follow the positions': each person reports to the first holder of the position above.
        foreach (var (employee, position, _) in hired)
        {
            employee.ManagerId = hired.FirstOrDefault(h => h.Position.Id == position.ReportsToId).Employee?.Id;
        }
        await db.SaveChangesAsync(ct);

        await CreateAsync(users, new StaffUser
        {
            UserName = "admin@demo.centerops.local",
            Email = "admin@demo.centerops.local",
            DisplayName = "系统管理员",
            CentreId = head.Id,
            RoleKey = Role.AdministratorKey,
        });
        foreach (var (employee, position, source) in hired.Where(h => h.Source.SignIn is not null))
        {
            var email = $"{source.SignIn}@demo.centerops.local";
            await CreateAsync(users, new StaffUser
            {
                UserName = email,
                Email = email,
                DisplayName = employee.Name,
                CentreId = head.Id,
                EmployeeId = employee.Id,
                RoleKey = roles[position.RoleId].Key,
            });
        }
        await transaction.CommitAsync(ct);
    }

    static async Task CreateAsync(UserManager<StaffUser> users, StaffUser user)
    {
        user.EmailConfirmed = true;
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
