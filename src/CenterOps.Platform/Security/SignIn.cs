using CenterOps.Platform.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CenterOps.Platform.Security;

/// <summary>
/// SEC-1: signs a staff member in with email and password, and the authenticator code when two-factor is on.
/// Five wrong passwords lock the account for 15 minutes. Sets the same cookie the staff console uses.
/// </summary>
public static class SignIn
{
    public sealed record Request(string? Email, string? Password, string? Code);

    public enum Status
    {
        SignedIn,
        TwoFactorRequired,
        Failed,
        LockedOut,
    }

    public sealed record Response(Status Status);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/login", async (Request request, SignInManager<StaffUser> signIn, Validation v,
                IStringLocalizer<SharedResource> text) =>
            {
                var outcome = await ExecuteAsync(request, signIn, v);
                if (!outcome.Ok)
                {
                    return outcome.ToHttp();
                }
                return outcome.Value!.Status switch
                {
                    Status.SignedIn or Status.TwoFactorRequired => Results.Ok(outcome.Value),
                    Status.LockedOut => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: text["SignIn.LockedOut"],
                        type: "https://centerops.dev/problems/locked-out"),
                    _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: text["SignIn.Failed"],
                        type: "https://centerops.dev/problems/sign-in-failed"),
                };
            })
            .AllowAnonymous()
            .WithName(nameof(SignIn))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    public static async Task<Outcome<Response>> ExecuteAsync(Request request, SignInManager<StaffUser> signIn, Validation v)
    {
        v.Text("email", request.Email, 256).Text("password", request.Password, 128);
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        var result = await signIn.PasswordSignInAsync(request.Email!.Trim(), request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(request.Code))
            {
                return new Response(Status.TwoFactorRequired);
            }
            result = await signIn.TwoFactorAuthenticatorSignInAsync(Normalize(request.Code), isPersistent: false, rememberClient: false);
        }
        return new Response(result.Succeeded ? Status.SignedIn : result.IsLockedOut ? Status.LockedOut : Status.Failed);
    }

    /// <summary>Authenticator apps show "123 456"; Identity wants "123456".</summary>
    public static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
