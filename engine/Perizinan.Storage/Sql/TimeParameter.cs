using System.Data;
using System.Globalization;
using Dapper;

namespace Perizinan.Storage.Sql;

/// <summary>
/// A UTC instant as a command parameter, typed for the provider: fixed-width ISO-8601 text on SQLite (so text order is
/// time order), a UTC <see cref="DateTime"/> on PostgreSQL (timestamptz), <c>datetime2</c> on SQL Server (Dapper's
/// default <c>datetime</c> would round to 1/300 s).
/// </summary>
internal sealed class TimeParameter(DateTimeOffset value, StorageProvider provider) : SqlMapper.ICustomQueryParameter
{
    public const string TextFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public void AddParameter(IDbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        var utc = value.UtcDateTime;
        switch (provider)
        {
            case StorageProvider.Sqlite:
                parameter.DbType = DbType.String;
                parameter.Value = utc.ToString(TextFormat, CultureInfo.InvariantCulture);
                break;
            case StorageProvider.SqlServer:
                parameter.DbType = DbType.DateTime2;
                parameter.Value = utc;
                break;
            default:
                parameter.Value = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
                break;
        }

        command.Parameters.Add(parameter);
    }
}
