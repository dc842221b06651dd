using System.Globalization;
using System.Text;
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
        var warnedTimers = await timers.AsNoTracking().Where(t => t.ClaimedBy == warnClaim).ToListAsync(ct);
        var breachedTimers = await timers.AsNoTracking().Where(t => t.ClaimedBy == breachClaim).ToListAsync(ct);
        var claimed = warnedTimers.Concat(breachedTimers).ToList();
        var centrePacks = new Dictionary<Guid, Packs.PolicyPack?>();
        foreach (var centre in claimed.Select(t => t.CentreId).Distinct())
        {
            centrePacks[centre] = (await packs.ForCentreAsync(centre, ct))?.Pack;
        }

        // POL-1 at volume: everyone told in this sweep is read at once, not with one query per timer.
        var (byId, byRole) = await notifier.RecipientsAsync(
            claimed.Where(t => t.OwnerUserId is not null).Select(t => t.OwnerUserId!.Value).ToHashSet(),
            claimed.Where(t => t.OwnerUserId is null && t.OwnerRole is not null).Select(t => (t.CentreId, t.OwnerRole!))
                .Concat(breachedTimers.Where(t => t.EscalateToRole is not null).Select(t => (t.CentreId, t.EscalateToRole!)))
                .ToHashSet(), ct);
        // The owner, or every holder of the owning role (each with a key of their own, as Notifier.ToRoleAsync keys them).
        IEnumerable<(Notifier.Recipient To, string Suffix)> Owners(RuleTimer t) =>
            t.OwnerUserId is { } user
                ? byId.TryGetValue(user, out var r) ? [(r, "")] : []
                : t.OwnerRole is { } role ? byRole[(t.CentreId, role)].Select(r => (r, $":{r.Id}")) : [];

        var messages = new List<Message>();
        foreach (var t in warnedTimers)
        {
            messages.AddRange(Owners(t).Select(o => new Message(o.To, t, "timer.warning", $"timer:{t.Id}:warning{o.Suffix}")));
        }
        foreach (var t in breachedTimers)
        {
            messages.AddRange(Owners(t).Select(o => new Message(o.To, t, "timer.breach", $"timer:{t.Id}:breach{o.Suffix}")));
            if (t.EscalateToRole is { } role)
            {
                messages.AddRange(byRole[(t.CentreId, role)].Select(to => new Message(to, t, "timer.escalation", $"timer:{t.Id}:escalation:{to.Id}")));
            }
        }

        var outbox = new List<Notification>();
        foreach (var group in messages.GroupBy(m => (m.To.Id, Warning: m.Step == "timer.warning")))
        {
            var list = group.ToList();
            if (list.Count <= DigestAbove)
            {
                foreach (var m in list)
                {
                    var (subject, body) = ComposeMessage(m.Step, m.Timer, centrePacks[m.Timer.CentreId], text)(m.To.Culture);
                    notifier.Queue(outbox, m.To, subject, body, m.Key);
                }
            }
            else
            {
                var (subject, body) = Digest(list, group.Key.Warning, centrePacks, text);
                notifier.Queue(outbox, list[0].To, subject, body, $"timer-digest:{(group.Key.Warning ? warnClaim : breachClaim)}:{group.Key.Id}");
            }
        }
        await notifier.SaveBatchAsync(outbox, ct);
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

    /// <summary>One message of a sweep before it is worded: to whom, about which timer, for which step.</summary>
    sealed record Message(Notifier.Recipient To, RuleTimer Timer, string Step, string Key);

    /// <summary>
    /// POL-1: more warnings (or breaches and escalations) than this for one person in one sweep are sent as one message
    /// listing them — a manager whose team has 500 deadlines due does not want 500 e-mails. Each timer is still claimed,
    /// and so warned or breached, exactly once.
    /// </summary>
    internal const int DigestAbove = 20;

    const int DigestBodyLength = 3900; // ntf_notifications.Body holds 4,000

    /// <summary>The digest of one person's messages of a sweep: each line in their language and the pack's words, soonest due first.</summary>
    static (string Subject, string Body) Digest(List<Message> list, bool warning, Dictionary<Guid, Packs.PolicyPack?> packs,
        IStringLocalizer<SharedResource> text)
    {
        var culture = list[0].To.Culture;
        var body = new StringBuilder();
        var listed = 0;
        foreach (var m in list.OrderBy(m => m.Timer.DueAt))
        {
            var pack = packs[m.Timer.CentreId];
            var (subject, _) = ComposeMessage(m.Step, m.Timer, pack, text)(culture);
            var due = CentreTime.ToLocal(m.Timer.DueAt, pack?.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var line = $"{subject} · {m.Timer.SubjectType} {m.Timer.SubjectId} · {due}";
            if (body.Length + line.Length > DigestBodyLength - 100)
            {
                break;
            }
            body.AppendLine(line);
            listed++;
        }
        return MessageTemplates.InCulture(culture, () => (
            text[warning ? "Rules.Digest.Warning.Subject" : "Rules.Digest.Breach.Subject", list.Count].Value,
            listed < list.Count ? body.Append(text["Rules.Digest.More", list.Count - listed].Value).ToString() : body.ToString().TrimEnd()));
    }

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
