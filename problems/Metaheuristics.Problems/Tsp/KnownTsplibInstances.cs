using System.Reflection;

namespace Metaheuristics.Problems.Tsp;

/// <summary>The TSPLIB instances shipped inside this assembly, with their published optimal tour lengths.</summary>
public static class KnownTsplibInstances
{
    private static readonly (string Id, string File, long Optimum)[] Shipped =
    [
        ("berlin52", "berlin52.tsp", 7542),
        ("eil51", "eil51.tsp", 426),
        ("kroa100", "kroA100.tsp", 21282),
        ("ch150", "ch150.tsp", 6528),
        ("a280", "a280.tsp", 2579),
    ];

    /// <summary>The ids of the shipped instances (lowercase).</summary>
    public static IReadOnlyList<string> Ids { get; } = Array.ConvertAll(Shipped, s => s.Id);

    /// <summary>The published optimal tour length of a shipped instance, or null.</summary>
    public static long? OptimalLength(string id)
    {
        foreach ((string shippedId, _, long optimum) in Shipped)
        {
            if (shippedId.Equals(id, StringComparison.OrdinalIgnoreCase))
            {
                return optimum;
            }
        }
        return null;
    }

    /// <summary>Reads a shipped instance.</summary>
    /// <exception cref="KeyNotFoundException">No instance has that id.</exception>
    public static TsplibInstance Load(string id)
    {
        foreach ((string shippedId, string file, _) in Shipped)
        {
            if (shippedId.Equals(id, StringComparison.OrdinalIgnoreCase))
            {
                using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("tsplib/" + file)
                    ?? throw new InvalidOperationException($"The embedded TSPLIB file {file} is missing from the assembly.");
                using var reader = new StreamReader(stream);
                return TsplibReader.Parse(reader, file);
            }
        }
        throw new KeyNotFoundException($"No shipped TSPLIB instance is called '{id}'; known: {string.Join(", ", Ids)}.");
    }

    /// <summary>The travelling-salesman problem of a shipped instance, with its optimum.</summary>
    public static TravellingSalesman Problem(string id) => new(Load(id), OptimalLength(id), id.ToLowerInvariant());
}
