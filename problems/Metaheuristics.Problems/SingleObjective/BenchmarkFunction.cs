using Metaheuristics.Spaces;

namespace Metaheuristics.Problems.SingleObjective;

/// <summary>
/// Template for the classic single-objective test functions: a box-bounded real space of any dimension, a known
/// optimum and its location. Derived classes supply only the formula.
/// </summary>
public abstract class BenchmarkFunction : IProblem
{
    /// <summary>Sets up the function's space and known optimum.</summary>
    protected BenchmarkFunction(string name, int dimension, double lower, double upper, double optimum, double optimumCoordinate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        var location = new double[dimension];
        Array.Fill(location, optimumCoordinate);
        Dimension = dimension;
        Spec = new ProblemSpec
        {
            Name = name,
            Space = SearchSpace.Real(dimension, lower, upper),
            KnownOptimum = optimum,
            KnownOptimumLocation = location,
        };
    }

    /// <inheritdoc/>
    public ProblemSpec Spec { get; }

    /// <summary>The number of variables.</summary>
    public int Dimension { get; }

    /// <summary>The function's value at <paramref name="x"/>.</summary>
    public abstract double Value(ReadOnlySpan<double> x);

    /// <inheritdoc/>
    public void Evaluate(Genome genome, Span<double> objectives, Span<double> constraints) => objectives[0] = Value(genome.Reals);
}
