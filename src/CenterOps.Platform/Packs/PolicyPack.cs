using System.Globalization;

namespace CenterOps.Platform.Packs;

/// <summary>
/// A regulation as data (POL-1): organisation, roles, staffing rules, time limits. Loaded from YAML in
/// <c>policy-packs/</c>; the schema is documented in <c>docs/policy-packs.md</c>.
/// </summary>
public sealed class PolicyPack
{
    public string Pack { get; set; } = "";
    public int Version { get; set; }
    public LocalizedText Name { get; set; } = new();
    public string Regulation { get; set; } = "";
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public BusinessHours BusinessHours { get; set; } = new();
    public List<PackDepartment> Departments { get; set; } = [];
    public List<PackRole> Roles { get; set; } = [];
    public List<PackPosition> Positions { get; set; } = [];
    public List<PackTag> ExperienceTags { get; set; } = [];
    public List<CompositionRule> Composition { get; set; } = [];
    public List<PackRule> Rules { get; set; } = [];
    public List<PackTemplate> Templates { get; set; } = [];
    public List<Questionnaires.Questionnaire> Questionnaires { get; set; } = [];
    /// <summary>CARE-2: what the regulation calls the initial assessment report (WA: 职场适应初步评估报告).</summary>
    public LocalizedText? AssessmentReportTitle { get; set; }
    /// <summary>CRM-2: what reception asks a new client beyond name and contact (career stage, delivery date…).</summary>
    public List<IntakeField> IntakeForm { get; set; } = [];
    /// <summary>SEC-2: the consents asked separately before sensitive information is stored, with their wording.</summary>
    public List<PackConsent> Consents { get; set; } = [];
    /// <summary>CRM-3: who may be served; absent when the regulation sets no admission criteria.</summary>
    public PackScreening? Screening { get; set; }
    public PackDemo? Demo { get; set; }
}

/// <summary>Text in zh-Hans, zh-Hant and en; falls back to zh-Hans.</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText() : base(StringComparer.OrdinalIgnoreCase) { }

    public string Get(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (TryGetValue(c.Name, out var s))
            {
                return s;
            }
        }
        return TryGetValue("zh-Hans", out var d) ? d : Values.FirstOrDefault() ?? "";
    }

    public override string ToString() => Get(CultureInfo.CurrentUICulture);
}

public sealed class BusinessHours
{
    public string Start { get; set; } = "09:00";
    public string End { get; set; } = "18:00";
}

public sealed class PackDepartment
{
    public string Key { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    public string? Parent { get; set; }
    public string? Clause { get; set; }
}

public sealed class PackRole
{
    public string Key { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    public List<string> Permissions { get; set; } = [];
    /// <summary>"required" when holders must sign in with two factors (SEC-1).</summary>
    public string? TwoFactor { get; set; }
    public string? Clause { get; set; }

    public bool RequiresTwoFactor => string.Equals(TwoFactor, "required", StringComparison.OrdinalIgnoreCase);
}

public sealed class PackPosition
{
    public string Key { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    public string Department { get; set; } = "";
    public string Role { get; set; } = "";
    public string? ReportsTo { get; set; }
    public int? Headcount { get; set; }
    public LocalizedText? Duties { get; set; }
}

public sealed class PackTag
{
    public string Key { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
}

/// <summary>ORG-3: a staffing rule checked against the employee list.</summary>
public sealed class CompositionRule
{
    public string Id { get; set; } = "";
    public string Clause { get; set; } = "";
    /// <summary>headcount | min-years | share-with-tag</summary>
    public string Kind { get; set; } = "";
    public List<string> Positions { get; set; } = [];
    public int? Min { get; set; }
    public int? Max { get; set; }
    public int? MinYears { get; set; }
    public List<string> Tags { get; set; } = [];
    public int? MinPercent { get; set; }
}

/// <summary>POL-1: a time limit or quota of the regulation. Run by the timer engine.</summary>
public sealed class PackRule
{
    public string Id { get; set; } = "";
    /// <summary>Optional short name of the rule in each language (POL-2 shows it in the compliance view); the clause otherwise.</summary>
    public LocalizedText? Title { get; set; }
    public string Clause { get; set; } = "";
    public string When { get; set; } = "";
    public string Due { get; set; } = "";
    public string Owner { get; set; } = "";
    public string? WarnAt { get; set; }
    public string? EscalateTo { get; set; }
    public string? DoneWhen { get; set; }
    public bool Pausable { get; set; }
}

/// <summary>
/// POL-1: the words of a message the engine sends — for one event kind, optionally only for one rule — in each
/// language. Placeholders in braces are filled from the timer or quota (see <c>MessageTemplates.Events</c>).
/// </summary>
public sealed class PackTemplate
{
    public string Event { get; set; } = "";
    public string? Rule { get; set; }
    public LocalizedText Subject { get; set; } = new();
    public LocalizedText Body { get; set; } = new();
}

/// <summary>CRM-2: one question of the intake form. <c>max</c> is a text's length or a number's largest value.</summary>
public sealed class IntakeField
{
    public const string TextType = "text";
    public const string NumberType = "number";
    public const string ChoiceType = "choice";
    public const string DateType = "date";
    public const string BooleanType = "boolean";
    public static readonly IReadOnlyList<string> Types = [TextType, NumberType, ChoiceType, DateType, BooleanType];

    public string Key { get; set; } = "";
    public LocalizedText Label { get; set; } = new();
    public string Type { get; set; } = TextType;
    public bool Required { get; set; }
    public List<IntakeOption> Options { get; set; } = [];
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public string? Clause { get; set; }
}

public sealed class IntakeOption
{
    public string Key { get; set; } = "";
    public LocalizedText Label { get; set; } = new();
}

/// <summary>SEC-2: a consent text; records keep <see cref="Id"/> and <see cref="Version"/> of the words the client agreed to.</summary>
public sealed class PackConsent
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    /// <summary>What the consent covers: sensitive-information (intake details, screening answers…).</summary>
    public string Purpose { get; set; } = "";
    public LocalizedText Text { get; set; } = new();
    public string? Clause { get; set; }
}

/// <summary>CRM-3: admission criteria. A question answered otherwise than <see cref="ScreeningQuestion.Expect"/> makes the client ineligible, or referred.</summary>
public sealed class PackScreening
{
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public string? Clause { get; set; }
    public List<ScreeningQuestion> Questions { get; set; } = [];
}

public sealed class ScreeningQuestion
{
    public const string NotEligible = "not-eligible";
    public const string Refer = "refer";

    public string Key { get; set; } = "";
    public LocalizedText Label { get; set; } = new();
    /// <summary>The answer that lets the client in.</summary>
    public bool Expect { get; set; } = true;
    /// <summary>not-eligible | refer (to a medical institution: no counselling starts).</summary>
    public string Otherwise { get; set; } = NotEligible;
    public string? Clause { get; set; }
}

public sealed class PackDemo
{
    public DemoCentre Centre { get; set; } = new();
    public List<DemoCentre> Branches { get; set; } = [];
    public List<DemoStaff> Staff { get; set; } = [];
}

public sealed class DemoCentre
{
    public string Name { get; set; } = "";
    public string? City { get; set; }
}

public sealed class DemoStaff
{
    public string Name { get; set; } = "";
    public string Position { get; set; } = "";
    public int Years { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<string> Industries { get; set; } = [];
    public List<string> Qualifications { get; set; } = [];
    public string? SignIn { get; set; }
}
