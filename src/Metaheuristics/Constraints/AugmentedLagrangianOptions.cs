using Metaheuristics.Validation;

namespace Metaheuristics.Constraints;

/// <summary>Options of <see cref="AugmentedLagrangian"/>.</summary>
public sealed record AugmentedLagrangianOptions
{
    /// <summary>
    /// ρ₀, the first penalty parameter (on normalized constraints), or null to measure it on the initial population: the
    /// ρ at which a typical infeasible row's quadratic term equals the objective's spread. <value>The default is null.</value>
    /// </summary>
    public double? InitialPenalty { get; init; }

    /// <summary>k: the multipliers are updated every this many generations. <value>The default is 10.</value></summary>
    public int UpdateInterval { get; init; } = 10;

    /// <summary>The factor ρ grows by when an update finds the violation not reduced enough. <value>The default is 2.</value></summary>
    public double PenaltyGrowth { get; init; } = 2;

    /// <summary>
    /// γ: ρ grows unless the best row's violation fell below γ times its value at the previous update.
    /// <value>The default is 0.5.</value>
    /// </summary>
    public double RequiredReduction { get; init; } = 0.5;

    /// <summary>
    /// The largest ρ as a multiple of ρ₀. Past a point a larger ρ only makes the penalized landscape a cliff that a
    /// population cannot descend; the multipliers do the rest. <value>The default is 1e4.</value>
    /// </summary>
    public double MaxPenaltyGrowth { get; init; } = 1e4;

    /// <summary>
    /// Divide each constraint by its mean magnitude on the initial population, so differently scaled constraints weigh
    /// alike. <value>The default is true.</value>
    /// </summary>
    public bool NormalizeConstraints { get; init; } = true;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(AugmentedLagrangianOptions));
        errors.Require(InitialPenalty is null || (double.IsFinite(InitialPenalty.Value) && InitialPenalty > 0), nameof(InitialPenalty), InitialPenalty, "must be positive and finite");
        errors.Require(UpdateInterval > 0, nameof(UpdateInterval), UpdateInterval, "must be positive");
        errors.Require(PenaltyGrowth is >= 1 and < double.PositiveInfinity, nameof(PenaltyGrowth), PenaltyGrowth, "must be at least 1");
        errors.Require(RequiredReduction is > 0 and <= 1, nameof(RequiredReduction), RequiredReduction, "must be in (0, 1]");
        errors.Require(MaxPenaltyGrowth is >= 1 and < double.PositiveInfinity, nameof(MaxPenaltyGrowth), MaxPenaltyGrowth, "must be at least 1");
        errors.ThrowIfAny();
    }
}
