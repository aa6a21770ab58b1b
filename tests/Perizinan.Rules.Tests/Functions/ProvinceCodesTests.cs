using Perizinan.Rules.Functions;

namespace Perizinan.Rules.Tests.Functions;

public sealed class ProvinceCodesTests
{
    [Fact]
    public void Names_ThirtyEightProvinces()
    {
        Assert.Equal(38, ProvinceCodes.Names.Count);
        Assert.All(ProvinceCodes.Names.Keys, code => Assert.Matches("^[1-9][0-9]$", code));
    }

    [Theory]
    [InlineData("11", "Aceh")]
    [InlineData("35", "Jawa Timur")]
    [InlineData("91", "Papua")]
    [InlineData("92", "Papua Barat")]
    [InlineData("95", "Papua Pegunungan")]
    [InlineData("96", "Papua Barat Daya")]
    public void TryGetName_KnownCode_Name(string code, string expected)
    {
        Assert.True(ProvinceCodes.TryGetName(code, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("10")]
    [InlineData("20")]
    [InlineData("37")]
    [InlineData("97")]
    [InlineData("99")]
    public void Exists_UnknownCode_False(string code)
    {
        Assert.False(ProvinceCodes.Exists(code));
    }
}
