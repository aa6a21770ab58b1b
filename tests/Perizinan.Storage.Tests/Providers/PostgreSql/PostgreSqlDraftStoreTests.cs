using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The draft store contract on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlDraftStoreTests(Providers.PostgreSqlFixture fixture) : DraftStoreContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
