using CenterOps.Modules.Clients.Clients;
using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
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
/// CRM-1: an employee the company sends joins its group — a client already registered (by id) or a new one registered
/// here (same rules as <see cref="RegisterClient"/>). The group never grows past the headcount agreed with the company.
/// </summary>
public static class AddParticipant
{
    public sealed record Request(Guid? ClientId, RegisterClient.Request? Client);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/corporate-clients/{id:guid}/participants", async (Guid id, Request request, IServiceProvider sp, CancellationToken ct) =>
                RegisterClient.ToHttp(await ExecuteAsync(id, request, sp, ct), created: request.Client is not null))
            .RequireAuthorization(Permissions.ClientsManage)
            .WithName(nameof(AddParticipant))
            .Produces<RegisterClient.Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<RegisterClient.Response>> ExecuteAsync(Guid id, Request request, IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        var company = await db.Set<CorporateClient>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (company is null)
        {
            return Outcome.NotFound<RegisterClient.Response>(v.Message("Problem.NotFound", text["Noun.CorporateClient"]));
        }
        if ((request.ClientId is null) == (request.Client is null))
        {
            v.Add("clientId", text["Participant.OneOf"]);
            return Outcome.Invalid<RegisterClient.Response>(v);
        }
        if (await db.Set<Client>().CountAsync(c => c.CorporateClientId == id, ct) >= company.Headcount)
        {
            return Outcome.Conflict<RegisterClient.Response>(text["Participant.HeadcountReached", company.Headcount]);
        }
        if (request.Client is { } newcomer)
        {
            return await RegisterClient.ExecuteAsync(newcomer, id, sp, ct);
        }
        var client = await db.Set<Client>().FirstOrDefaultAsync(c => c.Id == request.ClientId, ct);
        if (client is null)
        {
            return Outcome.NotFound<RegisterClient.Response>(v.Message("Problem.NotFound", text["Noun.Client"]));
        }
        if (client.CorporateClientId is { } other && other != id)
        {
            return Outcome.Conflict<RegisterClient.Response>(text["Participant.OtherCompany"]);
        }
        client.CorporateClientId = id;
        client.Kind = ClientKind.CorporateParticipant;
        await db.SaveChangesAsync(ct);
        return new RegisterClient.Response(client.Id, client.Version, client.Status);
    }
}
