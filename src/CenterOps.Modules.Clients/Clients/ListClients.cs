using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Clients.Clients;

/// <summary>
/// CRM-1/CRM-2: the clients of the caller's centre — found by name or phone, filtered by status, channel or company,
/// newest first, paged on the server. Phones are masked in the list; the file shows them whole.
/// </summary>
public static class ListClients
{
    public sealed record Query(string? Search, ClientStatus? Status, IntakeChannel? Channel, Guid? CorporateClientId, PageRequest Paging);

    public sealed record Item(Guid Id, string Name, string Phone, ClientKind Kind, IntakeChannel Channel, ClientStatus Status,
        DateTimeOffset RegisteredAt);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients", (AppDbContext db, string? search, ClientStatus? status, IntakeChannel? channel, Guid? corporateClientId,
                int? page, int? pageSize, CancellationToken ct) =>
                ExecuteAsync(new Query(search, status, channel, corporateClientId, new PageRequest(page, pageSize)), db, ct))
            .RequireAuthorization(Permissions.ClientsRead)
            .WithName(nameof(ListClients));

    public static async Task<Page<Item>> ExecuteAsync(Query q, AppDbContext db, CancellationToken ct)
    {
        var clients = db.Set<Client>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            var digits = PhoneNumber.Normalize(s);
            clients = digits.Length >= 3
                ? clients.Where(c => c.Name.Contains(s) || c.Phone.Contains(digits))
                : clients.Where(c => c.Name.Contains(s));
        }
        if (q.Status is { } status)
        {
            clients = clients.Where(c => c.Status == status);
        }
        if (q.Channel is { } channel)
        {
            clients = clients.Where(c => c.Channel == channel);
        }
        if (q.CorporateClientId is { } corp)
        {
            clients = clients.Where(c => c.CorporateClientId == corp);
        }
        var page = await clients.OrderByDescending(c => c.RegisteredAt).ThenBy(c => c.Id)
            .Select(c => new Item(c.Id, c.Name, c.Phone, c.Kind, c.Channel, c.Status, c.RegisteredAt))
            .ToPageAsync(q.Paging, ct);
        return page with { Items = page.Items.Select(i => i with { Phone = PhoneNumber.Mask(i.Phone) }).ToList() };
    }
}
