using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CenterOps.Platform.Api;

/// <summary>
/// Collects field-level messages in the caller's language, keyed by the JSON field name, for a 400
/// problem+json answer. The UI shows the same messages inline.
/// </summary>
public sealed class Validation(IStringLocalizer<SharedResource> text)
{
    readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    /// <summary>A platform message in the caller's language (problem titles, generic field messages).</summary>
    public string Message(string key, params object[] args) => text[key, args];

    public Validation Text(string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Add(field, text["Validation.Required"]) : this;
        }
        return value.Length > maxLength ? Add(field, text["Validation.MaxLength", maxLength]) : this;
    }

    public Validation Range(string field, decimal? value, decimal min, decimal max, bool required = true)
    {
        if (value is null)
        {
            return required ? Add(field, text["Validation.Required"]) : this;
        }
        return value < min || value > max ? Add(field, text["Validation.Range", min, max]) : this;
    }

    public Validation List(string field, IReadOnlyCollection<string>? values, int maxItems, int maxLength)
    {
        if (values is null)
        {
            return this;
        }
        if (values.Count > maxItems)
        {
            return Add(field, text["Validation.MaxItems", maxItems]);
        }
        return values.Any(v => string.IsNullOrWhiteSpace(v) || v.Length > maxLength)
            ? Add(field, text["Validation.ListItem", maxLength])
            : this;
    }

    public Validation Required(string field, object? value) =>
        value is null || (value is Guid g && g == Guid.Empty) ? Add(field, text["Validation.Required"]) : this;

    public Validation Check(bool ok, string field, string messageKey, params object[] args) =>
        ok ? this : Add(field, text[messageKey, args]);

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationProblem Problem() => TypedResults.ValidationProblem(Errors, title: text["Problem.Validation"]);
}
