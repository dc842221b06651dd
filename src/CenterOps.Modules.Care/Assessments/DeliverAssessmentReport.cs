using CenterOps.Modules.Care.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Rules;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Care.Assessments;

/// <summary>
/// CARE-2: the report has reached the client and customer service. Recording it raises <c>report.delivered</c>, which
/// meets the report's time limit (WA: 1 working day) and opens the plan's.
/// </summary>
internal static class DeliverAssessmentReport
{
    public sealed record Response(Guid Id, DateTimeOffset DeliveredAt);

    public const string DeliveredEvent = "report.delivered";

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/assessments/{id:guid}/delivered", async (Guid id, AppDbContext db, Rules rules, ICurrentStaff staff,
                IStringLocalizer<CareResource> text, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, db, rules, staff, text, clock, ct)).ToHttp())
            .RequireAuthorization(Permissions.CareAssess)
            .WithName(nameof(DeliverAssessmentReport));

    internal static async Task<Outcome<Response>> ExecuteAsync(Guid id, AppDbContext db, Rules rules, ICurrentStaff staff,
        IStringLocalizer<CareResource> text, TimeProvider clock, CancellationToken ct)
    {
        var assessment = await db.Set<Assessment>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null)
        {
            return Outcome.NotFound<Response>(text["Assessment.NotFound"]);
        }
        if (!assessment.Completed)
        {
            return Outcome.Conflict<Response>(text["Assessment.NotCompleted"]);
        }
        if (assessment.ReportDeliveredAt is { } already)
        {
            return new Response(assessment.Id, already); // recording it twice changes nothing
        }
        var now = clock.GetUtcNow();
        assessment.MarkDelivered(now);
        await rules.RaiseAsync(new RuleEvent(DeliveredEvent, assessment.CentreId, BookingEvents.ClientSubject, assessment.ClientId.ToString(),
            OwnerUserId: staff.UserId), ct);
        await db.SaveChangesAsync(ct);
        return new Response(assessment.Id, now);
    }
}
