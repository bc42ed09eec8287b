; Inno Setup script: a per-machine install of the one-folder build in dist\fremskudt.
; Build on Windows: see installer/README.md.
#define AppName "Fremskudt"
#define AppVersion GetEnv("FREMSKUDT_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F3D2B8E-3C41-4D8A-9B57-FREMSKUDT001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Fremskudt
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Fremskudt-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\fremskudt.exe
SetupIconFile=..\resources\icons\fremskudt.ico
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[Tasks]
Name: "desktopicon"; Description: "Genvej på skrivebordet"; GroupDescription: "Genveje:"

[Files]
Source: "..\dist\fremskudt\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\fremskudt.exe"
Name: "{group}\{#AppName} (English)"; Filename: "{app}\fremskudt.exe"; Parameters: "--lang en"
Name: "{group}\Afinstallér {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\fremskudt.exe"; Tasks: desktopicon

[Registry]
; .fsb sync bundles open with Fremskudt
Root: HKA; Subkey: "Software\Classes\.fsb"; ValueType: string; ValueName: ""; ValueData: "Fremskudt.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Fremskudt.Bundle"; ValueType: string; ValueName: ""; ValueData: "Fremskudt synkroniseringspakke"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Fremskudt.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\fremskudt.exe,0"
Root: HKA; Subkey: "Software\Classes\Fremskudt.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\fremskudt.exe"" ""%1"""

[Run]
; Live sync between the office's workstations (issue 23): inbound TCP 47310 (the LAN sync,
; app.services.peers_live.DEFAULT_PORT) and UDP 5353 (mDNS, finding each other), for the two
; programs only, on the domain and private profiles (never on a public network). Any old rule
; of the same name is removed first, so a reinstall or an update does not pile rules up.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Fremskudt kontorets net"""; Flags: runhidden waituntilterminated; StatusMsg: "Åbner Windows Firewall for kontorets net ..."
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Fremskudt kontorets net"" dir=in action=allow program=""{app}\fremskudt.exe"" protocol=TCP localport=47310 profile=domain,private"; Flags: runhidden waituntilterminated
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Fremskudt kontorets net"" dir=in action=allow program=""{app}\fremskudt-cli.exe"" protocol=TCP localport=47310 profile=domain,private"; Flags: runhidden waituntilterminated
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Fremskudt kontorets net"" dir=in action=allow program=""{app}\fremskudt.exe"" protocol=UDP localport=5353 profile=domain,private"; Flags: runhidden waituntilterminated
; fremskudt-cli.exe is the same program with a console (selftest, check, backup, export)
Filename: "{app}\fremskudt-cli.exe"; Parameters: "selftest"; Flags: runhidden waituntilterminated; StatusMsg: "Kontrollerer installationen ..."
Filename: "{app}\fremskudt.exe"; Description: "Start Fremskudt"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; the firewall rules go with the program
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Fremskudt kontorets net"""; Flags: runhidden waituntilterminated; RunOnceId: "FremskudtFirewall"

[Code]
// The office's data (the encrypted store, key file and backups) stays unless asked.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: string;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Fremskudt');
    if DirExists(DataDir) then
      if MsgBox('Skal kontorets data på denne computer også slettes?' + #13#10 +
                '(' + DataDir + ')' + #13#10#13#10 +
                'Vælg Nej, hvis databasen skal bruges igen eller ikke er synkroniseret.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
