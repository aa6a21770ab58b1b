using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Api;

/// <summary>The downloadable C# types compile and carry a submission's answers without loss.</summary>
public sealed class CSharpTypesTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Theory]
    [InlineData("izin-keramaian", "01-hajatan-kecil-lengkap.json", "IzinKeramaianAnswers")]
    [InlineData("izin-reklame", "05-badan-usaha-tiga-papan-lengkap.json", "IzinReklameAnswers")]
    public async Task Types_SampleAnswers_CompileAndRoundTrip(string formId, string scenario, string rootType)
    {
        var response = await host.CreateClient().GetAsync($"/api/v1/forms/{formId}/versions/1.0.0/types.cs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{formId}-1.0.0.cs", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var code = await response.Content.ReadAsStringAsync();

        var assembly = Compile(code);
        var type = assembly.GetTypes().Single(t => t.Name == rootType);
        var answers = Samples.ScenarioAnswers(formId, scenario);
        var options = new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        var typed = answers.Deserialize(type, options);
        var back = JsonSerializer.SerializeToElement(typed, type, options);

        Assert.True(JsonElement.DeepEquals(answers, back), $"before: {answers}\nafter:  {back}");
    }

    [Fact]
    public async Task Types_UnknownVersion_ProblemNotFound()
    {
        var response = await host.CreateClient().GetAsync("/api/v1/forms/izin-reklame/versions/0.0.1/types.cs");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Assembly Compile(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "GeneratedTypes" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }
}
