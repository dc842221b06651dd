namespace CenterOps.Modules.Clients;

/// <summary>
/// Marker for the Clients module's strings: <c>Resources/ClientsResource.resx</c> (zh-Hans), <c>.zh-Hant</c>, <c>.en</c>.
/// It sits in the root namespace so the localizer finds the resources by name.
/// </summary>
public sealed class ClientsResource;
