using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Notifications;

/// <summary>The bell: the signed-in person's in-app messages, newest first, with the unread count; and marking them read.</summary>
public static class MyNotifications
{
    public sealed record Item(Guid Id, DateTimeOffset CreatedAt, string Subject, string Body, bool Read);

    public sealed record Response(int Unread, Page<Item> Items);

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/mine", (AppDbContext db, ICurrentStaff staff, int? page, int? pageSize, CancellationToken ct) =>
                ListAsync(db, staff, new PageRequest(page, pageSize), ct))
            .RequireAuthorization()
            .WithName("ListMyNotifications");
        api.MapPost("/mine/read", async (AppDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken ct) =>
            {
                await MarkAllReadAsync(db, staff, clock, ct);
                return Results.NoContent();
            })
            .RequireAuthorization()
            .WithName("MarkMyNotificationsRead");
    }

    static IQueryable<Notification> Mine(AppDbContext db, ICurrentStaff staff) =>
        db.Set<Notification>().AsNoTracking().Where(n => n.Channel == Channel.InApp && n.RecipientUserId == staff.UserId);

    public static async Task<Response> ListAsync(AppDbContext db, ICurrentStaff staff, PageRequest paging, CancellationToken ct)
    {
        var unread = await Mine(db, staff).CountAsync(n => n.ReadAt == null, ct);
        var items = await Mine(db, staff).OrderByDescending(n => n.CreatedAt)
            .Select(n => new Item(n.Id, n.CreatedAt, n.Subject, n.Body, n.ReadAt != null))
            .ToPageAsync(paging, ct);
        return new Response(unread, items);
    }

    public static Task<int> MarkAllReadAsync(AppDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Set<Notification>()
            .Where(n => n.Channel == Channel.InApp && n.RecipientUserId == staff.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
