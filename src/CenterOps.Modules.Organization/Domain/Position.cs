using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Organization.Domain;

/// <summary>ORG-1/ORG-2: a position in a department; holders take its role and report to the position above.</summary>
internal sealed class Position : ICentreOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public string? Key { get; init; }
    public required string Name { get; set; }
    public Guid DepartmentId { get; set; }
    public Guid RoleId { get; set; }
    public Guid? ReportsToId { get; set; }
    /// <summary>Headcount the regulation plans for this position, if it names one.</summary>
    public int? PlannedHeadcount { get; set; }
    public string? Duties { get; set; }
    public Guid Version { get; set; }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.ToTable("org_positions");
        b.Property(p => p.Key).HasMaxLength(64);
        b.Property(p => p.Name).HasMaxLength(100);
        b.Property(p => p.Duties).HasMaxLength(1000);
        b.HasIndex(p => new { p.CentreId, p.Name }).IsUnique();
        b.HasOne<Centre>().WithMany().HasForeignKey(p => p.CentreId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Role>().WithMany().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Position>().WithMany().HasForeignKey(p => p.ReportsToId).OnDelete(DeleteBehavior.Restrict);
    }
}
