using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Organization.Domain;

/// <summary>ORG-2: a role of the regulation with the permissions its holders get. Seeded from the pack, editable.</summary>
internal sealed class Role : ICentreOwned, IVersioned
{
    public const string AdministratorKey = "administrator";

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public required string Key { get; init; }
    public required string Name { get; set; }
    public List<string> Permissions { get; set; } = [];
    public bool RequiresTwoFactor { get; set; }
    public Guid Version { get; set; }

    public IEnumerable<string> EffectivePermissions =>
        Permissions.Contains(Platform.Security.Permissions.Everything) ? Platform.Security.Permissions.All : Permissions;
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.ToTable("org_roles");
        b.Property(r => r.Key).HasMaxLength(64);
        b.Property(r => r.Name).HasMaxLength(100);
        b.HasIndex(r => new { r.CentreId, r.Key }).IsUnique();
        b.HasOne<Centre>().WithMany().HasForeignKey(r => r.CentreId).OnDelete(DeleteBehavior.Restrict);
    }
}
