using System.Globalization;

namespace Metaheuristics.Problems.Tsp;

/// <summary>
/// Reads symmetric TSPLIB files: EUC_2D, CEIL_2D, ATT, GEO and EXPLICIT (FULL_MATRIX, UPPER_ROW, LOWER_ROW,
/// UPPER_DIAG_ROW, LOWER_DIAG_ROW and their column-wise twins). Tolerates TSPLIB's loose spacing around colons, keywords
/// in any order, leading and trailing blanks, integer or decimal numbers, and a final EOF.
/// </summary>
public static class TsplibReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static TsplibInstance Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, Path.GetFileName(path));
    }

    /// <summary>Reads an instance from <paramref name="reader"/>; <paramref name="source"/> names it in error messages.</summary>
    public static TsplibInstance Parse(TextReader reader, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var coordinates = new List<(int Id, double X, double Y)>();
        var weights = new List<double>();
        string? section = null;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            if (trimmed.Equals("EOF", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            int colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            string firstWord = trimmed.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
            if (IsSection(firstWord))
            {
                section = firstWord.ToUpperInvariant();
                continue;
            }
            if (colon > 0 && !char.IsDigit(trimmed[0]) && trimmed[0] != '-' && trimmed[0] != '.')
            {
                header[trimmed[..colon].Trim()] = trimmed[(colon + 1)..].Trim();
                section = null;
                continue;
            }
            string[] fields = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            switch (section)
            {
                case "NODE_COORD_SECTION":
                case "DISPLAY_DATA_SECTION":
                    if (fields.Length < 3)
                    {
                        throw new TsplibFormatException($"{source}, line {lineNumber}: a node line needs an id and two coordinates, got '{trimmed}'.");
                    }
                    coordinates.Add((ParseInt(fields[0], source, lineNumber), ParseDouble(fields[1], source, lineNumber), ParseDouble(fields[2], source, lineNumber)));
                    break;
                case "EDGE_WEIGHT_SECTION":
                    foreach (string field in fields)
                    {
                        weights.Add(ParseDouble(field, source, lineNumber));
                    }
                    break;
                case null:
                    throw new TsplibFormatException($"{source}, line {lineNumber}: expected 'KEY: value' or a section name, got '{trimmed}'.");
                default:
                    break; // Sections this reader does not need (FIXED_EDGES_SECTION, TOUR_SECTION) are skipped.
            }
        }
        return Build(header, coordinates, weights, source);
    }

    /// <summary>The distance between two points under one of the coordinate-based TSPLIB metrics.</summary>
    public static int Distance(EdgeWeightType type, double x1, double y1, double x2, double y2)
    {
        double dx = x1 - x2, dy = y1 - y2;
        switch (type)
        {
            case EdgeWeightType.Euclidean2D:
                return (int)(Math.Sqrt(dx * dx + dy * dy) + 0.5);
            case EdgeWeightType.Ceiling2D:
                return (int)Math.Ceiling(Math.Sqrt(dx * dx + dy * dy));
            case EdgeWeightType.Att:
                double r = Math.Sqrt((dx * dx + dy * dy) / 10.0);
                int t = (int)(r + 0.5);
                return t < r ? t + 1 : t;
            case EdgeWeightType.Geographical:
                double latitude1 = GeoRadians(x1), longitude1 = GeoRadians(y1);
                double latitude2 = GeoRadians(x2), longitude2 = GeoRadians(y2);
                const double EarthRadius = 6378.388;
                double q1 = Math.Cos(longitude1 - longitude2);
                double q2 = Math.Cos(latitude1 - latitude2);
                double q3 = Math.Cos(latitude1 + latitude2);
                return (int)(EarthRadius * Math.Acos(0.5 * ((1.0 + q1) * q2 - (1.0 - q1) * q3)) + 1.0);
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Only coordinate-based metrics have a point-to-point distance.");
        }
    }

    private static double GeoRadians(double value)
    {
        // TSPLIB's DDD.MM format: the integer part is degrees, the fraction minutes; PI is truncated as TSPLIB does.
        const double TsplibPi = 3.141592;
        double degrees = Math.Truncate(value);
        double minutes = value - degrees;
        return TsplibPi * (degrees + 5.0 * minutes / 3.0) / 180.0;
    }

    private static bool IsSection(string word) => word.EndsWith("_SECTION", StringComparison.OrdinalIgnoreCase);

    private static TsplibInstance Build(Dictionary<string, string> header, List<(int Id, double X, double Y)> coordinates, List<double> weights, string source)
    {
        string name = header.GetValueOrDefault("NAME") ?? Path.GetFileNameWithoutExtension(source);
        if (header.TryGetValue("TYPE", out string? kind) && !kind.Equals("TSP", StringComparison.OrdinalIgnoreCase))
        {
            throw new TsplibFormatException($"{source}: TYPE is '{kind}'; only symmetric TSP instances are supported.");
        }
        if (!header.TryGetValue("DIMENSION", out string? dimensionText) || !int.TryParse(dimensionText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < 2)
        {
            throw new TsplibFormatException($"{source}: DIMENSION is missing or not an integer >= 2 (got '{dimensionText}').");
        }
        string typeText = header.GetValueOrDefault("EDGE_WEIGHT_TYPE") ?? throw new TsplibFormatException($"{source}: EDGE_WEIGHT_TYPE is missing.");
        EdgeWeightType type = typeText.ToUpperInvariant() switch
        {
            "EUC_2D" => EdgeWeightType.Euclidean2D,
            "CEIL_2D" => EdgeWeightType.Ceiling2D,
            "ATT" => EdgeWeightType.Att,
            "GEO" => EdgeWeightType.Geographical,
            "EXPLICIT" => EdgeWeightType.Explicit,
            _ => throw new TsplibFormatException($"{source}: EDGE_WEIGHT_TYPE '{typeText}' is not supported (EUC_2D, CEIL_2D, ATT, GEO, EXPLICIT)."),
        };

        var x = new double[coordinates.Count == n ? n : 0];
        var y = new double[x.Length];
        if (coordinates.Count > 0)
        {
            if (coordinates.Count != n)
            {
                throw new TsplibFormatException($"{source}: DIMENSION is {n} but {coordinates.Count} node lines were found.");
            }
            foreach ((int id, double cx, double cy) in coordinates)
            {
                if (id < 1 || id > n)
                {
                    throw new TsplibFormatException($"{source}: node id {id} is outside 1..{n}.");
                }
                x[id - 1] = cx;
                y[id - 1] = cy;
            }
        }

        var distances = new int[n * n];
        if (type == EdgeWeightType.Explicit)
        {
            FillExplicit(distances, n, weights, header.GetValueOrDefault("EDGE_WEIGHT_FORMAT"), source);
        }
        else
        {
            if (x.Length == 0)
            {
                throw new TsplibFormatException($"{source}: EDGE_WEIGHT_TYPE {typeText} needs a NODE_COORD_SECTION.");
            }
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    int d = Distance(type, x[i], y[i], x[j], y[j]);
                    distances[i * n + j] = d;
                    distances[j * n + i] = d;
                }
            }
        }
        return new TsplibInstance(name, header.GetValueOrDefault("COMMENT"), type, x, y, distances, n);
    }

    private static void FillExplicit(int[] distances, int n, List<double> weights, string? format, string source)
    {
        string layout = (format ?? throw new TsplibFormatException($"{source}: EDGE_WEIGHT_FORMAT is missing for an EXPLICIT instance.")).ToUpperInvariant();
        // Column-wise layouts of a symmetric matrix read like the opposite row-wise ones.
        layout = layout switch
        {
            "UPPER_COL" => "LOWER_ROW",
            "LOWER_COL" => "UPPER_ROW",
            "UPPER_DIAG_COL" => "LOWER_DIAG_ROW",
            "LOWER_DIAG_COL" => "UPPER_DIAG_ROW",
            _ => layout,
        };
        long expected = layout switch
        {
            "FULL_MATRIX" => (long)n * n,
            "UPPER_ROW" or "LOWER_ROW" => (long)n * (n - 1) / 2,
            "UPPER_DIAG_ROW" or "LOWER_DIAG_ROW" => (long)n * (n + 1) / 2,
            _ => throw new TsplibFormatException($"{source}: EDGE_WEIGHT_FORMAT '{format}' is not supported."),
        };
        if (weights.Count != expected)
        {
            throw new TsplibFormatException($"{source}: EDGE_WEIGHT_FORMAT {format} with DIMENSION {n} needs {expected} weights, found {weights.Count}.");
        }
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            (int from, int to) = layout switch
            {
                "FULL_MATRIX" => (0, n),
                "UPPER_ROW" => (i + 1, n),
                "UPPER_DIAG_ROW" => (i, n),
                "LOWER_ROW" => (0, i),
                _ => (0, i + 1),
            };
            for (int j = from; j < to; j++)
            {
                int d = (int)weights[k++];
                distances[i * n + j] = d;
                if (layout != "FULL_MATRIX")
                {
                    distances[j * n + i] = d;
                }
            }
        }
    }

    private static int ParseInt(string text, string source, int line) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new TsplibFormatException($"{source}, line {line}: '{text}' is not an integer.");

    private static double ParseDouble(string text, string source, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new TsplibFormatException($"{source}, line {line}: '{text}' is not a number.");
}
