using CenterOps.Modules.Organization.Setup;
using CenterOps.Platform.Audit;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Web;

/// <summary>
/// What the command line asks for besides serving: <c>migrate</c>, <c>verify-audit</c>, or <c>--demo &lt;pack&gt;</c>
/// (serve a demo centre seeded from that pack, in its own SQLite file).
/// </summary>
internal sealed record HostCommand(string? Verb, string? DemoPack, string[] HostArgs)
{
    public static HostCommand Parse(string[] args)
    {
        var rest = new List<string>(args);
        string? verb = null, demo = null;
        if (rest.Count > 0 && rest[0] is "migrate" or "verify-audit")
        {
            verb = rest[0];
            rest.RemoveAt(0);
        }
        var d = rest.IndexOf("--demo");
        if (d >= 0)
        {
            demo = d + 1 < rest.Count ? rest[d + 1] : "workplace-adaptation";
            rest.RemoveRange(d, Math.Min(2, rest.Count - d));
        }
        return new HostCommand(verb, demo, [.. rest]);
    }

    /// <summary>Runs the command. True when the process should exit instead of serving.</summary>
    public async Task<bool> RunAsync(WebApplication app)
    {
        var config = app.Configuration;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        switch (Verb)
        {
            case "migrate":
                await db.Database.MigrateAsync();
                Console.WriteLine("Database is up to date.");
                return true;
            case "verify-audit":
                var result = await VerifyAudit.RunAsync(db, CancellationToken.None);
                Console.WriteLine(result.Intact
                    ? $"Audit log intact: {result.Checked} entries checked."
                    : $"AUDIT LOG TAMPERED: entry {result.FirstBrokenSequence}: {result.Problem}");
                Environment.ExitCode = result.Intact ? 0 : 1;
                return true;
        }
        if (config.GetValue("Database:MigrateOnStart", true))
        {
            await db.Database.MigrateAsync();
        }
        if (DemoPack is not null)
        {
            var catalog = scope.ServiceProvider.GetRequiredService<PackCatalog>();
            var pack = catalog.Get(DemoPack);
            var signIns = await SeedDemo.RunAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(),
                scope.ServiceProvider.GetRequiredService<PackStore>(), catalog, DemoPack, CancellationToken.None);
            app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app, pack, signIns));
        }
        return false;
    }

    /// <summary>Before the builder is built: the demo gets a database file of its own, unless one is configured.</summary>
    public void Configure(WebApplicationBuilder builder)
    {
        if (DemoPack is not null && !Database.IsPostgres(builder.Configuration) &&
            Environment.GetEnvironmentVariable("ConnectionStrings__CenterOps") is null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:CenterOps"] = $"Data Source=data/demo-{DemoPack}.db",
            });
        }
    }

    static void PrintWelcome(WebApplication app, PolicyPack pack, IReadOnlyList<SeedDemo.SignIn> signIns)
    {
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine($"CenterOps demo ({pack.Pack}: {pack.Regulation}) is running at {url}");
        Console.WriteLine($"Sign in with any of these (password {SeedDemo.Password}):");
        foreach (var s in signIns)
        {
            Console.WriteLine($"  {s.Email,-36} {s.Name} · {s.Role}{(s.TwoFactorRequired ? " (sets up two-factor sign-in first)" : "")}");
        }
        Console.WriteLine();
    }
}
