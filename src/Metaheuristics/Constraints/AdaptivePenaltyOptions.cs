using Metaheuristics.Validation;

namespace Metaheuristics.Constraints;

/// <summary>Options of <see cref="AdaptivePenalty"/>.</summary>
public sealed record AdaptivePenaltyOptions
{
    /// <summary>
    /// The first weight w, or null to measure it on the initial population (the weight at which a typical infeasible
    /// row's penalty equals the objective's spread). <value>The default is null.</value>
    /// </summary>
    public double? InitialWeight { get; init; }

    /// <summary>The feasible fraction of each generation the weight steers towards. <value>The default is 0.5.</value></summary>
    public double TargetFeasibleFraction { get; init; } = 0.5;

    /// <summary>The factor w grows by after a generation below the target. <value>The default is 1.3.</value></summary>
    public double IncreaseFactor { get; init; } = 1.3;

    /// <summary>
    /// The factor w shrinks by after a generation above the target; different from <see cref="IncreaseFactor"/> so the
    /// weight cannot cycle between two values (Hadj-Alouane and Bean). <value>The default is 1.2.</value>
    /// </summary>
    public double DecreaseFactor { get; init; } = 1.2;

    /// <summary>The largest w as a multiple of the first one. <value>The default is 1e9.</value></summary>
    public double MaxGrowth { get; init; } = 1e9;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(AdaptivePenaltyOptions));
        errors.Require(InitialWeight is null || (double.IsFinite(InitialWeight.Value) && InitialWeight > 0), nameof(InitialWeight), InitialWeight, "must be positive and finite");
        errors.Require(TargetFeasibleFraction is > 0 and < 1, nameof(TargetFeasibleFraction), TargetFeasibleFraction, "must be in (0, 1)");
        errors.Require(IncreaseFactor is > 1 and < double.PositiveInfinity, nameof(IncreaseFactor), IncreaseFactor, "must be greater than 1");
        errors.Require(DecreaseFactor is > 1 and < double.PositiveInfinity, nameof(DecreaseFactor), DecreaseFactor, "must be greater than 1");
        errors.Require(MaxGrowth is >= 1 and < double.PositiveInfinity, nameof(MaxGrowth), MaxGrowth, "must be at least 1");
        errors.ThrowIfAny();
    }
}
