namespace CenterOps.Modules.Clients.Corporate;

/// <summary>CRM-1: the unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character.</summary>
internal static class CreditCode
{
    const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static bool IsValid(string code)
    {
        if (code.Length != 18 || code.Any(ch => !Alphabet.Contains(ch, StringComparison.Ordinal)))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }
        var check = (31 - (sum % 31)) % 31;
        return Alphabet[check] == code[17];
    }
}
