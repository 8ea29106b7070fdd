namespace Metaheuristics.Cli.Suites;

/// <summary>A measure a suite report summarizes per (problem, solver) and tests solvers on.</summary>
/// <param name="Id">Its column name in results.csv (<c>hypervolume</c>, <c>igdPlus</c>, <c>best</c>, <c>error</c>).</param>
/// <param name="Label">Its name in report.md and on plots.</param>
/// <param name="LargerIsBetter">Which way is better: it decides the +/− marks.</param>
/// <param name="Read">The run's value, or null when the run has none (no feasible point).</param>
internal sealed record SuiteMeasure(string Id, string Label, bool LargerIsBetter, Func<SuiteRunOutcome, double?> Read);
