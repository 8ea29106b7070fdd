namespace Metaheuristics.Problems.Constrained;

/// <summary>CEC 2006 g09: polynomial objective, 7 variables, 4 nonlinear inequalities; f* = 680.630057374402.</summary>
public sealed class G09() : Cec2006Problem("g09",
    [-10, -10, -10, -10, -10, -10, -10],
    [10, 10, 10, 10, 10, 10, 10],
    4, 0, 680.630057374402,
    [2.33049935147405174, 1.95137236847114592, -0.477541399510615805, 4.36572624923625874, -0.624486959100388983,
     1.03813099410962173, 1.5942266780671519])
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x, Span<double> c)
    {
        double x1 = x[0], x2 = x[1], x3 = x[2], x4 = x[3], x5 = x[4], x6 = x[5], x7 = x[6];
        c[0] = -127 + 2 * x1 * x1 + 3 * Math.Pow(x2, 4) + x3 + 4 * x4 * x4 + 5 * x5;
        c[1] = -282 + 7 * x1 + 3 * x2 + 10 * x3 * x3 + x4 - x5;
        c[2] = -196 + 23 * x1 + x2 * x2 + 6 * x6 * x6 - 8 * x7;
        c[3] = 4 * x1 * x1 + x2 * x2 - 3 * x1 * x2 + 2 * x3 * x3 + 5 * x6 - 11 * x7;
        return (x1 - 10) * (x1 - 10) + 5 * (x2 - 12) * (x2 - 12) + Math.Pow(x3, 4) + 3 * (x4 - 11) * (x4 - 11)
            + 10 * Math.Pow(x5, 6) + 7 * x6 * x6 + Math.Pow(x7, 4) - 4 * x6 * x7 - 10 * x6 - 8 * x7;
    }
}
