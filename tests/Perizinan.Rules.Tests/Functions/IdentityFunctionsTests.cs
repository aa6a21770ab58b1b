using Perizinan.Rules.Model;
using static Perizinan.Rules.Tests.Functions.FunctionTestHelper;

namespace Perizinan.Rules.Tests.Functions;

public sealed class IdentityFunctionsTests
{
    // From the identifier facts: 35 Jawa Timur · 15 Sidoarjo · 14 kecamatan · 45 = female, 5th · 08 · 68 · 0002.
    private const string FemaleNik = "3515144508680002";
    private const string MaleNik = "3515140508680002";

    [Theory]
    [InlineData(FemaleNik)]
    [InlineData(MaleNik)]
    [InlineData("35.1514.450868.0002")]
    [InlineData("3515 1445 0868 0002")]
    [InlineData("3515-14-450868-0002")]
    [InlineData("3515142902680002")] // 29 Feb 1968, a leap year
    [InlineData("3515146902000002")] // woman born 29 Feb 2000
    [InlineData("9601010101900001")] // Papua Barat Daya, created 2022
    [InlineData("1101017112990001")] // woman born 31 Dec 1999
    public void NikValid_WellFormed_True(string nik)
    {
        Assert.Equal(Value.True, Call("nik_valid", T(nik)));
    }

    [Theory]
    [InlineData("9915144508680002")] // 99: no such province
    [InlineData("9715144508680002")] // 97: no such province
    [InlineData("2015144508680002")] // 20: no such province
    [InlineData("3500144508680002")] // kab/kota 00
    [InlineData("3515004508680002")] // kecamatan 00
    [InlineData("3515144513680002")] // month 13
    [InlineData("3515144500680002")] // month 00
    [InlineData("3515143208680002")] // day 32
    [InlineData("3515147208680002")] // day 72 (woman, 32)
    [InlineData("3515140008680002")] // day 00
    [InlineData("3515144008680002")] // day 40 (woman, 0)
    [InlineData("3515142902670002")] // 29 Feb 1967, not a leap year
    [InlineData("3515143104680002")] // 31 April
    [InlineData("351514450868000")] // 15 digits
    [InlineData("35151445086800021")] // 17 digits
    [InlineData("35151445086800A2")] // a letter
    [InlineData("3515144508680000")] // serial 0000
    [InlineData("")]
    public void NikValid_Malformed_False(string nik)
    {
        Assert.Equal(Value.False, Call("nik_valid", T(nik)));
    }

    [Fact]
    public void NikValid_Empty_Empty()
    {
        Assert.Equal(Value.Empty, Call("nik_valid", Value.Empty));
    }

    [Fact]
    public void NikDecoding_FactsDocNik_FemaleBorn5August1968InJawaTimur()
    {
        Assert.Equal(D(1968, 8, 5), Call("nik_birth_date", T(FemaleNik)));
        Assert.Equal(T("P"), Call("nik_sex", T(FemaleNik)));
        Assert.Equal(T("L"), Call("nik_sex", T(MaleNik)));
        Assert.Equal(T("Jawa Timur"), Call("nik_province", T(FemaleNik)));
    }

    [Fact]
    public void NikDecoding_InvalidNik_Empty()
    {
        Assert.Equal(Value.Empty, Call("nik_birth_date", T("3515144513680002")));
        Assert.Equal(Value.Empty, Call("nik_sex", T("123")));
        Assert.Equal(Value.Empty, Call("nik_province", T("9915144508680002")));
    }

    [Theory]
    [InlineData("3515140101260001", 2026, 1, 1)] // before today (2026-06-15): this century
    [InlineData("3515141506260001", 2026, 6, 15)] // born today
    [InlineData("3515141606260001", 1926, 6, 16)] // tomorrow would be in the future: previous century
    [InlineData("3515140101000001", 2000, 1, 1)]
    public void NikBirthDate_TwoDigitYear_LatestCenturyNotAfterToday(string nik, int year, int month, int day)
    {
        Assert.Equal(D(year, month, day), Call("nik_birth_date", T(nik)));
    }

    [Fact]
    public void NikValid_29FebruaryOfYear00_DependsOnResolvedCentury()
    {
        // "00" resolves to 2000 (a leap year) today, but to 1900 (not a leap year) when today is in 1999.
        Assert.Equal(Value.True, Call("nik_valid", T("3515142902000002")));
        Assert.Equal(Value.False, Call("nik_valid", new DateOnly(1999, 12, 31), T("3515142902000002")));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("p")]
    [InlineData("perempuan")]
    [InlineData("Female")]
    [InlineData(" PEREMPUAN ")]
    public void NikMatches_SameBirthDateAndSex_True(string sex)
    {
        Assert.Equal(Value.True, Call("nik_matches", T(FemaleNik), D(1968, 8, 5), T(sex)));
    }

