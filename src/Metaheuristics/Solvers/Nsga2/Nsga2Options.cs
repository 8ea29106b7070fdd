using Metaheuristics.Operators;
using Metaheuristics.Operators.Crossover;
using Metaheuristics.Operators.Mutation;
using Metaheuristics.Validation;

namespace Metaheuristics.Solvers.Nsga2;

/// <summary>Options of <see cref="Nsga2Solver"/>; the defaults are Deb et al. (2002): p_c = 0.9, SBX η_c = 20, polynomial η_m = 20, p_m = 1/n.</summary>
public sealed record Nsga2Options
{
    /// <summary>N, parents and offspring per generation. <value>The default is 100.</value></summary>
    public int PopulationSize { get; init; } = 100;

    /// <summary>The chance a pair of parents is recombined. <value>The default is 0.9.</value></summary>
    public double CrossoverProbability { get; init; } = 0.9;

    /// <summary>The per-gene mutation rate. <value>The default is null: 1/(genes in the lane), one move per permutation.</value></summary>
    public double? MutationRate { get; init; }

    /// <summary>Crossover of the real lane. <value>The default is SBX, η_c = 20.</value></summary>
    public IRealCrossover RealCrossover { get; init; } = new SimulatedBinaryCrossover(20);

    /// <summary>Mutation of the real lane. <value>The default is polynomial, η_m = 20.</value></summary>
    public IRealMutation RealMutation { get; init; } = new PolynomialMutation(20);

    /// <summary>Crossover of integer vectors. <value>The default is SBX with rounding, η_c = 20.</value></summary>
    public IIntegerCrossover IntegerCrossover { get; init; } = new SimulatedBinaryCrossover(20);

    /// <summary>Mutation of integer vectors. <value>The default is polynomial with rounding, η_m = 20.</value></summary>
    public IIntegerMutation IntegerMutation { get; init; } = new PolynomialMutation(20);

    /// <summary>Crossover of bit strings. <value>The default is uniform.</value></summary>
    public IBinaryCrossover BinaryCrossover { get; init; } = new UniformCrossover();

    /// <summary>Mutation of bit strings. <value>The default is bit flip.</value></summary>
    public IBinaryMutation BinaryMutation { get; init; } = new BitFlipMutation();

    /// <summary>Crossover of permutations. <value>The default is edge recombination.</value></summary>
    public IPermutationCrossover PermutationCrossover { get; init; } = new EdgeRecombinationCrossover();

    /// <summary>Mutation of permutations. <value>The default is inversion.</value></summary>
    public IPermutationMutation PermutationMutation { get; init; } = new PermutationMoveMutation(PermutationMove.Inversion);

    /// <summary>
    /// Report every non-dominated point evaluated during the run (an unbounded archive) rather than the final
    /// population's first front. <value>The default is false, as published.</value>
    /// </summary>
    public bool UseArchive { get; init; }

    /// <summary>
    /// How survival cuts the front that does not fit whole. <value>The default is
    /// <see cref="CrowdingTruncation.OneShot"/>, as published.</value>
    /// </summary>
    public CrowdingTruncation Truncation { get; init; } = CrowdingTruncation.OneShot;

    /// <summary>
    /// Mutate again a child that comes out of crossover and mutation equal to one of its parents (at most 8 more times),
    /// instead of spending an evaluation on a copy. With p_c = 0.9 and p_m = 1/n about one child in 28 is such a clone
    /// (a pair left uncrossed, then no gene mutated: 0.1 · (1 − 1/n)ⁿ ≈ 0.037). <value>The default is false, as
    /// published.</value>
    /// </summary>
    /// <remarks>
    /// pymoo's NSGA-II removes duplicates for the same reason (eliminate_duplicates). This is the cheaper form: only a
    /// child's own parents are compared, which is where clones come from. Over 31 seeds it raises the median hypervolume
    /// on ZDT1, ZDT2, ZDT3 and ZDT6 under every SBX and truncation setting (bench/results/2026-12-05-nsga2-quality.md).
    /// </remarks>
    public bool RemutateClones { get; init; }

    /// <summary>
    /// The settings that measured best against pagmo 2 on ZDT1–4, ZDT6, DTLZ1 and DTLZ2 (population 100, 25,100
    /// evaluations): the published ones with pagmo's SBX bound handling (<see cref="SbxSpread.LowerSideForBoth"/>),
    /// <see cref="CrowdingTruncation.Iterative"/> truncation and <see cref="RemutateClones"/>. Over 151 seeds its median
    /// hypervolume is above pagmo's own on all seven (bench/results/2026-12-05-nsga2-quality.md).
    /// </summary>
    public static Nsga2Options Tuned => new()
    {
        RealCrossover = new SimulatedBinaryCrossover(20, spread: SbxSpread.LowerSideForBoth),
        IntegerCrossover = new SimulatedBinaryCrossover(20, spread: SbxSpread.LowerSideForBoth),
        Truncation = CrowdingTruncation.Iterative,
        RemutateClones = true,
    };

    internal BreedingOperators ToBreedingOperators() => new(CrossoverProbability, MutationRate,
        RealCrossover, RealMutation, IntegerCrossover, IntegerMutation, BinaryCrossover, BinaryMutation, PermutationCrossover,
        PermutationMutation, RemutateClones);

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(Nsga2Options));
        errors.Require(PopulationSize >= 4, nameof(PopulationSize), PopulationSize, "must be at least 4");
        errors.Require(CrossoverProbability is >= 0 and <= 1, nameof(CrossoverProbability), CrossoverProbability, "must be in [0, 1]");
        errors.Require(MutationRate is null or (>= 0 and <= 1), nameof(MutationRate), MutationRate, "must be in [0, 1]");
        errors.Require(RealCrossover is not null && RealMutation is not null && IntegerCrossover is not null && IntegerMutation is not null
            && BinaryCrossover is not null && BinaryMutation is not null && PermutationCrossover is not null && PermutationMutation is not null,
            nameof(RealCrossover), null, "every operator must be set");
        errors.Require(Enum.IsDefined(Truncation), nameof(Truncation), Truncation, "must be OneShot or Iterative");
        errors.ThrowIfAny();
    }
}
