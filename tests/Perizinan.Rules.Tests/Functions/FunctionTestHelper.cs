using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Tests.Functions;

/// <summary>Calls built-in functions the way the runtime does.</summary>
internal static class FunctionTestHelper
{
    /// <summary>The evaluation date used unless a test says otherwise.</summary>
    public static readonly DateOnly Today = new(2026, 6, 15);

    public static Value Call(string name, params Value[] args) => Call(name, Today, args);

    public static Value Call(string name, DateOnly today, params Value[] args) =>
        Call(name, new FunctionContext(today), args);

    public static Value Call(string name, FunctionContext context, params Value[] args)
    {
        Assert.True(BuiltinFunctions.TryGet(name, out var function), $"no built-in function '{name}'");
        Assert.True(function.AcceptsArgumentCount(args.Length), $"'{name}' does not accept {args.Length} arguments");
        return function.Body(args, context);
    }

    public static Value N(decimal n) => Value.Number(n);

    public static Value T(string s) => Value.Text(s);

    public static Value D(int year, int month, int day) => Value.Date(new DateOnly(year, month, day));

    public static Value L(params string[] items) => Value.List(items);
}
