using Metaheuristics.Problems;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Termination;

public sealed class TerminateTests
{
    private static RunProgress At(int generation = 0, long evaluations = 0, double? best = null, bool feasible = true,
        ObjectiveSense sense = ObjectiveSense.Minimize, int stagnant = 0, double seconds = 0) =>
        new(generation, evaluations, TimeSpan.FromSeconds(seconds), best, feasible, sense, stagnant);

    [Test]
    public void WhenAny_SeveralBudgets_BudgetIsTheSmallest()
    {
        ITerminationCriterion criterion = Terminate.WhenAny(Terminate.AfterEvaluations(500), Terminate.After(TimeSpan.FromSeconds(1)), Terminate.AfterEvaluations(300));
        Assert.That(criterion.EvaluationBudget, Is.EqualTo(300));
        Assert.That(criterion.Check(At(evaluations: 299)), Is.Null);
        Assert.That(criterion.Check(At(evaluations: 300)), Is.EqualTo(TerminationReason.MaxEvaluations));
        Assert.That(criterion.Check(At(seconds: 1)), Is.EqualTo(TerminationReason.TimeLimit));
    }

    [TestCase(ObjectiveSense.Minimize, 0.5, true, true)]
    [TestCase(ObjectiveSense.Minimize, 0.6, true, false)]
    [TestCase(ObjectiveSense.Maximize, 0.6, true, true)]
    [TestCase(ObjectiveSense.Minimize, 0.1, false, false)]
    public void AtTarget_RespectsSenseAndFeasibility(ObjectiveSense sense, double best, bool feasible, bool reached)
    {
        ITerminationCriterion criterion = Terminate.AtTarget(0.5);
        Assert.That(criterion.Check(At(best: best, feasible: feasible, sense: sense)), Is.EqualTo(reached ? TerminationReason.TargetReached : null));
    }

    [Test]
    public void OnStagnation_CountsGenerationsWithoutImprovement()
    {
        ITerminationCriterion criterion = Terminate.OnStagnation(3);
        Assert.That(criterion.Check(At(stagnant: 2)), Is.Null);
        Assert.That(criterion.Check(At(stagnant: 3)), Is.EqualTo(TerminationReason.Stagnation));
    }

    [Test]
    public void Factories_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Terminate.AfterEvaluations(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Terminate.AfterGenerations(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Terminate.After(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Terminate.AtTarget(double.NaN));
        Assert.Throws<ArgumentException>(() => Terminate.WhenAny());
    }
}
