using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CenterOps.Platform.Security;

/// <summary>SEC-1: the account API — sign in, sign out, two-factor set-up, who am I.</summary>
public static class AccountEndpoints
{
    public sealed record Me(Guid Id, string? Email, string? Name, Guid CentreId, string Role, IReadOnlyList<string> Permissions,
        bool TwoFactorEnabled, bool TwoFactorSetupRequired);

    public static void MapAccount(this IEndpointRouteBuilder api)
    {
        var account = api.MapGroup("/account").WithTags("Account");
        SignIn.Map(account);
        TwoFactor.Map(account);
        account.MapPost("/logout", async (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        }).RequireAuthorization().WithName("SignOut");
        account.MapGet("/me", (ClaimsPrincipal user) => new Me(
                Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
                user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name,
                user.FindFirstValue(ClaimTypes.GivenName),
                Guid.Parse(user.FindFirstValue(StaffClaims.Centre)!),
                user.FindFirstValue(StaffClaims.Role) ?? "",
                user.FindAll(StaffClaims.Permission).Select(c => c.Value).ToList(),
                user.HasClaim(c => c.Type == "amr" && c.Value == "mfa"),
                user.HasClaim(c => c.Type == StaffClaims.TwoFactorSetupRequired)))
            .RequireAuthorization()
            .WithName("WhoAmI");
    }
}
