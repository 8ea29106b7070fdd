using Metaheuristics.Solvers.Differential;

namespace Metaheuristics.Cli.Catalog;

/// <summary>Maps the <c>--set</c> keys of <c>de</c> to <see cref="DifferentialEvolutionOptions"/>.</summary>
internal static class DifferentialEvolutionEntry
{
    private static readonly Dictionary<string, DifferentialStrategy> Strategies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rand1"] = DifferentialStrategy.Rand1,
        ["best1"] = DifferentialStrategy.Best1,
        ["current-to-best1"] = DifferentialStrategy.CurrentToBest1,
    };

    private static readonly Dictionary<string, bool> Switches = new(StringComparer.OrdinalIgnoreCase) { ["on"] = true, ["off"] = false };

    public static SolverEntry Entry { get; } = new(
        "de",
        "Differential evolution (jDE self-adaptive, DE/rand/1/bin) for real, integer and mixed spaces",
        [
            new SettingKey("np", "population size (same as --pop)", "50"),
            new SettingKey("strategy", string.Join("|", Strategies.Keys), "rand1"),
            new SettingKey("f", "differential weight F (initial F under self-adaptation)", "0.5"),
            new SettingKey("cr", "crossover rate CR (initial CR under self-adaptation)", "0.9"),
            new SettingKey("self-adaptive", "on|off: jDE's per-individual F and CR", "on"),
        ],
        Create);

    private static DifferentialEvolution Create(int? population, SolverSettings settings) => new(new DifferentialEvolutionOptions
    {
        PopulationSize = settings.Int("np", population ?? 50, minimum: 4),
        Strategy = settings.Choice("strategy", Strategies, DifferentialStrategy.Rand1),
        DifferentialWeight = settings.Double("f", 0.5),
        CrossoverRate = settings.Probability("cr", 0.9),
        SelfAdaptive = settings.Choice("self-adaptive", Switches, true),
    });
}
