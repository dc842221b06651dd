using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Organization.Domain;

/// <summary>
/// ORG-1: a person on the staff, with the experience the regulation's staffing rules look at (ORG-3).
/// Personnel files are sensitive: reads are audited and the audit keeps no field values (SEC-2).
/// </summary>
[SensitiveRecord]
internal sealed class Employee : ICentreOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public required string Name { get; set; }
    public Guid DepartmentId { get; set; }
    public Guid PositionId { get; set; }
    /// <summary>Reporting line: the employee's direct manager.</summary>
    public Guid? ManagerId { get; set; }
    public int YearsOfExperience { get; set; }
    /// <summary>Experience tags from the pack (e.g. onboarding-coaching, job-transition).</summary>
    public List<string> Specialities { get; set; } = [];
    public List<string> Industries { get; set; } = [];
    public List<string> Qualifications { get; set; } = [];
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateOnly? HiredOn { get; set; }
    public Guid Version { get; set; }
}

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> b)
    {
        b.ToTable("org_employees");
        b.Property(e => e.Name).HasMaxLength(50);
        b.Property(e => e.Phone).HasMaxLength(30);
        b.Property(e => e.Email).HasMaxLength(256);
        b.HasIndex(e => new { e.CentreId, e.Name });
        b.HasOne<Centre>().WithMany().HasForeignKey(e => e.CentreId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Position>().WithMany().HasForeignKey(e => e.PositionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employee>().WithMany().HasForeignKey(e => e.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
