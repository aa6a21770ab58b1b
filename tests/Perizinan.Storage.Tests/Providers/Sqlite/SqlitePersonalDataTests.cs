using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The personal data contract on SQLite (a temporary file per class).</summary>
public sealed class SqlitePersonalDataTests(Providers.SqliteFixture fixture) : PersonalDataContract(fixture), IClassFixture<Providers.SqliteFixture>;
