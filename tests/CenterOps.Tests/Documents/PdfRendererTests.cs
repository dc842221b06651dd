using CenterOps.Platform.Documents;
using CenterOps.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace CenterOps.Tests.Documents;

/// <summary>Documents with Chinese text come out as real PDFs whose text can be read back (reports, receipts, bills).</summary>
public sealed class PdfRendererTests
{
    [Fact]
    public async Task Simplified_and_traditional_chinese_and_a_chart_render_into_a_readable_pdf()
    {
        var renderer = new PdfRenderer(new ConfigurationBuilder().Build());
        var pdf = await renderer.RenderAsync("""
            <!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"></head><body>
            <h1>职场适应初步评估报告</h1><p>困难类型：認知型　严重程度：中度</p>
            <svg width="300" height="40"><rect width="180" height="20" fill="#2e7d32"/><text x="190" y="15">3.33</text></svg>
            </body></html>
            """, TestContext.Current.CancellationToken);

        var text = await Pdf.TextAsync(pdf);
        Assert.Contains("职场适应初步评估报告", text, StringComparison.Ordinal);
        Assert.Contains("認知型", text, StringComparison.Ordinal);
        Assert.Contains("3.33", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_chromium_is_a_clear_error_not_an_empty_file()
    {
        var renderer = new PdfRenderer(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:Chromium"] = "/nonexistent/chromium" }).Build());

        var e = await Assert.ThrowsAnyAsync<Exception>(() => renderer.RenderAsync("<p>x</p>", TestContext.Current.CancellationToken));
        Assert.Contains("/nonexistent/chromium", e.Message, StringComparison.Ordinal);
    }
}
