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

    /// <summary>
    /// <paramref name="batches"/> packed as one row's lanes, in <paramref name="buffer"/> (valid until it is cleared);
    /// a lane that does not apply (no failed row, no violation, no genomes) is empty, the genome lanes then null.
    /// </summary>
    public static Packed Pack(IReadOnlyList<JournaledBatch> batches, bool withGenomes, PackBuffer buffer)
    {
        int rows = 0, objectives = 0, constraints = 0, reals = 0, integers = 0, bits = 0;
        bool anyFailed = false, anyViolation = false, anyMessage = false;
        foreach (JournaledBatch batch in batches)
        {
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
        Memory<byte> layout = buffer.Take<Entry>(batches.Count);
        Memory<byte> status = buffer.Take<RowStatus>(anyFailed ? rows : 0), violations = buffer.Take<double>(anyViolation ? rows : 0);
        Memory<byte> objectiveLane = buffer.Take<double>(objectives), constraintLane = buffer.Take<double>(constraints);
        Memory<byte> realLane = buffer.Take<double>(withGenomes ? reals : 0), integerLane = buffer.Take<int>(withGenomes ? integers : 0);
        Memory<byte> bitLane = buffer.Take<byte>(withGenomes ? bits : 0);
        Span<Entry> entries = MemoryMarshal.Cast<byte, Entry>(layout.Span);
        string?[]? messages = anyMessage ? new string?[rows] : null;
        int row = 0, objective = 0, constraint = 0, real = 0, integer = 0, bit = 0;
        for (int b = 0; b < batches.Count; b++)
        {
            JournaledBatch batch = batches[b];
            entries[b] = new Entry(batch.FirstId, batch.Count, batch.Fingerprint, batch.Seconds);
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
            Copy(batch.Objectives.Span, objectiveLane, objective);
            Copy(batch.Constraints.Span, constraintLane, constraint);
            if (withGenomes)
            {
                Copy(batch.Reals.Span, realLane, real);
                Copy(batch.Integers.Span, integerLane, integer);
                Copy(batch.Bits.Span, bitLane, bit);
            }
            row += batch.Count;
            objective += batch.Objectives.Length;
            constraint += batch.Constraints.Length;
            real += batch.Reals.Length;
            integer += batch.Integers.Length;
            bit += batch.Bits.Length;
        }
        return new Packed(batches[0].Index, batches.Count, layout, status, objectiveLane, constraintLane, violations,
            messages is null ? null : MessageList.Format(messages), withGenomes ? realLane : null, withGenomes ? integerLane : null,
            withGenomes ? bitLane : null);
    }

    /// <summary>A segment as written: its lanes in the writer's <see cref="PackBuffer"/>.</summary>
    internal readonly record struct Packed(int FirstBatch, int BatchCount, ReadOnlyMemory<byte> Layout, ReadOnlyMemory<byte> Status,
        ReadOnlyMemory<byte> Objectives, ReadOnlyMemory<byte> Constraints, ReadOnlyMemory<byte> Violations, string? Messages,
        ReadOnlyMemory<byte>? Reals, ReadOnlyMemory<byte>? Integers, ReadOnlyMemory<byte>? Bits);

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

    private static void Copy<T>(ReadOnlySpan<T> source, Memory<byte> target, int offset) where T : unmanaged =>
        MemoryMarshal.AsBytes(source).CopyTo(target.Span[(offset * System.Runtime.CompilerServices.Unsafe.SizeOf<T>())..]);
}
