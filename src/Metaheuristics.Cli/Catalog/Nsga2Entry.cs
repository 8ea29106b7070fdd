using Metaheuristics.Operators.Crossover;
using Metaheuristics.Operators.Mutation;
using Metaheuristics.Solvers.Nsga2;

namespace Metaheuristics.Cli.Catalog;

/// <summary>Maps the <c>--set</c> keys of <c>nsga2</c> to <see cref="Nsga2Options"/>.</summary>
internal static class Nsga2Entry
{
    public static SolverEntry Entry { get; } = new(
        "nsga2",
        "NSGA-II for multi-objective problems (any encoding; constrained domination)",
        [
            new SettingKey("preset", "published (Deb 2002) or tuned (lower-side, iterative, remutate: best measured against pagmo); sbx-spread, truncation and clones override it", "published"),
            new SettingKey("pc", "crossover probability", "0.9"),
            new SettingKey("pm", "per-gene mutation rate", "1/n per lane"),
            new SettingKey("eta-c", "SBX distribution index", "20"),
            new SettingKey("eta-m", "polynomial mutation distribution index", "20"),
            new SettingKey("sbx-spread", "per-side (each child truncated at its own bound, Deb) or lower-side (one spread for both, pagmo)", "per-side"),
            new SettingKey("truncation", "how the front that does not fit is cut: one-shot (Deb 2002) or iterative (Kukkonen & Deb 2006)", "one-shot"),
            new SettingKey("clones", "keep a child equal to a parent (as published) or remutate it", "keep"),
            new SettingKey("archive", "report every non-dominated point evaluated (true) or the final first front (false)", "false"),
        ],
        Create);

    private static Nsga2Solver Create(int? population, SolverSettings settings)
    {
        double etaC = settings.Double("eta-c", 20), etaM = settings.Double("eta-m", 20);
        Nsga2Options preset = settings.Choice("preset", new Dictionary<string, bool> { ["published"] = false, ["tuned"] = true }, false)
            ? Nsga2Options.Tuned
            : new Nsga2Options();
        SbxSpread spread = settings.Choice("sbx-spread", new Dictionary<string, SbxSpread>
        {
            ["per-side"] = SbxSpread.PerSide,
            ["lower-side"] = SbxSpread.LowerSideForBoth,
        }, (preset.RealCrossover as SimulatedBinaryCrossover)?.Spread ?? SbxSpread.PerSide);
        var options = new Nsga2Options
        {
            PopulationSize = population ?? 100,
            CrossoverProbability = settings.Probability("pc", 0.9),
            RealCrossover = new SimulatedBinaryCrossover(etaC, spread: spread),
            IntegerCrossover = new SimulatedBinaryCrossover(etaC, spread: spread),
            RealMutation = new PolynomialMutation(etaM),
            IntegerMutation = new PolynomialMutation(etaM),
            Truncation = settings.Choice("truncation", new Dictionary<string, CrowdingTruncation>
            {
                ["one-shot"] = CrowdingTruncation.OneShot,
                ["iterative"] = CrowdingTruncation.Iterative,
            }, preset.Truncation),
            RemutateClones = settings.Choice("clones", GeneticAlgorithmEntry.CloneHandling, preset.RemutateClones),
            UseArchive = settings.Choice("archive", new Dictionary<string, bool> { ["true"] = true, ["false"] = false }, false),
        };
        if (settings.Has("pm"))
        {
            options = options with { MutationRate = settings.Probability("pm", 0) };
        }
        return new Nsga2Solver(options);
    }
}
