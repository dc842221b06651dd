using System.Net;
using System.Net.Http.Json;
using CenterOps.Platform.Audit;
using CenterOps.Platform.Data;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Clients;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Care;

/// <summary>
/// CARE-1, CARE-2 on the shipped WA regulation: the counsellor enters the scales, the scores suggest a type and severity,
/// the counsellor confirms them after the intake talk, the report is a PDF in Chinese, and each step meets its time limit.
/// </summary>
public sealed class AssessmentTests(WorkplaceAdaptationApp fixture) : IClassFixture<WorkplaceAdaptationApp>
{
    static readonly object Consent = new { consentId = "wa-sensitive-information", channel = "Online" };

    // Cognitive 5.00, skill 2.00, interpersonal 3.00; total 3.33 (see ScoringTests).
    static readonly Dictionary<string, string> Adaptability = new()
    {
        ["c1"] = "5",
        ["c2"] = "5",
        ["c3"] = "1",
        ["s1"] = "2",
        ["s2"] = "2",
        ["s3"] = "4",
        ["i1"] = "3",
        ["i2"] = "3",
        ["i3"] = "3",
    };

    static readonly Dictionary<string, string> Fit = new() { ["p1"] = "4", ["p2"] = "2", ["p3"] = "4", ["m1"] = "3", ["m2"] = "3", ["m3"] = "3" };

