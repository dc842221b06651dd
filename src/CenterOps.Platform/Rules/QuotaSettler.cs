using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CenterOps.Platform.Rules;

/// <summary>
/// POL-1: closes quota periods by itself — shortly after a month, quarter, half-year or year ends, every person's
/// standing on each quota rule is settled into the compliance record (<see cref="Quotas.SettleEndedPeriodsAsync"/>).
/// Safe with several nodes: a period is stored once.
/// </summary>
public sealed class QuotaSettler(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<QuotaSettler> log)
    : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    /// <summary>One pass at the current time. Tests call it after moving the clock.</summary>
    public async Task<int> SettleAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Quotas>().SettleEndedPeriodsAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Same switch as the timer sweeper: a node that does not sweep does not settle either.
        if (!configuration.GetValue("Rules:Sweeper:Enabled", true))
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                if (await SettleAsync(stoppingToken) is > 0 and var n)
                {
                    log.LogInformation("Settled {Count} quota periods", n);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Settling quota periods failed; it will run again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
