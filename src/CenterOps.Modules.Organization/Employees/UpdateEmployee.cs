using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Organization.Employees;

/// <summary>ORG-1: HR edits an employee. The version read with the record must still be current, else 409.</summary>
public static class UpdateEmployee
{
    public sealed record Request(Guid Version, EmployeeInput Employee);

    public sealed record Response(Guid Id, Guid Version);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/employees/{id:guid}", async (Guid id, Request request, AppDbContext db, Validation v,
                IStringLocalizer<OrgResource> text, CancellationToken ct) =>
            (await ExecuteAsync(id, request, db, v, text, ct)).ToHttp())
            .RequireAuthorization(Permissions.OrgManage)
            .WithName(nameof(UpdateEmployee))
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request request, AppDbContext db, Validation v,
        IStringLocalizer<OrgResource> text, CancellationToken ct)
    {
        if (request.Employee is null)
        {
            v.Add("employee", v.Message("Validation.Required"));
            return Outcome.Invalid<Response>(v);
        }
        var employee = await db.Set<Employee>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null)
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.Employee"]));
        }
        if (!(await request.Employee.ValidateAsync(v, db, id, ct)).IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        db.Entry(employee).Property(e => e.Version).OriginalValue = request.Version;
        request.Employee.ApplyTo(employee);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict<Response>(v.Message("Problem.StaleEdit"));
        }
        return new Response(employee.Id, employee.Version);
    }
}
