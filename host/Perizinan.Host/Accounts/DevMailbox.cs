using System.Collections.Concurrent;

namespace Perizinan.Host.Accounts;

/// <summary>
/// The messages the development channel "sent", newest first, for the page <c>/dev/kotak-surat</c> and for tests. Keeps
/// the last <see cref="Capacity"/>. Thread-safe; one per process; registered only with the dev channel.
/// </summary>
public sealed class DevMailbox
{
    /// <summary>How many messages are kept.</summary>
    public const int Capacity = 100;

    private readonly ConcurrentQueue<DevMail> _mails = new();

    /// <summary>The kept messages, newest first.</summary>
    public IReadOnlyList<DevMail> Mails => _mails.Reverse().ToList();

    /// <summary>Keeps a message, dropping the oldest beyond <see cref="Capacity"/>.</summary>
    public void Add(DevMail mail)
    {
        _mails.Enqueue(mail);
        while (_mails.Count > Capacity && _mails.TryDequeue(out _))
        {
        }
    }
}
