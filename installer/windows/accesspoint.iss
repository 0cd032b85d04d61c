; Inno Setup 6 script for AccessPoint on Windows.
;
; On a Windows build machine (see docs/installing.md):
;   py -3.11 -m venv venv && venv\Scripts\pip install -e . pyinstaller
;   venv\Scripts\python installer\make_icons.py build\icons
;   venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\accesspoint.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\accesspoint.iss
; Output: dist\AccessPoint-0.1.0-setup.exe
;
; Per-user install (no administrator needed: hub volunteers rarely have it). The
; database, backups and logs live in %LOCALAPPDATA%\AccessPoint (platformdirs), NOT in
; the install folder, so upgrading or uninstalling never touches them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "AccessPoint"
#define Root ".." + "\" + ".."

[Setup]
; Keep this AppId forever: it is how a newer installer finds and upgrades the old one.
AppId={{7B1E6A52-4C1D-4E63-9A57-2D0C3F8A1B90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AccessPoint
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=AccessPoint-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\accesspoint.ico
UninstallDisplayIcon={app}\AccessPoint.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile={#Root}\dist\accesspoint\THIRD-PARTY-NOTICES.txt
; Upgrading while the app is open would replace DLLs under it: ask to close it first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: AccessPoint.exe (windowed), accesspoint.exe (command line)
; and _internal\. Old files from a previous version are removed first by [InstallDelete].
Source: "{#Root}\dist\accesspoint\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A stale DLL from an older version must not shadow the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\AccessPoint.exe"; Comment: "Enquiries, signposting and time credits"
Name: "{group}\{#AppName} (demo data)"; Filename: "{app}\AccessPoint.exe"; Parameters: "--demo"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\AccessPoint.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\AccessPoint.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what we put in the install folder. %LOCALAPPDATA%\AccessPoint (the hub's
; records, backups, logs) is deliberately left alone: uninstalling must never
; delete a hub's data. docs/installing.md says how to remove it by hand.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function InitializeUninstall(): Boolean;
begin
  Result := True;
  MsgBox('AccessPoint will be removed. Your hub''s records, backups and logs in ' +
         ExpandConstant('{localappdata}\AccessPoint') + ' are kept.',
         mbInformation, MB_OK);
end;
