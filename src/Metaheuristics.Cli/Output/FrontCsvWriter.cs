using System.Globalization;
using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Cli.Output;

/// <summary>Writes <c>front.csv</c>: one row per non-dominated point, objectives (user's sense) then decoded genes.</summary>
internal static class FrontCsvWriter
{
    public static void Write(TextWriter writer, ProblemSpec spec, RunResult result)
    {
        var header = new List<string>();
        header.AddRange(spec.Objectives.Select(o => o.Name));
        int genes = result.ParetoSet.Count > 0 ? result.ParetoSet[0].Candidate.DecodedValues().Length : 0;
        for (int i = 0; i < genes; i++)
        {
            header.Add($"x{i + 1}");
        }
        header.Add("violation");
        writer.WriteLine(string.Join(',', header));
        foreach (Solution solution in result.ParetoSet)
        {
            IEnumerable<double> values = solution.Objectives.Concat(solution.Candidate.DecodedValues()).Append(solution.Violation);
            writer.WriteLine(string.Join(',', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        }
    }
}
