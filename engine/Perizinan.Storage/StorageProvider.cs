namespace Perizinan.Storage;

/// <summary>The database a <see cref="Storage"/> runs on.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file (the embedded default): WAL mode, <c>synchronous=FULL</c>, one writer at a time.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql: the tested server database; workers lease with <c>FOR UPDATE SKIP LOCKED</c>.</summary>
    PostgreSql,

    /// <summary>SQL Server through Microsoft.Data.SqlClient; workers lease with <c>UPDLOCK, READPAST</c>.</summary>
    SqlServer,
}
