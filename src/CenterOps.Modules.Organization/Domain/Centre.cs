using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Organization.Domain;

/// <summary>ORG-1: a centre. A chain is a head centre (no parent) with branches under it; each runs one policy pack.</summary>
internal sealed class Centre : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid? ParentId { get; set; }
    public required string Name { get; set; }
    public string? City { get; set; }
    public required string PackName { get; set; }
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public Guid Version { get; set; }

    /// <summary>The head centre of the chain this centre belongs to.</summary>
    public Guid ChainId => ParentId ?? Id;
}

internal sealed class CentreConfiguration : IEntityTypeConfiguration<Centre>
{
    public void Configure(EntityTypeBuilder<Centre> b)
    {
        b.ToTable("org_centres");
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.City).HasMaxLength(50);
        b.Property(c => c.PackName).HasMaxLength(64);
        b.Property(c => c.TimeZone).HasMaxLength(64);
        b.HasOne<Centre>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(c => c.ChainId);
    }
}
