using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Modules.Care.Domain;

/// <summary>
/// CARE-2: the initial assessment of a client — the pack's scales, the intake talk, and the type and severity of the
/// difficulty the practitioner confirms from what the scores suggest. Sensitive: every read is audited (SEC-2).
/// </summary>
[SensitiveRecord]
internal sealed class Assessment : ICentreOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public Guid ClientId { get; init; }
    public Guid PractitionerUserId { get; set; }
    public DateTimeOffset StartedAt { get; init; }
    public int? TalkMinutes { get; private set; }
    public string? TalkNotes { get; private set; }
    public string? SuggestedType { get; set; }
    public string? SuggestedSeverity { get; set; }
    public string? DifficultyType { get; private set; }
    public string? Severity { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? ReportDeliveredAt { get; private set; }
    public List<ScaleResponse> Responses { get; init; } = [];
    public Guid Version { get; set; }

    public bool Completed => CompletedAt is not null;

    /// <summary>The practitioner's conclusion; the answers cannot change after it.</summary>
    public void Complete(int talkMinutes, string? notes, string type, string severity, Guid by, DateTimeOffset at)
    {
        TalkMinutes = talkMinutes;
        TalkNotes = notes;
        DifficultyType = type;
        Severity = severity;
        PractitionerUserId = by;
        CompletedAt = at;
    }

    public void MarkDelivered(DateTimeOffset at) => ReportDeliveredAt ??= at;
}

/// <summary>One filled-in instrument of an assessment, with the scores it gave (kept as scored, under its version).</summary>
[SensitiveRecord]
internal sealed class ScaleResponse : ICentreOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public Guid AssessmentId { get; init; }
    public required string QuestionnaireId { get; init; }
    public int QuestionnaireVersion { get; init; }
    public required string AnswersJson { get; init; }
    public required string ScoresJson { get; init; }
    public Guid FilledBy { get; init; }
    public DateTimeOffset FilledAt { get; init; }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>, IEntityTypeConfiguration<ScaleResponse>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("care_assessments");
        b.Property(a => a.TalkNotes).HasMaxLength(4000);
        b.Property(a => a.SuggestedType).HasMaxLength(64);
        b.Property(a => a.SuggestedSeverity).HasMaxLength(64);
        b.Property(a => a.DifficultyType).HasMaxLength(64);
        b.Property(a => a.Severity).HasMaxLength(64);
        b.HasIndex(a => new { a.CentreId, a.ClientId });
        b.HasMany(a => a.Responses).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ScaleResponse> b)
    {
        b.ToTable("care_scale_responses");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.QuestionnaireId).HasMaxLength(64);
        b.Property(r => r.AnswersJson).HasMaxLength(20000);
        b.Property(r => r.ScoresJson).HasMaxLength(20000);
    }
}
