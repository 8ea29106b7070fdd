using System.Globalization;
using Metaheuristics.External;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.RandomSearch;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.External;

/// <summary>
/// Runs random search (whose candidates do not depend on the scores) against a Python evaluator that misbehaves on
/// purpose when x0 > threshold, and against the same function in process: the good evaluations must match exactly and
/// the bad ones must be the failures, each with its reason.
/// </summary>
public sealed class ExternalProblemTests
{
    private const int Budget = 240;
    private static readonly ProblemSpec Spec = new() { Name = "shifted-sphere", Space = SearchSpace.Real(2, 0, 1) };

    private static IAsyncProblem InProcess(double threshold) => Problem.CreateAsync(Spec, (candidate, _) =>
    {
        double[] x = candidate.Reals;
        return ValueTask.FromResult(x[0] > threshold
            ? EvaluationResult.Failure("bad")
            : EvaluationResult.Of((x[0] - 0.3) * (x[0] - 0.3) + (x[1] - 0.3) * (x[1] - 0.3)));
    });

    private static RunSettings Settings(int threads = 2) => new()
    {
        Seed = 11,
        Termination = Terminate.AfterEvaluations(Budget),
        Evaluator = new Metaheuristics.Evaluation.EvaluatorOptions { MaxDegreeOfParallelism = threads },
    };

    private static RandomSearchSolver Solver => new(new RandomSearchOptions { BatchSize = 24 });

    private static async Task<RunResult> RunExternalAsync(ExternalEvaluatorOptions options) => (await RunCountingStartsAsync(options)).Result;

    private static async Task<(RunResult Result, int ProcessStarts)> RunCountingStartsAsync(ExternalEvaluatorOptions options)
    {
        await using ExternalProblem problem = ExternalProblem.Start(Spec, options);
        RunResult result = await Optimizer.SolveAsync(problem, Solver, Settings());
        return (result, problem.ProcessStarts);
    }

    [TestCase("ok", 1, 1)]
    [TestCase("ok", 2, 4)]
    [TestCase("reorder", 2, 8)]
    public async Task Solve_WellBehavedEvaluator_SameResultAsInProcess(string mode, int workers, int depth)
    {
        RunResult expected = await Optimizer.SolveAsync(InProcess(double.PositiveInfinity), Solver, Settings());
        RunResult actual = await RunExternalAsync(PythonEvaluator.Options(PythonEvaluator.Faulty, mode) with { Workers = workers, PipelineDepth = depth });

        Assert.That(actual.FailedEvaluations, Is.Zero, () => string.Join("; ", actual.Failures.Select(f => f.Reason)));
        Assert.That(actual.Evaluations, Is.EqualTo(Budget));
        Assert.That(actual.Best!.Objectives[0], Is.EqualTo(expected.Best!.Objectives[0]), "JSON carries doubles exactly both ways");
        Assert.That(actual.Best.Candidate.Reals, Is.EqualTo(expected.Best.Candidate.Reals));
    }

    [TestCase("crash", 0.85, true, "the evaluator process exited with code 3 while evaluating this candidate; stderr: boom: x0 = ")]
    [TestCase("hang", 0.95, true, "killed and restarted")]
    [TestCase("garbage", 0.85, false, "malformed answer: the answer line is not valid JSON")]
    [TestCase("count", 0.85, false, "malformed answer: 'f' has 2 values, expected 1")]
    [TestCase("error", 0.85, false, "x0 out of range")]
    public async Task Solve_MisbehavingEvaluator_BadOnesFailWithReasonAndGoodOnesAreKept(string mode, double threshold, bool restarts, string reason)
    {
        RunResult expected = await Optimizer.SolveAsync(InProcess(threshold), Solver, Settings());
        ExternalEvaluatorOptions options = PythonEvaluator.Options(PythonEvaluator.Faulty, mode, threshold.ToString(CultureInfo.InvariantCulture)) with
        {
            Workers = 2,
            // A hang costs the timeout, and the start-up allowance too when the restarted worker's first request hangs.
            Timeout = TimeSpan.FromSeconds(0.5),
            StartupTimeout = TimeSpan.FromSeconds(2),
        };
        (RunResult actual, int starts) = await RunCountingStartsAsync(options);

        Assert.That(starts, Is.EqualTo(options.Workers + (restarts ? actual.FailedEvaluations : 0)),
            "a worker is restarted once per crash or hang, and never for a bad answer");
        Assert.That(expected.FailedEvaluations, Is.InRange(5, 60), "the threshold makes a fair share of bad candidates");
        Assert.That(actual.TerminationReason, Is.EqualTo(TerminationReason.MaxEvaluations));
        Assert.That(actual.Evaluations, Is.EqualTo(Budget));
        Assert.That(actual.FailedEvaluations, Is.EqualTo(expected.FailedEvaluations));
        Assert.That(actual.Best!.Objectives[0], Is.EqualTo(expected.Best!.Objectives[0]));
        Assert.That(actual.Failures, Has.Count.EqualTo(expected.FailedEvaluations));
        foreach (FailedEvaluation failure in actual.Failures)
        {
            Assert.That(failure.Candidate.Reals[0], Is.GreaterThan(threshold), "only the bad candidates failed");
            Assert.That(failure.Reason, Does.Contain(reason));
        }
    }

    [Test]
    public void Start_ProgramDoesNotExist_ErrorNamesTheCommand()
    {
        var options = new ExternalEvaluatorOptions { Command = ["no-such-evaluator-program", "--flag"] };
        var exception = Assert.Throws<InvalidOperationException>(() => ExternalProblem.Start(Spec, options));
        Assert.That(exception!.Message, Does.Contain("could not start the evaluator 'no-such-evaluator-program --flag'"));
    }

    [Test]
    public async Task Solve_WorkerDiesAtOnceEveryTime_GivenUpAfterMaxConsecutiveCrashes()
    {
        ExternalEvaluatorOptions options = PythonEvaluator.Options("-c", "import sys; print('no model file', file=sys.stderr); sys.exit(2)")
            with { MaxConsecutiveCrashes = 3 };
        RunResult result = await RunExternalAsync(options);

        Assert.That(result.Evaluations, Is.EqualTo(Budget));
        Assert.That(result.FailedEvaluations, Is.EqualTo(Budget));
        Assert.That(result.Best, Is.Null);
        Assert.That(result.Failures[^1].Reason, Does.StartWith("the evaluator process died 3 times in a row without answering"));
        Assert.That(result.Failures[^1].Reason, Does.Contain("exited with code 2").And.Contain("no model file"));
    }

    [Test]
    public async Task Solve_CancelledWhileWorkersHang_ReturnsPromptlyAsCancelled()
    {
        ExternalEvaluatorOptions options = PythonEvaluator.Options(PythonEvaluator.Faulty, "hang", "-1") with { Workers = 2 };
        await using ExternalProblem problem = ExternalProblem.Start(Spec, options);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        RunResult result = await Optimizer.SolveAsync(problem, Solver, Settings(), cancellation.Token);

        Assert.That(result.TerminationReason, Is.EqualTo(TerminationReason.Cancelled));
        Assert.That(result.Evaluations, Is.Zero);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "cancellation does not wait for hung workers");
    }
}
