using System.Collections.Concurrent;
using Perizinan.Engine.Evaluation;
using Perizinan.Rules.Diagnostics;
using Perizinan.Storage;
using Perizinan.Storage.Forms;

namespace Perizinan.Host.Forms;

/// <summary>
/// The published forms of this deployment's tenant, compiled on first use and cached by content hash (a published
/// version never changes, so the cache never goes stale). Thread-safe; one per process.
/// </summary>
public sealed class FormCatalog(ITenantStorage storage, PublishingProgress publishing, ILogger<FormCatalog> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CompiledForm?>>> _compiled = new(StringComparer.Ordinal);

    // A published id and version always name the same content, so evaluate requests need not read the package files again.
    private readonly ConcurrentDictionary<(string FormId, string Version), string> _hashByVersion = new();

    /// <summary>The version citizens start new applications on: the highest published version that is not retired.</summary>
    public async Task<IReadOnlyList<CompiledForm>> CurrentFormsAsync(CancellationToken cancellationToken)
    {
        await publishing.WaitForAllAsync(cancellationToken).ConfigureAwait(false);
        var versions = await storage.Forms.ListAsync(cancellationToken).ConfigureAwait(false);
        var current = versions
            .Where(v => v.RetiredAt is null)
            .GroupBy(v => v.FormId, StringComparer.Ordinal)
            .Select(g => g.Aggregate((FormVersion?)null, Newest)!)
            .ToList();
        var forms = new List<CompiledForm>(current.Count);
        foreach (var version in current)
        {
            if (await GetAsync(version, cancellationToken).ConfigureAwait(false) is { } form)
            {
                forms.Add(form);
            }
        }

        return forms;
    }

    /// <summary>The current version of a form, or <c>null</c> when it is unknown or every version is retired.</summary>
    public async Task<CompiledForm?> CurrentAsync(string formId, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(formId, cancellationToken).ConfigureAwait(false);
        var newest = versions.Where(v => v.RetiredAt is null).Aggregate((FormVersion?)null, Newest);
        return newest is null ? null : await GetAsync(newest, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A published version (retired ones too: drafts and submissions keep theirs), or <c>null</c>.</summary>
    public async Task<CompiledForm?> VersionAsync(string formId, string version, CancellationToken cancellationToken)
    {
        if (_hashByVersion.TryGetValue((formId, version), out var known))
        {
            return await ByContentHashAsync(known, cancellationToken).ConfigureAwait(false);
        }

        var stored = await StoredAsync(formId, version, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var form = await CompileAsync(stored.Form.ContentHash, () => Task.FromResult<StoredForm?>(stored)).ConfigureAwait(false);
        if (form is not null)
        {
            _hashByVersion.TryAdd((formId, version), form.ContentHash);
        }

        return form;
    }

    /// <summary>
    /// A form's published versions, newest publishing first as the store lists them. Like every read of this catalog it
    /// waits while the form is still being published at start, so no request sees it missing then.
    /// </summary>
    public async Task<IReadOnlyList<FormVersion>> VersionsAsync(string formId, CancellationToken cancellationToken)
    {
        await publishing.WaitForAsync(formId, cancellationToken).ConfigureAwait(false);
        return await storage.Forms.ListVersionsAsync(formId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A published version's stored package (its files as published), or <c>null</c>; waits like <see cref="VersionsAsync"/>.</summary>
    public async Task<StoredForm?> StoredAsync(string formId, string version, CancellationToken cancellationToken)
    {
        await publishing.WaitForAsync(formId, cancellationToken).ConfigureAwait(false);
        return await storage.Forms.GetAsync(formId, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The compiled form with this content hash (what drafts and submissions pin), or <c>null</c>.</summary>
    public Task<CompiledForm?> ByContentHashAsync(string contentHash, CancellationToken cancellationToken) =>
        CompileAsync(contentHash, () => storage.Forms.GetByContentHashAsync(contentHash, cancellationToken));

    /// <summary>Puts a form compiled elsewhere (at publish) into the cache.</summary>
    public void Add(CompiledForm form) =>
        _compiled.TryAdd(form.ContentHash, new Lazy<Task<CompiledForm?>>(Task.FromResult<CompiledForm?>(form)));

    private Task<CompiledForm?> GetAsync(FormVersion version, CancellationToken cancellationToken) =>
        CompileAsync(version.ContentHash, () => storage.Forms.GetByContentHashAsync(version.ContentHash, cancellationToken));

    private async Task<CompiledForm?> CompileAsync(string contentHash, Func<Task<StoredForm?>> load)
    {
        var entry = _compiled.GetOrAdd(contentHash, _ => new Lazy<Task<CompiledForm?>>(() => Task.Run(async () =>
        {
            var stored = await load().ConfigureAwait(false);
            if (stored is null)
            {
                return null;
            }

            var diagnostics = new DiagnosticBag();
            var form = stored.Compile(diagnostics);
            if (form is null)
            {
                FormLog.CannotCompile(logger, stored.Form.FormId, stored.Form.Version, string.Join(Environment.NewLine, diagnostics.Items.Where(d => d.IsError)));
            }

            return form;
        })));
        CompiledForm? form;
        try
        {
            form = await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            // A database fault is not cached either: the next request tries again.
            _compiled.TryRemove(new KeyValuePair<string, Lazy<Task<CompiledForm?>>>(contentHash, entry));
            throw;
        }

        if (form is null)
        {
            // Not found (or broken) is not cached: the version may be published later.
            _compiled.TryRemove(new KeyValuePair<string, Lazy<Task<CompiledForm?>>>(contentHash, entry));
        }

        return form;
    }

    private static FormVersion? Newest(FormVersion? a, FormVersion? b) => a is null ? b : b is null ? a : FormVersionOrder.Instance.Compare(a.Version, b.Version) >= 0 ? a : b;
}
