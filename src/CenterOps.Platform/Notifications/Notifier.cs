using System.Globalization;
using CenterOps.Platform.Data;
using CenterOps.Platform.Localization;
using CenterOps.Platform.Security;
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
        var to = new Recipient(user.Id, user.CentreId, user.Email, CultureOf(user.Culture));
        var (subject, body) = write(to.Culture);
        var messages = new List<Notification>();
        Queue(messages, to, subject, body, dedupKey);
        foreach (var n in messages)
        {
            await AddAsync(n, ct);
        }
    }

    /// <summary>The language a person chose in the console, or the default when they never chose (or chose one no longer offered).</summary>
    static CultureInfo CultureOf(string? culture) =>
        CultureInfo.GetCultureInfo(culture is { } c && Cultures.Supported.Contains(c) ? c : Cultures.Default);

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

    /// <summary>A staff member a batch of messages goes to, with the language they chose.</summary>
    internal sealed record Recipient(Guid Id, Guid CentreId, string? Email, CultureInfo Culture);

    /// <summary>
    /// POL-1 sweep at volume: the people behind a batch of messages — by id, and every holder of each (centre, role) —
    /// read in one query per 1,000 ids instead of one per message.
    /// </summary>
    internal async Task<(Dictionary<Guid, Recipient> ById, ILookup<(Guid Centre, string Role), Recipient> ByRole)> RecipientsAsync(
        IReadOnlyCollection<Guid> userIds, IReadOnlyCollection<(Guid Centre, string Role)> roles, CancellationToken ct)
    {
        var centres = roles.Select(r => r.Centre).Distinct().ToList();
        var roleKeys = roles.Select(r => r.Role).Distinct().ToList();
        var found = new Dictionary<Guid, Recipient>();
        var roleOf = new Dictionary<Guid, string>();
        async Task ReadAsync(IQueryable<StaffUser> users)
        {
            foreach (var u in await users.AsNoTracking().Select(u => new { u.Id, u.CentreId, u.Email, u.Culture, u.RoleKey }).ToListAsync(ct))
            {
                found[u.Id] = new Recipient(u.Id, u.CentreId, u.Email, CultureOf(u.Culture));
                roleOf[u.Id] = u.RoleKey;
            }
        }
        foreach (var chunk in userIds.Distinct().Chunk(1000))
        {
            await ReadAsync(db.Users.Where(u => chunk.Contains(u.Id)));
        }
        if (roles.Count > 0)
        {
            await ReadAsync(db.Users.Where(u => centres.Contains(u.CentreId) && roleKeys.Contains(u.RoleKey)));
        }
        var wanted = roles.ToHashSet();
        var byRole = found.Values.Where(r => wanted.Contains((r.CentreId, roleOf[r.Id])))
            .ToLookup(r => (r.CentreId, roleOf[r.Id]));
        return (found, byRole);
    }

    /// <summary>Adds one message to <paramref name="batch"/>: in the console, and by email when the person has an address.</summary>
    internal void Queue(List<Notification> batch, Recipient to, string subject, string body, string? dedupKey)
    {
        var now = clock.GetUtcNow();
        batch.Add(Notification.Create(to.CentreId, Channel.InApp, subject, body, now, to.Id, "", Key(dedupKey, "inapp")));
        if (!string.IsNullOrEmpty(to.Email))
        {
            batch.Add(Notification.Create(to.CentreId, Channel.Email, subject, body, now, to.Id, to.Email, Key(dedupKey, "email")));
        }
    }

    /// <summary>
    /// Writes a batch to the outbox in one transaction: keys already there are skipped (one query per 1,000 keys, not
    /// one per message), and rows are saved 2,000 at a time with a fresh change tracker, so the cost stays linear.
    /// </summary>
    internal async Task SaveBatchAsync(List<Notification> batch, CancellationToken ct)
    {
        var keys = batch.Where(n => n.DedupKey is not null).Select(n => n.DedupKey!).Distinct().ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(1000))
        {
            taken.UnionWith(await db.Set<Notification>().IgnoreQueryFilters().Where(n => chunk.Contains(n.DedupKey!))
                .Select(n => n.DedupKey!).ToListAsync(ct));
        }
        var fresh = batch.Where(n => n.DedupKey is null || taken.Add(n.DedupKey)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }
        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var chunk in fresh.Chunk(2000))
            {
                db.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }
}
