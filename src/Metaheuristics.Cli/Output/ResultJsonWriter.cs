using System.Text.Json;
using Metaheuristics.External;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Spaces;

namespace Metaheuristics.Cli.Output;

/// <summary>
/// Writes <c>result.json</c> (schema in the README). Written field by field so the output is the same bytes for the same
/// run: only <c>elapsedSeconds</c> depends on the machine.
/// </summary>
internal static class ResultJsonWriter
{
    public const int SchemaVersion = 1;

    /// <param name="stream">Where to write.</param>
    /// <param name="spec">The problem.</param>
    /// <param name="result">The run's result.</param>
    /// <param name="runId">The run's id in the run store, or null when it is not recorded.</param>
    /// <param name="terminationReason">A reason to write instead of the result's (an export of a stored run writes the one recorded), or null.</param>
    public static void Write(Stream stream, ProblemSpec spec, RunResult result, long? runId = null, string? terminationReason = null)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("problem", result.ProblemName);
        json.WriteString("solver", result.SolverName);
        json.WriteNumber("seed", result.Seed);
        json.WriteNumber("variables", spec.Space.RealLength + spec.Space.IntegerLength + spec.Space.BinaryLength);
        json.WriteNumber("objectives", result.ObjectiveCount);
        json.WriteStartArray("objectiveNames");
        foreach (ObjectiveSpec objective in spec.Objectives)
        {
            json.WriteStringValue(objective.Name);
        }
        json.WriteEndArray();
        json.WriteStartArray("senses");
        foreach (ObjectiveSpec objective in spec.Objectives)
        {
            json.WriteStringValue(objective.Sense == ObjectiveSense.Minimize ? "minimize" : "maximize");
        }
        json.WriteEndArray();
        json.WriteNumber("inequalities", spec.InequalityCount);
        json.WriteNumber("equalities", spec.EqualityCount);
        json.WriteNumber("equalityTolerance", result.EqualityTolerance);
        json.WriteString("constraintHandler", result.ConstraintHandlerName);
        if (result.History.Count > 0 && result.History[^1].Constraints is { } state)
        {
            json.WriteStartObject("constraintHandlerState");
            WriteNumberOrNull(json, "epsilon", state.Epsilon);
            WriteNumberOrNull(json, "penaltyWeight", state.PenaltyWeight);
            if (state.Multipliers is { } multipliers)
            {
                json.WriteStartArray("multipliers");
                foreach (double value in multipliers)
                {
                    WriteNumber(json, value);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteNumber("evaluations", result.Evaluations);
        json.WriteNumber("failedEvaluations", result.FailedEvaluations);
        json.WriteNumber("generations", result.Generations);
        json.WriteNumber("elapsedSeconds", Math.Round(result.Elapsed.TotalSeconds, 6));
        json.WriteString("terminationReason", terminationReason ?? JsonNamingPolicy.CamelCase.ConvertName(result.TerminationReason.ToString()));
        if (result.FailureMessage is null)
        {
            json.WriteNull("failureMessage");
        }
        else
        {
            json.WriteString("failureMessage", result.FailureMessage);
        }
        if (runId is { } id)
        {
            json.WriteNumber("runId", id);
        }
        else
        {
            json.WriteNull("runId");
        }
        if (result.StoreFailure is null)
        {
            json.WriteNull("storeFailure");
        }
        else
        {
            json.WriteString("storeFailure", result.StoreFailure);
        }
        json.WriteStartArray("failures");
        foreach (FailedEvaluation failure in result.Failures)
        {
            json.WriteStartObject();
            WriteIdAndValues(json, failure.Candidate);
            json.WriteString("reason", failure.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteNumberOrNull(json, "knownOptimum", spec.KnownOptimum);
        if (result.Best is { } best)
        {
            json.WritePropertyName("best");
            WriteSolution(json, best, spec.Space);
        }
        else
        {
            json.WriteNull("best");
        }
        if (spec.IsMultiObjective)
        {
            json.WriteStartArray("front");
            foreach (Solution solution in result.ParetoSet)
            {
                WriteSolution(json, solution, spec.Space);
            }
            json.WriteEndArray();
            if (FrontIndicators.Compute(spec, result) is { } indicators)
            {
                json.WriteStartObject("indicators");
                WriteNumberOrNull(json, "hypervolume", indicators.Hypervolume);
                json.WriteStartArray("referencePoint");
                foreach (double value in indicators.ReferencePoint)
                {
                    WriteNumber(json, value);
                }
                json.WriteEndArray();
                json.WriteNumber("igd", indicators.Igd);
                json.WriteNumber("igdPlus", indicators.IgdPlus);
                json.WriteEndObject();
            }
        }
        json.WriteEndObject();
    }

    private static void WriteSolution(Utf8JsonWriter json, Solution solution, SearchSpace space)
    {
        json.WriteStartObject();
        WriteIdAndValues(json, solution.Candidate);
        json.WriteStartArray("f");
        foreach (double value in solution.Objectives)
        {
            WriteNumber(json, value);
        }
        json.WriteEndArray();
        if (solution.Constraints.Length > 0)
        {
            json.WriteStartArray("constraints");
            foreach (double value in solution.Constraints)
            {
                WriteNumber(json, value);
            }
            json.WriteEndArray();
        }
        json.WriteNumber("violation", solution.Violation);
        json.WriteBoolean("feasible", solution.IsFeasible);
        if (space.HasNamedParameters)
        {
            json.WritePropertyName("params");
            CandidateJson.WriteParameters(json, solution.Candidate);
        }
        json.WriteEndObject();
    }

    private static void WriteIdAndValues(Utf8JsonWriter json, Candidate candidate)
    {
        json.WriteNumber("id", candidate.Id);
        json.WriteStartArray("x");
        foreach (double value in candidate.DecodedValues())
        {
            WriteNumber(json, value);
        }
        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
