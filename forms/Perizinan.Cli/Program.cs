using Perizinan.Cli;

// Patterns in schemas are written by package authors; bound every regular expression so that no pattern can hang
// a check or an evaluation (JsonSchema.Net builds its own Regex objects, which honour this default).
AppDomain.CurrentDomain.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromMilliseconds(200));

return await CommandLine.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
