namespace Metaheuristics.Problems.MultiObjective;

/// <summary>ZDT1: convex front f₂ = 1 − √f₁; 30 variables in [0, 1] by default.</summary>
public sealed class Zdt1(int variables = 30) : ZdtProblem("zdt1", variables, 0, 1)
{
    /// <inheritdoc/>
    protected override double G(ReadOnlySpan<double> rest) => LinearG(rest);

    /// <inheritdoc/>
    protected override double H(double f1, double g) => 1 - Math.Sqrt(f1 / g);

    /// <inheritdoc/>
    public override double[][] ReferenceFront() => ReferenceFronts.Curve(ReferenceFrontSize, 0, 1, f1 => 1 - Math.Sqrt(f1));
}
