using Metaheuristics.Spaces;

namespace Metaheuristics.Problems.Tsp;

/// <summary>A symmetric travelling-salesman problem over a permutation space: minimize the closed tour's length.</summary>
public sealed class TravellingSalesman : IProblem
{
    /// <summary>Creates the problem for <paramref name="instance"/>, with its optimal length when known.</summary>
    public TravellingSalesman(TsplibInstance instance, long? optimalLength = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Instance = instance;
        Spec = new ProblemSpec
        {
            Name = name ?? instance.Name,
            Space = SearchSpace.Permutation(instance.Dimension),
            Objectives = [ObjectiveSpec.Minimize("length")],
            KnownOptimum = optimalLength,
        };
    }

    /// <summary>The instance.</summary>
    public TsplibInstance Instance { get; }

    /// <inheritdoc/>
    public ProblemSpec Spec { get; }

    /// <inheritdoc/>
    public void Evaluate(Genome genome, Span<double> objectives, Span<double> constraints) =>
        objectives[0] = Instance.TourLength(genome.Integers);
}
