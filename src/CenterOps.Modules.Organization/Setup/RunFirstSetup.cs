using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Organization.Setup;

/// <summary>
/// SEC-1: the first run of a new installation creates the centre from a chosen pack and its first administrator.
/// Allowed only while no sign-in exists; afterwards it answers 409.
/// </summary>
public static class RunFirstSetup
{
    public sealed record Request(string? CentreName, string? City, string? Pack, string? AdminName, string? Email, string? Password);

    public sealed record Response(Guid CentreId, Guid UserId);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/setup", async (Request request, AppDbContext db, PackCatalog packs, PackStore store, UserManager<StaffUser> users,
                Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct) =>
            (await ExecuteAsync(request, db, packs, store, users, v, text, ct)).ToHttp())
            .AllowAnonymous()
            .WithName(nameof(RunFirstSetup))
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<bool> IsNeededAsync(AppDbContext db, CancellationToken ct) => !await db.Users.AnyAsync(ct);

    public static async Task<Outcome<Response>> ExecuteAsync(Request request, AppDbContext db, PackCatalog packs,
        PackStore store, UserManager<StaffUser> users, Validation v, IStringLocalizer<OrgResource> text, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return Outcome.Conflict<Response>(text["Setup.AlreadyDone"]);
        }
        v.Text("centreName", request.CentreName, 100)
            .Text("city", request.City, 50, required: false)
            .Text("adminName", request.AdminName, 100)
            .Text("email", request.Email, 256)
            .Check(request.Email is null || request.Email.Contains('@', StringComparison.Ordinal), "email", "Validation.Email")
            .Check(packs.Find(request.Pack) is not null, "pack", "Validation.UnknownOption");
        if (string.IsNullOrEmpty(request.Password))
        {
            v.Add("password", v.Message("Validation.Required"));
        }
        else
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, new StaffUser(), request.Password);
                foreach (var e in result.Errors)
                {
                    v.Add("password", e.Description);
                }
            }
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var centre = await CentreFromPack.CreateAsync(db, store, packs, request.Pack!, request.CentreName!.Trim(), request.City?.Trim(), null, ct);
        await db.SaveChangesAsync(ct);
        var admin = new StaffUser
        {
            UserName = request.Email!.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = request.AdminName!.Trim(),
            CentreId = centre.Id,
            RoleKey = Domain.Role.AdministratorKey,
        };
        var created = await users.CreateAsync(admin, request.Password!);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
            {
                v.Add("email", e.Description);
            }
            return Outcome.Invalid<Response>(v);
        }
        await transaction.CommitAsync(ct);
        return new Response(centre.Id, admin.Id);
    }
}
