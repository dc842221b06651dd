using Microsoft.Playwright;

namespace CenterOps.BrowserTests;

/// <summary>A journey runs against its own new installation, in a fresh browser profile.</summary>
public abstract class Journey(Browser browser) : IAsyncLifetime
{
    protected AppServer App { get; } = new();

    protected IPage Page { get; private set; } = default!;

    public async ValueTask InitializeAsync() => Page = await browser.NewPageAsync(App.BaseUrl);

    public async ValueTask DisposeAsync()
    {
        await Page.Context.CloseAsync();
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Keeps a picture of the screen for people to look at (not asserted).</summary>
    protected Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"centerops-{name}.png"), FullPage = true });
}
