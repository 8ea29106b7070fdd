namespace Metaheuristics.Problems.MultiObjective;

/// <summary>ZDT3: disconnected front, the non-dominated part of f₂ = 1 − √f₁ − f₁ sin(10πf₁); 30 variables in [0, 1] by default.</summary>
public sealed class Zdt3(int variables = 30) : ZdtProblem("zdt3", variables, 0, 1)
{
    /// <inheritdoc/>
    protected override double G(ReadOnlySpan<double> rest) => LinearG(rest);

    /// <inheritdoc/>
    protected override double H(double f1, double g) => 1 - Math.Sqrt(f1 / g) - f1 / g * Math.Sin(10 * Math.PI * f1);

    /// <inheritdoc/>
    /// <remarks>The curve is sampled densely (20× the front size) and reduced to its non-dominated points, which form five pieces.</remarks>
    public override double[][] ReferenceFront() => ReferenceFronts.NonDominated(
        ReferenceFronts.Curve(20 * ReferenceFrontSize, 0, 1, f1 => 1 - Math.Sqrt(f1) - f1 * Math.Sin(10 * Math.PI * f1)));
}
