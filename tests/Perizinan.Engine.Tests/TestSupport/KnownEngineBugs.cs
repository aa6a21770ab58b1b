namespace Perizinan.Engine.Tests.TestSupport;

/// <summary>
/// Engine bugs found by these tests and not fixed yet. While a switch is <c>true</c> the random answers of the property
/// tests stay away from what triggers the bug (so that the properties keep testing everything else); its minimal example
/// is a skipped test in <c>KnownEngineBugTests</c>. Set it to <c>false</c> when the engine is fixed.
/// </summary>
internal static class KnownEngineBugs
{
    /// <summary>
    /// <c>Messages.Show</c> formats a keyword's number with <c>CultureInfo.GetCultureInfo("id-ID")</c>, which throws
    /// <c>CultureNotFoundException</c> under <c>InvariantGlobalization</c>: every <c>minimum</c>, <c>maximum</c>,
    /// <c>maxLength</c>, <c>minItems</c>, <c>maxItems</c>… error makes <c>Evaluate</c> throw.
    /// </summary>
    public static readonly bool BoundErrorsThrow = true;

    /// <summary>
    /// An empty text answer (<c>""</c>) counts as unanswered and is not validated, yet <c>Clean</c> keeps it: the cleaned
    /// answers of a state without errors then fail the schema (<c>enum</c>, <c>pattern</c>, <c>format</c>, <c>minLength</c>).
    /// </summary>
    public static readonly bool CleanKeepsBlankAnswers = true;
}
