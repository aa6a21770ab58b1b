using Perizinan.Forms.Versions;

namespace Perizinan.Forms.Tests.Versions;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("1.0.0", "1.0.0", true)]
    [InlineData("1.0.0", "1.0.1", false)]
    [InlineData("=1.0.0", "1.0.0+build.7", true)]
    [InlineData("1.x", "1.9.3", true)]
    [InlineData("1.x", "2.0.0", false)]
    [InlineData("1.0.x", "1.0.12", true)]
    [InlineData("1.0.x", "1.0.0-rc.1", true)]
    [InlineData("1.0.x", "1.1.0", false)]
    [InlineData(">=1.0.0 <1.2.0", "1.1.9", true)]
    [InlineData(">=1.0.0 <1.2.0", "1.2.0", false)]
    [InlineData(">=1.0.0 <1.2.0", "1.2.0-rc.1", true)]
    [InlineData(">=1.0.0 <1.2.0", "1.0.0-rc.1", false)]
    [InlineData(">1.0.0 <=1.1.0", "1.1.0", true)]
    [InlineData(">1.0.0 <=1.1.0", "1.0.0", false)]
    [InlineData("1.0.0", "not a version", false)]
    public void Contains_Examples(string range, string version, bool expected)
    {
        var parsed = VersionRange.TryParse(range);

        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed.Contains(version));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1")]
    [InlineData("x")]
    [InlineData("1.0.0.0")]
    [InlineData(">= 1.0.0")]
    [InlineData("^1.0.0")]
    [InlineData("1.0.0 || 2.0.0")]
    public void TryParse_Malformed_Null(string range) => Assert.Null(VersionRange.TryParse(range));

    [Theory]
    [InlineData("1.0.0-alpha", "1.0.0-alpha.1")]
    [InlineData("1.0.0-alpha.1", "1.0.0-alpha.beta")]
    [InlineData("1.0.0-beta.2", "1.0.0-beta.11")]
    [InlineData("1.0.0-rc.1", "1.0.0")]
    [InlineData("1.9.0", "1.10.0")]
    [InlineData("9.0.0", "10.0.0")]
    [InlineData("1.0.0", "99999999999999999999999.0.0")]
    public void SemanticVersion_Precedence_Ascending(string lower, string higher)
    {
        Assert.True(SemanticVersion.TryParse(lower, out var a));
        Assert.True(SemanticVersion.TryParse(higher, out var b));

        Assert.True(b.IsNewerThan(a));
        Assert.False(a.IsNewerThan(b));
        Assert.Equal(0, a.CompareTo(a));
    }
}
