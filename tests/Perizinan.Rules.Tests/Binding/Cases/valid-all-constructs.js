function tarif_nsr(kelas, jenis) {
  const table = { A: 150000, B: 100000, C: 50000 };
  return (table[kelas] ?? 0) * (jenis === "billboard" ? 2 : 1);
}

function faktor_sisi(sisi) {
  return sisi === 2 ? 1.5 : 1;
}
