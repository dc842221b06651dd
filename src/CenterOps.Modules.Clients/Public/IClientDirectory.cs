namespace CenterOps.Modules.Clients.Public;

/// <summary>What another module may know of a client to address them: the name and how to reach them (SEC-2: no more).</summary>
public sealed record ClientCard(Guid Id, string Name, string? Phone, string? Email);

/// <summary>Finds a client of the caller's centre for another module (a report's heading, where to send it).</summary>
public interface IClientDirectory
{
    Task<ClientCard?> FindAsync(Guid clientId, CancellationToken ct);
}
