using System.Globalization;
using System.Linq.Expressions;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-2 per period: the month a timer opened in, as "yyyy-MM" in the centre's time zone, worked out in SQL. SQLite
/// keeps instants as ticks and has no time zones, so the key is a CASE over the month boundaries of the period
/// (computed here in the zone), which both providers compare natively.
/// </summary>
internal static class ComplianceMonths
{
    public static IQueryable<TKeyed> Keyed<TKeyed>(IQueryable<RuleTimer> timers, DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone,
        Expression<Func<string, RuleTimer, TKeyed>> shape)
    {
        var months = Months(start, end, zone);
        var timer = shape.Parameters[1];
        var openedAt = Expression.Property(timer, nameof(RuleTimer.OpenedAt));
        Expression key = Expression.Constant(months[^1].Key);
        for (var i = months.Count - 1; i >= 1; i--)
        {
            key = Expression.Condition(Expression.LessThan(openedAt, Expression.Constant(months[i].Start)), Expression.Constant(months[i - 1].Key), key);
        }
        var body = new Replace(shape.Parameters[0], key).Visit(shape.Body);
        return timers.Select(Expression.Lambda<Func<RuleTimer, TKeyed>>(body, timer));
    }

    /// <summary>The months that overlap [start, end), each with the instant it begins (UTC).</summary>
    public static IReadOnlyList<(string Key, DateTimeOffset Start)> Months(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var month = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var list = new List<(string, DateTimeOffset)>();
        do
        {
            list.Add((month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Utc(month, zone)));
            month = month.AddMonths(1);
        }
        while (Utc(month, zone) < end);
        return list;
    }

    /// <summary>The period [start, end) of a "yyyy-MM" key in the zone, or null when the key is not a month.</summary>
    public static (DateTimeOffset From, DateTimeOffset To)? Bounds(string key, TimeZoneInfo zone) =>
        DateTime.TryParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? (Utc(month, zone), Utc(month.AddMonths(1), zone))
            : null;

    static DateTimeOffset Utc(DateTime local, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
