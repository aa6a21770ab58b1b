using Perizinan.Rules.Functions;

namespace Perizinan.Rules.Tests.Functions;

public sealed class BuiltinFunctionsTests
{
    private static readonly string[] ExpectedNames =
    [
        "today", "age", "years_between", "months_between", "days_between", "add_days", "add_months", "add_years",
        "year", "month", "day", "date", "parse_date",
        "round", "round_up", "round_down", "floor", "ceil", "abs", "min", "max", "clamp", "percent",
        "len", "upper", "lower", "trim", "contains", "starts_with", "ends_with", "matches", "digits_only", "concat",
        "coalesce_text", "is_numeric",
        "has", "list_count",
        "nik_valid", "nik_birth_date", "nik_sex", "nik_province", "nik_matches", "kk_valid", "npwp_valid", "nib_valid",
        "kbli_valid", "phone_valid", "email_valid", "postal_code_valid",
    ];

    [Fact]
    public void All_ContainsExactlyTheDocumentedFunctions()
    {
        Assert.Equal(ExpectedNames.Order(StringComparer.Ordinal), BuiltinFunctions.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_EveryFunction_HasBothSummariesOnOneLine()
    {
        foreach (var function in BuiltinFunctions.All.Values)
        {
            Assert.False(string.IsNullOrWhiteSpace(function.SummaryId), function.Name);
            Assert.False(string.IsNullOrWhiteSpace(function.SummaryEn), function.Name);
            Assert.DoesNotContain('\n', function.SummaryId);
            Assert.DoesNotContain('\n', function.SummaryEn);
        }
    }

    [Fact]
    public void TryGet_UnknownOrDifferentCase_False()
    {
        Assert.False(BuiltinFunctions.TryGet("nope", out _));
        Assert.False(BuiltinFunctions.TryGet("NIK_VALID", out _));
        Assert.True(BuiltinFunctions.TryGet("nik_valid", out var f));
        Assert.Equal("nik_valid", f.Name);
    }

    [Theory]
    [InlineData("round", 1, true)]
    [InlineData("round", 2, true)]
    [InlineData("round", 3, false)]
    [InlineData("min", 1, true)]
    [InlineData("min", 7, true)]
    [InlineData("concat", 0, false)]
    [InlineData("today", 0, true)]
    [InlineData("nik_matches", 2, false)]
    public void AcceptsArgumentCount_DeclaredArity_Expected(string name, int count, bool expected)
    {
        Assert.Equal(expected, BuiltinFunctions.All[name].AcceptsArgumentCount(count));
    }
}
