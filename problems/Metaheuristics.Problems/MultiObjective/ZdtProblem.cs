using Metaheuristics.Spaces;

namespace Metaheuristics.Problems.MultiObjective;

/// <summary>
/// Template for the ZDT suite (Zitzler, Deb &amp; Thiele 2000): two objectives, f₁ from x₁, a distance function g from
/// the rest, f₂ = g·h(f₁, g). The Pareto-optimal set has g = 1 (xᵢ = 0 for i ≥ 2).
/// </summary>
public abstract class ZdtProblem : IProblem
{
    /// <summary>The number of points in each reference front.</summary>
    public const int ReferenceFrontSize = 1000;

    /// <summary>Sets up a ZDT problem with x₁ ∈ [0, 1] and the other variables in [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    protected ZdtProblem(string name, int variables, double lower, double upper)
    {
        if (variables < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(variables), variables, $"{name} needs at least 2 variables.");
        }
        var lowerBounds = new double[variables];
        var upperBounds = new double[variables];
        Array.Fill(lowerBounds, lower);
        Array.Fill(upperBounds, upper);
        lowerBounds[0] = 0;
        upperBounds[0] = 1;
        Spec = new ProblemSpec
        {
            Name = name,
            Space = SearchSpace.Real(lowerBounds, upperBounds),
            Objectives = [ObjectiveSpec.Minimize("f1"), ObjectiveSpec.Minimize("f2")],
            ReferenceFrontFactory = ReferenceFront,
            ReferencePoint = [1.1, 1.1],
        };
    }

    /// <inheritdoc/>
    public ProblemSpec Spec { get; }

    /// <inheritdoc/>
    public void Evaluate(Genome genome, Span<double> objectives, Span<double> constraints)
    {
        ReadOnlySpan<double> x = genome.Reals;
        double f1 = F1(x[0]);
        double g = G(x[1..]);
        objectives[0] = f1;
        objectives[1] = g * H(f1, g);
    }

    /// <summary>A sample of the true front, <see cref="ReferenceFrontSize"/> points sampled along f₁ (non-dominated).</summary>
    public abstract double[][] ReferenceFront();

    /// <summary>The first objective as a function of x₁.</summary>
    protected virtual double F1(double x1) => x1;

    /// <summary>The distance function of x₂…xₙ; 1 on the Pareto-optimal set.</summary>
    protected abstract double G(ReadOnlySpan<double> rest);

    /// <summary>The shape function.</summary>
    protected abstract double H(double f1, double g);

    /// <summary>Mean-based g of ZDT1–3: 1 + 9·Σxᵢ/(n − 1).</summary>
    protected static double LinearG(ReadOnlySpan<double> rest)
    {
        double sum = 0;
        foreach (double v in rest)
        {
            sum += v;
        }
        return 1 + 9 * sum / rest.Length;
    }
}
