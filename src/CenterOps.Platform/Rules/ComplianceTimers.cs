using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-2 drill-down: the timer records behind a cell of the compliance report, newest first, a page at a time. The
/// filters are the report's groups (rule, department, person — "none" for unassigned) and its columns (outcome met or
/// breached; state Open = still running, paused included, as the report counts them; overdue).
/// </summary>
public static class ComplianceTimers
{
    public sealed record Filter(string? Rule, string? Department, string? Person, TimerOutcome? Outcome, TimerState? State,
        DateTimeOffset? From, DateTimeOffset? To, bool? Overdue);

    public sealed record Record(Guid Id, string RuleId, string? RuleTitle, string SubjectType, string SubjectId, Guid? OwnerUserId,
        string? OwnerName, string? OwnerRole, string? OwnerRoleName, string? OwnerDepartment, DateTimeOffset OpenedAt, DateTimeOffset DueAt, DateTimeOffset? ClosedAt,
        TimerState State, TimerOutcome? Outcome, bool Overdue, string? CancelReason);

    public const string None = "none";

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/timers", HandleAsync)
            .RequireAuthorization(Permissions.ComplianceRead)
            .WithName(nameof(ComplianceTimers));

    static async Task<Results<Ok<Page<Record>>, ValidationProblem>> HandleAsync(AppDbContext db, PackStore packs, ICurrentStaff staff,
        Validation validation, TimeProvider clock, string? rule, string? department, string? person, string? outcome, string? state,
        string? from, string? to, string? overdue, string? page, string? pageSize, CancellationToken ct)
    {
        var filter = new Filter(
            Blank(rule),
            Blank(department),
            Blank(person),
            ComplianceInput.Option<TimerOutcome>(validation, "outcome", outcome),
            ComplianceInput.Option<TimerState>(validation, "state", state),
            ComplianceInput.Instant(validation, "from", from),
            ComplianceInput.Instant(validation, "to", to),
            ComplianceInput.Flag(validation, "overdue", overdue));
        ComplianceInput.Period(validation, filter.From, filter.To);
        if (filter.Person is { } p && p != None && !Guid.TryParse(p, out _))
        {
            validation.Add("person", validation.Message("Validation.Unreadable"));
        }
        var number = ComplianceInput.Number(validation, "page", page, 1, int.MaxValue);
        var size = ComplianceInput.Number(validation, "pageSize", pageSize, 1, 200);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }
        return TypedResults.Ok(await ExecuteAsync(db, packs, staff, clock, filter, new PageRequest(number, size), ct));
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static async Task<Page<Record>> ExecuteAsync(AppDbContext db, PackStore packs, ICurrentStaff staff, TimeProvider clock, Filter filter,
        PageRequest paging, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // The same period as the report's cells: opened in [from, to), the last 30 days by default.
        var start = filter.From ?? now.AddDays(-30);
        var end = filter.To ?? now;
        var timers = db.Set<RuleTimer>().AsNoTracking().Where(t => t.OpenedAt >= start && t.OpenedAt < end);
        if (filter.Rule is { } rule)
        {
            timers = timers.Where(t => t.RuleId == rule);
        }
        if (filter.Department is { } department)
        {
            timers = department == None ? timers.Where(t => t.OwnerDepartmentKey == null) : timers.Where(t => t.OwnerDepartmentKey == department);
        }
        if (filter.Person is { } person)
        {
            var id = person == None ? (Guid?)null : Guid.Parse(person);
            timers = timers.Where(t => t.OwnerUserId == id);
        }
        if (filter.Outcome is { } outcome)
        {
            timers = timers.Where(t => t.Outcome == outcome);
        }
        timers = filter.State switch
        {
            TimerState.Open => timers.Where(t => t.State == TimerState.Open || t.State == TimerState.Paused),
            { } state => timers.Where(t => t.State == state),
            null => timers,
        };
        if (filter.Overdue is { } overdue)
        {
            timers = overdue
                ? timers.Where(t => (t.State == TimerState.Open || t.State == TimerState.Paused) && t.DueAt < now)
                : timers.Where(t => !((t.State == TimerState.Open || t.State == TimerState.Paused) && t.DueAt < now));
        }
        var found = await timers.OrderByDescending(t => t.OpenedAt).ThenByDescending(t => t.Id)
            .Select(t => new Record(t.Id, t.RuleId, null, t.SubjectType, t.SubjectId, t.OwnerUserId, null, t.OwnerRole, null, t.OwnerDepartmentKey,
                t.OpenedAt, t.DueAt, t.ClosedAt, t.State, t.Outcome, (t.State == TimerState.Open || t.State == TimerState.Paused) && t.DueAt < now,
                t.CancelReason))
            .ToPageAsync(timers, paging, ct);

        // Names after the page is read: only the rows shown need them.
        var pack = await ComplianceRows.PackOfAsync(packs, staff, ct);
        var people = await ComplianceRows.PeopleAsync(db, found.Items.Select(r => r.OwnerUserId).OfType<Guid>().Distinct().ToList(), ct);
        var items = found.Items.Select(r => r with
        {
            RuleTitle = ComplianceRows.RuleTitle(pack, r.RuleId),
            OwnerName = r.OwnerUserId is { } o ? people.GetValueOrDefault(o) : null,
            OwnerRoleName = pack?.Roles.FirstOrDefault(x => x.Key == r.OwnerRole)?.Name.ToString(),
        }).ToList();
        return found with { Items = items };
    }
}
