using Metaheuristics.Spaces;

namespace Metaheuristics.Problems;

/// <summary>An <see cref="IProblem"/> made from a delegate.</summary>
internal sealed class LambdaProblem(ProblemSpec spec, GenomeObjective evaluate) : IProblem
{
    public ProblemSpec Spec { get; } = spec;

    public void Evaluate(Genome genome, Span<double> objectives, Span<double> constraints) => evaluate(genome, objectives, constraints);
}
