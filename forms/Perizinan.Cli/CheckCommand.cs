using Perizinan.Engine.Evaluation;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Cli;

/// <summary><c>perizinan check DIR</c>: every diagnostic of the package; exit 1 on any error.</summary>
internal static class CheckCommand
{
    public static int Run(string directory, string language, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var form = CompiledForm.Load(Path.GetFullPath(directory), diagnostics);
        foreach (var d in diagnostics.Items.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column))
        {
            output.WriteLine(d.Format(language));
        }

        var errors = diagnostics.Items.Count(d => d.IsError);
        var warnings = diagnostics.Items.Count - errors;
        if (form is not null && errors == 0)
        {
            output.WriteLine(language == "en"
                ? $"{form.Id} {form.Version}: {errors} error(s), {warnings} warning(s); content hash sha256:{form.ContentHash}"
                : $"{form.Id} {form.Version}: {errors} galat, {warnings} peringatan; hash isi sha256:{form.ContentHash}");
            return 0;
        }

        output.WriteLine(language == "en" ? $"{errors} error(s), {warnings} warning(s)" : $"{errors} galat, {warnings} peringatan");
        return 1;
    }
}
