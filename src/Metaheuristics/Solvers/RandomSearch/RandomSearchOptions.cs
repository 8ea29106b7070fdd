using Metaheuristics.Validation;

namespace Metaheuristics.Solvers.RandomSearch;

/// <summary>Options of <see cref="RandomSearchSolver"/>.</summary>
public sealed record RandomSearchOptions
{
    /// <summary>Candidates drawn (and evaluated as one batch) per generation. <value>The default is 100.</value></summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(RandomSearchOptions));
        errors.Require(BatchSize > 0, nameof(BatchSize), BatchSize, "must be positive");
        errors.ThrowIfAny();
    }
}
