namespace CenterOps.Platform.Rules;

/// <summary>
/// Something that happened which a rule may be waiting for (POL-1): <c>booking.submitted</c> opens the 2-hour
/// match timer of that booking, <c>booking.matched</c> closes it. Modules raise events in the same unit of work as
/// the change that caused them.
/// </summary>
/// <param name="Name">The event name used in packs' <c>when</c> and <c>done_when</c>.</param>
/// <param name="SubjectType">What the timer is about, e.g. "booking".</param>
/// <param name="SubjectId">Which one.</param>
/// <param name="ScheduledAt">For rules relative to a scheduled time ("10min-before", "day-before 18:00").</param>
/// <param name="OwnerUserId">The person responsible, when the event names one (else the rule's owner role).</param>
/// <param name="PromisedAt">For rules due at a time promised to the client ("promised").</param>
public sealed record RuleEvent(
    string Name,
    Guid CentreId,
    string SubjectType,
    string SubjectId,
    DateTimeOffset? ScheduledAt = null,
    Guid? OwnerUserId = null,
    DateTimeOffset? PromisedAt = null);
