namespace Perizinan.Host.Accounts;

/// <summary>The SMTP server that sends one-time codes by e-mail (section <c>Perizinan:Notifications:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's host name.</summary>
    public string? Host { get; set; }

    /// <summary>The server's port.</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is protected.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The user name, or empty when the server does not require authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>The password (from a secret store or an environment variable, never from a committed file).</summary>
    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Layanan Perizinan &lt;noreply@dpmptsp.example.go.id&gt;</c>.</summary>
    public string? From { get; set; }
}
