using CenterOps.Platform.Packs;

namespace CenterOps.Tests.Packs;

/// <summary>POL-1: a rule changed in the console is written into the pack text without disturbing anything else.</summary>
public sealed class PackTextTests
{
    const string Yaml = """
        pack: t
        rules:
          # 客户服务
          - id: A
            clause: "二(一) 2小时内响应"
            due: 2h   # business hours
            owner: role:cs
            warn_at: 75%
          - id: B
            due: 1wd
            owner: role:cs
        """;

    [Fact]
    [Trait("Requirement", "POL-1")]
    public void Replacing_a_value_keeps_comments_and_the_other_rules()
    {
        var edited = PackText.SetField(Yaml, "rules", "A", "due", "4h")!;

        Assert.Equal(Yaml.Replace("due: 2h   #", "due: 4h   #", StringComparison.Ordinal), edited);
        Assert.Equal("4h", PackLoader.ParseUnchecked(edited).Rules[0].Due);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public void A_missing_field_is_added_under_its_rule_and_a_cleared_one_removed()
    {
        var added = PackText.SetField(Yaml, "rules", "B", "escalate_to", "role:boss")!;
        Assert.EndsWith("    owner: role:cs\n    escalate_to: role:boss\n", added, StringComparison.Ordinal);

        var removed = PackText.SetField(Yaml, "rules", "A", "warn_at", null)!;
        Assert.DoesNotContain("warn_at", removed, StringComparison.Ordinal);
        Assert.Contains("    owner: role:cs\n  - id: B", removed, StringComparison.Ordinal);
        Assert.Null(PackLoader.ParseUnchecked(removed).Rules[0].WarnAt);
    }

    [Theory]
    [Trait("Requirement", "POL-1")]
    [InlineData("quota: 2/month min 90min")]
    [InlineData("day-before 18:00")]
    [InlineData("true")]
    [InlineData("说 \"引号\" 与 \\ 反斜杠")]
    [InlineData("#not a comment")]
    public void Values_read_back_exactly_as_written(string value)
    {
        var edited = PackText.SetField(Yaml, "rules", "B", "due", value)!;

        Assert.Equal(value, PackLoader.ParseUnchecked(edited).Rules[1].Due);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public void An_unknown_rule_changes_nothing() => Assert.Null(PackText.SetField(Yaml, "rules", "Z", "due", "1h"));
}
