using Perizinan.Forms.Versions;

namespace Perizinan.Forms.Package;

/// <summary>
/// One entry of <c>migrations</c> in <c>form.json</c>: the earlier versions whose drafts this version takes, and how
/// their answers move. Answers with the same path and a compatible type carry over without being named. Immutable.
/// </summary>
/// <param name="From">The versions it takes drafts from: a draft's version must be in one of these ranges.</param>
/// <param name="Renames">Answers that move to another path, in file order.</param>
/// <param name="Drops">Paths whose answers are deliberately not carried (and everything inside them), in file order.</param>
public sealed record MigrationDeclaration(IReadOnlyList<VersionRange> From, IReadOnlyList<FieldRename> Renames, IReadOnlyList<string> Drops)
{
    /// <summary>Whether drafts of <paramref name="version"/> may move with this declaration.</summary>
    public bool Accepts(string version) => From.Any(range => range.Contains(version));
}
