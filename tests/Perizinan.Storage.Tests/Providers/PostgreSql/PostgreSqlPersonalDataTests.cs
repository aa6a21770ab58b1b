using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The personal data contract on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlPersonalDataTests(Providers.PostgreSqlFixture fixture) : PersonalDataContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
