namespace Perizinan.Cli.Tests;

/// <summary>One run of the <c>perizinan</c> command, in this process, with its exit code and what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the command line with <paramref name="args"/>.</summary>
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.RunAsync(args, output, error).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The output's lines, without blank ones.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether anything printed looks like a .NET stack trace.</summary>
    public bool HasStackTrace =>
        (Output + Error).Contains("   at ", StringComparison.Ordinal) || (Output + Error).Contains("Exception", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- output\n{Output}\n--- error\n{Error}";
}
