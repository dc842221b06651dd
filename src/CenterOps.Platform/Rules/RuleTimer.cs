using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Platform.Rules;

public enum TimerState
{
    Open,
    Paused,
    Closed,
    Cancelled,
}

public enum TimerOutcome
{
    Met,
    Breached,
}

/// <summary>
/// POL-1: one running time limit — a rule of the centre's pack applied to one subject (a booking, a complaint, a
/// person's month). Opened by the rule's trigger event, warned before it is due, escalated when breached, closed
/// by the done event as met or breached. It keeps the pack version it was opened under: editing the pack never
/// rewrites history.
/// </summary>
[NotAudited]
public sealed class RuleTimer : ICentreOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public required string RuleId { get; init; }
    public Guid PackVersionId { get; init; }
    public required string SubjectType { get; init; }
    public required string SubjectId { get; init; }
    public Guid? OwnerUserId { get; set; }
    public string? OwnerRole { get; init; }
    /// <summary>The pack department of the owner's role, kept as it was when the timer opened (POL-2 per department).</summary>
    public string? OwnerDepartmentKey { get; set; }
    public string? EscalateToRole { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? WarnAt { get; private set; }
    public DateTimeOffset? WarnedAt { get; set; }
    public DateTimeOffset? BreachedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? PausedAt { get; private set; }
    public TimerState State { get; private set; } = TimerState.Open;
    public TimerOutcome? Outcome { get; private set; }
    public string? CancelReason { get; private set; }
    public Guid? ClaimedBy { get; set; }

    /// <summary>The subject type of a settled quota period; its subject id is "{person}:{period start}".</summary>
    public const string QuotaPeriodSubject = "quota-period";

    public static RuleTimer Open(Guid centreId, string ruleId, Guid packVersionId, string subjectType, string subjectId,
        DateTimeOffset openedAt, DateTimeOffset dueAt, DateTimeOffset? warnAt, Guid? ownerUserId, string? ownerRole, string? escalateTo)
    {
        var timer = new RuleTimer
        {
            CentreId = centreId,
            RuleId = ruleId,
            PackVersionId = packVersionId,
            SubjectType = subjectType,
            SubjectId = subjectId,
            OpenedAt = openedAt,
            OwnerUserId = ownerUserId,
            OwnerRole = ownerRole,
            EscalateToRole = escalateTo,
        };
        timer.DueAt = dueAt;
        timer.WarnAt = warnAt is { } w && w < dueAt ? w : null;
        return timer;
    }

    /// <summary>The done event happened: met if in time, breached if late.</summary>
    public void Close(DateTimeOffset at)
    {
        if (State is TimerState.Closed or TimerState.Cancelled)
        {
            return;
        }
        State = TimerState.Closed;
        ClosedAt = at;
        Outcome = at <= DueAt ? TimerOutcome.Met : TimerOutcome.Breached;
        BreachedAt ??= Outcome == TimerOutcome.Breached ? at : null;
    }

    /// <summary>A quota period ended: met when the counted facts reached the quota.</summary>
    public void Settle(bool met, DateTimeOffset at)
    {
        State = TimerState.Closed;
        ClosedAt = at;
        Outcome = met ? TimerOutcome.Met : TimerOutcome.Breached;
        BreachedAt ??= met ? null : at;
    }

    /// <summary>Stops the clock while the centre waits for the client (rules marked pausable).</summary>
    public void Pause(DateTimeOffset at)
    {
        if (State == TimerState.Open)
        {
            State = TimerState.Paused;
            PausedAt = at;
        }
    }

    /// <summary>Restarts the clock; the deadline and warning move by the time spent paused.</summary>
    public void Resume(DateTimeOffset at)
    {
        if (State != TimerState.Paused || PausedAt is not { } paused)
        {
            return;
        }
        var waited = at - paused;
        DueAt += waited;
        WarnAt += waited;
        PausedAt = null;
        State = TimerState.Open;
    }

    public void Cancel(string reason, DateTimeOffset at)
    {
        if (State is TimerState.Open or TimerState.Paused)
        {
            State = TimerState.Cancelled;
            CancelReason = reason;
            ClosedAt = at;
        }
    }
}

internal sealed class RuleTimerConfiguration : IEntityTypeConfiguration<RuleTimer>
{
    public void Configure(EntityTypeBuilder<RuleTimer> b)
    {
        b.ToTable("pol_timers");
        b.Property(t => t.RuleId).HasMaxLength(64);
        b.Property(t => t.SubjectType).HasMaxLength(64);
        b.Property(t => t.SubjectId).HasMaxLength(100);
        b.Property(t => t.OwnerRole).HasMaxLength(64);
        b.Property(t => t.OwnerDepartmentKey).HasMaxLength(64);
        b.Property(t => t.EscalateToRole).HasMaxLength(64);
        b.Property(t => t.CancelReason).HasMaxLength(500);
        b.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(t => new { t.SubjectType, t.SubjectId, t.RuleId });
        // A quota period is settled once, even when two nodes settle at the same moment (POL-1).
        b.HasIndex(t => new { t.CentreId, t.RuleId, t.SubjectId }).IsUnique()
            .HasFilter($"\"SubjectType\" = '{RuleTimer.QuotaPeriodSubject}'").HasDatabaseName("IX_pol_timers_quota_period");
        b.HasIndex(t => new { t.State, t.WarnAt });
        b.HasIndex(t => new { t.State, t.DueAt });
        b.HasIndex(t => new { t.CentreId, t.RuleId, t.OpenedAt });
        b.HasIndex(t => new { t.OwnerUserId, t.State, t.DueAt });
    }
}
