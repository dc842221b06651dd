using System.Globalization;
using CenterOps.Platform.Data;
using CenterOps.Platform.Localization;
using CenterOps.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-1: warns owners when a timer reaches its warning point and marks timers breached when their deadline
/// passes, escalating to the rule's escalation role. Each step is claimed by one conditional UPDATE, so when two
/// app nodes sweep one PostgreSQL database at once, every warning and escalation is sent exactly once.
/// </summary>
public sealed class TimerSweeper(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<TimerSweeper> log)
    : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public sealed record SweepResult(int Warned, int Breached);

    /// <summary>One sweep at the current time. Tests call it after moving the clock.</summary>
    public async Task<SweepResult> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var now = clock.GetUtcNow();
        var timers = db.Set<RuleTimer>().IgnoreQueryFilters();

        var warnClaim = Guid.CreateVersion7();
        var warned = await timers
            .Where(t => t.State == TimerState.Open && t.WarnAt <= now && t.WarnedAt == null && t.DueAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.WarnedAt, now).SetProperty(t => t.ClaimedBy, warnClaim), ct);
        var breachClaim = Guid.CreateVersion7();
        var breached = await timers
            .Where(t => t.State == TimerState.Open && t.DueAt <= now && t.BreachedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.BreachedAt, now).SetProperty(t => t.ClaimedBy, breachClaim), ct);
        if (warned + breached == 0)
        {
            return new SweepResult(0, 0);
        }

        var packs = scope.ServiceProvider.GetRequiredService<Packs.PackStore>();
        var centrePacks = new Dictionary<Guid, Packs.PolicyPack?>();
        async Task<Packs.PolicyPack?> PackOf(RuleTimer t)
        {
            if (!centrePacks.TryGetValue(t.CentreId, out var pack))
            {
                centrePacks[t.CentreId] = pack = (await packs.ForCentreAsync(t.CentreId, ct))?.Pack;
            }
            return pack;
        }

        foreach (var t in await timers.AsNoTracking().Where(t => t.ClaimedBy == warnClaim).ToListAsync(ct))
        {
            await NotifyOwnerAsync(notifier, t, ComposeMessage("timer.warning", t, await PackOf(t), text), $"timer:{t.Id}:warning", ct);
        }
        foreach (var t in await timers.AsNoTracking().Where(t => t.ClaimedBy == breachClaim).ToListAsync(ct))
        {
            var pack = await PackOf(t);
            await NotifyOwnerAsync(notifier, t, ComposeMessage("timer.breach", t, pack, text), $"timer:{t.Id}:breach", ct);
            if (t.EscalateToRole is { } role)
            {
                await notifier.ToRoleAsync(t.CentreId, role, ComposeMessage("timer.escalation", t, pack, text), $"timer:{t.Id}:escalation", ct);
            }
        }
        await db.SaveChangesAsync(ct);
        return new SweepResult(warned, breached);
    }

    /// <summary>
    /// The one place the words of a timer message are chosen: the centre pack's template for the step (or for the
    /// rule) in each recipient's language, else the built-in text. An escalation without its own template reads as
    /// the breach.
    /// </summary>
    static Func<CultureInfo, (string Subject, string Body)> ComposeMessage(string step, RuleTimer t, Packs.PolicyPack? pack,
        IStringLocalizer<SharedResource> text)
    {
        var due = CentreTime.ToLocal(t.DueAt, pack?.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["rule"] = t.RuleId,
            ["clause"] = pack?.Rules.FirstOrDefault(r => r.Id == t.RuleId)?.Clause ?? "",
            ["subject_type"] = t.SubjectType,
            ["subject_id"] = t.SubjectId,
            ["due"] = due,
        };
        var key = step == "timer.warning" ? "Rules.Warning" : "Rules.Breach";
        (string, string) BuiltIn() => (text[$"{key}.Subject", t.RuleId], text[$"{key}.Body", t.RuleId, t.SubjectType, t.SubjectId, due]);
        return culture => step == "timer.escalation"
            && pack?.Templates.Any(x => x.Event == step && (x.Rule is null || x.Rule == t.RuleId)) != true
                ? MessageTemplates.Compose(pack, "timer.breach", t.RuleId, culture, values, BuiltIn)
                : MessageTemplates.Compose(pack, step, t.RuleId, culture, values, BuiltIn);
    }

    static Task NotifyOwnerAsync(Notifier notifier, RuleTimer t, Func<CultureInfo, (string Subject, string Body)> write, string key,
        CancellationToken ct) =>
        t.OwnerUserId is { } user
            ? notifier.ToUserAsync(user, write, key, ct)
            : t.OwnerRole is { } role ? notifier.ToRoleAsync(t.CentreId, role, write, key, ct) : Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Rules:Sweeper:Enabled=false leaves sweeping to whoever calls SweepAsync (tests, or a dedicated node).
        if (!configuration.GetValue("Rules:Sweeper:Enabled", true))
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The timer sweep failed; it will run again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
