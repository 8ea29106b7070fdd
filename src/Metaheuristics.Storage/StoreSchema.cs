using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage;

/// <summary>
/// The database's schema and its migrations. <c>PRAGMA application_id</c> marks the file as a run store, so a foreign
/// SQLite file is refused instead of altered; <c>PRAGMA user_version</c> is the schema version, and opening an older
/// store applies the migrations it lacks, in one transaction.
/// </summary>
internal static class StoreSchema
{
    /// <summary>"MHRS" in ASCII.</summary>
    public const long ApplicationId = 0x4D485253;

    private static readonly string[] Migrations =
    [
        // Version 1.
        """
        CREATE TABLE runs (
            id                  INTEGER PRIMARY KEY AUTOINCREMENT,
            problem             TEXT    NOT NULL,
            solver              TEXT    NOT NULL,
            constraint_handler  TEXT    NOT NULL,
            seed                TEXT    NOT NULL,
            objectives          INTEGER NOT NULL,
            settings            TEXT    NOT NULL,
            record_evaluations  INTEGER NOT NULL,
            status              TEXT    NOT NULL,
            started_at          TEXT    NOT NULL,
            ended_at            TEXT,
            termination_reason  TEXT,
            evaluations         INTEGER NOT NULL DEFAULT 0,
            generations         INTEGER NOT NULL DEFAULT 0,
            best_objective      REAL,
            hypervolume         REAL,
            elapsed_seconds     REAL    NOT NULL DEFAULT 0,
            store_failure       TEXT
        );
        CREATE TABLE generations (
            run_id              INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            generation          INTEGER NOT NULL,
            evaluations         INTEGER NOT NULL,
            failed              INTEGER NOT NULL,
            best                REAL,
            best_violation      REAL,
            mean                REAL,
            feasible_fraction   REAL    NOT NULL,
            pareto_size         INTEGER NOT NULL,
            hypervolume         REAL,
            elapsed_seconds     REAL    NOT NULL,
            PRIMARY KEY (run_id, generation)
        ) WITHOUT ROWID;
        CREATE TABLE batches (
            run_id              INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            batch               INTEGER NOT NULL,
            first_id            INTEGER NOT NULL,
            count               INTEGER NOT NULL,
            fingerprint         INTEGER NOT NULL,
            seconds             REAL    NOT NULL,
            status              BLOB    NOT NULL,
            objectives          BLOB    NOT NULL,
            constraints         BLOB    NOT NULL,
            violations          BLOB    NOT NULL,
            messages            TEXT,
            PRIMARY KEY (run_id, batch)
        );
        CREATE TABLE checkpoints (
            run_id              INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            sequence            INTEGER NOT NULL,
            batches             INTEGER NOT NULL,
            generation          INTEGER NOT NULL,
            evaluations         INTEGER NOT NULL,
            elapsed_seconds     REAL    NOT NULL,
            created_at          TEXT    NOT NULL,
            PRIMARY KEY (run_id, sequence)
        ) WITHOUT ROWID;
        CREATE TABLE evaluations (
            run_id              INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            candidate_id        INTEGER NOT NULL,
            batch               INTEGER NOT NULL,
            status              TEXT    NOT NULL,
            x_real              BLOB,
            x_integer           BLOB,
            x_bits              BLOB,
            objectives          BLOB,
            constraints         BLOB,
            violation           REAL,
            message             TEXT,
            batch_seconds       REAL    NOT NULL,
            PRIMARY KEY (run_id, candidate_id)
        );
        """,
        // Version 2: a checkpoint's batches (with their genomes when evaluations are recorded) and its generations are
        // packed into one row each. Rows of version 1 stay where they are and are read as they were.
        """
        CREATE TABLE batch_segments (
            run_id              INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            first_batch         INTEGER NOT NULL,
            batch_count         INTEGER NOT NULL,
            layout              BLOB    NOT NULL,
            status              BLOB    NOT NULL,
            objectives          BLOB    NOT NULL,
            constraints         BLOB    NOT NULL,
            violations          BLOB    NOT NULL,
            messages            TEXT,
            x_real              BLOB,
            x_integer           BLOB,
            x_bits              BLOB,
            PRIMARY KEY (run_id, first_batch)
        );
        CREATE TABLE generation_segments (
            run_id              INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            first_generation    INTEGER NOT NULL,
            count               INTEGER NOT NULL,
            statistics          BLOB    NOT NULL
        );
        CREATE INDEX generation_segments_by_run ON generation_segments (run_id, first_generation);
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>Checks that the database is a run store (or empty) of a version this build knows, and brings it up to date.</summary>
    /// <exception cref="RunStoreException">A foreign database, or a newer schema.</exception>
    public static void Migrate(SqliteConnection connection, string path, bool readOnly)
    {
        long applicationId = Scalar(connection, "PRAGMA application_id;");
        long version = Scalar(connection, "PRAGMA user_version;");
        if (applicationId == 0 && version == 0)
        {
            if (Scalar(connection, "SELECT count(*) FROM sqlite_master;") > 0)
            {
                throw new RunStoreException(path, "is an SQLite database of another application (it has tables but no run store mark); refusing to change it.");
            }
        }
        else if (applicationId != ApplicationId)
        {
            throw new RunStoreException(path, $"is an SQLite database of another application (application_id {applicationId}); refusing to change it.");
        }
        if (version > CurrentVersion)
        {
            throw new RunStoreException(path, $"has schema version {version}, newer than this build's {CurrentVersion}; use a newer mh.");
        }
        if (version == CurrentVersion)
        {
            return;
        }
        if (readOnly)
        {
            throw new RunStoreException(path, version == 0 ? "is empty (no run store here)." : $"has schema version {version} and needs migrating, which a read-only open cannot do.");
        }
        using SqliteTransaction transaction = connection.BeginTransaction();
        for (long next = version; next < CurrentVersion; next++)
        {
            Execute(connection, transaction, Migrations[next]);
        }
        Execute(connection, transaction, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {CurrentVersion};");
        transaction.Commit();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
