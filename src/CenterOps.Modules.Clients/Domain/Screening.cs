using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Clients.Domain;

/// <summary>CRM-3: one eligibility screening — the answers to the pack's questions, the age, the result and why.</summary>
[SensitiveRecord]
internal sealed class Screening : ICentreOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public Guid ClientId { get; init; }
    public required string AnswersJson { get; init; }
    public int? Age { get; init; }
    public ScreeningResult Result { get; init; }
    /// <summary>Keys of the criteria not met ("age" or a question key).</summary>
    public List<string> Reasons { get; init; } = [];
    public string? Notes { get; init; }
    public DateTimeOffset ScreenedAt { get; init; }
    public string ScreenedBy { get; init; } = "";
}

internal sealed class ScreeningConfiguration : IEntityTypeConfiguration<Screening>
{
    public void Configure(EntityTypeBuilder<Screening> b)
    {
        b.ToTable("crm_screenings");
        b.Property(s => s.AnswersJson).HasMaxLength(4000);
        b.Property(s => s.Notes).HasMaxLength(2000);
        b.Property(s => s.ScreenedBy).HasMaxLength(100);
        b.Property(s => s.Result).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(s => new { s.ClientId, s.ScreenedAt });
        b.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// CRM-3: a client with severe mental illness or an acute crisis is referred to a medical institution: where, when,
/// by whom and how the client was told. The client is not counselled.
/// </summary>
[SensitiveRecord]
internal sealed class Referral : ICentreOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public Guid ClientId { get; init; }
    public required string Institution { get; init; }
    public DateTimeOffset ReferredAt { get; init; }
    public Guid? ReferredById { get; init; }
    public string ReferredBy { get; init; } = "";
    public required string HowInformed { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("crm_referrals");
        b.Property(r => r.Institution).HasMaxLength(200);
        b.Property(r => r.ReferredBy).HasMaxLength(100);
        b.Property(r => r.HowInformed).HasMaxLength(500);
        b.Property(r => r.Note).HasMaxLength(2000);
        b.HasIndex(r => r.ClientId).IsUnique();
        b.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
