using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CenterOps.Platform.Notifications;

/// <summary>
/// Delivers the outbox (SCHED-2): claims due messages, sends each through its channel, records the attempt.
/// Several app nodes may run it against one PostgreSQL database: a message is claimed by one node at a time
/// (row locks skipped by the others), so nobody gets it twice.
/// </summary>
public sealed class NotificationDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<INotificationChannel> channels,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<NotificationDispatcher> log) : BackgroundService
{
    const int BatchSize = 100;
    static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    readonly Dictionary<Channel, INotificationChannel> _channels = channels.ToDictionary(c => c.Kind);

    /// <summary>Delivers one batch of due messages; returns how many were attempted. Tests call it after moving the clock.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var claim = Guid.CreateVersion7();
        if (await ClaimAsync(db, claim, now, ct) == 0)
        {
            return 0;
        }
        var batch = await db.Set<Notification>().IgnoreQueryFilters().Where(n => n.ClaimedBy == claim).ToListAsync(ct);
        foreach (var message in batch)
        {
            DeliveryResult result;
            try
            {
                result = _channels.TryGetValue(message.Channel, out var channel)
                    ? await channel.SendAsync(message, ct)
                    : DeliveryResult.Failed($"no channel for {message.Channel}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Delivering notification {Id} through {Channel} failed", message.Id, message.Channel);
                result = DeliveryResult.Failed(e.Message);
            }
            message.Record(result.Succeeded, result.ConfirmedDelivered, result.Error, clock.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
        return batch.Count;
    }

    static Task<int> ClaimAsync(AppDbContext db, Guid claim, DateTimeOffset now, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            return db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE ntf_notifications SET "ClaimedBy" = {claim}, "ClaimedUntil" = {now + ClaimFor}
                WHERE "Id" IN (
                    SELECT "Id" FROM ntf_notifications
                    WHERE "Status" IN ('Queued', 'Retrying') AND "NextAttemptAt" <= {now}
                      AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
                    ORDER BY "NextAttemptAt" LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        // SQLite has one writer at a time, so a plain conditional update is already exclusive.
        return db.Set<Notification>().IgnoreQueryFilters()
            .Where(n => (n.Status == DeliveryStatus.Queued || n.Status == DeliveryStatus.Retrying) && n.NextAttemptAt <= now
                && (n.ClaimedUntil == null || n.ClaimedUntil < now))
            .OrderBy(n => n.NextAttemptAt).Take(BatchSize)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedBy, claim).SetProperty(n => n.ClaimedUntil, now + ClaimFor), ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Notifications:Dispatcher:Enabled=false leaves delivery to whoever calls DispatchDueAsync (tests, or a dedicated node).
        if (!configuration.GetValue("Notifications:Dispatcher:Enabled", true))
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                while (await DispatchDueAsync(stoppingToken) == BatchSize)
                {
                    // A full batch means more are waiting.
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The notification dispatcher failed; it will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
