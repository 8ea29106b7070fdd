namespace Metaheuristics.Problems.MultiObjective;

/// <summary>ZDT2: concave front f₂ = 1 − f₁²; 30 variables in [0, 1] by default.</summary>
public sealed class Zdt2(int variables = 30) : ZdtProblem("zdt2", variables, 0, 1)
{
    /// <inheritdoc/>
    protected override double G(ReadOnlySpan<double> rest) => LinearG(rest);

    /// <inheritdoc/>
    protected override double H(double f1, double g) => 1 - (f1 / g) * (f1 / g);

    /// <inheritdoc/>
    public override double[][] ReferenceFront() => ReferenceFronts.Curve(ReferenceFrontSize, 0, 1, f1 => 1 - f1 * f1);
}
