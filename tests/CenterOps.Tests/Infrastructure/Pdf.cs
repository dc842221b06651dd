using System.Diagnostics;

namespace CenterOps.Tests.Infrastructure;

/// <summary>Reads a PDF's text back with poppler's pdftotext, as a person copying from the document would get it.</summary>
public static class Pdf
{
    public static async Task<string> TextAsync(byte[] pdf)
    {
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var file = Path.Combine(Path.GetTempPath(), $"centerops-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
        try
        {
            using var pdftotext = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await pdftotext.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await pdftotext.WaitForExitAsync(TestContext.Current.CancellationToken);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
