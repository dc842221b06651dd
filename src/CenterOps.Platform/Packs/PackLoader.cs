using System.Text.RegularExpressions;
using CenterOps.Platform.Security;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CenterOps.Platform.Packs;

/// <summary>One problem found in a pack, with the line and field it is about.</summary>
public sealed record PackError(int Line, string Field, string Message)
{
    public override string ToString() => $"line {Line}, {Field}: {Message}";
}

public sealed class PackLoadException(IReadOnlyList<PackError> errors)
    : Exception("The policy pack is invalid:\n" + string.Join('\n', errors))
{
    public IReadOnlyList<PackError> Errors { get; } = errors;
}

/// <summary>
/// Reads a pack from YAML and checks it: structure (unknown or mistyped fields) and meaning (every reference
/// resolves, every permission exists). A bad pack is refused whole, with line-precise messages (POL-1).
/// </summary>
public static partial class PackLoader
{
    static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    public static PolicyPack Parse(string yaml)
    {
        PolicyPack? pack;
        try
        {
            pack = Yaml.Deserialize<PolicyPack>(yaml);
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message ?? e.Message;
            throw new PackLoadException([new PackError((int)e.Start.Line, "", inner)]);
        }
        if (pack is null)
        {
            throw new PackLoadException([new PackError(1, "", "the file is empty")]);
        }
        var errors = Check(pack);
        if (errors.Count > 0)
        {
            var lines = new LineIndex(yaml);
            throw new PackLoadException(errors.Select(e => e with { Line = lines.Find(e.Field) }).ToList());
        }
        return pack;
    }

    /// <summary>Reads the structure only, without checking what it means (for tools that edit the text).</summary>
    internal static PolicyPack ParseUnchecked(string yaml) => Yaml.Deserialize<PolicyPack>(yaml);

