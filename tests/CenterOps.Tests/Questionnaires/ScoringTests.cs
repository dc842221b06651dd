using System.Globalization;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Questionnaires;

namespace CenterOps.Tests.Questionnaires;

/// <summary>
/// CARE-1, CARE-2: the shipped instruments score as their keys say — reverse items, sub-scale means, the total, the
/// cut-off each falls in — and suggest the type and severity of the difficulty for the counsellor to confirm.
/// </summary>
public sealed class ScoringTests
{
    static PolicyPack Pack(string name) =>
        PackLoader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policy-packs", $"{name}.yaml")));

    static readonly Questionnaire Adaptability = Pack("workplace-adaptation").Questionnaires.Single(q => q.Id == "wa-adaptability");
    static readonly Questionnaire Intake = Pack("postpartum-recovery").Questionnaires.Single(q => q.Id == "pr-postpartum-intake");

    static Dictionary<string, string?> Answers(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=')).ToDictionary(p => p[0], p => (string?)p[1], StringComparer.Ordinal);

    static string Text(string key, object[] args) => args.Length == 0 ? key : $"{key}({string.Join(',', args)})";

    /// <summary>
    /// Items c1–c3 are cognitive, s1–s3 skill, i1–i3 interpersonal; c3, s3 and i3 are reversed (6 − answer). Bands: up to
    /// 2.49 mild, 2.50–3.49 moderate, from 3.50 severe; scores to two decimals, halves away from zero.
    /// </summary>
    [Theory]
    [Trait("Requirement", "CARE-1")]
    [Trait("Requirement", "CARE-2")]
    // No difficulty anywhere: every sub-scale ties at 1, the first declared is suggested.
    [InlineData("c1=1 c2=1 c3=5 s1=1 s2=1 s3=5 i1=1 i2=1 i3=5", "1.00 1.00 1.00", "1.00", "cognitive", "mild")]
    // Cognitive 5 (c3 answered 1 reads 5), skill 2, interpersonal 3: total 30/9.
    [InlineData("c1=5 c2=5 c3=1 s1=2 s2=2 s3=4 i1=3 i2=3 i3=3", "5.00 2.00 3.00", "3.33", "cognitive", "moderate")]
    [InlineData("c1=2 c2=2 c3=4 s1=3 s2=3 s3=3 i1=4 i2=4 i3=2", "2.00 3.00 4.00", "3.00", "interpersonal", "moderate")]
    // Around the mild/moderate cut-off: 22/9 = 2.44 is mild, 23/9 = 2.56 moderate.
    [InlineData("c1=3 c2=3 c3=4 s1=3 s2=2 s3=4 i1=3 i2=2 i3=4", "2.67 2.33 2.33", "2.44", "cognitive", "mild")]
    [InlineData("c1=3 c2=3 c3=4 s1=3 s2=2 s3=4 i1=4 i2=2 i3=4", "2.67 2.33 2.67", "2.56", "cognitive", "moderate")]
    // Around the moderate/severe cut-off: 31/9 = 3.44 moderate, 32/9 = 3.56 severe.
    [InlineData("c1=4 c2=4 c3=2 s1=3 s2=3 s3=3 i1=4 i2=3 i3=3", "4.00 3.00 3.33", "3.44", "cognitive", "moderate")]
    [InlineData("c1=4 c2=4 c3=2 s1=3 s2=3 s3=3 i1=4 i2=4 i3=3", "4.00 3.00 3.67", "3.56", "cognitive", "severe")]
    [InlineData("c1=1 c2=2 c3=5 s1=5 s2=5 s3=1 i1=2 i2=2 i3=4", "1.33 5.00 2.00", "2.78", "skill", "moderate")]
    public void The_adaptability_scale_scores_reverse_items_sub_scales_and_cut_offs(string answers, string subscales, string total,
        string type, string severity)
    {
        var given = Answers(answers);
        Assert.Empty(Scoring.Check(Adaptability, given, Text));

        var result = Scoring.Evaluate(Adaptability, given);

        Assert.Equal(["cognitive", "skill", "interpersonal"], result.Subscales.Select(s => s.Id));
        Assert.Equal(subscales, string.Join(' ', result.Subscales.Select(s => s.Value.ToString("0.00", CultureInfo.InvariantCulture))));
        Assert.Equal(total, result.Total!.Value.ToString("0.00", CultureInfo.InvariantCulture));
        Assert.Equal(type, result.SuggestedType);
        Assert.Equal(severity, result.SuggestedSeverity);
        Assert.Equal(severity, result.Total.Band!.Level);
        Assert.All(result.Subscales, s => Assert.NotNull(s.Band));
    }

    [Fact]
    [Trait("Requirement", "CARE-1")]
    public void Answers_that_do_not_fit_the_instrument_are_refused_item_by_item()
    {
        var errors = Scoring.Check(Adaptability, Answers("c1=6 c2=0 c3=x s1=3 s2=3 s3=3 i1=3 i2=3 extra=1"), Text);

        Assert.Equal("Validation.Range(1,5)", errors["c1"]);
        Assert.Equal("Validation.Range(1,5)", errors["c2"]);
        Assert.Equal("Validation.Range(1,5)", errors["c3"]);
        Assert.Equal("Validation.Required", errors["i3"]);
        Assert.Equal("Questionnaire.UnknownItem", errors["extra"]);
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    [Trait("Requirement", "CARE-1")]
    public void The_postpartum_intake_checks_numbers_and_choices_and_flags_contraindications()
    {
        var errors = Scoring.Check(Intake, Answers("weeks_since_delivery=105 delivery_type=natural main_concern=back-pain"), Text);
        Assert.StartsWith("Validation.Range(0,104", errors["weeks_since_delivery"], StringComparison.Ordinal);
        Assert.Equal("Validation.UnknownOption", errors["delivery_type"]);
        Assert.Equal("Validation.Required", errors["contraindication"]);
        Assert.False(errors.ContainsKey("notes")); // optional

        var tooLong = Answers("weeks_since_delivery=6 delivery_type=caesarean main_concern=diastasis contraindication=none");
        tooLong["notes"] = new string('多', 501);
        Assert.Equal("Validation.MaxLength(500)", Scoring.Check(Intake, tooLong, Text)["notes"]);

        var healthy = Answers("weeks_since_delivery=6 delivery_type=caesarean main_concern=diastasis contraindication=none");
        Assert.Empty(Scoring.Check(Intake, healthy, Text));
        Assert.Empty(Scoring.Evaluate(Intake, healthy).Alerts);

        var wound = Answers("weeks_since_delivery=3 delivery_type=caesarean main_concern=diastasis contraindication=unhealed-wound");
        Assert.Equal(["contraindication"], Scoring.Evaluate(Intake, wound).Alerts);
    }

    [Fact]
    [Trait("Requirement", "CARE-1")]
    [Trait("Requirement", "POL-1")]
    public void A_questionnaire_that_cannot_be_scored_is_refused_with_its_lines()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policy-packs", "workplace-adaptation.yaml"))
            .Replace("{ id: c3, subscale: cognitive, reverse: true,", "{ id: c3, subscale: cogntive, reverse: true,", StringComparison.Ordinal)
            .Replace("- { from: 2.50, to: 3.49, level: moderate,", "- { from: 2.40, to: 3.49, level: moderate,", StringComparison.Ordinal)
            .Replace("suggest: { type: highest-subscale, severity: total }", "suggest: { type: biggest, severity: total }", StringComparison.Ordinal);

        var e = Assert.Throws<PackLoadException>(() => PackLoader.Parse(yaml));

        var lines = yaml.Split('\n');
        int LineOf(string text) => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;
        Assert.Contains(e.Errors, x => x.Field == "questionnaires[0].items[2].subscale" && x.Line == LineOf("id: c3,"));
        Assert.Contains(e.Errors, x => x.Field == "questionnaires[0].subscales[0].bands[1].from" && x.Message.Contains("2.49", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Field == "questionnaires[0].suggest.type" && x.Line == LineOf("type: biggest"));
    }
}
