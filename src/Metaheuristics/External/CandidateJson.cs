using System.Text.Json;
using Metaheuristics.Spaces;

namespace Metaheuristics.External;

/// <summary>Writes a candidate's values by parameter name, as external evaluators receive them and result files show them.</summary>
public static class CandidateJson
{
    /// <summary>
    /// Writes <c>{"name": value, …}</c>: floats (log-scaled ones decoded) as numbers, int parameters as integers,
    /// categorical ones as the chosen option's name, and segments of several genes as arrays.
    /// </summary>
    public static void WriteParameters(Utf8JsonWriter writer, Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(candidate);
        writer.WriteStartObject();
        foreach (Segment segment in candidate.Space.Segments)
        {
            writer.WritePropertyName(segment.Name);
            if (segment.Length > 1)
            {
                writer.WriteStartArray();
                for (int i = 0; i < segment.Length; i++)
                {
                    WriteGene(writer, candidate, segment, i);
                }
                writer.WriteEndArray();
            }
            else
            {
                WriteGene(writer, candidate, segment, 0);
            }
        }
        writer.WriteEndObject();
    }

    private static void WriteGene(Utf8JsonWriter writer, Candidate candidate, Segment segment, int index)
    {
        int gene = segment.Offset + index;
        switch (segment.Kind)
        {
            case SegmentKind.Categorical:
                writer.WriteStringValue(segment.Choices[(int)segment.Decode(candidate.Reals[gene])]);
                break;
            case SegmentKind.RoundedInteger:
                writer.WriteNumberValue((long)segment.Decode(candidate.Reals[gene]));
                break;
            case SegmentKind.Real or SegmentKind.LogReal:
                writer.WriteNumberValue(segment.Decode(candidate.Reals[gene]));
                break;
            case SegmentKind.Binary:
                writer.WriteNumberValue(candidate.Bits[gene]);
                break;
            default:
                writer.WriteNumberValue(candidate.Integers[gene]);
                break;
        }
    }
}
