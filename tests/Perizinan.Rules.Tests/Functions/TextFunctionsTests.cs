using System.Diagnostics;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;
using static Perizinan.Rules.Tests.Functions.FunctionTestHelper;

namespace Perizinan.Rules.Tests.Functions;

public sealed class TextFunctionsTests
{
    [Fact]
    public void Len_CombiningAccent_CountsOnce()
    {
        Assert.Equal(N(4), Call("len", T("Budi")));
        Assert.Equal(N(3), Call("len", T("e\u0301ab")));
        Assert.Equal(N(0), Call("len", T("")));
        Assert.Equal(Value.Empty, Call("len", Value.Empty));
    }

    [Fact]
    public void CaseAndTrim_Invariant()
    {
        Assert.Equal(T("JALAN MAWAR"), Call("upper", T("Jalan Mawar")));
        Assert.Equal(T("istanbul"), Call("lower", T("ISTANBUL")));
        Assert.Equal(T("a b"), Call("trim", T("  a b \t")));
    }

    [Fact]
    public void ContainsStartsEnds_Ordinal_CaseSensitive()
    {
        Assert.Equal(Value.True, Call("contains", T("Kabupaten Sidoarjo"), T("Sido")));
        Assert.Equal(Value.False, Call("contains", T("Kabupaten Sidoarjo"), T("sido")));
        Assert.Equal(Value.True, Call("starts_with", T("08123"), T("08")));
        Assert.Equal(Value.True, Call("ends_with", T("file.pdf"), T(".pdf")));
        Assert.Equal(Value.Empty, Call("contains", T("x"), Value.Empty));
    }

    [Fact]
    public void Matches_WholeText_Anchored()
    {
        Assert.Equal(Value.True, Call("matches", T("12345"), T("[0-9]{5}")));
        Assert.Equal(Value.False, Call("matches", T("123456"), T("[0-9]{5}")));
        Assert.Equal(Value.True, Call("matches", T("RT 003"), T("(?i)rt [0-9]{3}")));
    }

    [Fact]
    public void Matches_BadPattern_EmptyAndProblem()
    {
        var ctx = new FunctionContext(Today);

        var result = Call("matches", ctx, T("abc"), T("(unclosed"));

        Assert.Equal(Value.Empty, result);
        var problem = Assert.Single(ctx.Problems);
        Assert.Contains("(unclosed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_CatastrophicBacktracking_TimesOutEmptyAndProblem()
    {
        var ctx = new FunctionContext(Today);
        var watch = Stopwatch.StartNew();

        var result = Call("matches", ctx, T(new string('a', 40) + "!"), T("(a|aa)+"));

        Assert.Equal(Value.Empty, result);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}"); // generous: busy build machines
        var problem = Assert.Single(ctx.Problems);
        Assert.Contains("50 ms", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DigitsOnly_KeepsAsciiDigits()
    {
        Assert.Equal(T("3515144508680002"), Call("digits_only", T("35.1514-4508 68/0002")));
        Assert.Equal(T(""), Call("digits_only", T("abc")));
    }

    [Fact]
    public void Concat_SkipsEmpty_EmptyWhenAllEmpty()
    {
        Assert.Equal(T("ab"), Call("concat", T("a"), Value.Empty, T("b")));
        Assert.Equal(T("a"), Call("concat", T("a")));
        Assert.Equal(Value.Empty, Call("concat", Value.Empty, Value.Empty));
    }

    [Fact]
    public void CoalesceText_FirstNonBlank()
    {
        Assert.Equal(T("x"), Call("coalesce_text", T("  "), T("x")));
        Assert.Equal(T("a"), Call("coalesce_text", T("a"), T("x")));
        Assert.Equal(T("x"), Call("coalesce_text", Value.Empty, T("x")));
        Assert.Equal(Value.Empty, Call("coalesce_text", Value.Empty, T("")));
    }

    [Theory]
    [InlineData("12.5", true)]
    [InlineData("-3", true)]
    [InlineData(" 42 ", true)]
    [InlineData("1,5", false)]
    [InlineData("1.000.000", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    public void IsNumeric_Text_Expected(string text, bool expected)
    {
        Assert.Equal(Value.Bool(expected), Call("is_numeric", T(text)));
    }
}
