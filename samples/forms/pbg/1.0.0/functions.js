// Fungsi paket "pbg" (Kota Pematangsiantar).
// Tabel dari lampiran PP 16/2021 sebagaimana dipakai SIMBG (catatan 02-pbg §7). Fungsi murni.

// Indeks fungsi (If).
//   hunian: 0,15 untuk "< 100 m² dan < 2 lantai", selainnya 0,17 (celah antara kedua label
//           diputuskan ke 0,17, sesuai contoh 2: 150 m², 2 lantai → 0,17);
//   keagamaan 0; usaha 0,70; usaha UMKM 0,50; sosial-budaya 0,30;
//   campuran 0,60 bila ≤ 500 m² dan/atau < 2 lantai (dibaca: salah satu terpenuhi), selainnya 0,80.
function indeks_fungsi(fungsi, llt, lantai) {
  switch (fungsi) {
    case "hunian": return (llt < 100 && lantai < 2) ? 0.15 : 0.17;
    case "keagamaan": return 0;
    case "usaha": return 0.70;
    case "usaha_umkm": return 0.50;
    case "sosial_budaya": return 0.30;
    case "campuran": return (llt <= 500 || lantai < 2) ? 0.60 : 0.80;
    default: return 0;
  }
}

// Koefisien jumlah lantai (parameter ketinggian, bobot 0,5), 1–10 lantai.
function koef_lantai(lantai) {
  var koef = [1.000, 1.090, 1.120, 1.135, 1.162, 1.197, 1.236, 1.265, 1.299, 1.333];
  if (lantai < 1) return 0;
  if (lantai > koef.length) return koef[koef.length - 1];
  return koef[lantai - 1];
}

// Harga satuan retribusi prasarana (Rp per satuan), tabel contoh catatan 02 §7.
function harga_prasarana(jenis) {
  var harga = {
    pagar: 1500,                 // per m'
    tanggul: 1400,               // per m'
    turap: 2500,                 // per m'
    gapura: 12000,               // per m²
    perkerasan: 2000,            // jalan/parkir/conblock, per m²
    kolam_renang: 25000,         // per m²
    septic_tank: 150000,         // per m²
    sumur_resapan: 150000,       // per m²
    menara_telekomunikasi: 35000000, // mandiri < 25 m, per unit
    papan_nama: 7000000          // reklame/papan nama ≤ 30 m², per unit
  };
  var h = harga[jenis];
  return h === undefined ? 0 : h;
}
