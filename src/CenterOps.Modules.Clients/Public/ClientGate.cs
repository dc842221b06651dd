namespace CenterOps.Modules.Clients.Public;

/// <summary>Why a client may not be served (CRM-3).</summary>
public enum ServiceRefusal
{
    /// <summary>Severe mental illness or acute crisis: referred to a medical institution, no counselling starts.</summary>
    Referred,
    /// <summary>Outside the admission criteria (age, cannot describe the difficulty, no online ability).</summary>
    NotEligible,
    /// <summary>The regulation screens clients before service and this one has not been screened yet.</summary>
    NotScreened,
    /// <summary>No such client in the caller's centre.</summary>
    NotFound,
}

/// <summary>The answer of <see cref="IClientGate"/>: allowed, or refused with the reason and a message in the caller's language.</summary>
public sealed record ClientServiceCheck(bool Allowed, ServiceRefusal? Refusal, string? Message)
{
    public static readonly ClientServiceCheck Yes = new(true, null, null);
}

/// <summary>
/// CRM-3: the one question every later step asks before it serves a client (matching, assessment, plans, scheduling):
/// a referred or ineligible client, or one the regulation requires to be screened first, is refused here.
/// </summary>
public interface IClientGate
{
    Task<ClientServiceCheck> CheckAsync(Guid clientId, CancellationToken ct);
}
