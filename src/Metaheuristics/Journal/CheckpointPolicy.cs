using Metaheuristics.Validation;

namespace Metaheuristics.Journal;

/// <summary>How often a journaled run makes its progress durable: after so many generations or so much time, whichever comes first.</summary>
/// <remarks>
/// A checkpoint hands the batches scored since the previous one to the store, which writes them in the background (the
/// SQLite store within a few milliseconds, several checkpoints in one transaction when they come faster), so a crash
/// loses at most the work since the last written checkpoint, and a resume evaluates only that again. The run also checkpoints when it ends,
/// however it ends (cancellation included).
/// </remarks>
public sealed record CheckpointPolicy
{
    /// <summary>Checkpoint after this many generations, or null for no generation trigger. <value>The default is 10.</value></summary>
    public int? EveryGenerations { get; init; } = 10;

    /// <summary>
    /// Evaluations the generation trigger waits for since the previous checkpoint: a solver that scores one candidate
    /// per generation (single-chain annealing) would otherwise commit every 10 evaluations, 10,000 transactions in a
    /// run of 100,000. The time trigger does not wait. <value>The default is 1,000: a population of 100 still
    /// checkpoints every 10 generations.</value>
    /// </summary>
    public long MinimumEvaluations { get; init; } = 1_000;

    /// <summary>Checkpoint after this much time, or null for no time trigger. <value>The default is 30 seconds.</value></summary>
    public TimeSpan? Interval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(CheckpointPolicy));
        errors.Require(EveryGenerations is null or > 0, nameof(EveryGenerations), EveryGenerations, "must be positive (or null for none)");
        errors.Require(MinimumEvaluations >= 0, nameof(MinimumEvaluations), MinimumEvaluations, "must not be negative");
        errors.Require(Interval is null || Interval > TimeSpan.Zero, nameof(Interval), Interval, "must be positive (or null for none)");
        errors.ThrowIfAny();
    }
}
