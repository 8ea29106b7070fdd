namespace Metaheuristics.Validation;

/// <summary>One invalid field: its name, the value it had, and what is wrong.</summary>
public sealed record FieldError(string Field, string? Value, string Problem)
{
    /// <inheritdoc/>
    public override string ToString() => Value is null ? $"{Field} {Problem}" : $"{Field} = {Value} {Problem}";
}
