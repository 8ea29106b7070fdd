using Metaheuristics.Spaces;

namespace Metaheuristics.Problems;

/// <summary>An expensive or I/O-bound problem (a simulator, a training run, a remote service).</summary>
public interface IAsyncProblem : IOptimizationProblem
{
    /// <summary>Scores one candidate. Should observe <paramref name="cancellationToken"/>, which fires on timeout or cancellation.</summary>
    /// <remarks>Throwing, returning <see cref="EvaluationResult.Failure"/>, NaN or ∞ marks the candidate failed; the run goes on.</remarks>
    ValueTask<EvaluationResult> EvaluateAsync(Candidate candidate, CancellationToken cancellationToken);

    /// <summary>
    /// How many evaluations the problem can usefully have in flight (for example worker processes × their pipeline),
    /// used when <see cref="Evaluation.EvaluatorOptions.MaxConcurrency"/> is not set. <value>The default is null: no preference.</value>
    /// </summary>
    int? PreferredConcurrency => null;
}
