using System.Collections.Frozen;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Model;

namespace Perizinan.Forms.Package;

/// <summary>The widgets a field can be asked with, and which field types each one fits (<c>PZP1009</c>).</summary>
internal static class Widgets
{
    /// <summary>A one-line text.</summary>
    public const string Text = "text";

    /// <summary>A text of several lines.</summary>
    public const string TextArea = "textarea";

    /// <summary>A number.</summary>
    public const string Number = "number";

    /// <summary>An amount in rupiah.</summary>
    public const string Money = "money";

    /// <summary>A date.</summary>
    public const string Date = "date";

    /// <summary>One choice from a drop-down list.</summary>
    public const string Select = "select";

    /// <summary>One choice from radio buttons.</summary>
    public const string Radio = "radio";

    /// <summary>Yes or no.</summary>
    public const string Checkbox = "checkbox";

    /// <summary>Several choices.</summary>
    public const string Checkboxes = "checkboxes";

    /// <summary>An uploaded document.</summary>
    public const string File = "file";

    /// <summary>A NIK (16 digits).</summary>
    public const string Nik = "nik";

    /// <summary>A phone number.</summary>
    public const string Phone = "phone";

    /// <summary>An e-mail address.</summary>
    public const string Email = "email";

    /// <summary>A repeating group.</summary>
    public const string Repeat = "repeat";

    /// <summary>A value the form computes, shown read-only.</summary>
    public const string Computed = "computed";

    /// <summary>Every widget.</summary>
    public static FrozenSet<string> All { get; } = new[]
    {
        Text, TextArea, Number, Money, Date, Select, Radio, Checkbox, Checkboxes, File, Nik, Phone, Email, Repeat, Computed,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a widget fits a field: its shape, type, computed flag and allowed values.</summary>
    public static bool Fits(string widget, FieldDescriptor field)
    {
        if (field.Shape == FieldShape.Repeat)
        {
            return widget == Repeat;
        }

        if (field.Shape != FieldShape.Value)
        {
            return false;
        }

        if (field.IsComputed || widget == Computed)
        {
            return field.IsComputed && widget == Computed;
        }

        return widget switch
        {
            Text or TextArea or Nik or Phone or Email or File => field.Type == DslType.Text,
            Select or Radio => field.Type == DslType.Text && field.AllowedValues is not null,
            Number or Money => field.Type == DslType.Number,
            Date => field.Type == DslType.Date,
            Checkbox => field.Type == DslType.Bool,
            Checkboxes => field.Type == DslType.List,
            _ => false,
        };
    }

    /// <summary>What a widget needs, in both languages, for the message when it does not fit.</summary>
    public static (string Id, string En) Needs(string widget) => widget switch
    {
        Text or TextArea or Nik or Phone or Email or File =>
            ("teks (\"type\": \"string\")", "a text (\"type\": \"string\")"),
        Select or Radio =>
            ("teks dengan pilihan (\"enum\")", "a text with choices (\"enum\")"),
        Number or Money => ("bilangan (\"number\" atau \"integer\")", "a number (\"number\" or \"integer\")"),
        Date => ("tanggal (\"format\": \"date\")", "a date (\"format\": \"date\")"),
        Checkbox => ("ya/tidak (\"boolean\")", "a yes/no (\"boolean\")"),
        Checkboxes => ("daftar teks (\"array\" dari \"string\")", "a list of texts (an \"array\" of \"string\")"),
        Repeat => ("kelompok berulang (\"array\" dari \"object\")", "a repeating group (an \"array\" of \"object\")"),
        Computed => ("nilai yang dihitung (\"readOnly\": true)", "a computed value (\"readOnly\": true)"),
        _ => ("?", "?"),
    };

    /// <summary>What a field is, in both languages, for the message when a widget does not fit it.</summary>
    public static (string Id, string En) Describe(FieldDescriptor field) => field switch
    {
        { Shape: FieldShape.Repeat } => ("kelompok berulang", "a repeating group"),
        { Shape: FieldShape.Group } => ("kelompok isian", "a group of fields"),
        { Type: DslType.Text, AllowedValues: not null } => ("teks dengan pilihan", "a text with choices"),
        { Type: DslType.Text } => ("teks", "a text"),
        { Type: DslType.Number } => ("bilangan", "a number"),
        { Type: DslType.Date } => ("tanggal", "a date"),
        { Type: DslType.Bool } => ("ya/tidak", "a yes/no"),
        { Type: DslType.List } => ("daftar pilihan", "a list of choices"),
        _ => ("?", "?"),
    };
}
