using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Forms.Package;
using Perizinan.Rules.Binding;
using static Perizinan.Engine.Migration.MigrationMessages;

namespace Perizinan.Engine.Migration;

/// <summary>
/// One run of a migration: walks the earlier answers along the earlier version's fields, plans where each answer goes,
/// then writes the new answers in the same order. Explicit moves win: an answer that keeps its path loses its place to
/// one renamed onto it. Every answer is kept whether or not a rule shows it (the citizen may go back). Not thread-safe:
/// one per run.
/// </summary>
internal sealed class AnswerMigration(FieldCatalog from, FieldCatalog to, PathMap map)
{
    private readonly List<Step> _steps = [];
    private readonly List<FieldMigration> _report = [];

    public (JsonElement Answers, IReadOnlyList<FieldMigration> Fields) Run(JsonElement answers)
    {
        var root = new JsonObject();
        if (answers.ValueKind != JsonValueKind.Object)
        {
            _report.Add(new FieldMigration(string.Empty, null, FieldMigrationKind.NotCarried, NotCarriedReason.WrongShape,
                new("Jawaban harus berupa kelompok isian (objek JSON); tidak ada yang dibawa.",
                    "The answers must be a group of answers (a JSON object); nothing was carried over.")));
            return (JsonSerializer.SerializeToElement(root), _report);
        }

        WalkObject(answers, string.Empty, string.Empty, null);
        Apply(root);
        return (JsonSerializer.SerializeToElement(root), _report);
    }

    private void WalkObject(JsonElement obj, string prefix, string concretePrefix, int? row)
    {
        foreach (var property in obj.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            var concrete = concretePrefix.Length == 0 ? property.Name : concretePrefix + "." + property.Name;
            if (!PackagePatterns.Name().IsMatch(property.Name) || !from.TryGetInfo(path, out var info))
            {
                NotCarried(concrete, NotCarriedReason.UnknownField, new Label(concrete, concrete, concrete));
                continue;
            }

            switch (info.Descriptor.Shape)
            {
                case FieldShape.Group:
                    VisitGroup(info, property.Value, concrete, row);
                    break;
                case FieldShape.Repeat:
                    VisitRepeat(info, property.Value, concrete);
                    break;
                default:
                    VisitValue(info, property.Value, concrete, row);
                    break;
            }
        }
    }

