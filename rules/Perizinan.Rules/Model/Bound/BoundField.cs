using Perizinan.Rules.Binding;
using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Model.Bound;

/// <summary>
/// Reads the current value of a field: empty when the field is hidden or unanswered. A row field
/// (<c>papan[].luas</c>) is read in the row the rule or aggregate is running for.
/// </summary>
internal sealed class BoundField(FieldDescriptor field, TextSpan span) : BoundExpression(field.Type, span)
{
    /// <summary>The field read.</summary>
    public FieldDescriptor Field { get; } = field;

    /// <summary>The key the runtime knows the value by: the generic path (<c>papan[].luas</c>).</summary>
    public string Key => Field.Path;

    /// <summary>Whether this reads a row of a repeating group.</summary>
    public bool IsRowField => Field.RepeatPath is not null;
}
