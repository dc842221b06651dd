using System.Globalization;
using CenterOps.Platform.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CenterOps.Platform.Security;

/// <summary>
/// SEC-1: TOTP two-factor set-up. GET gives the shared key and the otpauth URI for an authenticator app;
/// POST with a current code turns it on and re-issues the cookie, which lifts the "set up two-factor" block.
/// </summary>
public static class TwoFactor
{
    public sealed record SetupInfo(bool Enabled, string SharedKey, string AuthenticatorUri);

    public sealed record EnableRequest(string? Code);

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/two-factor", async (HttpContext http, UserManager<StaffUser> users) =>
                await GetSetupAsync(await users.GetUserAsync(http.User) ?? throw new InvalidOperationException(), users))
            .RequireAuthorization()
            .WithName("GetTwoFactorSetup");

        api.MapPost("/two-factor", async (EnableRequest request, HttpContext http, UserManager<StaffUser> users,
                SignInManager<StaffUser> signIn, Validation v, IStringLocalizer<SharedResource> text) =>
            {
                var user = await users.GetUserAsync(http.User) ?? throw new InvalidOperationException();
                return (await EnableAsync(user, request.Code, users, signIn, v, text)).ToHttp(_ => Results.NoContent());
            })
            .RequireAuthorization()
            .WithName("EnableTwoFactor")
            .ProducesValidationProblem();
    }

    public static async Task<SetupInfo> GetSetupAsync(StaffUser user, UserManager<StaffUser> users)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var label = Uri.EscapeDataString($"CenterOps:{user.Email}");
        var uri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{label}?secret={key}&issuer=CenterOps&digits=6");
        return new SetupInfo(user.TwoFactorEnabled, key!, uri);
    }

    public static async Task<Outcome<bool>> EnableAsync(StaffUser user, string? code, UserManager<StaffUser> users,
        SignInManager<StaffUser> signIn, Validation v, IStringLocalizer<SharedResource> text)
    {
        v.Text("code", code, 16);
        if (v.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, SignIn.Normalize(code!)))
        {
            v.Add("code", text["TwoFactor.WrongCode"]);
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<bool>(v);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        return true;
    }
}
