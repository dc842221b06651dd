using System.Security.Cryptography;
using System.Text;
using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Platform.Packs;

/// <summary>
/// POL-1: one imported version of a pack, kept whole as its YAML text. Versions are never edited: an edit imports a
/// new version, and a centre is bound to one version at a time. Timers keep the version they were opened under.
/// </summary>
public sealed class PackVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string PackName { get; init; }
    /// <summary>1, 2, 3… per pack name, in import order.</summary>
    public int Number { get; init; }
    public required string Yaml { get; init; }
    public required string Sha256 { get; init; }
    public DateTimeOffset ImportedAt { get; init; }
    public string ImportedBy { get; init; } = "";
    public string? Note { get; init; }

    public static string Hash(string yaml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));
}

/// <summary>Which pack version a centre runs by.</summary>
public sealed class CentrePack
{
    public Guid CentreId { get; init; }
    public Guid PackVersionId { get; set; }
    public DateTimeOffset BoundAt { get; set; }
    /// <summary>When the centre first ran by a pack: quota periods are judged only from the first full period after it.</summary>
    public DateTimeOffset Since { get; init; }
}

internal sealed class PackVersionConfiguration : IEntityTypeConfiguration<PackVersion>, IEntityTypeConfiguration<CentrePack>
{
    public void Configure(EntityTypeBuilder<PackVersion> b)
    {
        b.ToTable("pol_pack_versions");
        b.Property(p => p.PackName).HasMaxLength(64);
        b.Property(p => p.Sha256).HasMaxLength(64);
        b.Property(p => p.ImportedBy).HasMaxLength(256);
        b.Property(p => p.Note).HasMaxLength(500);
        b.HasIndex(p => new { p.PackName, p.Number }).IsUnique();
        b.HasIndex(p => new { p.PackName, p.Sha256 });
    }

    public void Configure(EntityTypeBuilder<CentrePack> b)
    {
        b.ToTable("pol_centre_packs");
        b.HasKey(c => c.CentreId);
        b.HasOne<PackVersion>().WithMany().HasForeignKey(c => c.PackVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Reads and writes pack versions and centre bindings; the one place that turns stored YAML back into a pack.</summary>
public sealed class PackStore(AppDbContext db, TimeProvider clock, Security.ICurrentStaff staff)
{
    static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, PolicyPack> Parsed = new();

    /// <summary>Stores the YAML as a new version unless the same text is already the latest; returns that version.</summary>
    public async Task<PackVersion> ImportAsync(PolicyPack pack, string yaml, string? note, CancellationToken ct)
    {
        var hash = PackVersion.Hash(yaml);
        // A version added earlier in this unit of work (a centre and its branches created together) counts too.
        var latest = db.ChangeTracker.Entries<PackVersion>().Select(e => e.Entity).Where(v => v.PackName == pack.Pack)
                .OrderByDescending(v => v.Number).FirstOrDefault()
            ?? await db.Set<PackVersion>().Where(v => v.PackName == pack.Pack).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (latest?.Sha256 == hash)
        {
            return latest;
        }
        var version = new PackVersion
        {
            PackName = pack.Pack,
            Number = (latest?.Number ?? 0) + 1,
            Yaml = yaml,
            Sha256 = hash,
            ImportedAt = clock.GetUtcNow(),
            ImportedBy = staff.UserName ?? "system",
            Note = note,
        };
        db.Add(version);
        Parsed[version.Id] = pack;
        return version;
    }

    public async Task BindCentreAsync(Guid centreId, Guid packVersionId, CancellationToken ct)
    {
        var binding = await db.Set<CentrePack>().FirstOrDefaultAsync(c => c.CentreId == centreId, ct);
        if (binding is null)
        {
            db.Add(new CentrePack { CentreId = centreId, PackVersionId = packVersionId, BoundAt = clock.GetUtcNow(), Since = clock.GetUtcNow() });
        }
        else
        {
            binding.PackVersionId = packVersionId;
            binding.BoundAt = clock.GetUtcNow();
        }
    }

    public Task<int> NumberAsync(Guid versionId, CancellationToken ct) =>
        db.Set<PackVersion>().AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Number).SingleAsync(ct);

    public Task<string> YamlAsync(Guid versionId, CancellationToken ct) =>
        db.Set<PackVersion>().AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Yaml).SingleAsync(ct);

    /// <summary>The pack version a centre runs by, parsed (versions are immutable, so parsing is cached).</summary>
    public async Task<(Guid VersionId, PolicyPack Pack)?> ForCentreAsync(Guid centreId, CancellationToken ct)
    {
        var row = await (from c in db.Set<CentrePack>()
                         join v in db.Set<PackVersion>() on c.PackVersionId equals v.Id
                         where c.CentreId == centreId
                         select new { v.Id, v.Yaml }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.Id, Parsed.GetOrAdd(row.Id, _ => PackLoader.Parse(row.Yaml)));
    }
}
