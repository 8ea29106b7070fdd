namespace Metaheuristics.Problems.Tsp;

/// <summary>A parsed symmetric TSPLIB instance: its cities (when given by coordinates) and its integer distance matrix.</summary>
public sealed class TsplibInstance
{
    private readonly int[] _distances;

    internal TsplibInstance(string name, string? comment, EdgeWeightType type, double[] x, double[] y, int[] distances, int dimension)
    {
        Name = name;
        Comment = comment;
        EdgeWeightType = type;
        X = x;
        Y = y;
        _distances = distances;
        Dimension = dimension;
    }

    /// <summary>The instance's NAME.</summary>
    public string Name { get; }

    /// <summary>The instance's COMMENT, if any.</summary>
    public string? Comment { get; }

    /// <summary>The number of cities.</summary>
    public int Dimension { get; }

    /// <summary>How distances are defined.</summary>
    public EdgeWeightType EdgeWeightType { get; }

    /// <summary>City x coordinates (empty for explicit instances without display data).</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>City y coordinates (empty for explicit instances without display data).</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>The full distance matrix, row-major (Dimension × Dimension), for fast tour evaluation.</summary>
    public ReadOnlySpan<int> DistanceMatrix => _distances;

    /// <summary>The distance between cities <paramref name="from"/> and <paramref name="to"/> (0-based).</summary>
    public int Distance(int from, int to) => _distances[from * Dimension + to];

    /// <summary>The length of the closed tour visiting the cities in <paramref name="tour"/> (0-based), back to the start.</summary>
    public long TourLength(ReadOnlySpan<int> tour)
    {
        if (tour.Length == 0)
        {
            return 0;
        }
        long length = 0;
        int previous = tour[^1];
        foreach (int city in tour)
        {
            length += _distances[previous * Dimension + city];
            previous = city;
        }
        return length;
    }
}
