using Metaheuristics.Validation;

namespace Metaheuristics.Solvers.Differential;

/// <summary>Options of <see cref="DifferentialEvolution"/>. The defaults are jDE (Brest et al. 2006) on DE/rand/1/bin.</summary>
public sealed record DifferentialEvolutionOptions
{
    /// <summary>NP, the population size. <value>The default is 50.</value></summary>
    public int PopulationSize { get; init; } = 50;

    /// <summary>How mutants are built. <value>The default is <see cref="DifferentialStrategy.Rand1"/>.</value></summary>
    public DifferentialStrategy Strategy { get; init; } = DifferentialStrategy.Rand1;

    /// <summary>F, the differential weight (the first F of every individual under self-adaptation). <value>The default is 0.5.</value></summary>
    public double DifferentialWeight { get; init; } = 0.5;

    /// <summary>CR, the binomial crossover rate (the first CR of every individual under self-adaptation). <value>The default is 0.9.</value></summary>
    public double CrossoverRate { get; init; } = 0.9;

    /// <summary>
    /// jDE self-adaptation: each individual carries its own F and CR; a trial redraws F ~ U(0.1, 1) and CR ~ U(0, 1)
    /// with probability 0.1 each, and keeps them if it survives. <value>The default is true.</value>
    /// </summary>
    public bool SelfAdaptive { get; init; } = true;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(DifferentialEvolutionOptions));
        errors.Require(PopulationSize >= 4, nameof(PopulationSize), PopulationSize, "must be at least 4 (DE draws three others)");
        errors.Require(Enum.IsDefined(Strategy), nameof(Strategy), Strategy, "is not a known strategy");
        errors.Require(DifferentialWeight is > 0 and <= 2, nameof(DifferentialWeight), DifferentialWeight, "must be in (0, 2]");
        errors.Require(CrossoverRate is >= 0 and <= 1, nameof(CrossoverRate), CrossoverRate, "must be in [0, 1]");
        errors.ThrowIfAny();
    }
}
