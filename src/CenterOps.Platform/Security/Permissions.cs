namespace CenterOps.Platform.Security;

/// <summary>
/// Every permission the code checks (ORG-2). A policy pack grants them to roles; each module adds its own.
/// An authorization policy of the same name exists for each.
/// </summary>
public static class Permissions
{
    public const string OrgRead = "org.read";
    public const string OrgManage = "org.manage";
    public const string RolesManage = "org.roles.manage";
    public const string CentresManage = "org.centres.manage";
    public const string AccountsManage = "staff.accounts.manage";
    public const string AuditRead = "audit.read";
    public const string DeliveryLogRead = "notifications.log.read";
    public const string ComplianceRead = "compliance.read";
    public const string PacksManage = "packs.manage";
    /// <summary>CRM-1..3: see clients, their consents, screening and referral.</summary>
    public const string ClientsRead = "clients.read";
    /// <summary>CRM-1..3, SEC-2: register and edit clients, record consent, screen and refer.</summary>
    public const string ClientsManage = "clients.manage";
    /// <summary>CARE-1, CARE-2: assess a client with the pack's scales and write the initial assessment report.</summary>
    public const string CareAssess = "care.assess";

    public static readonly IReadOnlyList<string> All =
        [OrgRead, OrgManage, RolesManage, CentresManage, AccountsManage, AuditRead, DeliveryLogRead, ComplianceRead, PacksManage,
            ClientsRead, ClientsManage, CareAssess];

    /// <summary>Grants every permission: the first administrator's role.</summary>
    public const string Everything = "*";
}
