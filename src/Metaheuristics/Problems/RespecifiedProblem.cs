using Metaheuristics.Spaces;

namespace Metaheuristics.Problems;

/// <summary>A problem evaluated by another one under a changed spec (same space, objectives and constraint counts).</summary>
internal sealed class RespecifiedProblem(IProblem inner, ProblemSpec spec) : IProblem
{
    public ProblemSpec Spec { get; } = spec;

    public void Evaluate(Genome genome, Span<double> objectives, Span<double> constraints) => inner.Evaluate(genome, objectives, constraints);
}

/// <summary>The asynchronous form of <see cref="RespecifiedProblem"/>.</summary>
internal sealed class RespecifiedAsyncProblem(IAsyncProblem inner, ProblemSpec spec) : IAsyncProblem
{
    public ProblemSpec Spec { get; } = spec;

    public int? PreferredConcurrency => inner.PreferredConcurrency;

    public ValueTask<EvaluationResult> EvaluateAsync(Candidate candidate, CancellationToken cancellationToken) =>
        inner.EvaluateAsync(candidate, cancellationToken);
}
