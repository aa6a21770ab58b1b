namespace Perizinan.Queue.Tests.Support;

/// <summary>One request the <see cref="Receiver"/> got.</summary>
public sealed record Received(int Number, string Key, string SubmissionId, int Status, bool SignatureValid, byte[] Body, DateTimeOffset At);
