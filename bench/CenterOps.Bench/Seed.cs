using System.Data.Common;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace CenterOps.Bench;

internal sealed record StaffMember(Guid Id, string RoleKey, string DepartmentKey);

internal sealed record Seeded(Guid CentreId, Guid PackVersionId, IReadOnlyList<StaffMember> Users, IReadOnlyList<string> RuleIds,
    IReadOnlyList<string> DepartmentKeys);

/// <summary>One row of <c>pol_timers</c>, written by the bulk insert (the entity's setters are private).</summary>
internal sealed record BenchTimer(Guid Id, Guid CentreId, string RuleId, Guid PackVersionId, string SubjectType, string SubjectId,
    Guid? OwnerUserId, string? OwnerRole, string? OwnerDepartmentKey, string? EscalateToRole, DateTimeOffset OpenedAt, DateTimeOffset DueAt,
    DateTimeOffset? WarnAt, DateTimeOffset? BreachedAt, DateTimeOffset? ClosedAt, DateTimeOffset? PausedAt, string State, string? Outcome);

internal static class Seed
{
    static readonly string?[] CultureMix = ["zh-Hans", "zh-Hans", "zh-Hant", "en", null];

    /// <summary>Staff of the demo's head centre: a mix of roles, languages, and people with and without e-mail.</summary>
    public static async Task<Seeded> StaffAsync(AppDbContext db, PolicyPack pack, int count)
    {
        var centreId = await db.Users.Where(u => u.Email == "admin@demo.centerops.local").Select(u => u.CentreId).SingleAsync();
        var packVersionId = await db.Set<CentrePack>().IgnoreQueryFilters().Where(c => c.CentreId == centreId)
            .Select(c => c.PackVersionId).SingleAsync();
        var roles = pack.Roles.Select(r => r.Key).ToList();
        var departments = pack.Departments.Select(d => d.Key).ToList();
        var users = new List<StaffMember>();
        for (var i = 0; i < count; i++)
        {
            var name = $"bench{i:D3}@demo.centerops.local";
            var user = new StaffUser
            {
                Id = Guid.CreateVersion7(),
                CentreId = centreId,
                UserName = name,
                NormalizedUserName = name.ToUpperInvariant(),
                Email = i % 10 < 7 ? name : null,
                NormalizedEmail = i % 10 < 7 ? name.ToUpperInvariant() : null,
                DisplayName = $"员工{i:D3}",
                RoleKey = roles[i % roles.Count],
                Culture = CultureMix[i % CultureMix.Length],
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(user);
            users.Add(new StaffMember(user.Id, user.RoleKey, departments[i % departments.Count]));
        }
        await db.SaveChangesAsync();
        return new Seeded(centreId, packVersionId, users, pack.Rules.Select(r => r.Id).ToList(), departments);
    }

    /// <summary>Open timers at their warning point, not yet due: one sweep warns every one of them.</summary>
    public static List<BenchTimer> DueTimers(Seeded s, int count, DateTimeOffset now)
    {
        var random = new Random(1);
        var list = new List<BenchTimer>(count);
        for (var i = 0; i < count; i++)
        {
            // One timer in 50 is owned by a role: every holder of it in the centre is told.
            var user = s.Users[random.Next(s.Users.Count)];
            var byRole = i % 50 == 0;
            list.Add(new BenchTimer(Guid.CreateVersion7(), s.CentreId, s.RuleIds[i % s.RuleIds.Count], s.PackVersionId, "booking", $"B{i:D7}",
                byRole ? null : user.Id, byRole ? user.RoleKey : null, user.DepartmentKey, "consulting-director",
                now.AddHours(-3), Whole(now.AddMinutes(120 + random.Next(600))), Whole(now.AddMinutes(-1 - random.Next(60))), null, null, null,
                "Open", null));
        }
        return list;
    }

    /// <summary>A year of timers: closed met/breached, cancelled, open (some overdue) and paused, over rules, departments, people.</summary>
    public static async Task ComplianceRecordsAsync(AppDbContext db, Seeded s, int count, DateTimeOffset now)
    {
        await ClearAsync(db);
        var random = new Random(2);
        IEnumerable<BenchTimer> Rows()
        {
            for (var i = 0; i < count; i++)
            {
                var user = s.Users[random.Next(s.Users.Count)];
                var byRole = random.Next(20) == 0;
                var opened = Whole(now.AddMinutes(-random.Next(365 * 24 * 60)));
                var due = opened.AddMinutes(30 + random.Next(4 * 24 * 60));
                var kind = random.Next(100);
                DateTimeOffset? closed = null;
                string state, outcome = "";
                if (kind < 80)
                {
                    // Whole minutes, so both sides' medians are exact.
                    closed = opened.AddMinutes(1 + random.Next(6 * 24 * 60));
                    state = "Closed";
                    outcome = closed <= due ? "Met" : "Breached";
                }
                else if (kind < 85)
                {
                    closed = opened.AddMinutes(1 + random.Next(600));
                    state = "Cancelled";
                }
                else
                {
                    state = kind < 95 ? "Open" : "Paused";
                }
                yield return new BenchTimer(Guid.CreateVersion7(), s.CentreId, s.RuleIds[random.Next(s.RuleIds.Count)], s.PackVersionId, "booking",
                    $"C{i:D7}", byRole ? null : user.Id, byRole ? user.RoleKey : null, random.Next(50) == 0 ? null : user.DepartmentKey,
                    "consulting-director", opened, due, null, outcome == "Breached" ? due : null, closed,
                    state == "Paused" ? opened.AddMinutes(5) : null, state, outcome == "" ? null : outcome);
            }
        }
        await InsertAsync(db, Rows());
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    /// <summary>Empties the outbox and the timers and writes <paramref name="rows"/> again: an identical start for each measurement.</summary>
    public static async Task ResetTimersAsync(AppDbContext db, IReadOnlyList<BenchTimer> rows)
    {
        await ClearAsync(db);
        await InsertAsync(db, rows);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    static async Task ClearAsync(AppDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM ntf_attempts");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM ntf_notifications");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM pol_timers");
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM pol_timers");
            await db.Database.ExecuteSqlRawAsync("VACUUM ntf_notifications");
        }
    }

    public static async Task<int> CountAsync(AppDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    const string Columns = "\"Id\", \"CentreId\", \"RuleId\", \"PackVersionId\", \"SubjectType\", \"SubjectId\", \"OwnerUserId\", \"OwnerRole\", "
        + "\"OwnerDepartmentKey\", \"EscalateToRole\", \"OpenedAt\", \"DueAt\", \"WarnAt\", \"BreachedAt\", \"ClosedAt\", \"PausedAt\", \"State\", \"Outcome\"";

    static async Task InsertAsync(AppDbContext db, IEnumerable<BenchTimer> rows)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            if (db.Database.GetDbConnection() is NpgsqlConnection pg)
            {
                await CopyAsync(pg, rows);
            }
            else
            {
                await SqliteInsertAsync(db.Database.GetDbConnection(), rows);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    static async Task CopyAsync(NpgsqlConnection connection, IEnumerable<BenchTimer> rows)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY pol_timers ({Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var t in rows)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(t.Id, NpgsqlDbType.Uuid);
            await copy.WriteAsync(t.CentreId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(t.RuleId, NpgsqlDbType.Varchar);
            await copy.WriteAsync(t.PackVersionId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(t.SubjectType, NpgsqlDbType.Varchar);
            await copy.WriteAsync(t.SubjectId, NpgsqlDbType.Varchar);
            await WriteAsync(copy, t.OwnerUserId, NpgsqlDbType.Uuid);
            await WriteAsync(copy, t.OwnerRole, NpgsqlDbType.Varchar);
            await WriteAsync(copy, t.OwnerDepartmentKey, NpgsqlDbType.Varchar);
            await WriteAsync(copy, t.EscalateToRole, NpgsqlDbType.Varchar);
            await copy.WriteAsync(t.OpenedAt, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(t.DueAt, NpgsqlDbType.TimestampTz);
            await WriteAsync(copy, t.WarnAt, NpgsqlDbType.TimestampTz);
            await WriteAsync(copy, t.BreachedAt, NpgsqlDbType.TimestampTz);
            await WriteAsync(copy, t.ClosedAt, NpgsqlDbType.TimestampTz);
            await WriteAsync(copy, t.PausedAt, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(t.State, NpgsqlDbType.Varchar);
            await WriteAsync(copy, t.Outcome, NpgsqlDbType.Varchar);
        }
        await copy.CompleteAsync();
    }

    static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);

    static readonly DateTimeOffsetToBinaryConverter Instant = new();

    /// <summary>SQLite stores instants as the app's converter writes them, and Guids as upper-case text (EF's mapping).</summary>
    internal static object Sqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateTimeOffset d => Instant.ConvertToProvider(d)!,
        _ => value,
    };

    static async Task SqliteInsertAsync(DbConnection connection, IEnumerable<BenchTimer> rows)
    {
        var names = Columns.Split(", ");
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO pol_timers ({Columns}) VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))})";
        var parameters = names.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        command.Prepare();
        foreach (var t in rows)
        {
            object?[] values = [t.Id, t.CentreId, t.RuleId, t.PackVersionId, t.SubjectType, t.SubjectId, t.OwnerUserId, t.OwnerRole,
                t.OwnerDepartmentKey, t.EscalateToRole, t.OpenedAt, t.DueAt, t.WarnAt, t.BreachedAt, t.ClosedAt, t.PausedAt, t.State, t.Outcome];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = Sqlite(values[i]);
            }
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    static DateTimeOffset Whole(DateTimeOffset d) => new(d.Ticks - (d.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
