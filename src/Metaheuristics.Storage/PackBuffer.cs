using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metaheuristics.Storage;

/// <summary>
/// Memory the store's writer packs a transaction's blobs into and binds from, reused from one transaction to the next:
/// packing each checkpoint into new arrays allocated as many bytes as the run recorded (400 KB for NSGA-II on ZDT1 with
/// 25,000 evaluations), which the garbage collector then had to promote and collect while the solver ran.
/// </summary>
/// <remarks>
/// Lanes taken before <see cref="Clear"/> stay valid until the next <see cref="Clear"/>; when the buffer grows, lanes
/// taken from the old array keep it alive and unchanged.
/// </remarks>
internal sealed class PackBuffer
{
    private byte[] _bytes = new byte[16 * 1024];
    private int _used;

    /// <summary>Starts over: the lanes taken so far may be overwritten from here on.</summary>
    public void Clear() => _used = 0;

    /// <summary>A lane of <paramref name="count"/> values, aligned for <typeparamref name="T"/>.</summary>
    public Memory<byte> Take<T>(int count) where T : unmanaged
    {
        int length = count * Unsafe.SizeOf<T>();
        int start = (_used + 7) & ~7; // every lane 8-byte aligned, so that it can be viewed as doubles or longs
        if (start + length > _bytes.Length)
        {
            _bytes = new byte[Math.Max(_bytes.Length * 2, length + 8)];
            start = 0;
        }
        _used = start + length;
        return _bytes.AsMemory(start, length);
    }

    /// <summary>A lane holding <paramref name="values"/>' bytes.</summary>
    public Memory<byte> Copy<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        Memory<byte> lane = Take<T>(values.Length);
        MemoryMarshal.AsBytes(values).CopyTo(lane.Span);
        return lane;
    }
}
