namespace Metaheuristics.Problems.Constrained;

/// <summary>CEC 2006 g04: quadratic objective, 5 variables, 6 nonlinear inequalities; f* = −30665.5386717834.</summary>
public sealed class G04() : Cec2006Problem("g04",
    [78, 33, 27, 27, 27],
    [102, 45, 45, 45, 45],
    6, 0, -30665.5386717834, [78, 33, 29.9952560256815985, 45, 36.7758129057882073])
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x, Span<double> c)
    {
        double u = 85.334407 + 0.0056858 * x[1] * x[4] + 0.0006262 * x[0] * x[3] - 0.0022053 * x[2] * x[4];
        double v = 80.51249 + 0.0071317 * x[1] * x[4] + 0.0029955 * x[0] * x[1] + 0.0021813 * x[2] * x[2];
        double w = 9.300961 + 0.0047026 * x[2] * x[4] + 0.0012547 * x[0] * x[2] + 0.0019085 * x[2] * x[3];
        c[0] = u - 92;
        c[1] = -u;
        c[2] = v - 110;
        c[3] = -v + 90;
        c[4] = w - 25;
        c[5] = -w + 20;
        return 5.3578547 * x[2] * x[2] + 0.8356891 * x[0] * x[4] + 37.293239 * x[0] - 40792.141;
    }
}
