namespace Metaheuristics.Problems.Constrained;

/// <summary>CEC 2006 g08: multimodal objective, 2 variables, 2 nonlinear inequalities; f* = −0.0958250414180359.</summary>
public sealed class G08() : Cec2006Problem("g08",
    [0, 0],
    [10, 10],
    2, 0, -0.0958250414180359, [1.22797135260752599, 4.24537336612274885])
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x, Span<double> c)
    {
        c[0] = x[0] * x[0] - x[1] + 1;
        c[1] = 1 - x[0] + (x[1] - 4) * (x[1] - 4);
        double s = Math.Sin(2 * Math.PI * x[0]);
        // At x₁ = 0 the quotient is 0/0; the limit along the bound is 0, which keeps the corner evaluable.
        double denominator = x[0] * x[0] * x[0] * (x[0] + x[1]);
        return denominator == 0 ? 0 : -(s * s * s) * Math.Sin(2 * Math.PI * x[1]) / denominator;
    }
}
