using System.Globalization;
using CenterOps.Platform.Api;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-2: the query string of the compliance endpoints, read by hand so that a wrong value is a 400 naming the field
/// (model binding would only say "bad request").
/// </summary>
internal static class ComplianceInput
{
    /// <summary>An ISO date or date-time; a bare date is midnight UTC.</summary>
    public static DateTimeOffset? Instant(Validation validation, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }
        validation.Add(field, validation.Message("Validation.Unreadable"));
        return null;
    }

    public static TEnum? Option<TEnum>(Validation validation, string field, string? value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        // Names only: "1" is not a way to say "Department".
        if (!char.IsDigit(value.Trim()[0]) && Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed))
        {
            return parsed;
        }
        validation.Add(field, validation.Message("Validation.UnknownOption"));
        return null;
    }

    public static bool? Flag(Validation validation, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (bool.TryParse(value.Trim(), out var flag))
        {
            return flag;
        }
        validation.Add(field, validation.Message("Validation.Unreadable"));
        return null;
    }

    public static int? Number(Validation validation, string field, string? value, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }
        validation.Add(field, validation.Message("Validation.Range", min, max));
        return null;
    }

    /// <summary>The period both ends given must be in order.</summary>
    public static void Period(Validation validation, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            validation.Add("to", validation.Message("Compliance.ToBeforeFrom"));
        }
    }
}
