using System.Globalization;

namespace Metaheuristics.Validation;

/// <summary>Collects every bad field of one options record so they can be reported together.</summary>
internal sealed class ValidationErrors(string typeName)
{
    private readonly List<FieldError> _errors = [];

    public void Require(bool condition, string field, object? value, string problem)
    {
        if (!condition)
        {
            _errors.Add(new FieldError(field, value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture), problem));
        }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new OptionsValidationException(typeName, _errors);
        }
    }
}
