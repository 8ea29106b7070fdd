using Metaheuristics.Problems;

namespace Metaheuristics.Running;

/// <summary>Converts minimized internal objective values back into the user's sense.</summary>
internal static class ObjectiveSenses
{
    public static double[] ToUserSense(ProblemSpec spec, ReadOnlySpan<double> minimized)
    {
        var values = minimized.ToArray();
        for (int i = 0; i < values.Length; i++)
        {
            if (spec.Objectives[i].Sense == ObjectiveSense.Maximize)
            {
                values[i] = -values[i];
            }
        }
        return values;
    }

    public static double ToUserSense(ProblemSpec spec, int objective, double minimized) =>
        spec.Objectives[objective].Sense == ObjectiveSense.Maximize ? -minimized : minimized;
}
