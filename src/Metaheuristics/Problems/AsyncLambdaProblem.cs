using Metaheuristics.Spaces;

namespace Metaheuristics.Problems;

/// <summary>An <see cref="IAsyncProblem"/> made from a delegate.</summary>
internal sealed class AsyncLambdaProblem(ProblemSpec spec, Func<Candidate, CancellationToken, ValueTask<EvaluationResult>> evaluate) : IAsyncProblem
{
    public ProblemSpec Spec { get; } = spec;

    public ValueTask<EvaluationResult> EvaluateAsync(Candidate candidate, CancellationToken cancellationToken) => evaluate(candidate, cancellationToken);
}
