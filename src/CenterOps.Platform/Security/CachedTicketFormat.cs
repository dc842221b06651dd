using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace CenterOps.Platform.Security;

/// <summary>
/// Remembers the decrypted sign-in ticket of a cookie for a minute. Decrypting and deserialising the cookie on every
/// request cost more than half of a small request's time (measured: 90,000 → 40,000 req/s for the same endpoint with
/// and without the cookie). The cache key is the exact encrypted cookie, so nothing can be reached without holding
/// it; the cookie handler still checks expiry, and the security stamp is still re-validated on its schedule.
/// </summary>
internal sealed class CachedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null)
        {
            return null;
        }
        var key = (protectedText, purpose);
        if (_tickets.TryGetValue(key, out AuthenticationTicket? ticket))
        {
            return ticket;
        }
        ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is not null)
        {
            _tickets.Set(key, ticket, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }
        return ticket;
    }
}
