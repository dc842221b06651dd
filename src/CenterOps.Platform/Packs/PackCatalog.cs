namespace CenterOps.Platform.Packs;

/// <summary>The packs shipped with this installation (<c>policy-packs/*.yaml</c>), loaded and checked once at start.</summary>
public sealed class PackCatalog
{
    readonly Dictionary<string, PolicyPack> _packs;

    public PackCatalog(string directory)
    {
        _packs = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.yaml")
                .Select(f => PackLoader.Parse(File.ReadAllText(f)))
                .ToDictionary(p => p.Pack, StringComparer.Ordinal)
            : [];
    }

    public IReadOnlyCollection<PolicyPack> All => _packs.Values;

    public PolicyPack? Find(string? name) => name is not null && _packs.TryGetValue(name, out var p) ? p : null;

    public PolicyPack Get(string name) => Find(name)
        ?? throw new KeyNotFoundException($"No policy pack named '{name}'. Available: {string.Join(", ", _packs.Keys)}");
}
