using Microsoft.AspNetCore.Mvc.Testing;

namespace CenterOps.BrowserTests;

/// <summary>
/// The real app on a real loopback port, with its own empty SQLite database and the test pack: the state a new
/// installation is in before first-run set-up.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    readonly WebApplicationFactory<Program> _factory;
    readonly string _folder = Directory.CreateTempSubdirectory("centerops-browser-").FullName;

    public AppServer()
    {
        var port = FreePort();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("urls", $"http://127.0.0.1:{port}");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:CenterOps", $"Data Source={Path.Combine(_folder, "app.db")}");
            b.UseSetting("Packs:Directory", Path.Combine(AppContext.BaseDirectory, "Packs"));
            b.UseSetting("DataProtection:KeysDirectory", Path.Combine(_folder, "keys"));
        });
        _factory.UseKestrel();
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    public string BaseUrl { get; }

    /// <summary>The app's services, for a journey that plays the part of a module (raising a rule event).</summary>
    public IServiceProvider Services => _factory.Services;

    static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
