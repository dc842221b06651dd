using System.Globalization;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CenterOps.Platform.Calendar;

/// <summary>POL-1: the centre's own business hours; hour limits ("2 h to respond") count only time inside them.</summary>
public static class SetBusinessHours
{
    public sealed record Request(string? Opens, string? Closes);

    public sealed record Response(string Opens, string Closes);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/hours", async (Request request, AppDbContext db, PackStore packs, ICurrentStaff staff, Validation v, TimeProvider clock,
                CancellationToken ct) => (await ExecuteAsync(request, db, packs, staff, v, clock, ct)).ToHttp())
            .RequireAuthorization(Permissions.CentresManage)
            .WithName(nameof(SetBusinessHours))
            .ProducesValidationProblem();

    public static async Task<Outcome<Response>> ExecuteAsync(Request request, AppDbContext db, PackStore packs, ICurrentStaff staff,
        Validation v, TimeProvider clock, CancellationToken ct)
    {
        var opens = Parse(request.Opens);
        var closes = Parse(request.Closes);
        v.Check(opens is not null, "opens", "Calendar.BadTime").Check(closes is not null, "closes", "Calendar.BadTime");
        if (opens is { } o && closes is { } c)
        {
            v.Check(o < c, "closes", "Calendar.ClosesBeforeOpens");
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        if (await packs.ForCentreAsync(staff.CentreId!.Value, ct) is not var (_, pack))
        {
            return Outcome.NotFound<Response>(v.Message("Packs.NoPack"));
        }
        var settings = await CentreCalendar.ForEditAsync(db, staff.CentreId!.Value, pack, clock.GetUtcNow(), ct);
        settings.Opens = opens!.Value.ToString("HH:mm", CultureInfo.InvariantCulture);
        settings.Closes = closes!.Value.ToString("HH:mm", CultureInfo.InvariantCulture);
        await db.SaveChangesAsync(ct);
        return new Response(settings.Opens, settings.Closes);
    }

    static TimeOnly? Parse(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