    static List<PackError> Check(PolicyPack p)
    {
        var errors = new List<PackError>();
        void Error(string field, string message) => errors.Add(new PackError(0, field, message));

        if (!KeyPattern().IsMatch(p.Pack))
        {
            Error("pack", "must be a lowercase-kebab name");
        }
        if (p.Version < 1)
        {
            Error("version", "must be 1 or more");
        }
        CheckText(p.Name, "name", Error);

        var departments = Unique(p.Departments.Select(d => d.Key), "departments", Error);
        var roles = Unique(p.Roles.Select(r => r.Key), "roles", Error);
        var positions = Unique(p.Positions.Select(x => x.Key), "positions", Error);
        var tags = Unique(p.ExperienceTags.Select(t => t.Key), "experience_tags", Error);

        for (var i = 0; i < p.Departments.Count; i++)
        {
            var d = p.Departments[i];
            CheckText(d.Name, $"departments[{i}].name", Error);
            if (d.Parent is not null && !departments.Contains(d.Parent))
            {
                Error($"departments[{i}].parent", $"unknown department '{d.Parent}'");
            }
        }
        for (var i = 0; i < p.Roles.Count; i++)
        {
            var r = p.Roles[i];
            CheckText(r.Name, $"roles[{i}].name", Error);
            foreach (var perm in r.Permissions.Where(x => x != Permissions.Everything && !Permissions.All.Contains(x)))
            {
                Error($"roles[{i}].permissions", $"unknown permission '{perm}'");
            }
        }
        for (var i = 0; i < p.Positions.Count; i++)
        {
            var x = p.Positions[i];
            CheckText(x.Name, $"positions[{i}].name", Error);
            if (!departments.Contains(x.Department))
            {
                Error($"positions[{i}].department", $"unknown department '{x.Department}'");
            }
            if (!roles.Contains(x.Role))
            {
                Error($"positions[{i}].role", $"unknown role '{x.Role}'");
            }
            if (x.ReportsTo is not null && !positions.Contains(x.ReportsTo))
            {
                Error($"positions[{i}].reports_to", $"unknown position '{x.ReportsTo}'");
            }
        }
        for (var i = 0; i < p.Composition.Count; i++)
        {
            var c = p.Composition[i];
            var at = $"composition[{i}]";
            foreach (var pos in c.Positions.Where(x => !positions.Contains(x)))
            {
                Error($"{at}.positions", $"unknown position '{pos}'");
            }
            foreach (var tag in c.Tags.Where(x => !tags.Contains(x)))
            {
                Error($"{at}.tags", $"unknown experience tag '{tag}'");
            }
            switch (c.Kind)
            {
                case "headcount" when c.Min is null && c.Max is null:
                    Error($"{at}.min", "a headcount rule needs min or max");
                    break;
                case "min-years" when c.MinYears is null:
                    Error($"{at}.min_years", "a min-years rule needs min_years");
                    break;
                case "share-with-tag" when c.MinPercent is not (> 0 and <= 100) || c.Tags.Count == 0:
                    Error($"{at}.min_percent", "a share-with-tag rule needs tags and min_percent between 1 and 100");
                    break;
                case "headcount" or "min-years" or "share-with-tag":
                    break;
                default:
                    Error($"{at}.kind", $"unknown kind '{c.Kind}' (headcount, min-years, share-with-tag)");
                    break;
            }
        }
        Unique(p.Rules.Select(r => r.Id), "rules", Error);
        for (var i = 0; i < p.Rules.Count; i++)
        {
            var r = p.Rules[i];
            if (string.IsNullOrWhiteSpace(r.When) || string.IsNullOrWhiteSpace(r.Due) || string.IsNullOrWhiteSpace(r.Owner))
            {
                Error($"rules[{i}]", "a rule needs when, due and owner");
                continue;
            }
            try
            {
                Calendar.DueSpec.Parse(r.Due);
            }
            catch (FormatException e)
            {
                Error($"rules[{i}].due", e.Message);
            }
            // A timer whose owner or escalation role does not exist would warn nobody.
            if (!IsRole(r.Owner, roles))
            {
                Error($"rules[{i}].owner", $"'{r.Owner}' is not role:<a role of this pack>");
            }
            if (r.EscalateTo is not null && !IsRole(r.EscalateTo, roles))
            {
                Error($"rules[{i}].escalate_to", $"'{r.EscalateTo}' is not role:<a role of this pack>");
            }
            if (r.WarnAt is not null && !IsPercent(r.WarnAt))
            {
                Error($"rules[{i}].warn_at", $"'{r.WarnAt}' is not a share of the time allowed between 1% and 99%");
            }
        }
        var ruleIds = p.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var templates = new HashSet<(string, string?)>();
        for (var i = 0; i < p.Templates.Count; i++)
        {
            var t = p.Templates[i];
            var at = $"templates[{i}]";
            if (!Notifications.MessageTemplates.Events.ContainsKey(t.Event))
            {
                Error($"{at}.event", $"unknown event '{t.Event}' ({string.Join(", ", Notifications.MessageTemplates.Events.Keys)})");
                continue;
            }
            if (t.Rule is not null && !ruleIds.Contains(t.Rule))
            {
                Error($"{at}.rule", $"unknown rule '{t.Rule}'");
            }
            if (!templates.Add((t.Event, t.Rule)))
            {
                Error(at, $"a second template for {t.Event}{(t.Rule is null ? "" : " of " + t.Rule)}");
            }
            CheckText(t.Subject, $"{at}.subject", Error);
            CheckText(t.Body, $"{at}.body", Error);
            // A placeholder the event cannot fill would reach people as "{due}".
            foreach (var (field, text) in t.Subject.Select(x => ("subject", x.Value)).Concat(t.Body.Select(x => ("body", x.Value))))
            {
                foreach (var name in Notifications.MessageTemplates.UnknownPlaceholders(t.Event, text))
                {
                    Error($"{at}.{field}", $"{{{name}}} cannot be filled for {t.Event} (use {string.Join(", ", Notifications.MessageTemplates.Events[t.Event].Order().Select(n => $"{{{n}}}"))})");
                }
            }
        }
        Questionnaires.QuestionnaireChecks.Check(p.Questionnaires, Error, (text, field) => CheckText(text, field, Error));
        p.IntakeForm ??= [];
        p.Consents ??= [];
        CheckIntakeForm(p.IntakeForm, Error);
        Unique(p.Consents.Select(c => c.Id), "consents", Error);
        for (var i = 0; i < p.Consents.Count; i++)
        {
            var c = p.Consents[i];
            c.Text ??= new();
            if (c.Version < 1)
            {
                Error($"consents[{i}].version", "must be 1 or more");
            }
            if (c.Purpose != "sensitive-information")
            {
                Error($"consents[{i}].purpose", $"unknown purpose '{c.Purpose}' (sensitive-information)");
            }
            CheckText(c.Text, $"consents[{i}].text", Error);
        }
        if ((p.IntakeForm.Count > 0 || p.Screening is not null) && !p.Consents.Any(c => c.Purpose == "sensitive-information"))
        {
            Error("consents", "intake_form and screening store sensitive information: declare a sensitive-information consent (SEC-2)");
        }
        if (p.Screening is { } screening)
        {
            screening.Questions ??= [];
            if (screening.MinAge is < 0 or > 150 || screening.MaxAge is < 0 or > 150 || screening.MinAge > screening.MaxAge)
            {
                Error("screening.min_age", "ages must lie between 0 and 150, min_age not above max_age");
            }
            Unique(screening.Questions.Select(q => q.Key), "screening.questions", Error);
            for (var i = 0; i < screening.Questions.Count; i++)
            {
                var q = screening.Questions[i];
                q.Label ??= new();
                CheckText(q.Label, $"screening.questions[{i}].label", Error);
                if (q.Otherwise is not (ScreeningQuestion.NotEligible or ScreeningQuestion.Refer))
                {
                    Error($"screening.questions[{i}].otherwise", $"unknown outcome '{q.Otherwise}' (not-eligible, refer)");
                }
            }
        }
        if (p.Demo is { } demo)
        {
            for (var i = 0; i < demo.Staff.Count; i++)
            {
                var s = demo.Staff[i];
                if (!positions.Contains(s.Position))
                {
                    Error($"demo.staff[{i}].position", $"unknown position '{s.Position}'");
                }
                foreach (var tag in s.Tags.Where(x => !tags.Contains(x)))
                {
                    Error($"demo.staff[{i}].tags", $"unknown experience tag '{tag}'");
                }
            }
        }
        return errors;
    }

