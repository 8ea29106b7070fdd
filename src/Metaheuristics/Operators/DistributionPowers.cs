using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Metaheuristics.Operators;

/// <summary>
/// The two powers of a polynomial spread distribution with index η, as SBX and polynomial mutation draw from it:
/// x^(η+1) and x^(1/(η+1)). They are the hot cost of both operators (up to four per crossed gene), and η is nearly always a
/// whole number (20, 15, 2), so x^(η+1) goes by repeated squaring, and the root by exp(log x / (η+1)): both within
/// 1e-14 (relative) of <see cref="Math.Pow(double, double)"/>, and two to six times cheaper.
/// </summary>
internal readonly struct DistributionPowers
{
    private const int MaxSquaredExponent = 64;

    private readonly double _exponent;
    private readonly double _rootExponent;
    private readonly int _wholeExponent;

    public DistributionPowers(double distributionIndex)
    {
        _exponent = distributionIndex + 1;
        _rootExponent = 1 / _exponent;
        _wholeExponent = _exponent == Math.Floor(_exponent) && _exponent <= MaxSquaredExponent ? (int)_exponent : 0;
    }

    /// <summary>x^(η+1) for x ≥ 0: the vector form's first lane, so that scalar and vector callers agree bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Power(double x) => _wholeExponent == 0 ? Math.Pow(x, _exponent) : Power(Vector256.Create(x)).ToScalar();

    /// <summary>x^(η+1) in each lane, by repeated squaring when η + 1 is a whole number up to 64, else by Math.Pow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> Power(Vector256<double> x)
    {
        if (_wholeExponent == 0)
        {
            return Vector256.Create(Math.Pow(x[0], _exponent), Math.Pow(x[1], _exponent), Math.Pow(x[2], _exponent), Math.Pow(x[3], _exponent));
        }
        Vector256<double> result = Vector256<double>.One, square = x;
        for (int n = _wholeExponent; ; square *= square)
        {
            if ((n & 1) != 0)
            {
                result *= square;
            }
            n >>= 1;
            if (n == 0)
            {
                return result;
            }
        }
    }

    /// <summary>
    /// exp(log(values) · exponents) lane by lane: x^(1/(η+1)) with <see cref="RootExponent"/>, or (1/x)^(1/(η+1)) with
    /// its negation. Four roots per vector cost about a third of the scalar libm calls, and a lane's result never
    /// depends on the other lanes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Roots(Vector256<double> values, Vector256<double> exponents) =>
        Vector256.Exp(Vector256.Log(values) * exponents);

    /// <summary>x^(1/(η+1)) for x ≥ 0 (0 at 0, +∞ at +∞).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Root(double x) => Math.Exp(Math.Log(x) * _rootExponent);

    /// <summary>The exponent of <see cref="Root"/>, 1/(η+1); its negation gives the root of the reciprocal.</summary>
    public double RootExponent => _rootExponent;
}
