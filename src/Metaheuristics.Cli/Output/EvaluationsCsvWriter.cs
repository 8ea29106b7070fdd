using System.Globalization;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Spaces;
using Metaheuristics.Storage;

namespace Metaheuristics.Cli.Output;

/// <summary>
/// Writes <c>evaluations.csv</c> for a run recorded with <c>--record-evaluations</c>: one row per evaluation in id order,
/// with its batch, status, decoded genes, objectives (user's sense), constraint values, violation, the batch's wall
/// time and the failure message.
/// </summary>
internal static class EvaluationsCsvWriter
{
    public static void Write(TextWriter writer, ProblemSpec spec, IReadOnlyList<StoredEvaluation> evaluations)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        int genes = spec.Space.RealLength + spec.Space.IntegerLength + spec.Space.BinaryLength;
        var header = new List<string> { "id", "batch", "status" };
        if (evaluations.Count > 0)
        {
            genes = Decode(spec, evaluations[0]).Length;
        }
        for (int i = 0; i < genes; i++)
        {
            header.Add($"x{i + 1}");
        }
        header.AddRange(spec.Objectives.Select(o => o.Name));
        for (int i = 0; i < spec.InequalityCount; i++)
        {
            header.Add($"g{i + 1}");
        }
        for (int i = 0; i < spec.EqualityCount; i++)
        {
            header.Add($"h{i + 1}");
        }
        header.AddRange(["violation", "batchSeconds", "message"]);
        writer.WriteLine(string.Join(',', header));

        var row = new List<string>(header.Count);
        foreach (StoredEvaluation evaluation in evaluations)
        {
            row.Clear();
            row.Add(evaluation.CandidateId.ToString(c));
            row.Add(evaluation.Batch.ToString(c));
            row.Add(evaluation.Status == RowStatus.Failed ? "failed" : "evaluated");
            row.AddRange(Decode(spec, evaluation).Select(v => v.ToString("R", c)));
            for (int i = 0; i < spec.ObjectiveCount; i++)
            {
                // The store keeps objectives minimized, as the engine ranks them: maximized ones go back to the user's sense.
                row.Add(evaluation.Objectives.Length == 0 ? ""
                    : (spec.Objectives[i].Sense == ObjectiveSense.Maximize ? -evaluation.Objectives[i] : evaluation.Objectives[i]).ToString("R", c));
            }
            for (int i = 0; i < spec.ConstraintCount; i++)
            {
                row.Add(evaluation.Constraints.Length == 0 ? "" : evaluation.Constraints[i].ToString("R", c));
            }
            row.Add(evaluation.Violation is { } violation ? violation.ToString("R", c) : "");
            row.Add(evaluation.BatchSeconds.ToString("R", c));
            row.Add(evaluation.Message is null ? "" : "\"" + evaluation.Message.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            writer.WriteLine(string.Join(',', row));
        }
    }

    private static double[] Decode(ProblemSpec spec, StoredEvaluation evaluation) =>
        new Candidate(spec.Space, evaluation.CandidateId, evaluation.Reals, evaluation.Integers, evaluation.Bits).DecodedValues();
}
