using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Clients.Domain;

/// <summary>
/// CRM-1/CRM-2: a client of the centre and their booking details. Contact data and intake answers are sensitive
/// personal information: reads are audited and the audit keeps no field values (SEC-2).
/// </summary>
[SensitiveRecord]
internal sealed class Client : ICentreOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public Guid Version { get; set; }
    public ClientKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>Digits only, so the same number written two ways is found as a duplicate.</summary>
    public required string Phone { get; set; }
    public string? Email { get; set; }
    public Gender Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    /// <summary>Age as told at registration, when the birth date is not given.</summary>
    public int? Age { get; set; }
    public IntakeChannel Channel { get; set; }
    public string? InitialNeed { get; set; }
    /// <summary>The pack's intake form answers, as a JSON object; stored only after consent (SEC-2).</summary>
    public string? IntakeJson { get; set; }
    public ClientStatus Status { get; set; }
    public Guid? CorporateClientId { get; set; }
    public DateTimeOffset RegisteredAt { get; init; }
    public string RegisteredBy { get; init; } = "";

    /// <summary>The client's age on a day: from the birth date when known, else as told.</summary>
    public int? AgeOn(DateOnly day)
    {
        if (BirthDate is not { } b)
        {
            return Age;
        }
        var age = day.Year - b.Year;
        return b.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>
    /// CRM-3: whether counselling may start. A referred client is never served; an ineligible one is not; where the
    /// regulation screens clients, an unscreened one is not yet. Every later step asks this (see <see cref="IClientGate"/>).
    /// </summary>
    public ServiceRefusal? EnsureCanBeServed(bool screeningRequired) => Status switch
    {
        ClientStatus.Referred => ServiceRefusal.Referred,
        ClientStatus.NotEligible => ServiceRefusal.NotEligible,
        ClientStatus.Registered when screeningRequired && Kind == ClientKind.Individual => ServiceRefusal.NotScreened,
        _ => null,
    };

    public ServiceRefusal? StartService(bool screeningRequired)
    {
        if (EnsureCanBeServed(screeningRequired) is { } refusal)
        {
            return refusal;
        }
        Status = ClientStatus.InService;
        return null;
    }

    /// <summary>CRM-3: the outcome of screening decides the status; a referral is final.</summary>
    public void Screened(ScreeningResult result) => Status = result switch
    {
        ScreeningResult.Referred => ClientStatus.Referred,
        ScreeningResult.NotEligible => ClientStatus.NotEligible,
        _ => Status == ClientStatus.InService ? ClientStatus.InService : ClientStatus.Eligible,
    };

    public void Refer() => Status = ClientStatus.Referred;
}

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("crm_clients");
        b.Property(c => c.Name).HasMaxLength(50);
        b.Property(c => c.Phone).HasMaxLength(20);
        b.Property(c => c.Email).HasMaxLength(256);
        b.Property(c => c.InitialNeed).HasMaxLength(2000);
        b.Property(c => c.IntakeJson).HasMaxLength(20000);
        b.Property(c => c.RegisteredBy).HasMaxLength(100);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.Gender).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        // CRM-1: duplicates are found by phone within the centre.
        b.HasIndex(c => new { c.CentreId, c.Phone });
        b.HasIndex(c => new { c.CentreId, c.Name });
        b.HasOne<CorporateClient>().WithMany().HasForeignKey(c => c.CorporateClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
