using CenterOps.Modules.Clients.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Clients.Clients;

/// <summary>
/// CRM-1/CRM-2: staff correct a client's details and intake answers. The version read with the record must still be
/// current, else 409; intake answers need the client's recorded consent (SEC-2); a phone number another client has
/// answers 409 unless confirmed a different person.
/// </summary>
public static class UpdateClient
{
    public sealed record Request(Guid Version, ClientInput? Client, bool ConfirmedDifferentPerson = false);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/clients/{id:guid}", async (Guid id, Request request, IServiceProvider sp, CancellationToken ct) =>
                RegisterClient.ToHttp(await ExecuteAsync(id, request, sp, ct), created: false))
            .RequireAuthorization(Permissions.ClientsManage)
            .WithName(nameof(UpdateClient))
            .Produces<RegisterClient.Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<RegisterClient.Response>> ExecuteAsync(Guid id, Request request, IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var staff = sp.GetRequiredService<ICurrentStaff>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();

        var client = await db.Set<Client>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return Outcome.NotFound<RegisterClient.Response>(v.Message("Problem.NotFound", text["Noun.Client"]));
        }
        if (request.Client is null)
        {
            v.Add("client", v.Message("Validation.Required"));
            return Outcome.Invalid<RegisterClient.Response>(v);
        }
        var pack = await ClientPolicy.PackAsync(sp.GetRequiredService<PackStore>(), staff.CentreId!.Value, ct);
        var consented = await ClientPolicy.HasConsentAsync(db, id, ct);
        var intake = request.Client.Validate(v, pack, DateOnly.FromDateTime(now.UtcDateTime), text, consented);
        if (intake.Count > 0 && !consented)
        {
            v.Add("consent", text["Consent.RequiredForIntake"]);
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<RegisterClient.Response>(v);
        }
        var phone = PhoneNumber.Normalize(request.Client.Phone);
        if (!request.ConfirmedDifferentPerson && phone != client.Phone
            && await db.Set<Client>().AsNoTracking().Where(x => x.Phone == phone && x.Id != id)
                .Select(x => new RegisterClient.Duplicate(x.Id, x.Name)).FirstOrDefaultAsync(ct) is { } existing)
        {
            return new Outcome<RegisterClient.Response>(OutcomeKind.Conflict,
                new RegisterClient.Response(existing.Id, Guid.Empty, client.Status, existing), null, text["Client.DuplicatePhone", existing.Name]);
        }
        db.Entry(client).Property(c => c.Version).OriginalValue = request.Version;
        request.Client.ApplyTo(client, intake);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict<RegisterClient.Response>(v.Message("Problem.StaleEdit"));
        }
        return new RegisterClient.Response(client.Id, client.Version, client.Status);
    }
}
