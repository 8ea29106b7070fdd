using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Constraints;

/// <summary>
/// Deb's feasibility rules (2000), the default: a feasible row beats an infeasible one; between feasible rows the better
/// objective wins; between infeasible rows the lower total violation wins. Parameter-free. Under NSGA-II this is
/// constrained domination.
/// </summary>
public sealed class FeasibilityRules : IConstraintHandler
{
    /// <inheritdoc/>
    public string Name => "feasibility";

    /// <inheritdoc/>
    public bool RanksFeasibleFirst => true;

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
                    population.Level[row] = population.Violation[row];
                    population.Penalty[row] = 0;
                }
            }
        }
    }
}