    async Task<Guid> ScreenedClientAsync(HttpClient staff, string name, bool severe = false)
    {
        var client = (await staff.RegisterAsync(ClientData.Client(name, age: 27,
            intake: new { career_stage = "new-hire", scenario = "role-change", industry = "互联网", position = "产品经理" }), Consent)).Id();
        (await staff.ScreenAsync(client, severe: severe)).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Plays the matching step, which is not built yet: the booking is matched, the assessment time limit opens.</summary>
    Task MatchAsync(Guid client) => fixture.App.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<Platform.Rules.Rules>().RaiseAsync(
            new RuleEvent("booking.matched", fixture.App.CentreId, "client", client.ToString()), default);
        await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });

    Task<RuleTimer?> TimerAsync(Guid client, string rule) => fixture.App.WithDbAsync(db => db.Set<RuleTimer>().IgnoreQueryFilters()
        .Where(t => t.SubjectId == client.ToString() && t.RuleId == rule).OrderByDescending(t => t.OpenedAt).FirstOrDefaultAsync());

    [Fact]
    [Trait("Requirement", "CARE-1")]
    [Trait("Requirement", "CARE-2")]
    [Trait("Requirement", "POL-1")]
    public async Task Scales_suggest_the_counsellor_confirms_the_report_is_a_chinese_pdf_and_each_step_meets_its_time_limit()
    {
        var counsellor = await fixture.App.SignedInAsync("counsellor");
        var client = await ScreenedClientAsync(counsellor, "林晓");
        await MatchAsync(client);
        Assert.Equal(TimerState.Open, (await TimerAsync(client, "WA-ASSESSMENT-2WD"))!.State);

        var first = await counsellor.PostOkAsync($"/api/care/clients/{client}/assessment/responses",
            new { questionnaireId = "wa-adaptability", answers = Adaptability });
        var scores = first.GetProperty("scores");
        Assert.Equal("5.00", scores.GetProperty("subscales")[0].GetProperty("value").GetDecimal().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("重度", scores.GetProperty("subscales")[0].GetProperty("label").GetString());
        Assert.Equal("cognitive", scores.GetProperty("suggestedType").GetString());
        Assert.Equal("moderate", scores.GetProperty("suggestedSeverity").GetString());
        var assessment = first.GetProperty("assessmentId").GetGuid();
        var second = await counsellor.PostOkAsync($"/api/care/clients/{client}/assessment/responses",
            new { questionnaireId = "wa-interpersonal-fit", answers = Fit });
        Assert.Equal(assessment, second.GetProperty("assessmentId").GetGuid()); // one assessment, two scales

        // After the talk the counsellor sees it differently: interpersonal, moderate. Notes are kept as text, never markup.
        var done = await counsellor.PostOkAsync($"/api/care/assessments/{assessment}/complete", new
        {
            version = second.GetProperty("version").GetGuid(),
            talkMinutes = 18,
            talkNotes = "<script>alert(1)</script>入职三个月，与团队沟通有顾虑。",
            difficultyType = "interpersonal",
            severity = "moderate",
        });
        Assert.Equal("interpersonal", done.GetProperty("difficultyType").GetString());
        Assert.Equal(TimerOutcome.Met, (await TimerAsync(client, "WA-ASSESSMENT-2WD"))!.Outcome);
        var report = await TimerAsync(client, "WA-REPORT-1WD");
        Assert.Equal(TimerState.Open, report!.State);

        var pdf = await counsellor.GetAsync($"/api/care/assessments/{assessment}/report.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        // Kept for people to look at (not asserted), like the browser tests' screenshots.
        await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), "centerops-assessment-report.pdf"), bytes, TestContext.Current.CancellationToken);
        var text = await Pdf.TextAsync(bytes);
        Assert.Contains("职场适应初步评估报告", text, StringComparison.Ordinal);
        Assert.Contains("林晓", text, StringComparison.Ordinal);
        Assert.Contains("职场适应力量表", text, StringComparison.Ordinal);
        Assert.Contains("人际适配性测评", text, StringComparison.Ordinal);
        Assert.Contains("5.00", text, StringComparison.Ordinal);
        Assert.Contains("3.33", text, StringComparison.Ordinal);
        Assert.Contains("认知型", text, StringComparison.Ordinal); // suggested
        Assert.Contains("人际型", text, StringComparison.Ordinal); // confirmed
        Assert.Contains("<script>alert(1)</script>入职三个月", text, StringComparison.Ordinal);
        Assert.True(await fixture.App.WithDbAsync(db => db.Set<AuditEntry>().IgnoreQueryFilters()
            .AnyAsync(e => e.EntityType == "Assessment" && e.EntityId == assessment.ToString() && e.Action == AuditAction.Read)));

        await counsellor.PostOkAsync($"/api/care/assessments/{assessment}/delivered", new { });
        Assert.Equal(TimerOutcome.Met, (await TimerAsync(client, "WA-REPORT-1WD"))!.Outcome);
        Assert.Equal(TimerState.Open, (await TimerAsync(client, "WA-PLAN-1WD"))!.State);

        var again = await counsellor.PostAsJsonAsync($"/api/care/assessments/{assessment}/complete", new
        {
            version = done.GetProperty("version").GetGuid(),
            talkMinutes = 20,
            difficultyType = "skill",
            severity = "mild",
        });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    [Trait("Requirement", "CRM-3")]
    [Trait("Requirement", "CARE-2")]
    public async Task A_referred_client_cannot_be_assessed_and_nothing_is_stored()
    {
        var counsellor = await fixture.App.SignedInAsync("counsellor");
        var client = await ScreenedClientAsync(counsellor, "危机客户", severe: true);

        var refused = await counsellor.PostAsJsonAsync($"/api/care/clients/{client}/assessment/responses",
            new { questionnaireId = "wa-adaptability", answers = Adaptability });

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("转介", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.Set<Modules.Care.Domain.Assessment>().IgnoreQueryFilters()
            .CountAsync(a => a.ClientId == client)));
    }

    [Fact]
    [Trait("Requirement", "CARE-1")]
    [Trait("Requirement", "CARE-2")]
    public async Task Wrong_answers_and_conclusions_are_refused_field_by_field_and_other_roles_are_kept_out()
    {
        var counsellor = await fixture.App.SignedInAsync("counsellor");
        var client = await ScreenedClientAsync(counsellor, "填错的客户");
        var url = $"/api/care/clients/{client}/assessment/responses";

        var unknown = await (await counsellor.PostAsJsonAsync(url, new { questionnaireId = "horoscope", answers = Adaptability }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(unknown.FieldErrors("questionnaireId"));
        var wrong = new Dictionary<string, string>(Adaptability) { ["c1"] = "9", ["extra"] = "1" };
        wrong.Remove("i3");
        var bad = await (await counsellor.PostAsJsonAsync(url, new { questionnaireId = "wa-adaptability", answers = wrong }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("answers.c1"));
        Assert.NotEmpty(bad.FieldErrors("answers.i3"));
        Assert.NotEmpty(bad.FieldErrors("answers.extra"));
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.Set<Modules.Care.Domain.Assessment>().IgnoreQueryFilters()
            .CountAsync(a => a.ClientId == client)));

        var cs = await fixture.App.SignedInAsync("cs-specialist");
        await (await cs.PostAsJsonAsync(url, new { questionnaireId = "wa-adaptability", answers = Adaptability }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);

        var ok = await counsellor.PostOkAsync(url, new { questionnaireId = "wa-adaptability", answers = Adaptability });
        var conclusion = await (await counsellor.PostAsJsonAsync($"/api/care/assessments/{ok.GetProperty("assessmentId").GetGuid()}/complete", new
        {
            version = ok.GetProperty("version").GetGuid(),
            talkMinutes = 0,
            difficultyType = "astrology",
            severity = "apocalyptic",
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(conclusion.FieldErrors("talkMinutes"));
        Assert.NotEmpty(conclusion.FieldErrors("difficultyType"));
        Assert.NotEmpty(conclusion.FieldErrors("severity"));
    }
}
