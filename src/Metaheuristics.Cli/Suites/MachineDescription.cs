using System.Runtime.InteropServices;

namespace Metaheuristics.Cli.Suites;

/// <summary>One line naming the machine a report was measured on: cores, CPU model, OS and .NET runtime.</summary>
internal static class MachineDescription
{
    public static string Describe()
    {
        string cpu = CpuModel() is { } model ? $" ({model})" : "";
        return $"{Environment.ProcessorCount} cores{cpu}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    private static string? CpuModel()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/cpuinfo"))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal) && line.IndexOf(':', StringComparison.Ordinal) is int colon and > 0)
                {
                    return line[(colon + 1)..].Trim();
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not Linux: the core count and OS still say enough.
        }
        return null;
    }
}
