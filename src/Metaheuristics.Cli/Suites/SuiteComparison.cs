namespace Metaheuristics.Cli.Suites;

/// <summary>How a solver's runs compare with the reference solver's (the suite's first) on one measure.</summary>
internal enum SuiteComparison
{
    /// <summary>This is the reference solver.</summary>
    Reference,

    /// <summary>Significantly better (rank-sum, two-sided, α = 0.05): "+".</summary>
    Better,

    /// <summary>Significantly worse: "−".</summary>
    Worse,

    /// <summary>No significant difference: "≈".</summary>
    Similar,

    /// <summary>One side has no valid run (no feasible result), so there is nothing to test.</summary>
    Untested,
}
