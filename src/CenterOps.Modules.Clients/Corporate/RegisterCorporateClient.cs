using CenterOps.Modules.Clients.Clients;
using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Rules;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Clients.Corporate;

/// <summary>
/// CRM-1/CRM-2: a company books counselling for a group of employees: company and credit code, one designated
/// contact, the target group (new hires, transferred middle managers…), the number of people, the service period and
/// the goals. The booking opens the regulation's timers (<c>booking.submitted</c>).
/// </summary>
public static class RegisterCorporateClient
{
    public sealed record Request(string? CompanyName, string? CreditCode, string? ContactName, string? ContactPhone, string? TargetGroup,
        int? Headcount, DateOnly? ServiceFrom, DateOnly? ServiceTo, string? Goals, IntakeChannel? Channel);

    public sealed record Response(Guid Id, Guid Version);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/corporate-clients", async (Request request, IServiceProvider sp, CancellationToken ct) =>
                (await ExecuteAsync(request, sp, ct)).ToHttp(r => Results.Created($"/api/crm/corporate-clients/{r.Id}", r)))
            .RequireAuthorization(Permissions.ClientsManage)
            .WithName(nameof(RegisterCorporateClient))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

    public static async Task<Outcome<Response>> ExecuteAsync(Request r, IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var staff = sp.GetRequiredService<ICurrentStaff>();
        var v = sp.GetRequiredService<Validation>();
        var text = sp.GetRequiredService<IStringLocalizer<ClientsResource>>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();

        var code = Corporate.CreditCode.Normalize(r.CreditCode);
        v.Text("companyName", r.CompanyName, 100)
            .Text("creditCode", r.CreditCode, 18)
            .Text("contactName", r.ContactName, 50)
            .Text("contactPhone", r.ContactPhone, 30)
            .Text("targetGroup", r.TargetGroup, 100)
            .Range("headcount", r.Headcount, 1, 10000)
            .Required("serviceFrom", r.ServiceFrom)
            .Required("serviceTo", r.ServiceTo)
            .Text("goals", r.Goals, 2000, required: false)
            .Required("channel", r.Channel);
        if (code.Length == 18 && !Corporate.CreditCode.IsValid(code))
        {
            v.Add("creditCode", text["Corporate.CreditCodeInvalid"]);
        }
        if (!string.IsNullOrWhiteSpace(r.ContactPhone) && !PhoneNumber.IsPlausible(PhoneNumber.Normalize(r.ContactPhone)))
        {
            v.Add("contactPhone", text["Client.PhoneInvalid"]);
        }
        if (r.ServiceFrom > r.ServiceTo)
        {
            v.Add("serviceTo", text["Corporate.PeriodInvalid"]);
        }
        if (r.Channel is { } ch && !Enum.IsDefined(ch))
        {
            v.Add("channel", v.Message("Validation.UnknownOption"));
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        var company = new CorporateClient
        {
            CentreId = staff.CentreId!.Value,
            CompanyName = r.CompanyName!.Trim(),
            CreditCode = code,
            ContactName = r.ContactName!.Trim(),
            ContactPhone = PhoneNumber.Normalize(r.ContactPhone),
            TargetGroup = r.TargetGroup!.Trim(),
            Headcount = r.Headcount!.Value,
            ServiceFrom = r.ServiceFrom!.Value,
            ServiceTo = r.ServiceTo!.Value,
            Goals = string.IsNullOrWhiteSpace(r.Goals) ? null : r.Goals.Trim(),
            Channel = r.Channel!.Value,
            RegisteredAt = now,
            RegisteredBy = staff.UserName ?? "",
        };
        db.Add(company);
        await sp.GetRequiredService<Rules>().RaiseAsync(
            new RuleEvent(BookingEvents.Submitted, company.CentreId, BookingEvents.CorporateSubject, company.Id.ToString()), ct);
        await db.SaveChangesAsync(ct);
        return new Response(company.Id, company.Version);
    }
}
