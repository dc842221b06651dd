using CenterOps.Modules.Clients.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Clients.Corporate;

/// <summary>
/// CRM-1/CRM-3: the company's legal-qualification document (营业执照…) is uploaded as the request body — pdf, jpg or png,
/// at most 10 MB, its content checked to be what its type says — and kept in the database. A newer upload supersedes.
/// </summary>
public static class UploadQualification
{
    public sealed record Response(Guid Id, string FileName, string ContentType, long Size);

    static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF"u8.ToArray(),
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47],
    };

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/corporate-clients/{id:guid}/qualification", async (Guid id, string? fileName, HttpRequest http, IServiceProvider sp,
                CancellationToken ct) =>
            {
                var type = http.ContentType?.Split(';')[0].Trim() ?? "";
                var content = await ReadAsync(http.Body, QualificationDocument.MaxBytes, ct);
                return (await ExecuteAsync(id, fileName, type, content, sp, ct))
                    .ToHttp(r => Results.Created($"/api/crm/corporate-clients/{id}/qualification", r));
            })
            .RequireAuthorization(Permissions.ClientsManage)
            .WithName(nameof(UploadQualification))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/corporate-clients/{id:guid}/qualification", async (Guid id, AppDbContext db, Validation v,
                IStringLocalizer<ClientsResource> text, Platform.Audit.AuditTrail audit, CancellationToken ct) =>
            {
                var document = (await db.Set<QualificationDocument>().AsNoTracking().Where(d => d.CorporateClientId == id).ToListAsync(ct))
                    .OrderByDescending(d => d.UploadedAt).FirstOrDefault();
                if (document is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: v.Message("Problem.NotFound", text["Noun.Qualification"]));
                }
                audit.Read(nameof(QualificationDocument), document.Id);
                await db.SaveChangesAsync(ct);
                return Results.File(document.Content, document.ContentType, document.FileName);
            })
            .RequireAuthorization(Permissions.ClientsRead)
            .WithName("DownloadQualification");
    }

    /// <summary>Reads at most one byte more than allowed, so a body over the limit is known without reading it all.</summary>
    static async Task<byte[]> ReadAsync(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                break;
            }
        }
        return buffer.ToArray();
    }

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, string? fileName, string contentType, byte[] content,
        IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var staff = sp.GetRequiredService<ICurrentStaff>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        if (!await db.Set<CorporateClient>().AnyAsync(c => c.Id == id, ct))
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.CorporateClient"]));
        }
        var name = Path.GetFileName(fileName ?? "").Trim();
        v.Text("fileName", name, 200);
        if (!Signatures.TryGetValue(contentType, out var signature))
        {
            v.Add("file", text["Qualification.Type"]);
        }
        else if (content.Length == 0)
        {
            v.Add("file", v.Message("Validation.Required"));
        }
        else if (content.Length > QualificationDocument.MaxBytes)
        {
            v.Add("file", text["Qualification.TooLarge"]);
        }
        else if (!content.AsSpan().StartsWith(signature))
        {
            v.Add("file", text["Qualification.Mismatch"]);
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        var document = new QualificationDocument
        {
            CentreId = staff.CentreId!.Value,
            CorporateClientId = id,
            FileName = name,
            ContentType = contentType.ToLowerInvariant(),
            Size = content.Length,
            Content = content,
            UploadedAt = sp.GetRequiredService<TimeProvider>().GetUtcNow(),
            UploadedBy = staff.UserName ?? "",
        };
        db.Add(document);
        await db.SaveChangesAsync(ct);
        return new Response(document.Id, document.FileName, document.ContentType, document.Size);
    }
}
