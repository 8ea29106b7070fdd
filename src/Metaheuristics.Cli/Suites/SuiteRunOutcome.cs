namespace Metaheuristics.Cli.Suites;

/// <summary>What one finished suite run found, read back from the files its solve wrote.</summary>
/// <param name="Run">The run.</param>
/// <param name="RunId">Its id in the suite's store, or null when it is not stored.</param>
/// <param name="Facts">The problem's facts.</param>
/// <param name="Best">Single objective: the best value found (the user's sense); null when the run found nothing.</param>
/// <param name="Feasible">True when the best (single objective) or some front member (multi-objective) is feasible.</param>
/// <param name="Hypervolume">Multi-objective: the hypervolume of the final front at the problem's reference point.</param>
/// <param name="IgdPlus">Multi-objective: IGD+ of the final front to the reference front.</param>
/// <param name="Evaluations">Evaluations spent.</param>
/// <param name="ElapsedSeconds">The run's time.</param>
/// <param name="Curve">The convergence curve: (evaluations, value) per generation; the value is what <see cref="SuiteMeasures.CurveLabel"/> names.</param>
/// <param name="Reused">True when the run was already in the store and was not done again.</param>
internal sealed record SuiteRunOutcome(
    SuiteRunSpec Run,
    long? RunId,
    SuiteProblemFacts Facts,
    double? Best,
    bool Feasible,
    double? Hypervolume,
    double? IgdPlus,
    long Evaluations,
    double ElapsedSeconds,
    IReadOnlyList<(double Evaluations, double Value)> Curve,
    bool Reused)
{
    /// <summary>Single objective with a known optimum: |best − optimum|; else null.</summary>
    public double? Error => Best is { } best && Facts.KnownOptimum is { } optimum ? Math.Abs(best - optimum) : null;
}
