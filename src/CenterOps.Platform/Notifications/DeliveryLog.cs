using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Notifications;

/// <summary>SCHED-2: every message of the centre with its channel, status, attempts and last error — failures are visible to staff.</summary>
public static class DeliveryLog
{
    public sealed record Item(Guid Id, DateTimeOffset CreatedAt, string Channel, string Address, string Subject, string Status,
        int Attempts, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string? LastError);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/log", (AppDbContext db, DeliveryStatus? status, Channel? channel, string? search, int? page, int? pageSize,
                CancellationToken ct) => QueryAsync(db, status, channel, search, new PageRequest(page, pageSize), ct))
            .RequireAuthorization(Permissions.DeliveryLogRead)
            .WithName(nameof(DeliveryLog));

    public static Task<Page<Item>> QueryAsync(AppDbContext db, DeliveryStatus? status, Channel? channel, string? search,
        PageRequest paging, CancellationToken ct)
    {
        var q = db.Set<Notification>().AsNoTracking();
        if (status is { } s)
        {
            q = q.Where(n => n.Status == s);
        }
        if (channel is { } c)
        {
            q = q.Where(n => n.Channel == c);
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            q = q.Where(n => n.Subject.Contains(term) || n.Address.Contains(term));
        }
        return q.OrderByDescending(n => n.CreatedAt)
            .Select(n => new Item(n.Id, n.CreatedAt, n.Channel.ToString(), n.Address, n.Subject, n.Status.ToString(), n.Attempts,
                n.SentAt, n.NextAttemptAt, n.LastError))
            .ToPageAsync(paging, ct);
    }
}
