using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
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
/// SEC-2: the client's separate consent to the processing of sensitive personal information is recorded with the
/// id and version of the pack's wording, the time, the channel and the member of staff who recorded it.
/// </summary>
public static class RecordConsent
{
    public sealed record Request(string? ConsentId, ConsentChannel? Channel);

    public sealed record Response(Guid Id, string ConsentId, int ConsentVersion, DateTimeOffset GivenAt);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{id:guid}/consents", async (Guid id, Request request, IServiceProvider sp, CancellationToken ct) =>
                (await ExecuteAsync(id, request, sp, ct)).ToHttp(r => Results.Created($"/api/crm/clients/{id}", r)))
            .RequireAuthorization(Permissions.ClientsManage)
            .WithName(nameof(RecordConsent))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request request, IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var staff = sp.GetRequiredService<ICurrentStaff>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        if (!await db.Set<Client>().AnyAsync(c => c.Id == id, ct))
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.Client"]));
        }
        var pack = await ClientPolicy.PackAsync(sp.GetRequiredService<PackStore>(), staff.CentreId!.Value, ct);
        var consent = pack.Consents.FirstOrDefault(c => c.Id == request.ConsentId);
        v.Text("consentId", request.ConsentId, 64);
        if (!string.IsNullOrWhiteSpace(request.ConsentId) && consent is null)
        {
            v.Add("consentId", v.Message("Validation.UnknownOption"));
        }
        if (request.Channel is not { } channel || !Enum.IsDefined(channel))
        {
            v.Add("channel", v.Message("Validation.Required"));
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        var record = new ConsentRecord
        {
            CentreId = staff.CentreId!.Value,
            ClientId = id,
            Purpose = consent!.Purpose,
            ConsentId = consent.Id,
            ConsentVersion = consent.Version,
            GivenAt = sp.GetRequiredService<TimeProvider>().GetUtcNow(),
            Channel = request.Channel!.Value,
            RecordedById = staff.UserId,
            RecordedBy = staff.UserName ?? "",
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return new Response(record.Id, record.ConsentId, record.ConsentVersion, record.GivenAt);
    }
}
