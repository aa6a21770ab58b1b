using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The auditlog contract on SQL Server (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerAuditLogTests(Providers.SqlServerFixture fixture) : AuditLogContract(fixture), IClassFixture<Providers.SqlServerFixture>;
