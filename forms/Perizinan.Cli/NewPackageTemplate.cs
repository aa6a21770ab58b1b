namespace Perizinan.Cli;

/// <summary>The files of a new package: one applicant page, one branching question, one fee, two scenarios.</summary>
internal static class NewPackageTemplate
{
    public static IEnumerable<(string Name, string Text)> Files(string id)
    {
        yield return ("form.json", $$"""
            {
              "id": "{{id}}",
              "version": "1.0.0",
              "title": { "id": "Izin Baru", "en": "New Permit" },
              "description": { "id": "Ganti dengan uraian izin.", "en": "Replace with a description of the permit." },
              "agency": { "id": "DPMPTSP", "en": "One-Stop Service Office" },
              "category": { "id": "Umum", "en": "General" },
              "region": "Kota Contoh",
              "registrationPrefix": "NEW",
              "legalBasis": ["Perda Kota Contoh No. 1 Tahun 2026"],
              "requirements": [{ "id": "KTP pemohon", "en": "Applicant's identity card" }],
              "pages": [
                {
                  "id": "pemohon",
                  "title": { "id": "Data Pemohon", "en": "Applicant" },
                  "sections": [
                    {
                      "id": "identitas",
                      "title": { "id": "Identitas", "en": "Identity" },
                      "fields": [
                        {
                          "path": "pemohon.nik",
                          "widget": "nik",
                          "label": { "id": "NIK pemohon", "en": "Applicant's NIK" },
                          "help": { "id": "16 digit, lihat KTP", "en": "16 digits, see the identity card" },
                          "example": "3515144508680002"
                        },
                        {
                          "path": "pemohon.nama",
                          "widget": "text",
                          "label": { "id": "Nama lengkap", "en": "Full name" },
                          "example": "Siti Aminah"
                        },
                        {
                          "path": "pemohon.badan_usaha",
                          "widget": "checkbox",
                          "label": { "id": "Mengajukan atas nama badan usaha?", "en": "Applying for a business entity?" }
                        },
                        {
                          "path": "pemohon.nib",
                          "widget": "text",
                          "label": { "id": "NIB", "en": "Business identification number (NIB)" },
                          "example": "1310210003713",
                          "hidden": true
                        }
                      ]
                    }
                  ]
                }
              ],
              "fees": [
                {
                  "id": "retribusi",
                  "kind": "retribusi",
                  "label": { "id": "Retribusi izin", "en": "Permit levy" },
                  "legalBasis": "Perda Kota Contoh No. 1 Tahun 2026 Pasal 10"
                }
              ]
            }
            """);
        yield return ("schema.json", """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "properties": {
                "pemohon": {
                  "type": "object",
                  "title": "Pemohon",
                  "properties": {
                    "nik": { "type": "string", "title": "NIK", "pattern": "^[0-9]{16}$", "x-pii": true },
                    "nama": { "type": "string", "title": "Nama", "minLength": 3, "maxLength": 100, "x-pii": true },
                    "badan_usaha": { "type": "boolean", "title": "Badan usaha" },
                    "nib": { "type": "string", "title": "NIB", "pattern": "^[0-9]{13}$" }
                  },
                  "required": ["nik", "nama"]
                }
              }
            }
            """);
        yield return ("rules.pzr", """
            # Aturan formulir — lihat docs/rules.md
            rule "Badan usaha wajib NIB"
            when pemohon.badan_usaha
            then
              show pemohon.nib
              require pemohon.nib
            end

            rule "Retribusi"
            when pemohon.badan_usaha
            then fee retribusi = 100000
            end

            check pemohon.nik: nik_valid(pemohon.nik)
              else id "NIK harus 16 digit dengan kode wilayah dan tanggal lahir yang benar"
                   en "NIK must be 16 digits with a valid region code and birth date"
            """);
        yield return ("scenarios/01-perorangan.json", """
            {
              "name": "Perorangan: tanpa NIB dan tanpa biaya",
              "today": "2026-11-25",
              "answers": { "pemohon": { "nik": "3515144508680002", "nama": "Siti Aminah", "badan_usaha": false } },
              "expect": { "hidden": ["pemohon.nib"], "errors": [], "fees": {}, "total": 0, "complete": true }
            }
            """);
        yield return ("scenarios/02-badan-usaha.json", """
            {
              "name": "Badan usaha: NIB wajib, retribusi Rp100.000",
              "today": "2026-11-25",
              "answers": { "pemohon": { "nik": "3515144508680002", "nama": "PT Contoh", "badan_usaha": true } },
              "expect": { "visible": ["pemohon.nib"], "required": ["pemohon.nib"], "errors": ["pemohon.nib"], "total": 100000, "complete": false }
            }
            """);
    }
}
