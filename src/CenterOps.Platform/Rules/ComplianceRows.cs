using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Localization;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-2: the compliance report as people read it — the query string checked field by field, months cut in the
/// centre's time zone, and each group named (rule title, department, person) after the counting query.
/// </summary>
public static class ComplianceRows
{
    public sealed record Query(DateTimeOffset? From, DateTimeOffset? To, ComplianceReport.GroupBy GroupBy);

    /// <summary>The query string of the report and its export; null with the field messages in <paramref name="validation"/>.</summary>
    internal static Query? Read(Validation validation, string? from, string? to, string? groupBy)
    {
        var start = ComplianceInput.Instant(validation, "from", from);
        var end = ComplianceInput.Instant(validation, "to", to);
        var group = ComplianceInput.Option<ComplianceReport.GroupBy>(validation, "groupBy", groupBy);
        ComplianceInput.Period(validation, start, end);
        return validation.IsValid ? new Query(start, end, group ?? ComplianceReport.GroupBy.Rule) : null;
    }

    internal static async Task<Results<Ok<IReadOnlyList<ComplianceReport.Row>>, ValidationProblem>> HandleAsync(AppDbContext db, PackStore packs,
        ICurrentStaff staff, Validation validation, TimeProvider clock, string? from, string? to, string? groupBy, CancellationToken ct) =>
        Read(validation, from, to, groupBy) is { } query
            ? TypedResults.Ok(await RunAsync(db, packs, staff, clock, query, ct))
            : validation.Problem();

    public static async Task<IReadOnlyList<ComplianceReport.Row>> RunAsync(AppDbContext db, PackStore packs, ICurrentStaff staff, TimeProvider clock,
        Query query, CancellationToken ct)
    {
        var pack = await PackOfAsync(packs, staff, ct);
        var rows = await ComplianceReport.ExecuteAsync(db, clock, query.From, query.To, query.GroupBy, ct, CentreTime.Zone(pack?.TimeZone));
        var names = await NamesAsync(db, pack, query.GroupBy, rows.Select(r => r.Key).ToList(), ct);
        return rows.Select(r => r with { Name = names.GetValueOrDefault(r.Key) }).ToList();
    }

    internal static async Task<PolicyPack?> PackOfAsync(PackStore packs, ICurrentStaff staff, CancellationToken ct) =>
        staff.CentreId is { } centre && await packs.ForCentreAsync(centre, ct) is { } bound ? bound.Pack : null;

    /// <summary>The rule's title in the reader's language (its clause when the pack gives no title).</summary>
    public static string? RuleTitle(PolicyPack? pack, string ruleId) =>
        pack?.Rules.FirstOrDefault(r => r.Id == ruleId) is { } rule
            ? rule.Title is { Count: > 0 } title ? title.ToString() : rule.Clause
            : null;

    static async Task<Dictionary<string, string>> NamesAsync(AppDbContext db, PolicyPack? pack, ComplianceReport.GroupBy groupBy,
        List<string> keys, CancellationToken ct)
    {
        switch (groupBy)
        {
            case ComplianceReport.GroupBy.Rule:
                return keys.Select(k => (k, RuleTitle(pack, k))).Where(x => x.Item2 is not null).ToDictionary(x => x.k, x => x.Item2!);
            case ComplianceReport.GroupBy.Department:
                return keys.Select(k => (k, pack?.Departments.FirstOrDefault(d => d.Key == k)?.Name.ToString()))
                    .Where(x => x.Item2 is not null).ToDictionary(x => x.k, x => x.Item2!);
            case ComplianceReport.GroupBy.Person:
                var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
                var people = await PeopleAsync(db, ids, ct);
                // The key is the id as the database writes it (upper case on SQLite): match it parsed.
                return keys.Select(k => (k, Guid.TryParse(k, out var id) ? people.GetValueOrDefault(id) : null))
                    .Where(x => x.Item2 is not null).ToDictionary(x => x.k, x => x.Item2!);
            default:
                return keys.ToDictionary(k => k, k => k);
        }
    }

    /// <summary>Display names of sign-ins (they carry the person's name).</summary>
    internal static async Task<Dictionary<Guid, string>> PeopleAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : await db.Set<StaffUser>().AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
}
