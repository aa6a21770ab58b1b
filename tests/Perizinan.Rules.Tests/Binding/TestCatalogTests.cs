using Perizinan.Rules.Binding;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Tests.Binding;

/// <summary>The test catalog format itself, so that a broken test data file fails here rather than as odd diagnostics.</summary>
public sealed class TestCatalogTests
{
    [Fact]
    public void Load_SharedCatalog_ShapesTypesRowsAndFees()
    {
        var catalog = RulesTestSupport.SharedCatalog;

        Assert.True(catalog.TryGetField("papan", out var papan));
        Assert.Equal(FieldShape.Repeat, papan.Shape);
        Assert.Null(papan.RepeatPath);
        Assert.True(catalog.TryGetField("papan[].luas", out var luas));
        Assert.Equal((FieldShape.Value, DslType.Number, "papan"), (luas.Shape, luas.Type, luas.RepeatPath));
        Assert.True(catalog.TryGetField("usaha.jenis", out var jenis));
        Assert.Equal(new[] { "toko", "spbu", "restoran" }, jenis.AllowedValues);
        Assert.True(catalog.HasFee("pajak_reklame"));
        Assert.False(catalog.HasFee("pajak"));
        Assert.DoesNotContain(catalog.Fields, f => f.IsComputed || f.MarkedHidden);
    }

    [Fact]
    public void Parse_ExtendsRemoveAndOverride_InheritedFieldsAdjusted()
    {
        var catalog = TestCatalog.Parse("""
            {
              "extends": "catalog.json",
              "remove": ["reklame.sisi"],
              "fields": [
                { "path": "reklame.luas", "type": "number", "computed": true, "inLayout": false },
                { "path": "izin[].nomor", "type": "string", "hidden": true, "layout": { "file": "form.json", "line": 3, "column": 5 } }
              ],
              "fees": ["pajak_reklame", "denda"]
            }
            """, RulesTestSupport.CasesDirectory);

        Assert.False(catalog.TryGetField("reklame.sisi", out _));
        Assert.True(catalog.TryGetField("reklame.luas", out var luas));
        Assert.True(luas.IsComputed);
        Assert.False(luas.InLayout);
        Assert.True(catalog.TryGetField("izin[].nomor", out var nomor));
        Assert.Equal(("izin", DslType.Text, true), (nomor.RepeatPath, nomor.Type, nomor.MarkedHidden));
        Assert.Equal(3, nomor.LayoutLocation!.Value.Line);
        Assert.Equal(new[] { "pajak_reklame", "retribusi_izin", "denda" }, catalog.Fees.ToArray());
    }

    [Theory]
    [InlineData("""{ "fields": [ { "path": "a", "type": "number", "readonly": true } ] }""")]
    [InlineData("""{ "field": [] }""")]
    [InlineData("""{ "fields": [ { "path": "a" } ] }""")]
    [InlineData("""{ "fields": [ { "path": "a", "type": "decimal" } ] }""")]
    [InlineData("""{ "fields": [ { "path": "a", "type": "text" }, { "path": "a", "type": "text" } ] }""")]
    public void Parse_MistakeInTestData_Throws(string json) =>
        Assert.Throws<InvalidDataException>(() => TestCatalog.Parse(json));

    [Theory]
    [InlineData("reklame.lua", "reklame.luas")]
    [InlineData("papan[].lus", "papan[].luas")]
    [InlineData("pemohon.nikk", "pemohon.nik")]
    [InlineData("izin.nomor_lama", null)]
    [InlineData("", null)]
    public void Closest_MisspeltField_SuggestsOnlyNearNames(string name, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(name, RulesTestSupport.SharedCatalog.Fields.Select(f => f.Path)));
}
