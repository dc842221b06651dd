using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CenterOps.Platform.Packs;

/// <summary>
/// POL-1: changes single fields of a pack's YAML text in place, so an edit made in the console becomes a new version
/// that still reads like the file people wrote — comments, order and quoting of everything else stay as they were.
/// </summary>
internal static partial class PackText
{
    /// <summary>
    /// Sets (or, with a null value, removes) <paramref name="key"/> in the mapping of the list item of
    /// <paramref name="list"/> whose <c>id</c>/<c>key</c> is <paramref name="itemId"/>. Returns null when there is no such item.
    /// </summary>
    public static string? SetField(string yaml, string list, string itemId, string key, string? value, bool raw = false)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root
            || Child(root, list) is not YamlSequenceNode items
            || items.Children.OfType<YamlMappingNode>().FirstOrDefault(i => Scalar(i, "id") == itemId || Scalar(i, "key") == itemId)
                is not { } item)
        {
            return null;
        }
        var existing = item.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode k && k.Value == key);
        var text = new StringBuilder(yaml);
        if (existing.Key is not null)
        {
            var valueNode = existing.Value;
            if (value is null)
            {
                // Remove the whole line "key: value".
                var start = LineStart(yaml, (int)existing.Key.Start.Index);
                var end = LineEnd(yaml, (int)valueNode.End.Index);
                return text.Remove(start, end - start).ToString();
            }
            var from = (int)valueNode.Start.Index;
            return text.Remove(from, (int)valueNode.End.Index - from).Insert(from, raw ? value : Quote(value)).ToString();
        }
        if (value is null)
        {
            return yaml;
        }
        // A new line after the item's last field, indented like its other fields.
        var last = item.Children[^1];
        var indent = new string(' ', (int)last.Key.Start.Column - 1);
        var at = LineEnd(yaml, (int)last.Value.End.Index);
        var line = $"{indent}{key}: {(raw ? value : Quote(value))}\n";
        if (at > 0 && yaml[at - 1] != '\n')
        {
            line = "\n" + line;
        }
        return text.Insert(at, line).ToString();
    }

    static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode k && k.Value == key).Value;

    static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    static int LineStart(string s, int index) => s.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;

    /// <summary>The index just after the newline that ends the line holding <paramref name="index"/> (or the text's end).</summary>
    static int LineEnd(string s, int index)
    {
        // A block scalar's end mark is already at the start of the next line.
        if (index > 0 && s[index - 1] == '\n')
        {
            return index;
        }
        var nl = s.IndexOf('\n', index);
        return nl < 0 ? s.Length : nl + 1;
    }

    /// <summary>Plain when it reads back as the same string, otherwise double-quoted.</summary>
    internal static string Quote(string value) =>
        Plain().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal) && !value.EndsWith(' ') && !value.EndsWith(':')
            && value is not ("true" or "false" or "null" or "yes" or "no" or "~")
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^[A-Za-z0-9_.\-:%/\u3400-\u9fff][A-Za-z0-9_.\-:%/ \u3400-\u9fff]*$")]
    private static partial Regex Plain();
}
