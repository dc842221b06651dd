using System.Globalization;
using CenterOps.Platform.Calendar;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-1: how a module makes the regulation run — one call with what happened. Every rule of the centre's pack whose
/// <c>when</c> is this event opens a timer (deadline on the centre's working calendar, warning point, owner,
/// escalation); every open timer whose rule's <c>done_when</c> is this event closes as met or breached. Timers are
/// added to the caller's unit of work, so they exist only if the business change commits.
/// </summary>
public sealed class Rules(AppDbContext db, PackStore packs, CalendarProvider calendars, TimeProvider clock)
{
    public async Task<IReadOnlyList<RuleTimer>> RaiseAsync(RuleEvent e, CancellationToken ct)
    {
        if (await packs.ForCentreAsync(e.CentreId, ct) is not var (versionId, pack))
        {
            return [];
        }
        var now = clock.GetUtcNow();
        var calendar = await calendars.ForCentreAsync(db, e.CentreId, pack, ct);
        var open = await OpenTimersAsync(e.CentreId, e.SubjectType, e.SubjectId, ct);

        var done = pack.Rules.Where(r => r.DoneWhen == e.Name).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var timer in open.Where(t => done.Contains(t.RuleId)))
        {
            timer.Close(now);
        }

        var opened = new List<RuleTimer>();
        var recurring = pack.Rules.Where(r => done.Contains(r.Id) && DueSpec.Parse(r.Due) is DueSpec.EveryWorkingDays);
        foreach (var rule in pack.Rules.Where(r => r.When == e.Name).Concat(recurring))
        {
            var spec = DueSpec.Parse(rule.Due);
            var scheduled = spec is DueSpec.Promised ? e.PromisedAt : e.ScheduledAt;
            // Quotas are settled per period; a "promised" rule needs the promised time.
            if (spec.DeadlineFrom(calendar, now, scheduled) is not { } due
                || open.Any(t => t.RuleId == rule.Id && t.State is TimerState.Open or TimerState.Paused))
            {
                continue;
            }
            var ownerRole = Role(rule.Owner);
            var timer = RuleTimer.Open(e.CentreId, rule.Id, versionId, e.SubjectType, e.SubjectId, now, due,
                WarnAt(rule, spec, calendar, now, due), e.OwnerUserId, ownerRole, Role(rule.EscalateTo));
            timer.OwnerDepartmentKey = pack.Positions.FirstOrDefault(p => p.Role == ownerRole)?.Department;
            db.Add(timer);
            opened.Add(timer);
        }
        return opened;
    }

    /// <summary>Stops the clocks of the subject's pausable rules while the centre waits for the client.</summary>
    public async Task PauseAsync(Guid centreId, string subjectType, string subjectId, CancellationToken ct) =>
        await ForPausableAsync(centreId, subjectType, subjectId, t => t.Pause(clock.GetUtcNow()), ct);

    public async Task ResumeAsync(Guid centreId, string subjectType, string subjectId, CancellationToken ct) =>
        await ForPausableAsync(centreId, subjectType, subjectId, t => t.Resume(clock.GetUtcNow()), ct);

    /// <summary>Ends the subject's open timers without an outcome (the booking was withdrawn…), keeping the reason.</summary>
    public async Task CancelAsync(Guid centreId, string subjectType, string subjectId, string reason, CancellationToken ct)
    {
        foreach (var timer in await OpenTimersAsync(centreId, subjectType, subjectId, ct))
        {
            timer.Cancel(reason, clock.GetUtcNow());
        }
    }

    async Task ForPausableAsync(Guid centreId, string subjectType, string subjectId, Action<RuleTimer> change, CancellationToken ct)
    {
        if (await packs.ForCentreAsync(centreId, ct) is not var (_, pack))
        {
            return;
        }
        var pausable = pack.Rules.Where(r => r.Pausable).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var timer in (await OpenTimersAsync(centreId, subjectType, subjectId, ct)).Where(t => pausable.Contains(t.RuleId)))
        {
            change(timer);
        }
    }

    Task<List<RuleTimer>> OpenTimersAsync(Guid centreId, string subjectType, string subjectId, CancellationToken ct) =>
        db.Set<RuleTimer>().IgnoreQueryFilters()
            .Where(t => t.CentreId == centreId && t.SubjectType == subjectType && t.SubjectId == subjectId
                && (t.State == TimerState.Open || t.State == TimerState.Paused))
            .ToListAsync(ct);

    static string? Role(string? owner) => owner is { } o && o.StartsWith("role:", StringComparison.Ordinal) ? o["role:".Length..] : null;

    /// <summary>"75%" of the time allowed — of business time for a business-hours rule, so a warning never falls on a holiday.</summary>
    static DateTimeOffset? WarnAt(PackRule rule, DueSpec spec, WorkingCalendar calendar, DateTimeOffset now, DateTimeOffset due)
    {
        if (rule.WarnAt is not { } text || !double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
        {
            return null;
        }
        var fraction = percent / 100;
        return spec is DueSpec.BusinessTime b ? calendar.AddBusinessTime(now, b.Span * fraction) : now + ((due - now) * fraction);
    }
}
