namespace Metaheuristics.Validation;

/// <summary>Thrown when options or a specification have invalid fields; the message lists every one with its value.</summary>
public sealed class OptionsValidationException : ArgumentException
{
    /// <summary>Creates the exception from the list of problems found.</summary>
    public OptionsValidationException(string typeName, IReadOnlyList<FieldError> errors)
        : base(BuildMessage(typeName, errors), errors.Count > 0 ? errors[0].Field : null)
    {
        TypeName = typeName;
        Errors = errors;
    }

    /// <summary>The options or spec type that was checked.</summary>
    public string TypeName { get; }

    /// <summary>Every bad field.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    private static string BuildMessage(string typeName, IReadOnlyList<FieldError> errors) =>
        $"Invalid {typeName}: " + string.Join("; ", errors.Select(e => e.ToString()));
}
