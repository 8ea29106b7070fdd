using Metaheuristics.Validation;

namespace Metaheuristics.Storage;

/// <summary>How <see cref="SqliteRunStore"/> opens its database.</summary>
public sealed record SqliteRunStoreOptions
{
    /// <summary>How long a write waits for another process's lock before it fails. <value>The default is 5 seconds.</value></summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>True to open an existing file read-only (listing, showing, exporting). <value>The default is false.</value></summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// The most bytes the database file may grow to, or null for no cap. A write past it fails as a full disk would
    /// (and the run goes on or stops as its <c>StoreFailurePolicy</c> says). <value>The default is null.</value>
    /// </summary>
    public long? MaxDatabaseBytes { get; init; }

    /// <summary>The clock for the runs' start, end and checkpoint times. <value>The default is <see cref="TimeProvider.System"/>.</value></summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new List<FieldError>();
        if (BusyTimeout < TimeSpan.Zero)
        {
            errors.Add(new FieldError(nameof(BusyTimeout), BusyTimeout.ToString(), "must not be negative"));
        }
        if (MaxDatabaseBytes is <= 0)
        {
            errors.Add(new FieldError(nameof(MaxDatabaseBytes), MaxDatabaseBytes.ToString(), "must be positive (or null for no cap)"));
        }
        if (TimeProvider is null)
        {
            errors.Add(new FieldError(nameof(TimeProvider), null, "must be set"));
        }
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(nameof(SqliteRunStoreOptions), errors);
        }
    }
}
