using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Notifications;

/// <summary>SCHED-2: one message of the delivery log with its text and every attempt to deliver it.</summary>
public static class DeliveryDetails
{
    public sealed record Attempt(DateTimeOffset At, string Status, string? Error);

    public sealed record Response(Guid Id, DateTimeOffset CreatedAt, string Channel, string Address, string Subject, string Body, string Status,
        int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, IReadOnlyList<Attempt> AttemptLog);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/log/{id:guid}", async (Guid id, AppDbContext db, Validation v, CancellationToken ct) => (await ExecuteAsync(id, db, v, ct)).ToHttp())
            .RequireAuthorization(Permissions.DeliveryLogRead)
            .WithName(nameof(DeliveryDetails));

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, AppDbContext db, Validation v, CancellationToken ct)
    {
        var n = await db.Set<Notification>().AsNoTracking().Include(n => n.AttemptLog).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (n is null)
        {
            return Outcome.NotFound<Response>(v.Message("Delivery.NotFound"));
        }
        return new Response(n.Id, n.CreatedAt, n.Channel.ToString(), n.Address, n.Subject, n.Body, n.Status.ToString(), n.Attempts,
            n.NextAttemptAt, n.SentAt, [.. n.AttemptLog.OrderBy(a => a.At).Select(a => new Attempt(a.At, a.Status.ToString(), a.Error))]);
    }
}
