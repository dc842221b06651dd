using CenterOps.Modules.Care.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Audit;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Care.Assessments;

/// <summary>
/// CARE-2: a client's latest assessment as the practitioner works on it — the scales filled so far with their scores,
/// what they suggest, the conclusion once confirmed — and which of the pack's scales can still be filled. An audited read.
/// </summary>
internal static class GetAssessment
{
    public sealed record Instrument(string Id, string Name, bool Filled);

    public sealed record Response(Guid? Id, Guid? Version, Guid ClientId, string ClientName, IReadOnlyList<Instrument> Instruments,
        IReadOnlyList<AssessmentInstruments.ResponseView> Responses, string? SuggestedType, string? SuggestedSeverity,
        string? DifficultyType, string? Severity, int? TalkMinutes, string? TalkNotes, DateTimeOffset? CompletedAt,
        DateTimeOffset? ReportDeliveredAt, ClientServiceCheck Service);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/assessment", async (Guid clientId, AppDbContext db, PackStore packs, IClientDirectory clients,
                IClientGate gate, AuditTrail audit, ICurrentStaff staff, CancellationToken ct) =>
                await ExecuteAsync(clientId, db, packs, clients, gate, audit, staff, ct) is { } found
                    ? Results.Ok(found)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Permissions.CareAssess)
            .WithName(nameof(GetAssessment));

    internal static async Task<Response?> ExecuteAsync(Guid clientId, AppDbContext db, PackStore packs, IClientDirectory clients,
        IClientGate gate, AuditTrail audit, ICurrentStaff staff, CancellationToken ct)
    {
        if (await clients.FindAsync(clientId, ct) is not { } client)
        {
            return null;
        }
        var a = await db.Set<Assessment>().AsNoTracking().Include(x => x.Responses).Where(x => x.ClientId == clientId)
            .OrderByDescending(x => x.StartedAt).FirstOrDefaultAsync(ct);
        var pack = (await packs.ForCentreAsync(staff.CentreId!.Value, ct))!.Value.Pack;
        var views = (a?.Responses ?? []).Select(r => AssessmentInstruments.Read(pack, r)).OfType<AssessmentInstruments.ResponseView>()
            .OrderBy(v => pack.Questionnaires.FindIndex(q => q.Id == v.QuestionnaireId)).ToList();
        var instruments = pack.Questionnaires.Select(q => new Instrument(q.Id, q.Name.ToString(), views.Any(v => v.QuestionnaireId == q.Id))).ToList();
        if (a is not null)
        {
            audit.Read(nameof(Assessment), a.Id);
            await db.SaveChangesAsync(ct);
        }
        return new Response(a?.Id, a?.Version, clientId, client.Name, instruments, views, a?.SuggestedType, a?.SuggestedSeverity,
            a?.DifficultyType, a?.Severity, a?.TalkMinutes, a?.TalkNotes, a?.CompletedAt, a?.ReportDeliveredAt, await gate.CheckAsync(clientId, ct));
    }
}
