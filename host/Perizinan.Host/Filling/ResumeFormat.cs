namespace Perizinan.Host.Filling;

/// <summary>How a resume code is shown: two groups of four (<c>ABCD-EFGH</c>), easier to copy by hand.</summary>
internal static class ResumeFormat
{
    /// <summary>The code grouped for reading.</summary>
    public static string Show(string code) => code.Length == 8 ? $"{code[..4]}-{code[4..]}" : code;
}
