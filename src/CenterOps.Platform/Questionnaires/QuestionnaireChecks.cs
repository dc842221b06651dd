namespace CenterOps.Platform.Questionnaires;

/// <summary>CARE-1: what a pack's questionnaires must satisfy to be loaded; each problem names its field (and so its line).</summary>
internal static class QuestionnaireChecks
{
    public static void Check(List<Questionnaire> questionnaires, Action<string, string> error, Action<Packs.LocalizedText, string> needsText)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var qi = 0; qi < questionnaires.Count; qi++)
        {
            var q = questionnaires[qi];
            var at = $"questionnaires[{qi}]";
            if (string.IsNullOrWhiteSpace(q.Id) || !ids.Add(q.Id))
            {
                error($"{at}.id", string.IsNullOrWhiteSpace(q.Id) ? "needs an id" : $"'{q.Id}' is declared twice");
            }
            if (q.Version < 1)
            {
                error($"{at}.version", "must be 1 or more");
            }
            needsText(q.Name, $"{at}.name");
            if (q.Likert is { } likert && (likert.Min >= likert.Max || likert.Labels.Count is not 0 && likert.Labels.Count != likert.Max - likert.Min + 1))
            {
                error($"{at}.likert", "needs min below max and, when labelled, one label per point");
            }
            var subscales = q.Subscales.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var items = new HashSet<string>(StringComparer.Ordinal);
            for (var ii = 0; ii < q.Items.Count; ii++)
            {
                var item = q.Items[ii];
                var field = $"{at}.items[{ii}]";
                if (string.IsNullOrWhiteSpace(item.Id) || !items.Add(item.Id))
                {
                    error($"{field}.id", string.IsNullOrWhiteSpace(item.Id) ? "needs an id" : $"'{item.Id}' is declared twice");
                }
                needsText(item.Text, $"{field}.text");
                if (!ItemTypes.All.Contains(item.Type))
                {
                    error($"{field}.type", $"unknown type '{item.Type}' ({string.Join(", ", ItemTypes.All)})");
                }
                if (item.Type == ItemTypes.Likert && q.Likert is null)
                {
                    error($"{field}.type", "a likert item needs the questionnaire's likert scale");
                }
                if (item.Reverse && item.Type != ItemTypes.Likert)
                {
                    error($"{field}.reverse", "only a likert item can be reversed");
                }
                if (item.Type == ItemTypes.Choice
                    && (item.Options.Count < 2 || item.Options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() != item.Options.Count))
                {
                    error($"{field}.options", "a choice needs two or more options with different values");
                }
                if (item.Subscale is { } sub && !subscales.Contains(sub))
                {
                    error($"{field}.subscale", $"unknown subscale '{sub}'");
                }
                if (item.Min > item.Max)
                {
                    error($"{field}.min", "is above max");
                }
            }
            for (var si = 0; si < q.Subscales.Count; si++)
            {
                CheckScale(q.Subscales[si], $"{at}.subscales[{si}]", error, needsText);
            }
            if (q.Total is { } total)
            {
                CheckScale(total, $"{at}.total", error, needsText);
            }
            if (q.Suggest?.Type is { } type && type is not ("highest-subscale" or "lowest-subscale"))
            {
                error($"{at}.suggest.type", "must be highest-subscale or lowest-subscale");
            }
            if (q.Suggest?.Severity is { } severity && severity != "total" && !subscales.Contains(severity))
            {
                error($"{at}.suggest.severity", $"must be total or a subscale, not '{severity}'");
            }
        }
    }

    static void CheckScale(Subscale scale, string at, Action<string, string> error, Action<Packs.LocalizedText, string> needsText)
    {
        if (scale.Method is not ("mean" or "sum"))
        {
            error($"{at}.method", "must be mean or sum");
        }
        // Cut-offs in ascending order, neither overlapping nor leaving a score (to two decimals) without a reading.
        for (var i = 0; i < scale.Bands.Count; i++)
        {
            var band = scale.Bands[i];
            needsText(band.Label, $"{at}.bands[{i}].label");
            if (band.From > band.To)
            {
                error($"{at}.bands[{i}]", "from is above to");
            }
            if (i > 0 && (band.From <= scale.Bands[i - 1].To || band.From - scale.Bands[i - 1].To > 0.01m))
            {
                error($"{at}.bands[{i}].from", $"must follow the band before it (which ends at {scale.Bands[i - 1].To})");
            }
        }
    }
}
