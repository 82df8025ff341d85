; Inno Setup 6 (6.3 or later) script for Loket on Windows. Build the frozen app first (scripts/build-frozen, which
; leaves dist\Loket and runs its self-test), then:   iscc /DVERSION=0.2.0 installer.iss
; Output: dist\installer\Loket-<versi>-setup.exe
;
; Upgrades install in place over an older version (same AppId; running Loket windows are closed first). Uninstalling
; removes the program only: the data folder {localappdata}\Loket (database, archive, backups, logs, device id, keys)
; is never deleted.

#ifndef VERSION
  #define VERSION "0.1.0"
#endif
#define AppName "Loket"
#define AppPublisher "DPMPTSP"
#define AppExe "Loket.exe"

[Setup]
; Never change the AppId: it is how Windows knows an installer upgrades the Loket already there.
AppId={{6B1E3C7A-4F2D-4C1B-9E8A-2D7F5A0C9B31}
AppName={#AppName}
AppVersion={#VERSION}
AppVerName={#AppName} {#VERSION}
AppPublisher={#AppPublisher}
VersionInfoVersion={#VERSION}
DefaultDirName={autopf}\Loket
DefaultGroupName=Loket
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=dist\installer
OutputBaseFilename=Loket-{#VERSION}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#VERSION}
SetupLogging=yes

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; Everything PyInstaller collected (Loket.exe, loket-admin.exe, _internal\ with resources and migrations).
Source: "dist\Loket\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries whole, so a file dropped by the new version does not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Loket"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\Layar Antrian"; Filename: "{app}\{#AppExe}"; Parameters: "--display"; WorkingDir: "{app}"
Name: "{group}\Anjungan"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,Loket}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Loket"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{autodesktop}\Layar Antrian"; Filename: "{app}\{#AppExe}"; Parameters: "--display"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{autodesktop}\Anjungan"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Loket}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder itself gained at run time; {localappdata}\Loket is deliberately not listed.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
