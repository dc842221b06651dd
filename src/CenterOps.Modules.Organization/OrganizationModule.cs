using CenterOps.Modules.Organization.Centres;
using CenterOps.Modules.Organization.Composition;
using CenterOps.Modules.Organization.Departments;
using CenterOps.Modules.Organization.Employees;
using CenterOps.Modules.Organization.Positions;
using CenterOps.Modules.Organization.Roles;
using CenterOps.Modules.Organization.Setup;
using CenterOps.Modules.Organization.StaffAccounts;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Modules.Organization;

/// <summary>The only wiring of the Organization module (ORG-1..3, SEC-1 accounts): its model and its endpoints.</summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddSingleton(new ModelAssembly(typeof(OrganizationModule).Assembly));
        services.AddScoped<IUserClaimsPrincipalFactory<StaffUser>, StaffClaimsFactory>();
        return services;
    }

    public static void MapOrganization(this IEndpointRouteBuilder api)
    {
        var org = api.MapGroup("/org").WithTags("Organization").RequireAuthorization();
        ListCentres.Map(org);
        CreateBranch.Map(org);
        ListDepartments.Map(org);
        SaveDepartment.Map(org);
        DeleteDepartment.Map(org);
        ListPositions.Map(org);
        ListRoles.Map(org);
        UpdateRole.Map(org);
        ListEmployees.Map(org);
        GetEmployee.Map(org);
        CreateEmployee.Map(org);
        UpdateEmployee.Map(org);
        DeleteEmployee.Map(org);
        CreateStaffAccount.Map(org);
        EvaluateComposition.Map(org);

        RunFirstSetup.Map(api.MapGroup("").WithTags("Set-up"));
    }
}
