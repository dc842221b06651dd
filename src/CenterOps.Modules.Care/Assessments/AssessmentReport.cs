using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CenterOps.Modules.Care.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Audit;
using CenterOps.Platform.Data;
using CenterOps.Platform.Documents;
using CenterOps.Platform.Localization;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Care.Assessments;

/// <summary>
/// CARE-2: the initial assessment report as a PDF — the client, each scale's sub-scale scores with their cut-off and a
/// bar chart, the suggested and the confirmed type and severity, the intake talk. In the reader's language; the
/// report's title is the pack's (WA: 职场适应初步评估报告). Reading it is an audited read of a sensitive record.
/// </summary>
internal static class AssessmentReport
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/assessments/{id:guid}/report.pdf", async (Guid id, AppDbContext db, PackStore packs, IClientDirectory clients,
                AuditTrail audit, PdfRenderer pdf, IStringLocalizer<CareResource> text, CancellationToken ct) =>
                await RenderAsync(id, db, packs, clients, audit, pdf, text, ct) is { } file
                    ? Results.File(file, "application/pdf", $"assessment-{id:N}.pdf")
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Assessment.NoReport"]))
            .RequireAuthorization(Permissions.CareAssess)
            .WithName(nameof(AssessmentReport));

    /// <summary>The PDF, or null when there is no completed assessment with this id in the caller's centre.</summary>
    internal static async Task<byte[]?> RenderAsync(Guid id, AppDbContext db, PackStore packs, IClientDirectory clients, AuditTrail audit,
        PdfRenderer pdf, IStringLocalizer<CareResource> text, CancellationToken ct)
    {
        var a = await db.Set<Assessment>().AsNoTracking().Include(x => x.Responses).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is not { Completed: true } || await clients.FindAsync(a.ClientId, ct) is not { } client)
        {
            return null;
        }
        var pack = (await packs.ForCentreAsync(a.CentreId, ct))!.Value.Pack;
        var practitioner = await db.Users.AsNoTracking().Where(u => u.Id == a.PractitionerUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var html = Html(a, pack, client, practitioner, text);
        audit.Read(nameof(Assessment), a.Id);
        await db.SaveChangesAsync(ct);
        return await pdf.RenderAsync(html, ct);
    }

    const string Css = """
        <style>
        body { font-family: "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; font-size: 11pt; margin: 24px 32px; color: #222 }
        h1 { font-size: 18pt; text-align: center; margin: 0 0 4px } .sub { text-align: center; color: #666; margin-bottom: 16px }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 14px } td, th { border: 1px solid #bbb; padding: 4px 8px; text-align: left }
        th { background: #f1f5f4 } h2 { font-size: 13pt; border-left: 4px solid #2e6b5e; padding-left: 8px; margin: 18px 0 6px }
        </style>
        """;

    static string Html(Assessment a, PolicyPack pack, ClientCard client, string? practitioner, IStringLocalizer<CareResource> text)
    {
        static string E(string? s) => HtmlEncoder.Default.Encode(s ?? "");
        var views = a.Responses.OrderBy(r => pack.Questionnaires.FindIndex(q => q.Id == r.QuestionnaireId))
            .Select(r => AssessmentInstruments.Read(pack, r)).OfType<AssessmentInstruments.ResponseView>().ToList();
        var (_, _, instrument) = AssessmentInstruments.Suggest(pack, views);
        string TypeName(string? id) => AssessmentInstruments.TypeName(instrument, id);
        string LevelName(string? level) => AssessmentInstruments.LevelName(instrument, level);
        string Local(DateTimeOffset at) => CentreTime.ToLocal(at, pack.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var title = pack.AssessmentReportTitle?.ToString() is { Length: > 0 } t ? t : text["Report.Title"].Value;

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!doctype html><html lang="{E(CultureInfo.CurrentUICulture.Name)}"><head><meta charset="utf-8"><title>{E(title)}</title>
            {Css}</head><body>
            <h1>{E(title)}</h1><div class="sub">{E(pack.Name.ToString())}</div>
            <table><tr><th>{E(text["Report.Client"])}</th><td>{E(client.Name)}</td><th>{E(text["Report.Practitioner"])}</th><td>{E(practitioner)}</td></tr>
            <tr><th>{E(text["Report.Started"])}</th><td>{Local(a.StartedAt)}</td><th>{E(text["Report.Completed"])}</th><td>{Local(a.CompletedAt!.Value)}</td></tr></table>
            """);
        foreach (var v in views)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(v.Name)}</h2><table><tr><th>{E(text["Report.Scale"])}</th><th>{E(text["Report.Score"])}</th><th>{E(text["Report.Band"])}</th></tr>");
            foreach (var s in v.Subscales.Concat(v.Total is null ? [] : [v.Total]))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(s.Name)}</td><td>{s.Value:0.00}</td><td>{E(s.Label)}</td></tr>");
            }
            html.Append("</table>").Append(Chart(pack.Questionnaires.First(q => q.Id == v.QuestionnaireId), v));
        }
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>{E(text["Report.Conclusion"])}</h2>
            <table><tr><th></th><th>{E(text["Report.Suggested"])}</th><th>{E(text["Report.Confirmed"])}</th></tr>
            <tr><th>{E(text["Report.Type"])}</th><td>{E(TypeName(a.SuggestedType))}</td><td><b>{E(TypeName(a.DifficultyType))}</b></td></tr>
            <tr><th>{E(text["Report.Severity"])}</th><td>{E(LevelName(a.SuggestedSeverity))}</td><td><b>{E(LevelName(a.Severity))}</b></td></tr></table>
            <h2>{E(text["Report.Talk"])}</h2><p>{E(text["Report.TalkMinutes", a.TalkMinutes ?? 0])}</p><p style="white-space:pre-wrap">{E(a.TalkNotes)}</p>
            </body></html>
            """);
        return html.ToString();
    }

    /// <summary>Horizontal bars of the sub-scale scores on the instrument's range, as inline SVG (no script, prints as is).</summary>
    static string Chart(Platform.Questionnaires.Questionnaire q, AssessmentInstruments.ResponseView v)
    {
        if (v.Subscales.Count == 0)
        {
            return "";
        }
        var max = q.Likert?.Max ?? (q.Subscales.SelectMany(s => s.Bands).Select(b => b.To).DefaultIfEmpty(1).Max());
        const int Label = 140, Width = 360, Row = 26;
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Label + Width + 60}" height="{v.Subscales.Count * Row + 8}">""");
        for (var i = 0; i < v.Subscales.Count; i++)
        {
            var s = v.Subscales[i];
            var w = (int)Math.Round(Width * (double)(s.Value / max));
            // The first cut-off reads green, the last red, those between amber: the pack orders its bands from least to most.
            var bands = q.Subscales.FirstOrDefault(x => x.Id == s.Id)?.Bands ?? [];
            var band = bands.FindIndex(b => b.Level == s.Level);
            var colour = band <= 0 || bands.Count < 2 ? "#2e7d32" : band == bands.Count - 1 ? "#c62828" : "#ef8f00";
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text x="0" y="{i * Row + 18}" font-size="12">{HtmlEncoder.Default.Encode(s.Name)}</text><rect x="{Label}" y="{i * Row + 5}" width="{w}" height="16" fill="{colour}"/><text x="{Label + w + 6}" y="{i * Row + 18}" font-size="12">{s.Value:0.00}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }
}
