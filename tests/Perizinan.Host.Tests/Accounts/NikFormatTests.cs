using Perizinan.Host.Accounts;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>The shape of a NIK and its masked display.</summary>
public sealed class NikFormatTests
{
    [Theory]
    [InlineData("3201010101900001", NikProblem.None)]
    [InlineData("3201014501900001", NikProblem.None)]
    [InlineData("1101017112990001", NikProblem.None)]
    [InlineData("9471013112000001", NikProblem.None)]
    [InlineData("", NikProblem.Empty)]
    [InlineData("320101010190000", NikProblem.NotSixteenDigits)]
    [InlineData("32010101019000011", NikProblem.NotSixteenDigits)]
    [InlineData("32010101019000a1", NikProblem.NotSixteenDigits)]
    [InlineData("３２０１０１０１０１９００００１", NikProblem.NotSixteenDigits)]
    [InlineData("1001010101900001", NikProblem.Region)]
    [InlineData("9501010101900001", NikProblem.Region)]
    [InlineData("3201010001900001", NikProblem.BirthDate)]
    [InlineData("3201013201900001", NikProblem.BirthDate)]
    [InlineData("3201014001900001", NikProblem.BirthDate)]
    [InlineData("3201017201900001", NikProblem.BirthDate)]
    [InlineData("3201010100900001", NikProblem.BirthDate)]
    [InlineData("3201010113900001", NikProblem.BirthDate)]
    public void Check_Cases(string nik, NikProblem expected) => Assert.Equal(expected, NikFormat.Check(nik));

    [Theory]
    [InlineData(" 3201 0101 0190 0001 ", "3201010101900001")]
    [InlineData("3201.0101.0190.0001", "3201010101900001")]
    [InlineData("3201-010101-900001", "3201010101900001")]
    [InlineData(null, "")]
    public void Normalize_SeparatorsRemoved(string? input, string expected) => Assert.Equal(expected, NikFormat.Normalize(input));

    [Fact]
    public void Mask_FirstAndLastFourShown() => Assert.Equal("3201********0001", NikFormat.Mask("3201010101900001"));

    [Theory]
    [InlineData("0812 3456 7890", ContactKind.Phone, "+6281234567890")]
    [InlineData("+62 812-3456-789", ContactKind.Phone, "+628123456789")]
    [InlineData("6281234567890", ContactKind.Phone, "+6281234567890")]
    [InlineData("warga@contoh.go.id", ContactKind.Email, "warga@contoh.go.id")]
    public void Contact_Parse_Normalized(string input, ContactKind kind, string value)
    {
        Assert.True(Contact.TryParse(input, out var contact));
        Assert.Equal(new Contact(kind, value), contact);
    }

    [Theory]
    [InlineData("021 555 1234")]
    [InlineData("0812")]
    [InlineData("warga@contoh")]
    [InlineData("Warga <warga@contoh.go.id>")]
    [InlineData("bukan kontak")]
    public void Contact_Parse_Refused(string input) => Assert.False(Contact.TryParse(input, out _));
}
