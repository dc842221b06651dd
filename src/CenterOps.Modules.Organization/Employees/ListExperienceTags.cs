using System.Globalization;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Security;

namespace CenterOps.Modules.Organization.Employees;

/// <summary>The experience vocabulary of the centre's pack (ORG-3), named in the reader's language, for employee forms.</summary>
public static class ListExperienceTags
{
    public sealed record Item(string Key, string Name);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(PackStore packs, ICurrentStaff staff, CancellationToken ct)
    {
        var pack = staff.CentreId is { } centre ? (await packs.ForCentreAsync(centre, ct))?.Pack : null;
        return pack?.ExperienceTags.Select(t => new Item(t.Key, t.Name.Get(CultureInfo.CurrentUICulture))).ToList() ?? [];
    }
}
