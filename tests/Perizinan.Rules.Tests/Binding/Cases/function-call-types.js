function tarif_nsr(kelas, jenis) {
  return kelas === "A" ? 150000 : 50000;
}
