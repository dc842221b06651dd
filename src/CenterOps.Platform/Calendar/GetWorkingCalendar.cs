using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Calendar;

/// <summary>POL-1: the centre's working calendar for a year — its hours, its own days, and the national schedule.</summary>
public static class GetWorkingCalendar
{
    public sealed record Day(DateOnly Date, bool Open, string? Note);

    public sealed record NationalDay(DateOnly Date, string? Holiday, bool MakeUpWorkday);

    public sealed record Result(int Year, string Opens, string Closes, bool OwnHours, bool Provisional, IReadOnlyList<Day> Days,
        IReadOnlyList<NationalDay> National);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/", async (int? year, AppDbContext db, PackStore packs, CalendarProvider calendars, ICurrentStaff staff, TimeProvider clock,
                CancellationToken ct) => await ExecuteAsync(year ?? clock.GetUtcNow().Year, db, packs, calendars, staff, ct) is { } r
                    ? Results.Ok(r)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound))
            .WithName(nameof(GetWorkingCalendar));

    public static async Task<Result?> ExecuteAsync(int year, AppDbContext db, PackStore packs, CalendarProvider calendars, ICurrentStaff staff,
        CancellationToken ct)
    {
        if (staff.CentreId is not { } centre || await packs.ForCentreAsync(centre, ct) is not var (_, pack))
        {
            return null;
        }
        var own = await db.Set<CentreCalendar>().AsNoTracking().FirstOrDefaultAsync(ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var days = await db.Set<CentreDay>().AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
            .Select(d => new Day(d.Date, d.Open, d.Note)).ToListAsync(ct);
        var national = calendars.National.SpecialDays(year).Select(x => new NationalDay(x.Day, x.Holiday, x.MakeUpWorkday)).ToList();
        return new Result(year, own?.Opens ?? pack.BusinessHours.Start, own?.Closes ?? pack.BusinessHours.End, own is not null,
            calendars.National.IsProvisional(year), days, national);
    }
}
