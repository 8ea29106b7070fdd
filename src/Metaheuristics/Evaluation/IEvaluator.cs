using Metaheuristics.Populations;

namespace Metaheuristics.Evaluation;

/// <summary>
/// The one seam through which every solver gets fitness: scores every row of a batch in place (objectives minimized,
/// constraint values, violation, status) and reports what it did.
/// </summary>
/// <remarks>
/// One evaluator serves one run. Failures are recorded against their rows; under <see cref="FailurePolicy.Stop"/> the
/// evaluator throws <see cref="EvaluationFailedException"/> after recording. On cancellation it returns promptly, leaving
/// unscored rows <see cref="RowStatus.Pending"/> and keeping every row already scored.
/// </remarks>
public interface IEvaluator : IAsyncDisposable
{
    /// <summary>Scores the rows of <paramref name="batch"/>, all of which must be pending.</summary>
    ValueTask<EvaluationSummary> EvaluateAsync(EvaluationBatch batch, CancellationToken cancellationToken);
}
