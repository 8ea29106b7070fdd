using Metaheuristics.Operators.Mutation;
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
    /// The cooling schedule. <value>The default is <see cref="CoolingSchedule.Adaptive"/>, which follows the scale of the
    /// moves as the step size shrinks; for tours, geometric cooling to 1e-3·T₀ from 0.2 acceptance does better.</value>
    /// </summary>
    public CoolingSchedule Cooling { get; init; } = CoolingSchedule.Adaptive;

    /// <summary>
    /// T₀, or null to set it from the uphill moves seen during warm-up so that they would be accepted with
    /// <see cref="InitialAcceptance"/> (Kirkpatrick's rule). <value>The default is null.</value>
    /// </summary>
    public double? InitialTemperature { get; init; }

    /// <summary>The acceptance probability of an average uphill move at T₀. <value>The default is 0.3.</value></summary>
    public double InitialAcceptance { get; init; } = 0.3;

    /// <summary>Steps (per chain) that accept every move while uphill differences are sampled for T₀. <value>The default is 10.</value></summary>
    public int WarmupSteps { get; init; } = 10;

    /// <summary>T at the end of the budget as a share of T₀ (geometric and linear schedules). <value>The default is 1e-4.</value></summary>
    public double FinalTemperatureRatio { get; init; } = 1e-4;

    /// <summary>α per step for the geometric schedule when the run has no evaluation budget. <value>The default is 0.999.</value></summary>
    public double CoolingRate { get; init; } = 0.999;

    /// <summary>The Gaussian step of real and integer genes at the start, as a share of each gene's range. <value>The default is 0.1.</value></summary>
    public double InitialStepSize { get; init; } = 0.1;

    /// <summary>The acceptance rate the step size is adapted toward (Corana et al. 1987 use about 0.5). <value>The default is 0.44.</value></summary>
    public double StepTargetAcceptance { get; init; } = 0.44;

    /// <summary>Steps between adaptations of step size (and of T under the adaptive schedule). <value>The default is 20.</value></summary>
    public int AdaptationWindow { get; init; } = 20;

    /// <summary>Moves for permutation genes, one drawn at random per proposal. <value>The default is inversion (2-opt) only.</value></summary>
    public IReadOnlyList<PermutationMove> PermutationMoves { get; init; } = [PermutationMove.Inversion];

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

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(SimulatedAnnealingOptions));
        errors.Require(ChainCount > 0, nameof(ChainCount), ChainCount, "must be positive");
        errors.Require(Enum.IsDefined(Cooling), nameof(Cooling), Cooling, "is not a known schedule");
        errors.Require(InitialTemperature is null or > 0, nameof(InitialTemperature), InitialTemperature, "must be positive");
        errors.Require(InitialAcceptance is > 0 and < 1, nameof(InitialAcceptance), InitialAcceptance, "must be in (0, 1)");
        errors.Require(WarmupSteps >= 1, nameof(WarmupSteps), WarmupSteps, "must be at least 1");
        errors.Require(FinalTemperatureRatio is > 0 and < 1, nameof(FinalTemperatureRatio), FinalTemperatureRatio, "must be in (0, 1)");
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
