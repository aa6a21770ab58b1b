using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The group commit contract on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlGroupCommitTests(Providers.PostgreSqlFixture fixture) : GroupCommitContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
