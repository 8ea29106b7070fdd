using Metaheuristics.Constraints;
using Metaheuristics.Evaluation;
using Metaheuristics.Journal;
using Metaheuristics.MultiObjective;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Solvers;
using Metaheuristics.Termination;

namespace Metaheuristics.Running;

/// <summary>
/// One run's state and its generation, in steps: <see cref="StopBefore"/>, <see cref="EvaluateAsync"/> (ask and
/// score), <see cref="Conclude"/> (tell and report), <see cref="AfterGenerationAsync"/> (journal), <see cref="StopAfter"/>,
/// and at the end <see cref="FinishAsync"/>. The steps are plain methods, not one async iterator, so that a caller who
/// wants only the result (<see cref="Optimizer.SolveAsync"/>) loops over them without paying an iterator's hand-over
/// per generation, which a solver scoring one candidate per generation pays 100,000 times.
/// </summary>
internal sealed class RunDriver : IAsyncDisposable
{
    private const int MaxPresizedHistory = 2048;

    private readonly ISolver _solver;
    private readonly RunSettings _settings;
    private readonly ProblemSpec _spec;
    private readonly TimeProvider _clock;
    private readonly ITerminationCriterion _termination;
    private readonly long _budget;
    private readonly long _historyInterval;
    private readonly long _startedAt;
    private readonly ISolverRun _run;
    private readonly ConstraintHandlerRun _constraints;
    private readonly IncumbentTracker _incumbent;
    private readonly IProvidesFront? _frontSource;
    private readonly bool _runReportsFront;
    private readonly ParetoArchive? _archive;
    private readonly FrontHypervolume? _hypervolume;
    private readonly List<GenerationReport> _history = [];
    private readonly List<FailedEvaluation> _failures = [];
    private readonly JournalSession _journal;
    private readonly IEvaluator _evaluator;
    private long _evaluations, _failedEvaluations;
    private int _stagnantGenerations;
    private long _nextHistoryAt;
    private GenerationReport? _unrecorded;
    private GenerationReport? _lastReport;
    private string? _failureMessage;
    private EvaluationBatch _batch;
    private bool _inHistory;

    public RunDriver(IOptimizationProblem problem, ISolver solver, RunSettings settings)
    {
        _solver = solver;
        _settings = settings;
        _spec = problem.Spec;
        _clock = settings.TimeProvider;
        _termination = settings.Termination;
        _budget = _termination.EvaluationBudget ?? long.MaxValue;
        _historyInterval = settings.EffectiveHistoryInterval;
        _startedAt = _clock.GetTimestamp();

        _run = solver.Start(_spec, settings);
        _constraints = settings.Constraints.Start(_spec, new ConstraintRunContext(settings.Seed, _termination.EvaluationBudget));
        _incumbent = new IncumbentTracker(_spec);
        _frontSource = _run as IProvidesFront;
        // A solver's own first front is the non-dominated feasible set only under feasibility rules; under any other
        // handler the driver keeps that set itself, by raw constrained domination.
        _runReportsFront = _spec.IsMultiObjective && _frontSource is { ProvidesFront: true } && settings.Constraints.RanksFeasibleFirst;
        _archive = _spec.IsMultiObjective && !_runReportsFront ? new ParetoArchive() : null;
        _hypervolume = _spec.IsMultiObjective && settings.HypervolumeReference is { } reference ? new FrontHypervolume(_spec, reference) : null;
        _journal = new JournalSession(settings);
        _evaluator = Evaluators.Create(problem, settings.Evaluator, _clock);
    }

