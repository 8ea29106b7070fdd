using Metaheuristics.Constraints;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Differential;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;
using static Metaheuristics.Tests.Constraints.HandlerFixture;

namespace Metaheuristics.Tests.Constraints;

public sealed class AugmentedLagrangianTests
{
    private static AugmentedLagrangian Fixed(double rho, int interval = 1) => new(new AugmentedLagrangianOptions
    {
        InitialPenalty = rho, UpdateInterval = interval, NormalizeConstraints = false, PenaltyGrowth = 2, RequiredReduction = 0.5,
    });

    [Test]
    public void Penalty_IsThePhrForm()
    {
        // λ = 0, ρ = 2: an inequality g = 0.5 costs (ρ/2)·0.5² = 0.25, a satisfied one nothing; an equality h = 0.3
        // shrunk by ε to 0.2999 costs (ρ/2)·0.2999².
        ProblemSpec spec = Spec(2, 1);
        Population population = Scored(spec, [1, 0.5, -3, 0], [1, 0, 0, 0.3]);
        Rank(Fixed(2), population);
        Assert.That(population.Penalty[0], Is.EqualTo(0.25).Within(1e-15));
        Assert.That(population.Penalty[1], Is.EqualTo(0.2999 * 0.2999).Within(1e-15));
        Assert.That(population.Level[0], Is.Zero);
    }

    [Test]
    public void Update_MovesMultipliersByRhoTimesTheBestRowsConstraints_AndGrowsRhoWhenViolationStalls()
    {
        ProblemSpec spec = Spec(1, 1);
        ConstraintHandlerRun run = Fixed(2).Start(spec, default);
        // Only one row, so it is the best: g = 0.5, h = −0.2 (−0.1999 after the band).
        Population population = Scored(spec, [0, 0.5, -0.2]);
        run.Rank(population, new ConstraintProgress(0, 1));
        Assert.That(run.State!.Multipliers, Is.EqualTo(new[] { 0.0, 0.0 }));

        run.Rank(population, new ConstraintProgress(1, 2));
        Assert.That(run.State!.Multipliers![0], Is.EqualTo(1.0).Within(1e-15));
        Assert.That(run.State.Multipliers[1], Is.EqualTo(-0.3998).Within(1e-15));
        Assert.That(run.State.PenaltyWeight, Is.EqualTo(2), "the first update has nothing to compare with");

        run.Rank(population, new ConstraintProgress(2, 3));
        Assert.That(run.State!.PenaltyWeight, Is.EqualTo(4), "same violation again: ρ doubles");
        Assert.That(run.State.Multipliers![0], Is.EqualTo(2.0).Within(1e-15));
        // With λ = 2 and ρ = 4 the shifted term is (ρ/2)[(0.5 + 0.5)² − 0.5²] = 1.5, plus μh + (ρ/2)h².
        double h = -0.1999, mu = -0.3998 + 2 * h;
        Assert.That(population.Penalty[0], Is.EqualTo(1.5 + (mu * h) + (2 * h * h)).Within(1e-12));
    }

    [Test]
    public async Task Solve_ConvexInequality_MultiplierConvergesToKnownValue()
    {
        // min x² + y² s.t. 1 − x − y ≤ 0: x* = (½, ½), λ* = 1 (from 2x = λ).
        IProblem problem = Problem.Minimize(SearchSpace.Real(2, -2, 2), x => x[0] * x[0] + x[1] * x[1],
            inequalities: [x => 1 - x[0] - x[1]], name: "convex");
        (RunResult result, ConstraintHandlerState state) = await SolveWithLagrangian(problem, 30_000);
        Assert.That(state.Multipliers![0], Is.EqualTo(1).Within(0.02));
        Assert.That(result.Best!.IsFeasible, Is.True);
        Assert.That(result.Best.Objectives[0], Is.EqualTo(0.5).Within(1e-6));
    }

    [Test]
    public async Task Solve_ConvexEquality_MultiplierConvergesToKnownValue()
    {
        // min x² + y² s.t. x + y − 1 = 0: μ* = −1 (from 2x + μ = 0); the optimum sits on the band's edge, x + y = 1 − 1e-4.
        IProblem problem = Problem.Minimize(SearchSpace.Real(2, -2, 2), x => x[0] * x[0] + x[1] * x[1],
            inequalities: [], equalities: [x => x[0] + x[1] - 1], name: "convex-equality");
        (RunResult result, ConstraintHandlerState state) = await SolveWithLagrangian(problem, 30_000);
        Assert.That(state.Multipliers![0], Is.EqualTo(-1).Within(0.02));
        Assert.That(result.Best!.IsFeasible, Is.True);
        Assert.That(result.Best.Objectives[0], Is.EqualTo(0.5 * 0.9999 * 0.9999).Within(1e-6));
    }

    private static async Task<(RunResult, ConstraintHandlerState)> SolveWithLagrangian(IProblem problem, long evaluations)
    {
        OptimizationRun run = Optimizer.Start(problem, new DifferentialEvolution(), new RunSettings
        {
            Seed = 3,
            Termination = Terminate.AfterEvaluations(evaluations),
            Constraints = new AugmentedLagrangian(),
        });
        ConstraintHandlerState? last = null;
        await foreach (GenerationReport report in run.RunAsync())
        {
            last = report.Constraints;
        }
        Assert.That(run.Result.ConstraintHandlerName, Is.EqualTo("lagrangian"));
        return (run.Result, last!);
    }

    [Test]
    public async Task Solve_GeneticAlgorithm_SmallConstrainedProblem_ReachesKnownOptimum()
    {
        // min (x − 2)² + (y − 1)² s.t. x² − y ≤ 0 and x + y ≤ 2: optimum f* = 1 at (1, 1), both constraints active.
        IProblem problem = Problem.Minimize(SearchSpace.Real(2, -3, 3), x => (x[0] - 2) * (x[0] - 2) + (x[1] - 1) * (x[1] - 1),
            inequalities: [x => x[0] * x[0] - x[1], x => x[0] + x[1] - 2], name: "two-active");
        RunResult result = await Optimizer.SolveAsync(problem, new GeneticAlgorithm(), new RunSettings
        {
            Seed = 5,
            Termination = Terminate.AfterEvaluations(40_000),
            Constraints = new AugmentedLagrangian(),
        });
        Assert.That(result.Best!.IsFeasible, Is.True);
        Assert.That(result.Best.Objectives[0], Is.EqualTo(1).Within(1e-3));
        Assert.That(result.Best.Candidate.Reals, Is.EqualTo(new[] { 1.0, 1.0 }).Within(1e-2));
    }
}
