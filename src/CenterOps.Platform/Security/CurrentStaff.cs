using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CenterOps.Platform.Security;

/// <summary>Who is acting, for which centre, from where. Read from the sign-in cookie's claims; no database hit.</summary>
public interface ICurrentStaff
{
    Guid? UserId { get; }
    string? UserName { get; }
    Guid? CentreId { get; }
    string? RoleKey { get; }
    string? RemoteAddress { get; }
    bool Has(string permission);
}

internal sealed class HttpCurrentStaff(IHttpContextAccessor accessor, StaffPrincipal scoped) : ICurrentStaff
{
    ClaimsPrincipal? User => (scoped.User ?? accessor.HttpContext?.User) is { Identity.IsAuthenticated: true } u ? u : null;

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => User?.Identity?.Name;

    public Guid? CentreId => Guid.TryParse(User?.FindFirstValue(StaffClaims.Centre), out var id) ? id : null;

    public string? RoleKey => User?.FindFirstValue(StaffClaims.Role);

    public string? RemoteAddress => scoped.RemoteAddress ?? accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool Has(string permission) => User?.HasClaim(StaffClaims.Permission, permission) == true;
}

/// <summary>Claim types CenterOps puts in the sign-in cookie.</summary>
public static class StaffClaims
{
    public const string Centre = "centerops:centre";
    public const string Permission = "centerops:perm";
    public const string Role = "centerops:role";
    public const string TimeZone = "centerops:tz";
    /// <summary>Present when the role requires two-factor sign-in and the user has not enabled it yet.</summary>
    public const string TwoFactorSetupRequired = "centerops:2fa-setup";
}
