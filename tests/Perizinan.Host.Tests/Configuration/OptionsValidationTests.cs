using Perizinan.Host.Configuration;
using Perizinan.Queue.Destinations;

namespace Perizinan.Host.Tests.Configuration;

/// <summary>A wrong setting stops the host at start with a message naming the setting.</summary>
public sealed class OptionsValidationTests
{
    [Fact]
    public void Validate_Defaults_Fail_BecauseNoDestination()
    {
        var result = new PerizinanOptionsValidator().Validate(null, new PerizinanOptions());

        Assert.True(result.Failed);
        Assert.Contains("Perizinan:Destinations", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownTimeZoneAndDuplicateNames_EachNamed()
    {
        var options = new PerizinanOptions { TimeZone = "Asia/Bekasi", Workers = -1 };
        options.Destinations.FileExports.Add(new FileExportOptions { Name = "arsip" });
        options.Destinations.FileExports.Add(new FileExportOptions { Name = "arsip" });

        var result = new PerizinanOptionsValidator().Validate(null, options);

        Assert.Contains("Perizinan:TimeZone 'Asia/Bekasi'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Perizinan:Workers", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("'arsip' is used twice", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WitaZoneAndOneExport_Succeeds()
    {
        var options = new PerizinanOptions { TimeZone = "Asia/Makassar" };
        options.Destinations.FileExports.Add(new FileExportOptions { Name = "back-office" });

        Assert.True(new PerizinanOptionsValidator().Validate(null, options).Succeeded);
    }
}
