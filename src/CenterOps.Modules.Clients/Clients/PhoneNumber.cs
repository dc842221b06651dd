namespace CenterOps.Modules.Clients.Clients;

/// <summary>CRM-1: phone numbers are kept as digits so "138-0013-8000", "+86 138 0013 8000" and "13800138000" are one number.</summary>
internal static class PhoneNumber
{
    public static string Normalize(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    public static bool IsPlausible(string digits) => digits.Length is >= 5 and <= 20;

    /// <summary>For lists: 138****8000.</summary>
    public static string Mask(string digits) => digits.Length >= 7 ? $"{digits[..3]}****{digits[^4..]}" : digits;
}
