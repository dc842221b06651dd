using CenterOps.Platform.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CenterOps.Platform.Security;

/// <summary>
/// SEC-1: ASP.NET Core Identity for staff — password rules, lockout after five failures, TOTP two-factor, an idle
/// timeout — and one authorization policy per permission. The API shares the cookie but answers 401/403 as
/// problem+json instead of redirecting.
/// </summary>
public static class SecuritySetup
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static IServiceCollection AddStaffSecurity(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();

        // Permission changes and disabled accounts reach open sessions within five minutes.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "centerops.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Events.OnValidatePrincipal = ValidateSecurityStampWhenDue;
            o.Events.OnRedirectToLogin = c => ApiOrRedirect(c, StatusCodes.Status401Unauthorized, "Problem.SignInRequired");
            o.Events.OnRedirectToAccessDenied = c => ApiOrRedirect(c, StatusCodes.Status403Forbidden,
                c.HttpContext.User.HasClaim(x => x.Type == StaffClaims.TwoFactorSetupRequired) ? "Problem.TwoFactorSetupRequired" : "Problem.Forbidden");
        });

        // Runs after the cookie handler's own post-configuration, which creates the ticket format.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme,
            o => o.TicketDataFormat = new CachedTicketFormat(o.TicketDataFormat));

        var authorization = services.AddAuthorizationBuilder();
        foreach (var permission in Permissions.All)
        {
            // A role that requires two factors grants nothing until they are set up (SEC-1).
            authorization.AddPolicy(permission, p => p.RequireAuthenticatedUser()
                .RequireClaim(StaffClaims.Permission, permission)
                .RequireAssertion(c => !c.User.HasClaim(x => x.Type == StaffClaims.TwoFactorSetupRequired)));
        }
        return services;
    }

    /// <summary>
    /// Identity's validator is resolved from the request's services on every request, and with it the whole sign-in
    /// graph (SignInManager, UserManager, the user store and a DbContext) — even on the 299 of 300 seconds when the
    /// stamp is not due. Check the interval first (the same test the validator makes) and resolve it only when due.
    /// </summary>
    static Task ValidateSecurityStampWhenDue(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var issued = context.Properties.IssuedUtc;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return issued is null || now - issued.Value > options.ValidationInterval
            ? SecurityStampValidator.ValidatePrincipalAsync(context)
            : Task.CompletedTask;
    }

    static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> c, int status, string titleKey)
    {
        if (!c.Request.Path.StartsWithSegments("/api"))
        {
            c.Response.Redirect(c.RedirectUri);
            return Task.CompletedTask;
        }
        var text = c.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        c.Response.StatusCode = status;
        return c.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = c.HttpContext,
            ProblemDetails = { Status = status, Title = text[titleKey] },
        }).AsTask();
    }
}
