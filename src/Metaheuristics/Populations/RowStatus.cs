namespace Metaheuristics.Populations;

/// <summary>Where a population row stands in the evaluation pipeline.</summary>
public enum RowStatus : byte
{
    /// <summary>Not scored (yet): sampled or bred, waiting for the evaluator, or skipped because the budget ran out or the run was cancelled.</summary>
    Pending,
    /// <summary>Scored: objectives, constraint values and violation are valid.</summary>
    Evaluated,
    /// <summary>The evaluation threw, returned NaN/∞, an error, or timed out; the row ranks worst and its message says why.</summary>
    Failed,
}
