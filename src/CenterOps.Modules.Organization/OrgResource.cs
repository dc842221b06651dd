namespace CenterOps.Modules.Organization;

/// <summary>
/// Marker for the Organization module's strings: <c>Resources/OrgResource.resx</c> (zh-Hans), <c>.zh-Hant</c>, <c>.en</c>.
/// It sits in the root namespace so the localizer finds the resources by name.
/// </summary>
public sealed class OrgResource;
