using Perizinan.Engine.Scenarios;

namespace Perizinan.Cli;

/// <summary><c>perizinan test DIR</c>: runs the scenarios; the last line is <c>N passed, N failed</c>; exit 1 on a failure.</summary>
internal static class TestCommand
{
    public static int Run(string directory, string language, TextWriter output)
    {
        var form = PackageLoading.Load(directory, language, output);
        if (form is null)
        {
            output.WriteLine("0 passed, 1 failed");
            return 1;
        }

        var results = ScenarioRunner.RunAll(form);
        foreach (var result in results)
        {
            output.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {Path.GetFileName(result.File)}: {result.Name}");
            foreach (var failure in result.Failures)
            {
                output.WriteLine("     " + failure);
            }
        }

        var failed = results.Count(r => !r.Passed);
        output.WriteLine($"{results.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
