using Perizinan.Rules.Model;
using static Perizinan.Rules.Tests.Functions.FunctionTestHelper;

namespace Perizinan.Rules.Tests.Functions;

public sealed class NumberFunctionsTests
{
    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -3)]
    [InlineData(2.4, 2)]
    [InlineData(0.5, 1)]
    public void Round_Midpoint_AwayFromZero(double input, int expected)
    {
        Assert.Equal(N(expected), Call("round", N((decimal)input)));
    }

    [Fact]
    public void Round_WithDigits_DecimalExact()
    {
        Assert.Equal(N(1.01m), Call("round", N(1.005m), N(2)));
        Assert.Equal(N(12000), Call("round", N(12345), N(-3)));
        Assert.Equal(N(13000), Call("round", N(12500), N(-3)));
        Assert.Equal(N(0), Call("round", N(12345), N(-40)));
        Assert.Equal(N(1.5m), Call("round", N(1.5m), N(40)));
        Assert.Equal(Value.Empty, Call("round", N(1.5m), Value.Empty));
    }

    [Theory]
    [InlineData(12345, 1000, 13000)]
    [InlineData(13000, 1000, 13000)]
    [InlineData(-12345, 1000, -12000)]
    [InlineData(12345, -1000, 13000)]
    [InlineData(1.01, 0.25, 1.25)]
    public void RoundUp_ToStep_Ceiling(double input, double step, double expected)
    {
        Assert.Equal(N((decimal)expected), Call("round_up", N((decimal)input), N((decimal)step)));
    }

    [Fact]
    public void RoundDown_ToStep_Floor()
    {
        Assert.Equal(N(12000), Call("round_down", N(12345), N(1000)));
        Assert.Equal(N(-13000), Call("round_down", N(-12345), N(1000)));
        Assert.Equal(Value.Empty, Call("round_down", N(12345), N(0)));
        Assert.Equal(Value.Empty, Call("round_up", N(12345), N(0)));
    }

    [Fact]
    public void FloorCeilAbs_Basics()
    {
        Assert.Equal(N(-3), Call("floor", N(-2.5m)));
        Assert.Equal(N(-2), Call("ceil", N(-2.5m)));
        Assert.Equal(N(2.5m), Call("abs", N(-2.5m)));
    }

    [Fact]
    public void MinMax_IgnoreEmpty_EmptyWhenAllEmpty()
    {
        Assert.Equal(N(1), Call("min", Value.Empty, N(3), N(1)));
        Assert.Equal(N(3), Call("max", N(3), Value.Empty, N(1)));
        Assert.Equal(N(7), Call("max", N(7)));
        Assert.Equal(Value.Empty, Call("min", Value.Empty, Value.Empty));
    }

    [Fact]
    public void Clamp_RangeAndInvertedRange_Expected()
    {
        Assert.Equal(N(3), Call("clamp", N(5), N(1), N(3)));
        Assert.Equal(N(1), Call("clamp", N(-5), N(1), N(3)));
        Assert.Equal(N(2), Call("clamp", N(2), N(1), N(3)));
        Assert.Equal(Value.Empty, Call("clamp", N(2), N(3), N(1)));
    }

    [Fact]
    public void Percent_Basics_AndOverflowEmpty()
    {
        Assert.Equal(N(5000), Call("percent", N(200_000), N(2.5m)));
        Assert.Equal(Value.Empty, Call("percent", N(decimal.MaxValue), N(200)));
    }
}
