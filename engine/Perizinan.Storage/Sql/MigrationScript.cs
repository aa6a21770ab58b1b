namespace Perizinan.Storage.Sql;

/// <summary>One embedded migration: <c>Migrations/&lt;dialect&gt;/0001_initial.sql</c> has version 1, name <c>initial</c>.</summary>
internal sealed record MigrationScript(int Version, string Name, string Sql);
