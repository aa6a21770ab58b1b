using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The upload contract on SqlServer (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerUploadTests(Providers.SqlServerFixture fixture) : UploadContract(fixture), IClassFixture<Providers.SqlServerFixture>;
