using System.Net;
using System.Net.Http.Json;
using CenterOps.Platform.Data;
using CenterOps.Platform.Notifications;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Tests.Notifications;

/// <summary>
/// POL-1 "templates per language, per pack": a pack words the engine's messages itself, a rule can have its own, and
/// each person reads them in the language they chose in the console; a template the engine cannot fill is refused.
/// </summary>
public sealed class MessageTemplateTests : IAsyncLifetime
{
    // Monday 30 November 2026, 10:00 in Shanghai: the 2 h match rule is due at 12:00 the same day.
    readonly TestApp _app = TestApp.StartingAt(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    static string MiniYaml() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Packs", "mini.yaml"));

    const string Templates = """

        templates:
          - event: timer.warning
            subject:
              zh-Hans: "【提醒】{clause}"
              zh-Hant: "【提醒】{clause}（繁）"
              en: "Reminder: {rule} is due at {due}"
            body:
              zh-Hans: "{subject_type} {subject_id} 须于 {due} 前完成。"
              en: "{subject_type} {subject_id} must be done by {due} (Beijing time)."
          - event: timer.breach
            rule: MINI-MATCH-2H
            subject:
              zh-Hans: "【超时】咨询师匹配 {subject_id}"
              en: "Overdue: counsellor match for {subject_id}"
            body:
              zh-Hans: "2 小时匹配时限已于 {due} 到期。"
              en: "The 2-hour match limit passed at {due}."

        """;

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Each_person_gets_the_packs_words_in_their_own_language_and_a_rule_template_wins()
    {
        var admin = await _app.AdminAsync();
        await admin.PostOkAsync("/api/packs", new { yaml = MiniYaml() + Templates, note = "消息模板" });

        // One manager chooses English in the console; the other never chose (zh-Hans, the default).
        await _app.CreateUserAsync("zh-manager@test.cn", "manager", _app.CentreId);
        var english = await _app.SignedInAsync("manager");
        Assert.Equal(HttpStatusCode.Redirect, (await english.GetAsync("/culture?name=en&returnUrl=/")).StatusCode);
        var users = await _app.WithDbAsync(db => db.Users.Where(u => u.RoleKey == "manager").Select(u => new { u.Id, u.Culture }).ToListAsync());
        var en = Assert.Single(users, u => u.Culture == "en").Id;
        var zh = users.First(u => u.Culture is null).Id;

        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Platform.Rules.Rules>().RaiseAsync(new RuleEvent("booking.submitted", _app.CentreId, "booking", "B-77"), default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        var sweeper = _app.Services.GetRequiredService<TimerSweeper>();
        _app.Clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(1, (await sweeper.SweepAsync(default)).Warned);

        var warnings = await InAppAsync("warning");
        Assert.Equal("Reminder: MINI-MATCH-2H is due at 2026-11-30 12:00", warnings[en].Subject);
        Assert.Equal("booking B-77 must be done by 2026-11-30 12:00 (Beijing time).", warnings[en].Body);
        Assert.Equal("【提醒】2小时内匹配", warnings[zh].Subject);
        Assert.Equal("booking B-77 须于 2026-11-30 12:00 前完成。", warnings[zh].Body);

        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, (await sweeper.SweepAsync(default)).Breached);
        var breaches = await InAppAsync("breach");
        Assert.Equal("Overdue: counsellor match for B-77", breaches[en].Subject);
        Assert.Equal("【超时】咨询师匹配 B-77", breaches[zh].Subject);
        // The escalation has no template of its own: it reads as the breach.
        Assert.Equal("2 小时匹配时限已于 2026-11-30 12:00 到期。", (await InAppAsync("escalation"))[zh].Body);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task Without_a_template_the_built_in_text_is_written_in_the_persons_language()
    {
        var english = await _app.SignedInAsync("manager");
        await english.GetAsync("/culture?name=en&returnUrl=/");
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Platform.Rules.Rules>().RaiseAsync(new RuleEvent("booking.submitted", _app.CentreId, "booking", "B-1"), default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        _app.Clock.Advance(TimeSpan.FromMinutes(90));
        await _app.Services.GetRequiredService<TimerSweeper>().SweepAsync(default);

        var warning = Assert.Single((await InAppAsync("warning")).Values);
        Assert.StartsWith("Due soon", warning.Subject, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Requirement", "POL-1")]
    public async Task A_template_with_a_placeholder_its_event_cannot_fill_or_an_unknown_rule_is_refused_on_its_line()
    {
        var admin = await _app.AdminAsync();
        var before = await _app.CountAsync<PackVersion>();
        var broken = MiniYaml() + Templates.Replace("{subject_id} 须于", "{person} 须于", StringComparison.Ordinal)
            .Replace("rule: MINI-MATCH-2H", "rule: MINI-NOPE", StringComparison.Ordinal);

        var problem = await (await admin.PostAsJsonAsync("/api/packs", new { yaml = broken })).AssertProblemAsync(HttpStatusCode.BadRequest);

        var problems = problem.GetProperty("problems").EnumerateArray().Select(p => (
            Field: p.GetProperty("field").GetString(), Line: p.GetProperty("line").GetInt32(), Message: p.GetProperty("message").GetString()!)).ToList();
        var yamlLines = broken.Split('\n');
        var person = Assert.Single(problems, p => p.Field == "templates[0].body");
        Assert.Contains("{person}", person.Message, StringComparison.Ordinal);
        Assert.Contains("{person}", yamlLines[person.Line - 1], StringComparison.Ordinal);
        var rule = Assert.Single(problems, p => p.Field == "templates[1].rule");
        Assert.Contains("MINI-NOPE", yamlLines[rule.Line - 1], StringComparison.Ordinal);
        Assert.Equal(before, await _app.CountAsync<PackVersion>());
    }

    async Task<Dictionary<Guid, Notification>> InAppAsync(string step) => await _app.WithDbAsync(db => db.Set<Notification>().IgnoreQueryFilters()
        .Where(n => n.Channel == Channel.InApp && n.DedupKey != null && n.DedupKey.Contains($":{step}")).ToDictionaryAsync(n => n.RecipientUserId!.Value));
}
