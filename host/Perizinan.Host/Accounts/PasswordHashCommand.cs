namespace Perizinan.Host.Accounts;

/// <summary>
/// The host's command-line mode <c>hash-password</c>: reads a password from standard input (without echo when typed at
/// a terminal), prints its <see cref="PasswordHash"/> for <c>Perizinan:Staff:N:PasswordHash</c>, and exits without
/// starting the server.
/// </summary>
internal static class PasswordHashCommand
{
    /// <summary>The verb.</summary>
    public const string Verb = "hash-password";

    /// <summary>Runs the command when <paramref name="args"/> asks for it; <c>true</c> when it ran (the host must then exit).</summary>
    public static bool TryRun(string[] args)
    {
        if (args is not [Verb, ..])
        {
            return false;
        }

        var password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password given (type it, or pipe it on standard input).");
            Environment.ExitCode = 2;
            return true;
        }

        Console.Out.WriteLine(PasswordHash.Hash(password));
        return true;
    }

    private static string ReadHidden()
    {
        Console.Error.Write("Password: ");
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}
