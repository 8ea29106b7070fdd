using System.Runtime.InteropServices;

namespace Metaheuristics.Storage;

/// <summary>Numeric lanes as SQLite blobs: the values' little-endian bytes, as the runtime lays them out.</summary>
internal static class Blobs
{
    public static T[] To<T>(byte[] blob) where T : unmanaged => MemoryMarshal.Cast<byte, T>(blob).ToArray();
}
