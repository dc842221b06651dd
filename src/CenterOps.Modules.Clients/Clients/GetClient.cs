using System.Text.Json;
using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
using CenterOps.Platform.Audit;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Clients.Clients;

/// <summary>
/// CRM-1..3: one client's file — details, intake answers, consents, screenings, the referral and whether service may
/// start. Opening it is audited (SEC-2).
/// </summary>
public static class GetClient
{
    public sealed record Response(Guid Id, Guid Version, ClientKind Kind, string Name, string Phone, string? Email, Gender Gender,
        DateOnly? BirthDate, int? Age, IntakeChannel Channel, string? InitialNeed, JsonElement? Intake, ClientStatus Status,
        Guid? CorporateClientId, string? Company, DateTimeOffset RegisteredAt, string RegisteredBy,
        IReadOnlyList<Consent> Consents, IReadOnlyList<ScreeningItem> Screenings, ReferralItem? Referral, ClientServiceCheck Service);

    public sealed record Consent(Guid Id, string ConsentId, int ConsentVersion, DateTimeOffset GivenAt, ConsentChannel Channel, string RecordedBy);

    public sealed record ScreeningItem(Guid Id, ScreeningResult Result, int? Age, IReadOnlyList<string> Reasons, JsonElement Answers,
        string? Notes, DateTimeOffset ScreenedAt, string ScreenedBy);

    public sealed record ReferralItem(string Institution, DateTimeOffset ReferredAt, string ReferredBy, string HowInformed, string? Note);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{id:guid}", async (Guid id, IServiceProvider sp, CancellationToken ct) =>
                (await ExecuteAsync(id, sp, ct)).ToHttp())
            .RequireAuthorization(Permissions.ClientsRead)
            .WithName(nameof(GetClient))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        var c = await db.Set<Client>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.Client"]));
        }
        var company = c.CorporateClientId is { } corp
            ? await db.Set<CorporateClient>().Where(x => x.Id == corp).Select(x => x.CompanyName).FirstOrDefaultAsync(ct)
            : null;
        var consents = (await db.Set<ConsentRecord>().AsNoTracking().Where(x => x.ClientId == id).ToListAsync(ct))
            .OrderByDescending(x => x.GivenAt)
            .Select(x => new Consent(x.Id, x.ConsentId, x.ConsentVersion, x.GivenAt, x.Channel, x.RecordedBy)).ToList();
        var screenings = (await db.Set<Screening>().AsNoTracking().Where(x => x.ClientId == id).ToListAsync(ct))
            .OrderByDescending(x => x.ScreenedAt)
            .Select(x => new ScreeningItem(x.Id, x.Result, x.Age, x.Reasons, IntakeAnswers.Parse(x.AnswersJson)!.Value, x.Notes,
                x.ScreenedAt, x.ScreenedBy)).ToList();
        var referral = await db.Set<Referral>().AsNoTracking().Where(x => x.ClientId == id)
            .Select(x => new ReferralItem(x.Institution, x.ReferredAt, x.ReferredBy, x.HowInformed, x.Note)).FirstOrDefaultAsync(ct);
        var pack = await ClientPolicy.PackAsync(sp.GetRequiredService<PackStore>(), c.CentreId, ct);
        var service = c.EnsureCanBeServed(pack.Screening is not null) is { } refusal
            ? new ClientServiceCheck(false, refusal, ClientGate.Explain(refusal, text))
            : ClientServiceCheck.Yes;

        sp.GetRequiredService<AuditTrail>().Read(nameof(Client), id);
        await db.SaveChangesAsync(ct);
        return new Response(c.Id, c.Version, c.Kind, c.Name, c.Phone, c.Email, c.Gender, c.BirthDate, c.Age, c.Channel, c.InitialNeed,
            IntakeAnswers.Parse(c.IntakeJson), c.Status, c.CorporateClientId, company, c.RegisteredAt, c.RegisteredBy,
            consents, screenings, referral, service);
    }
}
