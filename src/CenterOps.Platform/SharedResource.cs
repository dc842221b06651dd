namespace CenterOps.Platform;

/// <summary>
/// Marker for the platform's strings: <c>Resources/SharedResource.resx</c> (zh-Hans), <c>.zh-Hant</c>, <c>.en</c>.
/// It sits in the root namespace so the localizer finds the resources by name.
/// </summary>
public sealed class SharedResource;
