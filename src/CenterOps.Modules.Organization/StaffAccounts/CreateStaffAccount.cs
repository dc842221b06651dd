using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Organization.StaffAccounts;

/// <summary>
/// SEC-1: gives an employee a sign-in. The account takes the role of the employee's position (ORG-2); the
/// initial password must meet the password rules and should be changed by the person at first sign-in.
/// </summary>
public static class CreateStaffAccount
{
    public sealed record Request(string? Email, string? Password);

    public sealed record Response(Guid UserId, string RoleKey);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/employees/{id:guid}/account", async (Guid id, Request request, AppDbContext db, UserManager<StaffUser> users,
                Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct) =>
            (await ExecuteAsync(id, request, db, users, v, text, ct)).ToHttp(r => Results.Created($"/api/org/employees/{id}", r)))
            .RequireAuthorization(Permissions.AccountsManage)
            .WithName(nameof(CreateStaffAccount))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid employeeId, Request request, AppDbContext db,
        UserManager<StaffUser> users, Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct)
    {
        var employee = await (from e in db.Set<Employee>()
                              join p in db.Set<Position>() on e.PositionId equals p.Id
                              join r in db.Set<Role>() on p.RoleId equals r.Id
                              where e.Id == employeeId
                              select new { e.Id, e.CentreId, e.Name, RoleKey = r.Key }).FirstOrDefaultAsync(ct);
        if (employee is null)
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.Employee"]));
        }
        if (await db.Users.AnyAsync(u => u.EmployeeId == employeeId, ct))
        {
            return Outcome.Conflict<Response>(text["Org.Account.Exists"]);
        }
        v.Text("email", request.Email, 256)
            .Check(request.Email is null || request.Email.Contains('@', StringComparison.Ordinal), "email", "Validation.Email")
            .Text("password", request.Password, 128);
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        var user = new StaffUser
        {
            UserName = request.Email!.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = employee.Name,
            CentreId = employee.CentreId,
            EmployeeId = employee.Id,
            RoleKey = employee.RoleKey,
        };
        var result = await users.CreateAsync(user, request.Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                v.Add(e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", e.Description);
            }
            return Outcome.Invalid<Response>(v);
        }
        return new Response(user.Id, user.RoleKey);
    }
}
