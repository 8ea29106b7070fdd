using Metaheuristics.Validation;

namespace Metaheuristics.Constraints;

/// <summary>Options of <see cref="EpsilonConstraint"/>; the defaults are Takahama and Sakai's (2006).</summary>
public sealed record EpsilonConstraintOptions
{
    /// <summary>
    /// θ: ε(0) is the violation of the row at this quantile of the initial population, ordered by violation.
    /// <value>The default is 0.2.</value>
    /// </summary>
    public double Theta { get; init; } = 0.2;

    /// <summary>cp in ε(t) = ε(0)·(1 − t/T꜀)^cp. <value>The default is 5.</value></summary>
    public double Exponent { get; init; } = 5;

    /// <summary>
    /// T꜀ as a share of the evaluation budget: from there on ε = 0 and the rules are Deb's feasibility rules.
    /// <value>The default is 0.5.</value>
    /// </summary>
    public double ControlFraction { get; init; } = 0.5;

    /// <summary>T꜀ in generations when the run has no evaluation budget. <value>The default is 1000.</value></summary>
    public int ControlGenerations { get; init; } = 1000;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(EpsilonConstraintOptions));
        errors.Require(Theta is >= 0 and <= 1, nameof(Theta), Theta, "must be in [0, 1]");
        errors.Require(Exponent is > 0 and < double.PositiveInfinity, nameof(Exponent), Exponent, "must be positive and finite");
        errors.Require(ControlFraction is > 0 and <= 1, nameof(ControlFraction), ControlFraction, "must be in (0, 1]");
        errors.Require(ControlGenerations > 0, nameof(ControlGenerations), ControlGenerations, "must be positive");
        errors.ThrowIfAny();
    }
}