    [Fact]
    public void NikMatches_Disagreement_False()
    {
        Assert.Equal(Value.False, Call("nik_matches", T(FemaleNik), D(1968, 8, 5), T("L")));
        Assert.Equal(Value.False, Call("nik_matches", T(FemaleNik), D(1968, 8, 5), T("laki-laki")));
        Assert.Equal(Value.False, Call("nik_matches", T(FemaleNik), D(1968, 8, 6), T("P")));
        Assert.Equal(Value.False, Call("nik_matches", T(FemaleNik), D(1969, 8, 5), T("P")));
        Assert.Equal(Value.True, Call("nik_matches", T(MaleNik), D(1968, 8, 5), T("male")));
    }

    [Fact]
    public void NikMatches_EmptyOrUnknown_Empty()
    {
        Assert.Equal(Value.Empty, Call("nik_matches", Value.Empty, D(1968, 8, 5), T("P")));
        Assert.Equal(Value.Empty, Call("nik_matches", T(FemaleNik), Value.Empty, T("P")));
        Assert.Equal(Value.Empty, Call("nik_matches", T(FemaleNik), D(1968, 8, 5), Value.Empty));
        Assert.Equal(Value.Empty, Call("nik_matches", T(FemaleNik), D(1968, 8, 5), T("x")));
        Assert.Equal(Value.Empty, Call("nik_matches", T("3515144513680002"), D(1968, 8, 5), T("P")));
    }

    [Theory]
    [InlineData("3515140101090001", true)]
    [InlineData("35.1514.010109.0001", true)]
    [InlineData("9915140101090001", false)]
    [InlineData("351514010109000", false)]
    public void KkValid_Number_Expected(string kk, bool expected)
    {
        Assert.Equal(Value.Bool(expected), Call("kk_valid", T(kk)));
    }

    [Theory]
    [InlineData("09.254.294.3-407.000", true)] // 15 digits, old format
    [InlineData("092542943407000", true)]
    [InlineData("0092.5429.4340.7000", true)] // 16 digits, new format
    [InlineData(FemaleNik, true)] // the NIK is the NPWP of a resident
    [InlineData("09.254.294.3-407.00", false)] // 14 digits
    [InlineData("09.254.294.3-407.000.12", false)] // 17 digits
    [InlineData("09.254.294.X-407.000", false)]
    public void NpwpValid_WithPunctuation_Expected(string npwp, bool expected)
    {
        Assert.Equal(Value.Bool(expected), Call("npwp_valid", T(npwp)));
    }

    [Theory]
    [InlineData("1310210003713", true)]
    [InlineData(" 1310210003713 ", true)]
    [InlineData("131021000371", false)]
    [InlineData("13102100037130002", false)] // a permit number: NIB + suffix
    [InlineData("131021000371A", false)]
    public void NibValid_Number_Expected(string nib, bool expected)
    {
        Assert.Equal(Value.Bool(expected), Call("nib_valid", T(nib)));
    }

    [Theory]
    [InlineData("47112", true)]
    [InlineData("4711", false)]
    [InlineData("471120", false)]
    [InlineData("G4711", false)]
    public void KbliValid_Code_Expected(string kbli, bool expected)
    {
        Assert.Equal(Value.Bool(expected), Call("kbli_valid", T(kbli)));
    }

    [Theory]
    [InlineData("081234567890", true)]
    [InlineData("0812345678", true)] // 10 digits
    [InlineData("0812345678901", true)] // 13 digits
    [InlineData("+62 812-3456-7890", true)]
    [InlineData("6281234567890", true)]
    [InlineData("0812.3456.7890", true)]
    [InlineData("081234567", false)] // 9 digits
    [InlineData("08123456789012", false)] // 14 digits
    [InlineData("0212345678", false)] // a landline
    [InlineData("+6208123456789", false)]
    [InlineData("+1 555 123 4567", false)]
    [InlineData("0812-3456-789O", false)]
    public void PhoneValid_IndonesianMobile_Expected(string phone, bool expected)
    {
        Assert.Equal(Value.Bool(expected), Call("phone_valid", T(phone)));
    }

    [Theory]
    [InlineData("budi@example.co.id", true)]
    [InlineData(" budi.santoso+izin@dpmptsp.go.id ", true)]
    [InlineData("budi@localhost", false)]
    [InlineData("a@b@c.com", false)]
    [InlineData("@example.com", false)]
    [InlineData("bu di@example.com", false)]
    [InlineData("budi@.example.com", false)]
    [InlineData("budi@example.com.", false)]
    [InlineData("budi@example..com", false)]
    [InlineData("budi", false)]
    public void EmailValid_Address_Expected(string email, bool expected)
    {
        Assert.Equal(Value.Bool(expected), Call("email_valid", T(email)));
    }

    [Theory]
    [InlineData("61219", true)]
    [InlineData("01234", false)]
    [InlineData("6121", false)]
    [InlineData("612190", false)]
    [InlineData("6121A", false)]
    public void PostalCodeValid_Code_Expected(string code, bool expected)
    {
        Assert.Equal(Value.Bool(expected), Call("postal_code_valid", T(code)));
    }
}
