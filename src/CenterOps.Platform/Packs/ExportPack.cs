using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Packs;

/// <summary>POL-1: the versions of the caller's centre's pack, and the YAML of any of them (export).</summary>
public static class ExportPack
{
    public sealed record Version(Guid Id, int Number, DateTimeOffset ImportedAt, string ImportedBy, string? Note, bool Current);

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/versions", ListAsync).RequireAuthorization(Permissions.PacksManage).WithName("ListPackVersions");
        api.MapGet("/versions/{id:guid}", async (Guid id, AppDbContext db, PackStore store, ICurrentStaff staff, CancellationToken ct) =>
                await YamlAsync(id, db, store, staff, ct) is { } yaml
                    ? Results.Text(yaml, "application/yaml; charset=utf-8")
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Permissions.PacksManage)
            .WithName(nameof(ExportPack));
    }

    public static async Task<IReadOnlyList<Version>> ListAsync(AppDbContext db, PackStore store, ICurrentStaff staff, CancellationToken ct)
    {
        if (await store.ForCentreAsync(staff.CentreId!.Value, ct) is not var (currentId, pack))
        {
            return [];
        }
        return await db.Set<PackVersion>().AsNoTracking().Where(v => v.PackName == pack.Pack).OrderByDescending(v => v.Number)
            .Select(v => new Version(v.Id, v.Number, v.ImportedAt, v.ImportedBy, v.Note, v.Id == currentId)).ToListAsync(ct);
    }

    /// <summary>Only versions of the caller's own pack can be read.</summary>
    public static async Task<string?> YamlAsync(Guid id, AppDbContext db, PackStore store, ICurrentStaff staff, CancellationToken ct)
    {
        var pack = (await store.ForCentreAsync(staff.CentreId!.Value, ct))?.Pack.Pack;
        return await db.Set<PackVersion>().AsNoTracking().Where(v => v.Id == id && v.PackName == pack).Select(v => v.Yaml).FirstOrDefaultAsync(ct);
    }
}
