using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Organization.Domain;

/// <summary>ORG-1: a department of a centre, possibly under another (PR: HR under Admin).</summary>
internal sealed class Department : ICentreOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    /// <summary>The pack's key when the department comes from the regulation; null when added by the centre.</summary>
    public string? Key { get; init; }
    public required string Name { get; set; }
    public Guid? ParentId { get; set; }
    public string? Description { get; set; }
    public Guid Version { get; set; }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("org_departments");
        b.Property(d => d.Key).HasMaxLength(64);
        b.Property(d => d.Name).HasMaxLength(100);
        b.Property(d => d.Description).HasMaxLength(500);
        b.HasIndex(d => new { d.CentreId, d.Name }).IsUnique();
        b.HasOne<Centre>().WithMany().HasForeignKey(d => d.CentreId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
