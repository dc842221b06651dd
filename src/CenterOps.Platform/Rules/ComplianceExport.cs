using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace CenterOps.Platform.Rules;

/// <summary>POL-2 "xlsx export": the compliance report as a spreadsheet, one row per group, headers in the reader's language.</summary>
public static class ComplianceExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/report.xlsx", HandleAsync)
            .RequireAuthorization(Permissions.ComplianceRead)
            .WithName(nameof(ComplianceExport));

    static async Task<Results<FileContentHttpResult, ValidationProblem>> HandleAsync(AppDbContext db, PackStore packs, ICurrentStaff staff,
        Validation validation, TimeProvider clock, IStringLocalizer<SharedResource> text, string? from, string? to, string? groupBy,
        CancellationToken ct)
    {
        if (ComplianceRows.Read(validation, from, to, groupBy) is not { } query)
        {
            return validation.Problem();
        }
        var rows = await ComplianceRows.RunAsync(db, packs, staff, clock, query, ct);
        var bytes = await ExecuteAsync(rows, query.GroupBy, text, ct);
        var now = clock.GetUtcNow();
        var name = $"compliance-{query.GroupBy.ToString().ToLowerInvariant()}-{(query.From ?? now.AddDays(-30)):yyyyMMdd}-{(query.To ?? now):yyyyMMdd}.xlsx";
        return TypedResults.File(bytes, ContentType, name);
    }

    public static async Task<byte[]> ExecuteAsync(IReadOnlyList<ComplianceReport.Row> rows, ComplianceReport.GroupBy groupBy,
        IStringLocalizer text, CancellationToken ct)
    {
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            [text[$"Compliance.GroupBy.{groupBy}"]] = r.Key,
            [text["Common.Name"]] = r.Name ?? (r.Key.Length == 0 ? text["Compliance.Unassigned"].Value : r.Key),
            [text["Compliance.Opened"]] = r.Opened,
            [text["Compliance.Met"]] = r.Met,
            [text["Compliance.Breached"]] = r.Breached,
            [text["Compliance.Open"]] = r.Open,
            [text["Compliance.Overdue"]] = r.Overdue,
            [text["Compliance.MetRate"]] = r.MetRate,
            [text["Compliance.MedianMinutes"]] = r.MedianMinutesToDone,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: text["Compliance.Title"], excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }
}
