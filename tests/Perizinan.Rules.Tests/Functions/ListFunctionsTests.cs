using Perizinan.Rules.Model;
using static Perizinan.Rules.Tests.Functions.FunctionTestHelper;

namespace Perizinan.Rules.Tests.Functions;

public sealed class ListFunctionsTests
{
    [Fact]
    public void Has_MemberAndNonMember_Bool()
    {
        Assert.Equal(Value.True, Call("has", L("ktp", "npwp"), T("npwp")));
        Assert.Equal(Value.False, Call("has", L("ktp", "npwp"), T("NPWP")));
    }

    [Fact]
    public void Has_EmptyListFalse_EmptyTextEmpty()
    {
        Assert.Equal(Value.False, Call("has", Value.Empty, T("ktp")));
        Assert.Equal(Value.Empty, Call("has", L("ktp"), Value.Empty));
    }

    [Fact]
    public void ListCount_ListOrEmpty_Count()
    {
        Assert.Equal(N(2), Call("list_count", L("a", "b")));
        Assert.Equal(N(0), Call("list_count", Value.Empty));
    }
}
