using Metaheuristics.Validation;

namespace Metaheuristics.Constraints;

/// <summary>Options of <see cref="StochasticRanking"/>; the defaults are Runarsson and Yao's (2000).</summary>
public sealed record StochasticRankingOptions
{
    /// <summary>P_f: the probability that two adjacent rows, not both feasible, compare by objective. <value>The default is 0.45.</value></summary>
    public double ObjectiveProbability { get; init; } = 0.45;

    /// <summary>The most bubble-sort sweeps, or null for as many as rows ranked. <value>The default is null.</value></summary>
    public int? Sweeps { get; init; }

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(StochasticRankingOptions));
        errors.Require(ObjectiveProbability is >= 0 and <= 1, nameof(ObjectiveProbability), ObjectiveProbability, "must be in [0, 1]");
        errors.Require(Sweeps is null or > 0, nameof(Sweeps), Sweeps, "must be positive");
        errors.ThrowIfAny();
    }
}
