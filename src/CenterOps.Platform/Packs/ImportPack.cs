using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CenterOps.Platform.Packs;

/// <summary>
/// POL-1: imports an edited pack as a new version and binds the caller's centre to it. A pack with problems is
/// refused whole, every problem with its line and field; nothing is stored. Timers already running keep the version
/// they were opened under.
/// </summary>
public static class ImportPack
{
    public sealed record Request(string? Yaml, string? Note);

    public sealed record Response(Guid VersionId, string Pack, int Number);

    public sealed record Problem(int Line, string Field, string Message);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/", async (Request request, AppDbContext db, PackStore store, ICurrentStaff staff, Validation v, CancellationToken ct) =>
            {
                var (outcome, problems) = await ExecuteAsync(request, db, store, staff, v, ct);
                if (problems.Count > 0)
                {
                    return Results.ValidationProblem(outcome.Errors!, title: outcome.Message,
                        extensions: new Dictionary<string, object?> { ["problems"] = problems });
                }
                return outcome.ToHttp(r => Results.Created($"/api/packs/versions/{r.VersionId}", r));
            })
            .RequireAuthorization(Permissions.PacksManage)
            .WithName(nameof(ImportPack))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

    public static async Task<(Outcome<Response> Outcome, IReadOnlyList<Problem> Problems)> ExecuteAsync(Request request, AppDbContext db,
        PackStore store, ICurrentStaff staff, Validation v, CancellationToken ct)
    {
        v.Text("yaml", request.Yaml, 1_000_000).Text("note", request.Note, 500, required: false);
        if (!v.IsValid)
        {
            return (Outcome.Invalid<Response>(v), []);
        }
        PolicyPack pack;
        try
        {
            pack = PackLoader.Parse(request.Yaml!);
        }
        catch (PackLoadException e)
        {
            foreach (var error in e.Errors)
            {
                v.Add("yaml", error.ToString());
            }
            return (Outcome.Invalid<Response>(v), e.Errors.Select(x => new Problem(x.Line, x.Field, x.Message)).ToList());
        }
        var current = await store.ForCentreAsync(staff.CentreId!.Value, ct);
        if (current is { Pack.Pack: var name } && name != pack.Pack)
        {
            v.Add("yaml", v.Message("Packs.OtherPack", name));
            return (Outcome.Invalid<Response>(v), []);
        }
        var version = await store.ImportAsync(pack, request.Yaml!, request.Note, ct);
        await store.BindCentreAsync(staff.CentreId!.Value, version.Id, ct);
        await db.SaveChangesAsync(ct);
        return (new Response(version.Id, version.PackName, version.Number), []);
    }
}
