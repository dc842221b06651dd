using System.Globalization;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace CenterOps.Platform.Localization;

/// <summary>The languages CenterOps speaks. zh-Hans is the default; the choice is kept in a cookie.</summary>
public static class Cultures
{
    public const string Default = "zh-Hans";

    public static readonly IReadOnlyList<string> Supported = ["zh-Hans", "zh-Hant", "en"];

    public static string DisplayName(string culture) => culture switch
    {
        "zh-Hans" => "简体中文",
        "zh-Hant" => "繁體中文",
        _ => "English",
    };

    public static RequestLocalizationOptions Options()
    {
        var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // Cookie first (the switcher), then the browser's Accept-Language.
            RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
    }

    /// <summary>GET /culture?name=en&amp;returnUrl=/ — the language switcher.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", async (HttpContext http, string name, string? returnUrl, UserManager<StaffUser> users) =>
        {
            if (Supported.Contains(name))
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
                // Remembered on the account too, so messages sent while the person is away are written in it.
                if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user && user.Culture != name)
                {
                    user.Culture = name;
                    await users.UpdateAsync(user);
                }
            }
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
}
