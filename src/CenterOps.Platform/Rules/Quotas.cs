using CenterOps.Platform.Calendar;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-1: quota rules ("case supervision at least twice a month, at least 90 minutes each"; "16 training hours every
/// half-year") evaluated per person and period from recorded facts, and settled into the compliance record.
/// </summary>
public sealed class Quotas(AppDbContext db, PackStore packs, CalendarProvider calendars, TimeProvider clock)
{
    public sealed record Standing(string RuleId, Guid PersonUserId, string PersonName, DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd,
        double Actual, double Required, bool Met);

    /// <summary>Records a counted fact (a supervision held, training attended) in the caller's unit of work.</summary>
    public void Record(Guid centreId, string name, Guid personUserId, DateTimeOffset occurredAt, int minutes) =>
        db.Add(new RuleFact { CentreId = centreId, Name = name, PersonUserId = personUserId, OccurredAt = occurredAt, Minutes = minutes });

    /// <summary>Where each holder of each quota's owner role stands in the period containing <paramref name="at"/>.</summary>
    public async Task<IReadOnlyList<Standing>> EvaluateAsync(Guid centreId, DateTimeOffset at, CancellationToken ct)
    {
        if (await packs.ForCentreAsync(centreId, ct) is not var (_, pack))
        {
            return [];
        }
        var calendar = calendars.For(pack);
        var result = new List<Standing>();
        foreach (var rule in pack.Rules)
        {
            if (DueSpec.Parse(rule.Due) is not DueSpec.Quota quota || rule.DoneWhen is null
                || !rule.Owner.StartsWith("role:", StringComparison.Ordinal))
            {
                continue;
            }
            var role = rule.Owner["role:".Length..];
            var (start, end) = calendar.PeriodContaining(at, quota.Period);
            var people = await db.Users.AsNoTracking().Where(u => u.CentreId == centreId && u.RoleKey == role)
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
            var facts = await db.Set<RuleFact>().IgnoreQueryFilters().AsNoTracking()
                .Where(f => f.CentreId == centreId && f.Name == rule.DoneWhen && f.OccurredAt >= start && f.OccurredAt < end)
                .Select(f => new { f.PersonUserId, f.Minutes }).ToListAsync(ct);
            foreach (var person in people)
            {
                var mine = facts.Where(f => f.PersonUserId == person.Id).ToList();
                var (actual, required) = quota.TotalHours is { } hours
                    ? (mine.Sum(f => f.Minutes) / 60.0, hours)
                    : (mine.Count(f => quota.MinMinutes is not { } min || f.Minutes >= min), quota.Count ?? 1);
                result.Add(new Standing(rule.Id, person.Id, person.DisplayName, start, end, actual, required, actual >= required));
            }
        }
        return result;
    }

    /// <summary>
    /// Closes a period: each person's standing becomes a settled timer (met or breached) in the compliance record.
    /// Settling the same period again changes nothing.
    /// </summary>
    public async Task<IReadOnlyList<Standing>> SettleAsync(Guid centreId, DateTimeOffset inPeriod, CancellationToken ct)
    {
        var standings = await EvaluateAsync(centreId, inPeriod, ct);
        var bound = await packs.ForCentreAsync(centreId, ct);
        foreach (var s in standings)
        {
            var subject = $"{s.PersonUserId}:{s.PeriodStart:yyyy-MM-dd}";
            if (await db.Set<RuleTimer>().IgnoreQueryFilters().AnyAsync(t => t.CentreId == centreId && t.RuleId == s.RuleId
                && t.SubjectType == "quota-period" && t.SubjectId == subject, ct))
            {
                continue;
            }
            var timer = RuleTimer.Open(centreId, s.RuleId, bound!.Value.VersionId, "quota-period", subject, s.PeriodStart, s.PeriodEnd, null,
                s.PersonUserId, null, null);
            timer.Settle(s.Met, clock.GetUtcNow() < s.PeriodEnd ? clock.GetUtcNow() : s.PeriodEnd);
            db.Add(timer);
        }
        return standings;
    }
}
