namespace Metaheuristics.Problems.Constrained;

/// <summary>CEC 2006 g07: quadratic objective, 10 variables, 3 linear and 5 nonlinear inequalities; f* = 24.3062090681.</summary>
public sealed class G07() : Cec2006Problem("g07",
    [-10, -10, -10, -10, -10, -10, -10, -10, -10, -10],
    [10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
    8, 0, 24.3062090681,
    [2.17199634142692, 2.3636830416034, 8.77392573913157, 5.09598443745173, 0.990654756560493, 1.43057392853463,
     1.32164415364306, 9.82872576524495, 8.2800915887356, 8.3759266477347])
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x, Span<double> c)
    {
        c[0] = -105 + 4 * x[0] + 5 * x[1] - 3 * x[6] + 9 * x[7];
        c[1] = 10 * x[0] - 8 * x[1] - 17 * x[6] + 2 * x[7];
        c[2] = -8 * x[0] + 2 * x[1] + 5 * x[8] - 2 * x[9] - 12;
        c[3] = 3 * Sq(x[0] - 2) + 4 * Sq(x[1] - 3) + 2 * x[2] * x[2] - 7 * x[3] - 120;
        c[4] = 5 * x[0] * x[0] + 8 * x[1] + Sq(x[2] - 6) - 2 * x[3] - 40;
        c[5] = x[0] * x[0] + 2 * Sq(x[1] - 2) - 2 * x[0] * x[1] + 14 * x[4] - 6 * x[5];
        c[6] = 0.5 * Sq(x[0] - 8) + 2 * Sq(x[1] - 4) + 3 * x[4] * x[4] - x[5] - 30;
        c[7] = -3 * x[0] + 6 * x[1] + 12 * Sq(x[8] - 8) - 7 * x[9];
        return x[0] * x[0] + x[1] * x[1] + x[0] * x[1] - 14 * x[0] - 16 * x[1] + Sq(x[2] - 10) + 4 * Sq(x[3] - 5)
            + Sq(x[4] - 3) + 2 * Sq(x[5] - 1) + 5 * x[6] * x[6] + 7 * Sq(x[7] - 11) + 2 * Sq(x[8] - 10) + Sq(x[9] - 7) + 45;
    }

    private static double Sq(double value) => value * value;
}
