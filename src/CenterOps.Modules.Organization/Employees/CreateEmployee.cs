using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Organization.Employees;

/// <summary>ORG-1: HR adds a person to the staff of their centre.</summary>
public static class CreateEmployee
{
    public sealed record Response(Guid Id, Guid Version);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/employees", async (EmployeeInput request, AppDbContext db, ICurrentStaff staff, Validation v,
                IStringLocalizer<OrgResource> text, CancellationToken ct) =>
            (await ExecuteAsync(request, db, staff, v, text, ct)).ToHttp(r => Results.Created($"/api/org/employees/{r.Id}", r)))
            .RequireAuthorization(Permissions.OrgManage)
            .WithName(nameof(CreateEmployee))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

    public static async Task<Outcome<Response>> ExecuteAsync(EmployeeInput request, AppDbContext db, ICurrentStaff staff,
        Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct)
    {
        if (!(await request.ValidateAsync(v, db, null, ct)).IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        var employee = new Employee { CentreId = staff.CentreId!.Value, Name = "" };
        request.ApplyTo(employee);
        db.Add(employee);
        await db.SaveChangesAsync(ct);
        return new Response(employee.Id, employee.Version);
    }
}
