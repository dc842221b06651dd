using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Calendar;

/// <summary>
/// POL-1: marks one day of the centre closed (a training day, a move) or open (an extra Saturday). Deadlines opened
/// from then on skip or count it; deadlines already set keep their time.
/// </summary>
public static class SetCentreDay
{
    public sealed record Request(bool Open, string? Note);

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/days/{date}", async (DateOnly date, Request request, AppDbContext db, PackStore packs, ICurrentStaff staff, Validation v,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(date, request, db, packs, staff, v, clock, ct)).ToHttp())
            .RequireAuthorization(Permissions.CentresManage)
            .WithName(nameof(SetCentreDay))
            .ProducesValidationProblem();
        api.MapDelete("/days/{date}", async (DateOnly date, AppDbContext db, PackStore packs, ICurrentStaff staff, Validation v,
                TimeProvider clock, CancellationToken ct) => (await RemoveAsync(date, db, packs, staff, v, clock, ct)).ToHttp())
            .RequireAuthorization(Permissions.CentresManage)
            .WithName("RemoveCentreDay");
    }

    public static async Task<Outcome<GetWorkingCalendar.Day>> ExecuteAsync(DateOnly date, Request request, AppDbContext db, PackStore packs,
        ICurrentStaff staff, Validation v, TimeProvider clock, CancellationToken ct)
    {
        v.Text("note", request.Note, 200, required: false)
            .Check(date.Year is >= 2000 and <= 2100, "date", "Validation.Range", 2000, 2100);
        if (!v.IsValid)
        {
            return Outcome.Invalid<GetWorkingCalendar.Day>(v);
        }
        if (await packs.ForCentreAsync(staff.CentreId!.Value, ct) is not var (_, pack))
        {
            return Outcome.NotFound<GetWorkingCalendar.Day>(v.Message("Packs.NoPack"));
        }
        await CentreCalendar.ForEditAsync(db, staff.CentreId!.Value, pack, clock.GetUtcNow(), ct);
        var day = await db.Set<CentreDay>().FirstOrDefaultAsync(d => d.Date == date, ct);
        if (day is null)
        {
            day = new CentreDay { CentreId = staff.CentreId!.Value, Date = date };
            db.Add(day);
        }
        day.Open = request.Open;
        day.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        await db.SaveChangesAsync(ct);
        return new GetWorkingCalendar.Day(day.Date, day.Open, day.Note);
    }

    /// <summary>The day follows the national schedule again.</summary>
    public static async Task<Outcome<GetWorkingCalendar.Day>> RemoveAsync(DateOnly date, AppDbContext db, PackStore packs, ICurrentStaff staff,
        Validation v, TimeProvider clock, CancellationToken ct)
    {
        var day = await db.Set<CentreDay>().FirstOrDefaultAsync(d => d.Date == date, ct);
        if (day is null || await packs.ForCentreAsync(staff.CentreId!.Value, ct) is not var (_, pack))
        {
            return Outcome.NotFound<GetWorkingCalendar.Day>(v.Message("Calendar.NoSuchDay"));
        }
        await CentreCalendar.ForEditAsync(db, staff.CentreId!.Value, pack, clock.GetUtcNow(), ct);
        db.Remove(day);
        await db.SaveChangesAsync(ct);
        return new GetWorkingCalendar.Day(day.Date, day.Open, day.Note);
    }
}
