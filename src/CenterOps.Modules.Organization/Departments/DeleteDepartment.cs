using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Organization.Departments;

/// <summary>ORG-1: removes an empty department. One that still has staff, positions or sub-departments is refused.</summary>
public static class DeleteDepartment
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/departments/{id:guid}", async (Guid id, AppDbContext db, Validation v, IStringLocalizer<OrgResource> text,
                CancellationToken ct) => (await ExecuteAsync(id, db, v, text, ct)).ToHttp(_ => Results.NoContent()))
            .RequireAuthorization(Permissions.OrgManage)
            .WithName(nameof(DeleteDepartment))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Guid>> ExecuteAsync(Guid id, AppDbContext db, Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct)
    {
        var department = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (department is null)
        {
            return Outcome.NotFound<Guid>(v.Message("Problem.NotFound", text["Noun.Department"]));
        }
        var inUse = await db.Set<Employee>().AnyAsync(e => e.DepartmentId == id, ct)
            || await db.Set<Position>().AnyAsync(p => p.DepartmentId == id, ct)
            || await db.Set<Department>().AnyAsync(d => d.ParentId == id, ct);
        if (inUse)
        {
            return Outcome.Conflict<Guid>(text["Org.Department.InUse"]);
        }
        db.Remove(department);
        await db.SaveChangesAsync(ct);
        return id;
    }
}
