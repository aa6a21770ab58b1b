using System.Data.Common;
using Dapper;

namespace Perizinan.Storage.Sql;

/// <summary>
/// Opens connections (each prepared by the dialect) and runs units of work in transactions. Thread-safe; holds no
/// connection between calls (the providers pool them).
/// </summary>
internal sealed class Database(SqlDialect dialect, string connectionString, TimeProvider time)
{
    public SqlDialect Dialect { get; } = dialect;

    public TimeProvider TimeProvider { get; } = time;

    public DateTimeOffset Now() => Clock.Now(TimeProvider);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = Dialect.CreateConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await Dialect.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it returns, rolled back when it throws.</summary>
    public async Task<T> InTransactionAsync<T>(Func<Unit, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(new Unit(connection, transaction, cancellationToken)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    /// <summary>Runs read-only <paramref name="work"/> on one connection without a transaction.</summary>
    public async Task<T> ReadAsync<T>(Func<Unit, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await work(new Unit(connection, null, cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>A connection, its transaction (if any) and the cancellation token: what a command needs.</summary>
    internal readonly record struct Unit(DbConnection Connection, DbTransaction? Transaction, CancellationToken CancellationToken)
    {
        public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
            Connection.ExecuteAsync(Command(sql, parameters));

        public async Task<IReadOnlyList<Row>> QueryAsync(string sql, object? parameters = null) =>
            (await Connection.QueryAsync(Command(sql, parameters)).ConfigureAwait(false)).Select(r => Row.Of((object)r)).ToList();

        public async Task<Row?> QuerySingleOrNullAsync(string sql, object? parameters = null) =>
            (await QueryAsync(sql, parameters).ConfigureAwait(false)) is [var row, ..] ? row : null;

        public Task<T> ScalarAsync<T>(string sql, object? parameters = null) =>
            Connection.ExecuteScalarAsync<T>(Command(sql, parameters))!;

        private CommandDefinition Command(string sql, object? parameters) =>
            new(sql, parameters, Transaction, cancellationToken: CancellationToken);
    }
}
