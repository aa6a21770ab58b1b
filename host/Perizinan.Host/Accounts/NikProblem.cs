namespace Perizinan.Host.Accounts;

/// <summary>What is wrong with a NIK a citizen typed (see <see cref="NikFormat.Check"/>).</summary>
public enum NikProblem
{
    /// <summary>Nothing: it has the shape of a NIK.</summary>
    None,

    /// <summary>Nothing was typed.</summary>
    Empty,

    /// <summary>Not exactly 16 digits.</summary>
    NotSixteenDigits,

    /// <summary>The first two digits are not a province code.</summary>
    Region,

    /// <summary>Digits 7–12 are not a birth date DDMMYY (day 01–31, or 41–71 for women; month 01–12).</summary>
    BirthDate,
}
