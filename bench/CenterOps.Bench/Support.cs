using System.Text.Json.Serialization;
using CenterOps.Platform.Rules;
using CenterOps.Platform.Security;

namespace CenterOps.Bench;

internal sealed record BenchOptions(string? Postgres, int Timers, int Records, int Rounds, string? Out)
{
    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions(null, 100_000, 1_000_000, 3, null);
        for (var i = 0; i < args.Length; i++)
        {
            o = args[i] switch
            {
                "--postgres" => o with { Postgres = args[++i] },
                "--timers" => o with { Timers = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) },
                "--records" => o with { Records = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) },
                "--rounds" => o with { Rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) },
                "--out" => o with { Out = args[++i] },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return o;
    }
}

internal sealed class BenchResult
{
    public required string Provider { get; init; }
    public int Timers { get; init; }
    public int Records { get; init; }
    public List<double> SweepSeconds { get; } = [];
    public List<double> UpdateSeconds { get; } = [];
    public int SweepMessages { get; set; }
    public double SweepRatio { get; set; }
    public List<ComplianceResult> Compliance { get; } = [];
    public List<string> Failures { get; } = [];
}

internal sealed class ComplianceResult
{
    public required string GroupBy { get; init; }
    public int Groups { get; set; }
    public List<double> ReportSeconds { get; } = [];
    public List<double> SqlSeconds { get; } = [];
    public double Ratio { get; set; }
    [JsonIgnore] public IReadOnlyList<ComplianceReport.Row>? Report { get; set; }
    [JsonIgnore] public IReadOnlyList<ComplianceReport.Row>? Sql { get; set; }
}

/// <summary>The report's query filter reads the current person's centre: the seeded one.</summary>
internal sealed class BenchStaff : ICurrentStaff
{
    public static Guid? Centre { get; set; }
    public Guid? UserId => null;
    public string? UserName => "bench";
    public Guid? CentreId => Centre;
    public string? RoleKey => null;
    public string? RemoteAddress => null;
    public bool Has(string permission) => true;
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
