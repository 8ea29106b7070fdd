using System.Runtime.InteropServices;
using Metaheuristics.Running;

namespace Metaheuristics.Storage;

/// <summary>
/// Consecutive generations' statistics packed into one <c>generation_segments</c> row (one per checkpoint): per
/// generation, ten doubles in <see cref="StoredGeneration"/>'s order, NaN for a missing value.
/// </summary>
internal static class GenerationSegment
{
    private const int Fields = 10;

    /// <summary><paramref name="reports"/> packed as one row's blob, in <paramref name="buffer"/> (valid until it is cleared).</summary>
    public static ReadOnlyMemory<byte> Pack(IReadOnlyList<GenerationReport> reports, TimeSpan earlierElapsed, PackBuffer buffer)
    {
        Memory<byte> blob = buffer.Take<double>(reports.Count * Fields);
        Span<double> values = MemoryMarshal.Cast<byte, double>(blob.Span);
        for (int i = 0; i < reports.Count; i++)
        {
            GenerationReport report = reports[i];
            Span<double> row = values.Slice(i * Fields, Fields);
            row[0] = report.Generation;
            row[1] = report.Evaluations;
            row[2] = report.FailedEvaluations;
            row[3] = report.BestObjective ?? double.NaN;
            row[4] = report.BestViolation ?? double.NaN;
            row[5] = report.MeanObjective ?? double.NaN;
            row[6] = report.FeasibleFraction;
            row[7] = report.ParetoSetSize;
            row[8] = report.Hypervolume ?? double.NaN;
            row[9] = (earlierElapsed + report.Elapsed).TotalSeconds;
        }
        return blob;
    }

    public static void AddTo(List<StoredGeneration> generations, byte[] blob)
    {
        double[] values = Blobs.To<double>(blob);
        if (values.Length % Fields != 0)
        {
            throw new InvalidDataException("generation segment length is not a whole number of generations");
        }
        for (int offset = 0; offset < values.Length; offset += Fields)
        {
            ReadOnlySpan<double> row = values.AsSpan(offset, Fields);
            generations.Add(new StoredGeneration((int)row[0], (long)row[1], (long)row[2], Nullable(row[3]), Nullable(row[4]), Nullable(row[5]),
                row[6], (int)row[7], Nullable(row[8]), TimeSpan.FromSeconds(row[9])));
        }
    }

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;
}
