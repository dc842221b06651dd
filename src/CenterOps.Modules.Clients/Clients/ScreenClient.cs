using System.Text.Json;
using CenterOps.Modules.Clients.Domain;
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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Clients.Clients;

/// <summary>
/// CRM-3: staff check a client against the regulation's admission criteria (WA: age 18–60, can describe the difficulty,
/// basic online ability, no severe mental illness or acute crisis). A client with severe illness or an acute crisis is
/// referred: their status becomes Referred, the booking's open timers end, and nothing later serves them. Screening
/// answers are sensitive: they need the client's recorded consent (SEC-2).
/// </summary>
public static class ScreenClient
{
    public sealed record Request(Dictionary<string, bool>? Answers, string? Notes);

    public sealed record Response(Guid Id, ScreeningResult Result, IReadOnlyList<string> Reasons, ClientStatus Status);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{id:guid}/screenings", async (Guid id, Request request, IServiceProvider sp, CancellationToken ct) =>
                (await ExecuteAsync(id, request, sp, ct)).ToHttp(r => Results.Created($"/api/crm/clients/{id}", r)))
            .RequireAuthorization(Permissions.ClientsManage)
            .WithName(nameof(ScreenClient))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request request, IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var staff = sp.GetRequiredService<ICurrentStaff>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();

        var client = await db.Set<Client>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return Outcome.NotFound<Response>(v.Message("Problem.NotFound", text["Noun.Client"]));
        }
        var pack = await ClientPolicy.PackAsync(sp.GetRequiredService<PackStore>(), client.CentreId, ct);
        if (pack.Screening is not { } criteria)
        {
            return Outcome.Conflict<Response>(text["Screening.NotInRegulation"]);
        }
        if (client.Status == ClientStatus.Referred)
        {
            return Outcome.Conflict<Response>(text["Refusal.Referred"]);
        }
        if (!await ClientPolicy.HasConsentAsync(db, id, ct))
        {
            return Outcome.Conflict<Response>(text["Consent.RequiredForScreening"]);
        }

        var answers = request.Answers ?? [];
        foreach (var key in answers.Keys.Where(k => criteria.Questions.All(q => q.Key != k)))
        {
            v.Add($"answers.{key}", text["Intake.UnknownField"]);
        }
        foreach (var q in criteria.Questions.Where(q => !answers.ContainsKey(q.Key)))
        {
            v.Add($"answers.{q.Key}", v.Message("Validation.Required"));
        }
        v.Text("notes", request.Notes, 2000, required: false);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone(pack.TimeZone)).DateTime);
        var age = client.AgeOn(today);
        if (age is null && (criteria.MinAge is not null || criteria.MaxAge is not null))
        {
            v.Add("age", text["Screening.AgeUnknown"]);
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }

        var reasons = new List<string>();
        if (age < criteria.MinAge || age > criteria.MaxAge)
        {
            reasons.Add("age");
        }
        var refer = false;
        foreach (var q in criteria.Questions.Where(q => answers[q.Key] != q.Expect))
        {
            reasons.Add(q.Key);
            refer |= q.Otherwise == ScreeningQuestion.Refer;
        }
        var result = refer ? ScreeningResult.Referred : reasons.Count > 0 ? ScreeningResult.NotEligible : ScreeningResult.Eligible;
        var screening = new Screening
        {
            CentreId = client.CentreId,
            ClientId = id,
            AnswersJson = JsonSerializer.Serialize(answers),
            Age = age,
            Result = result,
            Reasons = reasons,
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
            ScreenedAt = now,
            ScreenedBy = staff.UserName ?? "",
        };
        db.Add(screening);
        client.Screened(result);
        if (result == ScreeningResult.Referred)
        {
            // CRM-3: no counselling starts, so nobody is to be matched to this booking.
            await sp.GetRequiredService<Rules>().CancelAsync(client.CentreId, BookingEvents.ClientSubject, id.ToString(), "referred", ct);
        }
        await db.SaveChangesAsync(ct);
        return new Response(screening.Id, result, reasons, client.Status);
    }

    static TimeZoneInfo Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
