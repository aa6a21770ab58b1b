using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Perizinan.Rules.Scripting;

/// <summary>
/// Turns a fresh Jint engine into a sandbox for untrusted package code, on top of the engine options (strict mode,
/// no string compilation, no CLR access, limits). Run once per engine, outside any call.
/// </summary>
internal static class ScriptHardening
{
    /// <summary>
    /// Globals removed before the script runs: <c>Intl</c> formats the machine clock when given no date;
    /// <c>Atomics.wait</c> blocks the thread past every limit; array buffers allocate gigabytes in one native call,
    /// before the memory limit is checked; weak references and finalizers observe the garbage collector;
    /// <c>ShadowRealm</c> would give a second, unhardened set of built-ins. No form calculation needs them.
    /// </summary>
    private static readonly string[] RemovedGlobals =
    [
        "Intl", "Atomics", "SharedArrayBuffer", "ArrayBuffer", "DataView", "WeakRef", "FinalizationRegistry",
        "ShadowRealm", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
        "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
    ];

    /// <summary>Removes the globals listed in <see cref="RemovedGlobals"/>.</summary>
    public static void RemoveGlobals(Engine engine)
    {
        foreach (var name in RemovedGlobals)
        {
            engine.Global.Delete(name);
        }
    }

    /// <summary>
    /// Replaces <c>String.prototype.repeat</c>, <c>padStart</c> and <c>padEnd</c> with versions that refuse results
    /// longer than <paramref name="maxLength"/>: these build a huge string in a single native call, which the memory
    /// limit (checked between statements) would only notice afterwards.
    /// </summary>
    public static void GuardStringGrowth(Engine engine, long maxLength) =>
        engine.Execute($$"""
            (function () {
                'use strict';
                const max = {{maxLength}};
                const proto = String.prototype;
                const guard = function (name, length) {
                    const original = proto[name];
                    const guarded = {
                        [name](...args) {
                            if (length(String(this), args) > max) {
                                throw new RangeError('Invalid string length');
                            }
                            return original.apply(this, args);
                        },
                    }[name];
                    Object.defineProperty(proto, name, { value: guarded, writable: true, enumerable: false, configurable: true });
                };
                guard('repeat', (s, args) => s.length * Math.trunc(Number(args[0])));
                guard('padStart', (s, args) => Number(args[0]));
                guard('padEnd', (s, args) => Number(args[0]));
            })();
            """);

    /// <summary>
    /// Deep-freezes everything a script can reach: the global object, every built-in (prototypes included, so
    /// <c>Array.prototype.x = …</c> fails) and the values of the top-level <paramref name="bindings"/>, which live
    /// outside the global object. A call then cannot leave state behind for the next one, except by rebinding a
    /// top-level <c>let</c> (undone after each call by a global snapshot) or through closures created by top-level
    /// code, which nothing can reach from outside. In strict mode a write to a frozen object throws a TypeError;
    /// note the "override mistake": <c>obj.toString = …</c> on a plain object fails too, because the inherited
    /// property is frozen (define it in the object literal instead).
    /// </summary>
    public static void Freeze(Engine engine, IEnumerable<string> bindings)
    {
        var roots = new List<ObjectInstance> { engine.Global };
        foreach (var name in bindings)
        {
            try
            {
                if (engine.Evaluate(name) is ObjectInstance value)
                {
                    roots.Add(value);
                }
            }
            catch (JavaScriptException)
            {
                // Declared but not initialised (the top-level code stopped before it); nothing to freeze.
            }
        }

        var freeze = engine.Intrinsics.Object.Get("freeze");
        var prototypeOf = engine.Intrinsics.Object.Get("getPrototypeOf");
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<ObjectInstance>(roots);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            try
            {
                freeze.Call(current);
                foreach (var (_, descriptor) in current.GetOwnProperties())
                {
                    if (descriptor.IsDataDescriptor())
                    {
                        Push(pending, descriptor.Value);
                    }
                    else
                    {
                        Push(pending, descriptor.Get);
                        Push(pending, descriptor.Set);
                    }
                }

                Push(pending, prototypeOf.Call(current));
            }
            catch (JavaScriptException)
            {
                // An exotic object (a proxy made by top-level code) that refuses to be frozen or listed.
            }
        }
    }

    private static void Push(Stack<ObjectInstance> pending, JsValue? value)
    {
        if (value is ObjectInstance obj)
        {
            pending.Push(obj);
        }
    }
}
