using System.Globalization;

namespace Metaheuristics.Cli.Catalog;

/// <summary>The <c>--set key=value</c> pairs of one solve, read with typed accessors that name the bad key; unused keys are an error.</summary>
internal sealed class SolverSettings
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public SolverSettings(IEnumerable<string> pairs)
    {
        foreach (string pair in pairs)
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException("--set", $"'{pair}' is not key=value.");
            }
            string key = pair[..equals].Trim();
            if (!_values.TryAdd(key, pair[(equals + 1)..].Trim()))
            {
                throw new UsageException("--set", $"key '{key}' is given twice.");
            }
        }
    }

    public int Int(string key, int fallback, int minimum = int.MinValue)
    {
        if (!Take(key, out string? text))
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < minimum)
        {
            throw new UsageException("--set", $"{key} = '{text}' must be an integer >= {minimum}.");
        }
        return value;
    }

    public double Double(string key, double fallback)
    {
        if (!Take(key, out string? text))
        {
            return fallback;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw new UsageException("--set", $"{key} = '{text}' must be a finite number.");
        }
        return value;
    }

    public double Probability(string key, double fallback)
    {
        double value = Double(key, fallback);
        if (value is < 0 or > 1)
        {
            throw new UsageException("--set", $"{key} = '{value}' must be in [0, 1].");
        }
        return value;
    }

    /// <summary>A value chosen by name from <paramref name="choices"/> (case-insensitive), or <paramref name="fallback"/> when the key is absent.</summary>
    public T Choice<T>(string key, IReadOnlyDictionary<string, T> choices, T fallback)
    {
        if (!Take(key, out string? text))
        {
            return fallback;
        }
        foreach ((string name, T value) in choices)
        {
            if (name.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        throw new UsageException("--set", $"{key} = '{text}' is not one of: {string.Join(", ", choices.Keys)}.");
    }

    public string? Text(string key) => Take(key, out string? text) ? text : null;

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>Fails on any key neither the solver nor the constraint handler asked for, so typos never pass silently.</summary>
    public void RejectUnused(string owners, IEnumerable<string> knownKeys)
    {
        foreach (string key in _values.Keys)
        {
            if (!_used.Contains(key))
            {
                throw new UsageException("--set", $"{owners} has no option '{key}'. Known: {string.Join(", ", knownKeys)}.");
            }
        }
    }

    private bool Take(string key, out string? text)
    {
        _used.Add(key);
        return _values.TryGetValue(key, out text);
    }
}
