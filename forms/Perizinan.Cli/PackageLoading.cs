using Perizinan.Engine.Evaluation;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Cli;

/// <summary>Loads and compiles a package folder for a command, printing its diagnostics.</summary>
internal static class PackageLoading
{
    /// <summary>Loads <paramref name="directory"/>; prints every diagnostic; returns the form, or <c>null</c> on errors.</summary>
    public static CompiledForm? Load(string directory, string language, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var form = CompiledForm.Load(Path.GetFullPath(directory), diagnostics);
        foreach (var d in diagnostics.Items.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column))
        {
            output.WriteLine(d.Format(language));
        }

        return diagnostics.HasErrors ? null : form;
    }
}
