using Metaheuristics.Running;

namespace Metaheuristics.Tests.Journal;

/// <summary>Compares two runs on everything but timing: best, front, budget, generations, reason and history.</summary>
internal static class RunComparison
{
    public static void AssertSameOutcome(RunResult actual, RunResult expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.Evaluations, Is.EqualTo(expected.Evaluations), "evaluations");
            Assert.That(actual.FailedEvaluations, Is.EqualTo(expected.FailedEvaluations), "failed evaluations");
            Assert.That(actual.Generations, Is.EqualTo(expected.Generations), "generations");
            Assert.That(actual.TerminationReason, Is.EqualTo(expected.TerminationReason), "termination reason");
            Assert.That(actual.Best?.Objectives, Is.EqualTo(expected.Best?.Objectives), "best objectives");
            Assert.That(actual.Best?.Candidate.Reals, Is.EqualTo(expected.Best?.Candidate.Reals), "best reals");
            Assert.That(actual.Best?.Candidate.Integers, Is.EqualTo(expected.Best?.Candidate.Integers), "best integers");
            Assert.That(actual.ParetoSet.Select(s => s.Candidate.Id), Is.EqualTo(expected.ParetoSet.Select(s => s.Candidate.Id)), "front ids");
            Assert.That(actual.ParetoSet.SelectMany(s => s.Objectives), Is.EqualTo(expected.ParetoSet.SelectMany(s => s.Objectives)), "front objectives");
            Assert.That(actual.History.Select(WithoutTime), Is.EqualTo(expected.History.Select(WithoutTime)), "history");
        });
    }

    private static GenerationReport WithoutTime(GenerationReport report) => report with { Elapsed = TimeSpan.Zero, Constraints = null };
}
