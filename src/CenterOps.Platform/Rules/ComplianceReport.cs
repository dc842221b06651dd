using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-2: how often each rule was met — per rule, per department or per person — over a period: timers opened,
/// met, breached, still open, overdue now, and the median time from opening to done.
/// </summary>
public static class ComplianceReport
{
    public enum GroupBy
    {
        Rule,
        Department,
        Person,
        /// <summary>By the month the timer opened ("yyyy-MM"), in the centre's time zone.</summary>
        Month,
    }

    public sealed record Row(string Key, int Opened, int Met, int Breached, int Open, int Overdue, double? MedianMinutesToDone)
    {
        public double MetRate => Met + Breached == 0 ? 0 : Math.Round(100.0 * Met / (Met + Breached), 1);

        /// <summary>What people call the group (the rule's title, the department's or person's name); filled after the query.</summary>
        public string? Name { get; init; }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/report", ComplianceRows.HandleAsync)
            .RequireAuthorization(Permissions.ComplianceRead)
            .WithName(nameof(ComplianceReport));

    public static async Task<IReadOnlyList<Row>> ExecuteAsync(AppDbContext db, TimeProvider clock, DateTimeOffset? from, DateTimeOffset? to,
        GroupBy groupBy, CancellationToken ct, TimeZoneInfo? zone = null)
    {
        var now = clock.GetUtcNow();
        var start = from ?? now.AddDays(-30);
        var end = to ?? now;
        var timers = db.Set<RuleTimer>().AsNoTracking().Where(t => t.OpenedAt >= start && t.OpenedAt < end);
        // One grouped query does the counting in the database; only the medians need the durations.
        var keyed = groupBy switch
        {
            GroupBy.Department => timers.Select(t => new { Key = t.OwnerDepartmentKey ?? "", t }),
            GroupBy.Person => timers.Select(t => new { Key = t.OwnerUserId == null ? "" : t.OwnerUserId.ToString()!, t }),
            GroupBy.Month => ComplianceMonths.Keyed(timers, start, end, zone ?? TimeZoneInfo.Utc, (key, t) => new { Key = key, t }),
            _ => timers.Select(t => new { Key = t.RuleId, t }),
        };
        var counts = await keyed.GroupBy(x => x.Key).Select(g => new
        {
            g.Key,
            Opened = g.Count(),
            Met = g.Count(x => x.t.Outcome == TimerOutcome.Met),
            Breached = g.Count(x => x.t.Outcome == TimerOutcome.Breached),
            Open = g.Count(x => x.t.State == TimerState.Open || x.t.State == TimerState.Paused),
            Overdue = g.Count(x => (x.t.State == TimerState.Open || x.t.State == TimerState.Paused) && x.t.DueAt < now),
        }).ToListAsync(ct);
        var durations = await keyed.Where(x => x.t.ClosedAt != null && x.t.State == TimerState.Closed)
            .Select(x => new { x.Key, x.t.OpenedAt, ClosedAt = x.t.ClosedAt!.Value })
            .ToListAsync(ct);
        var medians = durations.GroupBy(d => d.Key).ToDictionary(g => g.Key,
            g => Median(g.Select(d => (d.ClosedAt - d.OpenedAt).TotalMinutes).ToList()));
        return counts.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new Row(c.Key, c.Opened, c.Met, c.Breached, c.Open, c.Overdue, medians.GetValueOrDefault(c.Key)))
            .ToList();
    }

    static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        values.Sort();
        var mid = values.Count / 2;
        return Math.Round(values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2, 1);
    }
}
