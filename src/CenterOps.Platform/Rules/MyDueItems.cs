using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Rules;

/// <summary>POL-2: "my due items" — the open timers the signed-in person (or their role) owns, soonest deadline first.</summary>
public static class MyDueItems
{
    public sealed record Item(Guid Id, string RuleId, string SubjectType, string SubjectId, DateTimeOffset DueAt, bool Overdue, bool Paused);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/mine", (AppDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken ct) => ExecuteAsync(db, staff, clock, 50, ct))
            .RequireAuthorization()
            .WithName(nameof(MyDueItems));

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(AppDbContext db, ICurrentStaff staff, TimeProvider clock, int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var role = staff.RoleKey;
        return await db.Set<RuleTimer>().AsNoTracking()
            .Where(t => (t.State == TimerState.Open || t.State == TimerState.Paused)
                && (t.OwnerUserId == staff.UserId || (t.OwnerUserId == null && t.OwnerRole == role)))
            .OrderBy(t => t.DueAt).Take(limit)
            .Select(t => new Item(t.Id, t.RuleId, t.SubjectType, t.SubjectId, t.DueAt, t.DueAt < now, t.State == TimerState.Paused))
            .ToListAsync(ct);
    }
}
