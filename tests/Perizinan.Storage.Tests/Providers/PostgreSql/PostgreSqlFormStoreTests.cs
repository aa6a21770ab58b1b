using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The form store contract on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlFormStoreTests(Providers.PostgreSqlFixture fixture) : FormStoreContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
