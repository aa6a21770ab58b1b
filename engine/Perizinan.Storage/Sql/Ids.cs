namespace Perizinan.Storage.Sql;

/// <summary>Ids are stored as text (<c>D</c> format) so that every provider compares and indexes them the same way.</summary>
internal static class Ids
{
    public static string New() => Guid.NewGuid().ToString("D");

    public static string Text(Guid id) => id.ToString("D");
}
