namespace CenterOps.Modules.Care;

/// <summary>Marker for the Care module's strings (Resources/CareResource*.resx).</summary>
public sealed class CareResource;
