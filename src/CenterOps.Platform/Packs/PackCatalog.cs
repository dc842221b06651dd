namespace CenterOps.Platform.Packs;

/// <summary>The packs shipped with this installation (<c>policy-packs/*.yaml</c>), loaded and checked once at start.</summary>
public sealed class PackCatalog
{
    readonly Dictionary<string, (PolicyPack Pack, string Yaml)> _packs;

    public PackCatalog(string directory)
    {
        _packs = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.yaml")
                .Select(f => File.ReadAllText(f))
                .Select(yaml => (Pack: PackLoader.Parse(yaml), Yaml: yaml))
                .ToDictionary(p => p.Pack.Pack, StringComparer.Ordinal)
            : [];
    }

    public IReadOnlyCollection<PolicyPack> All => _packs.Values.Select(p => p.Pack).ToList();

    public PolicyPack? Find(string? name) => name is not null && _packs.TryGetValue(name, out var p) ? p.Pack : null;

    public PolicyPack Get(string name) => Find(name)
        ?? throw new KeyNotFoundException($"No policy pack named '{name}'. Available: {string.Join(", ", _packs.Keys)}");

    /// <summary>The shipped YAML text of a pack, as it is stored when a centre is created from it.</summary>
    public string Yaml(string name) => _packs[name].Yaml;
}
