using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-2: how often each rule was met — per rule, per department, per person or per month — over a period: timers opened,
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
        if (db.CurrentCentreId is not { } centre)
        {
            return []; // the centre filter of the timers: no signed-in centre sees no rows
        }
        // POL-2 at volume: counts and medians in one statement in the database. Reading every duration into the app
        // to take medians there cost several times the aggregate itself on 1,000,000 timers (bench/rules).
        var postgres = db.Database.IsNpgsql();
        var key = groupBy switch
        {
            GroupBy.Department => "COALESCE(\"OwnerDepartmentKey\", '')",
            GroupBy.Person => postgres ? "COALESCE(\"OwnerUserId\"::text, '')" : "COALESCE(\"OwnerUserId\", '')",
            GroupBy.Month => MonthKey(ComplianceMonths.Months(start, end, zone ?? TimeZoneInfo.Utc), postgres),
            _ => "\"RuleId\"",
        };
        const string Counts = """
            CAST(count(*) AS integer) AS "Opened",
            CAST(count(*) FILTER (WHERE "Outcome" = 'Met') AS integer) AS "Met",
            CAST(count(*) FILTER (WHERE "Outcome" = 'Breached') AS integer) AS "Breached",
            CAST(count(*) FILTER (WHERE "State" IN ('Open', 'Paused')) AS integer) AS "Open",
            CAST(count(*) FILTER (WHERE "State" IN ('Open', 'Paused') AND "DueAt" < {3}) AS integer) AS "Overdue"
            """;
        const string Where = "\"CentreId\" = {0} AND \"OpenedAt\" >= {1} AND \"OpenedAt\" < {2}";
        // SQLite keeps instants as EF's binary encoding (UTC ticks / 1000, shifted left 11 bits over the offset) and
        // has no percentile: the median is the middle row (or the mean of the two) of each group's window.
        var sql = postgres
            ? $"""
               SELECT {key} AS "Key", {Counts},
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "ClosedAt" - "OpenedAt") / 60)
                   FILTER (WHERE "State" = 'Closed' AND "ClosedAt" IS NOT NULL) AS "Median"
               FROM pol_timers WHERE {Where} GROUP BY 1
               """
            : $"""
               WITH t AS (SELECT {key} AS k, * FROM pol_timers WHERE {Where}),
               counts AS (SELECT k, {Counts} FROM t GROUP BY k),
               d AS (SELECT k, (("ClosedAt" >> 11) - ("OpenedAt" >> 11)) / 600000.0 AS minutes,
                       row_number() OVER (PARTITION BY k ORDER BY ("ClosedAt" >> 11) - ("OpenedAt" >> 11)) AS n,
                       count(*) OVER (PARTITION BY k) AS total
                     FROM t WHERE "State" = 'Closed' AND "ClosedAt" IS NOT NULL),
               medians AS (SELECT k, avg(minutes) AS median FROM d WHERE n IN ((total + 1) / 2, (total + 2) / 2) GROUP BY k)
               SELECT counts.k AS "Key", "Opened", "Met", "Breached", "Open", "Overdue", medians.median AS "Median"
               FROM counts LEFT JOIN medians ON medians.k = counts.k
               """;
        object[] parameters = postgres
            ? [centre, start.ToUniversalTime(), end.ToUniversalTime(), now.ToUniversalTime()]
            : [centre.ToString().ToUpperInvariant(), Instant(start), Instant(end), Instant(now)];
        var rows = await db.Database.SqlQueryRaw<Aggregate>(sql, parameters).ToListAsync(ct);
        return rows.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new Row(r.Key, r.Opened, r.Met, r.Breached, r.Open, r.Overdue, r.Median is { } m ? Math.Round(m, 1) : null))
            .ToList();
    }

    /// <summary>
    /// The month of "OpenedAt" as a CASE over the month boundaries of the period, worked out in the centre's zone
    /// (SQLite has no time zones). Only our own instants and "yyyy-MM" keys are written into the SQL.
    /// </summary>
    static string MonthKey(IReadOnlyList<(string Key, DateTimeOffset Start)> months, bool postgres)
    {
        var sql = new System.Text.StringBuilder("CASE");
        for (var i = 1; i < months.Count; i++)
        {
            var boundary = postgres
                ? $"TIMESTAMPTZ '{months[i].Start.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}+00'"
                : Instant(months[i].Start).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sql.Append($" WHEN \"OpenedAt\" < {boundary} THEN '{months[i - 1].Key}'");
        }
        return sql.Append($" ELSE '{months[^1].Key}' END").ToString();
    }

    sealed record Aggregate(string Key, int Opened, int Met, int Breached, int Open, int Overdue, double? Median);

    static long Instant(DateTimeOffset at) =>
        (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(at.ToUniversalTime())!;
}
