using Microsoft.EntityFrameworkCore;

namespace CenterOps.Platform.Api;

/// <summary>Server-side paging for every list: page numbers start at 1, page size is capped at 200.</summary>
public readonly record struct PageRequest(int? Page, int? PageSize)
{
    public int Number => Math.Max(1, Page ?? 1);
    public int Size => Math.Clamp(PageSize ?? 20, 1, 200);
}

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Number, int Size);

public static class PagingExtensions
{
    public static Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct) =>
        ordered.ToPageAsync(ordered, request, ct);

    /// <summary>
    /// Pages <paramref name="ordered"/> but counts <paramref name="counted"/>: the same rows without the joins that only
    /// add columns, so the count does not pay for joining every row of the list.
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T, TCounted>(this IQueryable<T> ordered, IQueryable<TCounted> counted,
        PageRequest request, CancellationToken ct)
    {
        var total = await counted.CountAsync(ct);
        // Plain locals: EF turns them into parameters directly; an expression such as (Number - 1) * Size would be
        // compiled into a delegate on every call to evaluate it.
        int skip = (request.Number - 1) * request.Size, take = request.Size;
        var items = await ordered.Skip(skip).Take(take).ToListAsync(ct);
        return new Page<T>(items, total, request.Number, request.Size);
    }
}
