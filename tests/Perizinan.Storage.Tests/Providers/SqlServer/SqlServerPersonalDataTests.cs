using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The personal data contract on SQL Server (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerPersonalDataTests(Providers.SqlServerFixture fixture) : PersonalDataContract(fixture), IClassFixture<Providers.SqlServerFixture>;
