using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Metaheuristics.Cli.Storage;

/// <summary>
/// The <c>mh solve</c> arguments a stored run keeps, so that <c>mh runs resume</c> and <c>mh runs export</c> can build
/// the same problem, solver and settings again: every option that shapes the run, with paths made absolute; none of
/// the ones that only say where output goes or how it is shown.
/// </summary>
internal static class SolveArguments
{
    private const string ArgumentsField = "solveArguments";

    /// <summary>The options that a resume or export gives anew instead of taking from the stored run.</summary>
    public static readonly IReadOnlySet<string> PerInvocation = new HashSet<string>(StringComparer.Ordinal)
    {
        "--out", "--store", "--no-store", "--quiet", "--no-plots", "--resume-run", "--replay-run", "--threads",
    };

    /// <summary>The run-shaping arguments of a parsed <c>mh solve</c>, paths absolute.</summary>
    public static List<string> Of(ParseResult parse)
    {
        var kept = new List<string>();
        string? option = null;
        bool skipping = false;
        foreach (Token token in parse.Tokens)
        {
            switch (token.Type)
            {
                case TokenType.Command:
                    option = null;
                    skipping = false;
                    break;
                case TokenType.Option:
                    option = token.Value;
                    skipping = PerInvocation.Contains(option);
                    if (!skipping)
                    {
                        kept.Add(option);
                    }
                    break;
                default:
                    if (!skipping)
                    {
                        kept.Add(Absolute(option, token.Value));
                    }
                    break;
            }
        }
        return kept;
    }

    /// <summary>The JSON a stored run keeps as its settings.</summary>
    public static string ToSettings(IReadOnlyList<string> arguments)
    {
        var array = new JsonArray();
        foreach (string argument in arguments)
        {
            array.Add(argument);
        }
        return new JsonObject { [ArgumentsField] = array }.ToJsonString();
    }

    /// <summary>The arguments back from a stored run's settings.</summary>
    /// <exception cref="UsageException">The settings were not written by <c>mh solve</c>.</exception>
    public static List<string> FromSettings(long runId, string settings)
    {
        try
        {
            if (JsonNode.Parse(settings)?[ArgumentsField] is JsonArray array)
            {
                return array.Select(node => node!.GetValue<string>()).ToList();
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }
        throw new UsageException("run", $"run {runId} was not recorded by 'mh solve' (its settings hold no solve arguments), so mh cannot rebuild it.");
    }

    private static string Absolute(string? option, string value) => option switch
    {
        "--spec" => Path.GetFullPath(value),
        "--problem" when value.StartsWith("tsplib:", StringComparison.OrdinalIgnoreCase) => "tsplib:" + Path.GetFullPath(value["tsplib:".Length..]),
        _ => value,
    };
}
