using System.Runtime.CompilerServices;
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
/// The driver: loops ask → evaluate → tell, keeps the budget exact, tracks the best (or the Pareto set), checks
/// termination and streams one <see cref="GenerationReport"/> per generation.
/// </summary>
public sealed class OptimizationRun
{
    private const int MaxPresizedHistory = 2048;

    private readonly IOptimizationProblem _problem;
    private readonly ISolver _solver;
    private readonly RunSettings _settings;
    private RunResult? _result;
    private int _started;

    internal OptimizationRun(IOptimizationProblem problem, ISolver solver, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(settings);
        problem.Spec.Validate();
        settings.Validate();
        _problem = problem;
        _solver = solver;
        _settings = settings;
    }

    /// <summary>The result, once <see cref="RunAsync"/> has been enumerated to its end.</summary>
    /// <exception cref="InvalidOperationException">The run has not finished.</exception>
    public RunResult Result => _result ?? throw new InvalidOperationException("The run has not finished: enumerate RunAsync to its end first.");

    /// <summary>
    /// Runs the solver, yielding a report after each generation. Cancellation ends the enumeration normally (no
    /// exception) with <see cref="RunResult.TerminationReason"/> = Cancelled and the best found so far.
    /// </summary>
    public async IAsyncEnumerable<GenerationReport> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("A run can be enumerated only once; start a new one with Optimizer.Start.");
        }
        ProblemSpec spec = _problem.Spec;
        TimeProvider clock = _settings.TimeProvider;
        ITerminationCriterion termination = _settings.Termination;
        long budget = termination.EvaluationBudget ?? long.MaxValue;
        long historyInterval = _settings.EffectiveHistoryInterval;
        long startedAt = clock.GetTimestamp();

        ISolverRun run = _solver.Start(spec, _settings);
        ConstraintHandlerRun constraints = _settings.Constraints.Start(spec,
            new ConstraintRunContext(_settings.Seed, termination.EvaluationBudget));
        var incumbent = new IncumbentTracker(spec);
        var frontSource = run as IProvidesFront;
        // A solver's own first front is the non-dominated feasible set only under feasibility rules; under any other
        // handler the driver keeps that set itself, by raw constrained domination.
        bool runReportsFront = spec.IsMultiObjective && frontSource is { ProvidesFront: true } && _settings.Constraints.RanksFeasibleFirst;
        ParetoArchive? archive = spec.IsMultiObjective && !runReportsFront ? new ParetoArchive() : null;
        FrontHypervolume? hypervolume = spec.IsMultiObjective && _settings.HypervolumeReference is { } reference
            ? new FrontHypervolume(spec, reference)
            : null;
        var history = new List<GenerationReport>();
        long evaluations = 0, failedEvaluations = 0;
        int stagnantGenerations = 0;
        long nextHistoryAt = 0;
        GenerationReport? unrecorded = null;
        string? failureMessage = null;
        var failures = new List<FailedEvaluation>();
        var journal = new JournalSession(_settings);
        GenerationReport? lastReport = null;
        TerminationReason reason;

        IEvaluator evaluator = Evaluators.Create(_problem, _settings.Evaluator, clock);
        await using (evaluator.ConfigureAwait(false))
        {
            while (true)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    reason = TerminationReason.Cancelled;
                    break;
                }
                if (run.IsFinished)
                {
                    reason = TerminationReason.SolverFinished;
                    break;
                }

                EvaluationBatch asked = run.Ask();
                if (asked.Count <= 0)
                {
                    throw new InvalidOperationException($"Solver '{_solver.Name}' asked for an empty batch without finishing.");
                }
                if (history.Capacity == 0 && budget != long.MaxValue)
                {
                    // At most one report per generation and per interval, and the last: sized once for the budget, up to
                    // a cap, so recording history does not reallocate generation after generation.
                    history.Capacity = (int)Math.Min(MaxPresizedHistory, budget / Math.Max(asked.Count, historyInterval) + 2);
                }
                Population population = asked.Population;
                population.ResetRows(asked.Start, asked.Count);
                for (int row = asked.Start; row < asked.End; row++)
                {
                    population.Ids[row] = evaluations + (row - asked.Start);
                }
                long remaining = budget - evaluations;
                EvaluationBatch batch = asked.Count > remaining ? asked.Take((int)remaining) : asked;

                if (batch.Count == 0 || !journal.TryReplay(batch, _settings.Evaluator.FailurePolicy, out failureMessage))
                {
                    long batchStartedAt = journal.Timestamp();
                    failureMessage = await EvaluateAsync(evaluator, batch, cancellationToken).ConfigureAwait(false);
                    if (batch.Count > 0)
                    {
                        journal.Record(batch, journal.SecondsSince(batchStartedAt));
                    }
                }

                int evaluatedRows = 0, feasibleRows = 0;
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
                            improved |= archive is not null ? archive.Offer(population, row)
                                : !runReportsFront && incumbent.Offer(population, row);
                            break;
                        case RowStatus.Failed:
                            failedEvaluations++;
                            if (failures.Count < RunResult.MaxRecordedFailures)
                            {
                                failures.Add(new FailedEvaluation(population.ToCandidate(row), population.MessageOf(row) ?? "failed"));
                            }
                            break;
                    }
                }
                evaluations += evaluatedRows;
                for (int row = batch.Start; row < batch.End; row++)
                {
                    evaluations += population.Status[row] == RowStatus.Failed ? 1 : 0;
                }
                constraints.Rank(population, new ConstraintProgress(run.Generation, evaluations));
                run.Tell(batch);
                improved |= runReportsFront && frontSource!.FrontChanged;
                stagnantGenerations = improved ? 0 : stagnantGenerations + 1;

                double? meanObjective = spec.IsMultiObjective || evaluatedRows == 0 ? null
                    : (spec.Objectives[0].Sense == ObjectiveSense.Maximize ? -objectiveSum : objectiveSum) / evaluatedRows;
                if (hypervolume is not null && (improved || run.Generation == 1))
                {
                    hypervolume.Measure(archive, runReportsFront ? frontSource : null);
                }
                TimeSpan elapsed = clock.GetElapsedTime(startedAt);
                var report = new GenerationReport(run.Generation, evaluations, failedEvaluations,
                    incumbent.BestObjective, incumbent.BestViolation,
                    evaluatedRows == 0 ? 0 : (double)feasibleRows / evaluatedRows,
                    archive?.Count ?? (runReportsFront ? frontSource!.FrontRows.Length : 0), elapsed, constraints.State,
                    meanObjective, hypervolume?.Value);
                // A generation whose batch spans the interval is always kept; smaller ones at most once per interval (the
                // best so far rides along), so single-step solvers do not keep a report per evaluation.
                bool inHistory = evaluations >= nextHistoryAt;
                if (inHistory)
                {
                    history.Add(report);
                    nextHistoryAt = evaluations + historyInterval;
                    unrecorded = null;
                }
                else
                {
                    unrecorded = report;
                }
                _settings.Progress?.Report(report);
                lastReport = report;
                yield return report;

                await journal.AfterGenerationAsync(report, inHistory).ConfigureAwait(false);
                if (journal.StopRequested)
                {
                    reason = TerminationReason.StoreFailed;
                    break;
                }
                if (failureMessage is not null)
                {
                    reason = TerminationReason.EvaluationFailed;
                    break;
                }
                if (cancellationToken.IsCancellationRequested)
                {
                    reason = TerminationReason.Cancelled;
                    break;
                }
                var progress = new RunProgress(run.Generation, evaluations, elapsed, incumbent.BestObjective,
                    incumbent.BestViolation == 0, spec.Objectives[0].Sense, stagnantGenerations);
                if (termination.Check(progress) is { } stop)
                {
                    reason = stop;
                    break;
                }
                if (evaluations >= budget)
                {
                    reason = TerminationReason.MaxEvaluations;
                    break;
                }
            }
        }

        if (unrecorded is { } last)
        {
            history.Add(last);
        }
        await journal.FinishAsync(lastReport, appendLast: unrecorded is not null).ConfigureAwait(false);

        Solution? best = spec.IsMultiObjective ? null : incumbent.ToSolution();
        _result = new RunResult
        {
            ProblemName = spec.Name,
            SolverName = _solver.Name,
            ConstraintHandlerName = _settings.Constraints.Name,
            EqualityTolerance = spec.EqualityTolerance,
            Seed = _settings.Seed,
            ObjectiveCount = spec.ObjectiveCount,
            Evaluations = evaluations,
            FailedEvaluations = failedEvaluations,
            Generations = run.Generation,
            Elapsed = clock.GetElapsedTime(startedAt),
            TerminationReason = reason,
            FailureMessage = failureMessage,
            Failures = failures,
            Best = best,
            ParetoSet = runReportsFront ? ToSolutions(spec, frontSource!)
                : archive is null ? (best is null ? [] : [best]) : ToSolutions(spec, archive),
            History = history,
            StoreFailure = journal.Failure,
            ReplayedEvaluations = journal.ReplayedEvaluations,
        };
        if (!await journal.CompleteAsync(_result).ConfigureAwait(false))
        {
            _result.StoreFailure = journal.Failure;
        }
    }

    // The serial evaluator finishes synchronously: that case returns without an async state machine, which a solver
    // scoring one candidate per generation (single-chain SA) would otherwise pay on every evaluation.
    private static ValueTask<string?> EvaluateAsync(IEvaluator evaluator, EvaluationBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return ValueTask.FromResult<string?>(null);
        }
        ValueTask<EvaluationSummary> pending;
        try
        {
            pending = evaluator.EvaluateAsync(batch, cancellationToken);
        }
        catch (EvaluationFailedException failure)
        {
            return ValueTask.FromResult<string?>(failure.Message);
        }
        return pending.IsCompletedSuccessfully ? ValueTask.FromResult<string?>(null) : AwaitEvaluationAsync(pending);
    }

    private static async ValueTask<string?> AwaitEvaluationAsync(ValueTask<EvaluationSummary> pending)
    {
        try
        {
            await pending.ConfigureAwait(false);
            return null;
        }
        catch (EvaluationFailedException failure)
        {
            return failure.Message;
        }
    }

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
