using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Perizinan.Forms.Package;
using static Perizinan.Forms.Tests.Package.TestPackage;

namespace Perizinan.Forms.Tests.Package;

public sealed class ContentHashTests
{
    [Fact]
    public void ContentHash_CrlfInsteadOfLf_SameHash()
    {
        var lf = Files();
        var crlf = Files().ToDictionary(f => f.Key, f => f.Value.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(Load(lf).Package!.ContentHash, Load(crlf).Package!.ContentHash);
    }

    [Fact]
    public void ContentHash_ByteOrderMark_SameHash()
    {
        var withBom = Files().ToDictionary(f => f.Key, f => "\uFEFF" + f.Value);

        Assert.Equal(Load(Files()).Package!.ContentHash, Load(withBom).Package!.ContentHash);
    }

    [Fact]
    public void ContentHash_DictionaryOrder_SameHash()
    {
        var forward = Files();
        forward["functions.js"] = "function f() { return 1; }";
        var backward = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in forward.Reverse())
        {
            backward[key] = value;
        }

        Assert.Equal(Load(forward).Package!.ContentHash, Load(backward).Package!.ContentHash);
    }

    [Theory]
    [InlineData("rules.pzr")]
    [InlineData("scenarios/satu-papan.json")]
    [InlineData("form.json")]
    public void ContentHash_OneFileChanged_DifferentHash(string file)
    {
        var changed = With(file, text => text.Replace("2026", "2027", StringComparison.Ordinal) + " ");

        Assert.NotEqual(Load(Files()).Package!.ContentHash, Load(changed).Package!.ContentHash);
    }

    [Fact]
    public void ContentHash_ContentMovedBetweenFiles_DifferentHash()
    {
        var files = Files();
        files["functions.js"] = "x";
        var moved = Files();
        moved["functions.js"] = string.Empty;
        moved["rules.pzr"] += "x";

        Assert.NotEqual(Load(files).Package!.ContentHash, Load(moved).Package!.ContentHash);
    }

    [Fact]
    public void ContentHash_MinimalPackage_FollowsDocumentedRecipe()
    {
        var files = Files();
        var recipe = new StringBuilder();
        foreach (var (path, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var content = text.Replace("\r\n", "\n", StringComparison.Ordinal);
            recipe.Append(path).Append('\n')
                .Append(Encoding.UTF8.GetByteCount(content).ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append(content);
        }

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipe.ToString())));

        Assert.Equal(expected, Load(files).Package!.ContentHash);
    }

    [Fact]
    public void ContentHash_DirectoryWithCrlfFiles_SameAsInMemory()
    {
        var crlf = Files().ToDictionary(f => f.Key, f => f.Value.Replace("\n", "\r\n", StringComparison.Ordinal));
        using var folder = new TempPackageFolder("izin-contoh", "1.0.0", crlf);
        folder.Write("notes.txt", "not part of the package"u8.ToArray());

        var package = FormPackageLoader.Load(folder.Path, new Rules.Diagnostics.DiagnosticBag());

        Assert.Equal(Load(Files()).Package!.ContentHash, package!.ContentHash);
    }
}
