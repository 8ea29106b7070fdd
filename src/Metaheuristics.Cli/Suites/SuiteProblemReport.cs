namespace Metaheuristics.Cli.Suites;

/// <summary>Everything a suite report says of one problem: its rows, and per solver the median convergence curve and each measure's values.</summary>
internal sealed record SuiteProblemReport(
    string Problem,
    SuiteProblemFacts Facts,
    IReadOnlyList<SuiteMeasure> Measures,
    IReadOnlyList<SuiteRow> Rows,
    IReadOnlyDictionary<string, IReadOnlyList<(double Evaluations, double Value)>> MedianCurves,
    IReadOnlyDictionary<(string Solver, string Measure), double[]> Values);
