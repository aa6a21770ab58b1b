using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Forms.Package;
using Perizinan.Rules;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Runtime;

namespace Perizinan.Engine.Evaluation;

/// <summary>
/// One version of a permit form, compiled once and evaluated many times: its package, the rules compiled to an NRules
/// session factory, and a validator per field. Immutable and thread-safe; cache it by <see cref="ContentHash"/>.
/// Every evaluation creates its own cheap session, so concurrent evaluations never share state.
/// </summary>
public sealed class CompiledForm
{
    private CompiledForm(FormPackage package, RuleProgram program)
    {
        Package = package;
        Program = program;
        Validators = package.Catalog.Infos.ToDictionary(i => i.Path, i => new FieldValidator(i), StringComparer.Ordinal);
        program.Warm();
    }

    /// <summary>The form's id (e.g. <c>izin-reklame</c>).</summary>
    public string Id => Package.Manifest.Id;

    /// <summary>The form's version (semver).</summary>
    public string Version => Package.Manifest.Version;

    /// <summary>The package's content hash: the same on every machine for the same files.</summary>
    public string ContentHash => Package.ContentHash;

    /// <summary>The manifest: titles, pages, fees.</summary>
    public FormManifest Manifest => Package.Manifest;

    internal FormPackage Package { get; }

    internal RuleProgram Program { get; }

    internal IReadOnlyDictionary<string, FieldValidator> Validators { get; }

    /// <summary>
    /// Compiles a loaded package: its rules against its fields, then the checks that need both. Returns <c>null</c>
    /// when any error was reported to <paramref name="diagnostics"/>.
    /// </summary>
    public static CompiledForm? Compile(FormPackage package, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var program = RulesCompiler.Compile(package.RulesSource, package.Catalog, package.FunctionsSource, diagnostics, package.RulesFileName);
        if (program is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        PackageChecks.CheckSchemaRequiredNotConditional(package, program.Set.ConditionalPaths, diagnostics);
        PackageChecks.CheckFeesUsed(package, program.Set.ChargedFees, diagnostics);
        return diagnostics.Items.Count(d => d.IsError) > errorsBefore ? null : new CompiledForm(package, program);
    }

    /// <summary>Loads a package folder and compiles it; <c>null</c> when any error was reported.</summary>
    public static CompiledForm? Load(string directory, DiagnosticBag diagnostics)
    {
        var package = FormPackageLoader.Load(directory, diagnostics);
        if (package is null)
        {
            return null;
        }

        // Compile the rules even when the package has errors, so that one check reports every problem.
        var form = Compile(package, diagnostics);
        return diagnostics.HasErrors ? null : form;
    }

    /// <summary>Evaluates answers in full (pure and deterministic for the same answers and date). Never throws for bad answers.</summary>
    public FormState Evaluate(JsonElement answers, DateOnly today)
    {
        var session = StartSession(today);
        return session.Update(answers);
    }

    /// <summary>Starts an incremental session (e.g. for one draft): each <see cref="FormSession.Update"/> recomputes only what changed.</summary>
    public FormSession StartSession(DateOnly today) => new(this, new RuleSession(Program, new FunctionContext(today)));

    /// <summary>
    /// The answers as they would be submitted: hidden answers and unknown fields removed, computed values filled in
    /// from the rules (whatever the client sent for them).
    /// </summary>
    public JsonObject Clean(JsonElement answers, DateOnly today)
    {
        var session = StartSession(today);
        session.Update(answers);
        return session.Clean();
    }
}
