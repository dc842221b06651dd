using System.Security.Claims;
using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CenterOps.Modules.Organization.StaffAccounts;

/// <summary>
/// SEC-1/ORG-2: puts the centre, the role and the role's permissions into the sign-in cookie, so every request is
/// authorised without a database round trip. The cookie is re-issued when the security stamp is re-validated.
/// </summary>
internal sealed class StaffClaimsFactory(UserManager<StaffUser> users, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.Centre, user.CentreId.ToString()));
        identity.AddClaim(new Claim(StaffClaims.Role, user.RoleKey));
        if (!string.IsNullOrEmpty(user.DisplayName))
        {
            identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        }
        // Sign-in runs before any centre is known, so look past the centre filter explicitly.
        var role = await db.Set<Role>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.CentreId == user.CentreId && r.Key == user.RoleKey);
        var centre = await db.Set<Centre>().AsNoTracking().Where(c => c.Id == user.CentreId).Select(c => c.TimeZone).FirstOrDefaultAsync();
        identity.AddClaim(new Claim(StaffClaims.TimeZone, centre ?? "Asia/Shanghai"));
        if (role is null)
        {
            return identity;
        }
        foreach (var permission in role.EffectivePermissions)
        {
            identity.AddClaim(new Claim(StaffClaims.Permission, permission));
        }
        if (role.RequiresTwoFactor && !user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(StaffClaims.TwoFactorSetupRequired, "true"));
        }
        return identity;
    }
}
