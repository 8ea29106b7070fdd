using Metaheuristics.Solvers.RandomSearch;

namespace Metaheuristics.Cli.Catalog;

/// <summary>The solvers <c>mh</c> can run, by id; the engine itself never selects behaviour by string.</summary>
internal static class SolverCatalog
{
    public static IReadOnlyList<SolverEntry> All { get; } =
    [
        new SolverEntry(
            "random",
            "Random search: draws each generation's batch uniformly from the space (the baseline)",
            [new SettingKey("batch", "candidates per generation (same as --pop)", "100")],
            (pop, settings) => new RandomSearchSolver(new RandomSearchOptions { BatchSize = settings.Int("batch", pop ?? 100, minimum: 1) })),
        GeneticAlgorithmEntry.Entry,
        SimulatedAnnealingEntry.Entry,
        ParticleSwarmEntry.Entry,
        DifferentialEvolutionEntry.Entry,
        Nsga2Entry.Entry,
    ];

    public static SolverEntry Find(string id)
    {
        foreach (SolverEntry entry in All)
        {
            if (entry.Id.Equals(id, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }
        throw new UsageException("--solver", $"unknown id '{id}'. Known: {string.Join(", ", All.Select(e => e.Id))}.");
    }
}
