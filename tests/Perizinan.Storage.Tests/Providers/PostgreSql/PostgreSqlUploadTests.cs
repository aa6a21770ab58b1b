using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The upload contract on PostgreSql (a throwaway database per class).</summary>
public sealed class PostgreSqlUploadTests(Providers.PostgreSqlFixture fixture) : UploadContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
