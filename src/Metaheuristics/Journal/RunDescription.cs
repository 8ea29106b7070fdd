using Metaheuristics.Validation;

namespace Metaheuristics.Journal;

/// <summary>What a stored run is: enough to list it and, through <see cref="Settings"/>, to start it again for a resume.</summary>
public sealed record RunDescription
{
    /// <summary>The problem's name.</summary>
    public required string Problem { get; init; }

    /// <summary>The solver's name.</summary>
    public required string Solver { get; init; }

    /// <summary>The constraint handler's name. <value>The default is "feasibility".</value></summary>
    public string ConstraintHandler { get; init; } = "feasibility";

    /// <summary>The run's seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Number of objectives. <value>The default is 1.</value></summary>
    public int Objectives { get; init; } = 1;

    /// <summary>
    /// The application's own description of the settings (JSON, say), opaque to the store: what it needs to build the
    /// same problem, solver and <c>RunSettings</c> again when resuming. <value>The default is "{}".</value>
    /// </summary>
    public string Settings { get; init; } = "{}";

    /// <summary>True to record every evaluation (genome, objectives, constraints, status, time) besides the scores a resume needs. <value>The default is false.</value></summary>
    public bool RecordEvaluations { get; init; }

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(RunDescription));
        errors.Require(!string.IsNullOrWhiteSpace(Problem), nameof(Problem), Problem, "must not be empty");
        errors.Require(!string.IsNullOrWhiteSpace(Solver), nameof(Solver), Solver, "must not be empty");
        errors.Require(ConstraintHandler is not null, nameof(ConstraintHandler), null, "must be set");
        errors.Require(Objectives > 0, nameof(Objectives), Objectives, "must be positive");
        errors.Require(Settings is not null, nameof(Settings), null, "must be set");
        errors.ThrowIfAny();
    }
}
