using CenterOps.Modules.Clients.Domain;
using CenterOps.Platform.Data;
using CenterOps.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace CenterOps.Modules.Clients.Clients;

/// <summary>What the centre's pack says about clients: its intake form, consents and screening (CRM-2, CRM-3, SEC-2).</summary>
internal static class ClientPolicy
{
    public const string SensitivePurpose = "sensitive-information";

    public static async Task<PolicyPack> PackAsync(PackStore packs, Guid centreId, CancellationToken ct) =>
        (await packs.ForCentreAsync(centreId, ct))?.Pack ?? new PolicyPack();

    public static PackConsent? SensitiveConsent(PolicyPack pack) => pack.Consents.FirstOrDefault(c => c.Purpose == SensitivePurpose);

    /// <summary>SEC-2: consent to process sensitive information has been recorded for the client.</summary>
    public static Task<bool> HasConsentAsync(AppDbContext db, Guid clientId, CancellationToken ct) =>
        db.Set<ConsentRecord>().AnyAsync(c => c.ClientId == clientId && c.Purpose == SensitivePurpose, ct);
}
