using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using Perizinan.Forms.Package;

namespace Perizinan.Forms.Tests.Package;

/// <summary>
/// Formats decide whether a citizen's answer is accepted, so their verdict may depend on nothing but the value: not on
/// other threads evaluating at the same time, not on how busy the machine is.
/// </summary>
public sealed class SchemaFormatTests
{
    private static readonly JsonSchema Email = JsonSchema.FromText("""{ "type": "string", "format": "email" }""");

    private static readonly JsonSchema Date = JsonSchema.FromText("""{ "type": "string", "format": "date" }""");

    [Theory]
    [InlineData("rina.simanjuntak@example.com", true)]
    [InlineData("budi+izin@dpmptsp.bekasikota.go.id", true)]
    [InlineData("a_b-c@x-y.co", true)]
    [InlineData("rina.simanjuntak@", false)]
    [InlineData("@example.com", false)]
    [InlineData("rina..s@example.com", false)]
    [InlineData(".rina@example.com", false)]
    [InlineData("rina@example", false)]
    [InlineData("rina@-example.com", false)]
    [InlineData("rina@example.c0m", false)]
    [InlineData("rina simanjuntak@example.com", false)]
    [InlineData("rina@exa_mple.com", false)]
    public void Email_Address_ValidOnlyWhenWellFormed(string address, bool valid)
    {
        var problem = SchemaEvaluation.FirstProblem(Email, JsonSerializer.SerializeToElement(address));

        Assert.Equal(valid, problem is null);
    }

    [Fact]
    public void Email_LocalPartOver64_Invalid()
    {
        Assert.True(EmailFormat.IsValid(new string('a', 64) + "@example.com"));
        Assert.False(EmailFormat.IsValid(new string('a', 65) + "@example.com"));
    }

    [Fact]
    public void Date_ManyThreadsAtOnce_VerdictNeverChanges()
    {
        var valid = JsonSerializer.SerializeToElement("2026-02-28");
        var invalid = JsonSerializer.SerializeToElement("2026-02-30");
        var wrong = new ConcurrentBag<string>();

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (SchemaEvaluation.FirstProblem(Date, valid) is { } problem)
            {
                wrong.Add($"valid date refused: {problem}");
            }

            if (SchemaEvaluation.FirstProblem(Date, invalid) is null)
            {
                wrong.Add("invalid date accepted");
            }
        });

        Assert.Empty(wrong.Distinct());
    }

    [Fact]
    public void Email_ManyThreadsAtOnce_ValidAddressAlwaysValidInvalidNever()
    {
        var valid = JsonSerializer.SerializeToElement("rina.simanjuntak@example.com");
        var invalid = JsonSerializer.SerializeToElement("rina.simanjuntak@");
        var wrong = new ConcurrentBag<string>();

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (SchemaEvaluation.FirstProblem(Email, valid) is { } problem)
            {
                wrong.Add($"valid address refused: {problem}");
            }

            if (SchemaEvaluation.FirstProblem(Email, invalid) is null)
            {
                wrong.Add("invalid address accepted");
            }
        });

        Assert.Empty(wrong.Distinct());
    }
}
