using System.Globalization;
using CenterOps.Platform.Calendar;
using CenterOps.Platform.Data;
using CenterOps.Platform.Localization;
using CenterOps.Platform.Notifications;
using CenterOps.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-1: quota rules ("case supervision at least twice a month, at least 90 minutes each"; "16 training hours every
/// half-year") evaluated per person and period from recorded facts, and settled into the compliance record.
/// </summary>
public sealed class Quotas(AppDbContext db, PackStore packs, CalendarProvider calendars, TimeProvider clock, Notifier notifier,
    IStringLocalizer<SharedResource> text)
{
    public sealed record Standing(string RuleId, Guid PersonUserId, string PersonName, DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd,
        double Actual, double Required, bool Met);

    /// <summary>Records a counted fact (a supervision held, training attended) in the caller's unit of work.</summary>
    public void Record(Guid centreId, string name, Guid personUserId, DateTimeOffset occurredAt, int minutes) =>
        db.Add(new RuleFact { CentreId = centreId, Name = name, PersonUserId = personUserId, OccurredAt = occurredAt, Minutes = minutes });

    /// <summary>Where each holder of each quota's owner role stands in the period containing <paramref name="at"/>.</summary>
    public async Task<IReadOnlyList<Standing>> EvaluateAsync(Guid centreId, DateTimeOffset at, CancellationToken ct, string? onlyRule = null)
    {
        if (await packs.ForCentreAsync(centreId, ct) is not var (_, pack))
        {
            return [];
        }
        var calendar = await calendars.ForCentreAsync(db, centreId, pack, ct);
        var result = new List<Standing>();
        foreach (var rule in pack.Rules)
        {
            if (DueSpec.Parse(rule.Due) is not DueSpec.Quota quota || rule.DoneWhen is null
                || !rule.Owner.StartsWith("role:", StringComparison.Ordinal) || (onlyRule is not null && rule.Id != onlyRule))
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
    /// Closes a period: each person's standing becomes a settled timer (met or breached) in the compliance record, and
    /// a breach is told to the person and the rule's escalation role. Settling the same period again changes nothing.
    /// </summary>
    public async Task<IReadOnlyList<Standing>> SettleAsync(Guid centreId, DateTimeOffset inPeriod, CancellationToken ct, string? onlyRule = null)
    {
        var standings = await EvaluateAsync(centreId, inPeriod, ct, onlyRule);
        if (await packs.ForCentreAsync(centreId, ct) is not var (versionId, pack))
        {
            return standings;
        }
        var now = clock.GetUtcNow();
        foreach (var s in standings)
        {
            var subject = $"{s.PersonUserId}:{s.PeriodStart:yyyy-MM-dd}";
            if (await db.Set<RuleTimer>().IgnoreQueryFilters().AnyAsync(t => t.CentreId == centreId && t.RuleId == s.RuleId
                && t.SubjectType == RuleTimer.QuotaPeriodSubject && t.SubjectId == subject, ct))
            {
                continue;
            }
            var rule = pack.Rules.First(r => r.Id == s.RuleId);
            var timer = RuleTimer.Open(centreId, s.RuleId, versionId, RuleTimer.QuotaPeriodSubject, subject, s.PeriodStart, s.PeriodEnd, null,
                s.PersonUserId, null, null);
            timer.OwnerDepartmentKey = pack.Positions.FirstOrDefault(p => "role:" + p.Role == rule.Owner)?.Department;
            timer.Settle(s.Met, now < s.PeriodEnd ? now : s.PeriodEnd);
            db.Add(timer);
            if (!s.Met)
            {
                await TellBreachAsync(centreId, pack, rule, s, subject, ct);
            }
        }
        return standings;
    }

    /// <summary>
    /// POL-1: settles, for every centre, each quota period that has ended and is not settled yet — the periods the
    /// centre ran for from their start. Each rule and period is saved on its own; when another node settled it first,
    /// the unique index refuses the second copy and this node moves on. Returns how many periods it settled.
    /// </summary>
    public async Task<int> SettleEndedPeriodsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settled = 0;
        foreach (var centre in await db.Set<CentrePack>().AsNoTracking().ToListAsync(ct))
        {
            if (await packs.ForCentreAsync(centre.CentreId, ct) is not var (_, pack))
            {
                continue;
            }
            var calendar = await calendars.ForCentreAsync(db, centre.CentreId, pack, ct);
            foreach (var rule in pack.Rules)
            {
                if (DueSpec.Parse(rule.Due) is not DueSpec.Quota quota)
                {
                    continue;
                }
                var (current, _) = calendar.PeriodContaining(now, quota.Period);
                var (start, _) = calendar.PeriodContaining(current.AddTicks(-1), quota.Period);
                if (start < centre.Since || await db.Set<RuleTimer>().IgnoreQueryFilters().AnyAsync(t => t.CentreId == centre.CentreId
                    && t.RuleId == rule.Id && t.SubjectType == RuleTimer.QuotaPeriodSubject && t.OpenedAt == start, ct))
                {
                    continue;
                }
                await SettleAsync(centre.CentreId, start, ct, rule.Id);
                try
                {
                    await db.SaveChangesAsync(ct);
                    settled++;
                }
                catch (DbUpdateException e) when (DbExceptions.IsUniqueViolation(e))
                {
                    db.ChangeTracker.Clear();
                }
            }
        }
        return settled;
    }

    async Task TellBreachAsync(Guid centreId, PolicyPack pack, PackRule rule, Standing s, string subject, CancellationToken ct)
    {
        var period = $"{CentreTime.ToLocal(s.PeriodStart, pack.TimeZone):yyyy-MM-dd}–{CentreTime.ToLocal(s.PeriodEnd.AddTicks(-1), pack.TimeZone):yyyy-MM-dd}";
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["rule"] = rule.Id,
            ["clause"] = rule.Clause,
            ["person"] = s.PersonName,
            ["period"] = period,
            ["actual"] = s.Actual.ToString(CultureInfo.InvariantCulture),
            ["required"] = s.Required.ToString(CultureInfo.InvariantCulture),
        };
        (string, string) Write(CultureInfo culture) => MessageTemplates.Compose(pack, "quota.breach", rule.Id, culture, values,
            () => (text["Quotas.Breach.Subject", rule.Id], text["Quotas.Breach.Body", rule.Clause, period, s.Actual, s.Required]));
        var key = $"quota:{rule.Id}:{subject}";
        await notifier.ToUserAsync(s.PersonUserId, Write, key, ct);
        if (rule.EscalateTo is { } to && to.StartsWith("role:", StringComparison.Ordinal))
        {
            // The built-in text does not say whose quota it is; a pack template says so itself with {person}.
            var templated = pack.Templates.Any(t => t.Event == "quota.breach" && (t.Rule is null || t.Rule == rule.Id));
            await notifier.ToRoleAsync(centreId, to["role:".Length..], culture =>
            {
                var (title, body) = Write(culture);
                return templated ? (title, body) : (title, $"{s.PersonName}: {body}");
            }, $"{key}:escalation", ct);
        }
    }
}
