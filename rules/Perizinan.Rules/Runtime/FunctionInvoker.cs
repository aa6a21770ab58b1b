using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Runtime;

/// <summary>Calls a function body, turning an unexpected failure into an empty value and a reported problem.</summary>
internal static class FunctionInvoker
{
    /// <summary>Calls <paramref name="function"/>; never throws.</summary>
    public static Value Invoke(FunctionDefinition function, Value[] args, FunctionContext context)
    {
        try
        {
            return function.Body(args, context);
        }
#pragma warning disable CA1031 // A function body must never stop an evaluation; the failure is reported instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            context?.Report($"{function.Name}: {ex.GetType().Name}: {ex.Message}");
            return Value.Empty;
        }
    }
}
