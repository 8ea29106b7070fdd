using System.Runtime.InteropServices;
using Metaheuristics.Journal;
using Metaheuristics.Populations;

namespace Metaheuristics.Storage;

/// <summary>
/// Consecutive journaled batches packed into one <c>batch_segments</c> row: one row per checkpoint instead of one per
/// batch, because per-row statement overhead, not bytes, is what recording cost (an SA step is a batch of one).
/// Each lane is the batches' rows end to end; <see cref="Layout"/> holds, per batch, its first candidate id, row count,
/// genome fingerprint and seconds.
/// </summary>
/// <remarks>
/// As in a batch row of schema 1, an empty status blob stands for "every row evaluated" and an empty violation blob for
/// "every row feasible"; the genome lanes are present only for runs that record evaluations.
/// </remarks>
internal sealed record BatchSegment(int FirstBatch, int BatchCount, byte[] Layout, byte[] Status, byte[] Objectives, byte[] Constraints,
    byte[] Violations, string? Messages, byte[]? Reals, byte[]? Integers, byte[]? Bits)
{
    [StructLayout(LayoutKind.Sequential, Pack = 8)]
    private readonly record struct Entry(long FirstId, long Count, ulong Fingerprint, double Seconds);

    public static BatchSegment Pack(IReadOnlyList<JournaledBatch> batches, bool withGenomes)
    {
        var layout = new Entry[batches.Count];
        int rows = 0, objectives = 0, constraints = 0, reals = 0, integers = 0, bits = 0;
        bool anyFailed = false, anyViolation = false, anyMessage = false;
        for (int b = 0; b < batches.Count; b++)
        {
            JournaledBatch batch = batches[b];
            layout[b] = new Entry(batch.FirstId, batch.Count, batch.Fingerprint, batch.Seconds);
            rows += batch.Count;
            objectives += batch.Objectives.Length;
            constraints += batch.Constraints.Length;
            reals += batch.Reals.Length;
            integers += batch.Integers.Length;
            bits += batch.Bits.Length;
            anyFailed |= batch.Status.Span.ContainsAnyExcept(RowStatus.Evaluated);
            anyViolation |= batch.Violations.Span.ContainsAnyExcept(0.0);
            anyMessage |= batch.Messages is not null;
        }
        byte[] status = anyFailed ? new byte[rows * sizeof(byte)] : [];
        byte[] objectiveBlob = new byte[objectives * sizeof(double)], constraintBlob = new byte[constraints * sizeof(double)];
        byte[] violations = anyViolation ? new byte[rows * sizeof(double)] : [];
        byte[]? realBlob = withGenomes ? new byte[reals * sizeof(double)] : null;
        byte[]? integerBlob = withGenomes ? new byte[integers * sizeof(int)] : null;
        byte[]? bitBlob = withGenomes ? new byte[bits] : null;
        string?[]? messages = anyMessage ? new string?[rows] : null;
        int row = 0, objective = 0, constraint = 0, real = 0, integer = 0, bit = 0;
        foreach (JournaledBatch batch in batches)
        {
            if (anyFailed)
            {
                Copy(batch.Status.Span, status, row);
            }
            if (anyViolation)
            {
                Copy(batch.Violations.Span, violations, row);
            }
            if (batch.Messages is { } batchMessages)
            {
                for (int i = 0; i < batch.Count; i++)
                {
                    messages![row + i] = batchMessages[i];
                }
            }
            Copy(batch.Objectives.Span, objectiveBlob, objective);
            Copy(batch.Constraints.Span, constraintBlob, constraint);
            if (withGenomes)
            {
                Copy(batch.Reals.Span, realBlob!, real);
                Copy(batch.Integers.Span, integerBlob!, integer);
                Copy(batch.Bits.Span, bitBlob!, bit);
            }
            row += batch.Count;
            objective += batch.Objectives.Length;
            constraint += batch.Constraints.Length;
            real += batch.Reals.Length;
            integer += batch.Integers.Length;
            bit += batch.Bits.Length;
        }
        return new BatchSegment(batches[0].Index, batches.Count, MemoryMarshal.AsBytes(layout.AsSpan()).ToArray(), status, objectiveBlob,
            constraintBlob, violations, messages is null ? null : MessageList.Format(messages), realBlob, integerBlob, bitBlob);
    }

    /// <summary>The segment's batches, without genomes (a replay checks them by fingerprint).</summary>
    public List<JournaledBatch> Batches()
    {
        var batches = new List<JournaledBatch>(BatchCount);
        Entry[] layout = MemoryMarshal.Cast<byte, Entry>(Layout).ToArray();
        (int rows, int perRowObjectives, int perRowConstraints) = Shape(layout);
        RowStatus[] status = Blobs.To<RowStatus>(Status);
        double[] objectives = Blobs.To<double>(Objectives), constraints = Blobs.To<double>(Constraints), violations = Blobs.To<double>(Violations);
        string?[]? messages = Messages is null ? null : MessageList.Parse(Messages);
        int row = 0;
        for (int b = 0; b < layout.Length; b++)
        {
            int count = (int)layout[b].Count;
            RowStatus[] batchStatus = status.Length == 0 ? Filled(count, RowStatus.Evaluated) : status[row..(row + count)];
            string?[]? batchMessages = messages?[row..(row + count)];
            batches.Add(new JournaledBatch(FirstBatch + b, layout[b].FirstId, count, layout[b].Fingerprint, batchStatus,
                objectives[(row * perRowObjectives)..((row + count) * perRowObjectives)],
                constraints[(row * perRowConstraints)..((row + count) * perRowConstraints)],
                violations.Length == 0 ? new double[count] : violations[row..(row + count)],
                batchMessages is not null && Array.Exists(batchMessages, m => m is not null) ? batchMessages : null,
                layout[b].Seconds));
            row += count;
        }
        if (row != rows)
        {
            throw new InvalidDataException("segment rows do not add up");
        }
        return batches;
    }

    /// <summary>The segment's rows as recorded evaluations, when it holds genomes; else none.</summary>
    public void AddEvaluationsTo(List<StoredEvaluation> evaluations)
    {
        if (Reals is null || Integers is null || Bits is null)
        {
            return;
        }
        Entry[] layout = MemoryMarshal.Cast<byte, Entry>(Layout).ToArray();
        (int rows, int perRowObjectives, int perRowConstraints) = Shape(layout);
        double[] reals = Blobs.To<double>(Reals);
        int[] integers = Blobs.To<int>(Integers);
        int perRowReals = reals.Length / rows, perRowIntegers = integers.Length / rows, perRowBits = Bits.Length / rows;
        int row = 0, b = 0;
        foreach (JournaledBatch batch in Batches())
        {
            for (int i = 0; i < batch.Count; i++, row++)
            {
                bool failed = batch.Status.Span[i] == RowStatus.Failed;
                evaluations.Add(new StoredEvaluation(batch.FirstId + i, batch.Index, failed ? RowStatus.Failed : RowStatus.Evaluated,
                    reals[(row * perRowReals)..((row + 1) * perRowReals)],
                    integers[(row * perRowIntegers)..((row + 1) * perRowIntegers)],
                    Bits[(row * perRowBits)..((row + 1) * perRowBits)],
                    failed ? [] : batch.Objectives.Span.Slice(i * perRowObjectives, perRowObjectives).ToArray(),
                    failed || perRowConstraints == 0 ? [] : batch.Constraints.Span.Slice(i * perRowConstraints, perRowConstraints).ToArray(),
                    failed ? null : batch.Violations.Span[i],
                    batch.Messages?[i],
                    layout[b].Seconds));
            }
            b++;
        }
    }

    private (int Rows, int Objectives, int Constraints) Shape(Entry[] layout)
    {
        long rows = 0;
        foreach (Entry entry in layout)
        {
            rows += entry.Count;
        }
        if (layout.Length != BatchCount || rows <= 0)
        {
            throw new InvalidDataException("segment layout does not match its batch count");
        }
        int objectiveValues = Objectives.Length / sizeof(double), constraintValues = Constraints.Length / sizeof(double);
        return ((int)rows, objectiveValues / (int)rows, constraintValues / (int)rows);
    }

    private static T[] Filled<T>(int count, T value)
    {
        var array = new T[count];
        array.AsSpan().Fill(value);
        return array;
    }

    private static void Copy<T>(ReadOnlySpan<T> source, byte[] target, int offset) where T : unmanaged =>
        MemoryMarshal.AsBytes(source).CopyTo(target.AsSpan(offset * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()));
}
