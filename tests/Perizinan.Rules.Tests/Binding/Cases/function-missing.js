// functions.js of the case: tarif_nsr exists, tarif_lama does not.
function tarif_nsr(kelas, jenis) {
  const table = { A: 150000, B: 100000, C: 50000 };
  return table[kelas] ?? 0;
}

function faktor(luas) {
  return luas > 24 ? 2 : 1;
}
