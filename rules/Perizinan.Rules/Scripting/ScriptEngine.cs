using System.Globalization;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Scripting;

/// <summary>
/// One sandboxed Jint engine with a package script already run and frozen. Not thread-safe: rented by one caller
/// at a time from <see cref="PackageScript"/>'s pool.
/// </summary>
internal sealed class ScriptEngine
{
    private readonly Engine _engine;
    private readonly ScriptClock _clock;
    private readonly ScriptLimits _limits;
    private readonly GlobalSnapshot _snapshot;

    private ScriptEngine(Engine engine, ScriptClock clock, ScriptLimits limits)
    {
        _engine = engine;
        _clock = clock;
        _limits = limits;
        _snapshot = engine.Advanced.CaptureGlobalSnapshot();
    }

    /// <summary>False once the engine could not be reset after a call; it must then be dropped.</summary>
    public bool IsReusable { get; private set; } = true;

    /// <summary>
    /// Builds an engine, runs the script's top-level code once (under the limits) and freezes what it can reach.
    /// Throws what Jint throws when the top-level code fails or exceeds a limit.
    /// </summary>
    public static ScriptEngine Create(in Prepared<Script> prepared, ScriptDeclarations declarations, ScriptLimits limits)
    {
        var clock = new ScriptClock();
        var options = new Options
        {
            TimeSystem = clock,
            Culture = CultureInfo.InvariantCulture,

            // Atomics.wait would block the thread past the timeout; the global is removed as well.
            AgentCanSuspend = false,
        };

        // No AllowClr and no SetValue of host objects: the script sees only standard JavaScript built-ins.
        options.Strict()
            .DisableStringCompilation()
            .TimeoutInterval(limits.Timeout)
            .MaxStatements(limits.MaxStatements)
            .LimitMemory(limits.MemoryBytes)
            .LimitRecursion(limits.MaxRecursion)
            .RegexTimeoutInterval(limits.Timeout);

        // Recursion through getters, coercions or callbacks is not counted by LimitRecursion; this turns a native
        // stack overflow (which would kill the process) into a catchable RangeError.
        options.Constraints.StackOverflowGuard = true;

        var engine = new Engine(options);
        ScriptHardening.RemoveGlobals(engine);
        ScriptHardening.GuardStringGrowth(engine, limits.MemoryBytes / sizeof(char));
        engine.Execute(in prepared);
        ScriptHardening.Freeze(engine, declarations.Bindings);
        return new ScriptEngine(engine, clock, limits);
    }

    /// <summary>
    /// Calls a top-level function with fresh limits, then restores the global snapshot so that a rebound top-level
    /// <c>let</c> does not leak into the next call. Throws what Jint throws; a call that allocated more than the
    /// memory limit in one native operation (which Jint only checks between statements) fails with
    /// <see cref="MemoryLimitExceededException"/> even if it returned.
    /// </summary>
    public JsValue Invoke(string name, Value[] args, DateOnly today)
    {
        _clock.Today = today;
        try
        {
            var jsArgs = new JsValue[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                jsArgs[i] = ScriptValues.ToJs(_engine, args[i]);
            }

            // Jint rewinds its constraints at every top-level entry; resetting here as well keeps each call's budget
            // independent of whatever the engine did before, should that ever change.
            _engine.Constraints.Reset();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = _engine.Invoke(name, jsArgs);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (allocated > _limits.MemoryBytes)
            {
                throw new MemoryLimitExceededException(
                    $"Script has allocated {allocated} but is limited to {_limits.MemoryBytes}");
            }

            return result;
        }
        finally
        {
            try
            {
                _engine.Advanced.RestoreGlobalSnapshot(_snapshot);
            }
            catch (InvalidOperationException)
            {
                // Jint refuses while it believes an evaluation is still running: never reuse this engine.
                IsReusable = false;
            }
        }
    }
}
