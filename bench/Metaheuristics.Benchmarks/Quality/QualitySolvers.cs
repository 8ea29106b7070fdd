using Metaheuristics.Solvers;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Solvers.RandomSearch;

namespace Metaheuristics.Benchmarks.Quality;

/// <summary>The solver configurations the quality runs compare (defaults unless a name says otherwise).</summary>
internal static class QualitySolvers
{
    public static IReadOnlyList<(string Name, Func<ISolver> Create)> All { get; } =
    [
        ("ga", () => new GeneticAlgorithm()),
        ("random", () => new RandomSearchSolver()),
    ];
}
