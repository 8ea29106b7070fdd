using Metaheuristics.Spaces;

namespace Metaheuristics.Problems;

/// <summary>A cheap, CPU-bound problem evaluated in place, with no allocation.</summary>
public interface IProblem : IOptimizationProblem
{
    /// <summary>
    /// Scores one candidate: writes each objective (in the user's sense) into <paramref name="objectives"/> and each
    /// constraint value (inequalities g ≤ 0, then equalities h = 0) into <paramref name="constraints"/>.
    /// </summary>
    /// <remarks>
    /// Must be a pure function of the genome. Throwing, or writing NaN or ∞, marks the candidate failed; the run goes on.
    /// May be called from several threads at once when <see cref="ProblemSpec.IsThreadSafe"/> is true.
    /// </remarks>
    void Evaluate(Genome genome, Span<double> objectives, Span<double> constraints);
}
