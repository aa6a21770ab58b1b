using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Perizinan.Host.Accounts;

/// <summary>
/// The one-time sign-in codes: six random digits per request, valid for <see cref="SignInOptions.CodeLifetime"/>,
/// single-use, voided after <see cref="SignInOptions.WrongCodesPerCode"/> wrong tries; requests are limited per NIK and
/// per client address, and a NIK with too many wrong codes is locked out for a while. Codes are kept only as keyed
/// hashes (HMAC-SHA256 with a per-process key), compared in constant time. Thread-safe; one per process.
/// </summary>
/// <remarks>
/// The state is in this process's memory: a restart forgets every code and lock-out, and several instances behind a
/// load balancer would each have their own. Such a deployment needs a shared store (e.g. the database) behind this
/// class instead.
/// </remarks>
public sealed class OneTimeCodes(SignInOptions options, TimeProvider time)
{
    private const int Digits = 6;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, NikState> _niks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Recent> _clients = new(StringComparer.Ordinal);
    private long _calls;

    /// <summary>
    /// Issues a new code for <paramref name="nik"/> (replacing any earlier one), unless the NIK is locked out or a limit
    /// is reached. <paramref name="client"/> identifies the requester (its IP address).
    /// </summary>
    public CodeRequest Request(string nik, string client)
    {
        ArgumentNullException.ThrowIfNull(nik);
        ArgumentNullException.ThrowIfNull(client);
        var now = time.GetUtcNow();
        SweepNowAndThen(now);
        var state = _niks.GetOrAdd(nik, _ => new NikState());
        var recent = _clients.GetOrAdd(client, _ => new Recent());
        lock (state)
        {
            if (state.LockedUntil > now)
            {
                return new CodeRequest(CodeRequestOutcome.LockedOut, null, state.LockedUntil);
            }

            if (state.Requests.Count(now - options.Window) >= options.CodeRequestsPerNik)
            {
                return new CodeRequest(CodeRequestOutcome.TooManyRequests, null, state.Requests.Oldest + options.Window);
            }

            lock (recent)
            {
                if (recent.Count(now - options.Window) >= options.CodeRequestsPerClient)
                {
                    return new CodeRequest(CodeRequestOutcome.TooManyRequests, null, recent.Oldest + options.Window);
                }

                recent.Add(now);
            }

            state.Requests.Add(now);
            var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            state.CodeHash = Hash(nik, code);
            state.CodeExpiresAt = now + options.CodeLifetime;
            state.WrongForCode = 0;
            return new CodeRequest(CodeRequestOutcome.Issued, code, state.CodeExpiresAt);
        }
    }

    /// <summary>
    /// Checks a code typed for <paramref name="nik"/>. A right code is used up; a wrong one counts against the code and
    /// the NIK. <paramref name="code"/> must already be six digits (a typing slip is the page's to report, not a try).
    /// </summary>
    public CodeCheck Check(string nik, string code)
    {
        ArgumentNullException.ThrowIfNull(nik);
        ArgumentNullException.ThrowIfNull(code);
        var now = time.GetUtcNow();
        if (!_niks.TryGetValue(nik, out var state))
        {
            return new CodeCheck(CodeCheckOutcome.NoCode, 0, null);
        }

        lock (state)
        {
            if (state.LockedUntil > now)
            {
                return new CodeCheck(CodeCheckOutcome.LockedOut, 0, state.LockedUntil);
            }

            if (state.CodeHash is null)
            {
                return new CodeCheck(CodeCheckOutcome.NoCode, 0, null);
            }

            if (now >= state.CodeExpiresAt)
            {
                state.CodeHash = null;
                return new CodeCheck(CodeCheckOutcome.Expired, 0, null);
            }

            if (code.Length == Digits && CryptographicOperations.FixedTimeEquals(Hash(nik, code), state.CodeHash))
            {
                state.CodeHash = null;
                state.Failures.Clear();
                return new CodeCheck(CodeCheckOutcome.Valid, 0, null);
            }

            state.WrongForCode++;
            state.Failures.Add(now);
            if (state.Failures.Count(now - options.Window) >= options.WrongCodesBeforeLockout)
            {
                state.CodeHash = null;
                state.LockedUntil = now + options.Lockout;
                return new CodeCheck(CodeCheckOutcome.LockedOut, 0, state.LockedUntil);
            }

            var left = options.WrongCodesPerCode - state.WrongForCode;
            if (left <= 0)
            {
                state.CodeHash = null;
                return new CodeCheck(CodeCheckOutcome.Void, 0, null);
            }

            return new CodeCheck(CodeCheckOutcome.Wrong, left, null);
        }
    }

    private byte[] Hash(string nik, string code) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(nik + ":" + code));

    // Forgets NIKs and clients with nothing left to remember, so that the maps do not grow without bound.
    private void SweepNowAndThen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _calls) % 256 != 0)
        {
            return;
        }

        var since = now - options.Window;
        foreach (var (nik, state) in _niks)
        {
            lock (state)
            {
                if (state.LockedUntil <= now && (state.CodeHash is null || now >= state.CodeExpiresAt) && state.Requests.Count(since) == 0 && state.Failures.Count(since) == 0)
                {
                    _niks.TryRemove(new KeyValuePair<string, NikState>(nik, state));
                }
            }
        }

        foreach (var (client, recent) in _clients)
        {
            lock (recent)
            {
                if (recent.Count(since) == 0)
                {
                    _clients.TryRemove(new KeyValuePair<string, Recent>(client, recent));
                }
            }
        }
    }

    private sealed class NikState
    {
        public byte[]? CodeHash { get; set; }

        public DateTimeOffset CodeExpiresAt { get; set; }

        public int WrongForCode { get; set; }

        public DateTimeOffset LockedUntil { get; set; }

        public Recent Requests { get; } = new();

        public Recent Failures { get; } = new();
    }

    // Instants of recent events, oldest first; callers hold the owner's lock.
    private sealed class Recent
    {
        private readonly Queue<DateTimeOffset> _at = new();

        public DateTimeOffset Oldest => _at.TryPeek(out var first) ? first : DateTimeOffset.MinValue;

        public void Add(DateTimeOffset at) => _at.Enqueue(at);

        public void Clear() => _at.Clear();

        public int Count(DateTimeOffset since)
        {
            while (_at.TryPeek(out var first) && first <= since)
            {
                _at.Dequeue();
            }

            return _at.Count;
        }
    }
}
