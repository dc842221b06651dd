using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Clients.Domain;

/// <summary>
/// SEC-2: the client's separate consent to the processing of sensitive personal information, with the id and version
/// of the pack's wording they agreed to, when, how, and who recorded it. Never edited: a new consent is a new record.
/// </summary>
[SensitiveRecord]
internal sealed class ConsentRecord : ICentreOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public Guid ClientId { get; init; }
    public required string Purpose { get; init; }
    public required string ConsentId { get; init; }
    public int ConsentVersion { get; init; }
    public DateTimeOffset GivenAt { get; init; }
    public ConsentChannel Channel { get; init; }
    public Guid? RecordedById { get; init; }
    public string RecordedBy { get; init; } = "";
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("crm_consents");
        b.Property(c => c.Purpose).HasMaxLength(40);
        b.Property(c => c.ConsentId).HasMaxLength(64);
        b.Property(c => c.RecordedBy).HasMaxLength(100);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(c => new { c.ClientId, c.Purpose });
        b.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
