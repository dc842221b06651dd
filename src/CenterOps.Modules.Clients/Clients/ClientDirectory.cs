using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Clients.Clients;

/// <summary><see cref="IClientDirectory"/> over the caller's centre: another centre's client is not found.</summary>
internal sealed class ClientDirectory(AppDbContext db) : IClientDirectory
{
    public Task<ClientCard?> FindAsync(Guid clientId, CancellationToken ct) =>
        db.Set<Client>().AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new ClientCard(c.Id, c.Name, c.Phone, c.Email)).FirstOrDefaultAsync(ct);
}
