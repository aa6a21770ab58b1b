using Perizinan.Host.Web;

namespace Perizinan.Host.Accounts;

/// <summary>The page message for each <see cref="NikProblem"/>.</summary>
internal static class NikMessages
{
    public static string Of(NikProblem problem, string lang) => UiText.Get(
        problem switch
        {
            NikProblem.Empty => "nik.empty",
            NikProblem.NotSixteenDigits => "nik.digits",
            NikProblem.Region => "nik.region",
            _ => "nik.birthDate",
        },
        lang);

    /// <summary>Whole minutes (at least one) from now until <paramref name="until"/>, for "try again in N minutes".</summary>
    public static int MinutesUntil(DateTimeOffset? until, TimeProvider time) =>
        until is { } end ? Math.Max(1, (int)Math.Ceiling((end - time.GetUtcNow()).TotalMinutes)) : 1;
}
