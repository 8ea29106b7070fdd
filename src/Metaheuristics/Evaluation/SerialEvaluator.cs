using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Evaluation;

/// <summary>Scores rows one after another on the calling thread: the reference every other evaluator must match.</summary>
public sealed class SerialEvaluator : IEvaluator
{
    private readonly IProblem _problem;
    private readonly RowScorer _scorer;
    private readonly FailurePolicy _failurePolicy;

    /// <summary>Creates a serial evaluator for <paramref name="problem"/>.</summary>
    public SerialEvaluator(IProblem problem, FailurePolicy failurePolicy = FailurePolicy.Continue)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problem = problem;
        _scorer = new RowScorer(problem.Spec);
        _failurePolicy = failurePolicy;
    }

    /// <inheritdoc/>
    public ValueTask<EvaluationSummary> EvaluateAsync(EvaluationBatch batch, CancellationToken cancellationToken)
    {
        int evaluated = 0, failed = 0;
        for (int row = batch.Start; row < batch.End; row++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            if (_scorer.EvaluateRow(_problem, batch.Population, row))
            {
                evaluated++;
            }
            else
            {
                failed++;
                if (_failurePolicy == FailurePolicy.Stop)
                {
                    throw RowScorer.FirstFailure(batch)!;
                }
            }
        }
        return ValueTask.FromResult(new EvaluationSummary(evaluated, failed));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
