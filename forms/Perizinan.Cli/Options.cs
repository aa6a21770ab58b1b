using System.Globalization;

namespace Perizinan.Cli;

/// <summary>The options after the verb: positional arguments, <c>--lang</c>, <c>--today</c>, <c>--into</c>.</summary>
internal sealed record Options(IReadOnlyList<string> Positional, string Language, DateOnly Today, string? Into, string? Problem)
{
    /// <summary>Parses the arguments after the verb.</summary>
    public static Options Parse(string[] args)
    {
        var positional = new List<string>();
        var language = "id";
        var today = DateOnly.FromDateTime(DateTime.Today);
        string? into = null;
        string? problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--lang" when value is "id" or "en":
                    language = value;
                    i++;
                    break;
                case "--today" when value is not null:
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
                    {
                        problem = $"--today harus YYYY-MM-DD / must be YYYY-MM-DD: {value}";
                    }

                    i++;
                    break;
                case "--into" when value is not null:
                    into = value;
                    i++;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        problem = $"Opsi tidak dikenal / unknown option: {args[i]}";
                    }
                    else
                    {
                        positional.Add(args[i]);
                    }

                    break;
            }
        }

        return new Options(positional, language, today, into, problem);
    }
}
