using Perizinan.Queue.Delivery;
using Perizinan.Queue.Tests.Support;
using Perizinan.Storage.Submissions;

namespace Perizinan.Queue.Tests.Destinations;

/// <summary>Delivery requests for destination tests that need no database.</summary>
internal static class Submissions
{
    public static DeliveryRequest Request(string answers = """{"pemohon": {"nama": "Budi"}}""", string registrationNumber = "REK-2026-000123") => new(
        Guid.Parse("0b5f4f0e-8c1e-4a55-9d1b-3f3f7c1d2a10"),
        "kota-bekasi",
        new Submission(
            Guid.Parse("7d0c9c39-5ad4-4f71-9b59-4a8f0f4c0c01"), Guid.NewGuid(), registrationNumber, "izin-reklame", "1.0.0", "sha256-abc", null,
            Seed.Json(answers), Seed.Json("""{"reklame.luas": 12.5}"""), Seed.Json("""{"total": 150000, "lines": [{"label": "Pajak reklame", "amount": 150000}]}"""),
            ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"], new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero)),
        1);
}
