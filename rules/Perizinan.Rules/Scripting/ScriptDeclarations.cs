using System.Collections.Frozen;
using Acornima.Ast;

namespace Perizinan.Rules.Scripting;

/// <summary>What the top level of a <c>functions.js</c> declares.</summary>
/// <param name="Functions">Plain top-level <c>function</c> declarations: the functions rules may call. Async and
/// generator functions are left out: they return a promise or an iterator, which no rules type can hold.</param>
/// <param name="Bindings">Top-level <c>let</c>, <c>const</c> and <c>class</c> names: their values live outside the
/// global object, so the sandbox freezes them by name.</param>
internal sealed record ScriptDeclarations(IReadOnlySet<string> Functions, IReadOnlyList<string> Bindings)
{
    /// <summary>Reads the declarations of a parsed script.</summary>
    public static ScriptDeclarations Collect(Script program)
    {
        var functions = new HashSet<string>(StringComparer.Ordinal);
        var bindings = new List<string>();
        foreach (var statement in program.Body)
        {
            switch (statement)
            {
                case FunctionDeclaration { Id: { } id, Async: false, Generator: false }:
                    functions.Add(id.Name);
                    break;
                case VariableDeclaration { Kind: not VariableDeclarationKind.Var } variables:
                    foreach (var declarator in variables.Declarations)
                    {
                        CollectNames(declarator.Id, bindings);
                    }

                    break;
                case ClassDeclaration { Id: { } id }:
                    bindings.Add(id.Name);
                    break;
            }
        }

        return new ScriptDeclarations(functions.ToFrozenSet(StringComparer.Ordinal), bindings.ToArray());
    }

    /// <summary>Adds the names a binding pattern declares (<c>const { a, b: [c] } = …</c> declares a and c).</summary>
    private static void CollectNames(Node pattern, List<string> names)
    {
        switch (pattern)
        {
            case Identifier identifier:
                names.Add(identifier.Name);
                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    if (element is not null)
                    {
                        CollectNames(element, names);
                    }
                }

                break;
            case ObjectPattern obj:
                foreach (var property in obj.Properties)
                {
                    CollectNames(property is AssignmentProperty assignment ? assignment.Value : property, names);
                }

                break;
            case AssignmentPattern assignment:
                CollectNames(assignment.Left, names);
                break;
            case RestElement rest:
                CollectNames(rest.Argument, names);
                break;
        }
    }
}
