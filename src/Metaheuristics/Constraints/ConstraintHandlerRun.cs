using Metaheuristics.Populations;

namespace Metaheuristics.Constraints;

/// <summary>
/// The state of a constraint handler during one run. The driver calls <see cref="Rank"/> once per generation, after the
/// evaluator has scored the batch and before the solver is told, so every solver sees the same ranking view.
/// </summary>
public abstract class ConstraintHandlerRun
{
    /// <summary>
    /// Updates the handler's state from the scored rows of <paramref name="population"/> and writes
    /// <see cref="Population.Level"/> and <see cref="Population.Penalty"/> for every evaluated row. Rows that are
    /// pending or failed keep level +∞. Raw objectives, constraint values and violations are left alone.
    /// </summary>
    public abstract void Rank(Population population, ConstraintProgress progress);

    /// <summary>The handler's adaptive state after the last <see cref="Rank"/>, or null when it has none.</summary>
    public virtual ConstraintHandlerState? State => null;
}
