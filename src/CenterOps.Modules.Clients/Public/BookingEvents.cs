namespace CenterOps.Modules.Clients.Public;

/// <summary>
/// CRM-2/CRM-4: the rule events of a booking. Registering an individual client raises <see cref="Submitted"/> on subject
/// (<see cref="ClientSubject"/>, client id); a corporate booking on (<see cref="CorporateSubject"/>, corporate client id).
/// The matching step raises <c>booking.matched</c> on the same subject to close WA-MATCH-2H.
/// </summary>
public static class BookingEvents
{
    public const string Submitted = "booking.submitted";
    public const string ClientSubject = "client";
    public const string CorporateSubject = "corporate-client";
}
