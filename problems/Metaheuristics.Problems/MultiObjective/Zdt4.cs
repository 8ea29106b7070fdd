namespace Metaheuristics.Problems.MultiObjective;

/// <summary>ZDT4: ZDT1's front behind 21⁹ local fronts (Rastrigin-like g); x₁ ∈ [0, 1], the other variables in [−5, 5]; 10 variables by default.</summary>
public sealed class Zdt4(int variables = 10) : ZdtProblem("zdt4", variables, -5, 5)
{
    /// <inheritdoc/>
    protected override double G(ReadOnlySpan<double> rest)
    {
        double sum = 1 + 10 * rest.Length;
        foreach (double v in rest)
        {
            sum += v * v - 10 * Math.Cos(4 * Math.PI * v);
        }
        return sum;
    }

    /// <inheritdoc/>
    protected override double H(double f1, double g) => 1 - Math.Sqrt(f1 / g);

    /// <inheritdoc/>
    public override double[][] ReferenceFront() => ReferenceFronts.Curve(ReferenceFrontSize, 0, 1, f1 => 1 - Math.Sqrt(f1));
}
