using System.Globalization;
using System.Text.Json;
using CenterOps.Platform.Api;
using CenterOps.Platform.Packs;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Clients.Clients;

/// <summary>
/// CRM-2: checks a client's answers against the pack's intake form — unknown field, missing required answer, wrong type,
/// option not in the list, text too long, number out of range — and gives them back in a normal form for storing.
/// Field messages are keyed <c>intake.&lt;key&gt;</c>. Required answers are required once the client has consented: before
/// that no intake detail may be stored at all (SEC-2), and the booking is taken without them.
/// </summary>
internal static class IntakeAnswers
{
    public static Dictionary<string, object> Check(IReadOnlyList<IntakeField> form, IReadOnlyDictionary<string, JsonElement>? answers,
        Validation v, IStringLocalizer<ClientsResource> text, bool requireAnswers)
    {
        var clean = new Dictionary<string, object>(StringComparer.Ordinal);
        answers ??= new Dictionary<string, JsonElement>();
        foreach (var key in answers.Keys.Where(k => form.All(f => f.Key != k)))
        {
            v.Add(Field(key), text["Intake.UnknownField"]);
        }
        foreach (var f in form)
        {
            var field = Field(f.Key);
            if (!answers.TryGetValue(f.Key, out var a) || a.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
                || (a.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(a.GetString())))
            {
                if (f.Required && requireAnswers)
                {
                    v.Add(field, v.Message("Validation.Required"));
                }
                continue;
            }
            switch (f.Type)
            {
                case IntakeField.TextType when a.ValueKind == JsonValueKind.String:
                    var s = a.GetString()!.Trim();
                    if (s.Length > (int)(f.Max ?? 2000))
                    {
                        v.Add(field, v.Message("Validation.MaxLength", (int)(f.Max ?? 2000)));
                    }
                    else
                    {
                        clean[f.Key] = s;
                    }
                    break;
                case IntakeField.NumberType when a.ValueKind == JsonValueKind.Number && a.TryGetDecimal(out var n):
                    if ((f.Min is { } min && n < min) || (f.Max is { } max && n > max))
                    {
                        v.Add(field, v.Message("Validation.Range", f.Min ?? decimal.MinValue, f.Max ?? decimal.MaxValue));
                    }
                    else
                    {
                        clean[f.Key] = n;
                    }
                    break;
                case IntakeField.ChoiceType when a.ValueKind == JsonValueKind.String:
                    if (f.Options.Any(o => o.Key == a.GetString()))
                    {
                        clean[f.Key] = a.GetString()!;
                    }
                    else
                    {
                        v.Add(field, v.Message("Validation.UnknownOption"));
                    }
                    break;
                case IntakeField.DateType when a.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(a.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                    clean[f.Key] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case IntakeField.BooleanType when a.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    clean[f.Key] = a.GetBoolean();
                    break;
                default:
                    v.Add(field, text[$"Intake.Expected.{f.Type}"]);
                    break;
            }
        }
        return clean;
    }

    public static string Field(string key) => $"intake.{key}";

    public static string? Serialize(Dictionary<string, object> clean) => clean.Count == 0 ? null : JsonSerializer.Serialize(clean);

    public static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
