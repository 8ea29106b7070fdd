using System.Globalization;
using System.Text.Json;

namespace Metaheuristics.Cli.Specs;

/// <summary>
/// One value of a spec file with its JSON path (<c>$.space.lower[2]</c>), so every complaint about it can say where it
/// is and what it holds.
/// </summary>
internal readonly struct SpecNode(JsonElement element, string path)
{
    private const int QuotedValueLength = 60;

    public JsonElement Element { get; } = element;

    public string Path { get; } = path;

    public bool IsNumber => Element.ValueKind == JsonValueKind.Number;

    public bool IsArray => Element.ValueKind == JsonValueKind.Array;

    /// <summary>A complaint about this value: "$.path: problem, got VALUE".</summary>
    public SpecFileException Error(string problem) => new($"{Path}: {problem}, got {Describe(Element)}");

    /// <summary>Requires an object whose fields are all among <paramref name="allowed"/>: a typo is an error, not ignored.</summary>
    public SpecNode RequireObject(params string[] allowed)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error("must be an object");
        }
        foreach (JsonProperty property in Element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw new SpecFileException(
                    $"{Path}.{property.Name}: unknown field; the fields here are {string.Join(", ", allowed)}");
            }
        }
        return this;
    }

    public bool Has(string name) => Element.TryGetProperty(name, out _);

    public SpecNode? Optional(string name) =>
        Element.TryGetProperty(name, out JsonElement child) ? new SpecNode(child, $"{Path}.{name}") : null;

    public SpecNode Required(string name, string what) =>
        Optional(name) ?? throw new SpecFileException($"{Path}.{name}: missing; {what}");

    public string GetString()
    {
        if (Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Element.GetString()))
        {
            throw Error("must be a non-empty string");
        }
        return Element.GetString()!;
    }

    public double GetNumber()
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetDouble(out double value) || !double.IsFinite(value))
        {
            throw Error("must be a finite number");
        }
        return value;
    }

    public int GetInteger(int minimum)
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt32(out int value))
        {
            throw Error("must be a whole number");
        }
        if (value < minimum)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"must be at least {minimum}"));
        }
        return value;
    }

    public bool GetBoolean() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error("must be true or false"),
    };

    public SpecNode[] GetArray(int minimumLength)
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Error("must be an array");
        }
        var items = new SpecNode[Element.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in Element.EnumerateArray())
        {
            items[i] = new SpecNode(item, string.Create(CultureInfo.InvariantCulture, $"{Path}[{i}]"));
            i++;
        }
        if (items.Length < minimumLength)
        {
            throw Error(minimumLength == 1 ? "must not be empty" : $"must have at least {minimumLength} items");
        }
        return items;
    }

    public double[] GetNumbers(int minimumLength) => Array.ConvertAll(GetArray(minimumLength), item => item.GetNumber());

    /// <summary>One of the listed words, compared without case.</summary>
    public string GetChoice(params string[] choices)
    {
        if (Element.ValueKind == JsonValueKind.String)
        {
            foreach (string choice in choices)
            {
                if (string.Equals(choice, Element.GetString(), StringComparison.OrdinalIgnoreCase))
                {
                    return choice;
                }
            }
        }
        throw Error($"must be one of {string.Join(", ", choices.Select(c => $"\"{c}\""))}");
    }

    private static string Describe(JsonElement element)
    {
        string text = element.GetRawText();
        return text.Length <= QuotedValueLength ? text : text[..QuotedValueLength] + "…";
    }
}
