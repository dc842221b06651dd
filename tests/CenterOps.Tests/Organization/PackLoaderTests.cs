using CenterOps.Platform.Packs;

namespace CenterOps.Tests.Organization;

/// <summary>POL-1: packs are checked at load; a bad pack is refused whole with the line and field of each problem.</summary>
public sealed class PackLoaderTests
{
    static string Shipped(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "policy-packs", $"{name}.yaml");
            if (File.Exists(path) && File.Exists(Path.Combine(dir.FullName, "CenterOps.slnx")))
            {
                return File.ReadAllText(path);
            }
        }
        throw new FileNotFoundException(name);
    }

    [Theory]
    [Trait("Requirement", "POL-1")]
    [Trait("Requirement", "ORG-2")]
    [InlineData("workplace-adaptation", 9, "WA-MATCH-2H")]
    [InlineData("postpartum-recovery", 10, "PR-DAY-BEFORE-CONFIRM")]
    public void The_shipped_regulations_load_with_every_role_and_their_rules(string name, int roles, string aRule)
    {
        var pack = PackLoader.Parse(Shipped(name));
        Assert.Equal(name, pack.Pack);
        Assert.Equal(roles, pack.Roles.Count);
        Assert.Contains(pack.Rules, r => r.Id == aRule && r.Clause.Length > 0);
        Assert.All(pack.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Clause)));
        Assert.All(pack.Positions, p => Assert.Contains(pack.Roles, r => r.Key == p.Role));
        Assert.NotNull(pack.Demo);
        // Its messages are worded in all three languages, and one rule has words of its own.
        Assert.All(pack.Templates, t => Assert.Equal((3, 3), (t.Subject.Count, t.Body.Count)));
        Assert.Contains(pack.Templates, t => t.Event == "timer.warning" && t.Rule == aRule);
    }

    const string Valid = """
        pack: tiny
        version: 1
        name: { zh-Hans: 小中心 }
        departments:
          - key: ops
            name: { zh-Hans: 运营部 }
        roles:
          - key: staff
            name: { zh-Hans: 职员 }
            permissions: [org.read]
        positions:
          - key: clerk
            name: { zh-Hans: 职员 }
            department: ops
            role: staff
        """;

    [Fact]
    [Trait("Requirement", "POL-1")]
    public void A_valid_pack_loads() => Assert.Equal("tiny", PackLoader.Parse(Valid).Pack);

    [Fact]
    [Trait("Requirement", "POL-1")]
    public void An_unknown_field_is_refused_with_its_line()
    {
        var e = Assert.Throws<PackLoadException>(() => PackLoader.Parse(Valid.Replace("    role: staff", "    role: staff\n    colour: red")));
        var error = Assert.Single(e.Errors);
        Assert.Equal(16, error.Line);
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public void A_reference_to_an_unknown_role_names_the_line_and_the_field()
    {
        var e = Assert.Throws<PackLoadException>(() => PackLoader.Parse(Valid.Replace("    role: staff", "    role: therapist")));
        var error = Assert.Single(e.Errors);
        Assert.Equal("positions[0].role", error.Field);
        Assert.Equal(15, error.Line);
        Assert.Contains("therapist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public void Every_problem_is_reported_at_once_and_nothing_loads()
    {
        var broken = Valid.Replace("permissions: [org.read]", "permissions: [org.read, fly]")
            .Replace("    department: ops", "    department: nowhere")
            + "\n  - key: clerk\n    name: { zh-Hans: 重复 }\n    department: ops\n    role: staff\n";
        var e = Assert.Throws<PackLoadException>(() => PackLoader.Parse(broken));
        Assert.Contains(e.Errors, x => x.Field == "roles[0].permissions" && x.Message.Contains("fly", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Field == "positions[0].department" && x.Line == 14);
        Assert.Contains(e.Errors, x => x.Field == "positions[1]" && x.Message.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public void A_rule_with_a_due_time_nobody_can_compute_is_refused_with_its_line()
    {
        var withRule = Valid + "\nrules:\n  - id: R-1\n    clause: x\n    when: a.b\n    due: soon\n    owner: role:staff\n";
        var e = Assert.Throws<PackLoadException>(() => PackLoader.Parse(withRule));
        var error = Assert.Single(e.Errors);
        Assert.Equal("rules[0].due", error.Field);
        Assert.Equal(20, error.Line);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    [Trait("Requirement", "ORG-2")]
    public void A_field_written_twice_is_refused_rather_than_the_last_one_silently_winning()
    {
        var twice = Valid.Replace("    permissions: [org.read]", "    permissions: [org.read]\n    permissions: [\"*\"]", StringComparison.Ordinal);
        var e = Assert.Throws<PackLoadException>(() => PackLoader.Parse(twice));
        Assert.Equal(11, Assert.Single(e.Errors).Line);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public void Malformed_yaml_is_refused_with_its_line()
    {
        var e = Assert.Throws<PackLoadException>(() => PackLoader.Parse("pack: x\nname: { zh-Hans: [unclosed\n"));
        Assert.True(Assert.Single(e.Errors).Line >= 2);
    }
}
