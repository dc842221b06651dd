using System.Globalization;
using CenterOps.Platform.Data;
using CenterOps.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Notifications;

/// <summary>
/// How a module sends a message: one call, added to the caller's unit of work so it is queued only if the business
/// change commits. Staff get it in the console, and by email when they have an address.
/// </summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock)
{
    /// <summary>Queues a message to one staff member. <paramref name="dedupKey"/> makes a repeated call a no-op.</summary>
    public Task ToUserAsync(Guid userId, string subject, string body, string? dedupKey, CancellationToken ct) =>
        ToUserAsync(userId, _ => (subject, body), dedupKey, ct);

    /// <summary>Queues a message to one staff member, written in the language they chose in the console.</summary>
    public async Task ToUserAsync(Guid userId, Func<CultureInfo, (string Subject, string Body)> write, string? dedupKey, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.CentreId, u.Email, u.Culture }).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            return;
        }
        var (subject, body) = write(CultureInfo.GetCultureInfo(user.Culture is { } c && Cultures.Supported.Contains(c) ? c : Cultures.Default));
        var now = clock.GetUtcNow();
        await AddAsync(Notification.Create(user.CentreId, Channel.InApp, subject, body, now, user.Id, "", Key(dedupKey, "inapp")), ct);
        if (!string.IsNullOrEmpty(user.Email))
        {
            await AddAsync(Notification.Create(user.CentreId, Channel.Email, subject, body, now, user.Id, user.Email, Key(dedupKey, "email")), ct);
        }
    }

    /// <summary>Queues a message to everyone of the centre who holds the role, each in their own language.</summary>
    public async Task ToRoleAsync(Guid centreId, string roleKey, Func<CultureInfo, (string Subject, string Body)> write, string? dedupKey,
        CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.CentreId == centreId && u.RoleKey == roleKey)
            .Select(u => u.Id).ToListAsync(ct);
        foreach (var id in users)
        {
            await ToUserAsync(id, write, dedupKey is null ? null : $"{dedupKey}:{id}", ct);
        }
    }

    /// <summary>Queues a message to a client's phone or WeChat (SMS and WeChat adapters).</summary>
    public Task ToAddressAsync(Guid centreId, Channel channel, string address, string subject, string body, string? dedupKey,
        CancellationToken ct) =>
        AddAsync(Notification.Create(centreId, channel, subject, body, clock.GetUtcNow(), null, address, dedupKey), ct);

    async Task AddAsync(Notification n, CancellationToken ct)
    {
        // The unique index on DedupKey is the real guard; this check keeps a repeat from failing the whole save.
        if (n.DedupKey is { } key && (db.ChangeTracker.Entries<Notification>().Any(e => e.Entity.DedupKey == key)
            || await db.Set<Notification>().IgnoreQueryFilters().AnyAsync(x => x.DedupKey == key, ct)))
        {
            return;
        }
        db.Add(n);
    }

    static string? Key(string? key, string channel) => key is null ? null : $"{key}:{channel}";
}
