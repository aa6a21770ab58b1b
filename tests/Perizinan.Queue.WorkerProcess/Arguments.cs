namespace Perizinan.Queue.WorkerProcess;

/// <summary><c>--name value</c> pairs; a name given several times keeps every value.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static Arguments Parse(string[] args)
    {
        var parsed = new Arguments();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var name = args[i].TrimStart('-');
            if (!parsed._values.TryGetValue(name, out var list))
            {
                parsed._values[name] = list = [];
            }

            list.Add(args[i + 1]);
        }

        return parsed;
    }

    public string Get(string name, string? fallback = null) =>
        _values.TryGetValue(name, out var list) ? list[^1] : fallback ?? throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) => _values.ContainsKey(name) ? int.Parse(Get(name), System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];
}