    /// <summary>Why the run ends before its next generation (cancelled, or the solver is done), or null.</summary>
    public TerminationReason? StopBefore(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? TerminationReason.Cancelled
        : _run.IsFinished ? TerminationReason.SolverFinished
        : null;

    /// <summary>
    /// Asks the solver for its batch, cut to what is left of the budget, and scores it (or takes it from the journal);
    /// returns the failure message a fail-fast evaluation stopped on, or null.
    /// </summary>
    public ValueTask<string?> EvaluateAsync(CancellationToken cancellationToken)
    {
        EvaluationBatch asked = _run.Ask();
        if (asked.Count <= 0)
        {
            throw new InvalidOperationException($"Solver '{_solver.Name}' asked for an empty batch without finishing.");
        }
        if (_history.Capacity == 0 && _budget != long.MaxValue)
        {
            // At most one report per generation and per interval, and the last: sized once for the budget, up to a
            // cap, so recording history does not reallocate generation after generation.
            _history.Capacity = (int)Math.Min(MaxPresizedHistory, _budget / Math.Max(asked.Count, _historyInterval) + 2);
        }
        Population population = asked.Population;
        population.ResetRows(asked.Start, asked.Count);
        for (int row = asked.Start; row < asked.End; row++)
        {
            population.Ids[row] = _evaluations + (row - asked.Start);
        }
        long remaining = _budget - _evaluations;
        EvaluationBatch batch = _batch = asked.Count > remaining ? asked.Take((int)remaining) : asked;
        if (batch.Count == 0)
        {
            return ValueTask.FromResult<string?>(null);
        }
        if (_journal.TryReplay(batch, _settings.Evaluator.FailurePolicy, out string? replayedFailure))
        {
            return ValueTask.FromResult(replayedFailure);
        }
        long batchStartedAt = _journal.Timestamp();
        ValueTask<EvaluationSummary> pending;
        try
        {
            pending = _evaluator.EvaluateAsync(batch, cancellationToken);
        }
        catch (EvaluationFailedException failure)
        {
            _journal.Record(batch, _journal.SecondsSince(batchStartedAt));
            return ValueTask.FromResult<string?>(failure.Message);
        }
        if (pending.IsCompletedSuccessfully)
        {
            _journal.Record(batch, _journal.SecondsSince(batchStartedAt));
            return ValueTask.FromResult<string?>(null);
        }
        return AwaitEvaluationAsync(pending, batch, batchStartedAt);
    }

    private async ValueTask<string?> AwaitEvaluationAsync(ValueTask<EvaluationSummary> pending, EvaluationBatch batch, long batchStartedAt)
    {
        string? failure = null;
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (EvaluationFailedException exception)
        {
            failure = exception.Message;
        }
        _journal.Record(batch, _journal.SecondsSince(batchStartedAt));
        return failure;
    }

    /// <summary>
    /// Takes the scored batch: counts it against the budget, offers it to the best-so-far (or the Pareto set), lets the
    /// constraint handler rank it, tells the solver, and returns the generation's report (kept in the history when due).
    /// </summary>
    public GenerationReport Conclude(string? failureMessage)
    {
        _failureMessage = failureMessage;
        EvaluationBatch batch = _batch;
        Population population = batch.Population;
        int evaluatedRows = 0, feasibleRows = 0, failedRows = 0;
        double objectiveSum = 0;
        bool improved = false;
        for (int row = batch.Start; row < batch.End; row++)
        {
            switch (population.Status[row])
            {
                case RowStatus.Evaluated:
                    evaluatedRows++;
                    feasibleRows += population.Violation[row] == 0 ? 1 : 0;
                    objectiveSum += population.ObjectivesOf(row)[0];
                    improved |= _archive is not null ? _archive.Offer(population, row)
                        : !_runReportsFront && _incumbent.Offer(population, row);
                    break;
                case RowStatus.Failed:
                    failedRows++;
                    if (_failures.Count < RunResult.MaxRecordedFailures)
                    {
                        _failures.Add(new FailedEvaluation(population.ToCandidate(row), population.MessageOf(row) ?? "failed"));
                    }
                    break;
            }
        }
        _failedEvaluations += failedRows;
        _evaluations += evaluatedRows + failedRows;
        _constraints.Rank(population, new ConstraintProgress(_run.Generation, _evaluations));
        _run.Tell(batch);
        improved |= _runReportsFront && _frontSource!.FrontChanged;
        _stagnantGenerations = improved ? 0 : _stagnantGenerations + 1;

        double? meanObjective = _spec.IsMultiObjective || evaluatedRows == 0 ? null
            : (_spec.Objectives[0].Sense == ObjectiveSense.Maximize ? -objectiveSum : objectiveSum) / evaluatedRows;
        if (_hypervolume is not null && (improved || _run.Generation == 1))
        {
            _hypervolume.Measure(_archive, _runReportsFront ? _frontSource : null);
        }
        var report = new GenerationReport(_run.Generation, _evaluations, _failedEvaluations,
            _incumbent.BestObjective, _incumbent.BestViolation,
            evaluatedRows == 0 ? 0 : (double)feasibleRows / evaluatedRows,
            _archive?.Count ?? (_runReportsFront ? _frontSource!.FrontRows.Length : 0), _clock.GetElapsedTime(_startedAt), _constraints.State,
            meanObjective, _hypervolume?.Value);
        // A generation whose batch spans the interval is always kept; smaller ones at most once per interval (the best
        // so far rides along), so single-step solvers do not keep a report per evaluation.
        _inHistory = _evaluations >= _nextHistoryAt;
        if (_inHistory)
        {
            _history.Add(report);
            _nextHistoryAt = _evaluations + _historyInterval;
            _unrecorded = null;
        }
        else
        {
            _unrecorded = report;
        }
        _settings.Progress?.Report(report);
        _lastReport = report;
        return report;
    }

    /// <summary>Appends the last report to the journal when the history kept it, and checkpoints when the policy says so.</summary>
    public ValueTask AfterGenerationAsync(GenerationReport report) => _journal.AfterGenerationAsync(report, _inHistory);

    /// <summary>Why the run ends after the generation of <paramref name="report"/>, or null to go on.</summary>
    public TerminationReason? StopAfter(in GenerationReport report, CancellationToken cancellationToken)
    {
        if (_journal.StopRequested)
        {
            return TerminationReason.StoreFailed;
        }
        if (_failureMessage is not null)
        {
            return TerminationReason.EvaluationFailed;
        }
        if (cancellationToken.IsCancellationRequested)
        {
            return TerminationReason.Cancelled;
        }
        var progress = new RunProgress(_run.Generation, _evaluations, report.Elapsed, _incumbent.BestObjective,
            _incumbent.BestViolation == 0, _spec.Objectives[0].Sense, _stagnantGenerations);
        if (_termination.Check(progress) is { } stop)
        {
            return stop;
        }
        return _evaluations >= _budget ? TerminationReason.MaxEvaluations : null;
    }

    /// <summary>Ends the run for <paramref name="reason"/>: the history's last report, the journal's last write, the result.</summary>
    public async ValueTask<RunResult> FinishAsync(TerminationReason reason)
    {
        if (_unrecorded is { } last)
        {
            _history.Add(last);
        }
        await _journal.FinishAsync(_lastReport, appendLast: _unrecorded is not null).ConfigureAwait(false);

        Solution? best = _spec.IsMultiObjective ? null : _incumbent.ToSolution();
        var result = new RunResult
        {
            ProblemName = _spec.Name,
            SolverName = _solver.Name,
            ConstraintHandlerName = _settings.Constraints.Name,
            EqualityTolerance = _spec.EqualityTolerance,
            Seed = _settings.Seed,
            ObjectiveCount = _spec.ObjectiveCount,
            Evaluations = _evaluations,
            FailedEvaluations = _failedEvaluations,
            Generations = _run.Generation,
            Elapsed = _clock.GetElapsedTime(_startedAt),
            TerminationReason = reason,
            FailureMessage = _failureMessage,
            Failures = _failures,
            Best = best,
            ParetoSet = _runReportsFront ? ToSolutions(_spec, _frontSource!)
                : _archive is null ? (best is null ? [] : [best]) : ToSolutions(_spec, _archive),
            History = _history,
            StoreFailure = _journal.Failure,
            ReplayedEvaluations = _journal.ReplayedEvaluations,
        };
        if (!await _journal.CompleteAsync(result).ConfigureAwait(false))
        {
            result.StoreFailure = _journal.Failure;
        }
        return result;
    }

    /// <summary>Releases the evaluator (its workers, its channel); the result is taken after this.</summary>
    public ValueTask DisposeAsync() => _evaluator.DisposeAsync();

    private static List<Solution> ToSolutions(ProblemSpec spec, IProvidesFront source)
    {
        Population population = source.FrontPopulation;
        var solutions = new List<Solution>(source.FrontRows.Length);
        foreach (int row in source.FrontRows)
        {
            if (population.Status[row] == RowStatus.Evaluated)
            {
                solutions.Add(new Solution(population.ToCandidate(row), ObjectiveSenses.ToUserSense(spec, population.ObjectivesOf(row)),
                    population.ConstraintsOf(row).ToArray(), population.Violation[row]));
            }
        }
        return solutions;
    }

    private static List<Solution> ToSolutions(ProblemSpec spec, ParetoArchive archive)
    {
        var solutions = new List<Solution>(archive.Count);
        foreach (ParetoArchive.Entry entry in archive.Entries)
        {
            solutions.Add(new Solution(entry.Candidate, ObjectiveSenses.ToUserSense(spec, entry.Objectives), entry.Constraints, entry.Violation));
        }
        return solutions;
    }
}
