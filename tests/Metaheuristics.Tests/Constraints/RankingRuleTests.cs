using Metaheuristics.Constraints;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using static Metaheuristics.Tests.Constraints.HandlerFixture;

namespace Metaheuristics.Tests.Constraints;

public sealed class RankingRuleTests
{
    // Rows: 0 feasible f=10; 1 infeasible f=1 (v=0.5); 2 feasible f=5; 3 infeasible f=20 (v=0.1); 4 infeasible f=0 (v=0.1).
    private static readonly double[][] Mixed = [[10, -1], [1, 0.5], [5, 0], [20, 0.1], [0, 0.1]];

    [Test]
    public void Feasibility_FeasibleFirstByObjective_ThenLowerViolation_ThenObjective()
    {
        Population population = Scored(Spec(1), Mixed);
        Rank(new FeasibilityRules(), population);
        Assert.That(Order(population), Is.EqualTo(new[] { 2, 0, 4, 3, 1 }));
    }

    [Test]
    public void Death_EveryFeasibleRowBeforeAnyInfeasible_InfeasibleRankedWithFailedRows()
    {
        Population population = Scored(Spec(1), Mixed);
        Rank(new DeathPenalty(), population);
        Assert.That(Order(population).Take(2), Is.EqualTo(new[] { 2, 0 }));
        Assert.That(new[] { population.Level[1], population.Level[3], population.Level[4] }, Has.All.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void StaticPenalty_AddsWeightedPowerOfEachViolation()
    {
        // g = (0.5, −1) and h = 0.3 (ε = 1e-4): penalty = 2·0.5² + 3·0² + 5·(0.3 − 1e-4)².
        ProblemSpec spec = Spec(2, 1);
        Population population = Scored(spec, [1, 0.5, -1, 0.3], [1.6, 0, 0, 0]);
        Rank(new StaticPenalty(new StaticPenaltyOptions { Weights = [2, 3, 5], Exponent = 2 }), population);
        Assert.That(population.Penalty[0], Is.EqualTo(2 * 0.25 + 5 * 0.2999 * 0.2999).Within(1e-12));
        Assert.That(population.Penalty[1], Is.Zero);
        Assert.That(Order(population), Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void StaticPenalty_WrongNumberOfWeights_NamesTheField()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new StaticPenalty(new StaticPenaltyOptions { Weights = [1, 2] }).Start(Spec(3), default));
        Assert.That(error!.Message, Does.Contain("Weights").And.Contain("3 constraints"));
    }

    [Test]
    public void Epsilon_RowsWithinEpsilonCompareByObjective_AtTheBoundaryToo_AndEpsilonFallsToZero()
    {
        // Violations 0, 0.1, 0.2, 0.4, 0.8; θ = 0.4 picks the third lowest: ε(0) = 0.2.
        ProblemSpec spec = Spec(1);
        double[][] rows = [[5, 0], [4, 0.1], [3, 0.2], [2, 0.4], [1, 0.8]];
        var handler = new EpsilonConstraint(new EpsilonConstraintOptions { Theta = 0.4, Exponent = 5, ControlFraction = 0.5 });
        Population population = Scored(spec, rows);
        ConstraintHandlerRun run = handler.Start(spec, new ConstraintRunContext(1, 100));

        run.Rank(population, new ConstraintProgress(0, 0));
        Assert.That(run.State!.Epsilon, Is.EqualTo(0.2));
        Assert.That(Order(population), Is.EqualTo(new[] { 2, 1, 0, 3, 4 }), "0.2 lies on the boundary and counts as ε-feasible");

        run.Rank(population, new ConstraintProgress(1, 25));
        Assert.That(run.State!.Epsilon, Is.EqualTo(0.2 * Math.Pow(0.5, 5)).Within(1e-15));
        Assert.That(Order(population), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));

        run.Rank(population, new ConstraintProgress(2, 50));
        Assert.That(run.State!.Epsilon, Is.Zero);
        Assert.That(population.Level[1], Is.EqualTo(0.1));
    }

    [Test]
    public void StochasticRanking_ProbabilityZeroIsFeasibilityRules_ProbabilityOneIsObjectiveOrder()
    {
        Population byViolation = Scored(Spec(1), Mixed);
        Rank(new StochasticRanking(new StochasticRankingOptions { ObjectiveProbability = 0 }), byViolation);
        // Rows 3 and 4 tie on violation, and a bubble sort never swaps a tie.
        Assert.That(Order(byViolation), Is.EqualTo(new[] { 2, 0, 3, 4, 1 }));

        Population byObjective = Scored(Spec(1), Mixed);
        Rank(new StochasticRanking(new StochasticRankingOptions { ObjectiveProbability = 1 }), byObjective);
        Assert.That(Order(byObjective), Is.EqualTo(new[] { 4, 1, 2, 0, 3 }));
    }

    [Test]
    public void StochasticRanking_SameSeedAndGeneration_SameRanks()
    {
        double[][] rows = [.. Enumerable.Range(0, 40).Select(i => new double[] { (i * 37) % 11, i % 3 == 0 ? 0 : (i * 13) % 7 })];
        Population a = Scored(Spec(1), rows), b = Scored(Spec(1), rows);
        Rank(new StochasticRanking(), a, generation: 3);
        Rank(new StochasticRanking(), b, generation: 3);
        Assert.That(b.Level.ToArray(), Is.EqualTo(a.Level.ToArray()));
        Assert.That(a.Level.ToArray(), Is.Unique);
    }

    [Test]
    public void StochasticRanking_MultiObjective_RefusedWithReason()
    {
        var error = Assert.Throws<ArgumentException>(() => new StochasticRanking().Start(Spec(1, 0, 2), default));
        Assert.That(error!.Message, Does.Contain("one objective"));
    }

    [Test]
    public void AdaptivePenalty_WeightGrowsBelowTargetFeasibleShare_ShrinksAbove()
    {
        ProblemSpec spec = Spec(1);
        var handler = new AdaptivePenalty(new AdaptivePenaltyOptions { InitialWeight = 10, IncreaseFactor = 2, DecreaseFactor = 4, TargetFeasibleFraction = 0.5 });
        ConstraintHandlerRun run = handler.Start(spec, default);
        run.Rank(Scored(spec, [1, 1], [1, 1]), new ConstraintProgress(0, 2));
        Assert.That(run.State!.PenaltyWeight, Is.EqualTo(10));

        Population infeasible = Scored(spec, [1, 1], [2, 2], [3, -1]);
        run.Rank(infeasible, new ConstraintProgress(1, 5));
        Assert.That(run.State!.PenaltyWeight, Is.EqualTo(20));

        Population mostlyFeasible = Scored(spec, [1, 1], [2, -2], [3, -1]);
        run.Rank(mostlyFeasible, new ConstraintProgress(2, 8));
        Assert.That(run.State!.PenaltyWeight, Is.EqualTo(5));
        // Constraint scale s = mean |g| of the first population = 1, so the penalty is w·g².
        Assert.That(mostlyFeasible.Penalty[0], Is.EqualTo(5));
    }

    [Test]
    public void EveryHandler_FailedRowsRankLast()
    {
        foreach (IConstraintHandler handler in AllHandlers())
        {
            Population population = Scored(Spec(1), [3, -1], [1, 2], [2, 0]);
            population.MarkFailed(2, "boom");
            Rank(handler, population);
            Assert.That(Order(population)[^1], Is.EqualTo(2), handler.Name);
        }
    }

    [Test]
    public void Options_InvalidFields_NamedTogether()
    {
        var error = Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() =>
            new AugmentedLagrangian(new AugmentedLagrangianOptions { UpdateInterval = 0, PenaltyGrowth = 0.5, RequiredReduction = 2 }));
        Assert.That(error!.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "UpdateInterval", "PenaltyGrowth", "RequiredReduction" }));
        Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() => new EpsilonConstraint(new EpsilonConstraintOptions { Theta = 2 }));
        Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() => new AdaptivePenalty(new AdaptivePenaltyOptions { IncreaseFactor = 1 }));
    }

    internal static IConstraintHandler[] AllHandlers() =>
    [
        new FeasibilityRules(), new DeathPenalty(), new StaticPenalty(), new AdaptivePenalty(),
        new EpsilonConstraint(), new StochasticRanking(), new AugmentedLagrangian(),
    ];
}
