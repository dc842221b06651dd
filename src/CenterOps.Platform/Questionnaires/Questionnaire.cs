using CenterOps.Platform.Packs;

namespace CenterOps.Platform.Questionnaires;

/// <summary>
/// CARE-1: a versioned instrument of the centre's pack — an assessment scale, an intake form, a satisfaction survey —
/// with its items, scoring key (reverse items, sub-scales, cut-offs) and what its result suggests.
/// </summary>
public sealed class Questionnaire
{
    public string Id { get; set; } = "";
    public int Version { get; set; } = 1;
    public LocalizedText Name { get; set; } = new();
    public LocalizedText? Instructions { get; set; }
    public string? Clause { get; set; }
    /// <summary>The answer range of every Likert item, with a label per point.</summary>
    public LikertScale? Likert { get; set; }
    public List<QuestionItem> Items { get; set; } = [];
    public List<Subscale> Subscales { get; set; } = [];
    /// <summary>The score over every scored item, and its cut-offs.</summary>
    public Subscale? Total { get; set; }
    public Suggestion? Suggest { get; set; }
}

public sealed class LikertScale
{
    public int Min { get; set; } = 1;
    public int Max { get; set; } = 5;
    public List<LocalizedText> Labels { get; set; } = [];
}

public static class ItemTypes
{
    public const string Likert = "likert";
    public const string Choice = "choice";
    public const string Number = "number";
    public const string Text = "text";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Likert, Choice, Number, Text };
}

public sealed class QuestionItem
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = ItemTypes.Likert;
    public LocalizedText Text { get; set; } = new();
    public bool Required { get; set; } = true;
    /// <summary>A Likert item worded the other way: its score is (min + max − answer).</summary>
    public bool Reverse { get; set; }
    public string? Subscale { get; set; }
    public List<ItemOption> Options { get; set; } = [];
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int MaxLength { get; set; } = 2000;
}

public sealed class ItemOption
{
    public string Value { get; set; } = "";
    public LocalizedText Label { get; set; } = new();
    /// <summary>The option's score when the item is scored (a choice item counts only if its options have scores).</summary>
    public decimal? Score { get; set; }
    /// <summary>An answer staff must see before going on (e.g. a contraindication).</summary>
    public bool Alert { get; set; }
}

public sealed class Subscale
{
    public string Id { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    /// <summary>"mean" or "sum" of the item scores.</summary>
    public string Method { get; set; } = "mean";
    public List<Band> Bands { get; set; } = [];
}

/// <summary>A cut-off: scores from <see cref="From"/> to <see cref="To"/> (both included) read as <see cref="Level"/>.</summary>
public sealed class Band
{
    public decimal From { get; set; }
    public decimal To { get; set; }
    public string Level { get; set; } = "";
    public LocalizedText Label { get; set; } = new();
    public LocalizedText? Interpretation { get; set; }
}

/// <summary>What the scores suggest to the practitioner, who confirms or changes it (CARE-2).</summary>
public sealed class Suggestion
{
    /// <summary>"highest-subscale" or "lowest-subscale": the sub-scale suggested as the type of difficulty.</summary>
    public string? Type { get; set; }
    /// <summary>"total" or a sub-scale id: whose band level is the suggested severity.</summary>
    public string? Severity { get; set; }
}
