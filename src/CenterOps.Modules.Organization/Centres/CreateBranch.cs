using CenterOps.Modules.Organization.Domain;
using CenterOps.Modules.Organization.Setup;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Organization.Centres;

/// <summary>ORG-1: opens a branch of the chain, laid out from the same policy pack as the head centre.</summary>
public static class CreateBranch
{
    public sealed record Request(string? Name, string? City);

    public sealed record Response(Guid Id);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/centres", async (Request request, AppDbContext db, ICurrentStaff staff, PackStore store, Validation v,
                CancellationToken ct) => (await ExecuteAsync(request, db, staff, store, v, ct))
                .ToHttp(r => Results.Created($"/api/org/centres/{r.Id}", r)))
            .RequireAuthorization(Permissions.CentresManage)
            .WithName(nameof(CreateBranch))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

    public static async Task<Outcome<Response>> ExecuteAsync(Request request, AppDbContext db, ICurrentStaff staff, PackStore store,
        Validation v, CancellationToken ct)
    {
        var mine = await db.Set<Centre>().FirstAsync(c => c.Id == staff.CentreId, ct);
        var chain = mine.ParentId ?? mine.Id;
        v.Text("name", request.Name, 100).Text("city", request.City, 50, required: false);
        if (!string.IsNullOrWhiteSpace(request.Name) &&
            await db.Set<Centre>().AnyAsync(c => (c.Id == chain || c.ParentId == chain) && c.Name == request.Name.Trim(), ct))
        {
            v.Add("name", v.Message("Problem.Duplicate"));
        }
        if (!v.IsValid)
        {
            return Outcome.Invalid<Response>(v);
        }
        // A branch runs by the same pack version as its head centre.
        var (versionId, pack) = await store.ForCentreAsync(chain, ct) ?? throw new InvalidOperationException("The head centre has no pack.");
        var branch = CentreFromPack.Create(db, pack, request.Name!.Trim(), request.City?.Trim(), chain);
        await store.BindCentreAsync(branch.Id, versionId, ct);
        await db.SaveChangesAsync(ct);
        return new Response(branch.Id);
    }
}
