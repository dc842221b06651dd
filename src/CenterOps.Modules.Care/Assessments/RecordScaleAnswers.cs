using System.Text.Json;
using CenterOps.Modules.Care.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Questionnaires;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Care.Assessments;

/// <summary>
/// CARE-1, CARE-2: a practitioner enters a client's answers to one of the pack's scales (or the client's own, given on
/// paper); they are checked item by item, scored and kept with the client's open assessment. Filling the same scale
/// again replaces the earlier answers. A client the regulation does not allow to be served is refused (CRM-3).
/// </summary>
internal static class RecordScaleAnswers
{
    public sealed record Request(string? QuestionnaireId, Dictionary<string, string?>? Answers);

    public sealed record Response(Guid AssessmentId, Guid Version, AssessmentInstruments.ResponseView Scores);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/assessment/responses", async (Guid clientId, Request request, AppDbContext db, PackStore packs,
                IClientGate gate, ICurrentStaff staff, Validation v, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(clientId, request, db, packs, gate, staff, v, clock, ct)).ToHttp())
            .RequireAuthorization(Permissions.CareAssess)
            .WithName(nameof(RecordScaleAnswers))
            .ProducesValidationProblem();

    internal static async Task<Outcome<Response>> ExecuteAsync(Guid clientId, Request request, AppDbContext db, PackStore packs,
        IClientGate gate, ICurrentStaff staff, Validation v, TimeProvider clock, CancellationToken ct)
    {
        var check = await gate.CheckAsync(clientId, ct);
        if (check.Refusal == ServiceRefusal.NotFound)
        {
            return Outcome.NotFound<Response>(check.Message!);
        }
        if (!check.Allowed)
        {
            return Outcome.Conflict<Response>(check.Message!);
        }
        var centre = staff.CentreId!.Value;
        var pack = (await packs.ForCentreAsync(centre, ct))!.Value.Pack;
        var questionnaire = pack.Questionnaires.FirstOrDefault(q => q.Id == request.QuestionnaireId);
        v.Text("questionnaireId", request.QuestionnaireId, 64).Required("answers", request.Answers);
        if (v.IsValid && questionnaire is null)
        {
            v.Add("questionnaireId", v.Message("Validation.UnknownOption"));
        }
        if (questionnaire is not null && request.Answers is { } given)
        {
            foreach (var (item, message) in Scoring.Check(questionnaire, given, v.Message))
            {
                v.Add($"answers.{item}", message);
            }
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }

        var now = clock.GetUtcNow();
        var assessment = await db.Set<Assessment>().Include(a => a.Responses)
            .FirstOrDefaultAsync(a => a.ClientId == clientId && a.CompletedAt == null, ct);
        if (assessment is null)
        {
            assessment = new Assessment { CentreId = centre, ClientId = clientId, PractitionerUserId = staff.UserId!.Value, StartedAt = now };
            db.Add(assessment);
        }
        foreach (var earlier in assessment.Responses.Where(r => r.QuestionnaireId == questionnaire!.Id).ToList())
        {
            assessment.Responses.Remove(earlier);
            db.Remove(earlier);
        }
        var answers = request.Answers!.Where(a => !string.IsNullOrWhiteSpace(a.Value))
            .ToDictionary(a => a.Key, a => a.Value?.Trim(), StringComparer.Ordinal);
        var result = Scoring.Evaluate(questionnaire!, answers);
        var view = AssessmentInstruments.View(questionnaire!, result, now);
        var response = new ScaleResponse
        {
            CentreId = centre,
            AssessmentId = assessment.Id,
            QuestionnaireId = questionnaire!.Id,
            QuestionnaireVersion = questionnaire.Version,
            AnswersJson = JsonSerializer.Serialize(answers),
            ScoresJson = JsonSerializer.Serialize(view),
            FilledBy = staff.UserId!.Value,
            FilledAt = now,
        };
        assessment.Responses.Add(response);
        db.Add(response);
        var all = assessment.Responses.Select(r => r == response ? view : AssessmentInstruments.Read(pack, r)).OfType<AssessmentInstruments.ResponseView>();
        (assessment.SuggestedType, assessment.SuggestedSeverity, _) = AssessmentInstruments.Suggest(pack, all);
        await db.SaveChangesAsync(ct);
        return new Response(assessment.Id, assessment.Version, view);
    }
}
