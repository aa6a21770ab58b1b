using System.Globalization;

namespace Perizinan.Benchmarks.Persistence;

/// <summary>The machine's load average (what <c>uptime</c> prints), recorded next to each result: the machine is shared.</summary>
internal static class Load
{
    public static string Now()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Create(CultureInfo.InvariantCulture, $"{parts[0]} {parts[1]} {parts[2]}");
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
