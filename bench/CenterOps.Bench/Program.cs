using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CenterOps.Bench;
using CenterOps.Modules.Organization;
using CenterOps.Modules.Organization.Setup;
using CenterOps.Platform;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

// Benchmark of POL-1/POL-2 (issue "Benchmark in bench/"): the timer sweep against one plain SQL UPDATE of the same
// rows, and the compliance report against the same aggregate in plain SQL, in the same run on a throwaway database.
//
//   CenterOps.Bench [--postgres "Host=…;Port=…;Username=…"] [--timers 100000] [--records 1000000] [--rounds 3] [--out FILE]
var options = BenchOptions.Parse(args);
var folder = Directory.CreateTempSubdirectory("centerops-bench-rules-").FullName;
var database = $"centerops_bench_{Guid.NewGuid():N}";
try
{
    if (options.Postgres is { } server)
    {
        await Pg.CreateDatabaseAsync(server, database);
    }
    var app = BuildApp(options, folder, database);
    var result = await RunAsync(app, options);
    var json = JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true });
    if (options.Out is { } output)
    {
        await File.WriteAllTextAsync(output, json);
    }
    Console.WriteLine(json);
    await app.DisposeAsync();
    return result.Failures.Count == 0 ? 0 : 1;
}
finally
{
    if (options.Postgres is { } server)
    {
        await Pg.DropDatabaseAsync(server, database);
    }
    Directory.Delete(folder, recursive: true);
}

static WebApplication BuildApp(BenchOptions options, string folder, string database)
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = options.Postgres is null ? "Sqlite" : "Postgres",
        ["ConnectionStrings:CenterOps"] = options.Postgres is { } server ? $"{server};Database={database}" : $"Data Source={Path.Combine(folder, "bench.db")}",
        ["DataProtection:KeysDirectory"] = Path.Combine(folder, "keys"),
        ["Rules:Sweeper:Enabled"] = "false",
        ["Notifications:Dispatcher:Enabled"] = "false",
    });
    builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
    builder.Services.AddPlatform(builder.Configuration);
    builder.Services.AddOrganization();
    // The report reads the signed-in person's centre; here that is the seeded centre.
    builder.Services.Replace(ServiceDescriptor.Scoped<ICurrentStaff, BenchStaff>());
    return builder.Build();
}

static async Task<BenchResult> RunAsync(WebApplication app, BenchOptions options)
{
    var result = new BenchResult { Provider = options.Postgres is null ? "sqlite" : "postgres", Timers = options.Timers, Records = options.Records };
    var started = Stopwatch.StartNew();
    Seeded seeded;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await SeedDemo.RunAsync(db, sp.GetRequiredService<UserManager<StaffUser>>(), sp.GetRequiredService<PackStore>(),
            sp.GetRequiredService<PackCatalog>(), "workplace-adaptation", CancellationToken.None);
        seeded = await Seed.StaffAsync(db, sp.GetRequiredService<PackCatalog>().Get("workplace-adaptation"), 200);
    }
    BenchStaff.Centre = seeded.CentreId;
    Log($"migrated and seeded {seeded.Users.Count} staff in {started.Elapsed.TotalSeconds:F1} s");

    // --- sweep vs one UPDATE -----------------------------------------------------------------------------------
    var sweeper = app.Services.GetRequiredService<TimerSweeper>();
    var now = DateTimeOffset.UtcNow;
    var due = Seed.DueTimers(seeded, options.Timers, now);
    for (var round = 1; round <= options.Rounds; round++)
    {
        // Alternate which goes first, so a warming cache or a busy neighbour does not favour one side.
        foreach (var sweepFirst in round % 2 == 1 ? new[] { true, false } : [false, true])
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await Seed.ResetTimersAsync(db, due);
            if (sweepFirst)
            {
                var watch = Stopwatch.StartNew();
                var swept = await sweeper.SweepAsync(CancellationToken.None);
                var seconds = watch.Elapsed.TotalSeconds;
                var messages = await Seed.CountAsync(db, "SELECT count(*) FROM ntf_notifications");
                var warned = await Seed.CountAsync(db, "SELECT count(*) FROM pol_timers WHERE \"WarnedAt\" IS NOT NULL");
                if (swept.Warned != options.Timers || warned != options.Timers)
                {
                    result.Failures.Add($"sweep round {round}: warned {swept.Warned} (rows {warned}), expected {options.Timers}");
                }
                result.SweepSeconds.Add(seconds);
                result.SweepMessages = messages;
                Log($"round {round}  sweep   {seconds,8:F3} s  ({swept.Warned:N0} warned, {messages:N0} outbox rows)");
            }
            else
            {
                var (seconds, rows) = await Reference.UpdateAsync(db, DateTimeOffset.UtcNow);
                if (rows != options.Timers)
                {
                    result.Failures.Add($"update round {round}: {rows} rows, expected {options.Timers}");
                }
                result.UpdateSeconds.Add(seconds);
                Log($"round {round}  UPDATE  {seconds,8:F3} s  ({rows:N0} rows)");
            }
        }
    }
    // Each round's pair runs back to back under the same load from the rest of the machine: the median of the
    // per-round ratios is steadier than a ratio of medians taken minutes apart.
    result.SweepRatio = PairedRatio(result.SweepSeconds, result.UpdateSeconds);
    Log($"sweep / UPDATE (median of per-round ratios): {result.SweepRatio:F2}x");

    // --- compliance report vs plain SQL ------------------------------------------------------------------------
    var clock = new FixedClock(now);
    var from = now.AddDays(-365);
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var watch = Stopwatch.StartNew();
        await Seed.ComplianceRecordsAsync(db, seeded, options.Records, now);
        Log($"seeded {options.Records:N0} timer records in {watch.Elapsed.TotalSeconds:F1} s");
    }
    foreach (var groupBy in Enum.GetValues<ComplianceReport.GroupBy>())
    {
        var row = new ComplianceResult { GroupBy = groupBy.ToString() };
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var reportFirst in round % 2 == 1 ? new[] { true, false } : [false, true])
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var watch = Stopwatch.StartNew();
                if (reportFirst)
                {
                    var rows = await ComplianceReport.ExecuteAsync(db, clock, from, now, groupBy, CancellationToken.None);
                    row.ReportSeconds.Add(watch.Elapsed.TotalSeconds);
                    row.Groups = rows.Count;
                    row.Report = rows;
                }
                else
                {
                    var rows = await Reference.ComplianceAsync(db, seeded.CentreId, from, now, now, groupBy);
                    row.SqlSeconds.Add(watch.Elapsed.TotalSeconds);
                    row.Sql = rows;
                }
            }
            Log($"round {round}  by {groupBy,-10}  report {row.ReportSeconds[^1],7:F3} s   SQL {row.SqlSeconds[^1],7:F3} s");
        }
        if (Reference.Difference(row.Report!, row.Sql!) is { } difference)
        {
            result.Failures.Add($"compliance by {groupBy}: the report and the plain SQL disagree: {difference}");
            Log($"MISMATCH by {groupBy}: {difference}");
        }
        row.Ratio = PairedRatio(row.ReportSeconds, row.SqlSeconds);
        Log($"by {groupBy}: {row.Groups} groups, report / SQL (median of per-round ratios): {row.Ratio:F2}x");
        result.Compliance.Add(row);
    }
    return result;
}

static double PairedRatio(List<double> app, List<double> sql) =>
    Math.Round(Median(app.Zip(sql, (a, b) => a / b).ToList()), 2);

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static void Log(string message) =>
    Console.Error.WriteLine($"[bench {DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {message}");
