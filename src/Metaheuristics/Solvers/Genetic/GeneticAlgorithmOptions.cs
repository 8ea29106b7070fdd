using Metaheuristics.Operators;
using Metaheuristics.Operators.Crossover;
using Metaheuristics.Operators.Mutation;
using Metaheuristics.Operators.Selection;
using Metaheuristics.Spaces;
using Metaheuristics.Validation;

namespace Metaheuristics.Solvers.Genetic;

/// <summary>
/// Options of <see cref="GeneticAlgorithm"/>. The defaults are the settings that do well across the standard suites:
/// binary tournament, SBX (η_c = 5) and polynomial mutation (η_m = 30) at one expected mutated gene per child for
/// reals and integers, edge recombination with inversion (the 2-opt move) for permutations inside a larger genome,
/// uniform crossover with bit flips for bits, crossover probability 0.9 and elitist (μ+λ) survival, which never loses
/// the best and keeps selection pressure steady.
/// <para>
/// A tour (a space that is one permutation) gets its own defaults for the fields left null: inver-over on every pair
/// with no separate mutation, each child dueling its own parent (<see cref="Replacement.ParentChild"/>), and 25
/// parents (fewer, down to 10, for a big tour on a small budget). Parent-child duels keep many distinct tours alive,
/// and the small population gives each lineage 3,000 generations within 75,000 evaluations. Measured over 31 seeds at
/// that budget (bench/results): berlin52 median 1.3 % above the optimum and kroA100 3.8 %, against 6.0 % and 21 % for
/// the general defaults.
/// </para>
/// </summary>
public sealed record GeneticAlgorithmOptions
{
    /// <summary>
    /// μ, the number of parents kept. <value>The default is null: 100, and on a tour 25, or fewer (down to 10) when
    /// the evaluation budget would give each lineage fewer than 30 generations per city.</value>
    /// </summary>
    public int? PopulationSize { get; init; }

    /// <summary>λ, children per generation. <value>The default is null: μ, or 2 for <see cref="Replacement.SteadyState"/>.</value></summary>
    public int? OffspringCount { get; init; }

    /// <summary>The chance a pair of parents is recombined (else copied). <value>The default is null: 0.9, and 1 on a tour.</value></summary>
    public double? CrossoverProbability { get; init; }

    /// <summary>
    /// The per-gene mutation rate; 0 turns mutation off. <value>The default is null: 1/(genes in the lane) for each
    /// lane, and one move per child for each permutation; none on a tour bred by inver-over, whose random edges are
    /// its mutation.</value>
    /// </summary>
    public double? MutationRate { get; init; }

    /// <summary>Parent selection. <value>The default is binary tournament.</value></summary>
    public ISelection Selection { get; init; } = new TournamentSelection(2);

    /// <summary>
    /// Crossover of the real lane (reals and real-coded parameters). <value>The default is SBX, η_c = 5: wide
    /// children keep the population exploring while elitist survival keeps the best.</value>
    /// </summary>
    public IRealCrossover RealCrossover { get; init; } = new SimulatedBinaryCrossover(5);

    /// <summary>Mutation of the real lane. <value>The default is polynomial, η_m = 30: small steps that refine.</value></summary>
    public IRealMutation RealMutation { get; init; } = new PolynomialMutation(30);

    /// <summary>Crossover of integer vectors. <value>The default is SBX with rounding, η_c = 5.</value></summary>
    public IIntegerCrossover IntegerCrossover { get; init; } = new SimulatedBinaryCrossover(5);

    /// <summary>Mutation of integer vectors. <value>The default is polynomial with rounding, η_m = 30.</value></summary>
    public IIntegerMutation IntegerMutation { get; init; } = new PolynomialMutation(30);

    /// <summary>Crossover of bit strings. <value>The default is uniform.</value></summary>
    public IBinaryCrossover BinaryCrossover { get; init; } = new UniformCrossover();

    /// <summary>Mutation of bit strings. <value>The default is bit flip.</value></summary>
    public IBinaryMutation BinaryMutation { get; init; } = new BitFlipMutation();

    /// <summary>
    /// Crossover of permutations. <value>The default is null: edge recombination (ERX), which passes on edges rather
    /// than positions, and inver-over on a tour.</value>
    /// </summary>
    public IPermutationCrossover? PermutationCrossover { get; init; }

    /// <summary>Mutation of permutations. <value>The default is inversion (reverse sequence, the 2-opt move).</value></summary>
    public IPermutationMutation PermutationMutation { get; init; } = new PermutationMoveMutation(PermutationMove.Inversion);

