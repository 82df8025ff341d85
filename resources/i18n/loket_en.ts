<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
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
        <location filename="../../desktop/screens/audit_page.py" line="69"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="65"/>
        <source>Cari layanan, sektor, produk atau persyaratan... (Ctrl+F)</source>
        <translation>Search services, sectors, products or requirements... (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="77"/>
        <source>&amp;Ubah layanan...</source>
        <translation>&amp;Edit service...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="136"/>
        <source>Pilih layanan lebih dulu.</source>
        <translation>Select a service first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/catalog_screen.py" line="155"/>
        <source>Layanan disimpan sebagai revisi {revision}.</source>
        <translation>Service saved as revision {revision}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="16"/>
        <source>Ubah kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="19"/>
        <source>Kata sandi &amp;lama</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="20"/>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="21"/>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Repeat new password</translation>
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
    <name>DeviceSettingsPage</name>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="19"/>
        <source>&amp;Uji printer termal</source>
        <translation>&amp;Test thermal printer</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="22"/>
        <source>Pilih folder &amp;arsip...</source>
        <translation>Choose &amp;archive folder...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="29"/>
        <source>Nomor loket</source>
        <translation>Counter number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="30"/>
        <source>Nama loket</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="31"/>
        <source>Printer tiket (ESC/POS)</source>
        <translation>Ticket printer (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="32"/>
        <source>Alamat printer tiket</source>
        <translation>Ticket printer address</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="33"/>
        <source>Lebar kertas (mm)</source>
        <translation>Paper width (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="34"/>
        <source>Printer dokumen</source>
        <translation>Document printer</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="35"/>
        <location filename="../../desktop/screens/device_settings.py" line="60"/>
        <source>Folder arsip</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="36"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="42"/>
        <source>(tidak ada: simpan sebagai PDF)</source>
        <translation>(none: save as PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="56"/>
        <source>{name} (tidak terpasang)</source>
        <translation>{name} (not installed)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/device_settings.py" line="75"/>
        <source>Printer tiket: {state}</source>
        <translation>Ticket printer: {state}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="90"/>
        <source>Penyiapan Loket</source>
        <translation>Loket setup</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="93"/>
        <source>&lt;b&gt;Selamat datang di Loket.&lt;/b&gt;&lt;br&gt;Buat akun administrator pertama. Administrator mengatur kantor, loket, printer dan akun petugas lain.</source>
        <translation>&lt;b&gt;Welcome to Loket.&lt;/b&gt;&lt;br&gt;Create the first administrator account. The administrator sets up the office, counters, printers and the other staff accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="105"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="106"/>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="107"/>
        <source>&amp;Kata sandi (min. 8)</source>
        <translation>&amp;Password (min. 8)</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="108"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="109"/>
        <source>Buat administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="110"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="115"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <location filename="../../desktop/hall_display.py" line="72"/>
        <source>Layar Antrian</source>
        <translation>Queue Display</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="115"/>
        <source>Panggilan terakhir</source>
        <translation>Last calls</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="117"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="166"/>
        <source>Silakan ke Loket {number}</source>
        <translation>Please go to counter {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="170"/>
        <source>{label}  →  Loket {number}</source>
        <translation>{label}  →  Counter {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="174"/>
        <source>{code} {name}: {count}</source>
        <translation>{code} {name}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/hall_display.py" line="183"/>
        <source>Menyambung ulang ke basis data... ({reason})</source>
        <translation>Reconnecting to the database... ({reason})</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="39"/>
        <source>Akun saya</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="42"/>
        <source>Ubah &amp;kata sandi...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="61"/>
        <source>Telp.</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="61"/>
        <source>Motto</source>
        <translation>Motto</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="61"/>
        <source>Maklumat pelayanan</source>
        <translation>Service pledge</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="80"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/home_screen.py" line="86"/>
        <source>Kata sandi diubah.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desktop/kiosk.py" line="32"/>
        <source>Ambil Nomor Antrian</source>
        <translation>Take a Queue Number</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="38"/>
        <source>Sentuh layanan yang Anda perlukan untuk mengambil nomor antrian</source>
        <translation>Touch the service you need to take a queue number</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="45"/>
        <source>Prioritas:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="114"/>
        <source>Mohon tunggu...</source>
        <translation>Please wait...</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="131"/>
        <source>perkiraan tunggu ± {minutes} menit</source>
        <translation>estimated wait ± {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="136"/>
        <source>Nomor Anda: {label}
{ahead} orang di depan Anda {wait}</source>
        <translation>Your number: {label}
{ahead} people ahead of you {wait}</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="146"/>
        <source>Tiket tidak dapat dicetak. Catat nomor Anda: {label}, dan beri tahu petugas.</source>
        <translation>The ticket could not be printed. Note your number: {label}, and tell an officer.</translation>
    </message>
    <message>
        <location filename="../../desktop/kiosk.py" line="154"/>
        <source>Maaf, nomor belum dapat diambil. Silakan hubungi petugas.
{reason}</source>
        <translation>Sorry, no number could be taken. Please ask an officer.
{reason}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="53"/>
        <source>Masuk - Loket</source>
        <translation>Sign in - Loket</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="54"/>
        <source>&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;Masuk dengan akun petugas Anda.</source>
        <translation>&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;Sign in with your staff account.</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="59"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="60"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="61"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="62"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="67"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter user name and password.</translation>
    </message>
</context>
<context>
    <name>LoketStatusBar</name>
    <message>
        <location filename="../../desktop/status_bar.py" line="60"/>
        <source>Loket {number}: {name}</source>
        <translation>Counter {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="63"/>
        <source>tersambung</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="64"/>
        <location filename="../../desktop/status_bar.py" line="73"/>
        <source>Basis data: {state}</source>
        <translation>Database: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="70"/>
        <source>Printer: {state}</source>
        <translation>Printer: {state}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="29"/>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="56"/>
        <source>&amp;Loket</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="57"/>
        <source>&amp;Kunci / ganti pengguna</source>
        <translation>&amp;Lock / switch user</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="59"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="60"/>
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="64"/>
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="65"/>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="66"/>
        <source>&amp;Tentang Loket</source>
        <translation>&amp;About Loket</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="93"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="107"/>
        <source>Loket {version}
Aplikasi front office pelayanan terpadu satu pintu.
Basis data: {db}</source>
        <translation>Loket {version}
Front-office application for one-stop service counters.
Database: {db}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="111"/>
        <source>Tentang Loket</source>
        <translation>About Loket</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/navigation.py" line="33"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="34"/>
        <source>Antrian</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="36"/>
        <source>Ambil Antrian</source>
        <translation>Issue Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="39"/>
        <source>Katalog Layanan</source>
        <translation>Service Catalog</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="43"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
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
        <location filename="../../desktop/screens/office_settings.py" line="32"/>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="33"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="34"/>
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="35"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="36"/>
        <source>Kota penetapan</source>
        <translation>City of issue</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="37"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="38"/>
        <source>Faksimile</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="39"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="40"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="41"/>
        <source>Motto</source>
        <translation>Motto</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="42"/>
        <source>Arti motto</source>
        <translation>Motto meaning</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="43"/>
        <source>Maklumat pelayanan</source>
        <translation>Service pledge</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="44"/>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="45"/>
        <source>Jabatan penandatangan</source>
        <translation>Signing official&apos;s title</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="46"/>
        <source>Nama penandatangan</source>
        <translation>Signing official&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="47"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="48"/>
        <source>NIP penandatangan</source>
        <translation>Signing official&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="61"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="64"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/office_settings.py" line="64"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="80"/>
        <source>Panggil &amp;berikutnya</source>
        <translation>Call &amp;next</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="81"/>
        <source>Panggil &amp;ulang</source>
        <translation>&amp;Recall</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="82"/>
        <source>&amp;Mulai layani</source>
        <translation>&amp;Start serving</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="83"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="84"/>
        <source>&amp;Tidak hadir</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="85"/>
        <source>&amp;Alihkan...</source>
        <translation>&amp;Transfer...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="86"/>
        <source>Panggil &amp;nomor...</source>
        <translation>Call n&amp;umber...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="87"/>
        <source>T&amp;utup loket</source>
        <translation>C&amp;lose counter</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="99"/>
        <source>Menunggu per grup</source>
        <translation>Waiting per group</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="140"/>
        <source>&lt;h2&gt;Loket {number} — {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Counter {number} — {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="143"/>
        <source>Aturan prioritas: {rule}</source>
        <translation>Priority rule: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="147"/>
        <source>{code} {name}: {count} menunggu</source>
        <translation>{code} {name}: {count} waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="153"/>
        <source>Tidak ada antrian di loket ini. Tekan F2 untuk memanggil.</source>
        <translation>No ticket at this counter. Press F2 to call.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="160"/>
        <source>PRIORITAS: {kind}</source>
        <translation>PRIORITY: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="162"/>
        <source>dipanggil {count}x</source>
        <translation>called {count}x</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="181"/>
        <source>Antrian kosong: tidak ada yang menunggu untuk loket ini.</source>
        <translation>Queue empty: nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="183"/>
        <location filename="../../desktop/screens/queue_screen.py" line="229"/>
        <source>Memanggil {label}.</source>
        <translation>Calling {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="191"/>
        <source>Memanggil ulang {label}.</source>
        <translation>Recalling {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="197"/>
        <source>Melayani {label}.</source>
        <translation>Serving {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="203"/>
        <source>{label} selesai dilayani.</source>
        <translation>{label} finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="209"/>
        <source>{label} ditandai tidak hadir.</source>
        <translation>{label} marked as no-show.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="215"/>
        <source>Loket ditutup.</source>
        <translation>Counter closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="218"/>
        <source>Loket ditutup; {label} kembali ke antrian terdepan.</source>
        <translation>Counter closed; {label} is back at the front of the queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="224"/>
        <source>Panggil nomor</source>
        <translation>Call a number</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="224"/>
        <source>Nomor antrian (mis. A-007):</source>
        <translation>Ticket number (e.g. A-007):</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="234"/>
        <source>Tidak ada antrian yang dapat dialihkan.</source>
        <translation>There is no ticket to transfer.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="253"/>
        <source>{label} dialihkan.</source>
        <translation>{label} transferred.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="97"/>
        <source>Atur ulang kata sandi: {user}</source>
        <translation>Reset password: {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="102"/>
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
    <name>ServiceView</name>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="14"/>
        <source>jika</source>
        <translation>if</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="15"/>
        <source>Jangka waktu</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="16"/>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="17"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="18"/>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="19"/>
        <source>Dokumen sumber tidak menyebut persyaratan untuk layanan ini.</source>
        <translation>The source documents name no requirements for this service.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="22"/>
        <source>Prosedur</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="23"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="24"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="25"/>
        <source>Catatan peninjauan</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/service_view.py" line="26"/>
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
        <location filename="../../desktop/screens/settings_screen.py" line="23"/>
        <source>&amp;Kantor dan penandatangan</source>
        <translation>&amp;Office and signing official</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="24"/>
        <source>&amp;PC ini: loket dan printer</source>
        <translation>&amp;This PC: counter and printers</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="25"/>
        <source>Akun &amp;petugas</source>
        <translation>Staff &amp;accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="26"/>
        <source>&amp;Log audit</source>
        <translation>Audit &amp;log</translation>
    </message>
</context>
<context>
    <name>TicketDeskScreen</name>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="32"/>
        <source>Tidak (antrian biasa)</source>
        <translation>No (regular queue)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="35"/>
        <source>&amp;Ambil nomor (Enter)</source>
        <translation>&amp;Issue number (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="38"/>
        <source>&amp;Cetak ulang (Ctrl+R)</source>
        <translation>&amp;Reprint (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="56"/>
        <source>&amp;Grup</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="57"/>
        <source>&amp;Layanan (opsional)</source>
        <translation>&amp;Service (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="58"/>
        <source>&amp;Prioritas</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="87"/>
        <source>(belum ditentukan)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="94"/>
        <source>Pilih grup antrian.</source>
        <translation>Choose a queue group.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="116"/>
        <source>± {minutes} menit</source>
        <translation>± {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="118"/>
        <source>belum tersedia</source>
        <translation>not available yet</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="121"/>
        <source>{group} · di depan: {ahead} · perkiraan tunggu: {wait}</source>
        <translation>{group} · ahead: {ahead} · estimated wait: {wait}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="126"/>
        <source>Nomor {label} dibuat; mencetak tiket...</source>
        <translation>Number {label} issued; printing the ticket...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="130"/>
        <source>Tiket {label} tercetak.</source>
        <translation>Ticket {label} printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/ticket_desk.py" line="134"/>
        <source>Tiket {label} TIDAK tercetak: {reason} Nomor tetap berlaku; tekan Ctrl+R untuk cetak ulang.</source>
        <translation>Ticket {label} was NOT printed: {reason} The number stays valid; press Ctrl+R to reprint.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="29"/>
        <source>Alihkan antrian</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="32"/>
        <source>(grup tetap)</source>
        <translation>(same group)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="37"/>
        <source>(loket mana saja)</source>
        <translation>(any counter)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="39"/>
        <source>Loket {number}</source>
        <translation>Counter {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="40"/>
        <source>Ke &amp;grup</source>
        <translation>To &amp;group</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/queue_screen.py" line="41"/>
        <source>Ke &amp;loket</source>
        <translation>To &amp;counter</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="69"/>
        <source>Ubah akun</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="69"/>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="81"/>
        <source>Akun aktif</source>
        <translation>Account active</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="86"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="87"/>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="88"/>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="92"/>
        <source>&amp;Kata sandi awal</source>
        <translation>Initial &amp;password</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="35"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="35"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="35"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="61"/>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="62"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="62"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="121"/>
        <source>&amp;Tambah...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="122"/>
        <source>&amp;Ubah...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="123"/>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="124"/>
        <source>Atur ulang &amp;sandi...</source>
        <translation>Reset &amp;password...</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="147"/>
        <source>Pilih akun di tabel lebih dulu.</source>
        <translation>Select an account in the table first.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="170"/>
        <source>Akun {user} dibuka.</source>
        <translation>Account {user} unlocked.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="184"/>
        <source>Akun {user} dibuat.</source>
        <translation>Account {user} created.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="194"/>
        <source>Akun {user} diubah.</source>
        <translation>Account {user} changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users_page.py" line="203"/>
        <source>Kata sandi {user} diatur ulang; akun tidak terkunci.</source>
        <translation>Password of {user} reset; the account is unlocked.</translation>
    </message>
</context>
</TS>
