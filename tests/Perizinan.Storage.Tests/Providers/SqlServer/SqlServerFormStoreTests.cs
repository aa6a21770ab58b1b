using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The form store contract on SQL Server (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerFormStoreTests(Providers.SqlServerFixture fixture) : FormStoreContract(fixture), IClassFixture<Providers.SqlServerFixture>;
