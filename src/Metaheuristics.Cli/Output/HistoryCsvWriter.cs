using System.Globalization;
using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Cli.Output;

/// <summary>
/// Writes <c>history.csv</c>: one row per generation of the run's history (<see cref="RunResult.History"/>) with
/// evaluations, failures, best and mean objective, feasible ratio, hypervolume (multi-objective, when a reference point
/// is known), the Pareto set's size and elapsed seconds.
/// </summary>
internal static class HistoryCsvWriter
{
    public const string Header = "generation,evaluations,failedEvaluations,best,bestViolation,mean,feasibleRatio,hypervolume,paretoSetSize,elapsedSeconds";

    public static void Write(TextWriter writer, IReadOnlyList<GenerationReport> reports)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        writer.WriteLine(Header);
        foreach (GenerationReport report in reports)
        {
            writer.WriteLine(string.Create(c,
                $"{report.Generation},{report.Evaluations},{report.FailedEvaluations},{Number(report.BestObjective)},{Number(report.BestViolation)},{Number(report.MeanObjective)},{report.FeasibleFraction:R},{Number(report.Hypervolume)},{report.ParetoSetSize},{report.Elapsed.TotalSeconds:0.######}"));
        }
    }

    private static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
