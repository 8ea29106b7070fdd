using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.External;

/// <summary>
/// The JSON-lines protocol between the engine and an external evaluator: one request line
/// <c>{"id": 17, "x": [..]}</c> (plus <c>"params"</c> for spaces of named parameters) and one answer line
/// <c>{"id": 17, "f": [..], "g": [..], "h": [..]}</c> or <c>{"id": 17, "error": "message"}</c>.
/// </summary>
internal static class JsonLinesCodec
{
    private const int QuotedLineLength = 120;

    /// <summary>
    /// Appends one request line (with its newline) to <paramref name="buffer"/> through <paramref name="writer"/>; the
    /// caller reuses one writer and one buffer for a whole burst of requests.
    /// </summary>
    public static void WriteRequest(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Candidate candidate)
    {
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WriteNumber("id", candidate.Id);
        writer.WritePropertyName("x");
        writer.WriteStartArray();
        bool named = candidate.Space.HasNamedParameters;
        if (named)
        {
            foreach (double value in candidate.DecodedValues())
            {
                writer.WriteNumberValue(value);
            }
        }
        else
        {
            WriteLanes(writer, candidate);
        }
        writer.WriteEndArray();
        if (named)
        {
            writer.WritePropertyName("params");
            CandidateJson.WriteParameters(writer, candidate);
        }
        writer.WriteEndObject();
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
    }

    /// <summary>
    /// Reads one answer line (UTF-8, without its newline). Returns the id when one could be read, and either the result
    /// or why the line is bad.
    /// </summary>
    public static ParsedAnswer ParseAnswer(ReadOnlySpan<byte> line, ProblemSpec spec)
    {
        long? id = null;
        double[]? objectives = null, inequalities = null, equalities = null;
        string? error = null;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return ParsedAnswer.Malformed(null, $"the answer is not a JSON object: {Quote(line)}");
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "id":
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out long value))
                        {
                            return ParsedAnswer.Malformed(null, $"'id' must be an integer: {Quote(line)}");
                        }
                        id = value;
                        break;
                    case "f":
                        objectives = reader.TokenType == JsonTokenType.Number ? [reader.GetDouble()] : ReadNumbers(ref reader, "f");
                        break;
                    case "g":
                        inequalities = ReadNumbers(ref reader, "g");
                        break;
                    case "h":
                        equalities = ReadNumbers(ref reader, "h");
                        break;
                    case "error":
                        error = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        if (string.IsNullOrEmpty(error))
                        {
                            error = "the evaluator reported an error without a message";
                        }
                        break;
                    default:
                        // Extra fields (timings, diagnostics) are the evaluator's business.
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            string reason = line.IndexOf("NaN"u8) >= 0 || line.IndexOf("Infinity"u8) >= 0
                ? "it holds NaN or Infinity, which JSON cannot carry (the value is not finite)"
                : exception.Message;
            return ParsedAnswer.Malformed(id, $"the answer line is not valid JSON ({reason}): {Quote(line)}");
        }
        catch (FormatException)
        {
            return ParsedAnswer.Malformed(id, $"a value in the answer is not a number: {Quote(line)}");
        }

        if (id is null)
        {
            return ParsedAnswer.Malformed(null, $"the answer has no 'id': {Quote(line)}");
        }
        if (error is not null)
        {
            return new ParsedAnswer(id, EvaluationResult.Failure(error), null);
        }
        string? problem = objectives is null
            ? "the answer has neither 'f' nor 'error'"
            : CountProblem("f", objectives, spec.ObjectiveCount) ?? CountProblem("g", inequalities, spec.InequalityCount)
                ?? CountProblem("h", equalities, spec.EqualityCount);
        if (problem is not null)
        {
            return ParsedAnswer.Malformed(id, $"{problem}: {Quote(line)}");
        }
        double[] constraints = spec.ConstraintCount == 0 ? [] : [.. inequalities ?? [], .. equalities ?? []];
        return new ParsedAnswer(id, EvaluationResult.Of(objectives!, constraints), null);
    }

    /// <summary>A line as quoted in a failure message: at most 120 characters.</summary>
    public static string Quote(ReadOnlySpan<byte> bytes)
    {
        string line = Encoding.UTF8.GetString(bytes);
        return line.Length <= QuotedLineLength ? $"'{line}'" : $"'{line[..QuotedLineLength]}…' ({line.Length} characters)";
    }

    private static string? CountProblem(string field, double[]? values, int expected)
    {
        int count = values?.Length ?? 0;
        return count == expected
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"'{field}' has {count} values, expected {expected}");
    }

    private static double[] ReadNumbers(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException($"'{field}' must be an array of numbers");
        }
        var values = new List<double>(4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType switch
            {
                JsonTokenType.Number => reader.GetDouble(),
                // Python's None: not a value, so the row fails as not finite.
                JsonTokenType.Null => double.NaN,
                _ => throw new FormatException($"'{field}' must be an array of numbers"),
            });
        }
        return [.. values];
    }

    private static void WriteLanes(Utf8JsonWriter writer, Candidate candidate)
    {
        foreach (double value in candidate.Reals)
        {
            writer.WriteNumberValue(value);
        }
        foreach (int value in candidate.Integers)
        {
            writer.WriteNumberValue(value);
        }
        foreach (byte value in candidate.Bits)
        {
            writer.WriteNumberValue(value);
        }
    }
}
