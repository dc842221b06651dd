namespace CenterOps.Platform.Ui;

/// <summary>Helpers for showing a use case's field messages next to MudBlazor inputs.</summary>
public static class Messages
{
    public static bool Has(this IReadOnlyDictionary<string, string[]>? errors, string field) =>
        errors is not null && errors.ContainsKey(field);

    public static string? For(this IReadOnlyDictionary<string, string[]>? errors, string field) =>
        errors is not null && errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    /// <summary>"互联网, 金融、教育" → three items: people type lists with Chinese or Latin separators.</summary>
    public static List<string> SplitList(string? text) =>
        (text ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
