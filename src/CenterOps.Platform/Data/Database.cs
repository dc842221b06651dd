using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CenterOps.Platform.Data;

/// <summary>
/// Provider choice at start-up: <c>Database:Provider</c> = Sqlite (default, an embedded file) or Postgres,
/// with <c>ConnectionStrings:CenterOps</c>. Migrations live in one assembly per provider.
/// </summary>
public static class Database
{
    public const string SqliteMigrations = "CenterOps.Migrations.Sqlite";
    public const string PostgresMigrations = "CenterOps.Migrations.Postgres";

    public static bool IsPostgres(IConfiguration c) =>
        string.Equals(c["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the cookie-encryption keys live: <c>DataProtection:KeysDirectory</c>, else a <c>keys</c> folder next to
    /// the SQLite file (<c>data/keys</c> by default, and for PostgreSQL).
    /// </summary>
    public static string KeysDirectory(IConfiguration c)
    {
        if (c["DataProtection:KeysDirectory"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        var dataSource = IsPostgres(c) ? null : new SqliteConnectionStringBuilder(c.GetConnectionString("CenterOps") ?? "").DataSource;
        var folder = dataSource is { Length: > 0 } and not ":memory:" ? Path.GetDirectoryName(Path.GetFullPath(dataSource)) : null;
        return Path.GetFullPath(Path.Combine(folder ?? "data", "keys"));
    }

    public static void Configure(DbContextOptionsBuilder options, IConfiguration c)
    {
        var connection = c.GetConnectionString("CenterOps");
        if (IsPostgres(c))
        {
            options.UseNpgsql(connection ?? throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:CenterOps is not set."),
                o => o.MigrationsAssembly(PostgresMigrations));
            return;
        }
        var sqlite = new SqliteConnectionStringBuilder(connection ?? "Data Source=data/centerops.db");
        if (Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource)) is { } folder && sqlite.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
        sqlite.Pooling = true;
        options.UseSqlite(sqlite.ToString(), o => o.MigrationsAssembly(SqliteMigrations))
            .AddInterceptors(SqlitePragmas.Instance);
    }
}
