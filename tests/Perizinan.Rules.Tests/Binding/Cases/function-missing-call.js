function tarif_nsr(kelas, jenis) {
  return 1000;
}
