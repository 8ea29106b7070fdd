using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage;

/// <summary>Turns SQLite's result codes into messages a user can act on.</summary>
internal static class StoreErrors
{
    public static RunStoreException Describe(string path, SqliteException exception) =>
        new(path, exception.SqliteErrorCode switch
        {
            5 or 6 => "the database is locked by another process (gave up after the busy timeout).",
            8 => "the database is read-only (file or folder permissions, or a read-only medium).",
            10 => $"an I/O error occurred ({exception.Message}).",
            11 => "the database file is corrupt (malformed).",
            13 => "the disk is full.",
            14 => "the database file cannot be opened (missing folder, or no permission).",
            26 => "is not an SQLite database (a corrupt or foreign file).",
            _ => exception.Message,
        }, exception);
}