    /// <summary>
    /// How survivors are chosen. <value>The default is null: <see cref="Replacement.MuPlusLambda"/>, and
    /// <see cref="Replacement.ParentChild"/> on a tour.</value>
    /// </summary>
    public Replacement? Replacement { get; init; }

    /// <summary>Parents kept by <see cref="Replacement.Generational"/>. <value>The default is 1.</value></summary>
    public int EliteCount { get; init; } = 1;

    /// <summary>
    /// Mutate again a child that comes out of crossover and mutation equal to one of its parents (at most 8 more times),
    /// instead of spending an evaluation on a copy, as <see cref="Nsga2.Nsga2Options.RemutateClones"/> does.
    /// <value>The default is false.</value>
    /// </summary>
    public bool RemutateClones { get; init; }

    /// <summary>
    /// The settings in force on <paramref name="space"/> with the run's <paramref name="evaluationBudget"/> (null when
    /// it has none): every null field filled with its default there.
    /// </summary>
    /// <exception cref="OptionsValidationException">The elites do not fit in the population in force.</exception>
    internal GeneticSettings Resolve(SearchSpace space, long? evaluationBudget = null)
    {
        bool tour = space.IsPermutation;
        int population = PopulationSize ?? (tour ? TourPopulation(space.Segments[0].Length, evaluationBudget) : 100);
        Replacement replacement = Replacement ?? (tour ? Genetic.Replacement.ParentChild : Genetic.Replacement.MuPlusLambda);
        IPermutationCrossover permutationCrossover = PermutationCrossover ?? (tour ? new InverOverCrossover() : new EdgeRecombinationCrossover());
        double? mutationRate = MutationRate ?? (tour && permutationCrossover is InverOverCrossover ? 0 : null);
        var errors = new ValidationErrors(nameof(GeneticAlgorithmOptions));
        errors.Require(EliteCount < population, nameof(EliteCount), EliteCount, $"must be below the population in force ({population})");
        errors.ThrowIfAny();
        var operators = new BreedingOperators(CrossoverProbability ?? (tour ? 1 : 0.9), mutationRate,
            RealCrossover, RealMutation, IntegerCrossover, IntegerMutation, BinaryCrossover, BinaryMutation, permutationCrossover, PermutationMutation,
            RemutateClones);
        int offspring = OffspringCount ?? (replacement == Genetic.Replacement.SteadyState ? 2 : population);
        return new GeneticSettings(population, offspring, replacement, operators);
    }

    /// <summary>
    /// 25 parents, or fewer (down to 10) when the budget would give each lineage fewer than 30 generations per city:
    /// inver-over assembles a tour a few edges per generation, so a big tour on a small budget needs long lineages
    /// more than many of them. At 75,000 evaluations: 25 for berlin52 and kroA100, 16 for ch150, 10 for a280.
    /// </summary>
    private static int TourPopulation(int cities, long? evaluationBudget) =>
        evaluationBudget is { } budget ? (int)Math.Clamp(budget / (30L * cities), 10, 25) : 25;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(GeneticAlgorithmOptions));
        errors.Require(PopulationSize is null or >= 2, nameof(PopulationSize), PopulationSize, "must be at least 2");
        errors.Require(OffspringCount is null or > 0, nameof(OffspringCount), OffspringCount, "must be positive");
        errors.Require(CrossoverProbability is null or (>= 0 and <= 1), nameof(CrossoverProbability), CrossoverProbability, "must be in [0, 1]");
        errors.Require(MutationRate is null or (>= 0 and <= 1), nameof(MutationRate), MutationRate, "must be in [0, 1]");
        errors.Require(EliteCount >= 0 && (PopulationSize is null || EliteCount < PopulationSize), nameof(EliteCount), EliteCount, "must be in [0, PopulationSize)");
        errors.Require(Replacement is null || Enum.IsDefined(Replacement.Value), nameof(Replacement), Replacement, "is not a known replacement");
        errors.Require(Selection is not null, nameof(Selection), null, "must be set");
        errors.Require(RealCrossover is not null && RealMutation is not null, nameof(RealCrossover), null, "real operators must be set");
        errors.Require(IntegerCrossover is not null && IntegerMutation is not null, nameof(IntegerCrossover), null, "integer operators must be set");
        errors.Require(BinaryCrossover is not null && BinaryMutation is not null, nameof(BinaryCrossover), null, "binary operators must be set");
        errors.Require(PermutationMutation is not null, nameof(PermutationMutation), null, "must be set");
        errors.ThrowIfAny();
    }
}
