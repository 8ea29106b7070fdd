using System.Globalization;
using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Cli.Output;

/// <summary>The few lines <c>mh solve</c> prints for a person.</summary>
internal static class SummaryPrinter
{
    private const int MaxGenesShown = 10;

    public static void Print(TextWriter output, ProblemSpec spec, RunResult result, string? resultPath)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c,
            $"{result.SolverName} on {result.ProblemName}: {result.Evaluations:N0} evaluations, {result.Generations} generations in {result.Elapsed.TotalSeconds:0.###} s ({Describe(result.TerminationReason.ToString())})"));
        if (result.FailedEvaluations > 0)
        {
            output.WriteLine(string.Create(c, $"failed evaluations: {result.FailedEvaluations:N0}"));
            if (result.Failures.Count > 0 && result.FailureMessage is null)
            {
                output.WriteLine(string.Create(c, $"first failure (candidate {result.Failures[0].Candidate.Id}): {result.Failures[0].Reason}"));
            }
        }
        if (result.FailureMessage is not null)
        {
            output.WriteLine($"stopped: {result.FailureMessage}");
        }
        if (spec.ConstraintCount > 0)
        {
            output.WriteLine(string.Create(c,
                $"constraints: {spec.InequalityCount} g, {spec.EqualityCount} h (|h| <= {result.EqualityTolerance:G3}), handled by {result.ConstraintHandlerName}"));
        }
        if (spec.IsMultiObjective)
        {
            output.WriteLine(string.Create(c, $"non-dominated set: {result.ParetoSet.Count} points"));
        }
        else if (result.Best is { } best)
        {
            string gap = spec.KnownOptimum is { } optimum
                ? string.Create(c, $" (known optimum {optimum:G6}, gap {Math.Abs(best.Objectives[0] - optimum):G4})")
                : "";
            output.WriteLine(string.Create(c, $"best f = {best.Objectives[0]:G10}{gap}{(best.IsFeasible ? "" : $", infeasible (violation {best.Violation:G4})")}"));
            double[] x = best.Candidate.DecodedValues();
            string shown = string.Join(", ", x.Take(MaxGenesShown).Select(v => v.ToString("G6", c)));
            output.WriteLine($"best x = [{shown}{(x.Length > MaxGenesShown ? $", … ({x.Length} values)" : "")}]");
        }
        else
        {
            output.WriteLine("no candidate was evaluated successfully");
        }
        if (resultPath is not null)
        {
            output.WriteLine($"wrote {resultPath}");
        }
    }

    /// <summary>Where the run was recorded, how to resume it, and whether the store failed.</summary>
    public static void PrintRecording(TextWriter output, Storage.RecordingMode mode, Storage.RunRecording recording, RunResult result)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        if (result.ReplayedEvaluations > 0 && mode == Storage.RecordingMode.Resume)
        {
            output.WriteLine(string.Create(c, $"resumed: {result.ReplayedEvaluations:N0} evaluations replayed from the store, {result.Evaluations - result.ReplayedEvaluations:N0} evaluated now"));
        }
        if (result.StoreFailure is not null)
        {
            output.WriteLine($"warning: the run store failed, so the run is recorded only up to its last checkpoint: {result.StoreFailure}");
        }
        if (recording.RunId is { } id && mode != Storage.RecordingMode.Replay)
        {
            output.WriteLine(string.Create(c, $"recorded as run {id} in {recording.StorePath}{(result.TerminationReason == Termination.TerminationReason.Cancelled ? $" (resume: mh runs resume {id})" : "")}"));
        }
    }

    private static string Describe(string reason) => string.Concat(reason.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
