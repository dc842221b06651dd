using CenterOps.Platform.Packs;

namespace CenterOps.Tests.Clients;

/// <summary>CRM-2/CRM-3/SEC-2: a pack's intake form, consents and screening are checked at load, with the line of each problem.</summary>
public sealed class ClientPackSectionTests
{
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
            permissions: [org.read, clients.read, clients.manage]
        positions:
          - key: clerk
            name: { zh-Hans: 职员 }
            department: ops
            role: staff
        intake_form:
          - key: career_stage
            label: { zh-Hans: 职业阶段 }
            type: choice
            required: true
            options:
              - key: new-hire
                label: { zh-Hans: 新入职 }
          - key: industry
            label: { zh-Hans: 行业 }
            type: text
            max: 50
        consents:
          - id: tiny-consent
            version: 1
            purpose: sensitive-information
            text: { zh-Hans: 同意 }
        screening:
          min_age: 18
          max_age: 60
          questions:
            - key: severe_condition
              label: { zh-Hans: 严重精神疾病 }
              expect: false
              otherwise: refer
        """;

    [Fact]
    [Trait("Requirement", "CRM-2")]
    public void A_pack_with_an_intake_form_consent_and_screening_loads()
    {
        var pack = PackLoader.Parse(Valid);
        Assert.Equal(["career_stage", "industry"], pack.IntakeForm.Select(f => f.Key));
        Assert.Equal(60, pack.Screening!.MaxAge);
        Assert.Equal(ScreeningQuestion.Refer, pack.Screening.Questions.Single().Otherwise);
    }

    [Theory]
    [Trait("Requirement", "CRM-2")]
    [Trait("Requirement", "CRM-3")]
    [InlineData("    type: choice", "    type: colour", "intake_form[0].type", 19)]
    [InlineData("    max: 50", "    max: 0", "intake_form[1].max", 27)]
    [InlineData("    options:\n      - key: new-hire\n        label: { zh-Hans: 新入职 }\n", "", "intake_form[0].options", 17)]
    [InlineData("    options:\n      - key: new-hire\n        label: { zh-Hans: 新入职 }\n", "    options:\n", "intake_form[0].options", 21)]
    [InlineData("    purpose: sensitive-information", "    purpose: marketing", "consents[0].purpose", 31)]
    [InlineData("      otherwise: refer", "      otherwise: shrug", "screening.questions[0].otherwise", 40)]
    [InlineData("  max_age: 60", "  max_age: 16", "screening.min_age", 34)]
    public void A_wrong_client_section_is_refused_with_its_field_and_line(string find, string replace, string field, int line)
    {
        var yaml = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, yaml);
        var e = Assert.Throws<PackLoadException>(() => PackLoader.Parse(yaml));
        var error = Assert.Single(e.Errors, x => x.Field == field);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    [Trait("Requirement", "SEC-2")]
    public void An_intake_form_without_a_consent_to_ask_first_is_refused()
    {
        var withoutConsent = Valid[..Valid.IndexOf("consents:", StringComparison.Ordinal)];
        var e = Assert.Throws<PackLoadException>(() => PackLoader.Parse(withoutConsent));
        Assert.Contains(e.Errors, x => x.Field == "consents");
    }

    [Theory]
    [Trait("Requirement", "CRM-2")]
    [Trait("Requirement", "CRM-3")]
    [InlineData("workplace-adaptation", "career_stage", true)]
    [InlineData("postpartum-recovery", "delivery_type", false)]
    public void The_shipped_regulations_ask_their_intake_questions_with_consent_wording_in_three_languages(string name, string field, bool screens)
    {
        var pack = new PackCatalog(ShippedFolder()).Get(name);
        Assert.Contains(pack.IntakeForm, f => f.Key == field && f.Required && f.Label.Count == 3);
        var consent = Assert.Single(pack.Consents);
        Assert.Equal(3, consent.Text.Count);
        Assert.False(string.IsNullOrWhiteSpace(consent.Clause));
        Assert.Equal(screens, pack.Screening is not null);
        if (screens)
        {
            Assert.Equal((18, 60), (pack.Screening!.MinAge, pack.Screening.MaxAge));
            Assert.Contains(pack.Screening.Questions, q => q.Otherwise == ScreeningQuestion.Refer && !q.Expect);
        }
    }

    static string ShippedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CenterOps.slnx")))
            {
                return Path.Combine(dir.FullName, "policy-packs");
            }
        }
        throw new DirectoryNotFoundException("policy-packs");
    }
}
