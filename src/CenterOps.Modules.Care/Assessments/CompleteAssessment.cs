using CenterOps.Modules.Care.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Care.Assessments;

/// <summary>
/// CARE-2: after the scales and the intake talk, the practitioner confirms (or changes) the suggested type and severity
/// of the difficulty. The assessment is then complete: <c>assessment.completed</c> closes the assessment time limit and
/// opens the report's (WA: within 1 working day).
/// </summary>
internal static class CompleteAssessment
{
    public sealed record Request(Guid Version, int? TalkMinutes, string? TalkNotes, string? DifficultyType, string? Severity);

    public sealed record Response(Guid Id, Guid Version, string DifficultyType, string Severity, DateTimeOffset CompletedAt);

    public const string CompletedEvent = "assessment.completed";

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/assessments/{id:guid}/complete", async (Guid id, Request request, AppDbContext db, PackStore packs, IClientGate gate,
                Rules rules, ICurrentStaff staff, Validation v, IStringLocalizer<CareResource> text, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, db, packs, gate, rules, staff, v, text, clock, ct)).ToHttp())
            .RequireAuthorization(Permissions.CareAssess)
            .WithName(nameof(CompleteAssessment))
            .ProducesValidationProblem();

    internal static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request request, AppDbContext db, PackStore packs, IClientGate gate,
        Rules rules, ICurrentStaff staff, Validation v, IStringLocalizer<CareResource> text, TimeProvider clock, CancellationToken ct)
    {
        var assessment = await db.Set<Assessment>().Include(a => a.Responses).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null)
        {
            return Outcome.NotFound<Response>(text["Assessment.NotFound"]);
        }
        if (assessment.Completed)
        {
            return Outcome.Conflict<Response>(text["Assessment.AlreadyCompleted"]);
        }
        if (await gate.CheckAsync(assessment.ClientId, ct) is { Allowed: false } refused)
        {
            return Outcome.Conflict<Response>(refused.Message!);
        }
        var pack = (await packs.ForCentreAsync(assessment.CentreId, ct))!.Value.Pack;
        var views = assessment.Responses.Select(r => AssessmentInstruments.Read(pack, r)).OfType<AssessmentInstruments.ResponseView>().ToList();
        var (_, _, instrument) = AssessmentInstruments.Suggest(pack, views);

        v.Range("talkMinutes", request.TalkMinutes, 1, 240).Text("talkNotes", request.TalkNotes, 4000, required: false)
            .Text("difficultyType", request.DifficultyType, 64).Text("severity", request.Severity, 64);
        if (instrument is null)
        {
            v.Add("responses", text["Assessment.NoScales"]);
        }
        else
        {
            // The conclusion speaks the instrument's language: a type is one of its sub-scales, a severity one of its bands.
            var types = instrument.Subscales.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var levels = AssessmentInstruments.Levels(instrument).Select(b => b.Level).ToHashSet(StringComparer.Ordinal);
            v.Check(request.DifficultyType is null || types.Contains(request.DifficultyType), "difficultyType", "Validation.UnknownOption")
                .Check(request.Severity is null || levels.Contains(request.Severity), "severity", "Validation.UnknownOption");
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        db.Entry(assessment).Property(a => a.Version).OriginalValue = request.Version;
        var now = clock.GetUtcNow();
        assessment.Complete(request.TalkMinutes!.Value, string.IsNullOrWhiteSpace(request.TalkNotes) ? null : request.TalkNotes.Trim(),
            request.DifficultyType!, request.Severity!, staff.UserId!.Value, now);
        await rules.RaiseAsync(new RuleEvent(CompletedEvent, assessment.CentreId, BookingEvents.ClientSubject, assessment.ClientId.ToString(),
            OwnerUserId: staff.UserId), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict<Response>(v.Message("Problem.StaleEdit"));
        }
        return new Response(assessment.Id, assessment.Version, assessment.DifficultyType!, assessment.Severity!, now);
    }
}
