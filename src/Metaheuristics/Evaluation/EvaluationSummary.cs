namespace Metaheuristics.Evaluation;

/// <summary>What one call to an evaluator did.</summary>
/// <param name="Evaluated">Rows scored successfully.</param>
/// <param name="Failed">Rows whose evaluation failed (they count against the budget).</param>
public readonly record struct EvaluationSummary(int Evaluated, int Failed)
{
    /// <summary>Rows that used budget: evaluated or failed.</summary>
    public int Attempted => Evaluated + Failed;
}
