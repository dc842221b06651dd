using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Organization.Composition;

/// <summary>
/// ORG-3: checks the centre's staff against its pack's staffing rules — head-counts, minimum years for a
/// position, the share of a team with given experience — and says, with the numbers, which pass.
/// </summary>
public static class EvaluateComposition
{
    public sealed record RuleResult(string Id, string Clause, string Kind, bool Passed, decimal Actual, decimal Required,
        int Considered, IReadOnlyList<string> Shortfall);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/composition", (AppDbContext db, ICurrentStaff staff, PackStore packs, CancellationToken ct) =>
                ExecuteAsync(db, staff, packs, ct))
            .RequireAuthorization(Permissions.OrgRead)
            .WithName(nameof(EvaluateComposition));

    public static async Task<IReadOnlyList<RuleResult>> ExecuteAsync(AppDbContext db, ICurrentStaff staff, PackStore packs, CancellationToken ct)
    {
        var pack = staff.CentreId is { } centre ? (await packs.ForCentreAsync(centre, ct))?.Pack : null;
        if (pack is null || pack.Composition.Count == 0)
        {
            return [];
        }
        var staffList = await (from e in db.Set<Employee>().AsNoTracking()
                               join p in db.Set<Position>() on e.PositionId equals p.Id
                               select new Holder(e.Name, p.Key, e.YearsOfExperience, e.Specialities))
            .ToListAsync(ct);
        return pack.Composition.Select(rule => Evaluate(rule, staffList)).ToList();
    }

    internal sealed record Holder(string Name, string? PositionKey, int Years, List<string> Tags);

    internal static RuleResult Evaluate(CompositionRule rule, IReadOnlyList<Holder> staff)
    {
        var holders = staff.Where(s => s.PositionKey is not null && rule.Positions.Contains(s.PositionKey)).ToList();
        switch (rule.Kind)
        {
            case "headcount":
                {
                    var ok = (rule.Min is null || holders.Count >= rule.Min) && (rule.Max is null || holders.Count <= rule.Max);
                    return new RuleResult(rule.Id, rule.Clause, rule.Kind, ok, holders.Count, rule.Min ?? rule.Max ?? 0, holders.Count, []);
                }
            case "min-years":
                {
                    var below = holders.Where(h => h.Years < rule.MinYears).Select(h => h.Name).ToList();
                    var min = holders.Count == 0 ? 0 : holders.Min(h => h.Years);
                    return new RuleResult(rule.Id, rule.Clause, rule.Kind, below.Count == 0, min, rule.MinYears ?? 0, holders.Count, below);
                }
            default:
                {
                    // share-with-tag: an empty team does not meet "80 % of the team".
                    var without = holders.Where(h => !h.Tags.Any(rule.Tags.Contains)).Select(h => h.Name).ToList();
                    var share = holders.Count == 0 ? 0m : Math.Round(100m * (holders.Count - without.Count) / holders.Count, 1);
                    var required = rule.MinPercent ?? 100;
                    return new RuleResult(rule.Id, rule.Clause, rule.Kind, holders.Count > 0 && share >= required, share, required,
                        holders.Count, without);
                }
        }
    }
}
