using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Constraints;

/// <summary>
/// The death penalty: an infeasible row is as bad as a failed evaluation, whatever its violation, so it survives only
/// while nothing feasible exists (then ordered by objective, the only information left). Parameter-free; useful when
/// infeasible points are meaningless, hopeless when the feasible region is small.
/// </summary>
public sealed class DeathPenalty : IConstraintHandler
{
    /// <inheritdoc/>
    public string Name => "death-penalty";

    /// <inheritdoc/>
    public bool RanksFeasibleFirst => false;

    /// <inheritdoc/>
    public ConstraintHandlerRun Start(ProblemSpec spec, ConstraintRunContext context) => new Run();

    private sealed class Run : ConstraintHandlerRun
    {
        public override void Rank(Population population, ConstraintProgress progress)
        {
            for (int row = 0; row < population.Capacity; row++)
            {
                if (ConstraintValues.IsScored(population, row))
                {
                    population.Level[row] = population.Violation[row] == 0 ? 0 : double.PositiveInfinity;
                    population.Penalty[row] = 0;
                }
            }
        }
    }
}
