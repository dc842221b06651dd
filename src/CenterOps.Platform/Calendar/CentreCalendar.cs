using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Platform.Calendar;

/// <summary>
/// POL-1: a centre's own working hours, overriding its pack's. Exists once the centre changes its hours or days; every
/// change to its days touches it too, so its version says when the centre's calendar last changed.
/// </summary>
public sealed class CentreCalendar : ICentreOwned, IVersioned
{
    public Guid CentreId { get; init; }
    public required string Opens { get; set; }
    public required string Closes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid Version { get; set; }

    /// <summary>The centre's settings row to change, made from the pack's hours the first time.</summary>
    internal static async Task<CentreCalendar> ForEditAsync(AppDbContext db, Guid centreId, Packs.PolicyPack pack, DateTimeOffset now,
        CancellationToken ct)
    {
        var settings = await db.Set<CentreCalendar>().FirstOrDefaultAsync(c => c.CentreId == centreId, ct);
        if (settings is null)
        {
            settings = new CentreCalendar { CentreId = centreId, Opens = pack.BusinessHours.Start, Closes = pack.BusinessHours.End };
            db.Add(settings);
        }
        settings.UpdatedAt = now;
        // Two edits within one clock tick change nothing on this row, yet the version must move so cached calendars renew.
        db.Entry(settings).State = db.Entry(settings).State == EntityState.Added ? EntityState.Added : EntityState.Modified;
        return settings;
    }
}

/// <summary>A day the centre is closed although the country works (a training day), or open although it rests.</summary>
public sealed class CentreDay : ICentreOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public DateOnly Date { get; init; }
    public bool Open { get; set; }
    public string? Note { get; set; }
}

internal sealed class CentreCalendarConfiguration : IEntityTypeConfiguration<CentreCalendar>, IEntityTypeConfiguration<CentreDay>
{
    public void Configure(EntityTypeBuilder<CentreCalendar> b)
    {
        b.ToTable("pol_centre_calendars");
        b.HasKey(c => c.CentreId);
        b.Property(c => c.Opens).HasMaxLength(5);
        b.Property(c => c.Closes).HasMaxLength(5);
    }

    public void Configure(EntityTypeBuilder<CentreDay> b)
    {
        b.ToTable("pol_centre_days");
        b.Property(d => d.Note).HasMaxLength(200);
        b.HasIndex(d => new { d.CentreId, d.Date }).IsUnique();
    }
}
