using System.Text.RegularExpressions;

namespace Perizinan.Cli;

/// <summary><c>perizinan new ID</c>: writes a small package that passes <c>check</c> and <c>test</c>, to start from.</summary>
internal static partial class NewCommand
{
    public static int Run(string id, string into, TextWriter output, TextWriter error)
    {
        if (!IdPattern().IsMatch(id))
        {
            error.WriteLine($"ID harus huruf kecil, angka dan '-' (misalnya izin-usaha) / the id must be lower-case words joined by '-': {id}");
            return 2;
        }

        var directory = Path.Combine(into, id, "1.0.0");
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            error.WriteLine($"Folder sudah ada dan tidak kosong / the folder exists and is not empty: {directory}");
            return 1;
        }

        Directory.CreateDirectory(Path.Combine(directory, "scenarios"));
        foreach (var (name, text) in NewPackageTemplate.Files(id))
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }

        output.WriteLine($"Paket dibuat / package created: {directory}");
        output.WriteLine($"Berikutnya / next: perizinan check {directory} && perizinan test {directory}");
        return 0;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
