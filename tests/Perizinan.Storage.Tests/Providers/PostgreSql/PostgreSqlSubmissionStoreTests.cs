using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The submission store contract on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlSubmissionStoreTests(Providers.PostgreSqlFixture fixture) : SubmissionStoreContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
