using System.Text.Json;
using CenterOps.Modules.Organization.Composition;
using CenterOps.Platform.Packs;
using CenterOps.Tests.Infrastructure;

namespace CenterOps.Tests.Organization;

public sealed class CompositionTests(TestApp app) : IClassFixture<TestApp>
{
    static JsonElement Rule(JsonElement rules, string id) => rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    [Fact]
    [Trait("Requirement", "ORG-3")]
    public async Task The_experience_share_of_the_counsellor_team_passes_then_fails_as_the_team_changes()
    {
        var manager = await app.SignedInAsync("manager");
        var empty = await manager.GetJsonAsync("/api/org/composition");
        Assert.False(Rule(empty, "MINI-COUNSELLOR-SHARE-80").GetProperty("passed").GetBoolean()); // no team yet

        for (var i = 0; i < 4; i++)
        {
            await manager.HireAsync($"有经验咨询师{i}", specialities: [i % 2 == 0 ? "onboarding" : "transition"]);
        }
        var four = Rule(await manager.GetJsonAsync("/api/org/composition"), "MINI-COUNSELLOR-SHARE-80");
        Assert.True(four.GetProperty("passed").GetBoolean());
        Assert.Equal(100m, four.GetProperty("actual").GetDecimal());

        await manager.HireAsync("新手咨询师");       // 4 of 5 = 80 %: still meets "80 % or more"
        var five = Rule(await manager.GetJsonAsync("/api/org/composition"), "MINI-COUNSELLOR-SHARE-80");
        Assert.True(five.GetProperty("passed").GetBoolean());
        Assert.Equal(80m, five.GetProperty("actual").GetDecimal());

        await manager.HireAsync("另一位新手");       // 4 of 6 = 66.7 %: fails, and says who lacks it
        var six = Rule(await manager.GetJsonAsync("/api/org/composition"), "MINI-COUNSELLOR-SHARE-80");
        Assert.False(six.GetProperty("passed").GetBoolean());
        Assert.Equal(66.7m, six.GetProperty("actual").GetDecimal());
        Assert.Equal(new[] { "新手咨询师", "另一位新手" }.Order(), six.GetProperty("shortfall").EnumerateArray().Select(n => n.GetString()).Order());
        Assert.Contains("80%", six.GetProperty("clause").GetString(), StringComparison.Ordinal);
    }

    static CompositionRule Share(int minPercent) => new()
    {
        Id = "R",
        Kind = "share-with-tag",
        Positions = ["counsellor"],
        Tags = ["onboarding"],
        MinPercent = minPercent,
    };

    static EvaluateComposition.Holder Holder(string name, string position, int years, params string[] tags) => new(name, position, years, [.. tags]);

    [Theory]
    [Trait("Requirement", "ORG-3")]
    [InlineData(0, 0, false)]   // an empty team does not meet a share
    [InlineData(4, 1, true)]    // exactly 80 %
    [InlineData(3, 1, false)]   // 75 %
    [InlineData(1, 0, true)]    // 100 %
    [InlineData(0, 3, false)]   // 0 %
    public void Share_with_tag(int withTag, int without, bool passes)
    {
        var staff = Enumerable.Range(0, withTag).Select(i => Holder($"a{i}", "counsellor", 3, "onboarding"))
            .Concat(Enumerable.Range(0, without).Select(i => Holder($"b{i}", "counsellor", 3)))
            .Append(Holder("not counted", "clerk", 1))
            .ToList();
        Assert.Equal(passes, EvaluateComposition.Evaluate(Share(80), staff).Passed);
    }

    [Theory]
    [Trait("Requirement", "ORG-3")]
    [InlineData(new[] { 5, 7, 12 }, true)]
    [InlineData(new[] { 5, 4 }, false)]
    [InlineData(new int[0], true)]   // no holder is below the minimum (the head-count rule speaks for emptiness)
    public void Minimum_years_for_a_position(int[] years, bool passes)
    {
        var rule = new CompositionRule { Id = "Y", Kind = "min-years", Positions = ["senior"], MinYears = 5 };
        var staff = years.Select((y, i) => Holder($"s{i}", "senior", y)).ToList();
        var result = EvaluateComposition.Evaluate(rule, staff);
        Assert.Equal(passes, result.Passed);
        Assert.Equal(years.Count(y => y < 5), result.Shortfall.Count);
    }

    [Theory]
    [Trait("Requirement", "ORG-3")]
    [InlineData(3, 4, null, false)]
    [InlineData(4, 4, null, true)]
    [InlineData(5, 4, 4, false)]
    [InlineData(2, null, 2, true)]
    public void Headcount_of_a_position(int holders, int? min, int? max, bool passes)
    {
        var rule = new CompositionRule { Id = "H", Kind = "headcount", Positions = ["senior"], Min = min, Max = max };
        var staff = Enumerable.Range(0, holders).Select(i => Holder($"s{i}", "senior", 6)).ToList();
        Assert.Equal(passes, EvaluateComposition.Evaluate(rule, staff).Passed);
    }
}
