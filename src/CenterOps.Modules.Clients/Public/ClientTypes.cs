namespace CenterOps.Modules.Clients.Public;

/// <summary>CRM-1: a person who books for themself, or an employee served under a corporate contract.</summary>
public enum ClientKind
{
    Individual,
    CorporateParticipant,
}

/// <summary>CRM-2: how the client reached the centre.</summary>
public enum IntakeChannel
{
    WalkIn,
    Website,
    WeChatMiniProgram,
    Hotline,
}

public enum Gender
{
    Unspecified,
    Female,
    Male,
    Other,
}

/// <summary>Where a client stands: registered, screened (eligible, not eligible or referred), or in service.</summary>
public enum ClientStatus
{
    Registered,
    Eligible,
    NotEligible,
    Referred,
    InService,
}

/// <summary>SEC-2: how the client gave consent.</summary>
public enum ConsentChannel
{
    InPerson,
    Paper,
    Online,
    Phone,
}

public enum ScreeningResult
{
    Eligible,
    NotEligible,
    Referred,
}
