using Metaheuristics.Operators.Crossover;
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
        // GeneticSharp's TSP set-up keeps 100 tours; the tour defaults keep 25.
        ("ga (population 100)", () => new GeneticAlgorithm(new GeneticAlgorithmOptions { PopulationSize = 100 })),
        // The general defaults, which tours had before they got their own.
        ("ga (ERX, μ+λ, 100)", () => new GeneticAlgorithm(new GeneticAlgorithmOptions
        {
            PopulationSize = 100, CrossoverProbability = 0.9, PermutationCrossover = new EdgeRecombinationCrossover(), Replacement = Replacement.MuPlusLambda,
        })),
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
            "sa (earlier tour settings)" or "ga (population 100)" or "ga (ERX, μ+λ, 100)" => tour,
            _ => true,
        };
    }
}
