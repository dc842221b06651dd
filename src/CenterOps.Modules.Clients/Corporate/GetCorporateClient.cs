using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
using CenterOps.Platform.Audit;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Clients.Corporate;

/// <summary>CRM-1: a corporate client with its participants and its qualification document (name, type, size). Audited (SEC-2).</summary>
public static class GetCorporateClient
{
    public sealed record Response(Guid Id, Guid Version, string CompanyName, string CreditCode, string ContactName, string ContactPhone,
        string TargetGroup, int Headcount, DateOnly ServiceFrom, DateOnly ServiceTo, string? Goals, IntakeChannel Channel,
        DateTimeOffset RegisteredAt, Document? Qualification, IReadOnlyList<Participant> Participants);

    public sealed record Document(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);

    public sealed record Participant(Guid Id, string Name, ClientStatus Status);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/corporate-clients/{id:guid}", async (Guid id, IServiceProvider sp, CancellationToken ct) =>
                (await ExecuteAsync(id, sp, ct)).ToHttp())
            .RequireAuthorization(Permissions.ClientsRead)
            .WithName(nameof(GetCorporateClient))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        var c = await db.Set<CorporateClient>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.CorporateClient"]));
        }
        var document = (await db.Set<QualificationDocument>().AsNoTracking().Where(d => d.CorporateClientId == id)
                .Select(d => new Document(d.Id, d.FileName, d.ContentType, d.Size, d.UploadedAt, d.UploadedBy)).ToListAsync(ct))
            .OrderByDescending(d => d.UploadedAt).FirstOrDefault();
        var participants = await db.Set<Client>().AsNoTracking().Where(x => x.CorporateClientId == id).OrderBy(x => x.Name)
            .Select(x => new Participant(x.Id, x.Name, x.Status)).ToListAsync(ct);
        sp.GetRequiredService<AuditTrail>().Read(nameof(CorporateClient), id);
        await db.SaveChangesAsync(ct);
        return new Response(c.Id, c.Version, c.CompanyName, c.CreditCode, c.ContactName, c.ContactPhone, c.TargetGroup, c.Headcount,
            c.ServiceFrom, c.ServiceTo, c.Goals, c.Channel, c.RegisteredAt, document, participants);
    }
}
