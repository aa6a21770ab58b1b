using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Runtime;

/// <summary>A compiled expression: reads its inputs by slot and returns a value. Pure; never throws for any inputs.</summary>
internal delegate Value ExprFn(Value[] inputs, FunctionContext context);
