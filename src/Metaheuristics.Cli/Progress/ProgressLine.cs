using System.Globalization;
using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Cli.Progress;

/// <summary>The figures a progress display shows for one generation report, formatted for people.</summary>
internal readonly record struct ProgressLine(string Evaluations, string Quality, string Feasible, string Rate, string Elapsed, string Eta)
{
    public static ProgressLine From(GenerationReport report, ProblemSpec spec, long budget)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        double seconds = Math.Max(report.Elapsed.TotalSeconds, 1e-9);
        double share = budget > 0 ? Math.Min(1, (double)report.Evaluations / budget) : 0;
        string quality = spec.IsMultiObjective
            ? report.Hypervolume is { } volume
                ? string.Create(c, $"hypervolume {volume:G6}, {report.ParetoSetSize} non-dominated")
                : string.Create(c, $"{report.ParetoSetSize} non-dominated")
            : report.BestObjective is { } best
                ? string.Create(c, $"best {best:G8}{(report.BestViolation is > 0 ? string.Create(c, $" (violation {report.BestViolation:G3})") : "")}")
                : "no successful evaluation yet";
        string failed = report.FailedEvaluations > 0 ? string.Create(c, $", {report.FailedEvaluations:N0} failed") : "";
        return new ProgressLine(
            string.Create(c, $"{report.Evaluations:N0}/{budget:N0} evaluations ({share:P0}){failed}"),
            quality,
            string.Create(c, $"feasible {report.FeasibleFraction:P0}"),
            string.Create(c, $"{report.Evaluations / seconds:N0} evaluations/s"),
            Duration(report.Elapsed.TotalSeconds),
            share > 0 && share < 1 ? Duration(seconds * (1 - share) / share) : "—");
    }

    public override string ToString() => $"{Evaluations} · {Quality} · {Feasible} · {Rate} · elapsed {Elapsed} · ETA {Eta}";

    private static string Duration(double seconds) => seconds switch
    {
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s"),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 60)} min {seconds % 60:00} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 3600)} h {(int)(seconds % 3600 / 60):00} min"),
    };
}
