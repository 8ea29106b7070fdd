using Metaheuristics.Operators.Crossover;
using Metaheuristics.Operators.Mutation;
using Metaheuristics.Operators.Selection;
using Metaheuristics.Solvers.Genetic;

namespace Metaheuristics.Cli.Catalog;

/// <summary>Maps the <c>--set</c> keys of <c>ga</c> to <see cref="GeneticAlgorithmOptions"/>.</summary>
internal static class GeneticAlgorithmEntry
{
    private static readonly Dictionary<string, Func<SolverSettings, object>> Crossovers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sbx"] = s => new SimulatedBinaryCrossover(s.Double("eta-c", 5)),
        ["blx"] = s => new BlendCrossover(s.Double("alpha", 0.5)),
        ["arithmetic"] = _ => new ArithmeticCrossover(),
        ["uniform"] = _ => new UniformCrossover(),
        ["one-point"] = _ => PointCrossover.OnePoint,
        ["two-point"] = _ => PointCrossover.TwoPoint,
        ["ox1"] = _ => new OrderCrossover(),
        ["pmx"] = _ => new PartiallyMappedCrossover(),
        ["cx"] = _ => new CycleCrossover(),
        ["erx"] = _ => new EdgeRecombinationCrossover(),
        ["ox2"] = _ => new OrderBasedCrossover(),
        ["position"] = _ => new PositionBasedCrossover(),
        ["alternating"] = _ => new AlternatingPositionCrossover(),
        ["inver-over"] = s => new InverOverCrossover(s.Probability("random-edge", 0.02)),
    };

    private static readonly Dictionary<string, Func<SolverSettings, object>> Mutations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["polynomial"] = s => new PolynomialMutation(s.Double("eta-m", 30)),
        ["gaussian"] = s => new GaussianMutation(s.Double("sigma", 0.1)),
        ["uniform"] = _ => new UniformMutation(),
        ["creep"] = s => new CreepMutation(s.Int("creep-step", 1, minimum: 1)),
        ["bit-flip"] = _ => new BitFlipMutation(),
        ["swap"] = _ => new PermutationMoveMutation(PermutationMove.Swap),
        ["insertion"] = _ => new PermutationMoveMutation(PermutationMove.Insertion),
        ["displacement"] = _ => new PermutationMoveMutation(PermutationMove.Displacement),
        ["inversion"] = _ => new PermutationMoveMutation(PermutationMove.Inversion),
        ["scramble"] = _ => new PermutationMoveMutation(PermutationMove.Scramble),
    };

    private static readonly Dictionary<string, Func<SolverSettings, ISelection>> Selections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tournament"] = s => new TournamentSelection(s.Int("tournament-size", 2, minimum: 1)),
        ["roulette"] = _ => new RouletteWheelSelection(),
        ["sus"] = _ => new StochasticUniversalSampling(),
        ["rank"] = s => new LinearRankSelection(s.Double("pressure", 1.5)),
        ["truncation"] = s => new TruncationSelection(s.Double("truncation", 0.5)),
    };

    /// <summary>The values of the <c>clones</c> key, here and in <c>nsga2</c>: whether a child equal to a parent is mutated again.</summary>
    internal static readonly Dictionary<string, bool> CloneHandling = new(StringComparer.OrdinalIgnoreCase) { ["keep"] = false, ["remutate"] = true };

    private static readonly Dictionary<string, Replacement> Replacements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mu-plus-lambda"] = Replacement.MuPlusLambda,
        ["generational"] = Replacement.Generational,
        ["steady-state"] = Replacement.SteadyState,
        ["parent-child"] = Replacement.ParentChild,
    };

    public static SolverEntry Entry { get; } = new(
        "ga",
        "Genetic algorithm for real, integer, binary, permutation and mixed spaces",
        [
            new SettingKey("offspring", "children per generation (λ)", "pop, or 2 for steady-state"),
            new SettingKey("pc", "crossover probability", "0.9; 1 on a tour"),
            new SettingKey("pm", "per-gene mutation rate", "1/n per lane; 0 on a tour bred by inver-over"),
            new SettingKey("selection", string.Join("|", Selections.Keys), "tournament"),
            new SettingKey("tournament-size", "contestants per tournament", "2"),
            new SettingKey("pressure", "linear-rank selection pressure in [1, 2]", "1.5"),
            new SettingKey("truncation", "share of parents that breed under truncation", "0.5"),
            new SettingKey("crossover", string.Join("|", Crossovers.Keys) + " (applies to every lane it fits)", "sbx; uniform for bits; erx for permutations, inver-over on a tour"),
            new SettingKey("mutation", string.Join("|", Mutations.Keys) + " (applies to every lane it fits)", "polynomial; bit-flip; inversion"),
            new SettingKey("eta-c", "SBX distribution index", "5"),
            new SettingKey("eta-m", "polynomial mutation distribution index", "30"),
            new SettingKey("alpha", "BLX-α", "0.5"),
            new SettingKey("random-edge", "inver-over's chance of a random city instead of the mate's neighbour", "0.02"),
            new SettingKey("sigma", "Gaussian step as a share of the range", "0.1"),
            new SettingKey("creep-step", "largest creep step", "1"),
            new SettingKey("replacement", string.Join("|", Replacements.Keys), "mu-plus-lambda; parent-child on a tour"),
            new SettingKey("elites", "parents kept by generational replacement", "1"),
            new SettingKey("clones", "keep a child equal to a parent or remutate it", "keep"),
        ],
        Create);

    private static GeneticAlgorithm Create(int? population, SolverSettings settings)
    {
        // Keys left out stay null, so a tour gets its own defaults (see GeneticAlgorithmOptions).
        var options = new GeneticAlgorithmOptions
        {
            PopulationSize = population,
            CrossoverProbability = settings.Has("pc") ? settings.Probability("pc", 0) : null,
            Replacement = settings.Has("replacement") ? settings.Choice("replacement", Replacements, Replacement.MuPlusLambda) : null,
            EliteCount = settings.Int("elites", 1, minimum: 0),
            RemutateClones = settings.Choice("clones", CloneHandling, false),
        };
        if (settings.Has("offspring"))
        {
            options = options with { OffspringCount = settings.Int("offspring", 0, minimum: 1) };
        }
        if (settings.Has("pm"))
        {
            options = options with { MutationRate = settings.Probability("pm", 0) };
        }
        options = options with { Selection = settings.Choice("selection", Selections, Selections["tournament"])(settings) };

        object crossover = settings.Choice("crossover", Crossovers, Crossovers["sbx"])(settings);
        options = options with
        {
            RealCrossover = crossover as IRealCrossover ?? options.RealCrossover,
            IntegerCrossover = crossover as IIntegerCrossover ?? options.IntegerCrossover,
            BinaryCrossover = crossover as IBinaryCrossover ?? options.BinaryCrossover,
            PermutationCrossover = crossover as IPermutationCrossover ?? options.PermutationCrossover,
        };
        object mutation = settings.Choice("mutation", Mutations, Mutations["polynomial"])(settings);
        options = options with
        {
            RealMutation = mutation as IRealMutation ?? options.RealMutation,
            IntegerMutation = mutation as IIntegerMutation ?? options.IntegerMutation,
            BinaryMutation = mutation as IBinaryMutation ?? options.BinaryMutation,
            PermutationMutation = mutation as IPermutationMutation ?? options.PermutationMutation,
        };
        // Keys read only by some operators (eta-c with sbx, …) are still known keys: read them so they are not rejected.
        settings.Double("eta-c", 5);
        settings.Double("eta-m", 30);
        settings.Double("alpha", 0.5);
        settings.Probability("random-edge", 0.02);
        settings.Double("sigma", 0.1);
        settings.Int("creep-step", 1, minimum: 1);
        settings.Int("tournament-size", 2, minimum: 1);
        settings.Double("pressure", 1.5);
        settings.Double("truncation", 0.5);
        return new GeneticAlgorithm(options);
    }
}
