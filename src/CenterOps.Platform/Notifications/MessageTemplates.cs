using System.Globalization;
using System.Text.RegularExpressions;
using CenterOps.Platform.Packs;

namespace CenterOps.Platform.Notifications;

/// <summary>
/// POL-1 "templates per language, per pack": the engine's messages in the words a centre's pack chose, in the
/// recipient's language. A rule's own template wins over the pack's template for the event; without either, the
/// built-in text is used, so a pack need not write any.
/// </summary>
public static partial class MessageTemplates
{
    /// <summary>The events the engine sends messages for, and the placeholders each can fill.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Events = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["timer.warning"] = new HashSet<string>(["rule", "clause", "subject_type", "subject_id", "due"]),
        ["timer.breach"] = new HashSet<string>(["rule", "clause", "subject_type", "subject_id", "due"]),
        ["timer.escalation"] = new HashSet<string>(["rule", "clause", "subject_type", "subject_id", "due"]),
        ["quota.breach"] = new HashSet<string>(["rule", "clause", "person", "period", "actual", "required"]),
    };

    /// <summary>Subject and body for one recipient's language; <paramref name="builtIn"/> when the pack has no template.</summary>
    public static (string Subject, string Body) Compose(PolicyPack? pack, string eventName, string? ruleId, CultureInfo culture,
        IReadOnlyDictionary<string, string> values, Func<(string Subject, string Body)> builtIn)
    {
        var template = pack?.Templates.FirstOrDefault(t => t.Event == eventName && t.Rule is not null && t.Rule == ruleId)
            ?? pack?.Templates.FirstOrDefault(t => t.Event == eventName && t.Rule is null);
        if (template is null)
        {
            return InCulture(culture, builtIn);
        }
        return (Fill(template.Subject.Get(culture), values), Fill(template.Body.Get(culture), values));
    }

    /// <summary>The placeholders of a template text that its event cannot fill (checked when a pack loads).</summary>
    public static IEnumerable<string> UnknownPlaceholders(string eventName, string text) =>
        Placeholder().Matches(text).Select(m => m.Groups["name"].Value).Where(n => !Events[eventName].Contains(n)).Distinct();

    static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups["name"].Value, out var v) ? v : m.Value);

    /// <summary>Runs the built-in (resource) text in the recipient's language: the localizer reads the current UI culture.</summary>
    internal static T InCulture<T>(CultureInfo culture, Func<T> f)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return f();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}")]
    private static partial Regex Placeholder();
}
