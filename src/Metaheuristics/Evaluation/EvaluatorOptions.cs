using Metaheuristics.Validation;

namespace Metaheuristics.Evaluation;

/// <summary>How the shared evaluator fans evaluations out and treats failures.</summary>
public sealed record EvaluatorOptions
{
    /// <summary>Which evaluator to use. <value>The default is <see cref="EvaluatorKind.Automatic"/>.</value></summary>
    public EvaluatorKind Kind { get; init; } = EvaluatorKind.Automatic;

    /// <summary>
    /// How many threads may evaluate synchronous problems at once. <value>The default is null: every core
    /// (<see cref="Environment.ProcessorCount"/>).</value>
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// The least measured work worth handing to another thread. Batches whose whole cost is below twice this run serially,
    /// so that cheap functions never pay more for dispatch than they gain. <value>The default is 50 µs.</value>
    /// </summary>
    public TimeSpan MinimumWorkPerTask { get; init; } = TimeSpan.FromMicroseconds(50);

    /// <summary>
    /// How many asynchronous evaluations may be in flight at once. <value>The default is null: the degree of parallelism.</value>
    /// </summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>
    /// How long one asynchronous evaluation may take before it is cancelled and recorded as failed.
    /// <value>The default is null: no limit.</value>
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>What a failed evaluation does to the run. <value>The default is <see cref="FailurePolicy.Continue"/>.</value></summary>
    public FailurePolicy FailurePolicy { get; init; } = FailurePolicy.Continue;

    /// <summary>The degree of parallelism in force.</summary>
    public int EffectiveDegreeOfParallelism => MaxDegreeOfParallelism ?? Environment.ProcessorCount;

    /// <summary>The asynchronous concurrency in force.</summary>
    public int EffectiveConcurrency => MaxConcurrency ?? EffectiveDegreeOfParallelism;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(EvaluatorOptions));
        errors.Require(MaxDegreeOfParallelism is null or > 0, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "must be positive");
        errors.Require(MinimumWorkPerTask >= TimeSpan.Zero, nameof(MinimumWorkPerTask), MinimumWorkPerTask, "must not be negative");
        errors.Require(MaxConcurrency is null or > 0, nameof(MaxConcurrency), MaxConcurrency, "must be positive");
        errors.Require(Timeout is null || Timeout > TimeSpan.Zero, nameof(Timeout), Timeout, "must be positive");
        errors.Require(Enum.IsDefined(Kind), nameof(Kind), Kind, "is not a known evaluator kind");
        errors.Require(Enum.IsDefined(FailurePolicy), nameof(FailurePolicy), FailurePolicy, "is not a known policy");
        errors.ThrowIfAny();
    }
}
