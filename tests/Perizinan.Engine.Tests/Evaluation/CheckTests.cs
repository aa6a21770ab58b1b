using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Tests.TestSupport;
using static Perizinan.Engine.Tests.TestSupport.TestPackage;

namespace Perizinan.Engine.Tests.Evaluation;

/// <summary>Checks block only on visible, answered fields; warnings are shown and never block.</summary>
public sealed class CheckTests
{
    private static readonly TestField[] Fields =
    [
        TestField.Flag("ada_bangunan", label: "Ada bangunan"),
        TestField.Number("bangunan.lantai", label: "Jumlah lantai", example: 2),
        TestField.Number("bangunan.tinggi", label: "Tinggi bangunan", example: 8),
        TestField.Number("pemohon.umur", label: "Umur pemohon", example: 30),
    ];

    private const string Rules = """
        rule "Bangunan" when ada_bangunan then show bangunan end

        check bangunan.lantai: bangunan.lantai <= 8
          else id "Paling banyak 8 lantai" en "At most 8 floors"

        check bangunan.tinggi: bangunan.tinggi >= bangunan.lantai * 3
          else id "Tinggi tidak cocok dengan jumlah lantai" en "The height does not fit the number of floors"

        warn pemohon.umur: pemohon.umur < 80
          else id "Periksa kembali umur" en "Please check the age"
        """;

    private static readonly Lazy<CompiledForm> Form = new(() => Compile(Fields, Rules));

    [Fact]
    public void Evaluate_CheckFailsOnVisibleAnsweredField_ErrorWithItsMessageBlocks()
    {
        var state = Form.Value.Evaluate("""{ "ada_bangunan": true, "bangunan": { "lantai": 10, "tinggi": 40 } }""");

        var error = Assert.Single(state.Errors);
        Assert.Equal("bangunan.lantai", error.Path);
        Assert.StartsWith("check.", error.Code, StringComparison.Ordinal);
        Assert.StartsWith("Paling banyak 8 lantai", error.Message.Id, StringComparison.Ordinal);
        Assert.StartsWith("At most 8 floors", error.Message.En, StringComparison.Ordinal);
        Assert.False(state.Complete);
    }

    [Fact]
    public void Evaluate_CheckOnHiddenField_NotTested()
    {
        var state = Form.Value.Evaluate("""{ "ada_bangunan": false, "bangunan": { "lantai": 10, "tinggi": 1 } }""");

        Assert.Empty(state.Errors);
        Assert.True(state.Complete);
    }

    [Fact]
    public void Evaluate_CheckOnUnansweredField_NotTested()
    {
        // tinggi >= empty * 3 would not hold, but an empty answer is the business of require.
        var state = Form.Value.Evaluate("""{ "ada_bangunan": true, "bangunan": { "lantai": 2 } }""");

        Assert.Empty(state.Errors);
    }

    [Fact]
    public void Evaluate_CheckReadsAnotherField_ErrorOnTheSubjectField()
    {
        var state = Form.Value.Evaluate("""{ "ada_bangunan": true, "bangunan": { "lantai": 3, "tinggi": 6 } }""");

        var error = Assert.Single(state.Errors);
        Assert.Equal("bangunan.tinggi", error.Path);
    }

    [Fact]
    public void Evaluate_WarningFails_ShownButCompleteStillTrue()
    {
        var state = Form.Value.Evaluate("""{ "ada_bangunan": false, "pemohon": { "umur": 95 } }""");

        var warning = Assert.Single(state.Warnings);
        Assert.Equal("pemohon.umur", warning.Path);
        Assert.StartsWith("warn.", warning.Code, StringComparison.Ordinal);
        Assert.Empty(state.Errors);
        Assert.True(state.Complete);
        Assert.Null(state.NextPage);
    }

    [Fact]
    public void Update_CheckedAnswerCorrected_ErrorWithdrawn()
    {
        var session = Form.Value.StartSession(Today);

        var wrong = session.Update(Answers("""{ "ada_bangunan": true, "bangunan": { "lantai": 10, "tinggi": 40 } }"""));
        var right = session.Update(Answers("""{ "ada_bangunan": true, "bangunan": { "lantai": 5, "tinggi": 40 } }"""));

        Assert.Single(wrong.Errors);
        Assert.Empty(right.Errors);
        Assert.True(right.Complete);
    }
}
