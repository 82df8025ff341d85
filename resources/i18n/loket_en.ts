<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="39"/>
        <source>Simpan data &amp;aula</source>
        <translation>Save &amp;hall details</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="44"/>
        <source>Instansi &amp;baru</source>
        <translation>&amp;New agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="48"/>
        <source>Tambah instansi &amp;bawaan</source>
        <translation>Add &amp;shipped agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="50"/>
        <source>&amp;Impor JSON/CSV...</source>
        <translation>&amp;Import JSON/CSV...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="55"/>
        <source>&amp;Simpan instansi (Ctrl+S)</source>
        <translation>&amp;Save agency (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="66"/>
        <source>Instansi di aula ini</source>
        <translation>Agencies in this hall</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="140"/>
        <source>Isi data instansi baru; ganti tanda KODE pada format nomor, lalu simpan.</source>
        <translation>Fill in the new agency; replace the mark KODE in the number formats, then save.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="156"/>
        <source>Instansi {code} disimpan.</source>
        <translation>Agency {code} saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="168"/>
        <source>Data aula {name} disimpan.</source>
        <translation>Hall details of {name} saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="182"/>
        <source>Impor instansi</source>
        <translation>Import agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agencies_page.py" line="182"/>
        <source>Instansi (*.json);;Layanan instansi (*.csv)</source>
        <translation>Agency (*.json);;Agency services (*.csv)</translation>
    </message>
</context>
<context>
    <name>AgencyChoice</name>
    <message>
        <location filename="../../desktop/agency_choice.py" line="19"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/agency_choice.py" line="32"/>
        <source>(pilih instansi)</source>
        <translation>(choose the agency)</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="38"/>
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="39"/>
        <source>Nama instansi (kop surat)</source>
        <translation>Agency name (letterhead)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="40"/>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="41"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="42"/>
        <source>Kota penetapan</source>
        <translation>City of issue</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="43"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="44"/>
        <source>Faksimile</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="45"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="46"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="53"/>
        <source>Kode instansi</source>
        <translation>Agency code</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="58"/>
        <source>(logo aula)</source>
        <translation>(hall logo)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="59"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="61"/>
        <source>Motto</source>
        <translation>Motto</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="62"/>
        <source>Arti motto</source>
        <translation>Motto meaning</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="63"/>
        <source>Maklumat pelayanan</source>
        <translation>Service pledge</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="65"/>
        <source>Jabatan penandatangan SK</source>
        <translation>Decree signing official&apos;s title</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="66"/>
        <source>Nama penandatangan</source>
        <translation>Signing official&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="67"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="68"/>
        <source>NIP penandatangan</source>
        <translation>Signing official&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="77"/>
        <source>Tanda tangan dan cap basah</source>
        <translation>Wet signature and stamp</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="78"/>
        <source>Tanda tangan elektronik</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="79"/>
        <source>Cara penandatanganan</source>
        <translation>Signing method</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="81"/>
        <source>Nomor pendaftaran (tanda terima)</source>
        <translation>Registration number (receipt)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="82"/>
        <source>Nomor SK</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="83"/>
        <source>Nomor surat pengembalian berkas</source>
        <translation>File return letter number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="84"/>
        <source>Nomor tanda terima penyerahan</source>
        <translation>Handover receipt number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="85"/>
        <source>Nomor pengaduan</source>
        <translation>Complaint number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="86"/>
        <source>Nomor surat penolakan</source>
        <translation>Rejection letter number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="93"/>
        <source>kosong: format pada pengaturan kantor</source>
        <translation>empty: the office settings&apos; format</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="102"/>
        <source>satu unit sebaris: kode lalu nama, mis. HKM Bagian Hukum</source>
        <translation>one unit a line: code then name, e.g. HKM Bagian Hukum</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="105"/>
        <source>Identitas dan kop surat</source>
        <translation>Identity and letterhead</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="106"/>
        <source>Penandatangan</source>
        <translation>Signing official</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="107"/>
        <source>Penomoran dokumen</source>
        <translation>Document numbering</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="108"/>
        <source>Layanan umum aula yang ditawarkan</source>
        <translation>Hall-wide services offered</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="113"/>
        <source>Unit (bagian/bidang pemilik layanan)</source>
        <translation>Units (bureaus/divisions owning services)</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../desktop/screens/applications_model.py" line="17"/>
        <source>Nomor pendaftaran</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_model.py" line="18"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_model.py" line="19"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_model.py" line="20"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_model.py" line="21"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_model.py" line="22"/>
        <source>Sisa hari kerja</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_model.py" line="23"/>
        <source>Status / langkah</source>
        <translation>Status / step</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_model.py" line="33"/>
        <source>{days} (lewat)</source>
        <translation>{days} (overdue)</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="110"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="114"/>
        <source>&amp;Diterima</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="70"/>
        <source>&amp;Tolak...</source>
        <translation>Re&amp;ject...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="140"/>
        <source>Pilih permohonan di tabel lebih dulu.</source>
        <translation>Select an application in the table first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="268"/>
        <source>Catatan (opsional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="280"/>
        <source>Tolak permohonan</source>
        <translation>Reject application</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="280"/>
        <source>Alasan penolakan:</source>
        <translation>Reason for rejection:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="69"/>
        <location filename="../../desktop/screens/applications_screen.py" line="212"/>
        <source>&amp;Catat langkah</source>
        <translation>&amp;Record step</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="71"/>
        <source>&amp;Lihat SK</source>
        <translation>&amp;View decree</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="72"/>
        <source>C&amp;etak SK</source>
        <translation>Print d&amp;ecree</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="73"/>
        <source>&amp;Koreksi / tarik SK...</source>
        <translation>&amp;Correct / withdraw decree...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="74"/>
        <source>&amp;Arsipkan</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="75"/>
        <source>Lampirkan &amp;pindaian...</source>
        <translation>Attach &amp;scan...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="103"/>
        <source>Cari: nomor pendaftaran, NIK/NIB, nama atau layanan</source>
        <translation>Search: registration number, NIK/NIB, name or service</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="201"/>
        <source>Tidak ada langkah lagi</source>
        <translation>No steps left</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="204"/>
        <source>Tandatangani SK</source>
        <translation>Sign decree</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="205"/>
        <source>Serahkan SK (layar Penyerahan)</source>
        <translation>Hand over decree (Handover screen)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="206"/>
        <source>Paraf {actor}</source>
        <translation>Initial: {actor}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="207"/>
        <source>Draf selesai (Back Office)</source>
        <translation>Draft done (Back Office)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="208"/>
        <source>Selesai: {actor}</source>
        <translation>Done: {actor}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="236"/>
        <source>Pesan ke pemohon</source>
        <translation>Messages to the applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="239"/>
        <source>Pemohon menolak SMS/WhatsApp saat pendaftaran.</source>
        <translation>The applicant declined SMS/WhatsApp at intake.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="242"/>
        <source>Kirim lewat WhatsApp</source>
        <translation>Send via WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="258"/>
        <source>WhatsApp dibuka dengan pesannya: tekan kirim di sana.</source>
        <translation>WhatsApp opened with the message: press send there.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="273"/>
        <source>{action}: dicatat.</source>
        <translation>{action}: recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="285"/>
        <source>Permohonan ditolak; surat penolakan {number}: {path}</source>
        <translation>Application rejected; rejection letter {number}: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="294"/>
        <source>Berkas diarsipkan.</source>
        <translation>File archived.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="303"/>
        <source>Lampirkan pindaian</source>
        <translation>Attach scan</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="305"/>
        <source>PDF atau gambar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF or images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/applications_screen.py" line="309"/>
        <source>Pindaian dilampirkan.</source>
        <translation>Scan attached.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/screens/audit_page.py" line="22"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_page.py" line="23"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_page.py" line="24"/>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_page.py" line="25"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_page.py" line="26"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/screens/audit_page.py" line="58"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="70"/>
        <source>Cari layanan, sektor, produk atau persyaratan... (Ctrl+F)</source>
        <translation>Search services, sectors, products or requirements... (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="82"/>
        <source>&amp;Ubah layanan...</source>
        <translation>&amp;Edit service...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="86"/>
        <source>&amp;Cetak persyaratan (Ctrl+P)</source>
        <translation>&amp;Print requirements (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="89"/>
        <source>Simpan &amp;PDF... (Ctrl+Shift+P)</source>
        <translation>Save as P&amp;DF... (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="156"/>
        <source>Pilih layanan lebih dulu.</source>
        <translation>Select a service first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="167"/>
        <source>Daftar persyaratan tercetak.</source>
        <translation>Requirements list printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="169"/>
        <source>Tidak tercetak: {reason}</source>
        <translation>Not printed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="180"/>
        <source>Simpan daftar persyaratan</source>
        <translation>Save requirements list</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="187"/>
        <source>PDF disimpan: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="218"/>
        <source>Layanan disimpan sebagai revisi {revision}.</source>
        <translation>Service saved as revision {revision}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="17"/>
        <source>Ubah kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="20"/>
        <source>Kata sandi &amp;lama</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="21"/>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="22"/>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Repeat new password</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../desktop/screens/checklist_model.py" line="30"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/checklist_model.py" line="30"/>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/checklist_model.py" line="30"/>
        <source>Hasil periksa</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/checklist_model.py" line="30"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/checklist_model.py" line="92"/>
        <source>Bukti setor {number}, Rp {amount}</source>
        <translation>Payment slip {number}, Rp {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/checklist_model.py" line="113"/>
        <source>Diperiksa kemudian ({stage})</source>
        <translation>Checked later ({stage})</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/checklist_model.py" line="118"/>
        <source>Tidak berlaku ({reason})</source>
        <translation>Not applicable ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/checklist_model.py" line="119"/>
        <source>belum diperiksa</source>
        <translation>not checked yet</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="51"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="52"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="53"/>
        <source>Pengadu</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="54"/>
        <source>Ruang lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="55"/>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="56"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="57"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="67"/>
        <source>{date} (lewat)</source>
        <translation>{date} (overdue)</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="101"/>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="111"/>
        <source>Anonim (tanpa nama)</source>
        <translation>Anonymous (no name)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="122"/>
        <source>Nomor pendaftaran berkas (opsional)</source>
        <translation>File registration number (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="123"/>
        <source>Kaitkan dengan antrian yang sedang dilayani di loket ini</source>
        <translation>Link to the ticket being served at this counter</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="127"/>
        <source>&amp;Simpan dan cetak tanda terima</source>
        <translation>&amp;Save and print receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="130"/>
        <source>Cetak &amp;ulang tanda terima</source>
        <translation>&amp;Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="134"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="135"/>
        <source>Ruang lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="137"/>
        <source>Nama pengadu</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="138"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="139"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="140"/>
        <source>Permohonan terkait</source>
        <translation>Related application</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="142"/>
        <source>Uraian pengaduan</source>
        <translation>Complaint details</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="178"/>
        <source>Pengaduan {number} tercatat.</source>
        <translation>Complaint {number} recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="190"/>
        <source>{number}: tanda terima tercetak; PDF diarsipkan di {path}.</source>
        <translation>{number}: receipt printed; PDF archived in {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="193"/>
        <source>{number}: tanda terima tidak tercetak ({reason}); PDF diarsipkan di {path}.</source>
        <translation>{number}: receipt not printed ({reason}); PDF archived in {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="213"/>
        <source>Nomor, nama, uraian atau nomor pendaftaran, lalu Enter</source>
        <translation>Number, name, details or registration number, then Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="217"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="218"/>
        <source>Dalam penanganan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="219"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="220"/>
        <source>Selesai</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="239"/>
        <source>Pelaksana langkah</source>
        <translation>Step carried out by</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="242"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="246"/>
        <location filename="../../desktop/screens/complaints_screen.py" line="326"/>
        <source>{name} ({days} hari kerja)</source>
        <translation>{name} ({days} working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="254"/>
        <source>Catat &amp;langkah selesai</source>
        <translation>Record completed &amp;step</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="290"/>
        <source>Pilih pengaduan di tabel lebih dulu.</source>
        <translation>Select a complaint in the table first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/complaints_screen.py" line="340"/>
        <source>Langkah dicatat: {step}</source>
        <translation>Step recorded: {step}</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="121"/>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="140"/>
        <source>Meja pelayanan khusus (prioritas)</source>
        <translation>Special service desk (priority)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="142"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="145"/>
        <source>&amp;Nomor</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="146"/>
        <source>N&amp;ama</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="147"/>
        <source>&amp;Grup yang dilayani</source>
        <translation>&amp;Groups served</translation>
    </message>
</context>
<context>
    <name>CounterTileView</name>
    <message>
        <location filename="../../desktop/hall_tiles.py" line="46"/>
        <source>Tutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_tiles.py" line="46"/>
        <source>Istirahat</source>
        <translation>On a break</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/crash.py" line="17"/>
        <source>Kesalahan program</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../desktop/crash.py" line="19"/>
        <source>Terjadi kesalahan program. Data yang sudah tersimpan aman; tindakan terakhir tidak disimpan. Laporkan ke petugas TI beserta berkas log.</source>
        <translation>A program error occurred. Data already saved is safe; the last action was not saved. Report it to IT staff with the log files.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../desktop/app.py" line="186"/>
        <source>Cadangan harian dibuat: {name}</source>
        <translation>Daily backup created: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="191"/>
        <source>Cadangan harian: {reason}</source>
        <translation>Daily backup: {reason}</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="47"/>
        <source>Grup</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="47"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="47"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="50"/>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="50"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="50"/>
        <source>Antrian</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="69"/>
        <source>Peringatan</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="125"/>
        <source>Menunggu: {count}</source>
        <translation>Waiting: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="128"/>
        <source>Tunggu terlama: {label}, {minutes} menit</source>
        <translation>Longest wait: {label}, {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="133"/>
        <source>Tidak ada yang menunggu</source>
        <translation>Nobody waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="134"/>
        <source>Diperbarui {time}</source>
        <translation>Updated {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="142"/>
        <source>Melayani</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="142"/>
        <source>Memanggil</source>
        <translation>Calling</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="144"/>
        <source>Menganggur</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="144"/>
        <source>Tutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/dashboard_screen.py" line="159"/>
        <source>Tidak ada peringatan.</source>
        <translation>No alerts.</translation>
    </message>
</context>
<context>
    <name>DayAtAGlance</name>
    <message>
        <location filename="../../desktop/screens/home_day.py" line="17"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_day.py" line="22"/>
        <source>antrian selesai Anda layani</source>
        <translation>tickets you served</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_day.py" line="23"/>
        <source>tidak hadir</source>
        <translation>no-shows</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_day.py" line="24"/>
        <source>menit, waktu layanan tengah</source>
        <translation>minutes, median service time</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_day.py" line="25"/>
        <source>loket Anda hari ini</source>
        <translation>your counter today</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_day.py" line="53"/>
        <source>Sedang menangani {label}.</source>
        <translation>Now handling {label}.</translation>
    </message>
</context>
<context>
    <name>DecreeActions</name>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="27"/>
        <source>SK {number} - pratinjau</source>
        <translation>Decree {number} - preview</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="31"/>
        <source>Tandatangani SK</source>
        <translation>Sign decree</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="52"/>
        <source>SK {number} ditandatangani dan diarsipkan; berkas siap diambil.</source>
        <translation>Decree {number} signed and archived; ready for pickup.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="70"/>
        <source>Simpan SK</source>
        <translation>Save decree</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="90"/>
        <source>SALINAN ke-{n}</source>
        <translation>COPY no. {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="92"/>
        <source>asli</source>
        <translation>original</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="95"/>
        <source>SK {number} ({kind}) dicetak, {pages} halaman.</source>
        <translation>Decree {number} ({kind}) printed, {pages} pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="97"/>
        <source>SK {number} ({kind}) disimpan ke {path}.</source>
        <translation>Decree {number} ({kind}) saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="111"/>
        <source>Koreksi (SK diganti)</source>
        <translation>Correct (decree replaced)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="112"/>
        <source>Tarik</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="113"/>
        <source>Cabut</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="117"/>
        <location filename="../../desktop/screens/decree_actions.py" line="127"/>
        <source>Ubah status SK</source>
        <translation>Change decree status</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="118"/>
        <source>Tindakan:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="128"/>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/decree_actions.py" line="143"/>
        <source>SK {number}: {status}.</source>
        <translation>Decree {number}: {status}.</translation>
    </message>
</context>
<context>
    <name>DeviceSettingsPage</name>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="20"/>
        <source>&amp;Uji printer termal</source>
        <translation>&amp;Test thermal printer</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="23"/>
        <source>Pilih folder &amp;arsip...</source>
        <translation>Choose &amp;archive folder...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="30"/>
        <source>Nomor loket</source>
        <translation>Counter number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="31"/>
        <source>Nama loket</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="32"/>
        <source>Printer tiket (ESC/POS)</source>
        <translation>Ticket printer (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="33"/>
        <source>Alamat printer tiket</source>
        <translation>Ticket printer address</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="34"/>
        <source>Lebar kertas (mm)</source>
        <translation>Paper width (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="35"/>
        <source>Printer dokumen</source>
        <translation>Document printer</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="36"/>
        <source>Kertas dokumen</source>
        <translation>Document paper size</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="37"/>
        <location filename="../../desktop/screens/device_settings.py" line="62"/>
        <source>Folder arsip</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="38"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="44"/>
        <source>(tidak ada: simpan sebagai PDF)</source>
        <translation>(none: save as PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="58"/>
        <source>{name} (tidak terpasang)</source>
        <translation>{name} (not installed)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="77"/>
        <source>Printer tiket: {state}</source>
        <translation>Ticket printer: {state}</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../../desktop/screens/diagnostics_screen.py" line="30"/>
        <source>Hal</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/diagnostics_screen.py" line="30"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/diagnostics_screen.py" line="33"/>
        <source>&amp;Periksa ulang</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/diagnostics_screen.py" line="35"/>
        <source>Buat paket &amp;dukungan...</source>
        <translation>Create &amp;support bundle...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/diagnostics_screen.py" line="70"/>
        <source>Simpan paket dukungan</source>
        <translation>Save support bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/diagnostics_screen.py" line="70"/>
        <source>Arsip zip (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/diagnostics_screen.py" line="87"/>
        <source>Paket dukungan disimpan: {path} ({size} KB). Kirimkan berkas ini ke petugas TI.</source>
        <translation>Support bundle saved: {path} ({size} KB). Send this file to IT support.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="147"/>
        <source>Penyiapan Loket</source>
        <translation>Loket setup</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="150"/>
        <source>&lt;b&gt;Selamat datang di Loket.&lt;/b&gt;&lt;br&gt;Buat akun administrator pertama. Administrator mengatur kantor, loket, printer dan akun petugas lain.</source>
        <translation>&lt;b&gt;Welcome to Loket.&lt;/b&gt;&lt;br&gt;Create the first administrator account. The administrator sets up the office, counters, printers and the other staff accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="162"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="163"/>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="164"/>
        <source>&amp;Kata sandi (min. 8)</source>
        <translation>&amp;Password (min. 8)</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="165"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="166"/>
        <source>Buat administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="167"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="172"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="71"/>
        <source>Grup antrian</source>
        <translation>Queue group</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="79"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="82"/>
        <source>Saring layanan...</source>
        <translation>Filter services...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="94"/>
        <source>&amp;Kode (huruf)</source>
        <translation>&amp;Code (letter)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="95"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="97"/>
        <source>&amp;Layanan</source>
        <translation>&amp;Services</translation>
    </message>
</context>
<context>
    <name>HallComparisonView</name>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="21"/>
        <source>Tiket per instansi</source>
        <translation>Tickets per agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="22"/>
        <source>Waktu tunggu rata-rata per instansi (menit)</source>
        <translation>Mean waiting time per agency (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="23"/>
        <source>IKM per instansi (25-100)</source>
        <translation>Satisfaction index (IKM) per agency (25-100)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="24"/>
        <source>Permohonan selesai tepat waktu per instansi (%)</source>
        <translation>Applications finished on time per agency (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="31"/>
        <source>Grafik per instansi</source>
        <translation>Charts per agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="54"/>
        <source>Diambil</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="55"/>
        <source>Dilayani</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="58"/>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="60"/>
        <source>Tepat waktu (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/hall_comparison.py" line="62"/>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <location filename="../../desktop/hall_display.py" line="90"/>
        <source>Layar Antrian</source>
        <translation>Queue Display</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="120"/>
        <location filename="../../desktop/hall_display.py" line="327"/>
        <source>NOMOR ANTRIAN</source>
        <translation>NOW CALLING</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="155"/>
        <source>Panggilan terakhir</source>
        <translation>Last calls</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="157"/>
        <source>Menunggu per layanan</source>
        <translation>Waiting per service</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="306"/>
        <source>Maklumat pelayanan: {text}</source>
        <translation>Service pledge: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="327"/>
        <source>PANGGILAN ULANG</source>
        <translation>CALLED AGAIN</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="336"/>
        <source>Silakan ke {counter}</source>
        <translation>Please go to {counter}</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="351"/>
        <source>SELAMAT DATANG</source>
        <translation>WELCOME</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="356"/>
        <source>Silakan ambil nomor antrian di anjungan dan tunggu panggilan.</source>
        <translation>Please take a number at the kiosk and wait to be called.</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="373"/>
        <source>Loket {number}</source>
        <translation>Counter {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="379"/>
        <source>{label}   →   {counter}</source>
        <translation>{label}   →   {counter}</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="381"/>
        <source>(dialihkan)</source>
        <translation>(transferred)</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="387"/>
        <source>{code}  {name}:  {count}</source>
        <translation>{code}  {name}:  {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="394"/>
        <source>Menyambung ulang ke basis data... ({reason})</source>
        <translation>Reconnecting to the database... ({reason})</translation>
    </message>
</context>
<context>
    <name>HallForm</name>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="166"/>
        <source>Aula pelayanan (pengelola MPP)</source>
        <translation>Service hall (MPP management)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="169"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="173"/>
        <source>satu baris per hari: Senin-Kamis 08:30-16:00</source>
        <translation>one line per days: Senin-Kamis 08:30-16:00</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="175"/>
        <source>Nama aula</source>
        <translation>Hall name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="176"/>
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="177"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="178"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="179"/>
        <source>Maklumat pelayanan</source>
        <translation>Service pledge</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/agency_form.py" line="180"/>
        <source>Jam pelayanan</source>
        <translation>Opening hours</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="35"/>
        <source>Nomor pendaftaran, pindai QR tanda terima, atau NIK/NIB, lalu Enter</source>
        <translation>Registration number, scan the receipt QR code, or NIK/NIB, then Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="41"/>
        <source>Pengambil</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="43"/>
        <source>Diambil oleh &amp;kuasa (dengan surat kuasa)</source>
        <translation>Collected by &amp;proxy (with power of attorney)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="51"/>
        <source>nomor/tanggal surat kuasa</source>
        <translation>power of attorney number/date</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="53"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="55"/>
        <source>&amp;Surat kuasa</source>
        <translation>Power of &amp;attorney</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="54"/>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="56"/>
        <source>Serahkan SK dan cetak &amp;tanda terima</source>
        <translation>Hand over the decree and print the &amp;receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="59"/>
        <source>Catat s&amp;yarat sebelum penyerahan (bukti setor, ...)</source>
        <translation>Record a condition before &amp;handover (payment slip, ...)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="96"/>
        <source>sudah diserahkan</source>
        <translation>already handed over</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="98"/>
        <source>SK {number} siap diserahkan</source>
        <translation>SK {number} ready for handover</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="100"/>
        <source>SK belum terbit</source>
        <translation>SK not issued yet</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="103"/>
        <source>Tidak ditemukan.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="120"/>
        <location filename="../../desktop/screens/handover_screen.py" line="161"/>
        <source>Cari dan pilih permohonan lebih dulu.</source>
        <translation>Find and select an application first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="128"/>
        <source>Tidak ada syarat yang menunggu untuk permohonan ini.</source>
        <translation>No condition is waiting for this application.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="138"/>
        <source>Syarat dipenuhi</source>
        <translation>Condition met</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="138"/>
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="145"/>
        <source>Dicatat: {label} {text} dipenuhi.</source>
        <translation>Recorded: {label} {text} met.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="189"/>
        <source>tercetak</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/handover_screen.py" line="191"/>
        <source>SK diserahkan; tanda terima {number} ({printed}); arsip: {path}</source>
        <translation>SK handed over; receipt {number} ({printed}); archive: {path}</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="40"/>
        <source>Akun saya</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="43"/>
        <source>Ubah &amp;kata sandi...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="50"/>
        <source>Berkas mendekati atau lewat jatuh tempo</source>
        <translation>Files near or past their due date</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="84"/>
        <source>lewat {days} hari kerja</source>
        <translation>{days} working days late</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="86"/>
        <source>sisa {days} hari kerja</source>
        <translation>{days} working days left</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="90"/>
        <source>Tidak ada berkas yang mendekati jatuh tempo.</source>
        <translation>No file is near its due date.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="91"/>
        <source>Berkas mendekati atau lewat jatuh tempo ({count})</source>
        <translation>Files near or past their due date ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="95"/>
        <source>Telp.</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="95"/>
        <source>Motto</source>
        <translation>Motto</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="95"/>
        <source>Maklumat pelayanan</source>
        <translation>Service pledge</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="114"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="120"/>
        <source>Kata sandi diubah.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>InfoLogScreen</name>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="72"/>
        <source>Catat layanan informasi atau konsultasi</source>
        <translation>Record an information or consultation service</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="82"/>
        <source>Telepon atau email (opsional)</source>
        <translation>Phone or email (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="85"/>
        <source>(tidak tentang layanan tertentu)</source>
        <translation>(not about a specific service)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="95"/>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="96"/>
        <source>(tanpa nomor antrian)</source>
        <translation>(no queue ticket)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="98"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="102"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="103"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="104"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="105"/>
        <source>Layanan yang ditanyakan</source>
        <translation>Service asked about</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="106"/>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="107"/>
        <source>Jawaban yang diberikan</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="108"/>
        <source>Rujukan</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="109"/>
        <source>Lama</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="110"/>
        <source>Antrian</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="127"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="180"/>
        <source>{kind} tercatat.</source>
        <translation>{kind} recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="189"/>
        <source>(dijawab langsung)</source>
        <translation>(answered at once)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="191"/>
        <source>Rujuk ke {who}</source>
        <translation>Refer to the {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="195"/>
        <source>&amp;Jawab rujukan terpilih</source>
        <translation>&amp;Answer the selected referral</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="205"/>
        <source>Pilih catatan yang masih menunggu jawaban.</source>
        <translation>Choose an entry still waiting for an answer.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="210"/>
        <source>Jawab rujukan</source>
        <translation>Answer the referral</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="210"/>
        <source>Jawaban untuk: {question}</source>
        <translation>Answer to: {question}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="217"/>
        <source>Jawaban dicatat: {who}.</source>
        <translation>Answer recorded: {who}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="240"/>
        <source>Informasi: {info} · Konsultasi: {consult}</source>
        <translation>Information: {info} · Consultation: {consult}</translation>
    </message>
</context>
<context>
    <name>InfoModel</name>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="39"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="40"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="41"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="42"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="43"/>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="44"/>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="45"/>
        <source>Antrian</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/info_log_screen.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="81"/>
        <source>Semua sisa &amp;ada dan sesuai (Ctrl+Shift+A)</source>
        <translation>&amp;All remaining present and valid (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="83"/>
        <source>&amp;Simpan hasil periksa (Ctrl+Enter)</source>
        <translation>&amp;Save check results (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="86"/>
        <source>Cetak &amp;ulang</source>
        <translation>&amp;Reprint</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="89"/>
        <source>Berkas &amp;baru (Ctrl+N)</source>
        <translation>&amp;New file (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="106"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="108"/>
        <location filename="../../desktop/screens/intake_screen.py" line="407"/>
        <source>(tanpa nomor antrian)</source>
        <translation>(no queue ticket)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="111"/>
        <source>NIK atau NIB, lalu Enter</source>
        <translation>NIK or NIB, then Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="115"/>
        <source>Perorangan</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="116"/>
        <source>Badan usaha</source>
        <translation>Business entity</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="121"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="122"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="123"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="124"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="125"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="130"/>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="131"/>
        <source>Nama badan usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="132"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="137"/>
        <location filename="../../desktop/screens/intake_screen.py" line="168"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="140"/>
        <source>Simpan &amp;pemohon</source>
        <translation>Save a&amp;pplicant</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="142"/>
        <source>Dikuasakan (dengan surat kuasa)</source>
        <translation>By proxy (with power of attorney)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="149"/>
        <source>Nama penerima kuasa</source>
        <translation>Proxy&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="150"/>
        <source>NIK penerima kuasa</source>
        <translation>Proxy&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="151"/>
        <source>Surat kuasa (nomor/tanggal)</source>
        <translation>Power of attorney (number/date)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="154"/>
        <location filename="../../desktop/screens/intake_screen.py" line="599"/>
        <source>Belum ada pemohon.</source>
        <translation>No applicant yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="156"/>
        <source>Pemohon &amp;tidak ingin menerima SMS/WhatsApp tentang berkas ini</source>
        <translation>The applicant does &amp;not want SMS/WhatsApp about this file</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="161"/>
        <source>Antrian</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="162"/>
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="163"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="166"/>
        <source>Orang</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="167"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="171"/>
        <source>Terpilih</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="172"/>
        <source>Pesan</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="202"/>
        <source>Pemohon baru: lengkapi data lalu simpan.</source>
        <translation>New applicant: complete the details, then save.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="207"/>
        <source>Pemohon lama ditemukan: periksa telepon dan alamat; bila berubah, ubah lalu Simpan pemohon.</source>
        <translation>Returning applicant found: check phone and address; if changed, edit them and Save applicant.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="243"/>
        <source>Data pemohon disimpan.</source>
        <translation>Applicant details saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="256"/>
        <source>Pemohon menolak pesan: tidak ada SMS/WhatsApp tentang berkas ini.</source>
        <translation>The applicant declined messages: no SMS/WhatsApp about this file.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="263"/>
        <source>Tanpa nomor HP: tidak ada pesan. Isi Telepon lalu Simpan pemohon.</source>
        <translation>No mobile number: no messages. Fill in Phone, then Save applicant.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="269"/>
        <source>{phone} bukan nomor HP: tidak ada pesan.</source>
        <translation>{phone} is not a mobile number: no messages.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="273"/>
        <source>Pesan SMS/WhatsApp tentang berkas ini dikirim ke {phone}.</source>
        <translation>SMS/WhatsApp about this file go to {phone}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="287"/>
        <source>Rekomendasi SKPD Teknis</source>
        <translation>Technical agency recommendation</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="292"/>
        <source>Nomor surat rekomendasi</source>
        <translation>Recommendation letter number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="297"/>
        <source>Nomor rek&amp;omendasi</source>
        <translation>Rec&amp;ommendation no.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="302"/>
        <source>Berkas diterima SKPD</source>
        <translation>File received by the agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="303"/>
        <source>Tanggal rekomendasi</source>
        <translation>Recommendation date</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="322"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="326"/>
        <source>Ketik nama layanan...</source>
        <translation>Type a service name...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="330"/>
        <source>&amp;Muat daftar periksa</source>
        <translation>L&amp;oad checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="334"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="377"/>
        <source>— pilih instansi —</source>
        <translation>— choose an agency —</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="391"/>
        <location filename="../../desktop/screens/intake_screen.py" line="409"/>
        <source>{label} (sedang dilayani di loket ini)</source>
        <translation>{label} (being served at this counter)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="423"/>
        <source>Pilih layanan dari daftar saran.</source>
        <translation>Choose a service from the suggestions.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="456"/>
        <source>{name}: {count} butir. Jangka waktu: {sla}.</source>
        <translation>{name}: {count} items. Time limit: {sla}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="474"/>
        <source>Tidak sesuai</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="474"/>
        <source>Mengapa {label} tidak sesuai?</source>
        <translation>Why is {label} not valid?</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="485"/>
        <source>Butir {label} wajib (atau judul kelompok); tidak dapat diberi tanda itu.</source>
        <translation>Item {label} is mandatory (or a group heading); it cannot be marked that way.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="501"/>
        <source>Pilih pemohon dan layanan, lalu periksa berkas.</source>
        <translation>Choose the applicant and service, then check the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="505"/>
        <source>&lt;b style=&apos;color:#1b5e20&apos;&gt;LENGKAP&lt;/b&gt; — berkas dapat didaftarkan.</source>
        <translation>&lt;b style=&apos;color:#1b5e20&apos;&gt;COMPLETE&lt;/b&gt; — the file can be registered.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="506"/>
        <source>&amp;Daftarkan dan cetak tanda terima (Ctrl+Enter)</source>
        <translation>Re&amp;gister and print receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="510"/>
        <source>&lt;b style=&apos;color:#a40000&apos;&gt;BELUM LENGKAP&lt;/b&gt; — {problems} bermasalah, {unmarked} belum diperiksa.</source>
        <translation>&lt;b style=&apos;color:#a40000&apos;&gt;INCOMPLETE&lt;/b&gt; — {problems} with problems, {unmarked} not checked yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="513"/>
        <source>&amp;Kembalikan berkas dan cetak surat (Ctrl+Enter)</source>
        <translation>Re&amp;turn file and print letter (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="518"/>
        <source>Pilih pemohon dan layanan lebih dulu.</source>
        <translation>Choose the applicant and service first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="550"/>
        <source>Terdaftar dengan nomor {number}. Mencetak tanda terima...</source>
        <translation>Registered as number {number}. Printing the receipt...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="556"/>
        <source>Berkas dikembalikan ({slip}). Mencetak surat pengembalian...</source>
        <translation>File returned ({slip}). Printing the return letter...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="577"/>
        <source>{what}: tercetak; PDF diarsipkan di {path}.</source>
        <translation>{what}: printed; PDF archived in {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/intake_screen.py" line="581"/>
        <source>{what}: tidak tercetak ({reason}); PDF diarsipkan di {path}.</source>
        <translation>{what}: not printed ({reason}); PDF archived in {path}.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desktop/kiosk.py" line="59"/>
        <source>Ambil Nomor Antrian</source>
        <translation>Take a Queue Number</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="312"/>
        <source>Mohon tunggu...</source>
        <translation>Please wait...</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="74"/>
        <source>Ambil nomor antrian</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="126"/>
        <source>Sentuh instansi yang Anda tuju</source>
        <translation>Touch the agency you need</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="136"/>
        <source>‹ Pilih instansi lain</source>
        <translation>‹ Choose another agency</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="144"/>
        <location filename="../../desktop/kiosk.py" line="273"/>
        <source>Apakah Anda termasuk prioritas? (boleh dilewati)</source>
        <translation>Do you need priority service? (you may skip this)</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="171"/>
        <location filename="../../desktop/kiosk.py" line="274"/>
        <source>Sentuh layanan yang Anda perlukan</source>
        <translation>Touch the service you need</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="179"/>
        <source>Nomor antrian Anda</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="188"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="241"/>
        <source>Layanan {hall}</source>
        <translation>{hall} services</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="329"/>
        <source>{ahead} orang di depan Anda</source>
        <translation>{ahead} people ahead of you</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="333"/>
        <source>Perkiraan tunggu ± {minutes} menit</source>
        <translation>Estimated wait ± {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="335"/>
        <source>Antrian prioritas: {kind}</source>
        <translation>Priority queue: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="344"/>
        <source>Tiket tidak dapat dicetak. Catat nomor Anda: {label}, dan beri tahu petugas.</source>
        <translation>The ticket could not be printed. Note your number: {label}, and tell an officer.</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="354"/>
        <source>Maaf, nomor belum dapat diambil. Silakan hubungi petugas.
{reason}</source>
        <translation>Sorry, no number could be taken. Please ask an officer.
{reason}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="99"/>
        <source>Masuk - Loket</source>
        <translation>Sign in - Loket</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="116"/>
        <source>&lt;b&gt;{office}&lt;/b&gt;{counter}&lt;br&gt;Masuk dengan akun petugas Anda.</source>
        <translation>&lt;b&gt;{office}&lt;/b&gt;{counter}&lt;br&gt;Sign in with your staff account.</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="105"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="106"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="107"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="108"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="124"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter user name and password.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../desktop/screens/logo_picker.py" line="25"/>
        <source>Pilih logo...</source>
        <translation>Choose logo...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/logo_picker.py" line="27"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/logo_picker.py" line="45"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/logo_picker.py" line="45"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LoketStatusBar</name>
    <message>
        <location filename="../../desktop/status_bar.py" line="116"/>
        <source>tersambung</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="117"/>
        <location filename="../../desktop/status_bar.py" line="133"/>
        <source>Basis data: {state}</source>
        <translation>Database: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="123"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="125"/>
        <source>Sinkron: {when}</source>
        <translation>Sync: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="130"/>
        <source>Printer: {state}</source>
        <translation>Printer: {state}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="48"/>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="96"/>
        <source>&amp;Loket</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="97"/>
        <source>&amp;Kunci / ganti pengguna</source>
        <translation>&amp;Lock / switch user</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="98"/>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="100"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="101"/>
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="107"/>
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="108"/>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="109"/>
        <source>&amp;Tentang Loket</source>
        <translation>&amp;About Loket</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="110"/>
        <source>&amp;Diagnostik...</source>
        <translation>&amp;Diagnostics...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="148"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="177"/>
        <source>Loket {version}
Aplikasi front office pelayanan terpadu satu pintu.
Basis data: {db}</source>
        <translation>Loket {version}
Front-office application for one-stop service counters.
Database: {db}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>Tentang Loket</source>
        <translation>About Loket</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="189"/>
        <source>Tentang / Diagnostik</source>
        <translation>About / Diagnostics</translation>
    </message>
</context>
<context>
    <name>MessageScheduler</name>
    <message>
        <location filename="../../desktop/messages_ui.py" line="76"/>
        <source>Pesan ke pemohon: {sent} terkirim, {uncertain} perlu dicek, {failed} gagal.</source>
        <translation>Messages to applicants: {sent} sent, {uncertain} to check, {failed} failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages_ui.py" line="86"/>
        <source>Pesan ke pemohon tidak terkirim: {reason}</source>
        <translation>Messages to applicants not sent: {reason}</translation>
    </message>
</context>
<context>
    <name>MessageSettingsPage</name>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="27"/>
        <source>Pesan ke pemohon</source>
        <translation>Messages to applicants</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="28"/>
        <source>Alamat gateway SMS/WhatsApp</source>
        <translation>SMS/WhatsApp gateway URL</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="29"/>
        <source>Token gateway</source>
        <translation>Gateway token</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="30"/>
        <source>Bentuk permintaan</source>
        <translation>Request format</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="31"/>
        <source>Isi permintaan</source>
        <translation>Request fields</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="32"/>
        <source>Header otorisasi</source>
        <translation>Authorisation header</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="33"/>
        <source>Batas waktu (detik)</source>
        <translation>Timeout (seconds)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="34"/>
        <source>Gateway menolak kiriman ganda</source>
        <translation>Gateway drops duplicate requests</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="35"/>
        <source>Percobaan paling banyak</source>
        <translation>Maximum attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="36"/>
        <source>Templat: SK ditandatangani</source>
        <translation>Template: decree signed</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="37"/>
        <source>Templat: berkas dikembalikan</source>
        <translation>Template: file returned</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="38"/>
        <source>Templat: permohonan ditolak</source>
        <translation>Template: application rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="54"/>
        <source>tersimpan {masked}; ketik token baru untuk menggantinya</source>
        <translation>stored {masked}; type a new token to replace it</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/message_settings.py" line="56"/>
        <source>belum ada token</source>
        <translation>no token yet</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="40"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="41"/>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="42"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="43"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="44"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="46"/>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="47"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>MessagesScreen</name>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="80"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="102"/>
        <source>Kirim &amp;ulang</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="103"/>
        <source>Kirim lewat &amp;WhatsApp</source>
        <translation>Send via &amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="104"/>
        <source>Kirim &amp;sekarang</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="174"/>
        <source>Kirim lewat WhatsApp</source>
        <translation>Send via WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="175"/>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="175"/>
        <source>Diserahkan ke petugas</source>
        <translation>Handed to the officer</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="175"/>
        <source>Percobaan kirim</source>
        <translation>Sending attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="207"/>
        <source>Pesan diantrekan lagi; dikirim sebentar lagi.</source>
        <translation>Message queued again; it will be sent shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="227"/>
        <source>WhatsApp dibuka dengan pesannya: tekan kirim di sana.</source>
        <translation>WhatsApp opened with the message: press send there.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="241"/>
        <source>{sent} terkirim, {retry} dicoba lagi nanti, {uncertain} perlu dicek, {failed} gagal.</source>
        <translation>{sent} sent, {retry} to be retried later, {uncertain} to check, {failed} failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/messages_screen.py" line="246"/>
        <source>Gateway pesan belum diatur (Pengaturan → Pesan ke pemohon): kirim lewat WhatsApp.</source>
        <translation>No message gateway is set (Settings → Messages to applicants): send via WhatsApp.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/navigation.py" line="65"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="66"/>
        <source>Antrian</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="68"/>
        <source>Ambil Antrian</source>
        <translation>Issue Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="71"/>
        <source>Pendaftaran Berkas</source>
        <translation>File Intake</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="74"/>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="76"/>
        <source>Penyerahan</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="77"/>
        <source>Verifikasi SK</source>
        <translation>SK Verification</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="79"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="83"/>
        <source>Informasi &amp; Konsultasi</source>
        <translation>Information &amp; Consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="89"/>
        <source>Pesan Pemohon</source>
        <translation>Applicant Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="94"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="97"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="101"/>
        <source>Laporan SKM</source>
        <translation>SKM Report</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="106"/>
        <source>Katalog Layanan</source>
        <translation>Service Catalog</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="110"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NumberingSettingsPage</name>
    <message>
        <location filename="../../desktop/screens/numbering_settings.py" line="20"/>
        <source>Kolom: {nomor:04d} nomor urut per tahun, {bulan} bulan Romawi, {bulan_angka} bulan angka, {tahun}. Contoh: 503/{nomor:04d}/SK/DPMPTSP/{bulan}/{tahun}</source>
        <translation>Fields: {nomor:04d} yearly sequence number, {bulan} Roman month, {bulan_angka} month number, {tahun} year. Example: 503/{nomor:04d}/SK/DPMPTSP/{bulan}/{tahun}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/numbering_settings.py" line="29"/>
        <source>Nomor pendaftaran (tanda terima berkas)</source>
        <translation>Registration number (file receipt)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/numbering_settings.py" line="30"/>
        <source>Nomor SK</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/numbering_settings.py" line="31"/>
        <source>Nomor pengembalian berkas</source>
        <translation>File return slip number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/numbering_settings.py" line="32"/>
        <source>Nomor tanda terima penyerahan</source>
        <translation>Handover receipt number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/numbering_settings.py" line="33"/>
        <source>Nomor pengaduan</source>
        <translation>Complaint number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/numbering_settings.py" line="34"/>
        <source>Nomor surat penolakan</source>
        <translation>Rejection letter number</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="25"/>
        <source>Pilih &amp;logo...</source>
        <translation>Choose &amp;logo...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="27"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="38"/>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="39"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="40"/>
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="41"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="42"/>
        <source>Kota penetapan</source>
        <translation>City of issue</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="43"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="44"/>
        <source>Faksimile</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="45"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="46"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="47"/>
        <source>Motto</source>
        <translation>Motto</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="48"/>
        <source>Arti motto</source>
        <translation>Motto meaning</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="49"/>
        <source>Maklumat pelayanan</source>
        <translation>Service pledge</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="50"/>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="51"/>
        <source>Jabatan penandatangan</source>
        <translation>Signing official&apos;s title</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="52"/>
        <source>Nama penandatangan</source>
        <translation>Signing official&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="53"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="54"/>
        <source>NIP penandatangan</source>
        <translation>Signing official&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="55"/>
        <source>Cara penandatanganan SK</source>
        <translation>Decree signing mode</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="56"/>
        <source>Berita Daerah Perbup 16/2021</source>
        <translation>Regional Gazette entry of Regent Regulation 16/2021</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="73"/>
        <source>Belum dikonfirmasi kantor: {note}</source>
        <translation>Not yet confirmed by the office: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="83"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="86"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="86"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../desktop/opening.py" line="26"/>
        <source>Menyiapkan basis data Loket (pertama kali dibuka atau sesudah pembaruan). Mohon tunggu...</source>
        <translation>Preparing the Loket database (first start or after an update). Please wait...</translation>
    </message>
</context>
<context>
    <name>PaymentSlipDialog</name>
    <message>
        <location filename="../../desktop/screens/payment_slip.py" line="16"/>
        <source>Bukti setor butir {label}</source>
        <translation>Payment slip for item {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/payment_slip.py" line="32"/>
        <source>Nomor bukti setor</source>
        <translation>Payment slip number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/payment_slip.py" line="33"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/payment_slip.py" line="34"/>
        <source>Tanggal setor</source>
        <translation>Payment date</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <location filename="../../desktop/printer_text.py" line="12"/>
        <source>belum diatur</source>
        <translation>not set up</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="14"/>
        <source>siap ({detail})</source>
        <translation>ready ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="15"/>
        <source>tidak menjawab ({detail})</source>
        <translation>not answering ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="16"/>
        <source>folder tidak dapat ditulis ({detail})</source>
        <translation>folder not writable ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="17"/>
        <source>terhubung ({detail})</source>
        <translation>connected ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="18"/>
        <source>tidak terdeteksi ({detail})</source>
        <translation>not detected ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="19"/>
        <source>port ada ({detail})</source>
        <translation>port present ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="20"/>
        <source>port tidak ada ({detail})</source>
        <translation>port missing ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="21"/>
        <source>antrean printer Windows hanya tersedia di Windows</source>
        <translation>Windows printer queues exist only on Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="24"/>
        <source>layanan printer Windows tidak dapat dibaca</source>
        <translation>the Windows print spooler cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="25"/>
        <source>ada ({detail})</source>
        <translation>present ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_text.py" line="26"/>
        <source>tidak ada ({detail})</source>
        <translation>missing ({detail})</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../desktop/screens/counter_panels.py" line="138"/>
        <source>Penyandang disabilitas</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_panels.py" line="139"/>
        <source>Lanjut usia</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_panels.py" line="140"/>
        <source>Ibu hamil / menyusui</source>
        <translation>Pregnant / nursing mother</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_panels.py" line="141"/>
        <source>Anak-anak</source>
        <translation>Child</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/survey_profile.py" line="34"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop/survey_profile.py" line="35"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/survey_profile.py" line="36"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desktop/survey_profile.py" line="37"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/survey_profile.py" line="51"/>
        <location filename="../../desktop/survey_profile.py" line="78"/>
        <source>tahun</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../desktop/survey_profile.py" line="61"/>
        <source>Sebutkan pekerjaan Anda (boleh dikosongkan)</source>
        <translation>Name your occupation (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/survey_profile.py" line="84"/>
        <source>Hapus</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>QueueRulesForm</name>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="33"/>
        <source>Aturan prioritas</source>
        <translation>Priority rule</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="34"/>
        <source>Maks. prioritas berturut-turut</source>
        <translation>Max. priority tickets in a row</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="35"/>
        <source>Teks berjalan layar antrian</source>
        <translation>Queue display scrolling text</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="180"/>
        <source>Aturan prioritas: {rule}</source>
        <translation>Priority rule: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="111"/>
        <source>Panggil berikutnya</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="112"/>
        <source>Panggil ulang</source>
        <translation>Call again</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="113"/>
        <source>Mulai layani</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="114"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="115"/>
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="116"/>
        <source>Alihkan...</source>
        <translation>Transfer...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="117"/>
        <source>Panggil nomor...</source>
        <translation>Call a number...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="118"/>
        <source>Tutup loket</source>
        <translation>Close counter</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="84"/>
        <location filename="../../desktop/screens/queue_screen.py" line="176"/>
        <source>Istirahat (F10)</source>
        <translation>Take a break (F10)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="176"/>
        <source>Lanjut melayani (F10)</source>
        <translation>Back to serving (F10)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="191"/>
        <source>ISTIRAHAT</source>
        <translation>ON A BREAK</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="192"/>
        <source>Loket tidak memanggil. Tekan F2 atau F10 untuk melanjutkan.</source>
        <translation>The counter calls nobody. Press F2 or F10 to carry on.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="194"/>
        <source>TERBUKA — SIAP MEMANGGIL</source>
        <translation>OPEN — READY TO CALL</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="195"/>
        <source>Tidak ada antrian di loket ini. Tekan F2 untuk memanggil.</source>
        <translation>No ticket at this counter. Press F2 to call.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="197"/>
        <source>LOKET TUTUP</source>
        <translation>COUNTER CLOSED</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="198"/>
        <source>Tekan F2 untuk membuka loket dan memanggil antrian pertama.</source>
        <translation>Press F2 to open the counter and call the first ticket.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="206"/>
        <source>PRIORITAS: {kind}</source>
        <translation>PRIORITY: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="208"/>
        <source>dipanggil {count}x</source>
        <translation>called {count}x</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="210"/>
        <source>DILAYANI</source>
        <translation>BEING SERVED</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="212"/>
        <source>DIPANGGIL — MENUNGGU PEMOHON</source>
        <translation>CALLED — WAITING FOR THE VISITOR</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="230"/>
        <source>Antrian kosong: tidak ada yang menunggu untuk loket ini.</source>
        <translation>Queue empty: nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="232"/>
        <location filename="../../desktop/screens/queue_screen.py" line="312"/>
        <source>Memanggil {label}.</source>
        <translation>Calling {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="241"/>
        <source>Memanggil ulang {label}.</source>
        <translation>Recalling {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="247"/>
        <source>Melayani {label}.</source>
        <translation>Serving {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="253"/>
        <source>{label} selesai dilayani.</source>
        <translation>{label} finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="258"/>
        <source>{label} ditandai tidak hadir.</source>
        <translation>{label} marked as no-show.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="266"/>
        <source>Loket ditutup.</source>
        <translation>Counter closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="269"/>
        <source>Loket ditutup; {label} kembali ke antrian terdepan.</source>
        <translation>Counter closed; {label} is back at the front of the queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="280"/>
        <source>Loket kembali melayani.</source>
        <translation>The counter is serving again.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="285"/>
        <source>Loket istirahat: tidak ada yang dipanggil.</source>
        <translation>The counter is on a break: nobody is called.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="297"/>
        <source>Dibatalkan: {label} kembali dipanggil di loket ini.</source>
        <translation>Undone: {label} is called at this counter again.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="300"/>
        <source>Dibatalkan: loket dibuka lagi.</source>
        <translation>Undone: the counter is open again.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="304"/>
        <source>Panggil nomor</source>
        <translation>Call a number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="304"/>
        <source>Nomor antrian (mis. A-007 atau a7):</source>
        <translation>Ticket number (e.g. A-007 or a7):</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_dialogs.py" line="31"/>
        <source>Antrian prioritas dilayani di meja pelayanan khusus (loket lain membantu bila meja itu tutup).</source>
        <translation>Priority tickets are served at the priority desk (other counters help when that desk is closed).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_dialogs.py" line="35"/>
        <source>Antrian prioritas didahulukan, paling banyak {count} kali berturut-turut bila antrian biasa menunggu.</source>
        <translation>Priority tickets go first, at most {count} times in a row while regular tickets wait.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="317"/>
        <source>Tidak ada antrian yang dapat dialihkan.</source>
        <translation>There is no ticket to transfer.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="336"/>
        <source>{label} dialihkan.</source>
        <translation>{label} transferred.</translation>
    </message>
</context>
<context>
    <name>QueueSetup</name>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="46"/>
        <source>Pengelola aula (semua instansi)</source>
        <translation>Hall management (all agencies)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="52"/>
        <source>&amp;Instansi</source>
        <translation>&amp;Agency</translation>
    </message>
</context>
<context>
    <name>QueueSetupPage</name>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="175"/>
        <source>mis. S (kosong = tanpa awalan)</source>
        <translation>e.g. S (empty = no prefix)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="176"/>
        <source>Simpan awalan</source>
        <translation>Save prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="182"/>
        <source>Awalan nomor antrian instansi:</source>
        <translation>Agency queue number prefix:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="197"/>
        <source>Grup antrian</source>
        <translation>Queue groups</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="198"/>
        <source>Loket</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="204"/>
        <source>Tambah...</source>
        <translation>Add...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="204"/>
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="231"/>
        <source>pengelola aula</source>
        <translation>hall management</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="237"/>
        <source> (nonaktif)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="239"/>
        <source>{code} - {name}: {count} layanan{state}</source>
        <translation>{code} - {name}: {count} services{state}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="246"/>
        <source>, meja prioritas</source>
        <translation>, priority desk</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="248"/>
        <source>Loket {number} - {name}: grup {groups}{desk}</source>
        <translation>Counter {number} - {name}: groups {groups}{desk}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="272"/>
        <source>Awalan nomor antrian disimpan.</source>
        <translation>Queue number prefix saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="282"/>
        <source>Pilih baris lebih dulu.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_setup_page.py" line="328"/>
        <source>Disimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="54"/>
        <source>Harian</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="55"/>
        <source>Mingguan</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="56"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="57"/>
        <source>Rentang</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="72"/>
        <source>Semua loket</source>
        <translation>All counters</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="75"/>
        <source>Semua grup</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="78"/>
        <source>Semua petugas (nama pengguna)</source>
        <translation>All officers (user name)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="79"/>
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="122"/>
        <source>Tiket per jam</source>
        <translation>Tickets per hour</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="123"/>
        <source>Sebaran waktu tunggu (menit)</source>
        <translation>Waiting time distribution (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="124"/>
        <source>Kepatuhan waktu layanan per layanan (%)</source>
        <translation>On-time completion per service (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="88"/>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="99"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="135"/>
        <source>Simpan &amp;PDF...</source>
        <translation>Save &amp;PDF...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="135"/>
        <source>Simpan &amp;XLSX...</source>
        <translation>Save &amp;XLSX...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="155"/>
        <source>Seluruh aula</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="159"/>
        <source>Semua instansi berdampingan</source>
        <translation>All agencies side by side</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="210"/>
        <source>{period}: {agencies} instansi, {issued} tiket, {served} dilayani, tunggu rata-rata {wait} menit, IKM aula {ikm}.</source>
        <translation>{period}: {agencies} agencies, {issued} tickets, {served} served, mean wait {wait} minutes, hall IKM {ikm}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="233"/>
        <source>{period}: {issued} tiket, {served} dilayani, tunggu rata-rata {wait} menit, {over} melewati target {target} menit.</source>
        <translation>{period}: {issued} tickets, {served} served, average wait {wait} minutes, {over} over the {target}-minute target.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="261"/>
        <source>Diambil</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="262"/>
        <source>Dilayani</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="266"/>
        <source>Tiket</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="271"/>
        <source>Tepat waktu (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="290"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/reports_screen.py" line="306"/>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="115"/>
        <source>Atur ulang kata sandi: {user}</source>
        <translation>Reset password: {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="120"/>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../desktop/roles.py" line="12"/>
        <source>Petugas Loket (Front Office)</source>
        <translation>Counter officer (front office)</translation>
    </message>
    <message>
        <location filename="../../desktop/roles.py" line="13"/>
        <source>Customer Service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location filename="../../desktop/roles.py" line="14"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/roles.py" line="15"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/roles.py" line="16"/>
        <source>Back Office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location filename="../../desktop/roles.py" line="17"/>
        <source>Kepala Seksi (Kasi)</source>
        <translation>Section head (Kasi)</translation>
    </message>
    <message>
        <location filename="../../desktop/roles.py" line="18"/>
        <source>Kepala Bidang (Kabid)</source>
        <translation>Division head (Kabid)</translation>
    </message>
    <message>
        <location filename="../../desktop/roles.py" line="19"/>
        <source>Kepala Dinas</source>
        <translation>Head of office (Kepala Dinas)</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="17"/>
        <source>Ubah layanan {code}</source>
        <translation>Edit service {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="23"/>
        <source>(bukan hari kerja)</source>
        <translation>(not in working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="33"/>
        <source>mis. SK Kepala Dinas tentang standar pelayanan 2026</source>
        <translation>e.g. head of office&apos;s decree on the 2026 service standards</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="45"/>
        <source>&amp;Nama layanan</source>
        <translation>Service &amp;name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="46"/>
        <source>Jangka waktu (&amp;hari kerja)</source>
        <translation>Time limit (&amp;working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="47"/>
        <source>Jangka waktu (&amp;teks)</source>
        <translation>Time limit (&amp;text)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="48"/>
        <source>&amp;Biaya</source>
        <translation>&amp;Fee</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="49"/>
        <source>&amp;Produk</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="51"/>
        <source>&amp;Persyaratan
(&apos;- &apos; per butir, dua spasi
per tingkat, [jika: ...],
== varian ==)</source>
        <translation>&amp;Requirements
(&apos;- &apos; per item, two spaces
per level, [jika: ...],
== variant ==)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="54"/>
        <source>&amp;Dasar hukum (satu per baris)</source>
        <translation>&amp;Legal basis (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_edit.py" line="55"/>
        <source>&amp;Alasan perubahan</source>
        <translation>&amp;Reason for the change</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <location filename="../../desktop/service_picker.py" line="23"/>
        <source>Cari layanan: ketik sebagian nama, mis. apotek</source>
        <translation>Find a service: type part of its name, e.g. pharmacy</translation>
    </message>
    <message>
        <location filename="../../desktop/service_picker.py" line="74"/>
        <source>Tidak ada layanan dengan kata itu.</source>
        <translation>No service matches those words.</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="15"/>
        <source>jika</source>
        <translation>if</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="16"/>
        <source>Jangka waktu</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="17"/>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="18"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="19"/>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="20"/>
        <source>Dokumen sumber tidak menyebut persyaratan untuk layanan ini.</source>
        <translation>The source documents name no requirements for this service.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="23"/>
        <source>Prosedur</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="24"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="25"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="26"/>
        <source>Catatan peninjauan</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="27"/>
        <source>Sumber</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../desktop/screens/settings_form.py" line="40"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_form.py" line="103"/>
        <source>Tidak ada perubahan.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_form.py" line="116"/>
        <source>Pengaturan disimpan dan langsung berlaku.</source>
        <translation>Settings saved; they apply at once.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="33"/>
        <source>&amp;Kantor dan penandatangan</source>
        <translation>&amp;Office and signing official</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="34"/>
        <source>Pe&amp;nomoran dokumen</source>
        <translation>Document &amp;numbering</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="35"/>
        <source>&amp;PC ini: loket dan printer</source>
        <translation>&amp;This PC: counter and printers</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="36"/>
        <source>Akun &amp;petugas</source>
        <translation>Staff &amp;accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="37"/>
        <source>&amp;Instansi dan aula</source>
        <translation>A&amp;gencies and hall</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="38"/>
        <source>&amp;Antrian dan loket</source>
        <translation>&amp;Queue and counters</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="39"/>
        <source>Pesan ke p&amp;emohon</source>
        <translation>Messages to appl&amp;icants</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="40"/>
        <source>&amp;Log audit</source>
        <translation>Audit &amp;log</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="41"/>
        <source>&amp;Tentang / Diagnostik</source>
        <translation>&amp;About / Diagnostics</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/shortcuts.py" line="13"/>
        <source>Panggil berikutnya</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="14"/>
        <source>Panggil ulang</source>
        <translation>Call again</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="15"/>
        <source>Mulai layani</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="16"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="17"/>
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="18"/>
        <source>Alihkan ke grup/loket lain</source>
        <translation>Transfer to another group/counter</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="19"/>
        <source>Panggil nomor tertentu (A-003, A3, a003)</source>
        <translation>Call a given number (A-003, A3, a003)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="20"/>
        <source>Tutup loket</source>
        <translation>Close counter</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="21"/>
        <source>Batalkan tidak hadir / tutup loket (beberapa detik)</source>
        <translation>Undo no-show / counter close (a few seconds)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="22"/>
        <source>Istirahat / lanjut melayani</source>
        <translation>Take a break / back to serving</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="25"/>
        <source>Pilih grup antrian dengan hurufnya</source>
        <translation>Choose the queue group by its letter</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="26"/>
        <location filename="../../desktop/shortcuts.py" line="27"/>
        <source>Ambil nomor dan cetak tiket</source>
        <translation>Issue and print the ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="28"/>
        <source>Cetak ulang tiket terakhir (SALINAN)</source>
        <translation>Reprint the last ticket (COPY)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="33"/>
        <source>Tandai persyaratan: ada dan sesuai / tidak sesuai / tidak ada / tidak berlaku</source>
        <translation>Mark a requirement: present and valid / not valid / missing / not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="37"/>
        <source>Tandai sisa persyaratan ada dan sesuai</source>
        <translation>Mark the remaining requirements present and valid</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="38"/>
        <location filename="../../desktop/shortcuts.py" line="39"/>
        <source>Simpan pendaftaran berkas</source>
        <translation>Save the file registration</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="40"/>
        <source>Pendaftaran baru (kosongkan formulir)</source>
        <translation>New registration (clear the form)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="43"/>
        <location filename="../../desktop/shortcuts.py" line="44"/>
        <source>Catat langkah SOP berkas yang dipilih</source>
        <translation>Record the selected file&apos;s SOP step</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="47"/>
        <source>Cetak daftar persyaratan (termal)</source>
        <translation>Print the requirement list (thermal)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="48"/>
        <source>Simpan daftar persyaratan sebagai PDF</source>
        <translation>Save the requirement list as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="49"/>
        <source>Cari layanan</source>
        <translation>Find a service</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="51"/>
        <source>Simpan pengaturan</source>
        <translation>Save the settings</translation>
    </message>
</context>
<context>
    <name>SkmReportScreen</name>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="49"/>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="53"/>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="54"/>
        <source>0 = layanan selesai + permohonan terdaftar pada periode</source>
        <translation>0 = services completed + applications registered in the period</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="55"/>
        <source>&amp;Hitung</source>
        <translation>&amp;Calculate</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="113"/>
        <source>Simpan &amp;PDF...</source>
        <translation>Save &amp;PDF...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="116"/>
        <source>Simpan &amp;XLSX...</source>
        <translation>Save &amp;XLSX...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="61"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="61"/>
        <source>Unsur</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="61"/>
        <source>Jumlah nilai</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="61"/>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="61"/>
        <source>NRR tertimbang</source>
        <translation>Weighted NRR</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="68"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="68"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="68"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="68"/>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="87"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="88"/>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="89"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="90"/>
        <source>Populasi</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="138"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="138"/>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="138"/>
        <source>IKM konversi</source>
        <translation>Converted IKM</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="138"/>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="150"/>
        <source>Seluruh aula</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="179"/>
        <source>terpenuhi</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="179"/>
        <source>belum terpenuhi</source>
        <translation>not met yet</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="180"/>
        <source>Responden {count}; sampel minimum {minimum} dari populasi {population}: {met}.</source>
        <translation>Respondents {count}; minimum sample {minimum} out of a population of {population}: {met}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="189"/>
        <source>Belum ada jawaban survei pada periode ini.</source>
        <translation>No survey answers in this period yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="194"/>
        <source>IKM {ikm} · konversi {converted} · mutu {grade} ({label}). {sample}</source>
        <translation>IKM {ikm} · converted {converted} · grade {grade} ({label}). {sample}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="213"/>
        <source>Hitung laporan lebih dulu.</source>
        <translation>Calculate the report first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="216"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="216"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="217"/>
        <source>Simpan laporan SKM</source>
        <translation>Save SKM report</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/skm_report_screen.py" line="229"/>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
</context>
<context>
    <name>SurveyWindow</name>
    <message>
        <location filename="../../desktop/survey.py" line="64"/>
        <location filename="../../desktop/survey.py" line="70"/>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public Satisfaction Survey</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="73"/>
        <source>Tanpa nama. Jawaban Anda membantu kami memperbaiki pelayanan.</source>
        <translation>Anonymous. Your answers help us improve our service.</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="103"/>
        <source>Layanan apa yang baru Anda terima?</source>
        <translation>Which service did you just receive?</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="112"/>
        <source>Mulai survei</source>
        <translation>Start survey</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="139"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="150"/>
        <source>Tentang Anda (boleh dilewati)</source>
        <translation>About you (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="159"/>
        <source>Saran atau masukan (boleh dikosongkan)</source>
        <translation>Suggestions or feedback (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="161"/>
        <source>Kirim jawaban</source>
        <translation>Send answers</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="194"/>
        <source>Maaf, terjadi gangguan. Silakan hubungi petugas.
{reason}</source>
        <translation>Sorry, something went wrong. Please ask an officer.
{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="201"/>
        <source>Pilih layanan yang Anda terima lebih dulu.</source>
        <translation>First choose the service you received.</translation>
    </message>
    <message>
        <location filename="../../desktop/survey.py" line="251"/>
        <source>Terima kasih atas penilaian Anda!</source>
        <translation>Thank you for your feedback!</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <location filename="../../desktop/sync_ui.py" line="88"/>
        <source>Sinkronisasi sedang berjalan.</source>
        <translation>Sync already running.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui.py" line="101"/>
        <source>Sinkronisasi dimulai...</source>
        <translation>Sync started...</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui.py" line="114"/>
        <source>Sinkronisasi selesai: {sent} terkirim, {received} diterima.</source>
        <translation>Sync finished: {sent} sent, {received} received.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui.py" line="123"/>
        <source>Sinkronisasi gagal: {reason}</source>
        <translation>Sync failed: {reason}</translation>
    </message>
</context>
<context>
    <name>TicketDeskScreen</name>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="33"/>
        <source>Tidak (antrian biasa)</source>
        <translation>No (regular queue)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="36"/>
        <source>&amp;Ambil nomor (Enter)</source>
        <translation>&amp;Issue number (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="39"/>
        <source>&amp;Cetak ulang (Ctrl+R)</source>
        <translation>&amp;Reprint (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="57"/>
        <source>&amp;Grup</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="58"/>
        <source>&amp;Layanan (opsional)</source>
        <translation>&amp;Service (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="59"/>
        <source>&amp;Prioritas</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="88"/>
        <source>(belum ditentukan)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="95"/>
        <source>Pilih grup antrian.</source>
        <translation>Choose a queue group.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="117"/>
        <source>± {minutes} menit</source>
        <translation>± {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="119"/>
        <source>belum tersedia</source>
        <translation>not available yet</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="122"/>
        <source>{group} · di depan: {ahead} · perkiraan tunggu: {wait}</source>
        <translation>{group} · ahead: {ahead} · estimated wait: {wait}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="127"/>
        <source>Nomor {label} dibuat; mencetak tiket...</source>
        <translation>Number {label} issued; printing the ticket...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="131"/>
        <source>Tiket {label} tercetak.</source>
        <translation>Ticket {label} printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="135"/>
        <source>Tiket {label} TIDAK tercetak: {reason} Nomor tetap berlaku; tekan Ctrl+R untuk cetak ulang.</source>
        <translation>Ticket {label} was NOT printed: {reason} The number stays valid; press Ctrl+R to reprint.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/screens/counter_dialogs.py" line="13"/>
        <source>Alihkan antrian</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_dialogs.py" line="16"/>
        <source>(grup tetap)</source>
        <translation>(same group)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_dialogs.py" line="21"/>
        <source>(loket mana saja)</source>
        <translation>(any counter)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_dialogs.py" line="23"/>
        <source>Loket {number}</source>
        <translation>Counter {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_dialogs.py" line="24"/>
        <source>Ke &amp;grup</source>
        <translation>To &amp;group</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_dialogs.py" line="25"/>
        <source>Ke &amp;loket</source>
        <translation>To &amp;counter</translation>
    </message>
</context>
<context>
    <name>UndoButton</name>
    <message>
        <location filename="../../desktop/screens/undo_button.py" line="51"/>
        <source>Batalkan (Ctrl+Z) · {seconds} dtk</source>
        <translation>Undo (Ctrl+Z) · {seconds} s</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="70"/>
        <source>Ubah akun</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="70"/>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="82"/>
        <source>Akun aktif</source>
        <translation>Account active</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="87"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="88"/>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="89"/>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="92"/>
        <source>Staf aula (melayani semua instansi)</source>
        <translation>Hall staff (serves every agency)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="97"/>
        <source>Instansi saat ini</source>
        <translation>Current agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="100"/>
        <source>&amp;Instansi</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="106"/>
        <source>&amp;Kata sandi awal</source>
        <translation>Initial &amp;password</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="39"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="39"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="39"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="50"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="57"/>
        <source>Staf aula (semua instansi)</source>
        <translation>Hall staff (every agency)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="62"/>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="63"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="63"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="139"/>
        <source>&amp;Tambah...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="140"/>
        <source>&amp;Ubah...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="141"/>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="142"/>
        <source>Atur ulang &amp;sandi...</source>
        <translation>Reset &amp;password...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="171"/>
        <source>Pilih akun di tabel lebih dulu.</source>
        <translation>Select an account in the table first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="194"/>
        <source>Akun {user} dibuka.</source>
        <translation>Account {user} unlocked.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="208"/>
        <source>Akun {user} dibuat.</source>
        <translation>Account {user} created.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="220"/>
        <source>Akun {user} diubah.</source>
        <translation>Account {user} changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="229"/>
        <source>Kata sandi {user} diatur ulang; akun tidak terkunci.</source>
        <translation>Password of {user} reset; the account is unlocked.</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../desktop/screens/verify_screen.py" line="20"/>
        <source>Tempel atau pindai kode QR SK di sini</source>
        <translation>Paste or scan the SK QR code here</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/verify_screen.py" line="22"/>
        <source>&amp;Periksa kode</source>
        <translation>&amp;Check code</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/verify_screen.py" line="24"/>
        <source>Periksa berkas &amp;PDF...</source>
        <translation>Check &amp;PDF file...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/verify_screen.py" line="45"/>
        <source>Pilih PDF SK</source>
        <translation>Choose SK PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/verify_screen.py" line="54"/>
        <source>&lt;h2 style=&apos;color:#1b5e20&apos;&gt;ASLI DAN BERLAKU&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;color:#1b5e20&apos;&gt;GENUINE AND VALID&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/verify_screen.py" line="56"/>
        <source>&lt;h2 style=&apos;color:#e65100&apos;&gt;ASLI, TETAPI TIDAK BERLAKU LAGI&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;color:#e65100&apos;&gt;GENUINE, BUT NO LONGER VALID&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/verify_screen.py" line="58"/>
        <source>&lt;h2 style=&apos;color:#a40000&apos;&gt;TIDAK SAH&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;color:#a40000&apos;&gt;NOT VALID&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/verify_screen.py" line="63"/>
        <source>&lt;p&gt;Nomor SK: {n}&lt;br&gt;Nomor pendaftaran: {r}&lt;br&gt;Pemegang: {h}&lt;br&gt;Layanan: {s}&lt;br&gt;Tanggal: {d}&lt;/p&gt;</source>
        <translation>&lt;p&gt;SK number: {n}&lt;br&gt;Registration number: {r}&lt;br&gt;Holder: {h}&lt;br&gt;Service: {s}&lt;br&gt;Date: {d}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <location filename="../../desktop/screens/counter_panels.py" line="111"/>
        <source>Menunggu di loket ini ({count})</source>
        <translation>Waiting for this counter ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_panels.py" line="115"/>
        <source>{label}   menunggu {minutes} mnt</source>
        <translation>{label}   waiting {minutes} min</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_panels.py" line="119"/>
        <source>PRIORITAS: {kind}</source>
        <translation>PRIORITY: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_panels.py" line="123"/>
        <source>(dialihkan ke sini)</source>
        <translation>(transferred here)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/counter_panels.py" line="127"/>
        <source>Tidak hadir hari ini ({count}) — klik dua kali untuk memanggil</source>
        <translation>No-shows today ({count}) — double-click to call</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="60"/>
        <source>Menyiapkan basis data...</source>
        <translation>Preparing the database...</translation>
    </message>
</context>
</TS>
