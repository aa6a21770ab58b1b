using System.Text.Json;
using Perizinan.Engine.Evaluation;

namespace Perizinan.Benchmarks;

/// <summary>
/// <c>--memory</c>: the retained size of a compiled form and of a live session, per sample package. Method: one
/// warm-up load+compile (JIT, static caches), a full blocking GC, <c>GC.GetTotalMemory(true)</c>; then N copies are
/// loaded and compiled and kept alive, another <c>GC.GetTotalMemory(true)</c>; (after − before) / N. The same for the
/// package alone (loaded, not compiled), and for N live sessions of one form after one full update.
/// Allocated bytes are <c>GC.GetAllocatedBytesForCurrentThread</c> over the same N compiles.
/// </summary>
internal static class MemoryReport
{
    /// <summary>Runs and prints a Markdown table.</summary>
    public static void Run()
    {
        Console.WriteLine("| Package | Rules | Value fields | Package retained | Compiled form retained (incl. package) | Allocated per load+compile | NRules session retained | Direct session retained |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var id in Samples.PackageIds)
        {
            var directory = Samples.PackageDir(id);
            var copies = id == "stress-2000" ? 3 : 5;
            var warm = Samples.LoadCompiled(directory);
            var answers = Samples.Element(Samples.FullAnswers(warm.Package));
            warm.StartSession(Samples.Today).Update(answers);
            FormSession.Direct(warm, Samples.Today).Update(answers);

            var packageRetained = Retained(copies, () => Samples.LoadPackage(directory), out _);
            var formRetained = Retained(copies, () => Samples.LoadCompiled(directory), out var allocated);
            var nrules = Retained(20, () => Started(warm.StartSession(Samples.Today), answers), out _);
            var direct = Retained(20, () => Started(FormSession.Direct(warm, Samples.Today), answers), out _);
            var (rules, fields, _) = Samples.Size(warm);
            Console.WriteLine($"| {id} | {rules} | {fields} | {Kb(packageRetained)} | {Kb(formRetained)} | {Kb(allocated)} | {Kb(nrules)} | {Kb(direct)} |");
        }
    }

    private static FormSession Started(FormSession session, JsonElement answers)
    {
        session.Update(answers);
        return session;
    }

    private static long Retained(int copies, Func<object> make, out long allocatedPerCopy)
    {
        var kept = new object[copies];
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < copies; i++)
        {
            kept[i] = make();
        }

        allocatedPerCopy = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / copies;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        return (after - before) / copies;
    }

    private static string Kb(long bytes) => bytes >= 10 * 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):F1} MB"
        : $"{bytes / 1024.0:F0} KB";
}
