using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Migration;
using Perizinan.Engine.Tests.Evaluation;
using Perizinan.Forms.Package;
using static Perizinan.Engine.Tests.Migration.MigrationPackages;

namespace Perizinan.Engine.Tests.Migration;

/// <summary>
/// Properties of migrating to a version that changes nothing (the same files, a newer version, no renames), over random
/// packages and answers: it never throws, every clean answer carries over unchanged, and migrating again changes nothing.
/// </summary>
public sealed class DraftMigrationPropertyTests
{
    private const int PoolSize = 12;

    private static readonly Lazy<(FormPackage From, FormPackage To, RandomPackage Random)[]> Pool = new(() =>
        RandomPackages.Package.Sample(size: 50, numberOfSamples: PoolSize)
            .Select(p => (Load(p.Files()), Load(Version(p.Files(), "1.0.1", """[{ "from": "1.0.0" }]""")), p))
            .ToArray());

    private static Arbitrary<Case> Cases =>
        Arb.From(from index in Gen.Choose(0, PoolSize - 1)
                 from answers in RandomPackages.Answers(Pool.Value[index].Random)
                 select new Case(index, answers));

    [Property(MaxTest = 200)]
    public Property Migrate_UnchangedForm_CleanAnswersAreTheIdentity() => Prop.ForAll(Cases, c =>
    {
        var (from, to, _) = Pool.Value[c.Index];

        var result = DraftMigrator.Migrate(from, to, c.Answers);

        var migrated = JsonNode.Parse(result.Answers!.Value.GetRawText());
        var allCarried = result.Fields.All(f => f.Kind == FieldMigrationKind.Carried && f.NewPath == f.Path);
        var onlyBadInput = result.NotCarried.All(f => f.Reason is NotCarriedReason.UnknownField or NotCarriedReason.WrongShape or NotCarriedReason.NotAChoice);
        var again = DraftMigrator.Migrate(from, to, result.Answers.Value);
        return result.Outcome == DraftMigrationOutcome.Migrated
            && onlyBadInput
            && result.Fields.All(f => f.Kind is FieldMigrationKind.Carried or FieldMigrationKind.NotCarried)
            && (!allCarried || JsonNode.DeepEquals(JsonNode.Parse(c.Answers.GetRawText()), migrated))
            && JsonNode.DeepEquals(migrated, JsonNode.Parse(again.Answers!.Value.GetRawText()))
            && again.Fields.All(f => f.Kind == FieldMigrationKind.Carried);
    });

    [Property(MaxTest = 200)]
    public Property Migrate_AnyJson_NeverThrowsAndGivesAnObject() => Prop.ForAll(Arb.From(Json(3)), json =>
    {
        var (from, to, _) = Pool.Value[0];
        using var document = JsonDocument.Parse(json.ToJsonString());

        var result = DraftMigrator.Migrate(from, to, document.RootElement);

        return result.Answers!.Value.ValueKind == JsonValueKind.Object && result.Fields.All(f => f.Message.Id.Length > 0 && f.Message.En.Length > 0);
    });

    /// <summary>Any JSON value, objects keyed by names a form may have (<c>f0</c>, <c>k0</c>, <c>r</c>, <c>c0</c>) or not.</summary>
    private static Gen<JsonNode> Json(int depth)
    {
        var names = Gen.Elements("f0", "f1", "f2", "k0", "k1", "r", "c0", "c1", "x", "F0", "r[]");
        var scalar = Gen.OneOf(
            Gen.Constant<JsonNode>(JsonValue.Create(true)),
            Gen.Choose(-5, 5).Select(i => (JsonNode)JsonValue.Create(i)),
            Gen.Elements("a", "b", "", "2026-11-25", "12").Select(s => (JsonNode)JsonValue.Create(s)));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Json(depth - 1);
        var array = Gen.ListOf(inner).Select(items => (JsonNode)new JsonArray([.. items.Take(4).Select(i => i.DeepClone())]));
        var obj = Gen.ListOf(Gen.Zip(names, inner)).Select(pairs =>
        {
            var o = new JsonObject();
            foreach (var (name, value) in pairs.Take(6))
            {
                o[name] = value.DeepClone();
            }

            return (JsonNode)o;
        });
        return Gen.Frequency((2, scalar), (1, array), (3, obj));
    }

    /// <summary>A pooled package's index and an answer set; printed when a property fails.</summary>
    internal sealed record Case(int Index, JsonElement Answers)
    {
        public override string ToString() => $"package {Index} ({Pool.Value[Index].Random}), answers {Answers.GetRawText()}";
    }
}
