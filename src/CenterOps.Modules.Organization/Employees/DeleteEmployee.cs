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

/// <summary>ORG-1: removes an employee who manages nobody. The audit log keeps that it happened.</summary>
public static class DeleteEmployee
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/employees/{id:guid}", async (Guid id, AppDbContext db, Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct) =>
            (await ExecuteAsync(id, db, v, text, ct)).ToHttp(_ => Results.NoContent()))
            .RequireAuthorization(Permissions.OrgManage)
            .WithName(nameof(DeleteEmployee))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Guid>> ExecuteAsync(Guid id, AppDbContext db, Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct)
    {
        var employee = await db.Set<Employee>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null)
        {
            return Outcome.NotFound<Guid>(v.Message("Problem.NotFound", text["Noun.Employee"]));
        }
        if (await db.Set<Employee>().AnyAsync(e => e.ManagerId == id, ct))
        {
            return Outcome.Conflict<Guid>(text["Org.Employee.HasReports"]);
        }
        db.Remove(employee);
        await db.SaveChangesAsync(ct);
        return id;
    }
}
