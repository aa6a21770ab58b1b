using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Perizinan.Host.Forms;

namespace Perizinan.Host.Tests.Forms;

/// <summary>Which version is "current" follows semantic-version order, not text order.</summary>
public sealed class FormVersionOrderTests
{
    [Theory]
    [InlineData("1.10.0", "1.9.2")]
    [InlineData("2.0.0", "1.99.99")]
    [InlineData("2.0.0", "2.0.0-rc.1")]
    [InlineData("1.0.1", "1.0.0+build.7")]
    public void Compare_NewerFirstArgument_Positive(string newer, string older)
    {
        Assert.True(FormVersionOrder.Instance.Compare(newer, older) > 0);
        Assert.True(FormVersionOrder.Instance.Compare(older, newer) < 0);
    }

    [Property]
    public Property Compare_ReleaseVersions_SameAsNumericTuples() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 30).Three()),
            Arb.From(Gen.Choose(0, 30).Three()),
            (a, b) =>
            {
                var expected = Math.Sign((a.Item1, a.Item2, a.Item3).CompareTo((b.Item1, b.Item2, b.Item3)));
                var actual = Math.Sign(FormVersionOrder.Instance.Compare($"{a.Item1}.{a.Item2}.{a.Item3}", $"{b.Item1}.{b.Item2}.{b.Item3}"));
                return expected == actual;
            });
}
