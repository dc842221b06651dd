using CenterOps.Modules.Organization.Domain;
using CenterOps.Platform.Api;
using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Organization.Departments;

/// <summary>The fields of a department, with their rules; shared by create and update.</summary>
public sealed record DepartmentInput(string? Name, Guid? ParentId, string? Description)
{
    internal async Task<Validation> ValidateAsync(Validation v, AppDbContext db, Guid? self, IReadOnlyDictionary<string, string> messages, CancellationToken ct)
    {
        v.Text("name", Name, 100).Text("description", Description, 500, required: false);
        if (ParentId is { } parent)
        {
            if (parent == self || !await db.Set<Department>().AnyAsync(d => d.Id == parent, ct))
            {
                v.Add("parentId", v.Message("Validation.UnknownOption"));
            }
            else if (self is { } id && await IsUnderAsync(db, parent, id, ct))
            {
                v.Add("parentId", messages["cycle"]);
            }
        }
        if (!string.IsNullOrWhiteSpace(Name) && await db.Set<Department>().AnyAsync(d => d.Name == Name.Trim() && d.Id != self, ct))
        {
            v.Add("name", messages["duplicate"]);
        }
        return v;
    }

    // True when 'candidate' sits somewhere below 'ancestor': making it the parent would close a loop.
    static async Task<bool> IsUnderAsync(AppDbContext db, Guid candidate, Guid ancestor, CancellationToken ct)
    {
        var parents = await db.Set<Department>().AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.ParentId, ct);
        for (Guid? at = candidate; at is { } x; at = parents.GetValueOrDefault(x))
        {
            if (x == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    internal void ApplyTo(Department d)
    {
        d.Name = Name!.Trim();
        d.ParentId = ParentId;
        d.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }
}
