namespace Perizinan.Host.Filling;

/// <summary>Limits on what one post of a form page may carry.</summary>
internal static class FillingLimits
{
    /// <summary>The largest post of a form page, uploads included (the largest slot of the samples is 10 MB).</summary>
    public const long MaxPostBytes = 25L * 1024 * 1024;

    /// <summary>The most rows a repeating group gets through the Add button (the schema's <c>maxItems</c> may say fewer).</summary>
    public const int MaxRows = 100;
}
