using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The upload contract on Sqlite (a temporary file per class).</summary>
public sealed class SqliteUploadTests(Providers.SqliteFixture fixture) : UploadContract(fixture), IClassFixture<Providers.SqliteFixture>;
