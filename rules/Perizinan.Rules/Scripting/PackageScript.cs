using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Acornima.Ast;
using Jint;
using Jint.Runtime;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Scripting;

/// <summary>
/// A package's optional <c>functions.js</c>, parsed once and run in a sandbox: strict mode, no CLR access, no
/// <c>eval</c> or <c>new Function</c>, no real clock (see <see cref="ScriptClock"/>), frozen built-ins, and every
/// call bounded by <see cref="ScriptLimits"/>. Immutable and thread-safe: each call rents one engine from a small
/// pool (Jint engines are single-threaded), so concurrent calls run on separate engines. Failures never throw: a
/// call that fails returns empty and reports the reason to the <see cref="FunctionContext"/>.
/// </summary>
internal sealed class PackageScript
{
    private readonly Prepared<Script> _prepared;
    private readonly ScriptDeclarations _declarations;
    private readonly string _fileName;
    private readonly ConcurrentBag<ScriptEngine> _pool = [];
    private readonly int _maxPooled = Math.Max(2, Environment.ProcessorCount);

    private PackageScript(Prepared<Script> prepared, ScriptDeclarations declarations, string fileName, ScriptLimits limits)
    {
        _prepared = prepared;
        _declarations = declarations;
        _fileName = fileName;
        Limits = limits;
    }

    /// <summary>The names of the plain top-level functions, which rules may declare and call.</summary>
    public IReadOnlySet<string> FunctionNames => _declarations.Functions;

    /// <summary>The limits every call runs under.</summary>
    public ScriptLimits Limits { get; }

    /// <summary>
    /// Parses <paramref name="source"/> and runs its top-level code once in a sandboxed engine (kept for the first
    /// call). A syntax error is reported as <c>PZR4001</c> at its line and column; top-level code that throws or
    /// exceeds a limit as <c>PZR4002</c>. Returns null after an error; never throws.
    /// </summary>
    public static PackageScript? Load(string source, string fileName, DiagnosticBag diagnostics, ScriptLimits? limits = null)
    {
        Prepared<Script> prepared;
        try
        {
            prepared = Engine.PrepareScript(source ?? "", fileName, strict: true);
        }
        catch (Exception e) when (IsScriptFailure(e))
        {
            ReportSyntaxError(e, fileName, diagnostics);
            return null;
        }

        if (!prepared.IsValid || prepared.Program is null)
        {
            ReportSyntaxError(new InvalidOperationException("the script could not be prepared"), fileName, diagnostics);
            return null;
        }

        var script = new PackageScript(prepared, ScriptDeclarations.Collect(prepared.Program), fileName, limits ?? ScriptLimits.Default);
        try
        {
            script._pool.Add(script.CreateEngine());
        }
        catch (Exception e) when (IsScriptFailure(e))
        {
            diagnostics.Error("PZR4002", SourceLocation.OfFile(fileName),
                $"Kode tingkat atas {fileName} gagal dijalankan: {script.Describe(e)}.",
                $"The top-level code of {fileName} failed: {script.Describe(e)}.");
            return null;
        }

        return script;
    }

    /// <summary>
    /// Calls the script function <paramref name="name"/> and converts its result to <paramref name="returns"/>.
    /// Returns false, with <paramref name="result"/> empty and a problem reported to <paramref name="ctx"/>, when the
    /// function does not exist, throws, exceeds a limit or returns something that cannot be converted.
    /// </summary>
    public bool TryInvoke(string name, Value[] args, DslType returns, FunctionContext ctx, out Value result)
    {
        result = Value.Empty;
        if (!FunctionNames.Contains(name))
        {
            ctx.Report($"Script function '{name}' does not exist in {_fileName}.");
            return false;
        }

        ScriptEngine? engine = null;
        var reusable = false;
        try
        {
            engine = _pool.TryTake(out var pooled) ? pooled : CreateEngine();
            var returned = engine.Invoke(name, args ?? [], ctx.Today);

            // The call finished and the global snapshot was restored, so the engine can serve another call. So can
            // one whose script threw (below); after a limit or an internal failure it is dropped instead.
            reusable = true;
            if (ScriptValues.TryFromJs(returned, returns, out var value, out var problem))
            {
                result = value;
                return true;
            }

            ctx.Report($"Script function '{name}' in {_fileName} {problem}.");
            return false;
        }
        catch (JavaScriptException e)
        {
            reusable = true;
            ctx.Report($"Script function '{name}' in {_fileName} failed: {Describe(e)}.");
            return false;
        }
        catch (Exception e) when (IsScriptFailure(e))
        {
            ctx.Report($"Script function '{name}' in {_fileName} was stopped: {Describe(e)}.");
            return false;
        }
        finally
        {
            if (engine is not null && reusable && engine.IsReusable && _pool.Count < _maxPooled)
            {
                _pool.Add(engine);
            }
        }
    }

    private ScriptEngine CreateEngine() => ScriptEngine.Create(in _prepared, _declarations, Limits);

    /// <summary>
    /// Every failure a script can cause. Anything Jint or the runtime throws while running untrusted code counts,
    /// so that no author's mistake escapes as an exception; that includes an <see cref="OutOfMemoryException"/> from
    /// one oversized allocation (the engine is then dropped). Only corrupted-process conditions are left alone.
    /// </summary>
    private static bool IsScriptFailure(Exception e) => e is not (StackOverflowException or AccessViolationException);

    private string Describe(Exception e) => e switch
    {
        RegexMatchTimeoutException => FormattableString.Invariant($"a regular expression ran longer than {Limits.Timeout.TotalMilliseconds:0} ms"),
        TimeoutException => FormattableString.Invariant($"it ran longer than the {Limits.Timeout.TotalMilliseconds:0} ms time limit"),
        StatementsCountOverflowException => FormattableString.Invariant($"it executed more than {Limits.MaxStatements:N0} statements"),
        MemoryLimitExceededException or OutOfMemoryException =>
            FormattableString.Invariant($"it allocated more than the {Limits.MemoryBytes / 1024:N0} KiB memory limit"),
        RecursionDepthOverflowException => FormattableString.Invariant($"it recursed deeper than {Limits.MaxRecursion} calls"),
        JavaScriptException js => DescribeJavaScriptError(js),
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    private string DescribeJavaScriptError(JavaScriptException e)
    {
        var message = string.IsNullOrWhiteSpace(e.Message) ? "an error was thrown" : e.Message;
        var line = e.Location.Start.Line;
        return line > 0 ? $"{message} ({_fileName} line {line})" : message;
    }

    private static void ReportSyntaxError(Exception e, string fileName, DiagnosticBag diagnostics)
    {
        var parse = e as Acornima.ParseErrorException ?? e.InnerException as Acornima.ParseErrorException;
        var description = parse?.Description ?? e.Message;
        var at = parse is { LineNumber: > 0 }
            ? new SourceLocation(fileName, parse.LineNumber, parse.Column + 1, parse.Error.IsIndexDefined ? parse.Error.Index : 0, 1)
            : SourceLocation.OfFile(fileName);
        diagnostics.Error("PZR4001", at,
            $"Kesalahan sintaks JavaScript di {fileName}: {description}",
            $"JavaScript syntax error in {fileName}: {description}");
    }
}
