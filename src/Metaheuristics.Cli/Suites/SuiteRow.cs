using Metaheuristics.Statistics;

namespace Metaheuristics.Cli.Suites;

/// <summary>One (problem, solver, measure) line of a suite report.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Solver">The solver's id.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Runs">Runs made.</param>
/// <param name="FeasibleRuns">Runs that ended with a feasible result (all of them on unconstrained problems).</param>
/// <param name="Summary">The summary of the runs' values, or null when no run has one.</param>
/// <param name="PValue">The rank-sum p-value against the reference solver, or null for the reference itself or when untested.</param>
/// <param name="Comparison">Better, worse or similar than the reference.</param>
/// <param name="MeanSeconds">Mean time per run.</param>
internal sealed record SuiteRow(
    string Problem,
    string Solver,
    SuiteMeasure Measure,
    int Runs,
    int FeasibleRuns,
    SampleSummary? Summary,
    double? PValue,
    SuiteComparison Comparison,
    double MeanSeconds)
{
    public double FeasibleRate => Runs == 0 ? 0 : (double)FeasibleRuns / Runs;

    /// <summary>The best value of the runs in the measure's own direction, or null.</summary>
    public double? BestValue => Summary is null ? null : Measure.LargerIsBetter ? Summary.Maximum : Summary.Minimum;

    /// <summary>The worst value of the runs in the measure's own direction, or null.</summary>
    public double? WorstValue => Summary is null ? null : Measure.LargerIsBetter ? Summary.Minimum : Summary.Maximum;
}
