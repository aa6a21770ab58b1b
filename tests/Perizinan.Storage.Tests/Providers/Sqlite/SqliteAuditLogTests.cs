using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The auditlog contract on SQLite (a temporary file per class).</summary>
public sealed class SqliteAuditLogTests(Providers.SqliteFixture fixture) : AuditLogContract(fixture), IClassFixture<Providers.SqliteFixture>;
