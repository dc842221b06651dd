using System.Text.Json;
using CenterOps.Modules.Care.Domain;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Questionnaires;

namespace CenterOps.Modules.Care.Assessments;

/// <summary>CARE-2: the instruments of the centre's pack as an assessment uses them, and the scores kept with a response.</summary>
internal static class AssessmentInstruments
{
    public sealed record ScoreView(string Id, string Name, decimal Value, string? Level, string? Label);

    public sealed record ResponseView(string QuestionnaireId, string Name, int Version, IReadOnlyList<ScoreView> Subscales, ScoreView? Total,
        string? SuggestedType, string? SuggestedSeverity, IReadOnlyList<string> Alerts, DateTimeOffset FilledAt);

    public static ResponseView View(Questionnaire q, Scoring.Result r, DateTimeOffset at) => new(q.Id, q.Name.ToString(), q.Version,
        [.. r.Subscales.Select(s => Score(s, q.Subscales.FirstOrDefault(x => x.Id == s.Id)))],
        r.Total is { } t ? Score(t, q.Total) : null, r.SuggestedType, r.SuggestedSeverity, r.Alerts, at);

    static ScoreView Score(Scoring.Score s, Subscale? scale) =>
        new(s.Id, scale?.Name.ToString() ?? s.Id, s.Value, s.Band?.Level, s.Band?.Label.ToString());

    /// <summary>The scores of a stored response, re-read with the pack's current wording of names and bands.</summary>
    public static ResponseView? Read(PolicyPack pack, ScaleResponse response)
    {
        var q = pack.Questionnaires.FirstOrDefault(x => x.Id == response.QuestionnaireId);
        var answers = JsonSerializer.Deserialize<Dictionary<string, string?>>(response.AnswersJson) ?? [];
        return q is null ? null : View(q, Scoring.Evaluate(q, answers), response.FilledAt);
    }

    /// <summary>
    /// What the scores suggest for the whole assessment: the first instrument (in the pack's order) that suggests a type,
    /// and the first that suggests a severity.
    /// </summary>
    public static (string? Type, string? Severity, Questionnaire? Instrument) Suggest(PolicyPack pack, IEnumerable<ResponseView> responses)
    {
        var byId = responses.ToDictionary(r => r.QuestionnaireId, StringComparer.Ordinal);
        var filled = pack.Questionnaires.Where(q => byId.ContainsKey(q.Id)).ToList();
        var typed = filled.FirstOrDefault(q => byId[q.Id].SuggestedType is not null);
        var severe = filled.FirstOrDefault(q => byId[q.Id].SuggestedSeverity is not null);
        return (typed is null ? null : byId[typed.Id].SuggestedType, severe is null ? null : byId[severe.Id].SuggestedSeverity, typed ?? severe);
    }

    /// <summary>The cut-off readings an instrument can give (its sub-scales' and its total's), each level once.</summary>
    public static IEnumerable<Band> Levels(Questionnaire? instrument) =>
        (instrument?.Subscales.SelectMany(s => s.Bands) ?? []).Concat(instrument?.Total?.Bands ?? []).DistinctBy(b => b.Level);

    public static string TypeName(Questionnaire? instrument, string? id) =>
        instrument?.Subscales.FirstOrDefault(s => s.Id == id)?.Name.ToString() ?? id ?? "—";

    public static string LevelName(Questionnaire? instrument, string? level) =>
        Levels(instrument).FirstOrDefault(b => b.Level == level)?.Label.ToString() ?? level ?? "—";
}
