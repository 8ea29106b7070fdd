namespace Metaheuristics.Termination;

/// <summary>Decides, after each generation, whether a run should stop. Criteria are immutable and shareable.</summary>
public interface ITerminationCriterion
{
    /// <summary>The most evaluations this criterion allows, or null when it sets no budget. The driver never exceeds it.</summary>
    long? EvaluationBudget { get; }

    /// <summary>The reason to stop now, or null to go on.</summary>
    TerminationReason? Check(in RunProgress progress);
}
