using System.Globalization;

namespace CenterOps.Platform.Questionnaires;

/// <summary>
/// CARE-1: checks a person's answers against the instrument and scores them — reverse items, sub-scales, the total,
/// the cut-off each falls in, and what they suggest. Answers are text as submitted ("4", "caesarean", "12.5").
/// </summary>
public static class Scoring
{
    public sealed record Score(string Id, decimal Value, Band? Band);

    public sealed record Result(IReadOnlyList<Score> Subscales, Score? Total, string? SuggestedType, string? SuggestedSeverity,
        IReadOnlyList<string> Alerts);

    /// <summary>Field errors keyed by item id (an unknown item, a missing answer, a value out of range); empty when valid.</summary>
    public static Dictionary<string, string> Check(Questionnaire q, IReadOnlyDictionary<string, string?> answers, Func<string, object[], string> text)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = q.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var key in answers.Keys.Where(k => !items.ContainsKey(k)))
        {
            errors[key] = text("Questionnaire.UnknownItem", []);
        }
        foreach (var item in q.Items)
        {
            var answer = answers.GetValueOrDefault(item.Id)?.Trim();
            if (string.IsNullOrEmpty(answer))
            {
                if (item.Required)
                {
                    errors[item.Id] = text("Validation.Required", []);
                }
                continue;
            }
            var problem = item.Type switch
            {
                ItemTypes.Likert => int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    && n >= q.Likert!.Min && n <= q.Likert.Max ? null : text("Validation.Range", [q.Likert!.Min, q.Likert.Max]),
                ItemTypes.Choice => item.Options.Any(o => o.Value == answer) ? null : text("Validation.UnknownOption", []),
                ItemTypes.Number => decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
                    && (item.Min is null || d >= item.Min) && (item.Max is null || d <= item.Max)
                        ? null
                        : text("Validation.Range", [item.Min ?? decimal.MinValue, item.Max ?? decimal.MaxValue]),
                _ => answer.Length > item.MaxLength ? text("Validation.MaxLength", [item.MaxLength]) : null,
            };
            if (problem is not null)
            {
                errors[item.Id] = problem;
            }
        }
        return errors;
    }

    /// <summary>Scores answers that passed <see cref="Check"/>. Scores are rounded to two decimals, halves away from zero.</summary>
    public static Result Evaluate(Questionnaire q, IReadOnlyDictionary<string, string?> answers)
    {
        var itemScores = new List<(QuestionItem Item, decimal Value)>();
        var alerts = new List<string>();
        foreach (var item in q.Items)
        {
            if (answers.GetValueOrDefault(item.Id)?.Trim() is not { Length: > 0 } answer)
            {
                continue;
            }
            switch (item.Type)
            {
                case ItemTypes.Likert:
                    var n = int.Parse(answer, CultureInfo.InvariantCulture);
                    itemScores.Add((item, item.Reverse ? q.Likert!.Min + q.Likert.Max - n : n));
                    break;
                case ItemTypes.Choice when item.Options.FirstOrDefault(o => o.Value == answer) is { } option:
                    if (option.Score is { } score)
                    {
                        itemScores.Add((item, score));
                    }
                    if (option.Alert)
                    {
                        alerts.Add(item.Id);
                    }
                    break;
            }
        }
        var subscales = q.Subscales
            .Select(s => Aggregate(s, itemScores.Where(x => x.Item.Subscale == s.Id).Select(x => x.Value).ToList()))
            .OfType<Score>()
            .ToList();
        var total = q.Total is { } t ? Aggregate(t, itemScores.Select(x => x.Value).ToList()) : null;

        string? type = null;
        if (subscales.Count > 0 && q.Suggest?.Type is { } how)
        {
            // Ties go to the sub-scale declared first: the pack orders them by how the regulation lists them.
            var pick = how == "lowest-subscale" ? subscales.MinBy(s => s.Value) : subscales.MaxBy(s => s.Value);
            type = pick?.Id;
        }
        var severity = q.Suggest?.Severity switch
        {
            null => null,
            "total" => total?.Band?.Level,
            var id => subscales.FirstOrDefault(s => s.Id == id)?.Band?.Level,
        };
        return new Result(subscales, total, type, severity, alerts);
    }

    static Score? Aggregate(Subscale scale, List<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var value = Math.Round(scale.Method == "sum" ? values.Sum() : values.Average(), 2, MidpointRounding.AwayFromZero);
        return new Score(scale.Id, value, scale.Bands.FirstOrDefault(b => value >= b.From && value <= b.To));
    }

}
