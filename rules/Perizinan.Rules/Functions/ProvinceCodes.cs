using System.Collections.Frozen;

namespace Perizinan.Rules.Functions;

/// <summary>
/// The Kemendagri codes of Indonesia's 38 provinces (the first two digits of a NIK, KK or wilayah code), after the
/// 2022 Papua split. Caveat: in 2022 Papua's code moved from 94 to 91 and Papua Barat's from 91 to 92; 94 now
/// names Papua Tengah. A NIK keeps the code of its first registration, so an older NIK starting with 91 or 94 was
/// issued in (old) Papua Barat or Papua: the codes still validate, but the name shown is today's province.
/// </summary>
internal static class ProvinceCodes
{
    /// <summary>Province names by two-digit code.</summary>
    public static FrozenDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["11"] = "Aceh",
        ["12"] = "Sumatera Utara",
        ["13"] = "Sumatera Barat",
        ["14"] = "Riau",
        ["15"] = "Jambi",
        ["16"] = "Sumatera Selatan",
        ["17"] = "Bengkulu",
        ["18"] = "Lampung",
        ["19"] = "Kepulauan Bangka Belitung",
        ["21"] = "Kepulauan Riau",
        ["31"] = "DKI Jakarta",
        ["32"] = "Jawa Barat",
        ["33"] = "Jawa Tengah",
        ["34"] = "DI Yogyakarta",
        ["35"] = "Jawa Timur",
        ["36"] = "Banten",
        ["51"] = "Bali",
        ["52"] = "Nusa Tenggara Barat",
        ["53"] = "Nusa Tenggara Timur",
        ["61"] = "Kalimantan Barat",
        ["62"] = "Kalimantan Tengah",
        ["63"] = "Kalimantan Selatan",
        ["64"] = "Kalimantan Timur",
        ["65"] = "Kalimantan Utara",
        ["71"] = "Sulawesi Utara",
        ["72"] = "Sulawesi Tengah",
        ["73"] = "Sulawesi Selatan",
        ["74"] = "Sulawesi Tenggara",
        ["75"] = "Gorontalo",
        ["76"] = "Sulawesi Barat",
        ["81"] = "Maluku",
        ["82"] = "Maluku Utara",
        ["91"] = "Papua",
        ["92"] = "Papua Barat",
        ["93"] = "Papua Selatan",
        ["94"] = "Papua Tengah",
        ["95"] = "Papua Pegunungan",
        ["96"] = "Papua Barat Daya",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> is the two-digit code of a current province.</summary>
    public static bool Exists(string code) => Names.ContainsKey(code);

    /// <summary>The province name for a two-digit code.</summary>
    public static bool TryGetName(string code, out string name)
    {
        if (Names.TryGetValue(code, out var found))
        {
            name = found;
            return true;
        }

        name = "";
        return false;
    }
}