    private void VisitGroup(FieldInfo info, JsonElement value, string concrete, int? row)
    {
        var target = Target(info.Path, FieldShape.Group);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                if (target is not null)
                {
                    _steps.Add(new Step(StepKind.Group, target, row, 0, null, null));
                }

                WalkObject(value, info.Path, concrete, row);
                break;
            case JsonValueKind.Null:
                KeepNull(target, row);
                break;
            default:
                NotCarried(concrete, NotCarriedReason.WrongShape, LabelOf(from, info, concrete, row));
                break;
        }
    }

    private void VisitRepeat(FieldInfo info, JsonElement value, string concrete)
    {
        var target = Target(info.Path, FieldShape.Repeat);
        if (value.ValueKind == JsonValueKind.Null)
        {
            KeepNull(target, null);
            return;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            NotCarried(concrete, NotCarriedReason.WrongShape, LabelOf(from, info, concrete, null));
            return;
        }

        if (target is not null)
        {
            // Every row keeps its number, even one that cannot be read, so that rows stay aligned with attachments.
            _steps.Add(new Step(StepKind.Rows, target, null, value.GetArrayLength(), null, null));
        }

        var index = 0;
        foreach (var row in value.EnumerateArray())
        {
            var rowPath = $"{concrete}[{index}]";
            if (row.ValueKind == JsonValueKind.Object)
            {
                WalkObject(row, info.Path + "[]", rowPath, index);
            }
            else
            {
                NotCarried(rowPath, NotCarriedReason.WrongShape, LabelOf(from, info, rowPath, null));
            }

            index++;
        }
    }

    private void VisitValue(FieldInfo info, JsonElement value, string concrete, int? row)
    {
        var oldLabel = LabelOf(from, info, concrete, row);
        if (map.Map(info.Path) is not { } newPath)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return;
            }

            Report(new FieldMigration(concrete, null, FieldMigrationKind.Dropped, null, Dropped(oldLabel)));
            return;
        }

        if (!to.TryGetInfo(newPath, out var target) || target.Descriptor.Shape != FieldShape.Value)
        {
            if (value.ValueKind != JsonValueKind.Null)
            {
                NotCarried(concrete, NotCarriedReason.FieldGone, oldLabel);
            }

            return;
        }

        var newConcrete = AnswerTree.Concrete(newPath, row);
        if (value.ValueKind == JsonValueKind.Null)
        {
            // Unanswered: nothing to report, but kept so that an unchanged form gives back the same answers.
            _steps.Add(new Step(StepKind.Value, newPath, row, 0, null, null, Renamed: newPath != info.Path));
            return;
        }

        var conversion = ValueConverter.Convert(value, info.Descriptor.Type, target.Descriptor);
        if (conversion.Failure is { } reason)
        {
            Report(new FieldMigration(concrete, null, FieldMigrationKind.NotCarried, reason,
                MigrationMessages.NotCarried(reason, oldLabel, target, conversion.RemovedChoices)));
            return;
        }

        var newLabel = LabelOf(to, target, newConcrete, row);
        var renamed = newPath != info.Path;
        var entry = renamed
            ? new FieldMigration(concrete, newConcrete, FieldMigrationKind.Renamed, null, MigrationMessages.Renamed(oldLabel, newLabel))
            : new FieldMigration(concrete, newConcrete, FieldMigrationKind.Carried, null, Carried(newLabel));
        var removed = conversion.RemovedChoices.Count == 0
            ? null
            : new FieldMigration(concrete, newConcrete, FieldMigrationKind.NotCarried, NotCarriedReason.NotAChoice,
                MigrationMessages.NotCarried(NotCarriedReason.NotAChoice, newLabel, target, conversion.RemovedChoices));
        _steps.Add(new Step(StepKind.Value, newPath, row, 0, conversion.Value, entry, renamed, removed, oldLabel));
    }

    /// <summary>The new path of a group or repeat when the new version has one of the same shape there, else <c>null</c>.</summary>
    private string? Target(string path, FieldShape shape) =>
        map.Map(path) is { } newPath && to.TryGetInfo(newPath, out var target) && target.Descriptor.Shape == shape ? newPath : null;

    private void KeepNull(string? target, int? row)
    {
        if (target is not null)
        {
            _steps.Add(new Step(StepKind.Value, target, row, 0, null, null));
        }
    }

    private void NotCarried(string concrete, NotCarriedReason reason, Label label) =>
        Report(new FieldMigration(concrete, null, FieldMigrationKind.NotCarried, reason, MigrationMessages.NotCarried(reason, label, null, [])));

    /// <summary>A report line that writes nothing, kept in the order of the answers.</summary>
    private void Report(FieldMigration entry) => _steps.Add(new Step(StepKind.Report, string.Empty, null, 0, null, entry));

    private void Apply(JsonObject root)
    {
        var renamedTargets = _steps.Where(s => s is { Kind: StepKind.Value, Renamed: true })
            .Select(s => AnswerTree.Concrete(s.Path, s.Row)).ToHashSet(StringComparer.Ordinal);
        foreach (var step in _steps)
        {
            switch (step.Kind)
            {
                case StepKind.Group:
                    AnswerTree.EnsureGroup(root, step.Path, step.Row);
                    break;
                case StepKind.Rows:
                    AnswerTree.EnsureRows(root, step.Path, step.Count);
                    break;
                case StepKind.Value:
                    ApplyValue(root, step, renamedTargets);
                    break;
                default:
                    _report.Add(step.Entry!);
                    break;
            }
        }
    }

    private void ApplyValue(JsonObject root, Step step, HashSet<string> renamedTargets)
    {
        var taken = !step.Renamed && renamedTargets.Contains(AnswerTree.Concrete(step.Path, step.Row));
        if (!taken && AnswerTree.TrySet(root, step.Path, step.Row, step.Value))
        {
            if (step.Entry is not null)
            {
                _report.Add(step.Entry);
            }

            if (step.Removed is not null)
            {
                _report.Add(step.Removed);
            }

            return;
        }

        if (step.Entry is { } entry)
        {
            _report.Add(new FieldMigration(entry.Path, null, FieldMigrationKind.NotCarried, NotCarriedReason.PathTaken,
                MigrationMessages.NotCarried(NotCarriedReason.PathTaken, step.OldLabel, null, [])));
        }
    }

    private enum StepKind
    {
        Group,
        Rows,
        Value,
        Report,
    }

    /// <summary>One planned write (or a report line that writes nothing), in the order of the earlier answers.</summary>
    private sealed record Step(
        StepKind Kind,
        string Path,
        int? Row,
        int Count,
        JsonNode? Value,
        FieldMigration? Entry,
        bool Renamed = false,
        FieldMigration? Removed = null,
        Label OldLabel = default);
}
