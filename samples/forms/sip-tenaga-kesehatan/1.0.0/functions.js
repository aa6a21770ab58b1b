// Jenis SIP yang diterbitkan menurut profesi pada STR (Kabupaten Magelang).
// The kind of SIP issued for the profession on the STR.
function jenis_sip(profesi) {
  const table = {
    dokter: "SIP Dokter",
    dokter_gigi: "SIP Dokter Gigi",
    dokter_spesialis: "SIP Dokter Spesialis",
    dokter_gigi_spesialis: "SIP Dokter Gigi Spesialis",
    bidan: "SIPB",
    perawat: "SIPP",
    apoteker: "SIPA",
    fisioterapis: "SIP Fisioterapis"
  };
  return table[profesi] ?? "";
}
