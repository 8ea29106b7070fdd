using Metaheuristics.Constraints;
using Metaheuristics.Evaluation;
using Metaheuristics.Journal;
using Metaheuristics.Termination;
using Metaheuristics.Validation;

namespace Metaheuristics.Running;

/// <summary>How to run a solver: seed, termination, evaluator, clock and progress.</summary>
public sealed record RunSettings
{
    /// <summary>The seed: the whole run is a function of it, whatever the number of cores. <value>The default is 42.</value></summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>When to stop. <value>The default is after 10,000 evaluations.</value></summary>
    public ITerminationCriterion Termination { get; init; } = new EvaluationLimit(10_000);

    /// <summary>
    /// How constraints steer the search: every solver ranks rows through this handler.
    /// <value>The default is <see cref="FeasibilityRules"/> (Deb 2000; constrained domination under NSGA-II).</value>
    /// </summary>
    public IConstraintHandler Constraints { get; init; } = new FeasibilityRules();

    /// <summary>How evaluations are dispatched. <value>The default is <see cref="EvaluatorOptions"/>' defaults: automatic, all cores.</value></summary>
    public EvaluatorOptions Evaluator { get; init; } = new();

    /// <summary>The clock used for elapsed time, time limits and timeouts. <value>The default is <see cref="TimeProvider.System"/>.</value></summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// How densely <see cref="RunResult.History"/> samples the run: it keeps a generation once this many evaluations
    /// have passed since the last one kept (so every generation whose batch is at least this large), and the last
    /// generation; each report carries the best so far. So a solver with one evaluation per step does not keep a
    /// report per evaluation. <value>The default is null: a thousandth of the evaluation budget (at least 1, so a run
    /// of a few hundred expensive evaluations keeps every generation), or 100 when the termination has no budget.</value>
    /// </summary>
    public long? HistoryInterval { get; init; }

    /// <summary>The history interval in force: <see cref="HistoryInterval"/>, or its default for the termination's budget.</summary>
    internal long EffectiveHistoryInterval =>
        HistoryInterval ?? (Termination?.EvaluationBudget is { } budget ? Math.Max(1, budget / 1_000) : 100);

    /// <summary>
    /// For multi-objective runs: the reference point (user's sense) against which every generation's report measures
    /// the hypervolume of the feasible non-dominated set, or null for none. It costs an exact hypervolume each time the
    /// set changes, so reports leave it null for sets too large to measure cheaply (over 1,000 points in 3 objectives,
    /// over 300 in 4 or more). <value>The default is null.</value>
    /// </summary>
    public IReadOnlyList<double>? HypervolumeReference { get; init; }

    /// <summary>Receives a report after every generation, or null. <value>The default is null.</value></summary>
    public IProgress<GenerationReport>? Progress { get; init; }

    /// <summary>
    /// Where the run records its evaluated batches, reports and checkpoints so it can be resumed, or null for none. To
    /// resume, pass a journal whose <see cref="IRunJournal.Recorded"/> holds what the interrupted run checkpointed,
    /// with the same problem, solver and settings. <value>The default is null.</value>
    /// </summary>
    public IRunJournal? Journal { get; init; }

    /// <summary>How often a journaled run checkpoints. <value>The default is every 10 generations or 30 seconds.</value></summary>
    public CheckpointPolicy Checkpoints { get; init; } = new();

    /// <summary>What a journaled run does when its journal fails. <value>The default is <see cref="StoreFailurePolicy.Continue"/>: go on in memory.</value></summary>
    public StoreFailurePolicy StoreFailurePolicy { get; init; } = StoreFailurePolicy.Continue;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(RunSettings));
        errors.Require(Termination is not null, nameof(Termination), null, "must be set");
        errors.Require(Evaluator is not null, nameof(Evaluator), null, "must be set");
        errors.Require(Constraints is not null, nameof(Constraints), null, "must be set");
        errors.Require(TimeProvider is not null, nameof(TimeProvider), null, "must be set");
        errors.Require(Checkpoints is not null, nameof(Checkpoints), null, "must be set");
        errors.Require(Enum.IsDefined(StoreFailurePolicy), nameof(StoreFailurePolicy), StoreFailurePolicy, "is not a defined policy");
        errors.Require(HistoryInterval is null or > 0, nameof(HistoryInterval), HistoryInterval, "must be positive");
        errors.Require(HypervolumeReference is null || (HypervolumeReference.Count > 1 && HypervolumeReference.All(double.IsFinite)),
            nameof(HypervolumeReference), HypervolumeReference is null ? null : string.Join(", ", HypervolumeReference), "must hold one finite value per objective");
        errors.ThrowIfAny();
        Evaluator!.Validate();
        Checkpoints!.Validate();
    }
}
