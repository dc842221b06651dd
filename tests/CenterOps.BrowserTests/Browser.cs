using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(CenterOps.BrowserTests.Browser))]

namespace CenterOps.BrowserTests;

/// <summary>One headless Chromium for the whole run: Debian's package, never a downloaded build.</summary>
public sealed class Browser : IAsyncLifetime
{
    IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        // CI machines are small and busy: give pages and assertions room rather than fail on a slow moment.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CENTEROPS_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) in a laptop-sized window, speaking the default language.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Instance.DisposeAsync();
        _playwright?.Dispose();
    }
}
