namespace Metaheuristics.Problems.MultiObjective;

/// <summary>ZDT6: non-uniform, concave front f₂ = 1 − f₁² for f₁ ∈ [0.2807753191, 1]; 10 variables in [0, 1] by default.</summary>
public sealed class Zdt6(int variables = 10) : ZdtProblem("zdt6", variables, 0, 1)
{
    /// <summary>The smallest f₁ on the front: 1 − exp(−4x₁)·sin⁶(6πx₁) at its minimum over [0, 1].</summary>
    public const double MinimumF1 = 0.2807753191;

    /// <inheritdoc/>
    protected override double F1(double x1) => 1 - Math.Exp(-4 * x1) * Math.Pow(Math.Sin(6 * Math.PI * x1), 6);

    /// <inheritdoc/>
    protected override double G(ReadOnlySpan<double> rest)
    {
        double sum = 0;
        foreach (double v in rest)
        {
            sum += v;
        }
        return 1 + 9 * Math.Pow(sum / rest.Length, 0.25);
    }

    /// <inheritdoc/>
    protected override double H(double f1, double g) => 1 - (f1 / g) * (f1 / g);

    /// <inheritdoc/>
    public override double[][] ReferenceFront() => ReferenceFronts.Curve(ReferenceFrontSize, MinimumF1, 1, f1 => 1 - f1 * f1);
}
