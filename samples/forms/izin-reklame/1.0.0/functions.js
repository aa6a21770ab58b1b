// Fungsi paket "izin-reklame" (Kota Bekasi).
// Fungsi murni: hanya membaca argumennya.

// Tarif Nilai Sewa Reklame (NSR) dalam rupiah per m² per hari per sisi, menurut kelas jalan/zona
// dan kelompok jenis reklame. Sumber: Perwal Kota Bekasi No. 51 Tahun 2024 (ringkasan publik,
// catatan 01-izin-reklame §7):
//   papan/billboard (juga neon box dan papan nama): Tol 23.575; Premium 1 16.100; Premium 2 14.950;
//                                                  Kelas I 13.225; Kelas II 11.500
//   kain (baliho kain, spanduk, umbul-umbul):     Tol & Premium 1 30.000; Premium 2 25.000;
//                                                  Kelas I 20.000; Kelas II 19.000
function tarif_nsr(kelas, jenis) {
  var papan = { jalan_tol: 23575, premium_1: 16100, premium_2: 14950, kelas_1: 13225, kelas_2: 11500 };
  var kain = { jalan_tol: 30000, premium_1: 30000, premium_2: 25000, kelas_1: 20000, kelas_2: 19000 };
  var jenisKain = ["baliho_kain", "spanduk", "umbul_umbul"];
  var tabel = jenisKain.indexOf(jenis) >= 0 ? kain : papan;
  var tarif = tabel[kelas];
  return tarif === undefined ? 0 : tarif;
}
