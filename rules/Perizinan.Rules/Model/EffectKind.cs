namespace Perizinan.Rules.Model;

/// <summary>What an effect does while its rule holds.</summary>
internal enum EffectKind
{
    /// <summary>The target is asked.</summary>
    Show,
    /// <summary>The target must be answered.</summary>
    Require,
    /// <summary>The target (computed) has a value.</summary>
    Set,
    /// <summary>A fee line is due.</summary>
    Fee,
    /// <summary>A check or warning fails on its subject.</summary>
    Fail,
}
