using System.Security.Claims;
using CenterOps.Platform.Data;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace CenterOps.Platform.Caching;

/// <summary>
/// Caches the answers of a centre's busiest list reads (staff, departments, positions…) per centre and query, for
/// at most 30 seconds, and drops a centre's entries the moment this node saves a change to any of that centre's
/// rows. Authorisation still runs on every request; only the query and the JSON are skipped. Other nodes see a
/// change when their entry expires (ADR 0005).
/// </summary>
public sealed class CentreReadCache : IOutputCachePolicy
{
    public const string PolicyName = "centre-reads";
    static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static string Tag(Guid centreId) => $"centre:{centreId}";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var centre = context.HttpContext.User.FindFirstValue(StaffClaims.Centre);
        var cacheable = HttpMethods.IsGet(context.HttpContext.Request.Method) && centre is not null;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["centre"] = centre ?? "";
        // Answers can carry localised text: never serve one language's answer to another.
        context.CacheVaryByRules.VaryByValues["culture"] = System.Globalization.CultureInfo.CurrentUICulture.Name;
        if (centre is not null)
        {
            context.Tags.Add($"centre:{centre}");
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Never store an answer that carries someone's cookie (a renewed sign-in) or is not a plain success.
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>After every save, evicts the cached reads of each centre whose rows changed.</summary>
internal sealed class CentreReadCacheEviction(IOutputCacheStore store) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, HashSet<Guid>> Pending = [];

    static void Remember(DbContext? db)
    {
        if (db is null)
        {
            return;
        }
        var centres = db.ChangeTracker.Entries<ICentreOwned>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Metadata.ClrType.GetCustomAttributes(typeof(NotAuditedAttribute), false).Length == 0)
            .Select(e => e.Entity.CentreId).ToHashSet();
        if (centres.Count > 0)
        {
            Pending.AddOrUpdate(db, centres);
        }
    }

    async ValueTask EvictAsync(DbContext? db, CancellationToken ct)
    {
        if (db is null || !Pending.TryGetValue(db, out var centres))
        {
            return;
        }
        Pending.Remove(db);
        foreach (var centre in centres)
        {
            await store.EvictByTagAsync(CentreReadCache.Tag(centre), ct);
        }
    }
}
