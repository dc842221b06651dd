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
/// CRM-1/CRM-2: reception registers a booking — who, how they reached the centre, the initial need and the pack's intake
/// questions — which is the booking form (职场适应咨询预约单). The same phone number already in the centre answers 409 with
/// that client, so staff open it instead, unless they confirm it is a different person. Intake answers are stored only
/// with a consent to process sensitive information (SEC-2), given in this request or before. The booking opens the
/// regulation's timers (<c>booking.submitted</c>: WA-MATCH-2H) in the same unit of work.
/// </summary>
public static class RegisterClient
{
    public sealed record Request(ClientInput? Client, ConsentInput? Consent, bool ConfirmedDifferentPerson = false);

    public sealed record Response(Guid Id, Guid Version, ClientStatus Status, Duplicate? Duplicate = null);

    /// <summary>The client who already has the phone number.</summary>
    public sealed record Duplicate(Guid Id, string Name);

    public const string DuplicateProblemType = "https://centerops.dev/problems/duplicate-client";

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients", async (Request request, IServiceProvider sp, CancellationToken ct) =>
                ToHttp(await ExecuteAsync(request, null, sp, ct)))
            .RequireAuthorization(Permissions.ClientsManage)
            .WithName(nameof(RegisterClient))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static IResult ToHttp(Outcome<Response> outcome, bool created = true) => outcome switch
    {
        { Kind: OutcomeKind.Conflict, Value.Duplicate: { } d } => Results.Problem(statusCode: StatusCodes.Status409Conflict,
            title: outcome.Message, type: DuplicateProblemType,
            extensions: new Dictionary<string, object?> { ["existingClientId"] = d.Id, ["existingClientName"] = d.Name }),
        _ => outcome.ToHttp(r => created ? Results.Created($"/api/crm/clients/{r.Id}", r) : Results.Ok(r)),
    };

    /// <param name="corporateClientId">Set when a company registers one of its employees (AddParticipant).</param>
    public static async Task<Outcome<Response>> ExecuteAsync(Request request, Guid? corporateClientId, IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var staff = sp.GetRequiredService<ICurrentStaff>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var centreId = staff.CentreId!.Value;
        var pack = await ClientPolicy.PackAsync(sp.GetRequiredService<PackStore>(), centreId, ct);
        var now = clock.GetUtcNow();

        if (request.Client is null)
        {
            v.Add("client", v.Message("Validation.Required"));
            return Outcome.Invalid<Response>(v);
        }
        var intake = request.Client.Validate(v, pack, DateOnly.FromDateTime(now.UtcDateTime), text, consented: request.Consent is not null);
        var consent = ClientPolicy.SensitiveConsent(pack);
        if (request.Consent is { } c)
        {
            if (consent is null || c.ConsentId != consent.Id)
            {
                v.Add("consent.consentId", v.Message("Validation.UnknownOption"));
            }
            if (c.Channel is not { } ch || !Enum.IsDefined(ch))
            {
                v.Add("consent.channel", v.Message("Validation.Required"));
            }
        }
        else if (intake.Count > 0)
        {
            // SEC-2: sensitive details wait for the client's separate consent.
            v.Add("consent", text["Consent.RequiredForIntake"]);
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }

        var phone = PhoneNumber.Normalize(request.Client.Phone);
        if (!request.ConfirmedDifferentPerson
            && await db.Set<Client>().AsNoTracking().Where(x => x.Phone == phone).OrderBy(x => x.RegisteredAt)
                .Select(x => new Duplicate(x.Id, x.Name)).FirstOrDefaultAsync(ct) is { } existing)
        {
            return new Outcome<Response>(OutcomeKind.Conflict, new Response(existing.Id, Guid.Empty, ClientStatus.Registered, existing),
                null, text["Client.DuplicatePhone", existing.Name]);
        }

        var client = new Client
        {
            CentreId = centreId,
            Name = "",
            Phone = "",
            Kind = corporateClientId is null ? ClientKind.Individual : ClientKind.CorporateParticipant,
            CorporateClientId = corporateClientId,
            Status = ClientStatus.Registered,
            RegisteredAt = now,
            RegisteredBy = staff.UserName ?? "",
        };
        request.Client.ApplyTo(client, intake);
        db.Add(client);
        if (request.Consent is { } given)
        {
            db.Add(new ConsentRecord
            {
                CentreId = centreId,
                ClientId = client.Id,
                Purpose = ClientPolicy.SensitivePurpose,
                ConsentId = consent!.Id,
                ConsentVersion = consent.Version,
                GivenAt = now,
                Channel = given.Channel!.Value,
                RecordedById = staff.UserId,
                RecordedBy = staff.UserName ?? "",
            });
        }
        if (corporateClientId is null)
        {
            // CRM-4 / WA-MATCH-2H: the booking starts the clock for matching a counsellor.
            await sp.GetRequiredService<Rules>().RaiseAsync(
                new RuleEvent(BookingEvents.Submitted, centreId, BookingEvents.ClientSubject, client.Id.ToString()), ct);
        }
        await db.SaveChangesAsync(ct);
        return new Response(client.Id, client.Version, client.Status);
    }
}
