namespace Perizinan.Rules.Binding;

/// <summary>What kind of node a path names in the answers.</summary>
public enum FieldShape
{
    /// <summary>A single answer (number, text, yes/no, date, list of choices, attachment id).</summary>
    Value,
    /// <summary>A group of fields (a JSON object); can be shown or hidden as a whole.</summary>
    Group,
    /// <summary>A repeating group (a JSON array of objects): rows with the same fields.</summary>
    Repeat,
}