    static void CheckIntakeForm(List<IntakeField> form, Action<string, string> error)
    {
        Unique(form.Select(f => f.Key), "intake_form", error);
        for (var i = 0; i < form.Count; i++)
        {
            var f = form[i];
            var at = $"intake_form[{i}]";
            f.Options ??= []; // "options:" left empty
            f.Label ??= new();
            if (!string.IsNullOrEmpty(f.Key) && !FieldKeyPattern().IsMatch(f.Key))
            {
                error(at, $"'{f.Key}' is not a lower_snake_case key");
            }
            CheckText(f.Label, $"{at}.label", error);
            if (!IntakeField.Types.Contains(f.Type))
            {
                error($"{at}.type", $"unknown type '{f.Type}' ({string.Join(", ", IntakeField.Types)})");
                continue;
            }
            if (f.Type == IntakeField.ChoiceType)
            {
                if (f.Options.Count == 0)
                {
                    error($"{at}.options", "a choice needs options");
                }
                Unique(f.Options.Select(o => o.Key), $"{at}.options", error);
                for (var j = 0; j < f.Options.Count; j++)
                {
                    CheckText(f.Options[j].Label, $"{at}.options[{j}].label", error);
                }
            }
            else if (f.Options.Count > 0)
            {
                error($"{at}.options", "only a choice has options");
            }
            if (f.Type == IntakeField.TextType && f.Max is not (>= 1 and <= 2000))
            {
                error($"{at}.max", "a text field needs max (its length) between 1 and 2000");
            }
            if (f.Min is not null && f.Max is not null && f.Min > f.Max)
            {
                error($"{at}.min", "min is above max");
            }
        }
    }

    static bool IsRole(string owner, HashSet<string> roles) =>
        owner.StartsWith("role:", StringComparison.Ordinal) && roles.Contains(owner["role:".Length..]);

    internal static bool IsPercent(string text) =>
        text.EndsWith('%') && int.TryParse(text[..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture,
            out var n) && n is >= 1 and <= 99;

    static HashSet<string> Unique(IEnumerable<string> keys, string list, Action<string, string> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var key in keys)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                error($"{list}[{i}]", "needs a key");
            }
            else if (!seen.Add(key))
            {
                error($"{list}[{i}]", $"'{key}' is declared twice");
            }
            i++;
        }
        return seen;
    }

    static void CheckText(LocalizedText text, string field, Action<string, string> error)
    {
        if (!text.TryGetValue("zh-Hans", out var s) || string.IsNullOrWhiteSpace(s))
        {
            error(field, "needs at least a zh-Hans text");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex FieldKeyPattern();

    /// <summary>Finds the line of a field path such as <c>positions[3].role</c> in the YAML text.</summary>
    sealed class LineIndex
    {
        readonly YamlNode? _root;

        public LineIndex(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            _root = stream.Documents.FirstOrDefault()?.RootNode;
        }

        public int Find(string path)
        {
            var node = _root;
            var line = node is null ? 1 : (int)node.Start.Line;
            foreach (Match step in PathStep().Matches(path))
            {
                node = node switch
                {
                    YamlMappingNode map when step.Groups["name"].Success =>
                        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode k && k.Value == step.Groups["name"].Value).Value,
                    YamlSequenceNode seq when step.Groups["index"].Success && int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) < seq.Children.Count =>
                        seq.Children[int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)],
                    _ => null,
                };
                if (node is null)
                {
                    break;
                }
                line = (int)node.Start.Line;
            }
            return line;
        }
    }

    [GeneratedRegex(@"(?<name>[a-z_]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathStep();
}
