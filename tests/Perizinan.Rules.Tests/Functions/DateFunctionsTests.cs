using Perizinan.Rules.Model;
using static Perizinan.Rules.Tests.Functions.FunctionTestHelper;

namespace Perizinan.Rules.Tests.Functions;

public sealed class DateFunctionsTests
{
    [Fact]
    public void Today_ReturnsContextDate_NotMachineClock()
    {
        Assert.Equal(D(2001, 2, 3), Call("today", new DateOnly(2001, 2, 3)));
    }

    [Theory]
    [InlineData(2026, 6, 15, 26)] // the birthday itself
    [InlineData(2026, 6, 14, 25)] // the day before
    [InlineData(2026, 6, 16, 26)]
    public void Age_AroundBirthday_WholeYears(int year, int month, int day, int expected)
    {
        Assert.Equal(N(expected), Call("age", new DateOnly(year, month, day), D(2000, 6, 15)));
    }

    [Theory]
    [InlineData(2026, 2, 27, 25)]
    [InlineData(2026, 2, 28, 26)] // common year: 29 Feb birthday is reached on 28 Feb
    [InlineData(2028, 2, 28, 27)] // leap year: not before 29 Feb
    [InlineData(2028, 2, 29, 28)]
    public void Age_LeapDayBirth_CountsOn28FebruaryInCommonYears(int year, int month, int day, int expected)
    {
        Assert.Equal(N(expected), Call("age", new DateOnly(year, month, day), D(2000, 2, 29)));
    }

    [Fact]
    public void Age_FutureDate_Negative()
    {
        Assert.Equal(N(-1), Call("age", new DateOnly(2026, 6, 15), D(2027, 6, 15)));
    }

    [Fact]
    public void YearsMonthsDaysBetween_BothDirections_SignedWholeUnits()
    {
        Assert.Equal(N(10), Call("years_between", D(2000, 1, 1), D(2010, 12, 31)));
        Assert.Equal(N(-10), Call("years_between", D(2010, 12, 31), D(2000, 1, 1)));
        Assert.Equal(N(1), Call("months_between", D(2024, 1, 31), D(2024, 2, 29)));
        Assert.Equal(N(0), Call("months_between", D(2024, 1, 15), D(2024, 2, 14)));
        Assert.Equal(N(-1), Call("months_between", D(2024, 2, 29), D(2024, 1, 29)));
        Assert.Equal(N(2), Call("days_between", D(2024, 2, 28), D(2024, 3, 1)));
        Assert.Equal(N(-366), Call("days_between", D(2025, 1, 1), D(2024, 1, 1)));
    }

    [Fact]
    public void AddFunctions_MonthEnds_Clamped()
    {
        Assert.Equal(D(2024, 2, 29), Call("add_months", D(2024, 1, 31), N(1)));
        Assert.Equal(D(2023, 11, 30), Call("add_months", D(2024, 1, 31), N(-2)));
        Assert.Equal(D(2025, 2, 28), Call("add_years", D(2024, 2, 29), N(1)));
        Assert.Equal(D(2025, 1, 1), Call("add_days", D(2024, 12, 31), N(1)));
        Assert.Equal(D(2024, 12, 31), Call("add_days", D(2024, 12, 30), N(1.9m)));
    }

    [Fact]
    public void AddFunctions_OutOfRange_Empty()
    {
        Assert.Equal(Value.Empty, Call("add_days", D(9999, 12, 31), N(1)));
        Assert.Equal(Value.Empty, Call("add_months", D(1, 1, 1), N(-1)));
        Assert.Equal(Value.Empty, Call("add_years", D(2024, 1, 1), N(1_000_000_000_000m)));
        Assert.Equal(Value.Empty, Call("add_days", Value.Empty, N(1)));
    }

    [Fact]
    public void Parts_OfDate_Numbers()
    {
        Assert.Equal(N(1968), Call("year", D(1968, 8, 5)));
        Assert.Equal(N(8), Call("month", D(1968, 8, 5)));
        Assert.Equal(N(5), Call("day", D(1968, 8, 5)));
    }

    [Fact]
    public void Date_ValidAndInvalid_DateOrEmpty()
    {
        Assert.Equal(D(2024, 2, 29), Call("date", N(2024), N(2), N(29)));
        Assert.Equal(Value.Empty, Call("date", N(2023), N(2), N(29)));
        Assert.Equal(Value.Empty, Call("date", N(2024), N(13), N(1)));
        Assert.Equal(Value.Empty, Call("date", N(2024), N(1.5m), N(1)));
        Assert.Equal(Value.Empty, Call("date", N(0), N(1), N(1)));
    }

    [Theory]
    [InlineData("2024-03-05")]
    [InlineData("05-03-2024")]
    [InlineData("05/03/2024")]
    [InlineData("5/3/2024")]
    [InlineData(" 2024-03-05 ")]
    public void ParseDate_AcceptedFormats_Date(string text)
    {
        Assert.Equal(D(2024, 3, 5), Call("parse_date", T(text)));
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("31/02/2024")]
    [InlineData("2024/03/05")]
    [InlineData("kemarin")]
    [InlineData("")]
    public void ParseDate_Invalid_Empty(string text)
    {
        Assert.Equal(Value.Empty, Call("parse_date", T(text)));
    }
}
