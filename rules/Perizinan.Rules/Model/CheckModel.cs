using Perizinan.Rules.Diagnostics;

namespace Perizinan.Rules.Model;

/// <summary>A check or warning of the rules file: its subject field and its message.</summary>
internal sealed record CheckModel(int Index, bool IsWarning, string Subject, string MessageId, string MessageEn, SourceLocation Location)
{
    /// <summary>The stable code of a failure of this check, as it appears in evaluation results.</summary>
    public string Code => (IsWarning ? "warn" : "check") + "." + Index;
}
