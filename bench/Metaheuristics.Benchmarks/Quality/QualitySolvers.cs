using Metaheuristics.Operators.Mutation;
using Metaheuristics.Solvers;
using Metaheuristics.Solvers.Annealing;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Solvers.RandomSearch;
using Metaheuristics.Solvers.Swarm;

namespace Metaheuristics.Benchmarks.Quality;

/// <summary>The solver configurations the quality runs compare (defaults unless a name says otherwise).</summary>
internal static class QualitySolvers
{
    public static IReadOnlyList<(string Name, Func<ISolver> Create)> All { get; } =
    [
        ("ga", () => new GeneticAlgorithm()),
        ("sa", () => new SimulatedAnnealing()),
        ("pso", () => new ParticleSwarm()),
        ("random", () => new RandomSearchSolver()),
        // The tour settings recommended before tours got their own defaults, kept to compare against.
        ("sa (earlier tour settings)", () => new SimulatedAnnealing(new SimulatedAnnealingOptions
        {
            Cooling = CoolingSchedule.Geometric, InitialAcceptance = 0.2, FinalTemperatureRatio = 1e-3, PermutationMoves = [PermutationMove.Inversion],
        })),
    ];

    /// <summary>The swarm flies over reals only, and the tour settings are for tours only.</summary>
    public static bool Handles(string solver, string problem)
    {
        bool tour = problem is "berlin52" or "kroa100" or "eil51" or "ch150" or "a280";
        return solver switch
        {
            "pso" => !tour,
            "sa (earlier tour settings)" => tour,
            _ => true,
        };
    }
}
