using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The auditlog contract on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlAuditLogTests(Providers.PostgreSqlFixture fixture) : AuditLogContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
