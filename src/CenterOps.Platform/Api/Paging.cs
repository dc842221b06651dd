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
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip((request.Number - 1) * request.Size).Take(request.Size).ToListAsync(ct);
        return new Page<T>(items, total, request.Number, request.Size);
    }
}
