using System.Globalization;

namespace Metaheuristics.Spaces;

/// <summary>Builds a <see cref="SearchSpace"/> of named segments; each call checks its arguments and names the bad one.</summary>
public sealed class SearchSpaceBuilder
{
    private readonly List<Segment> _segments = [];

    /// <summary>Adds a vector of reals with per-gene bounds.</summary>
    public SearchSpaceBuilder Reals(string name, double[] lower, double[] upper)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        RequireName(name);
        if (lower.Length == 0 || lower.Length != upper.Length)
        {
            throw new ArgumentException(
                $"Segment '{name}': lower has {lower.Length} values and upper has {upper.Length}; they must be equal and positive.", nameof(lower));
        }
        for (int i = 0; i < lower.Length; i++)
        {
            RequireBounds(name, i, lower[i], upper[i]);
        }
        _segments.Add(new Segment(name, SegmentKind.Real, lower.Length, [.. lower], [.. upper], lower[0], upper[0], null));
        return this;
    }

    /// <summary>Adds a vector of integers in [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    public SearchSpaceBuilder Integers(string name, int length, int lower, int upper)
    {
        RequireName(name);
        RequireLength(name, length);
        RequireBounds(name, 0, lower, upper);
        _segments.Add(new Segment(name, SegmentKind.Integer, length, Filled(length, lower), Filled(length, upper), lower, upper, null));
        return this;
    }

    /// <summary>Adds a string of bits.</summary>
    public SearchSpaceBuilder Bits(string name, int length)
    {
        RequireName(name);
        RequireLength(name, length);
        _segments.Add(new Segment(name, SegmentKind.Binary, length, Filled(length, 0), Filled(length, 1), 0, 1, null));
        return this;
    }

    /// <summary>Adds a permutation of 0..<paramref name="size"/>−1.</summary>
    public SearchSpaceBuilder Permutation(string name, int size)
    {
        RequireName(name);
        RequireLength(name, size);
        _segments.Add(new Segment(name, SegmentKind.Permutation, size, Filled(size, 0), Filled(size, size - 1), 0, size - 1, null));
        return this;
    }

    /// <summary>Adds a real parameter in [<paramref name="lower"/>, <paramref name="upper"/>], searched on a log scale when <paramref name="log"/> is set.</summary>
    public SearchSpaceBuilder Float(string name, double lower, double upper, bool log = false)
    {
        RequireName(name);
        RequireBounds(name, 0, lower, upper);
        if (log)
        {
            if (lower <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(lower), lower,
                    $"Parameter '{name}': a log-scaled parameter needs lower > 0, got {lower.ToString(CultureInfo.InvariantCulture)}.");
            }
            _segments.Add(new Segment(name, SegmentKind.LogReal, 1, [Math.Log(lower)], [Math.Log(upper)], lower, upper, null));
        }
        else
        {
            _segments.Add(new Segment(name, SegmentKind.Real, 1, [lower], [upper], lower, upper, null));
        }
        return this;
    }

    /// <summary>Adds an integer parameter in [<paramref name="lower"/>, <paramref name="upper"/>], coded as one real gene.</summary>
    public SearchSpaceBuilder Int(string name, int lower, int upper)
    {
        RequireName(name);
        RequireBounds(name, 0, lower, upper);
        _segments.Add(new Segment(name, SegmentKind.RoundedInteger, 1, [lower - 0.5], [upper + 0.5], lower, upper, null));
        return this;
    }

    /// <summary>Adds a categorical parameter with the given choices, coded as one real gene.</summary>
    public SearchSpaceBuilder Categorical(string name, params string[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        RequireName(name);
        if (choices.Length == 0)
        {
            throw new ArgumentException($"Parameter '{name}': a categorical parameter needs at least one choice.", nameof(choices));
        }
        if (choices.Distinct(StringComparer.Ordinal).Count() != choices.Length)
        {
            throw new ArgumentException($"Parameter '{name}': choices must be distinct.", nameof(choices));
        }
        _segments.Add(new Segment(name, SegmentKind.Categorical, 1, [0.0], [choices.Length], 0, choices.Length - 1, [.. choices]));
        return this;
    }

    /// <summary>Builds the space.</summary>
    public SearchSpace Build() => new([.. _segments]);

    private static void RequireName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A segment or parameter needs a non-empty name.", nameof(name));
        }
    }

    private static void RequireLength(string name, int length)
    {
        if (length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"Segment '{name}': length must be positive, got {length}.");
        }
    }

    private static void RequireBounds(string name, int gene, double lower, double upper)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || lower > upper)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Segment '{name}', gene {gene}: bounds must be finite with lower <= upper, got lower = {lower}, upper = {upper}."),
                nameof(lower));
        }
    }

    private static double[] Filled(int length, double value)
    {
        var array = new double[length];
        Array.Fill(array, value);
        return array;
    }
}
