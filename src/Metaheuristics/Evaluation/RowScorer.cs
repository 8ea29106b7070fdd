using System.Globalization;
using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Evaluation;

/// <summary>
/// The rules every evaluator applies once a problem has written a row: check for NaN/∞, turn maximized objectives into
/// minimized ones, and compute the violation. Kept in one place so that all evaluators score identically.
/// </summary>
internal sealed class RowScorer
{
    private readonly bool[] _negate;
    private readonly int _inequalities;
    private readonly double _equalityTolerance;

    public RowScorer(ProblemSpec spec)
    {
        _negate = new bool[spec.ObjectiveCount];
        for (int i = 0; i < _negate.Length; i++)
        {
            _negate[i] = spec.Objectives[i].Sense == ObjectiveSense.Maximize;
        }
        _inequalities = spec.InequalityCount;
        _equalityTolerance = spec.EqualityTolerance;
    }

    /// <summary>Prepares a row for a problem to write into: objectives NaN (so an objective left unwritten is caught), constraints 0.</summary>
    public static void Prepare(Population population, int row)
    {
        population.ObjectivesOf(row).Fill(double.NaN);
        population.ConstraintsOf(row).Clear();
    }

    /// <summary>Finishes a row the problem wrote in the user's sense; returns false (and marks the row failed) on NaN/∞.</summary>
    public bool Complete(Population population, int row)
    {
        Span<double> objectives = population.ObjectivesOf(row);
        for (int i = 0; i < objectives.Length; i++)
        {
            double value = objectives[i];
            if (!double.IsFinite(value))
            {
                population.MarkFailed(row, string.Create(CultureInfo.InvariantCulture, $"objective {i} is {Describe(value)}"));
                return false;
            }
            objectives[i] = _negate[i] ? -value : value;
        }
        Span<double> constraints = population.ConstraintsOf(row);
        double violation = 0;
        for (int i = 0; i < constraints.Length; i++)
        {
            double value = constraints[i];
            if (!double.IsFinite(value))
            {
                population.MarkFailed(row, string.Create(CultureInfo.InvariantCulture, $"constraint {i} is {Describe(value)}"));
                return false;
            }
            violation += i < _inequalities ? Math.Max(0, value) : Math.Max(0, Math.Abs(value) - _equalityTolerance);
        }
        population.MarkEvaluated(row, violation);
        return true;
    }

    /// <summary>Copies an asynchronous evaluation's values into a row and finishes it.</summary>
    public bool Complete(Population population, int row, EvaluationResult evaluation)
    {
        if (evaluation.Error is not null)
        {
            population.MarkFailed(row, evaluation.Error);
            return false;
        }
        if (evaluation.Objectives.Length != population.ObjectiveCount || evaluation.Constraints.Length != population.ConstraintCount)
        {
            population.MarkFailed(row, string.Create(CultureInfo.InvariantCulture,
                $"returned {evaluation.Objectives.Length} objectives and {evaluation.Constraints.Length} constraint values; expected {population.ObjectiveCount} and {population.ConstraintCount}"));
            return false;
        }
        evaluation.Objectives.CopyTo(population.ObjectivesOf(row));
        evaluation.Constraints.CopyTo(population.ConstraintsOf(row));
        return Complete(population, row);
    }

    /// <summary>Evaluates one row of a synchronous problem, recording a throw as a failure.</summary>
    public bool EvaluateRow(IProblem problem, Population population, int row)
    {
        Prepare(population, row);
        try
        {
            problem.Evaluate(population.GenomeOf(row), population.ObjectivesOf(row), population.ConstraintsOf(row));
        }
#pragma warning disable CA1031 // A user's objective may throw anything; it is recorded against the row, never lost.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            population.MarkFailed(row, Describe(exception));
            return false;
        }
        return Complete(population, row);
    }

    public static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";

    private static string Describe(double value) => double.IsNaN(value) ? "NaN (or was not written)" : value > 0 ? "+∞" : "−∞";

    /// <summary>The lowest failed row of a batch, for a deterministic fail-fast message.</summary>
    public static EvaluationFailedException? FirstFailure(EvaluationBatch batch)
    {
        Population population = batch.Population;
        for (int row = batch.Start; row < batch.End; row++)
        {
            if (population.Status[row] == RowStatus.Failed)
            {
                return new EvaluationFailedException(population.Ids[row], population.MessageOf(row) ?? "failed");
            }
        }
        return null;
    }
}
