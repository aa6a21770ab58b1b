using System.Collections.Concurrent;

namespace Perizinan.Host.Forms;

/// <summary>
/// Where the start-up publishing stands. The host serves at once while the packages are compiled and published in the
/// background; a request for a form still being published waits for that form only, and the catalog waits for all,
/// so no citizen ever sees a missing form during start-up. Readiness (<c>/health/ready</c>) reports it. Thread-safe.
/// </summary>
public sealed class PublishingProgress
{
    private readonly ConcurrentDictionary<string, Task> _byForm = new(StringComparer.Ordinal);
    private Task _all = Task.CompletedTask;

    /// <summary>Whether every package found at start was handled (published, skipped or refused).</summary>
    public bool Done => _all.IsCompleted;

    /// <summary>Records the publishing of a form's versions and of the whole set.</summary>
    internal void Track(IReadOnlyDictionary<string, Task> byForm, Task all)
    {
        foreach (var (formId, task) in byForm)
        {
            _byForm[formId] = task;
        }

        _all = all;
    }

    /// <summary>Waits until the form's versions found at start are handled (at once when it has none pending).</summary>
    public Task WaitForAsync(string formId, CancellationToken cancellationToken) =>
        _byForm.TryGetValue(formId, out var task) && !task.IsCompleted ? task.WaitAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Waits until every package found at start is handled.</summary>
    public Task WaitForAllAsync(CancellationToken cancellationToken) => _all.IsCompleted ? Task.CompletedTask : _all.WaitAsync(cancellationToken);
}
