using System.Globalization;
using System.Text.Json;
using Metaheuristics.External;
using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Cli.Specs;

/// <summary>
/// Reads a problem spec file (JSON; comments and trailing commas allowed) into a <see cref="SpecFile"/>, checking every
/// field: each complaint names the file, the field's path and the bad value; unknown fields are errors.
/// </summary>
internal static class SpecFileReader
{
    private static readonly string[] TopLevel = ["name", "space", "objectives", "constraints", "evaluator"];

    /// <exception cref="SpecFileException">The file is missing, not JSON, or some field is wrong.</exception>
    public static SpecFile Load(string path)
    {
        string fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new SpecFileException($"{path}: the spec file does not exist");
        }
        string folder = System.IO.Path.GetDirectoryName(fullPath)!;
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(fullPath), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                AllowDuplicateProperties = false,
            });
            return Read(new SpecNode(document.RootElement, "$"), fullPath, folder);
        }
        catch (JsonException exception)
        {
            string where = exception.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, column {exception.BytePositionInLine + 1}: ")
                : "";
            throw new SpecFileException($"{path}: {where}not valid JSON ({FirstSentence(exception.Message)})");
        }
        catch (SpecFileException exception)
        {
            throw new SpecFileException($"{path}: {exception.Message}");
        }
    }

    private static SpecFile Read(SpecNode root, string fullPath, string folder)
    {
        root.RequireObject(TopLevel);
        SpecNode evaluatorNode = root.Required("evaluator", "say what scores the candidates: \"command\", \"problem\" or \"tsplib\"");
        SpecEvaluator evaluator = ReadEvaluator(evaluatorNode, folder);
        string name = root.Optional("name")?.GetString() ?? System.IO.Path.GetFileNameWithoutExtension(fullPath);

        if (evaluator is not CommandSpecEvaluator)
        {
            string kind = evaluator is BuiltInSpecEvaluator ? "the built-in problem" : "the TSPLIB instance";
            foreach (string own in (string[])["space", "objectives"])
            {
                if (root.Optional(own) is { } node)
                {
                    throw node.Error($"{kind} defines its own {own}; remove this field");
                }
            }
            double? tolerance = null;
            if (root.Optional("constraints") is { } constraintsNode)
            {
                constraintsNode.RequireObject("equalityTolerance");
                tolerance = ReadTolerance(constraintsNode);
            }
            return new SpecFile(fullPath, name, null, null, 0, 0, tolerance, evaluator);
        }

        SearchSpace space = ReadSpace(root.Required("space", "declare the search space (\"type\": real, integer, binary, permutation or mixed)"));
        IReadOnlyList<ObjectiveSpec> objectives = root.Optional("objectives") is { } objectivesNode
            ? ReadObjectives(objectivesNode)
            : [ObjectiveSpec.Minimize("f")];
        int inequalities = 0, equalities = 0;
        double? equalityTolerance = null;
        if (root.Optional("constraints") is { } constraints)
        {
            constraints.RequireObject("inequalities", "equalities", "equalityTolerance");
            inequalities = constraints.Optional("inequalities")?.GetInteger(0) ?? 0;
            equalities = constraints.Optional("equalities")?.GetInteger(0) ?? 0;
            equalityTolerance = ReadTolerance(constraints);
        }
        return new SpecFile(fullPath, name, space, objectives, inequalities, equalities, equalityTolerance, evaluator);
    }

    private static double? ReadTolerance(SpecNode constraints)
    {
        if (constraints.Optional("equalityTolerance") is not { } node)
        {
            return null;
        }
        double value = node.GetNumber();
        return value >= 0 ? value : throw node.Error("must not be negative");
    }

    private static SpecEvaluator ReadEvaluator(SpecNode node, string folder)
    {
        node.RequireObject("command", "workers", "pipelineDepth", "timeoutSeconds", "startupTimeoutSeconds", "workingDirectory", "env",
            "problem", "dimension", "objectives", "tsplib");
        int kinds = (node.Has("command") ? 1 : 0) + (node.Has("problem") ? 1 : 0) + (node.Has("tsplib") ? 1 : 0);
        if (kinds != 1)
        {
            throw node.Error("must have exactly one of \"command\" (an external program), \"problem\" (a built-in id) or \"tsplib\" (a .tsp file)");
        }
        if (node.Optional("problem") is { } problem)
        {
            RejectAll(node, "for a built-in problem", "workers", "pipelineDepth", "timeoutSeconds", "startupTimeoutSeconds", "workingDirectory", "env");
            string id = problem.GetString();
            if (id.StartsWith(KnownProblems.TsplibPrefix, StringComparison.OrdinalIgnoreCase) ||
                !KnownProblems.All.Any(p => p.Id.Equals(id, StringComparison.OrdinalIgnoreCase)))
            {
                throw problem.Error("is not a built-in problem id (see 'mh list problems'; use \"tsplib\" for a .tsp file)");
            }
            return new BuiltInSpecEvaluator(id, node.Optional("dimension")?.GetInteger(1), node.Optional("objectives")?.GetInteger(1));
        }
        if (node.Optional("tsplib") is { } tsplib)
        {
            RejectAll(node, "for a TSPLIB instance", "workers", "pipelineDepth", "timeoutSeconds", "startupTimeoutSeconds", "workingDirectory",
                "env", "dimension", "objectives");
            string file = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, tsplib.GetString()));
            return File.Exists(file) ? new TsplibSpecEvaluator(file) : throw tsplib.Error($"no such file ({file})");
        }

        RejectAll(node, "for an external command", "dimension", "objectives");
        SpecNode commandNode = node.Required("command", "");
        string[] command = Array.ConvertAll(commandNode.GetArray(1), part => part.GetString());
        // A program given as a relative path (./sim, bin/eval) lives beside the spec, not wherever mh was started.
        if (command[0].Contains('/', StringComparison.Ordinal) && !System.IO.Path.IsPathRooted(command[0]))
        {
            command[0] = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, command[0]));
        }
        string workingDirectory = folder;
        if (node.Optional("workingDirectory") is { } directoryNode)
        {
            workingDirectory = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, directoryNode.GetString()));
            if (!Directory.Exists(workingDirectory))
            {
                throw directoryNode.Error($"no such folder ({workingDirectory})");
            }
        }
        Dictionary<string, string>? environment = null;
        if (node.Optional("env") is { } envNode)
        {
            if (envNode.Element.ValueKind != JsonValueKind.Object)
            {
                throw envNode.Error("must be an object of NAME: \"value\" pairs");
            }
            environment = [];
            foreach (JsonProperty variable in envNode.Element.EnumerateObject())
            {
                environment[variable.Name] = new SpecNode(variable.Value, $"{envNode.Path}.{variable.Name}").GetString();
            }
        }
        var defaults = new ExternalEvaluatorOptions { Command = command };
        return new CommandSpecEvaluator(defaults with
        {
            WorkingDirectory = workingDirectory,
            Workers = node.Optional("workers")?.GetInteger(1) ?? defaults.Workers,
            PipelineDepth = node.Optional("pipelineDepth")?.GetInteger(1) ?? defaults.PipelineDepth,
            Timeout = node.Optional("timeoutSeconds") is { } timeout ? Seconds(timeout) : null,
            StartupTimeout = node.Optional("startupTimeoutSeconds") is { } startup ? Seconds(startup) : defaults.StartupTimeout,
            Environment = environment,
        });
    }

    private static TimeSpan Seconds(SpecNode node)
    {
        double seconds = node.GetNumber();
        return seconds > 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromSeconds(seconds) : throw node.Error("must be a positive number of seconds");
    }

    private static void RejectAll(SpecNode node, string context, params string[] fields)
    {
        foreach (string field in fields)
        {
            if (node.Optional(field) is { } present)
            {
                throw present.Error($"does not apply {context}");
            }
        }
    }

    private static IReadOnlyList<ObjectiveSpec> ReadObjectives(SpecNode node)
    {
        SpecNode[] items = node.GetArray(1);
        var objectives = new ObjectiveSpec[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i].RequireObject("name", "sense");
            string name = items[i].Optional("name")?.GetString() ?? $"f{i}";
            string sense = items[i].Optional("sense")?.GetChoice("minimize", "maximize") ?? "minimize";
            for (int j = 0; j < i; j++)
            {
                if (objectives[j].Name == name)
                {
                    throw items[i].Required("name", "").Error($"repeats the name of objective {j}");
                }
            }
            objectives[i] = sense == "maximize" ? ObjectiveSpec.Maximize(name) : ObjectiveSpec.Minimize(name);
        }
        return objectives;
    }

    private static SearchSpace ReadSpace(SpecNode node)
    {
        if (node.Element.ValueKind != JsonValueKind.Object)
        {
            throw node.Error("must be an object with a \"type\"");
        }
        string type = node.Required("type", "one of real, integer, binary, permutation, mixed")
            .GetChoice("real", "integer", "binary", "permutation", "mixed");
        switch (type)
        {
            case "real":
                node.RequireObject("type", "lower", "upper", "dimension");
                (double[] lower, double[] upper) = ReadRealBounds(node);
                return SearchSpace.Real(lower, upper);
            case "integer":
                node.RequireObject("type", "lower", "upper", "dimension");
                int dimension = node.Required("dimension", "the number of integer variables").GetInteger(1);
                SpecNode lowerNode = node.Required("lower", "the least value of every variable");
                SpecNode upperNode = node.Required("upper", "the greatest value of every variable");
                int low = lowerNode.GetInteger(int.MinValue);
                int high = upperNode.GetInteger(int.MinValue);
                return high >= low ? SearchSpace.Integer(dimension, low, high) : throw upperNode.Error($"must be at least lower ({low})");
            case "binary":
                node.RequireObject("type", "length");
                return SearchSpace.Binary(node.Required("length", "the number of bits").GetInteger(1));
            case "permutation":
                node.RequireObject("type", "size");
                return SearchSpace.Permutation(node.Required("size", "the number of items to order").GetInteger(2));
            default:
                node.RequireObject("type", "parameters");
                return ReadMixed(node.Required("parameters", "a list of named float, int and categorical parameters"));
        }
    }

    private static (double[] Lower, double[] Upper) ReadRealBounds(SpecNode node)
    {
        SpecNode lowerNode = node.Required("lower", "a number, or an array with one lower bound per variable");
        SpecNode upperNode = node.Required("upper", "a number, or an array with one upper bound per variable");
        double[] lower, upper;
        if (node.Optional("dimension") is { } dimensionNode)
        {
            int dimension = dimensionNode.GetInteger(1);
            lower = lowerNode.IsArray ? lowerNode.GetNumbers(1) : Filled(dimension, lowerNode.GetNumber());
            upper = upperNode.IsArray ? upperNode.GetNumbers(1) : Filled(dimension, upperNode.GetNumber());
            if (lower.Length != dimension)
            {
                throw lowerNode.Error(string.Create(CultureInfo.InvariantCulture, $"must have {dimension} values (the dimension)"));
            }
            if (upper.Length != dimension)
            {
                throw upperNode.Error(string.Create(CultureInfo.InvariantCulture, $"must have {dimension} values (the dimension)"));
            }
        }
        else
        {
            if (!lowerNode.IsArray || !upperNode.IsArray)
            {
                throw (lowerNode.IsArray ? upperNode : lowerNode).Error("must be an array of bounds, or give \"dimension\" with scalar bounds");
            }
            lower = lowerNode.GetNumbers(1);
            upper = upperNode.GetNumbers(1);
            if (upper.Length != lower.Length)
            {
                throw upperNode.Error(string.Create(CultureInfo.InvariantCulture, $"must have as many values as lower ({lower.Length})"));
            }
        }
        for (int i = 0; i < lower.Length; i++)
        {
            if (upper[i] < lower[i])
            {
                SpecNode at = upperNode.IsArray ? upperNode.GetArray(0)[i] : upperNode;
                throw at.Error(string.Create(CultureInfo.InvariantCulture, $"must be at least the lower bound {lower[i]}"));
            }
        }
        return (lower, upper);
    }

    private static SearchSpace ReadMixed(SpecNode node)
    {
        SpecNode[] parameters = node.GetArray(1);
        SearchSpaceBuilder builder = SearchSpace.CreateBuilder();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (SpecNode parameter in parameters)
        {
            if (parameter.Element.ValueKind != JsonValueKind.Object)
            {
                throw parameter.Error("must be an object with \"name\" and \"type\"");
            }
            SpecNode nameNode = parameter.Required("name", "every parameter needs a name");
            string name = nameNode.GetString();
            if (!names.Add(name))
            {
                throw nameNode.Error("repeats another parameter's name");
            }
            string type = parameter.Required("type", "one of float, int, categorical").GetChoice("float", "int", "categorical");
            switch (type)
            {
                case "float":
                    parameter.RequireObject("name", "type", "lower", "upper", "log");
                    double lower = parameter.Required("lower", "the least value").GetNumber();
                    SpecNode upperNode = parameter.Required("upper", "the greatest value");
                    double upper = upperNode.GetNumber();
                    bool log = parameter.Optional("log")?.GetBoolean() ?? false;
                    if (upper < lower)
                    {
                        throw upperNode.Error(string.Create(CultureInfo.InvariantCulture, $"must be at least lower ({lower})"));
                    }
                    if (log && lower <= 0)
                    {
                        throw parameter.Required("lower", "").Error("must be positive for a log-scaled parameter");
                    }
                    builder.Float(name, lower, upper, log);
                    break;
                case "int":
                    parameter.RequireObject("name", "type", "lower", "upper");
                    int low = parameter.Required("lower", "the least value").GetInteger(int.MinValue);
                    SpecNode highNode = parameter.Required("upper", "the greatest value");
                    int high = highNode.GetInteger(int.MinValue);
                    if (high < low)
                    {
                        throw highNode.Error(string.Create(CultureInfo.InvariantCulture, $"must be at least lower ({low})"));
                    }
                    builder.Int(name, low, high);
                    break;
                default:
                    parameter.RequireObject("name", "type", "choices");
                    SpecNode choicesNode = parameter.Required("choices", "the list of options");
                    string[] choices = Array.ConvertAll(choicesNode.GetArray(1), choice => choice.GetString());
                    if (choices.Distinct(StringComparer.Ordinal).Count() != choices.Length)
                    {
                        throw choicesNode.Error("must not repeat a choice");
                    }
                    builder.Categorical(name, choices);
                    break;
            }
        }
        return builder.Build();
    }

    private static double[] Filled(int length, double value)
    {
        var values = new double[length];
        Array.Fill(values, value);
        return values;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" Path:", StringComparison.Ordinal);
        int position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position > 0 && (end < 0 || position < end))
        {
            end = position;
        }
        return (end > 0 ? message[..end] : message).TrimEnd('.', ' ');
    }
}
