namespace Perizinan.Cli;

/// <summary>The <c>perizinan</c> command: dispatches verbs and prints usage.</summary>
internal static class CommandLine
{
    private const string Usage = """
        perizinan — alat paket formulir izin / permit form package tool

          perizinan check DIR [--lang id|en]          periksa paket / check a package (exit 1 on any error)
          perizinan eval DIR ANSWERS.json [--today YYYY-MM-DD]
                                                      hasil evaluasi sebagai JSON / the form state as JSON
          perizinan test DIR [--lang id|en]           jalankan skenario / run the package's scenarios
          perizinan new ID [--into FOLDER]            buat paket baru / scaffold a new package (default folder: samples/forms)
          perizinan functions                         daftar fungsi bawaan / the built-in functions (Markdown)
        """;

    /// <summary>Runs the command line; returns the exit code (0 ok, 1 problems found, 2 wrong usage).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return Task.FromResult(args.Length == 0 ? 2 : 0);
        }

        var options = Options.Parse(args.Skip(1).ToArray());
        var code = args[0] switch
        {
            "check" when options.Positional.Count == 1 => CheckCommand.Run(options.Positional[0], options.Language, output),
            "eval" when options.Positional.Count == 2 => EvalCommand.Run(options.Positional[0], options.Positional[1], options.Today, output, error),
            "test" when options.Positional.Count == 1 => TestCommand.Run(options.Positional[0], options.Language, output),
            "functions" when options.Positional.Count == 0 => FunctionsCommand.Run(output),
            "new" when options.Positional.Count == 1 => NewCommand.Run(options.Positional[0], options.Into ?? Path.Combine("samples", "forms"), output, error),
            _ => -1,
        };
        if (code < 0 || options.Problem is not null)
        {
            error.WriteLine(options.Problem ?? $"Perintah tidak dikenal atau argumen salah / unknown verb or wrong arguments: {string.Join(' ', args)}");
            error.WriteLine(Usage);
            return Task.FromResult(2);
        }

        return Task.FromResult(code);
    }
}
