using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Clients.Clients;

/// <summary>CRM-3: <see cref="IClientGate"/> for the other modules, in the caller's centre.</summary>
internal sealed class ClientGate(AppDbContext db, PackStore packs, IStringLocalizer<ClientsResource> text) : IClientGate
{
    public async Task<ClientServiceCheck> CheckAsync(Guid clientId, CancellationToken ct)
    {
        var client = await db.Set<Client>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null)
        {
            return new ClientServiceCheck(false, ServiceRefusal.NotFound, Explain(ServiceRefusal.NotFound, text));
        }
        var pack = await ClientPolicy.PackAsync(packs, client.CentreId, ct);
        return client.EnsureCanBeServed(pack.Screening is not null) is { } refusal
            ? new ClientServiceCheck(false, refusal, Explain(refusal, text))
            : ClientServiceCheck.Yes;
    }

    public static string Explain(ServiceRefusal refusal, IStringLocalizer<ClientsResource> text) => text[$"Refusal.{refusal}"];
}
