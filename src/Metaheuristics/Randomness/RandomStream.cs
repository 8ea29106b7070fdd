using System.Runtime.CompilerServices;

namespace Metaheuristics.Randomness;

/// <summary>
/// A small, fast pseudo-random generator (xoshiro256**, Blackman &amp; Vigna 2018) whose state is derived from a key.
/// </summary>
/// <remarks>
/// Streams are keyed by (seed, purpose, generation, row) rather than by thread, so that the numbers a row sees do not
/// depend on which core handles it: the same seed gives the same run on 1 or 64 cores, and a checkpoint needs no RNG
/// state. It is a mutable struct: pass it by <c>ref</c>, never copy it by value into two consumers.
/// </remarks>
public struct RandomStream
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Creates the stream for one key.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="purpose">What the numbers are for (sampling, crossover, …), so that purposes never share numbers.</param>
    /// <param name="generation">The generation (or step) the numbers belong to.</param>
    /// <param name="row">The population row (or chain, or particle) the numbers belong to.</param>
    public static RandomStream Create(ulong seed, StreamPurpose purpose, long generation, long row)
    {
        // SplitMix64 over a mix of the key's parts: every part moves every state word, and no key yields an all-zero state.
        ulong mix = seed;
        mix = SplitMix(ref mix) ^ (ulong)purpose * 0xD1B54A32D192ED03UL;
        mix = SplitMix(ref mix) ^ (ulong)generation * 0xAEF17502108EF2D9UL;
        mix = SplitMix(ref mix) ^ (ulong)row * 0x9E3779B97F4A7C15UL;
        RandomStream stream;
        stream._s0 = SplitMix(ref mix);
        stream._s1 = SplitMix(ref mix);
        stream._s2 = SplitMix(ref mix);
        stream._s3 = SplitMix(ref mix);
        if ((stream._s0 | stream._s1 | stream._s2 | stream._s3) == 0)
        {
            stream._s0 = 1;
        }
        return stream;
    }

    private static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 uniformly distributed bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>A uniform integer in [0, <paramref name="count"/>), without modulo bias (Lemire 2019).</summary>
    /// <param name="count">The number of possible values; must be positive.</param>
    public int NextInt(int count)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "count must be positive.");
        }
        return (int)NextLong(count);
    }

    /// <summary>A uniform integer in [<paramref name="low"/>, <paramref name="high"/>] (both inclusive).</summary>
    public int NextInt(int low, int high) => low + (int)NextLong((long)high - low + 1);

    // Lemire's nearly divisionless method: multiply, and redraw only in the rare biased zone.
    private long NextLong(long count)
    {
        ulong range = (ulong)count;
        UInt128 product = (UInt128)NextUInt64() * range;
        ulong low = (ulong)product;
        if (low < range)
        {
            ulong threshold = (0UL - range) % range;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * range;
                low = (ulong)product;
            }
        }
        return (long)(ulong)(product >> 64);
    }

    /// <summary>A fair coin.</summary>
    public bool NextBool() => (NextUInt64() >> 63) != 0;

    /// <summary>A standard normal deviate (Marsaglia polar method; the second deviate is discarded so the struct stays small).</summary>
    public double NextGaussian() => NextGaussianPair(out _);

    /// <summary>
    /// Two independent standard normal deviates from one round of the polar method: one logarithm for both, for a
    /// caller that needs many (a Gaussian direction in D dimensions).
    /// </summary>
    /// <param name="second">The second deviate.</param>
    /// <returns>The first deviate (the one <see cref="NextGaussian"/> returns).</returns>
    public double NextGaussianPair(out double second)
    {
        double u, v, s;
        do
        {
            u = 2.0 * NextDouble() - 1.0;
            v = 2.0 * NextDouble() - 1.0;
            s = u * u + v * v;
        }
        while (s >= 1.0 || s == 0.0);
        double factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        second = v * factor;
        return u * factor;
    }

    /// <summary>Shuffles <paramref name="values"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> values)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
