using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
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
/// CRM-3: the referral to a medical institution is recorded — where, when, by whom (the member of staff recording it)
/// and how the client was told. The client is Referred from then on, whatever the screening said.
/// </summary>
public static class RecordReferral
{
    public sealed record Request(string? Institution, DateTimeOffset? ReferredAt, string? HowInformed, string? Note);

    public sealed record Response(Guid Id, ClientStatus Status);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{id:guid}/referral", async (Guid id, Request request, IServiceProvider sp, CancellationToken ct) =>
                (await ExecuteAsync(id, request, sp, ct)).ToHttp(r => Results.Created($"/api/crm/clients/{id}", r)))
            .RequireAuthorization(Permissions.ClientsManage)
            .WithName(nameof(RecordReferral))
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
        v.Text("institution", request.Institution, 200)
            .Required("referredAt", request.ReferredAt)
            .Text("howInformed", request.HowInformed, 500)
            .Text("note", request.Note, 2000, required: false);
        if (request.ReferredAt > now.AddMinutes(5))
        {
            v.Add("referredAt", text["Referral.InFuture"]);
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        if (await db.Set<Referral>().AnyAsync(r => r.ClientId == id, ct))
        {
            return Outcome.Conflict<Response>(text["Referral.AlreadyRecorded"]);
        }
        var referral = new Referral
        {
            CentreId = client.CentreId,
            ClientId = id,
            Institution = request.Institution!.Trim(),
            ReferredAt = request.ReferredAt!.Value,
            ReferredById = staff.UserId,
            ReferredBy = staff.UserName ?? "",
            HowInformed = request.HowInformed!.Trim(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            RecordedAt = now,
        };
        db.Add(referral);
        client.Refer();
        await sp.GetRequiredService<Rules>().CancelAsync(client.CentreId, BookingEvents.ClientSubject, id.ToString(), "referred", ct);
        await db.SaveChangesAsync(ct);
        return new Response(referral.Id, client.Status);
    }
}
