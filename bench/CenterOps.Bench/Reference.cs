using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CenterOps.Platform.Data;
using CenterOps.Platform.Rules;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CenterOps.Bench;

/// <summary>The same work as the app's, written as the plainest SQL: what the app's figures are compared against.</summary>
internal static class Reference
{
    /// <summary>One UPDATE with the sweeper's warning predicate: the floor for claiming the same rows.</summary>
    public static async Task<(double Seconds, int Rows)> UpdateAsync(AppDbContext db, DateTimeOffset now)
    {
        const string Sql = "UPDATE pol_timers SET \"WarnedAt\" = @now, \"ClaimedBy\" = @claim "
            + "WHERE \"State\" = 'Open' AND \"WarnAt\" <= @now AND \"WarnedAt\" IS NULL AND \"DueAt\" > @now";
        var watch = Stopwatch.StartNew();
        var rows = await ExecuteAsync(db, Sql, async command =>
        {
            Add(db, command, "@now", now);
            Add(db, command, "@claim", Guid.CreateVersion7());
            return await command.ExecuteNonQueryAsync();
        });
        return (watch.Elapsed.TotalSeconds, rows);
    }

    /// <summary>Counts per group and the median minutes from opening to done, as one statement.</summary>
    public static async Task<IReadOnlyList<ComplianceReport.Row>> ComplianceAsync(AppDbContext db, Guid centreId, DateTimeOffset from,
        DateTimeOffset to, DateTimeOffset now, ComplianceReport.GroupBy groupBy)
    {
        var postgres = db.Database.IsNpgsql();
        var key = groupBy switch
        {
            ComplianceReport.GroupBy.Department => "COALESCE(\"OwnerDepartmentKey\", '')",
            ComplianceReport.GroupBy.Person => postgres ? "COALESCE(\"OwnerUserId\"::text, '')" : "COALESCE(\"OwnerUserId\", '')",
            _ => "\"RuleId\"",
        };
        const string Filter = "\"CentreId\" = @centre AND \"OpenedAt\" >= @from AND \"OpenedAt\" < @to";
        const string Counts = """
            count(*),
            count(*) FILTER (WHERE "Outcome" = 'Met'),
            count(*) FILTER (WHERE "Outcome" = 'Breached'),
            count(*) FILTER (WHERE "State" IN ('Open', 'Paused')),
            count(*) FILTER (WHERE "State" IN ('Open', 'Paused') AND "DueAt" < @now)
            """;
        // SQLite keeps instants as the app's binary encoding: UTC ticks / 1000, shifted left 11 bits over the offset.
        var sql = postgres
            ? $"""
               SELECT {key} AS k, {Counts},
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "ClosedAt" - "OpenedAt") / 60)
                   FILTER (WHERE "State" = 'Closed' AND "ClosedAt" IS NOT NULL)
               FROM pol_timers WHERE {Filter} GROUP BY 1
               """
            : $"""
               WITH t AS (SELECT {key} AS k, * FROM pol_timers WHERE {Filter}),
               counts AS (SELECT k, {Counts} FROM t GROUP BY k),
               d AS (SELECT k, (("ClosedAt" >> 11) - ("OpenedAt" >> 11)) / 600000.0 AS minutes,
                       row_number() OVER (PARTITION BY k ORDER BY ("ClosedAt" >> 11) - ("OpenedAt" >> 11)) AS n,
                       count(*) OVER (PARTITION BY k) AS total
                     FROM t WHERE "State" = 'Closed' AND "ClosedAt" IS NOT NULL),
               medians AS (SELECT k, avg(minutes) AS median FROM d WHERE n IN ((total + 1) / 2, (total + 2) / 2) GROUP BY k)
               SELECT counts.*, medians.median FROM counts LEFT JOIN medians ON medians.k = counts.k
               """;
        return await ExecuteAsync(db, sql, async command =>
        {
            Add(db, command, "@centre", centreId);
            Add(db, command, "@from", from);
            Add(db, command, "@to", to);
            Add(db, command, "@now", now);
            var rows = new List<ComplianceReport.Row>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(new ComplianceReport.Row(reader.GetString(0), Int(reader, 1), Int(reader, 2), Int(reader, 3), Int(reader, 4), Int(reader, 5),
                    reader.IsDBNull(6) ? null : Math.Round(reader.GetDouble(6), 1)));
            }
            return rows;
        });
    }

    /// <summary>Null when both lists hold the same groups with the same figures; else the first difference.</summary>
    public static string? Difference(IReadOnlyList<ComplianceReport.Row> report, IReadOnlyList<ComplianceReport.Row> sql)
    {
        // PostgreSQL prints uuids in lower case, SQLite keeps EF's upper case: compare keys without case.
        var bySql = sql.ToDictionary(r => r.Key.ToUpperInvariant());
        if (report.Count != sql.Count)
        {
            return $"{report.Count} groups in the report, {sql.Count} in SQL";
        }
        foreach (var r in report)
        {
            if (!bySql.TryGetValue(r.Key.ToUpperInvariant(), out var s))
            {
                return $"group '{r.Key}' is missing from SQL";
            }
            if (r with { Key = "" } != s with { Key = "" })
            {
                return $"group '{r.Key}': report {r}, SQL {s}";
            }
        }
        return null;
    }

    static int Int(DbDataReader reader, int i) => Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);

    static void Add(AppDbContext db, DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = db.Database.IsNpgsql() ? value : Seed.Sqlite(value);
        command.Parameters.Add(p);
    }

    static async Task<T> ExecuteAsync<T>(AppDbContext db, string sql, Func<DbCommand, Task<T>> run)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return await run(command);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

internal static class Pg
{
    public static async Task CreateDatabaseAsync(string server, string database) =>
        await RunAsync(server, $"CREATE DATABASE \"{database}\"");

    public static async Task DropDatabaseAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    static async Task RunAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection($"{server};Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
