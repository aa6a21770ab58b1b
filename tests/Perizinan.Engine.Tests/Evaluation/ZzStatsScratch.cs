using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Perizinan.Engine.Tests.TestSupport;

namespace Perizinan.Engine.Tests.Evaluation;

public sealed class ZzStatsScratch
{
    [Fact]
    public void Stats()
    {
        var packages = RandomPackages.Package.Sample(50, 20);
        int states = 0, noErrors = 0, complete = 0, withFees = 0, hiddenSome = 0, rowsVisible = 0, warnings = 0, checks = 0, values = 0, problems = 0, unknown = 0, typeErr = 0;
        var log = new StringBuilder();
        foreach (var p in packages)
        {
            var form = TestPackage.Compile(p.Files());
            foreach (var a in RandomPackages.Answers(p).Sample(50, 20))
            {
                var s = form.Evaluate(a, TestPackage.Today);
                states++;
                if (s.Errors.Count == 0) noErrors++;
                if (s.Complete) complete++;
                if (s.Fees.Count > 0) withFees++;
                if (s.Visible.Count < p.Fields.Count(f => f.Schema["readOnly"] is null)) hiddenSome++;
                if (s.Visible.Any(v => v.StartsWith("r[", StringComparison.Ordinal))) rowsVisible++;
                if (s.Warnings.Count > 0) warnings++;
                if (s.Errors.Any(e => e.Code.StartsWith("check", StringComparison.Ordinal))) checks++;
                values += s.Values.Count;
                if (s.Problems.Count > 0) problems++;
                if (s.Errors.Any(e => e.Code == "unknown")) unknown++;
                if (s.Errors.Any(e => e.Code == "type")) typeErr++;
            }
        }

        log.AppendLine($"states {states} noErrors {noErrors} complete {complete} fees {withFees} hiddenSome {hiddenSome} rowsVisible {rowsVisible} warnings {warnings} checkErrors {checks} avgValues {values / (double)states:F1} problems {problems} unknown {unknown} type {typeErr}");
        File.WriteAllText("/tmp/scratch/stats.txt", log.ToString());
    }
}
