namespace Perizinan.Browser.Tests.Support;

/// <summary>The citizen pages that exist for every published permit, as theory data.</summary>
public static class CitizenPages
{
    /// <summary>The catalog and every citizen sample's permit page.</summary>
    public static IEnumerable<string> Paths => ["/", .. BrowserHost.CitizenForms.Select(id => "/izin/" + id)];

    /// <summary>Each page once.</summary>
    public static TheoryData<string> All => [.. Paths];

    /// <summary>Each page in Indonesian and in English.</summary>
    public static TheoryData<string, string> AllInBothLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var path in Paths)
            {
                data.Add(path, "id");
                data.Add(path, "en");
            }

            return data;
        }
    }

    /// <summary>The path with <c>?lang=</c> for English; Indonesian is the default and needs no parameter.</summary>
    public static string InLanguage(string path, string lang) => lang == "en" ? path + "?lang=en" : path;

    /// <summary>A name for artifacts: <c>izin-pbg.en</c>, <c>catalog.id</c>.</summary>
    public static string Variant(string path, string? lang = null) =>
        (path == "/" ? "catalog" : path.Trim('/').Replace('/', '-')) + (lang is null ? "" : "." + lang);
}
