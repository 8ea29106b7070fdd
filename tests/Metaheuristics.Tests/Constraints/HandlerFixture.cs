using Metaheuristics.Constraints;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Tests.Constraints;

/// <summary>Hand-built scored populations for the handler tests: each row is (f, g…, h…), its violation by the documented formula.</summary>
internal static class HandlerFixture
{
    public static ProblemSpec Spec(int inequalities, int equalities = 0, int objectives = 1) => new()
    {
        Name = "hand-built",
        Space = SearchSpace.Real(1, 0, 1),
        Objectives = [.. Enumerable.Range(0, objectives).Select(k => ObjectiveSpec.Minimize($"f{k}"))],
        InequalityCount = inequalities,
        EqualityCount = equalities,
    };

    /// <summary>A population of <paramref name="rows"/>: objective(s) first, then the constraint values.</summary>
    public static Population Scored(ProblemSpec spec, params double[][] rows)
    {
        var population = new Population(spec, rows.Length);
        int m = spec.ObjectiveCount;
        for (int row = 0; row < rows.Length; row++)
        {
            rows[row].AsSpan(0, m).CopyTo(population.ObjectivesOf(row));
            rows[row].AsSpan(m).CopyTo(population.ConstraintsOf(row));
            double violation = 0;
            for (int i = 0; i < spec.ConstraintCount; i++)
            {
                double c = rows[row][m + i];
                violation += i < spec.InequalityCount ? Math.Max(0, c) : Math.Max(0, Math.Abs(c) - spec.EqualityTolerance);
            }
            population.MarkEvaluated(row, violation);
        }
        return population;
    }

    /// <summary>Ranks <paramref name="population"/> with a fresh run of <paramref name="handler"/> at the given progress.</summary>
    public static ConstraintHandlerRun Rank(IConstraintHandler handler, Population population, int generation = 0, long evaluations = 0, long? budget = null)
    {
        ConstraintHandlerRun run = handler.Start(population.Spec, new ConstraintRunContext(7, budget));
        run.Rank(population, new ConstraintProgress(generation, evaluations));
        return run;
    }

    /// <summary>The rows best first, as solvers see them.</summary>
    public static int[] Order(Population population)
    {
        int[] rows = [.. Enumerable.Range(0, population.Capacity)];
        Array.Sort(rows, new RowRanking(population));
        return rows;
    }
}
