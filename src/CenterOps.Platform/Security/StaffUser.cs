using Microsoft.AspNetCore.Identity;

namespace CenterOps.Platform.Security;

/// <summary>A staff member's sign-in (SEC-1). The person behind it is an employee of the Organization module.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public Guid CentreId { get; set; }

    public Guid? EmployeeId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>Role key from the centre's policy pack; decides the permissions (ORG-2).</summary>
    public string RoleKey { get; set; } = "";

    /// <summary>The language chosen in the console; messages to this person are written in it (POL-1 templates per language).</summary>
    public string? Culture { get; set; }
}
