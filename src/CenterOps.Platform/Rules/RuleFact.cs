using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-1: something a quota counts — a case supervision held (with its minutes), training hours attended — for the
/// person it counts for, when it happened.
/// </summary>
[NotAudited]
public sealed class RuleFact : ICentreOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public required string Name { get; init; }
    public Guid PersonUserId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    /// <summary>Duration in minutes (a supervision, a training session).</summary>
    public int Minutes { get; init; }
}

internal sealed class RuleFactConfiguration : IEntityTypeConfiguration<RuleFact>
{
    public void Configure(EntityTypeBuilder<RuleFact> b)
    {
        b.ToTable("pol_facts");
        b.Property(f => f.Name).HasMaxLength(64);
        b.HasIndex(f => new { f.CentreId, f.Name, f.PersonUserId, f.OccurredAt });
    }
}
