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

/// <summary>
/// ORG-1: creates a department (POST) or edits one (PUT with the version read). Names are unique within a centre;
/// a department cannot sit under itself or its own sub-department.
/// </summary>
public static class SaveDepartment
{
    public sealed record UpdateRequest(Guid Version, DepartmentInput Department);

    public sealed record Response(Guid Id, Guid Version);

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/departments", async (DepartmentInput request, AppDbContext db, ICurrentStaff staff, Validation v,
                IStringLocalizer<OrgResource> text, CancellationToken ct) =>
            (await ExecuteAsync(null, null, request, db, staff, v, text, ct))
                .ToHttp(r => Results.Created($"/api/org/departments/{r.Id}", r)))
            .RequireAuthorization(Permissions.OrgManage)
            .WithName("CreateDepartment")
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        api.MapPut("/departments/{id:guid}", async (Guid id, UpdateRequest request, AppDbContext db, ICurrentStaff staff,
                Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct) =>
            (await ExecuteAsync(id, request.Version, request.Department, db, staff, v, text, ct)).ToHttp())
            .RequireAuthorization(Permissions.OrgManage)
            .WithName("UpdateDepartment")
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Outcome<Response>> ExecuteAsync(Guid? id, Guid? version, DepartmentInput? input, AppDbContext db,
        ICurrentStaff staff, Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct)
    {
        if (input is null)
        {
            v.Add("department", v.Message("Validation.Required"));
            return Outcome.Invalid<Response>(v);
        }
        Department? department = null;
        if (id is { } existing)
        {
            department = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == existing, ct);
            if (department is null)
            {
                return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.Department"]));
            }
        }
        var messages = new Dictionary<string, string>
        {
            ["cycle"] = text["Org.Department.Cycle"],
            ["duplicate"] = text["Org.Department.Duplicate"],
        };
        if (!(await input.ValidateAsync(v, db, id, messages, ct)).IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        if (department is null)
        {
            department = new Department { CentreId = staff.CentreId!.Value, Name = "" };
            db.Add(department);
        }
        else
        {
            db.Entry(department).Property(d => d.Version).OriginalValue = version ?? Guid.Empty;
        }
        input.ApplyTo(department);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict<Response>(v.Message("Problem.StaleEdit"));
        }
        return new Response(department.Id, department.Version);
    }
}
