using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Audit;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Organization.Employees;

/// <summary>ORG-1: one employee's file. A personnel file is sensitive: opening it is audited (SEC-2).</summary>
public static class GetEmployee
{
    public sealed record Response(Guid Id, Guid Version, string Name, Guid DepartmentId, Guid PositionId, Guid? ManagerId,
        int YearsOfExperience, IReadOnlyList<string> Specialities, IReadOnlyList<string> Industries,
        IReadOnlyList<string> Qualifications, string? Phone, string? Email, DateOnly? HiredOn, bool HasSignIn);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/employees/{id:guid}", async (Guid id, AppDbContext db, AuditTrail audit, Validation v,
                IStringLocalizer<OrgResource> text, CancellationToken ct) =>
            (await ExecuteAsync(id, db, audit, v, text, ct)).ToHttp())
            .RequireAuthorization(Permissions.OrgRead)
            .WithName(nameof(GetEmployee))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, AppDbContext db, AuditTrail audit, Validation v,
        IStringLocalizer<OrgResource> text, CancellationToken ct)
    {
        var found = await db.Set<Employee>().AsNoTracking().Where(e => e.Id == id)
            .Select(e => new Response(e.Id, e.Version, e.Name, e.DepartmentId, e.PositionId, e.ManagerId, e.YearsOfExperience,
                e.Specialities, e.Industries, e.Qualifications, e.Phone, e.Email, e.HiredOn,
                db.Users.Any(u => u.EmployeeId == e.Id)))
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.Employee"]));
        }
        audit.Read(nameof(Employee), id);
        await db.SaveChangesAsync(ct);
        return found;
    }
}
