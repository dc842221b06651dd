using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Clients.Domain;

/// <summary>
/// CRM-1: a company that buys adaptation counselling for a group of its employees (new hires, transferred middle
/// managers…): one designated contact, the number of people, the service period and the goals. Its employees are
/// <see cref="Client"/>s linked to it.
/// </summary>
[SensitiveRecord]
internal sealed class CorporateClient : ICentreOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public Guid Version { get; set; }
    public required string CompanyName { get; set; }
    /// <summary>统一社会信用代码, 18 characters (GB 32100).</summary>
    public required string CreditCode { get; set; }
    public required string ContactName { get; set; }
    public required string ContactPhone { get; set; }
    public required string TargetGroup { get; set; }
    public int Headcount { get; set; }
    public DateOnly ServiceFrom { get; set; }
    public DateOnly ServiceTo { get; set; }
    public string? Goals { get; set; }
    public IntakeChannel Channel { get; set; }
    public DateTimeOffset RegisteredAt { get; init; }
    public string RegisteredBy { get; init; } = "";
}

internal sealed class CorporateClientConfiguration : IEntityTypeConfiguration<CorporateClient>
{
    public void Configure(EntityTypeBuilder<CorporateClient> b)
    {
        b.ToTable("crm_corporate_clients");
        b.Property(c => c.CompanyName).HasMaxLength(100);
        b.Property(c => c.CreditCode).HasMaxLength(18);
        b.Property(c => c.ContactName).HasMaxLength(50);
        b.Property(c => c.ContactPhone).HasMaxLength(20);
        b.Property(c => c.TargetGroup).HasMaxLength(100);
        b.Property(c => c.Goals).HasMaxLength(2000);
        b.Property(c => c.RegisteredBy).HasMaxLength(100);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(24);
        b.HasIndex(c => new { c.CentreId, c.CreditCode });
    }
}

/// <summary>CRM-1/CRM-3: the company's proof of lawful business (营业执照…): pdf, jpg or png, at most 10 MB.</summary>
[SensitiveRecord]
internal sealed class QualificationDocument : ICentreOwned
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public Guid CorporateClientId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public required byte[] Content { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
    public string UploadedBy { get; init; } = "";
}

internal sealed class QualificationDocumentConfiguration : IEntityTypeConfiguration<QualificationDocument>
{
    public void Configure(EntityTypeBuilder<QualificationDocument> b)
    {
        b.ToTable("crm_qualification_documents");
        b.Property(d => d.FileName).HasMaxLength(200);
        b.Property(d => d.ContentType).HasMaxLength(40);
        b.Property(d => d.UploadedBy).HasMaxLength(100);
        b.HasIndex(d => d.CorporateClientId);
        b.HasOne<CorporateClient>().WithMany().HasForeignKey(d => d.CorporateClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
