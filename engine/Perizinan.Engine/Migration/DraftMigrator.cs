using System.Text.Json;
using Perizinan.Forms.Package;
using Perizinan.Forms.Versions;

namespace Perizinan.Engine.Migration;

/// <summary>
/// Moves a draft's answers from the version it was started on to a newer version of the same form, as the newer
/// version's <c>migrations</c> in <c>form.json</c> declare: renamed answers move, dropped ones stay behind, answers with
/// the same path and a compatible type carry over, and the rest is reported field by field for the citizen to answer
/// again. Pure, deterministic and thread-safe; never throws for any answers.
/// </summary>
public static class DraftMigrator
{
    /// <summary>
    /// Whether drafts of <paramref name="from"/> may move to <paramref name="to"/>:
    /// <see cref="DraftMigrationOutcome.Migrated"/> when they may, otherwise why not.
    /// </summary>
    public static DraftMigrationOutcome Check(FormPackage from, FormPackage to) => Declaration(from, to).Outcome;

    /// <summary>
    /// Migrates <paramref name="answers"/> (a draft of <paramref name="from"/>) to <paramref name="to"/>. Hidden answers
    /// move like the others. Answers that are not a JSON object give empty answers and one report line.
    /// </summary>
    /// <param name="from">The version the draft is pinned to.</param>
    /// <param name="to">The newer version; its <c>migrations</c> must take <paramref name="from"/>'s version.</param>
    /// <param name="answers">The draft's answers.</param>
    public static DraftMigrationResult Migrate(FormPackage from, FormPackage to, JsonElement answers)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var (outcome, declaration) = Declaration(from, to);
        if (declaration is null)
        {
            return new DraftMigrationResult(outcome, null, []);
        }

        var (migrated, fields) = new AnswerMigration(from.Catalog, to.Catalog, new PathMap(declaration)).Run(answers);
        return new DraftMigrationResult(DraftMigrationOutcome.Migrated, migrated, fields);
    }

    private static (DraftMigrationOutcome Outcome, MigrationDeclaration? Declaration) Declaration(FormPackage from, FormPackage to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!string.Equals(from.Manifest.Id, to.Manifest.Id, StringComparison.Ordinal))
        {
            return (DraftMigrationOutcome.DifferentForm, null);
        }

        if (!SemanticVersion.TryParse(from.Manifest.Version, out var fromVersion)
            || !SemanticVersion.TryParse(to.Manifest.Version, out var toVersion)
            || !toVersion.IsNewerThan(fromVersion))
        {
            return (DraftMigrationOutcome.NotNewer, null);
        }

        return to.Manifest.Migrations.FirstOrDefault(m => m.Accepts(from.Manifest.Version)) is { } declaration
            ? (DraftMigrationOutcome.Migrated, declaration)
            : (DraftMigrationOutcome.NotDeclared, null);
    }
}
