namespace Perizinan.Browser.Tests.Support;

/// <summary>
/// Every browser test class joins this collection, so that one host and one Chromium serve the whole run:
/// <c>[Collection(BrowserCollection.Name)]</c>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
