using Metaheuristics.Validation;

namespace Metaheuristics.Constraints;

/// <summary>Options of <see cref="StaticPenalty"/>.</summary>
public sealed record StaticPenaltyOptions
{
    /// <summary>
    /// The weight of every constraint that <see cref="Weights"/> does not set. With the default exponent 1 this is an
    /// exact penalty: once it exceeds the constraints' Lagrange multipliers the penalized optimum is feasible.
    /// <value>The default is 1e6.</value>
    /// </summary>
    public double Weight { get; init; } = 1e6;

    /// <summary>One weight per constraint (inequalities, then equalities), or null for <see cref="Weight"/> on all. <value>The default is null.</value></summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>β in Σ wᵢ·vᵢ^β, where vᵢ is constraint i's violation. <value>The default is 1.</value></summary>
    public double Exponent { get; init; } = 1;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(StaticPenaltyOptions));
        errors.Require(double.IsFinite(Weight) && Weight > 0, nameof(Weight), Weight, "must be positive and finite");
        errors.Require(Weights is null || Weights.All(w => double.IsFinite(w) && w >= 0), nameof(Weights), Weights is null ? null : string.Join(",", Weights), "must all be finite and ≥ 0");
        errors.Require(double.IsFinite(Exponent) && Exponent > 0, nameof(Exponent), Exponent, "must be positive and finite");
        errors.ThrowIfAny();
    }
}
