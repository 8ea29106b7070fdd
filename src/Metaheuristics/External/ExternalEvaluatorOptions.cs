using Metaheuristics.Validation;

namespace Metaheuristics.External;

/// <summary>How an <see cref="ExternalProblem"/> starts and talks to its worker processes.</summary>
public sealed record ExternalEvaluatorOptions
{
    /// <summary>The program and its arguments, one per element, never parsed by a shell (for example <c>["python3", "pv.py"]</c>).</summary>
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>The folder the workers start in. <value>The default is null: the current folder.</value></summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>How many long-lived worker processes evaluate in parallel. <value>The default is 1.</value></summary>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// How many requests each worker may have outstanding. More than one keeps a worker busy while its answers travel
    /// back, which is what makes cheap evaluators fast. <value>The default is 4.</value>
    /// </summary>
    /// <remarks>
    /// Workers are assumed to answer in the order they read, so the oldest outstanding request is the one being worked
    /// on: its timeout clock starts when it becomes the oldest, and a crash or an unattributable answer line is charged
    /// to it while the requests queued behind it are sent again to the restarted worker. Answers may still come in any
    /// order; they are matched by id.
    /// </remarks>
    public int PipelineDepth { get; init; } = 4;

    /// <summary>
    /// How long one evaluation may take, counted from the moment it is the oldest request of its worker; past it the
    /// worker is killed and restarted and the evaluation is recorded as failed. <value>The default is null: no limit.</value>
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// How much longer than <see cref="Timeout"/> the first answer of a freshly started worker may take: starting an
    /// interpreter and importing a machine-learning library can take seconds, which no evaluation should be charged
    /// for. <value>The default is 60 seconds.</value>
    /// </summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many of the last lines a worker wrote to stderr a failure message quotes. <value>The default is 10.</value></summary>
    public int StderrTailLines { get; init; } = 10;

    /// <summary>
    /// How many times in a row a worker may die without answering anything before it is given up on and every further
    /// request to it fails at once with its last message. <value>The default is 5.</value>
    /// </summary>
    public int MaxConsecutiveCrashes { get; init; } = 5;

    /// <summary>Extra environment variables for the workers. <value>The default is none.</value></summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(ExternalEvaluatorOptions));
        errors.Require(Command is { Count: > 0 }, nameof(Command), Command?.Count, "must name a program");
        if (Command is { Count: > 0 })
        {
            for (int i = 0; i < Command.Count; i++)
            {
                errors.Require(Command[i] is not null, $"{nameof(Command)}[{i}]", null, "must not be null");
            }
            errors.Require(!string.IsNullOrWhiteSpace(Command[0]), $"{nameof(Command)}[0]", Command[0], "must name a program");
        }
        errors.Require(Workers > 0, nameof(Workers), Workers, "must be positive");
        errors.Require(PipelineDepth > 0, nameof(PipelineDepth), PipelineDepth, "must be positive");
        errors.Require(Timeout is null || Timeout > TimeSpan.Zero, nameof(Timeout), Timeout, "must be positive");
        errors.Require(StartupTimeout >= TimeSpan.Zero, nameof(StartupTimeout), StartupTimeout, "must not be negative");
        errors.Require(StderrTailLines >= 0, nameof(StderrTailLines), StderrTailLines, "must not be negative");
        errors.Require(MaxConsecutiveCrashes > 0, nameof(MaxConsecutiveCrashes), MaxConsecutiveCrashes, "must be positive");
        errors.ThrowIfAny();
    }
}
