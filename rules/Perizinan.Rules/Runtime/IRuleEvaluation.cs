namespace Perizinan.Rules.Runtime;

/// <summary>
/// Something that evaluates a form's rules against answers: the NRules session (<see cref="RuleSession"/>) or the
/// direct evaluator used as a baseline and an oracle. Both expose the result through <see cref="State"/>.
/// </summary>
internal interface IRuleEvaluation
{
    /// <summary>The state: answers in, effects and effective values out.</summary>
    FormRuntimeState State { get; }

    /// <summary>Brings every effect and value up to date after answers changed.</summary>
    void Run();
}
