using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Organization.Roles;

/// <summary>
/// ORG-2: changes a role's name, permissions and two-factor requirement. Holders get the new permissions at their
/// next sign-in or cookie refresh. The administrator role always keeps every permission and two-factor sign-in.
/// </summary>
public static class UpdateRole
{
    public sealed record Request(Guid Version, string? Name, IReadOnlyList<string>? Permissions, bool RequiresTwoFactor);

    public sealed record Response(Guid Id, Guid Version);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/roles/{id:guid}", async (Guid id, Request request, AppDbContext db, Validation v,
                IStringLocalizer<OrgResource> text, CancellationToken ct) => (await ExecuteAsync(id, request, db, v, text, ct)).ToHttp())
            .RequireAuthorization(Platform.Security.Permissions.RolesManage)
            .WithName(nameof(UpdateRole))
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request request, AppDbContext db, Validation v,
        IStringLocalizer<OrgResource> text, CancellationToken ct)
    {
        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.Role"]));
        }
        v.Text("name", request.Name, 100);
        var known = Platform.Security.Permissions.All;
        v.Check(request.Permissions is not null && request.Permissions.All(p => known.Contains(p) || p == Platform.Security.Permissions.Everything),
            "permissions", "Validation.UnknownOption");
        if (role.Key == Role.AdministratorKey)
        {
            v.Check(request.RequiresTwoFactor && request.Permissions?.Contains(Platform.Security.Permissions.Everything) == true,
                "permissions", "Validation.UnknownOption");
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        db.Entry(role).Property(r => r.Version).OriginalValue = request.Version;
        role.Name = request.Name!.Trim();
        role.Permissions = request.Permissions!.Distinct(StringComparer.Ordinal).ToList();
        role.RequiresTwoFactor = request.RequiresTwoFactor;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict<Response>(v.Message("Problem.StaleEdit"));
        }
        return new Response(role.Id, role.Version);
    }
}
