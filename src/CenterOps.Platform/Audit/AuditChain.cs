using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CenterOps.Platform.Audit;

/// <summary>The hash that links an audit entry to the one before it (SEC-2).</summary>
public static class AuditChain
{
    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join('\n',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.UserId?.ToString() ?? "",
            e.UserName,
            e.CentreId?.ToString() ?? "",
            e.Action.ToString(),
            e.EntityType,
            e.EntityId,
            e.Changes,
            e.RemoteAddress,
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Databases keep instants to the microsecond at best; hash what comes back.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
