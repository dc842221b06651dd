using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace CenterOps.Platform.Documents;

/// <summary>
/// Turns an HTML document into a PDF with headless Chromium (Debian's <c>chromium</c>): Chinese text is set with the
/// system's CJK fonts (<c>fonts-noto-cjk</c>) and charts are inline SVG, so reports, receipts and bills look as they
/// do on screen (CARE-2, BILL-3). No PDF library served to us sets CJK text well; Chromium does.
/// </summary>
public sealed class PdfRenderer(IConfiguration configuration)
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // Each Chromium takes ~150 MB and a core for a second; a burst of reports waits rather than starves the app.
    readonly SemaphoreSlim _slots = new(2);

    string Chromium => configuration["Documents:Chromium"] is { Length: > 0 } configured
        ? configured
        : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists) ?? "chromium";

    public async Task<byte[]> RenderAsync(string html, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("centerops-pdf-");
        await _slots.WaitAsync(ct);
        try
        {
            var input = Path.Combine(folder.FullName, "document.html");
            var output = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllTextAsync(input, html, ct);
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", "--no-pdf-header-footer",
                $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start) ?? throw new PdfRenderException($"{Chromium} did not start");
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                throw new PdfRenderException($"{Chromium} took longer than {Timeout.TotalSeconds} s");
            }
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                var text = await errors;
                throw new PdfRenderException($"{Chromium} made no PDF (exit {process.ExitCode}): {text[Math.Max(0, text.Length - 500)..]}");
            }
            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            _slots.Release();
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be closing its profile; the temp folder is the OS's to clean.
            }
        }
    }
}

public sealed class PdfRenderException(string message) : Exception(message);
