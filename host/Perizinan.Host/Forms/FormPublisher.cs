using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Host.Configuration;
using Perizinan.Rules.Diagnostics;
using Perizinan.Storage;
using Perizinan.Storage.Forms;

namespace Perizinan.Host.Forms;

/// <summary>
/// Publishes the package folders named in configuration at start (the samples in development). A package is compiled
/// before it is published, so a form with rule errors never reaches citizens; a version already stored with the same
/// content is skipped without compiling, so restarts stay fast.
/// </summary>
internal sealed class FormPublisher(
    ITenantStorage storage, FormCatalog catalog, PublishingProgress progress, HostPaths paths, ILogger<FormPublisher> logger)
{
    /// <summary>
    /// Starts publishing every <c>&lt;id&gt;/&lt;version&gt;</c> package under the folders in the background and returns
    /// the task of the whole set (how many are now published). <see cref="PublishingProgress"/> tracks it per form.
    /// </summary>
    public Task<int> StartAll(IReadOnlyList<string> folders, CancellationToken cancellationToken)
    {
        var packages = folders
            .SelectMany(Directory.EnumerateDirectories)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(d => File.Exists(Path.Combine(d, "form.json")) && !paths.IsExcluded(d))
            .Order(StringComparer.Ordinal)
            .ToList();
        // Compile on all cores but one, so that the host keeps a core for the requests that arrive meanwhile.
        var gate = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount - 1));
        var tasks = packages.ToDictionary(p => p, p => Task.Run(() => PublishGatedAsync(gate, p, cancellationToken), cancellationToken), StringComparer.Ordinal);
        var byForm = tasks
            .GroupBy(t => Path.GetFileName(Path.GetDirectoryName(t.Key))!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Task)Task.WhenAll(g.Select(t => t.Value)), StringComparer.Ordinal);
        var all = Task.WhenAll(tasks.Values).ContinueWith(t => t.Result.Count(p => p), cancellationToken, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        progress.Track(byForm, all);
        return all;
    }

    private async Task<bool> PublishGatedAsync(SemaphoreSlim gate, string folder, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await PublishSafelyAsync(folder, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> PublishSafelyAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            return await PublishAsync(folder, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database fault at start must not leave the form's waiters hanging: log, and the catalog reads what is stored.
            FormLog.NotPublished(logger, folder, e.Message);
            return false;
        }
    }

    private async Task<bool> PublishAsync(string folder, CancellationToken cancellationToken)
    {
        var files = PackageFolder.Read(folder);
        var diagnostics = new DiagnosticBag();
        var package = FormPackageLoader.LoadFromFiles(files, folder, diagnostics);
        if (package is null || diagnostics.HasErrors)
        {
            FormLog.NotPublished(logger, folder, Describe(diagnostics));
            return false;
        }

        var stored = await storage.Forms.GetAsync(package.Manifest.Id, package.Manifest.Version, cancellationToken).ConfigureAwait(false);
        if (stored?.Form.ContentHash == package.ContentHash)
        {
            return true;
        }

        var form = CompiledForm.Compile(package, diagnostics);
        if (form is null)
        {
            FormLog.NotPublished(logger, folder, Describe(diagnostics));
            return false;
        }

        var result = await storage.Forms.PublishAsync(files, cancellationToken).ConfigureAwait(false);
        if (result.Outcome is PublishOutcome.Published or PublishOutcome.AlreadyPublished)
        {
            catalog.Add(form);
            FormLog.Published(logger, form.Id, form.Version, result.Outcome.ToString());
            return true;
        }

        FormLog.NotPublished(logger, folder, $"{result.Outcome}: {string.Join(Environment.NewLine, result.Problems)}");
        return false;
    }

    private static string Describe(DiagnosticBag diagnostics) => string.Join(Environment.NewLine, diagnostics.Items.Where(d => d.IsError));
}
