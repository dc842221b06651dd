using System.Net.Http.Json;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OtpNet;

namespace CenterOps.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP on a database of its own: a SQLite file, or a fresh PostgreSQL database when
/// <c>CENTEROPS_TEST_PROVIDER=Postgres</c> (server from <c>CENTEROPS_TEST_PG</c>). Migrations run as in production.
/// The clock is a <see cref="FakeTimeProvider"/> the tests move.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@test.cn";
    public const string Password = "Test#2026";

    readonly string _folder;
    readonly string _database;
    readonly Dictionary<string, string?> _settings = [];
    readonly TestApp? _primary;
    string? _adminKey;
    string _pack = "mini";

    public TestApp()
    {
        _folder = Directory.CreateTempSubdirectory("centerops-test-").FullName;
        _database = $"centerops_test_{Guid.NewGuid():N}";
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    /// <summary>An installation whose clock starts at <paramref name="start"/> (for deadlines on known calendar days).</summary>
    public static TestApp StartingAt(DateTimeOffset start) => new(start);

    TestApp(DateTimeOffset start)
        : this()
    {
        Clock = new FakeTimeProvider(start);
    }

    /// <summary>A second app node on the same database as <paramref name="primary"/> (already set up), with its own clock.</summary>
    public static TestApp SecondNode(TestApp primary) => new(primary, secondNode: true);

    TestApp(TestApp primary, bool secondNode)
    {
        _ = secondNode;
        _primary = primary;
        _folder = primary._folder;
        _database = primary._database;
        CentreId = primary.CentreId;
        Clock = new FakeTimeProvider(primary.Clock.GetUtcNow());
    }

    public static bool OnPostgres => string.Equals(Environment.GetEnvironmentVariable("CENTEROPS_TEST_PROVIDER"), "Postgres",
        StringComparison.OrdinalIgnoreCase);

    public FakeTimeProvider Clock { get; private set; }

    public Guid CentreId { get; private set; }

    /// <summary>Extra configuration (e.g. the SMTP server of a test); set before the first request.</summary>
    public TestApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Sets the centre up from one of the packs the product ships (policy-packs/) instead of the test pack.</summary>
    public TestApp WithShippedPack(string pack)
    {
        _pack = pack;
        return With("Packs:Directory", Path.Combine(AppContext.BaseDirectory, "policy-packs"));
    }

    static string PostgresServer => Environment.GetEnvironmentVariable("CENTEROPS_TEST_PG") is { Length: > 0 } s
        ? s
        : "Host=127.0.0.1;Port=5432;Username=postgres";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (OnPostgres)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:CenterOps", $"{PostgresServer};Database={_database};Include Error Detail=true");
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:CenterOps", $"Data Source={Path.Combine(_folder, "app.db")}");
        }
        builder.UseSetting("Packs:Directory", Path.Combine(AppContext.BaseDirectory, "Packs"));
        builder.UseSetting("DataProtection:KeysDirectory", Path.Combine(_folder, "keys"));
        // Tests move the clock and then sweep or dispatch themselves, so the outcome of each step is theirs to see.
        builder.UseSetting("Rules:Sweeper:Enabled", "false");
        builder.UseSetting("Notifications:Dispatcher:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public async ValueTask InitializeAsync()
    {
        if (_primary is not null)
        {
            _ = Services; // start the node; the database is the primary's
            return;
        }
        if (OnPostgres)
        {
            await using var connection = new NpgsqlConnection($"{PostgresServer};Database=postgres");
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        // First-run set-up through the API, as a new installation does it.
        using var client = NewClient();
        var response = await client.PostAsJsonAsync("/api/setup", new
        {
            centreName = "静安示范中心",
            city = "上海",
            pack = _pack,
            adminName = "张主任",
            email = AdminEmail,
            password = Password,
        });
        response.EnsureSuccessStatusCode();
        CentreId = (await response.Content.ReadFromJsonAsync<SetupAnswer>())!.CentreId;
    }

    sealed record SetupAnswer(Guid CentreId, Guid UserId);

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_primary is not null)
        {
            return;
        }
        if (OnPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection($"{PostgresServer};Database=postgres");
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file may still be held for a moment; the temp folder is the OS's to clean.
        }
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>The administrator, signed in with two factors (enrolled on first use).</summary>
    public async Task<HttpClient> AdminAsync()
    {
        var client = NewClient();
        if (_adminKey is null)
        {
            (await client.PostAsJsonAsync("/api/account/login", new { email = AdminEmail, password = Password })).EnsureSuccessStatusCode();
            var setup = await client.GetFromJsonAsync<TwoFactorSetup>("/api/account/two-factor");
            _adminKey = setup!.SharedKey;
            (await client.PostAsJsonAsync("/api/account/two-factor", new { code = TotpCode(_adminKey) })).EnsureSuccessStatusCode();
            return client;
        }
        (await client.PostAsJsonAsync("/api/account/login", new { email = AdminEmail, password = Password, code = TotpCode(_adminKey) }))
            .EnsureSuccessStatusCode();
        return client;
    }

    public sealed record TwoFactorSetup(bool Enabled, string SharedKey, string AuthenticatorUri);

    public static string TotpCode(string sharedKey) =>
        new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    /// <summary>A signed-in client for a new staff account of the centre with the given role (no two-factor needed).</summary>
    public async Task<HttpClient> SignedInAsync(string roleKey, Guid? centreId = null)
    {
        var email = $"{roleKey}-{Guid.NewGuid():N}@test.cn";
        await CreateUserAsync(email, roleKey, centreId ?? CentreId);
        var client = NewClient();
        (await client.PostAsJsonAsync("/api/account/login", new { email, password = Password })).EnsureSuccessStatusCode();
        return client;
    }

    public async Task<StaffUser> CreateUserAsync(string email, string roleKey, Guid centreId)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = roleKey, CentreId = centreId, RoleKey = roleKey };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>Runs code against the database outside any request (no centre filter applies: use IgnoreQueryFilters).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<int> CountAsync<T>() where T : class => WithDbAsync(db => db.Set<T>().IgnoreQueryFilters().CountAsync());
}
