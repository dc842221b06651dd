using CenterOps.Platform.Api;
using CenterOps.Platform.Calendar;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CenterOps.Platform.Packs;

/// <summary>
/// POL-1: changes one rule of the centre's pack from the console (its deadline, warning point, owner, escalation,
/// whether it pauses). The change is written into the pack's YAML and imported as a new version, so it is checked like
/// any import, the old version stays as it was, and timers already running keep the deadline they were opened with.
/// </summary>
public static class EditPackRule
{
    /// <param name="BaseVersionId">The version the editor was looking at; a newer one in between is a conflict, not an overwrite.</param>
    public sealed record Request(Guid? BaseVersionId, string? Due, string? WarnAt, string? Owner, string? EscalateTo, bool Pausable, string? Note);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/rules/{ruleId}", async (string ruleId, Request request, AppDbContext db, PackStore store, ICurrentStaff staff,
                Validation v, CancellationToken ct) =>
                (await ExecuteAsync(ruleId, request, db, store, staff, v, ct)).ToHttp())
            .RequireAuthorization(Permissions.PacksManage)
            .WithName(nameof(EditPackRule))
            .Produces<ImportPack.Response>()
            .ProducesValidationProblem();

    public static async Task<Outcome<ImportPack.Response>> ExecuteAsync(string ruleId, Request request, AppDbContext db, PackStore store,
        ICurrentStaff staff, Validation v, CancellationToken ct)
    {
        if (await store.ForCentreAsync(staff.CentreId!.Value, ct) is not var (currentId, pack)
            || pack.Rules.FirstOrDefault(r => r.Id == ruleId) is null)
        {
            return Outcome.NotFound<ImportPack.Response>(v.Message("Packs.RuleNotFound", ruleId));
        }
        if (request.BaseVersionId is { } seen && seen != currentId)
        {
            return Outcome.Conflict<ImportPack.Response>(v.Message("Packs.Stale"));
        }
        var roles = pack.Roles.Select(r => "role:" + r.Key).ToHashSet(StringComparer.Ordinal);
        var due = request.Due?.Trim();
        v.Text("due", due, 64).Text("note", request.Note, 500, required: false);
        if (!string.IsNullOrEmpty(due))
        {
            try
            {
                DueSpec.Parse(due);
            }
            catch (FormatException)
            {
                v.Add("due", v.Message("Packs.BadDue"));
            }
        }
        var warnAt = string.IsNullOrWhiteSpace(request.WarnAt) ? null : request.WarnAt.Trim();
        v.Check(warnAt is null || PackLoader.IsPercent(warnAt), "warnAt", "Packs.BadWarnAt")
            .Check(request.Owner is { } o && roles.Contains(o), "owner", "Validation.UnknownOption")
            .Check(string.IsNullOrEmpty(request.EscalateTo) || roles.Contains(request.EscalateTo), "escalateTo", "Validation.UnknownOption");
        if (!v.IsValid)
        {
            return Outcome.Invalid<ImportPack.Response>(v);
        }

        var yaml = await store.YamlAsync(currentId, ct);
        yaml = PackText.SetField(yaml, "rules", ruleId, "due", due)!;
        yaml = PackText.SetField(yaml, "rules", ruleId, "warn_at", warnAt)!;
        yaml = PackText.SetField(yaml, "rules", ruleId, "owner", request.Owner)!;
        yaml = PackText.SetField(yaml, "rules", ruleId, "escalate_to", string.IsNullOrEmpty(request.EscalateTo) ? null : request.EscalateTo)!;
        yaml = PackText.SetField(yaml, "rules", ruleId, "pausable", request.Pausable ? "true" : null, raw: true)!;

        var note = string.IsNullOrWhiteSpace(request.Note) ? v.Message("Packs.RuleEdited", ruleId) : request.Note.Trim();
        var (outcome, _) = await ImportPack.ExecuteAsync(new ImportPack.Request(yaml, note), db, store, staff, v, ct);
        return outcome;
    }
}
