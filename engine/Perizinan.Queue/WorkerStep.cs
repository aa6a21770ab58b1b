namespace Perizinan.Queue;

/// <summary>Points in a delivery where tests can stop the process (crash test).</summary>
internal enum WorkerStep
{
    /// <summary>The batch was leased; nothing sent yet.</summary>
    AfterLease,

    /// <summary>The destination accepted the item; the ack is next.</summary>
    BeforeAck,
}
