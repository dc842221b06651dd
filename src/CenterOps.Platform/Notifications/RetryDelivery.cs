using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Notifications;

/// <summary>
/// SCHED-2: a message that failed all its tries can be sent again by whoever watches the delivery log (the address
/// was corrected, the mail server is back). Only failed messages: a message still being retried keeps its back-off.
/// </summary>
public static class RetryDelivery
{
    public sealed record Response(Guid Id, string Status, DateTimeOffset NextAttemptAt);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/log/{id:guid}/retry", async (Guid id, AppDbContext db, Validation v, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, db, v, clock, ct)).ToHttp())
            .RequireAuthorization(Permissions.DeliveryLogRead)
            .WithName(nameof(RetryDelivery));

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, AppDbContext db, Validation v, TimeProvider clock, CancellationToken ct)
    {
        var message = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (message is null)
        {
            return Outcome.NotFound<Response>(v.Message("Delivery.NotFound"));
        }
        if (!message.Retry(clock.GetUtcNow()))
        {
            return Outcome.Conflict<Response>(v.Message("Delivery.NotFailed", v.Message($"Delivery.Status.{message.Status}")));
        }
        await db.SaveChangesAsync(ct);
        return new Response(message.Id, message.Status.ToString(), message.NextAttemptAt);
    }
}
