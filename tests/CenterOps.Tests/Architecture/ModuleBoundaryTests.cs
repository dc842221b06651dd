using CenterOps.Modules.Organization;
using CenterOps.Platform;
using NetArchTest.Rules;

namespace CenterOps.Tests.Architecture;

/// <summary>The modular monolith stays modular: the dependency rules of docs/architecture.md, checked on the compiled code.</summary>
public sealed class ModuleBoundaryTests
{
    static readonly System.Reflection.Assembly PlatformAssembly = typeof(PlatformModule).Assembly;
    static readonly System.Reflection.Assembly OrganizationAssembly = typeof(OrganizationModule).Assembly;

    static void AssertHolds(NetArchTest.Rules.TestResult result) =>
        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));

    [Fact]
    public void The_platform_depends_on_no_module_and_not_on_the_host() =>
        AssertHolds(Types.InAssembly(PlatformAssembly).ShouldNot()
            .HaveDependencyOnAny("CenterOps.Modules", "CenterOps.Web").GetResult());

    [Fact]
    public void A_module_does_not_depend_on_the_host() =>
        AssertHolds(Types.InAssembly(OrganizationAssembly).ShouldNot().HaveDependencyOn("CenterOps.Web").GetResult());

    [Fact]
    public void Entities_of_a_module_are_internal_to_it() =>
        AssertHolds(Types.InAssembly(OrganizationAssembly).That().ResideInNamespace("CenterOps.Modules.Organization.Domain")
            .ShouldNot().BePublic().GetResult());

    [Fact]
    public void The_host_holds_no_data_access_beyond_its_command_line() =>
        AssertHolds(Types.InAssembly(typeof(Program).Assembly).That().DoNotHaveNameStartingWith("HostCommand")
            .And().DoNotResideInNamespace("CenterOps.Migrations")
            .ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult());

    [Fact]
    public void Migrations_live_in_their_own_assemblies_not_in_modules() =>
        AssertHolds(Types.InAssemblies([PlatformAssembly, OrganizationAssembly]).ShouldNot()
            .Inherit(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)).GetResult());
}
