using Metaheuristics.Operators.Mutation;
using Metaheuristics.Spaces;
using Metaheuristics.Validation;

namespace Metaheuristics.Solvers.Annealing;

/// <summary>Options of <see cref="SimulatedAnnealing"/>.</summary>
public sealed record SimulatedAnnealingOptions
{
    /// <summary>
    /// Independent chains advanced in lockstep; each step's proposals are scored as one batch, which is how annealing
    /// uses several cores. Each chain gets budget/K steps, so for cheap objectives one long chain finds better answers;
    /// for expensive ones set it to the number of cores. <value>The default is 1.</value>
    /// </summary>
    public int ChainCount { get; init; } = 1;

    /// <summary>
    /// The cooling schedule, or null to choose by the space. <value>The default is null: <see cref="CoolingSchedule.Adaptive"/>,
    /// which follows the scale of the moves as the step size shrinks, except on a tour (a space that is one permutation),
    /// where geometric cooling does better.</value>
    /// </summary>
    public CoolingSchedule? Cooling { get; init; }

    /// <summary>
    /// T₀, or null to set it from the uphill moves seen during warm-up so that they would be accepted with
    /// <see cref="InitialAcceptance"/> (Kirkpatrick's rule). <value>The default is null.</value>
    /// </summary>
    public double? InitialTemperature { get; init; }

    /// <summary>
    /// The acceptance probability of an average uphill move at T₀, or null to choose by the space.
    /// <value>The default is null: 0.065, and 0.1 on a tour.</value>
    /// </summary>
    public double? InitialAcceptance { get; init; }

    /// <summary>Steps (per chain) that accept every move while uphill differences are sampled for T₀. <value>The default is 10.</value></summary>
    public int WarmupSteps { get; init; } = 10;

    /// <summary>
    /// T at the end of the budget as a share of T₀ (geometric and linear schedules), or null to choose by the space.
    /// <value>The default is null: 1e-4, and 3e-3 on a tour.</value>
    /// </summary>
    public double? FinalTemperatureRatio { get; init; }

    /// <summary>α per step for the geometric schedule when the run has no evaluation budget. <value>The default is 0.999.</value></summary>
    public double CoolingRate { get; init; } = 0.999;

    /// <summary>The Gaussian step of real and integer genes at the start, as a share of each gene's range. <value>The default is 0.1.</value></summary>
    public double InitialStepSize { get; init; } = 0.1;

    /// <summary>
    /// The acceptance rate the step size is adapted toward. <value>The default is 0.05: far below Corana et al.'s
    /// (1987) 0.5, so steps stay wide and keep jumping between basins while the temperature decides which jumps stand.
    /// On the 30-D functions at 100,000 evaluations (11 seeds) it took Rastrigin from 68.7 to 0.995, Schwefel from 2,546
    /// to 4e-12 and Rosenbrock from 80 to 23, with Ackley still at 4e-10 and sphere at 2e-20.</value>
    /// </summary>
    public double StepTargetAcceptance { get; init; } = 0.05;

    /// <summary>Steps between adaptations of step size (and of T under the adaptive schedule). <value>The default is 10.</value></summary>
    public int AdaptationWindow { get; init; } = 10;

    /// <summary>
    /// Moves for permutation genes, one drawn at random per proposal. <value>The default is inversion (2-opt) and
    /// insertion (move one city): insertion repairs what 2-opt alone reaches only through several moves.</value>
    /// </summary>
    public IReadOnlyList<PermutationMove> PermutationMoves { get; init; } = [PermutationMove.Inversion, PermutationMove.Insertion];

    /// <summary>
    /// Steps without improving its own best after which a chain is reheated to T₀·<see cref="ReheatFactor"/>, or null for
    /// never. <value>The default is null.</value>
    /// </summary>
    public int? ReheatAfter { get; init; }

    /// <summary>The share of T₀ a reheated chain restarts from. <value>The default is 0.1.</value></summary>
    public double ReheatFactor { get; init; } = 0.1;

    /// <summary>
    /// Every this many steps the worst quarter of the chains restart from the best chain's state, or null for never.
    /// <value>The default is null.</value>
    /// </summary>
    public int? RestartInterval { get; init; }

    /// <summary>
    /// The schedule, initial acceptance and final ratio a run on <paramref name="space"/> uses: the ones set, else the
    /// defaults for that space. On berlin52 with 75,000 evaluations the tour defaults reach the optimum in 19 of 31
    /// seeds, against 3 of 11 for the continuous defaults (bench/results/2026-12-02-suites.md).
    /// </summary>
    internal (CoolingSchedule Cooling, double InitialAcceptance, double FinalTemperatureRatio) EffectiveFor(SearchSpace space)
    {
        bool tour = space.IsPermutation;
        return (Cooling ?? (tour ? CoolingSchedule.Geometric : CoolingSchedule.Adaptive),
            InitialAcceptance ?? (tour ? 0.1 : 0.065),
            FinalTemperatureRatio ?? (tour ? 3e-3 : 1e-4));
    }

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(SimulatedAnnealingOptions));
        errors.Require(ChainCount > 0, nameof(ChainCount), ChainCount, "must be positive");
        errors.Require(Cooling is null || Enum.IsDefined(Cooling.Value), nameof(Cooling), Cooling, "is not a known schedule");
        errors.Require(InitialTemperature is null or > 0, nameof(InitialTemperature), InitialTemperature, "must be positive");
        errors.Require(InitialAcceptance is null or (> 0 and < 1), nameof(InitialAcceptance), InitialAcceptance, "must be in (0, 1)");
        errors.Require(WarmupSteps >= 1, nameof(WarmupSteps), WarmupSteps, "must be at least 1");
        errors.Require(FinalTemperatureRatio is null or (> 0 and < 1), nameof(FinalTemperatureRatio), FinalTemperatureRatio, "must be in (0, 1)");
        errors.Require(CoolingRate is > 0 and < 1, nameof(CoolingRate), CoolingRate, "must be in (0, 1)");
        errors.Require(InitialStepSize is > 0 and <= 1, nameof(InitialStepSize), InitialStepSize, "must be in (0, 1]");
        errors.Require(StepTargetAcceptance is > 0 and < 1, nameof(StepTargetAcceptance), StepTargetAcceptance, "must be in (0, 1)");
        errors.Require(AdaptationWindow > 0, nameof(AdaptationWindow), AdaptationWindow, "must be positive");
        errors.Require(PermutationMoves is { Count: > 0 }, nameof(PermutationMoves), PermutationMoves?.Count, "needs at least one move");
        errors.Require(ReheatAfter is null or > 0, nameof(ReheatAfter), ReheatAfter, "must be positive");
        errors.Require(ReheatFactor is > 0 and <= 1, nameof(ReheatFactor), ReheatFactor, "must be in (0, 1]");
        errors.Require(RestartInterval is null or > 0, nameof(RestartInterval), RestartInterval, "must be positive");
        errors.ThrowIfAny();
    }
}
