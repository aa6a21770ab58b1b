using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Perizinan.Host.Accounts;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>Staff password hashes: the format, the round trip, and that nothing but the password matches.</summary>
public sealed class PasswordHashTests
{
    [Fact]
    public void Hash_Default_SelfDescribingWithEnoughIterationsAndFreshSalt()
    {
        var first = PasswordHash.Hash("Loket-Satu-2026!");
        var second = PasswordHash.Hash("Loket-Satu-2026!");

        var parts = first.Split('$');
        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("210000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.NotEqual(first, second);
        Assert.True(PasswordHash.Verify("Loket-Satu-2026!", first));
        Assert.True(PasswordHash.Verify("Loket-Satu-2026!", second));
        Assert.Equal(210_000, PasswordHash.IterationsOf(first));
    }

    [Fact]
    public void Verify_WrongPassword_False()
    {
        var hash = PasswordHash.Hash("rahasia", 1000);

        Assert.False(PasswordHash.Verify("Rahasia", hash));
        Assert.False(PasswordHash.Verify("rahasia ", hash));
        Assert.False(PasswordHash.Verify(string.Empty, hash));
    }

    [Theory]
    [InlineData("hash")]
    [InlineData("salt")]
    [InlineData("iterations")]
    [InlineData("algorithm")]
    [InlineData("truncated")]
    [InlineData("extra")]
    [InlineData("empty")]
    [InlineData("huge")]
    [InlineData("badBase64")]
    public void Verify_TamperedHash_False(string tamper)
    {
        var hash = PasswordHash.Hash("rahasia", 1000);
        var parts = hash.Split('$');
        var tampered = tamper switch
        {
            "hash" => string.Join('$', parts[0], parts[1], parts[2], Flip(parts[3])),
            "salt" => string.Join('$', parts[0], parts[1], Flip(parts[2]), parts[3]),
            "iterations" => string.Join('$', parts[0], "1001", parts[2], parts[3]),
            "algorithm" => string.Join('$', "pbkdf2-sha1", parts[1], parts[2], parts[3]),
            "truncated" => string.Join('$', parts[0], parts[1], parts[2]),
            "extra" => hash + "$x",
            "empty" => string.Empty,
            "huge" => string.Join('$', parts[0], "999999999999", parts[2], parts[3]),
            _ => string.Join('$', parts[0], parts[1], parts[2], "!!" + parts[3]),
        };

        Assert.False(PasswordHash.Verify("rahasia", tampered));
    }

    [Property(MaxTest = 30)]
    public Property Hash_AnyPassword_RoundTripsAndRejectsOthers() =>
        Prop.ForAll(Arb.From(Gen.Zip(ArbMap.Default.GeneratorFor<NonNull<string>>(), ArbMap.Default.GeneratorFor<NonNull<string>>())), pair =>
        {
            var (password, other) = (pair.Item1.Get, pair.Item2.Get);
            var hash = PasswordHash.Hash(password, 1000);

            Assert.True(PasswordHash.Verify(password, hash));
            Assert.Equal(password == other, PasswordHash.Verify(other, hash));
        });

    private static string Flip(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        bytes[0] ^= 1;
        return Convert.ToBase64String(bytes);
    }
}
