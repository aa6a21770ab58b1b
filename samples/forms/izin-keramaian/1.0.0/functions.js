// Fungsi paket "izin-keramaian" (Kota Cilegon). Fungsi murni.

// Pejabat penerbit menurut skala kegiatan (Perpol 7/2023, catatan 03 §2):
//   kecamatan → Kapolsek; kabupaten/kota → Kapolres; provinsi → Kapolda;
//   nasional dan internasional → Kabaintelkam Polri.
function penerbit_izin(tingkat) {
  var penerbit = {
    kecamatan: "Kapolsek (Unit Intelkam Polsek setempat)",
    kabupaten_kota: "Kapolres Cilegon (Sat Intelkam)",
    provinsi: "Kapolda Banten (Dit Intelkam)",
    nasional: "Kabaintelkam Polri",
    internasional: "Kabaintelkam Polri"
  };
  var p = penerbit[tingkat];
  return p === undefined ? "" : p;
}

// Instansi yang memberi rekomendasi bila substansi kegiatan menjadi kewenangan instansi lain
// (catatan 03 §4 no. 3: Kemenag untuk keagamaan, Dispora untuk olahraga, Dispar/Disbud untuk seni).
function instansi_rekomendasi(jenis) {
  var instansi = {
    keagamaan: "Kantor Kementerian Agama Kota Cilegon",
    olahraga: "Dinas Pemuda dan Olahraga Kota Cilegon",
    konser_musik: "Dinas Pariwisata dan Kebudayaan Kota Cilegon",
    festival_seni: "Dinas Pariwisata dan Kebudayaan Kota Cilegon"
  };
  var i = instansi[jenis];
  return i === undefined ? "" : i;
}
