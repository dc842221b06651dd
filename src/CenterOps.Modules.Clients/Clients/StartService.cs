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
/// CRM-3: the client's service starts. A referred or ineligible client — or, where the regulation screens, an unscreened
/// one — is refused with the reason (409).
/// </summary>
public static class StartService
{
    public sealed record Request(Guid Version);

    public sealed record Response(Guid Id, Guid Version, ClientStatus Status);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{id:guid}/start", async (Guid id, Request request, IServiceProvider sp, CancellationToken ct) =>
                (await ExecuteAsync(id, request, sp, ct)).ToHttp())
            .RequireAuthorization(Permissions.ClientsManage)
            .WithName(nameof(StartService))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request request, IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        var client = await db.Set<Client>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.Client"]));
        }
        var pack = await ClientPolicy.PackAsync(sp.GetRequiredService<PackStore>(), client.CentreId, ct);
        if (client.StartService(pack.Screening is not null) is { } refusal)
        {
            return Outcome.Conflict<Response>(ClientGate.Explain(refusal, text));
        }
        db.Entry(client).Property(c => c.Version).OriginalValue = request.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict<Response>(v.Message("Problem.StaleEdit"));
        }
        return new Response(client.Id, client.Version, client.Status);
    }
}
