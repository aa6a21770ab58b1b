using Microsoft.Extensions.Hosting.Internal;
using Perizinan.Host.Accounts;
using Perizinan.Host.Configuration;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>Wrong sign-in, notification or staff settings stop the host at start, each named.</summary>
public sealed class AccountOptionsValidatorTests
{
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Testing", true)]
    [InlineData("Staging", false)]
    [InlineData("Production", false)]
    public void Validate_DevChannel_OnlyInDevelopmentAndTesting(string environment, bool allowed)
    {
        var result = Validator(environment).Validate(null, new PerizinanOptions());

        Assert.Equal(allowed, result.Succeeded);
    }

    [Fact]
    public void Validate_SmtpWithoutHostOrFrom_BothNamed()
    {
        var options = new PerizinanOptions();
        options.Notifications.Channel = NotificationChannelKind.Smtp;

        var result = Validator("Production").Validate(null, options);

        Assert.Contains("Perizinan:Notifications:Smtp:Host", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Perizinan:Notifications:Smtp:From", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadStaffAccounts_EachNamed()
    {
        var options = new PerizinanOptions();
        options.Staff.Add(new StaffAccountOptions { UserName = "siti", DisplayName = "Siti", Role = "petugas", PasswordHash = PasswordHash.Hash("x", 1000) });
        options.Staff.Add(new StaffAccountOptions { UserName = "SITI", DisplayName = "Siti 2", Role = "kepala", PasswordHash = "rahasia" });
        options.SignIn.WrongCodesPerCode = 0;

        var result = Validator("Testing").Validate(null, options);

        Assert.Contains("Perizinan:Staff:0:PasswordHash has 1000 iterations", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Perizinan:Staff:1:Role 'kepala'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Perizinan:Staff:1:PasswordHash is not a hash", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("the user name 'siti' is used twice", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Perizinan:SignIn:WrongCodesPerCode", result.FailureMessage, StringComparison.Ordinal);
    }

    private static AccountOptionsValidator Validator(string environment) => new(new HostingEnvironment { EnvironmentName = environment });
}
