namespace Perizinan.Forms.Package;

/// <summary>
/// One <c>rename</c> of a migration: the answer at <see cref="From"/> in the earlier version goes to <see cref="To"/> in
/// this one. Paths of a repeating group's rows use <c>[]</c> (<c>papan[].luas</c>); renaming a group or a repeating
/// group moves everything in it that has no rename of its own.
/// </summary>
/// <param name="From">The path in the earlier version.</param>
/// <param name="To">The path in this version (it exists in <c>schema.json</c>).</param>
public sealed record FieldRename(string From, string To);
