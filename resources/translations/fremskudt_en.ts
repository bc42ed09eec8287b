<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
  <context>
    <name>AdminPage</name>
    <message>
      <source>&amp;Adgangskode (mindst 10 tegn):</source>
      <translation>&amp;Password (at least 10 characters):</translation>
    </message>
    <message>
      <source>&amp;Brugernavn:</source>
      <translation>&amp;Username:</translation>
    </message>
    <message>
      <source>&amp;Gentag adgangskode:</source>
      <translation>&amp;Repeat password:</translation>
    </message>
    <message>
      <source>&amp;Opret kontoret</source>
      <translation>&amp;Create the office</translation>
    </message>
    <message>
      <source>Adgangskode</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Administratoren opretter de andre medarbejdere. Vælg også de roller, du selv arbejder i: leder og jobkonsulent er valgt, så du kan se sagsstammen; fjern dem, hvis du ikke skal.</source>
      <translation>The administrator creates the other staff accounts. Also choose the roles you work in yourself: leader and jobkonsulent are selected so that you see the caseload; remove them if you do not need them.</translation>
    </message>
    <message>
      <source>Brugernavn</source>
      <translation>Username</translation>
    </message>
    <message>
      <source>Fulde &amp;navn:</source>
      <translation>Full &amp;name:</translation>
    </message>
    <message>
      <source>Fulde navn</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/setup_wizard.py" />
      <source>Første administrator</source>
      <translation>First administrator</translation>
    </message>
    <message>
      <source>Gentag adgangskode</source>
      <translation>Repeat password</translation>
    </message>
    <message>
      <source>Roller ud over administrator</source>
      <translation>Roles besides administrator</translation>
    </message>
  </context>
  <context>
    <name>AdmissionDialog</name>
    <message>
      <source>&amp;Afvis</source>
      <translation>&amp;Refuse</translation>
    </message>
    <message>
      <source>&amp;Optag</source>
      <translation>&amp;Admit</translation>
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt; beder om at blive tilsluttet kontoret. Sammenlign fingeraftrykkene med dem, den nye arbejdsstation viser, før du optager den.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; asks to join the office. Compare the fingerprints with those the new workstation shows before you admit it.</translation>
    </message>
    <message>
      <source>Den nye arbejdsstation:</source>
      <translation>The new workstation:</translation>
    </message>
    <message>
      <source>Den nye arbejdsstations fingeraftryk</source>
      <translation>The new workstation's fingerprint</translation>
    </message>
    <message>
      <source>Dette kontor:</source>
      <translation>This office:</translation>
    </message>
    <message>
      <source>Kontorets fingeraftryk</source>
      <translation>The office's fingerprint</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/workstations_page.py" />
      <source>Optag arbejdsstation</source>
      <translation>Admit workstation</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../work/main/app/ui/application.py" />
      <source>{name} er en synkroniseringspakke til jobcentret ({size:.1f} MB). Den er krypteret til jobcentrets nøgle og indlæses centralt med 'fremskudt-central import'. Kontoret kan ikke åbne den.</source>
      <translation>{name} is a synchronisation bundle for the jobcentre ({size:.1f} MB). It is encrypted to the jobcentre's key and imported centrally with 'fremskudt-central import'. The office cannot open it.</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>&amp;Anden mappe …</source>
      <translation>&amp;Second folder …</translation>
    </message>
    <message>
      <source>&amp;Gendan</source>
      <translation>&amp;Restore</translation>
    </message>
    <message>
      <source>&amp;Gendan valgte …</source>
      <translation>&amp;Restore selected …</translation>
    </message>
    <message>
      <source>&amp;Tag sikkerhedskopi nu</source>
      <translation>&amp;Take a backup now</translation>
    </message>
    <message>
      <source>Anden mappe</source>
      <translation>Second folder</translation>
    </message>
    <message>
      <source>Anden mappe til sikkerhedskopier</source>
      <translation>Second folder for backups</translation>
    </message>
    <message>
      <source>Anledning</source>
      <translation>Occasion</translation>
    </message>
    <message>
      <source>Daglig</source>
      <translation>Daily</translation>
    </message>
    <message>
      <source>Datamappen</source>
      <translation>The data folder</translation>
    </message>
    <message>
      <source>Gendan sikkerhedskopi</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <source>Gendanner sikkerhedskopien …</source>
      <translation>Restoring the backup …</translation>
    </message>
    <message>
      <source>Krypteret med kontorets nøgle. Der tages en sikkerhedskopi ved dagens første login; 7 daglige, 4 ugentlige og 12 månedlige gemmes.</source>
      <translation>Encrypted with the office's key. A backup is taken at the first login of the day; 7 daily, 4 weekly and 12 monthly are kept.</translation>
    </message>
    <message>
      <source>Manuel</source>
      <translation>Manual</translation>
    </message>
    <message>
      <source>Mappe</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Mappe (fx et netværksdrev eller en krypteret USB-nøgle; tom: ingen)</source>
      <translation>Folder (e.g. a network drive or an encrypted USB stick; empty: none)</translation>
    </message>
    <message>
      <source>Sikkerhedskopien fra {d} har {c} borgere, {f} forløb og {k} kontakter. Den nuværende database gemmes først som sikkerhedskopi. Derefter lukker Fremskudt, og du logger ind igen.</source>
      <translation>The backup from {d} has {c} citizens, {f} courses and {k} contacts. The current database is first saved as a backup. Then Fremskudt closes, and you log in again.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/safety_dialogs.py" />
      <source>Sikkerhedskopier</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Størrelse</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Tager sikkerhedskopi …</source>
      <translation>Taking a backup …</translation>
    </message>
    <message>
      <source>Taget</source>
      <translation>Taken</translation>
    </message>
    <message>
      <source>Taget: {f}</source>
      <translation>Taken: {f}</translation>
    </message>
    <message>
      <source>Vælg en sikkerhedskopi.</source>
      <translation>Choose a backup.</translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message>
      <source> min.</source>
      <translation> min.</translation>
    </message>
    <message>
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>&amp;Gem</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Adresse, lokale eller link (valgfrit)</source>
      <translation>Address, room or link (optional)</translation>
    </message>
    <message>
      <source>Book møde</source>
      <translation>Book meeting</translation>
    </message>
    <message>
      <source>Borger</source>
      <translation>Citizen</translation>
    </message>
    <message>
      <source>Borger:</source>
      <translation>Citizen:</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/appointment_dialogs.py" />
      <source>Flyt møde</source>
      <translation>Move meeting</translation>
    </message>
    <message>
      <source>Gem &amp;alligevel</source>
      <translation>Save &amp;anyway</translation>
    </message>
    <message>
      <source>Ingen borgere fundet.</source>
      <translation>No citizens found.</translation>
    </message>
    <message>
      <source>Medarbejdere</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>Medarbejdere:</source>
      <translation>Staff:</translation>
    </message>
    <message>
      <source>Mødets art</source>
      <translation>Kind of meeting</translation>
    </message>
    <message>
      <source>Mødets art:</source>
      <translation>Kind of meeting:</translation>
    </message>
    <message>
      <source>Navn, CPR-nummer eller telefon – Enter</source>
      <translation>Name, CPR number or phone – Enter</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <source>Overlap</source>
      <translation>Overlap</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Sted:</source>
      <translation>Place:</translation>
    </message>
    <message>
      <source>Søg borger</source>
      <translation>Search citizen</translation>
    </message>
    <message>
      <source>Søg borger:</source>
      <translation>Find citizen:</translation>
    </message>
    <message>
      <source>Søg og vælg borgeren først.</source>
      <translation>Find and choose the citizen first.</translation>
    </message>
    <message>
      <source>Tag med</source>
      <translation>Bring</translation>
    </message>
    <message>
      <source>Tag med:</source>
      <translation>Bring:</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tidspunkt:</source>
      <translation>Time:</translation>
    </message>
    <message>
      <source>Til indkaldelsen; tom: kontorets standardtekst</source>
      <translation>For the letter; empty: the office's standard text</translation>
    </message>
    <message>
      <source>Tolk bestilt, sprog:</source>
      <translation>Interpreter booked, language:</translation>
    </message>
    <message>
      <source>Tolk:</source>
      <translation>Interpreter:</translation>
    </message>
    <message>
      <source>Tolkesprog</source>
      <translation>Interpreter language</translation>
    </message>
    <message>
      <source>Varighed</source>
      <translation>Duration</translation>
    </message>
    <message>
      <source>{name} har allerede {kind} {start}-{end}</source>
      <translation>{name} already has {kind} {start}-{end}</translation>
    </message>
  </context>
  <context>
    <name>CalendarModel</name>
    <message numerus="yes">
      <source>%n møder</source>
      <translation>
        <numerusform>%n meeting</numerusform>
        <numerusform>%n meetings</numerusform>
      </translation>
    </message>
    <message>
      <source>1 møde</source>
      <translation>1 meeting</translation>
    </message>
    <message>
      <source>Fre</source>
      <translation>Fri</translation>
    </message>
    <message>
      <source>Lør</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/calendar_model.py" />
      <source>Man</source>
      <translation>Mon</translation>
    </message>
    <message>
      <source>Ons</source>
      <translation>Wed</translation>
    </message>
    <message>
      <source>Søn</source>
      <translation>Sun</translation>
    </message>
    <message>
      <source>Tir</source>
      <translation>Tue</translation>
    </message>
    <message>
      <source>Tor</source>
      <translation>Thu</translation>
    </message>
    <message>
      <source>Vælg en medarbejder eller et makkerskab for at se møderne.</source>
      <translation>Choose a staff member or a makkerskab to see the meetings.</translation>
    </message>
    <message>
      <source>Åben rådgivning</source>
      <translation>Åben rådgivning</translation>
    </message>
  </context>
  <context>
    <name>CalendarPage</name>
    <message numerus="yes">
      <source> · %n kommende</source>
      <translation>
        <numerusform> · %n coming</numerusform>
        <numerusform> · %n coming</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> · %n uden udfald</source>
      <translation>
        <numerusform> · %n without outcome</numerusform>
        <numerusform> · %n without outcome</numerusform>
      </translation>
    </message>
    <message>
      <source> · vælg en medarbejder for at se de enkelte møder</source>
      <translation> · choose a staff member to see each meeting</translation>
    </message>
    <message numerus="yes">
      <source>%n møder</source>
      <translation>
        <numerusform>%n meeting</numerusform>
        <numerusform>%n meetings</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Book møde …</source>
      <translation>&amp;Book meeting …</translation>
    </message>
    <message>
      <source>&amp;Næste ▶</source>
      <translation>&amp;Next ▶</translation>
    </message>
    <message>
      <source>1 møde</source>
      <translation>1 meeting</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Kalender&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Calendar&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>&lt;span style='background:#d6e6fb'&gt;&amp;nbsp;møde&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e4e4e4'&gt;&amp;nbsp;aflyst eller kom ikke&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e3f4e1'&gt;&amp;nbsp;åben rådgivning&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff7d6'&gt;&amp;nbsp;i dag&amp;nbsp;&lt;/span&gt; · PgUp/PgDn · Enter: book/åbn</source>
      <translation>&lt;span style='background:#d6e6fb'&gt;&amp;nbsp;meeting&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e4e4e4'&gt;&amp;nbsp;cancelled or did not come&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e3f4e1'&gt;&amp;nbsp;åben rådgivning&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff7d6'&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt; · PgUp/PgDn · Enter: book/open</translation>
    </message>
    <message>
      <source>Dag</source>
      <translation>Day</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Gem kalender til Outlook</source>
      <translation>Save calendar for Outlook</translation>
    </message>
    <message>
      <source>Gem møderne som iCalendar-fil: tider, mødets art og sted, aldrig navn eller CPR-nummer.</source>
      <translation>Save the meetings as an iCalendar file: times, kind and place, never a name or CPR number.</translation>
    </message>
    <message>
      <source>Hele kontoret</source>
      <translation>The whole office</translation>
    </message>
    <message>
      <source>I &amp;dag</source>
      <translation>&amp;Today</translation>
    </message>
    <message>
      <source>Kalender</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <source>Kalenderen er gemt som {path}. Åbn filen i Outlook; den har kun tider, mødets art og sted.</source>
      <translation>The calendar is saved as {path}. Open the file in Outlook; it holds only times, kinds and places.</translation>
    </message>
    <message>
      <source>Makkerskab: {name}</source>
      <translation>Makkerskab: {name}</translation>
    </message>
    <message>
      <source>Mig</source>
      <translation>Me</translation>
    </message>
    <message>
      <source>Til &amp;Outlook …</source>
      <translation>To &amp;Outlook …</translation>
    </message>
    <message>
      <source>Uge</source>
      <translation>Week</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/calendar_page.py" />
      <source>Vis kalender for</source>
      <translation>Show calendar for</translation>
    </message>
    <message>
      <source>Visning</source>
      <translation>View</translation>
    </message>
    <message>
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>Åbn &amp;borger</source>
      <translation>Open &amp;citizen</translation>
    </message>
    <message>
      <source>◀ &amp;Forrige</source>
      <translation>◀ &amp;Previous</translation>
    </message>
  </context>
  <context>
    <name>CaseloadModel</name>
    <message>
      <location filename="../../work/main/app/ui/caseload_booking.py" />
      <source>Booket {when}</source>
      <translation>Booked {when}</translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>CPR number</translation>
    </message>
    <message>
      <source>Dage i trin</source>
      <translation>Days in step</translation>
    </message>
    <message>
      <source>I god tid</source>
      <translation>In good time</translation>
    </message>
    <message>
      <source>Jobformidler</source>
      <translation>Jobformidler</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Næste frist</source>
      <translation>Next deadline</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/caseload_page.py" />
      <source>Overskredet</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Rød: overskredet. Gul: inden for en uge. Grøn: i god tid.</source>
      <translation>Red: overdue. Yellow: within a week. Green: in good time.</translation>
    </message>
    <message>
      <source>Sagsbehandler</source>
      <translation>Caseworker</translation>
    </message>
    <message>
      <source>Snart</source>
      <translation>Soon</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Trin</translation>
    </message>
  </context>
  <context>
    <name>CaseloadPage</name>
    <message numerus="yes">
      <source> af %n</source>
      <translation>
        <numerusform> of %n</numerusform>
        <numerusform> of %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> · %n overskredne</source>
      <translation>
        <numerusform> · %n overdue</numerusform>
        <numerusform> · %n overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n forløb vist</source>
      <translation>
        <numerusform>%n course shown</numerusform>
        <numerusform>%n courses shown</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Book møde …</source>
      <translation>&amp;Book meeting …</translation>
    </message>
    <message>
      <source>&amp;Ny borger …</source>
      <translation>&amp;New citizen …</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Sagsstamme&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Caseload&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Alle trin</source>
      <translation>All steps</translation>
    </message>
    <message>
      <source>Hele kontoret</source>
      <translation>The whole office</translation>
    </message>
    <message>
      <source>Kun &amp;overskredne</source>
      <translation>Only &amp;overdue</translation>
    </message>
    <message>
      <source>Mine borgere</source>
      <translation>My citizens</translation>
    </message>
    <message>
      <source>Mit makkerskab</source>
      <translation>My partnership</translation>
    </message>
    <message>
      <source>Sagsstamme</source>
      <translation>Caseload</translation>
    </message>
    <message>
      <source>Søg i sagsstammen</source>
      <translation>Search the caseload</translation>
    </message>
    <message>
      <source>Søg på navn, CPR-nummer eller telefon (Ctrl+F)</source>
      <translation>Search by name, CPR number or phone (Ctrl+F)</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Trin</translation>
    </message>
    <message>
      <source>Vis</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Åbn den valgte borger (i listen eller søgningen)</source>
      <translation>Open the selected citizen (in the list or the search)</translation>
    </message>
  </context>
  <context>
    <name>CentralKeyPage</name>
    <message>
      <source>&amp;Vælg nøglefil …</source>
      <translation>&amp;Choose key file …</translation>
    </message>
    <message>
      <source>Bekræft fingeraftrykkene, eller annullér indlæsningen ved at vælge en anden fil.</source>
      <translation>Confirm the fingerprints, or cancel the import by choosing another file.</translation>
    </message>
    <message>
      <source>Fingeraftryk</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <source>Fingeraftrykkene &amp;passer med det, jobcentrets IT læser op</source>
      <translation>The fingerprints &amp;match what the jobcentre's IT reads out</translation>
    </message>
    <message>
      <source>Indlæs jobcentrets fil med offentlige nøgler, så kontorets arbejde kan sendes til jobcentret. Kan springes over.</source>
      <translation>Load the jobcentre's public key file so the office's work can be sent to the jobcentre. Can be skipped.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/setup_wizard.py" />
      <source>Jobcentrets nøgle</source>
      <translation>The jobcentre's key</translation>
    </message>
    <message>
      <source>Jobcentrets nøglefil</source>
      <translation>The jobcentre's key file</translation>
    </message>
  </context>
  <context>
    <name>CitizenPicker</name>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>CPR</source>
      <translation>CPR</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Navn, CPR-nummer eller telefon</source>
      <translation>Name, CPR number or phone</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/groups_page.py" />
      <source>Søg borger</source>
      <translation>Search citizen</translation>
    </message>
    <message>
      <source>Søg, og vælg en borger på listen.</source>
      <translation>Search, and choose a citizen in the list.</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Tilmeldt: {name}. Søg efter den næste, eller luk.</source>
      <translation>Signed up: {name}. Search for the next one, or close.</translation>
    </message>
  </context>
  <context>
    <name>CitizenRecordWindow</name>
    <message>
      <source>&amp;Forløb</source>
      <translation>&amp;Course</translation>
    </message>
    <message>
      <source>&amp;Indsigtslog …</source>
      <translation>&amp;Access log …</translation>
    </message>
    <message>
      <source>&amp;Jobmål og CV</source>
      <translation>&amp;Job goal and CV</translation>
    </message>
    <message>
      <source>&amp;Kontakter</source>
      <translation>&amp;Contacts</translation>
    </message>
    <message>
      <source>&amp;Læg sammen</source>
      <translation>&amp;Merge</translation>
    </message>
    <message>
      <source>&amp;Møder</source>
      <translation>&amp;Meetings</translation>
    </message>
    <message>
      <source>&amp;Netværk og samtykker</source>
      <translation>&amp;Network and consents</translation>
    </message>
    <message>
      <source>&amp;Step-up</source>
      <translation>&amp;Step-up</translation>
    </message>
    <message>
      <source>Alle besøg, kontakter, CV-linjer, netværk, samtykker og forløb fra den anden registrering flyttes hertil, og den anden slettes.</source>
      <translation>All visits, contacts, CV lines, network, consents and courses of the other record are moved here, and the other record is deleted.</translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>CPR number</translation>
    </message>
    <message>
      <source>Den anden registrering</source>
      <translation>The other record</translation>
    </message>
    <message>
      <source>Der er ingen andre registreringer, der ligner denne borger.</source>
      <translation>There are no other records resembling this citizen.</translation>
    </message>
    <message>
      <source>Indsigtslog – {name}</source>
      <translation>Access log – {name}</translation>
    </message>
    <message>
      <source>Ingen frister</source>
      <translation>No deadlines</translation>
    </message>
    <message>
      <source>Jobformidler</source>
      <translation>Jobformidler</translation>
    </message>
    <message>
      <source>Jobformidler: {name}</source>
      <translation>Jobformidler: {name}</translation>
    </message>
    <message>
      <source>Jobmatch og &amp;aftaler</source>
      <translation>Job match and &amp;agreements</translation>
    </message>
    <message>
      <source>Konflikter</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>Konflikter ({n})</source>
      <translation>Conflicts ({n})</translation>
    </message>
    <message>
      <source>Luk journalen</source>
      <translation>Close the record</translation>
    </message>
    <message>
      <source>Læg &amp;sammen …</source>
      <translation>&amp;Merge …</translation>
    </message>
    <message>
      <source>Læg sammen</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/window.py" />
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Ny kontakt</source>
      <translation>New contact</translation>
    </message>
    <message>
      <source>Næste frist</source>
      <translation>Next deadline</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>To registreringer af samme person: besøg, kontakter og forløb samles her.</source>
      <translation>Two records of the same person: visits, contacts and courses are brought together here.</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Trin</translation>
    </message>
    <message>
      <source>Vis &amp;CPR</source>
      <translation>Show &amp;CPR</translation>
    </message>
    <message>
      <source>ikke tildelt</source>
      <translation>not assigned</translation>
    </message>
    <message>
      <source>{name} – Fremskudt</source>
      <translation>{name} – Fremskudt</translation>
    </message>
  </context>
  <context>
    <name>CitizensDialog</name>
    <message numerus="yes">
      <source>%n forløb. At du har åbnet listen, står i hver borgers indsigtslog.</source>
      <translation>
        <numerusform>%n course. That you opened the list is recorded in each citizen's access log.</numerusform>
        <numerusform>%n courses. That you opened the list is recorded in each citizen's access log.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>&amp;Åbn sagen</source>
      <translation>&amp;Open the case</translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>CPR number</translation>
    </message>
    <message>
      <source>Jobformidler</source>
      <translation>Jobformidler</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/measures_citizens.py" />
      <source>{figure} – {month}</source>
      <translation>{figure} – {month}</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <location filename="../../work/main/app/ui/common.py" />
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/safety_dialogs.py" />
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
  </context>
  <context>
    <name>CompaniesPage</name>
    <message numerus="yes">
      <source>%n virksomhed(er).</source>
      <translation>
        <numerusform>%n company.</numerusform>
        <numerusform>%n companies.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Ny virksomhed …</source>
      <translation>&amp;New company …</translation>
    </message>
    <message>
      <source>&amp;Opret</source>
      <translation>&amp;Create</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Aftaler</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <source>Alle brancher</source>
      <translation>All industries</translation>
    </message>
    <message>
      <source>Branche</source>
      <translation>Industry</translation>
    </message>
    <message>
      <source>CVR</source>
      <translation>CVR</translation>
    </message>
    <message>
      <source>CVR-nummer</source>
      <translation>CVR number</translation>
    </message>
    <message>
      <source>Hvad virksomheden kan tilbyde (opgaver der kan vokse, løntimer)</source>
      <translation>What the company can offer (tasks that can grow, paid hours)</translation>
    </message>
    <message>
      <source>Kontaktpersoner</source>
      <translation>Contact persons</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/companies_page.py" />
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Ny virksomhed</source>
      <translation>New company</translation>
    </message>
    <message>
      <source>Søg på navn, CVR-nummer eller branche</source>
      <translation>Search by name, CVR number or industry</translation>
    </message>
    <message>
      <source>Søg virksomhed</source>
      <translation>Search company</translation>
    </message>
    <message>
      <source>Virksomheder</source>
      <translation>Companies</translation>
    </message>
  </context>
  <context>
    <name>CompanyDialog</name>
    <message>
      <source>&amp;Ret …</source>
      <translation>&amp;Edit …</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Borger</source>
      <translation>Citizen</translation>
    </message>
    <message>
      <source>Borgere matchet her</source>
      <translation>Citizens matched here</translation>
    </message>
    <message>
      <source>Branche</source>
      <translation>Industry</translation>
    </message>
    <message>
      <source>CVR</source>
      <translation>CVR</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Detaljer</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Hvad</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Kan tilbyde</source>
      <translation>Can offer</translation>
    </message>
    <message>
      <source>Kontaktpersoner</source>
      <translation>Contact persons</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Ny kontaktperson</source>
      <translation>New contact person</translation>
    </message>
    <message>
      <source>Ret virksomhed</source>
      <translation>Edit company</translation>
    </message>
    <message>
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Tilføj &amp;kontaktperson …</source>
      <translation>Add &amp;contact person …</translation>
    </message>
  </context>
  <context>
    <name>ConflictsTab</name>
    <message>
      <source>&amp;Gem</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Ret en samlet tekst …</source>
      <translation>&amp;Write a merged text …</translation>
    </message>
    <message>
      <source>(tom)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Den anden version (fra {station})&lt;/b&gt;</source>
      <translation>&lt;b&gt;The other version (from {station})&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Denne version (gælder nu)&lt;/b&gt;</source>
      <translation>&lt;b&gt;This version (in effect now)&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Behold &amp;denne</source>
      <translation>Keep &amp;this one</translation>
    </message>
    <message>
      <source>Behold den &amp;anden</source>
      <translation>Keep the &amp;other one</translation>
    </message>
    <message>
      <source>Borgerens oplysninger</source>
      <translation>The citizen's details</translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>CPR number</translation>
    </message>
    <message>
      <source>De to versioner er ens nu.</source>
      <translation>The two versions are the same now.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Efternavn</source>
      <translation>Last name</translation>
    </message>
    <message>
      <source>En kontakt</source>
      <translation>A contact</translation>
    </message>
    <message>
      <source>En ændring fra {station} blev kasseret, fordi det ændrede blev slettet samtidig.</source>
      <translation>A change from {station} was discarded because what it changed was deleted at the same time.</translation>
    </message>
    <message>
      <source>Forløbet</source>
      <translation>The course</translation>
    </message>
    <message>
      <source>Fornavn</source>
      <translation>First name</translation>
    </message>
    <message>
      <source>Fødselsdato</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Ret en samlet tekst</source>
      <translation>Write a merged text</translation>
    </message>
    <message>
      <source>Skriv den tekst, der skal gælde på alle arbejdsstationer. Den anden version var: {other}</source>
      <translation>Write the text that is to hold on every workstation. The other version was: {other}</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Tekst</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/conflicts_tab.py" />
      <source>To arbejdsstationer har ændret det samme, mens de ikke var synkroniseret. Den nyeste ændring gælder nu; den anden er gemt her. Vælg, hvad der skal gælde.</source>
      <translation>Two workstations changed the same thing while they were not synchronised. The newest change is in effect now; the other is kept here. Choose what is to hold.</translation>
    </message>
    <message>
      <source>Ydelse</source>
      <translation>Benefit</translation>
    </message>
  </context>
  <context>
    <name>ContactsTab</name>
    <message>
      <source>&amp;Dokumentation af kontaktforsøg …</source>
      <translation>&amp;Documentation of contact attempts …</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/contacts_tab.py" />
      <source>&amp;Ny kontakt … (Ctrl+N)</source>
      <translation>&amp;New contact … (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Partshøring …</source>
      <translation>&amp;Hearing …</translation>
    </message>
    <message>
      <source>&amp;Rimelig grund …</source>
      <translation>&amp;Reasonable grounds …</translation>
    </message>
    <message>
      <source>&amp;Svar på partshøring …</source>
      <translation>Hearing &amp;answer …</translation>
    </message>
    <message>
      <source>(ikke relevant)</source>
      <translation>(not relevant)</translation>
    </message>
    <message>
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Begrundelse</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Besvares partshøringen ikke inden fristen, skal der forsøges personlig kontakt (telefon og hvor borgeren bor) før en sanktion.</source>
      <translation>If the hearing is not answered by the deadline, personal contact must be attempted (by phone and where the citizen lives) before a sanction.</translation>
    </message>
    <message>
      <source>Besvaret den</source>
      <translation>Answered on</translation>
    </message>
    <message>
      <source>Deltagere</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Dokumentation af kontaktforsøg – {name}</source>
      <translation>Documentation of contact attempts – {name}</translation>
    </message>
    <message>
      <source>Hvem kontakter hvem</source>
      <translation>Who contacts whom</translation>
    </message>
    <message>
      <source>Hvorfor tolk</source>
      <translation>Why an interpreter</translation>
    </message>
    <message>
      <source>Kanal</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Kontaktforsøg og partshøringer (før en eventuel sanktion)</source>
      <translation>Contact attempts and hearings (before any sanction)</translation>
    </message>
    <message>
      <source>Medarbejder</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Ny kontakt</source>
      <translation>New contact</translation>
    </message>
    <message>
      <source>Næste kontakt</source>
      <translation>Next contact</translation>
    </message>
    <message>
      <source>Næste kontakt senest</source>
      <translation>Next contact at the latest</translation>
    </message>
    <message>
      <source>Partshøring</source>
      <translation>Hearing</translation>
    </message>
    <message>
      <source>Partshøring {d} (frist {deadline})</source>
      <translation>Hearing {d} (deadline {deadline})</translation>
    </message>
    <message>
      <source>Rimelig grund</source>
      <translation>Reasonable grounds</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Svar på partshøring</source>
      <translation>Hearing answer</translation>
    </message>
    <message>
      <source>Svarfrist</source>
      <translation>Answer deadline</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tolk</source>
      <translation>Interpreter</translation>
    </message>
    <message>
      <source>Vurderet den</source>
      <translation>Assessed on</translation>
    </message>
    <message>
      <source>Vurdering af rimelig grund</source>
      <translation>Assessment of reasonable grounds</translation>
    </message>
    <message>
      <source>besvaret {d}</source>
      <translation>answered {d}</translation>
    </message>
    <message>
      <source>fx Jobformidleren ringer til borgeren</source>
      <translation>e.g. The jobformidler calls the citizen</translation>
    </message>
  </context>
  <context>
    <name>Core</name>
    <message>
      <location filename="app/domain/rules.py" />
      <source>1-2 samtaler afklarer gruppe 1 eller 2; trin 1 højst én måned</source>
      <translation>1-2 conversations settle group 1 or 2; Trin 1 at most one month</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Accepteret</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="app/sync/central_keys.py" />
      <source>Adgangsfrasen skal have mindst 12 tegn.</source>
      <translation>The passphrase must have at least 12 characters.</translation>
    </message>
    <message>
      <location filename="app/services/staff.py" />
      <source>Adgangskoden skal have mindst {n} tegn.</source>
      <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
      <location filename="app/domain/roles.py" />
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="app/services/companies.py" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Afbrudt</source>
      <translation>Interrupted</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Aflyst af borgeren</source>
      <translation>Cancelled by the citizen</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Aflyst af kontoret</source>
      <translation>Cancelled by the office</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Afslut trin 1</source>
      <translation>Finish Trin 1</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Afslut trin 2</source>
      <translation>Finish Trin 2</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Afsluttet</source>
      <translation>Ended</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Aftale</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Aftale med virksomheden (ansættelse og/eller praktik)</source>
      <translation>Agreement with the company (employment and/or internship)</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Aftalen er allerede afsluttet.</source>
      <translation>The agreement has already ended.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Aftalen findes ikke.</source>
      <translation>The agreement does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Aftalt kontakt</source>
      <translation>Agreed contact</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Aftalt med borgeren</source>
      <translation>Agreed with the citizen</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Afvist</source>
      <translation>Declined</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Aktiv</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Aktivering eller tilbud skal tilpasses</source>
      <translation>Activation or offer needs adjusting</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Aktivt</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Aktuel sag på borgerens barn eller børn (efter samtykke)</source>
      <translation>Current case on the citizen's child or children (with consent)</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Aktuelle og relevante lægedokumenter</source>
      <translation>Current and relevant medical documents</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Akut behov</source>
      <translation>Urgent need</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Andel (%)</source>
      <translation>Share (%)</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Andelen af indsatsgruppen med mindst én løntime i måneden (summeret over alle forløbets aftaler) eller afsluttet til uddannelse i måneden. FSM II-krav: 15 % (krav 1) og 20 % (krav 2) i en given måned. (Seed 003, kap. 2.)</source>
      <translation>The share of the target group with at least one paid hour in the month (summed over all the course's agreements) or completed into education in the month. FSM II requirement: 15 % (requirement 1) and 20 % (requirement 2) in a given month. (Seed 003, ch. 2.)</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Anden</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Anden rimelig grund</source>
      <translation>Other reasonable grounds</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Anden årsag</source>
      <translation>Other reason</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Andet</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Andet møde</source>
      <translation>Other meeting</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Andre forvaltningers beskrivelser</source>
      <translation>Other departments' descriptions</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Ankommet</source>
      <translation>Arrived</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Antal pladser skal være mellem 1 og {high}.</source>
      <translation>The number of places must be between 1 and {high}.</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Arbejdet med CV er begyndt</source>
      <translation>Work on the CV has begun</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Arbejdserfaring</source>
      <translation>Work experience</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>Arbejdsstationen er allerede tilmeldt.</source>
      <translation>The workstation is already enrolled.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>Arbejdsstationen er ikke tilmeldt.</source>
      <translation>The workstation is not enrolled.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rebuild.py" />
      <source>Arbejdsstationen i anmodningen er allerede tilmeldt; lav en ny anmodning på den nye arbejdsstation.</source>
      <translation>The workstation in the request is already enrolled; make a new request on the new workstation.</translation>
    </message>
    <message>
      <location filename="app/services/peers_folder.py" />
      <source>Arbejdsstationen {device} findes ikke i kontoret.</source>
      <translation>The workstation {device} is not in the office.</translation>
    </message>
    <message>
      <location filename="app/services/peers_join.py" />
      <source>Arbejdsstationens navn skal have 1-{n} tegn.</source>
      <translation>The workstation's name must have 1-{n} characters.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>At afklare jobmålet</source>
      <translation>To clarify the job goal</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>At opnå løntimer</source>
      <translation>To reach paid hours</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>At træne jobrelaterede kompetencer</source>
      <translation>To train job-related skills</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>BIR krav 1 (%)</source>
      <translation>BIR requirement 1 (%)</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>BIR krav 1 (35 %)</source>
      <translation>BIR requirement 1 (35 %)</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>BIR krav 2 (%)</source>
      <translation>BIR requirement 2 (%)</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>BIR krav 2 (15 %)</source>
      <translation>BIR requirement 2 (15 %)</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>BIR-krav</source>
      <translation>BIR requirements</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>BIR: i ressourceforløb</source>
      <translation>BIR: in a resource programme</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Barrierer (med borgerens ord)</source>
      <translation>Barriers (in the citizen's words)</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Barsel</source>
      <translation>Maternity or parental leave</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Begrundelse for tolk</source>
      <translation>Reason for an interpreter</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Begrundelsen</source>
      <translation>The reason</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Begrundelsen må højst være 1000 tegn.</source>
      <translation>The reason may be at most 1000 characters.</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Beskriv den anden rimelige grund.</source>
      <translation>Describe the other reasonable grounds.</translation>
    </message>
    <message>
      <location filename="app/services/course/cv.py" />
      <source>Beskrivelse</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="app/services/retention.py" />
      <source>Besøg fra ukendte i åben rådgivning</source>
      <translation>Visits from unknown visitors in åben rådgivning</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Besøg i åben rådgivning i måneden: antal, ventetid og kendte borgere, som på siden Rapporter. (Seed 001, kerneelement 2.)</source>
      <translation>Open counselling visits in the month: number, waiting time and known citizens, as on the Reports page. (Seed 001, core element 2.)</translation>
    </message>
    <message>
      <location filename="app/services/course/intake.py" />
      <source>Besøgende kan allerede være registreret. Knyt besøget til en af dem, eller sæt hak i "Opret alligevel".</source>
      <translation>The visitor may already be registered. Link the visit to one of them, or tick "Create anyway".</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Besøget er allerede afsluttet.</source>
      <translation>The visit has already ended.</translation>
    </message>
    <message>
      <location filename="app/services/course/intake.py" />
      <source>Besøget er allerede knyttet til en borger.</source>
      <translation>The visit is already linked to a citizen.</translation>
    </message>
    <message>
      <location filename="app/services/course/intake.py" />
      <source>Besøget findes ikke.</source>
      <translation>The visit does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Betingelserne for at gå videre er ikke opfyldt: {missing}. Skriv en begrundelse, hvis forløbet alligevel skal videre.</source>
      <translation>The conditions for moving on are not met: {missing}. Write a reason if the course is to move on anyway.</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Bibliotek</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Bolig</source>
      <translation>Housing</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Bolig, gæld eller sundhed</source>
      <translation>Housing, debt or health</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Boligsocial indsats</source>
      <translation>Housing social work</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Borger</source>
      <translation>Citizen</translation>
    </message>
    <message>
      <location filename="app/services/retention.py" />
      <source>Borger, forløb, kontakter, CV og step-up</source>
      <translation>Citizen, course, contacts, CV and step-up</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Borgeren er allerede tilmeldt.</source>
      <translation>The citizen is already signed up.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Borgeren er allerede visiteret.</source>
      <translation>The citizen has already been through visitation.</translation>
    </message>
    <message>
      <location filename="app/domain/programme.py" />
      <source>Borgeren er ikke registreret som aktivitetsparat.</source>
      <translation>The citizen is not registered as ready for activity.</translation>
    </message>
    <message>
      <location filename="app/domain/programme.py" />
      <source>Borgeren er omfattet af integrationsprogrammet.</source>
      <translation>The citizen is covered by the integration programme.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Borgeren er uden for målgruppen: {problems} Skriv en begrundelse, hvis borgeren alligevel skal visiteres.</source>
      <translation>The citizen is outside the target group: {problems} Write a reason if the citizen is to be referred anyway.</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Borgeren findes ikke.</source>
      <translation>The citizen does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Borgeren har allerede et åbent forløb.</source>
      <translation>The citizen already has an open course.</translation>
    </message>
    <message>
      <location filename="app/services/retention.py" />
      <source>Borgeren har et åbent forløb og kan ikke slettes.</source>
      <translation>The citizen has an open course and cannot be deleted.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Borgeren kom ikke</source>
      <translation>The citizen did not come</translation>
    </message>
    <message>
      <location filename="app/domain/programme.py" />
      <source>Borgeren modtager hverken kontanthjælp, uddannelseshjælp eller integrationsydelse.</source>
      <translation>The citizen receives neither cash benefit, education benefit nor integration benefit.</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Borgeren skal deltage i alle tværfaglige samtaler.</source>
      <translation>The citizen must take part in every interdisciplinary meeting.</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Borgerens CV og jobmål</source>
      <translation>The citizen's CV and job goal</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Borgerens barrierer</source>
      <translation>The citizen's barriers</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Borgerens eget ønske</source>
      <translation>The citizen's own wish</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Borgerens ressourcer</source>
      <translation>The citizen's resources</translation>
    </message>
    <message>
      <location filename="app/services/stepup_views.py" />
      <source>Borgerens samtykke til at dele og indhente oplysninger med de andre forvaltninger skal være registreret, før forberedelsen kan udskrives eller sendes.</source>
      <translation>The citizen's consent to share and obtain information with the other administrations must be recorded before the preparation can be printed or sent.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Borgerens vurdering</source>
      <translation>The citizen's assessment</translation>
    </message>
    <message>
      <location filename="app/domain/programme.py" />
      <source>Borgerens ydelse er ikke registreret; målgruppen kan ikke kontrolleres.</source>
      <translation>The citizen's benefit is not recorded; the target group cannot be checked.</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Borgerne har forskellige CPR-numre og kan ikke lægges sammen.</source>
      <translation>The citizens have different CPR numbers and cannot be merged.</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Borgeroplysninger</source>
      <translation>Citizen's details</translation>
    </message>
    <message>
      <location filename="app/services/companies.py" />
      <source>Branche</source>
      <translation>Industry</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Brancher</source>
      <translation>Industries</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Brev</source>
      <translation>Letter</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Brev eller Digital Post</source>
      <translation>Letter or Digital Post</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Brug "Gået" for en besøgende, der ikke blev set.</source>
      <translation>Use "Left" for a visitor who was not seen.</translation>
    </message>
    <message>
      <location filename="app/services/staff.py" />
      <source>Brugernavnet er allerede i brug.</source>
      <translation>The username is already in use.</translation>
    </message>
    <message>
      <location filename="app/services/staff.py" />
      <source>Brugernavnet skal være 2-32 tegn: små bogstaver a-z, tal, punktum, bindestreg eller understregning.</source>
      <translation>The username must be 2-32 characters: lower-case letters a-z, digits, full stop, hyphen or underscore.</translation>
    </message>
    <message>
      <location filename="app/domain/cpr.py" />
      <source>CPR-nummer mangler.</source>
      <translation>CPR number is missing.</translation>
    </message>
    <message>
      <location filename="app/domain/cpr.py" />
      <source>CPR-nummeret indeholder ikke en gyldig fødselsdato.</source>
      <translation>The CPR number does not contain a valid date of birth.</translation>
    </message>
    <message>
      <location filename="app/domain/cpr.py" />
      <source>CPR-nummeret skal have 10 cifre, fx 010190-1234.</source>
      <translation>The CPR number must have 10 digits, e.g. 010190-1234.</translation>
    </message>
    <message>
      <location filename="app/domain/cpr.py" />
      <source>CPR-nummerets fødselsdato ligger i fremtiden.</source>
      <translation>The CPR number's date of birth is in the future.</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>CV</source>
      <translation>CV</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>CV og jobsøgning</source>
      <translation>CV and job search</translation>
    </message>
    <message>
      <location filename="app/services/course/cv.py" />
      <source>CV påbegyndt</source>
      <translation>CV begun</translation>
    </message>
    <message>
      <location filename="app/services/course/cv.py" />
      <source>CV-linjen findes ikke.</source>
      <translation>The CV line does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>CV-værksted</source>
      <translation>CV workshop</translation>
    </message>
    <message>
      <location filename="app/domain/cvr.py" />
      <source>CVR-nummer mangler.</source>
      <translation>CVR number is missing.</translation>
    </message>
    <message>
      <location filename="app/domain/cvr.py" />
      <source>CVR-nummeret er ikke gyldigt (kontrolcifferet passer ikke).</source>
      <translation>The CVR number is not valid (the check digit does not match).</translation>
    </message>
    <message>
      <location filename="app/domain/cvr.py" />
      <source>CVR-nummeret skal have 8 cifre, fx 10150817.</source>
      <translation>The CVR number must have 8 digits, e.g. 10150817.</translation>
    </message>
    <message>
      <location filename="app/db/migrate.py" />
      <source>Databasen er lavet af en nyere version af Fremskudt (skemaversion {revision}). Installér den nyeste version af programmet; databasen er ikke ændret.</source>
      <translation>The database was made by a newer version of Fremskudt (schema version {revision}). Install the newest version of the program; the database has not been changed.</translation>
    </message>
    <message>
      <location filename="app/db/engine.py" />
      <source>Databasen kunne ikke åbnes med nøglen. Den er enten beskadiget eller ikke en Fremskudt-database.</source>
      <translation>The database could not be opened with the key. It is either damaged or not a Fremskudt database.</translation>
    </message>
    <message>
      <location filename="app/db/store.py" />
      <source>Databasen mangler oplysninger om denne arbejdsstation.</source>
      <translation>The database lacks information about this workstation.</translation>
    </message>
    <message>
      <location filename="app/db/store.py" />
      <source>Databasen skal opdateres til den nye version, men den kan kun læses lige nu. Frigør plads, og prøv igen.</source>
      <translation>The database must be updated to the new version, but it can only be read right now. Free some space and try again.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Datoen</source>
      <translation>The date</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Datoen ligger før det nuværende trin begyndte.</source>
      <translation>The date is before the current step began.</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Datoen ligger mere end et år frem.</source>
      <translation>The date is more than a year ahead.</translation>
    </message>
    <message>
      <location filename="app/services/staff.py" />
      <source>De to adgangskoder er ikke ens.</source>
      <translation>The two passwords are not the same.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>De to er allerede et makkerskab.</source>
      <translation>The two are already a makkerskab.</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Deltagere</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Deltageren findes ikke.</source>
      <translation>The participant does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Deltageren har været med til et møde og kan ikke fjernes.</source>
      <translation>The participant has attended a meeting and cannot be removed.</translation>
    </message>
    <message>
      <location filename="app/db/store.py" />
      <source>Demokontoret i {folder} blev afbrudt, før det var færdigt. Kør demo igen; den halve udgave fjernes da.</source>
      <translation>The demo office in {folder} was interrupted before it was finished. Run demo again; the half-made one is then removed.</translation>
    </message>
    <message>
      <location filename="app/services/backups.py" />
      <source>Den anden backup-mappe {folder} kan ikke nås; kopien i datamappen er taget.</source>
      <translation>The second backup folder {folder} cannot be reached; the copy in the data folder has been taken.</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Den besøgende er allerede set.</source>
      <translation>The visitor has already been seen.</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Den besøgende venter ikke længere.</source>
      <translation>The visitor is no longer waiting.</translation>
    </message>
    <message>
      <location filename="app/sync/central_store.py" />
      <source>Den centrale SQLite-database skal være en fil: {url}.</source>
      <translation>The central SQLite database must be a file: {url}.</translation>
    </message>
    <message>
      <location filename="app/sync/central_store.py" />
      <source>Den centrale database er krypteret. Angiv den centrale adgangsfrase i FREMSKUDT_CENTRAL_PASSPHRASE.</source>
      <translation>The central database is encrypted. Give the central passphrase in FREMSKUDT_CENTRAL_PASSPHRASE.</translation>
    </message>
    <message>
      <location filename="app/sync/central_schema.py" />
      <source>Den centrale database er lavet af en nyere version af Fremskudt (skema {revision}). Opdatér programmet; databasen er ikke ændret.</source>
      <translation>The central database was made by a newer version of Fremskudt (schema {revision}). Update the program; the database has not been changed.</translation>
    </message>
    <message>
      <location filename="app/sync/central_schema.py" />
      <source>Den centrale database har et ældre skema ({revision}) end programmet ({head}). Kør først: {command}. Databasen er ikke ændret.</source>
      <translation>The central database has an older schema ({revision}) than the program ({head}). First run: {command}. The database has not been changed.</translation>
    </message>
    <message>
      <location filename="app/services/central_report.py" />
      <source>Den centrale database har ingen data fra kontorerne endnu.</source>
      <translation>The central database holds no data from the offices yet.</translation>
    </message>
    <message>
      <location filename="app/sync/central_keys.py" />
      <source>Den centrale signeringsnøgle mangler.</source>
      <translation>The central signing key is missing.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Den nye aftale skal starte efter den gamle.</source>
      <translation>The new agreement must start after the old one.</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Denne database har ingen gendannelsesnøgle.</source>
      <translation>This database has no recovery key.</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Der er allerede et åbent step-up-forløb.</source>
      <translation>There is already an open step-up.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Der er ikke registreret en måned med mindst {hours} løntimer.</source>
      <translation>No month with at least {hours} paid hours has been recorded.</translation>
    </message>
    <message>
      <location filename="app/db/store.py" />
      <source>Der er ingen Fremskudt-database i {folder}. Start programmet for at oprette kontoret, eller angiv den rigtige datamappe med --data-dir.</source>
      <translation>There is no Fremskudt database in {folder}. Start the program to create the office, or give the right data folder with --data-dir.</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Der er ingen anmodning om genopbygning i {folder}; lav den først (fremskudt rebuild-request).</source>
      <translation>There is no rebuild request in {folder}; make it first (fremskudt rebuild-request).</translation>
    </message>
    <message>
      <location filename="app/sync/central_keys.py" />
      <source>Der er ingen central identitet i {folder}. Kør først 'init'.</source>
      <translation>There is no central identity in {folder}. Run 'init' first.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>Der er ingen central nøgle at kryptere til.</source>
      <translation>There is no central key to encrypt to.</translation>
    </message>
    <message>
      <location filename="app/services/peers_join.py" />
      <source>Der er ingen tilslutning i gang i {folder}.</source>
      <translation>No join is in progress in {folder}.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Der er intet at overdrage.</source>
      <translation>There is nothing to hand over.</translation>
    </message>
    <message>
      <location filename="app/db/store.py" />
      <source>Der findes allerede en Fremskudt-database i {folder}.</source>
      <translation>There is already a Fremskudt database in {folder}.</translation>
    </message>
    <message>
      <location filename="app/services/citizens.py" />
      <source>Der findes allerede en borger med dette CPR-nummer.</source>
      <translation>A citizen with this CPR number already exists.</translation>
    </message>
    <message>
      <location filename="app/sync/central_keys.py" />
      <source>Der findes allerede en central identitet i {folder}.</source>
      <translation>A central identity already exists in {folder}.</translation>
    </message>
    <message>
      <location filename="app/services/appointment_letters.py" />
      <source>Der sendes ikke indkaldelse til et møde, der er {outcome}.</source>
      <translation>No letter is sent for a meeting that is {outcome}.</translation>
    </message>
    <message>
      <location filename="app/services/backups.py" />
      <source>Det er ikke en gemt sikkerhedskopi fra en gendannelse.</source>
      <translation>That is not a backup kept from a restore.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Det nye forløb kan ikke starte, før det forrige sluttede.</source>
      <translation>The new course cannot start before the previous one ended.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Digital</source>
      <translation>Digital</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Digital Post</source>
      <translation>Digital Post</translation>
    </message>
    <message>
      <location filename="app/services/context.py" />
      <source>Din rolle giver ikke adgang til at ændre i sagen.</source>
      <translation>Your role does not allow changing the case.</translation>
    </message>
    <message>
      <location filename="app/services/context.py" />
      <source>Din rolle giver ikke adgang til eksport.</source>
      <translation>Your role does not allow export.</translation>
    </message>
    <message>
      <location filename="app/services/context.py" />
      <source>Din rolle giver ikke adgang til rapporter.</source>
      <translation>Your role does not allow reports.</translation>
    </message>
    <message>
      <location filename="app/db/casekey.py" />
      <source>Din rolle giver ikke adgang til sagens indhold (noter, helbred, aftaler og step-up).</source>
      <translation>Your role does not give access to the case's content (notes, health, agreements and step-up).</translation>
    </message>
    <message>
      <location filename="app/services/context.py" />
      <source>Din rolle giver ikke adgang til virksomhedsnetværket.</source>
      <translation>Your role does not give access to the company network.</translation>
    </message>
    <message>
      <location filename="app/db/engine.py" />
      <source>Disken er fuld ({folder}). Intet er gemt halvt. Frigør plads på disken, og prøv igen.</source>
      <translation>The disk is full ({folder}). Nothing has been half-saved. Free some space on the disk and try again.</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Dokumentet findes ikke.</source>
      <translation>The document does not exist.</translation>
    </message>
    <message>
      <location filename="app/reports/common.py" />
      <source>Dokumentet „{title}“ kunne ikke sættes op til udskrift. Forkort den længste tekst, og prøv igen.</source>
      <translation>The document “{title}” could not be laid out for printing. Shorten the longest text and try again.</translation>
    </message>
    <message>
      <location filename="app/services/context.py" />
      <source>Du har ikke adgang til at slå borgere op.</source>
      <translation>You are not allowed to look up citizens.</translation>
    </message>
    <message>
      <location filename="app/services/context.py" />
      <source>Du har ikke adgang til køen i åben rådgivning.</source>
      <translation>You do not have access to the åben rådgivning queue.</translation>
    </message>
    <message>
      <location filename="app/services/companies.py" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="app/services/companies.py" />
      <source>E-mailadressen ser ikke rigtig ud.</source>
      <translation>The e-mail address does not look right.</translation>
    </message>
    <message>
      <location filename="app/services/citizens.py" />
      <source>Efternavn</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="app/services/caseload.py" />
      <source>Efterværn</source>
      <translation>Aftercare</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Efterværn i 3-6 måneder</source>
      <translation>Aftercare for 3-6 months</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Efterværn: månedlig opfølgning</source>
      <translation>Aftercare: monthly follow-up</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Eksporteret</source>
      <translation>Exported</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>En aftale om løntimer fra start skal have løntimer om ugen.</source>
      <translation>An agreement with paid hours from the start needs paid hours a week.</translation>
    </message>
    <message>
      <location filename="app/sync/filelock.py" />
      <source>En anden eksport fra denne arbejdsstation er i gang; prøv igen, når den er færdig.</source>
      <translation>Another export from this workstation is running; try again when it has finished.</translation>
    </message>
    <message>
      <location filename="app/services/peers_folder.py" />
      <source>En arbejdsstation kan ikke spærre sig selv.</source>
      <translation>A workstation cannot revoke itself.</translation>
    </message>
    <message>
      <location filename="app/services/partners.py" />
      <source>En henvisning, der deler oplysninger, kræver borgerens samtykke. Vælg et gældende samtykke, eller registrér et nyt på fanen Netværk.</source>
      <translation>A referral that shares information needs the citizen's consent. Choose a consent in force, or record a new one on the Network tab.</translation>
    </message>
    <message>
      <location filename="app/sync/central_audit.py" />
      <source>En logpost i pakken har en ugyldig form.</source>
      <translation>A log entry in the bundle has an invalid form.</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>En partshøring skal have en svarfrist.</source>
      <translation>A hearing must have a deadline for the answer.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>En praktik skal have ét formål: at opnå løntimer, at træne jobrelaterede kompetencer eller at afklare jobmålet.</source>
      <translation>An internship must have one purpose: to reach paid hours, to train job-related skills or to clarify the job goal.</translation>
    </message>
    <message>
      <location filename="app/services/auth.py" />
      <source>En sagsbehandler skal logge ind først efter opdateringen.</source>
      <translation>A caseworker must log in first after the update.</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>En sundhedsfaglig deltager kun, når borgeren har helbredsmæssige barrierer. Hold kredsen så lille som muligt.</source>
      <translation>A health professional takes part only when the citizen has health barriers. Keep the circle as small as possible.</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Enhed</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Er der behov for yderligere helbredsmæssig afklaring?</source>
      <translation>Is further health clarification needed?</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Et afsluttet forløb kan ikke få en fritagelse.</source>
      <translation>An ended course cannot get an exemption.</translation>
    </message>
    <message>
      <location filename="app/db/engine.py" />
      <source>Et andet Fremskudt-vindue eller en anden Fremskudt-kommando arbejder i databasen lige nu. Vent lidt, og prøv igen.</source>
      <translation>Another Fremskudt window or command is working in the database right now. Wait a moment and try again.</translation>
    </message>
    <message>
      <location filename="app/db/casekey.py" />
      <source>Et felt i sagen kan ikke læses: det er beskadiget eller krypteret med en anden nøgle.</source>
      <translation>A field of the case cannot be read: it is damaged or encrypted with another key.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Et formål hører kun til en praktik.</source>
      <translation>A purpose belongs only to an internship.</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Et gruppeforløb kan ikke oprettes bagud i tid.</source>
      <translation>A group session cannot be created in the past.</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Et link skal begynde med https:// og have en adresse.</source>
      <translation>A link must start with https:// and have an address.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Et makkerskab er to personer: vælg to forskellige.</source>
      <translation>A makkerskab is two people: choose two different ones.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Et møde kan højst vare {hours} timer.</source>
      <translation>A meeting can last at most {hours} hours.</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Et møde kan ikke bookes mere end en måned tilbage i tiden.</source>
      <translation>A meeting cannot be booked more than a month back in time.</translation>
    </message>
    <message>
      <location filename="app/services/course/consents.py" />
      <source>Et samtykke kan ikke trækkes tilbage, før det er givet.</source>
      <translation>A consent cannot be withdrawn before it has been given.</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>FSM II krav 1 (15 %)</source>
      <translation>FSM II requirement 1 (15 %)</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>FSM II krav 2 (20 %)</source>
      <translation>FSM II requirement 2 (20 %)</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Familie</source>
      <translation>Family</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Familieafdelingen</source>
      <translation>The family department</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Familiebarrierer</source>
      <translation>Family barriers</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Fast kontaktperson i virksomheden</source>
      <translation>Fixed contact person at the company</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Fastholdelse efter seks måneder</source>
      <translation>Retention after six months</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Filen er for stor: højst {mb} MB.</source>
      <translation>The file is too large: at most {mb} MB.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Filen er ikke UTF-8 (linje {line}). Gem den som „CSV UTF-8“, fx i Excel: Gem som &gt; CSV UTF-8 (kommasepareret).</source>
      <translation>The file is not UTF-8 (line {line}). Save it as “CSV UTF-8”, e.g. in Excel: Save as &gt; CSV UTF-8 (comma delimited).</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Filen er ikke en Fremskudt-nøglefil.</source>
      <translation>The file is not a Fremskudt key file.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Filen er ikke en Fremskudt-pakke.</source>
      <translation>The file is not a Fremskudt bundle.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>Filen er ikke en age-fil (version age-encryption.org/v1).</source>
      <translation>The file is not an age file (version age-encryption.org/v1).</translation>
    </message>
    <message>
      <location filename="app/sync/central_rebuild.py" />
      <source>Filen er ikke en anmodning om genopbygning fra Fremskudt: {reason}</source>
      <translation>The file is not a Fremskudt rebuild request: {reason}</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Filen er ikke en genopbygningspakke.</source>
      <translation>The file is not a rebuild package.</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Filen er ikke en gyldig rotation af jobcentrets kvitteringsnøgle.</source>
      <translation>The file is not a valid rotation of the jobcentre's receipt key.</translation>
    </message>
    <message>
      <location filename="app/sync/central_downsync.py" />
      <source>Filen er ikke en pakke fra jobcentret.</source>
      <translation>The file is not a bundle from the jobcentre.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Filen er ikke en tekstfil.</source>
      <translation>The file is not a text file.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>Filen er ikke en tilmeldingsfil fra Fremskudt: {reason}</source>
      <translation>The file is not a Fremskudt registration file: {reason}</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Filen er ikke jobcentrets fil med offentlige nøgler.</source>
      <translation>The file is not the jobcentre's public key file.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>Filen er ikke krypteret til jobcentrets nøgler.</source>
      <translation>The file is not encrypted to the jobcentre's keys.</translation>
    </message>
    <message>
      <location filename="app/sync/office/batch.py" />
      <source>Filen er større end en pakke må være.</source>
      <translation>The file is larger than a batch may be.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Filen er større end {limit} MB.</source>
      <translation>The file is larger than {limit} MB.</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Filen er tom.</source>
      <translation>The file is empty.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Filen har flere end {limit} rækker.</source>
      <translation>The file has more than {limit} rows.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Filen har ingen henvisninger, kun kolonnenavnene.</source>
      <translation>The file has no referrals, only the column names.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>Filen kan ikke dekrypteres: den er beskadiget eller ændret.</source>
      <translation>The file cannot be decrypted: it is damaged or altered.</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Filen kunne ikke læses.</source>
      <translation>The file could not be read.</translation>
    </message>
    <message>
      <location filename="app/sync/central_keys.py" />
      <source>Filen med de centrale nøgler er beskadiget.</source>
      <translation>The file with the central keys is damaged.</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Filen {file} findes ikke eller kan ikke læses.</source>
      <translation>The file {file} does not exist or cannot be read.</translation>
    </message>
    <message>
      <location filename="app/sync/central_store.py" />
      <source>Filen {path} med den centrale databases salt er beskadiget.</source>
      <translation>The file {path} with the central database's salt is damaged.</translation>
    </message>
    <message>
      <location filename="app/sync/central_store.py" />
      <source>Filen {path} med den centrale databases salt mangler; uden den kan databasen ikke åbnes.</source>
      <translation>The file {path} with the central database's salt is missing; without it the database cannot be opened.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Filens første linje kan ikke læses som CSV.</source>
      <translation>The file's first line cannot be read as CSV.</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Filnavnet</source>
      <translation>The file name</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Filtypen kan ikke lægges i værktøjskassen. Brug PDF, Word, Excel, PowerPoint, tekst eller billeder.</source>
      <translation>This kind of file cannot go into the tool library. Use PDF, Word, Excel, PowerPoint, text or pictures.</translation>
    </message>
    <message>
      <location filename="app/sync/central_control.py" />
      <source>Flere arbejdsstationer hedder {device}; brug enheds-id'et.</source>
      <translation>Several workstations are called {device}; use the device id.</translation>
    </message>
    <message>
      <location filename="app/sync/central_referrals.py" />
      <source>Flere kontorer hedder {office}; brug kontorets id.</source>
      <translation>Several offices are called {office}; use the office's id.</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Flere timer</source>
      <translation>More hours</translation>
    </message>
    <message>
      <location filename="app/services/peers_lan.py" />
      <source>For mange forbindelser.</source>
      <translation>Too many connections.</translation>
    </message>
    <message>
      <location filename="app/services/auth.py" />
      <source>For mange forkerte forsøg. Vent {seconds} sekunder, og prøv igen.</source>
      <translation>Too many wrong attempts. Wait {seconds} seconds and try again.</translation>
    </message>
    <message>
      <location filename="app/sync/office/lan_frames.py" />
      <source>Forbindelsen blev lukket.</source>
      <translation>The connection was closed.</translation>
    </message>
    <message>
      <location filename="app/sync/office/lan_tls.py" />
      <source>Forbindelsen er ikke fra en arbejdsstation i kontoret.</source>
      <translation>The connection is not from a workstation of the office.</translation>
    </message>
    <message>
      <location filename="app/services/peers_lan.py" />
      <source>Forbindelsen er til denne arbejdsstation selv.</source>
      <translation>The connection is to this workstation itself.</translation>
    </message>
    <message>
      <location filename="app/sync/office/lan_tls.py" />
      <source>Forbindelsen har intet certifikat.</source>
      <translation>The connection has no certificate.</translation>
    </message>
    <message>
      <location filename="app/services/peers_lan.py" />
      <source>Forbindelsen hilste ikke.</source>
      <translation>The connection did not send a greeting.</translation>
    </message>
    <message>
      <location filename="app/sync/office/lan_frames.py" />
      <source>Forbindelsen sendte for langsomt.</source>
      <translation>The connection sent too slowly.</translation>
    </message>
    <message>
      <location filename="app/sync/office/lan_tls.py" />
      <source>Forbindelsens certifikat har en ukendt nøgletype.</source>
      <translation>The connection's certificate has an unknown key type.</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Forening og idræt</source>
      <translation>Clubs and sports</translation>
    </message>
    <message>
      <location filename="app/sync/central_store.py" />
      <source>Forkert adgangsfrase til den centrale database, eller databasen {path} er beskadiget.</source>
      <translation>Wrong passphrase for the central database, or the database {path} is damaged.</translation>
    </message>
    <message>
      <location filename="app/sync/central_keys.py" />
      <source>Forkert adgangsfrase til den centrale identitet.</source>
      <translation>Wrong passphrase for the central identity.</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Forkert brugernavn eller adgangskode.</source>
      <translation>Wrong username or password.</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Forløb</source>
      <translation>Courses</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Forløb hvis første måned med løntimer ligger mindst seks måneder før måneden: andelen med løntimer seks måneder efter den første måned, og andelen med løn fra samme virksomhed. (Seed 003, kap. 2: FSM II 6 ud af 10 og 4 ud af 10.)</source>
      <translation>Courses whose first month with paid hours lies at least six months before the month: the share with paid hours six months after the first month, and the share paid by the same company. (Seed 003, ch. 2: FSM II 6 out of 10 and 4 out of 10.)</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Forløb i gruppe 1, som er aktive mindst én dag i måneden (fra visitationen til forløbets slut), og som ikke er fritaget alle disse dage. En borger med to forløb tælles i hvert forløb. (Seed 003, kap. 2; seed 004, note 1.)</source>
      <translation>Courses in group 1 that are active at least one day in the month (from the assessment to the end of the course) and are not exempted on all those days. A citizen with two courses is counted in each course. (Seed 003, ch. 2; seed 004, note 1.)</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Forløb med løntimer til og med måneden: gennemsnitligt timetal i første og seneste måned med løntimer, ændringen i procent og andelen med flere, samme og færre timer. Over 150 timer i en måned tæller som fuld tid (150). (Seed 003, kap. 2: FSM II 57 → 79 timer, +39 %.)</source>
      <translation>Courses with paid hours up to and including the month: the average hours in the first and the latest month with paid hours, the change in per cent and the share with more, the same and fewer hours. Over 150 hours in a month counts as full time (150). (Seed 003, ch. 2: FSM II 57 → 79 hours, +39 %.)</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Forløbet er afsluttet; sagsbehandler og jobformidler kan ikke ændres.</source>
      <translation>The course has ended; the caseworker and the job broker cannot be changed.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Forløbet findes ikke.</source>
      <translation>The course does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Forløbet kan ikke gå videre til næste trin herfra.</source>
      <translation>The course cannot move on to the next step from here.</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Forløbsveje</source>
      <translation>Pathways</translation>
    </message>
    <message>
      <location filename="app/services/partners.py" />
      <source>Formål</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="app/services/citizens.py" />
      <source>Fornavn</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Fornavn eller initialer</source>
      <translation>First name or initials</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Frafald</source>
      <translation>Dropout</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Fraflyttet</source>
      <translation>Moved away</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Fremmøde registreres på dagen eller bagefter.</source>
      <translation>Attendance is recorded on the day or after.</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Fremmødet er registreret; tilmeldingen kan ikke fjernes.</source>
      <translation>Attendance is recorded; the sign-up cannot be removed.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Fritagelsen er allerede ophævet.</source>
      <translation>The exemption has already been lifted.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Fritagelsen findes ikke.</source>
      <translation>The exemption does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Fritidsinteresser</source>
      <translation>Leisure interests</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Fuld tid</source>
      <translation>Full time</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Fuld tid i seneste måned</source>
      <translation>Full time in the latest month</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Fuldt CPR-nummer vist</source>
      <translation>Full CPR number shown</translation>
    </message>
    <message>
      <location filename="app/services/course/cv.py" />
      <source>Funktioner</source>
      <translation>Functions</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Færdig</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Færre timer</source>
      <translation>Fewer hours</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Første linje skal være kolonnenavnene {header}.</source>
      <translation>The first line must be the column names {header}.</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Første løntimer mindst 6 måneder før</source>
      <translation>First paid hours at least 6 months before</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Gem alligevel</source>
      <translation>Save anyway</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Gendannelsesnøglen indeholder tegn, der ikke kan forekomme.</source>
      <translation>The recovery key contains characters that cannot occur in it.</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Gendannelsesnøglen passer ikke til denne database.</source>
      <translation>The recovery key does not fit this database.</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Gendannelsesnøglen skal have 52 tegn (13 grupper af 4).</source>
      <translation>The recovery key must have 52 characters (13 groups of 4).</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Genforhandlet</source>
      <translation>Renegotiated</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Genopbygningspakken er afvist: {reason}</source>
      <translation>The rebuild package was refused: {reason}</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Genopbygningspakken indeholder ikke kontoret.</source>
      <translation>The rebuild package does not contain the office.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Gik uden at blive set</source>
      <translation>Left without being seen</translation>
    </message>
    <message>
      <location filename="app/services/course/consents.py" />
      <source>Givet den</source>
      <translation>Given on</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Givet videre til jobformidler</source>
      <translation>Passed on to the jobformidler</translation>
    </message>
    <message>
      <location filename="app/services/stepup_views.py" />
      <source>Givet {given} til {recipients}</source>
      <translation>Given {given} to {recipients}</translation>
    </message>
    <message>
      <location filename="app/services/stepup_views.py" />
      <source>Givet {given} til {recipients}; trukket tilbage {withdrawn}</source>
      <translation>Given {given} to {recipients}; withdrawn {withdrawn}</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Gruppeforløb</source>
      <translation>Group sessions</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Gruppeforløbet er fuldt: alle {capacity} pladser er taget.</source>
      <translation>The group session is full: all {capacity} places are taken.</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Gruppeforløbet er overstået; der kan ikke tilmeldes flere.</source>
      <translation>The group session is over; nobody more can sign up.</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Gruppeforløbet findes ikke.</source>
      <translation>The group session does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Gået</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Gået uden at blive set</source>
      <translation>Left without being seen</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Gældsrådgivning</source>
      <translation>Debt counselling</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Har borger behov for støtte til helbredsmestring?</source>
      <translation>Does the citizen need support in managing their health?</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Har borgeren behov for yderligere støtte (fx støttekontaktperson eller mentor) til at håndtere særlige familiemæssige udfordringer, og hvordan koordineres den med eksisterende indsatser?</source>
      <translation>Does the citizen need further support (e.g. a support contact person or a mentor) to handle particular family challenges, and how is it coordinated with existing efforts?</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Har borgeren børn over 13 år, som skal have hjælp til at finde et fritidsjob?</source>
      <translation>Does the citizen have children over 13 who need help finding a spare-time job?</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Helbred</source>
      <translation>Health</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Helbred forværres af aktivering</source>
      <translation>Health worsened by activation</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Helbred og familie</source>
      <translation>Health and family</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Helbredsbarrierer</source>
      <translation>Health barriers</translation>
    </message>
    <message>
      <location filename="app/services/measures.py" />
      <source>Hele kontoret</source>
      <translation>The whole office</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Henvisningen er allerede besvaret.</source>
      <translation>The referral has already been answered.</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Henvisningen findes ikke.</source>
      <translation>The referral does not exist.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Henvisningslisten er afvist: {count} rækker er fejlbehæftede, og intet er indlæst. Ret rækkerne, eller brug --skip-bad.</source>
      <translation>The referral list is refused: {count} rows are faulty, and nothing was imported. Correct the rows, or use --skip-bad.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Henvist</source>
      <translation>Referred</translation>
    </message>
    <message>
      <location filename="app/sync/office/lan_frames.py" />
      <source>Hilsenen er ugyldig.</source>
      <translation>The greeting is invalid.</translation>
    </message>
    <message>
      <location filename="app/services/peers_lan.py" />
      <source>Hilsenen passer ikke til forbindelsens certifikat.</source>
      <translation>The greeting does not match the connection's certificate.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Hjemløshed</source>
      <translation>Homelessness</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Hjemme</source>
      <translation>At home</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Hjemme hos borgeren</source>
      <translation>At the citizen's home</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Hjemmebesøg</source>
      <translation>Home visit</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Holdt</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Hvad er barriererne i forhold til børn – er der allerede en sag på et barn i familien?</source>
      <translation>What are the barriers concerning children – is there already a case on a child in the family?</translation>
    </message>
    <message>
      <location filename="app/services/companies.py" />
      <source>Hvad virksomheden kan tilbyde</source>
      <translation>What the company can offer</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Hvem følger op</source>
      <translation>Who follows up</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Hvem følger op på aftalerne?</source>
      <translation>Who follows up on the agreements?</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Hvem kontakter hvem</source>
      <translation>Who contacts whom</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Hver anden uge</source>
      <translation>Every other week</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Hvert forløbs første udfald til og med måneden: job direkte, løntimer først, praktik først, uddannelse, rehabiliteringsteam eller frafald, og det næste udfald derefter. Forløb uden udfald indgår ikke. (Seed 003, kap. 2, veje til job.)</source>
      <translation>Each course's first outcome up to and including the month: job directly, paid hours first, internship first, education, rehabilitation team or dropout, and the next outcome after it. Courses without an outcome are not included. (Seed 003, ch. 2, pathways to work.)</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Hvilke aftaler er der lavet?</source>
      <translation>What has been agreed?</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Hvilke helbredsmæssige barrierer for job har borger, og hvordan tages der hensyn hertil i den virksomhedsrettede indsats?</source>
      <translation>What health barriers to work does the citizen have, and how are they taken into account in the company-oriented effort?</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Hvilke hensyn skal der tages?</source>
      <translation>What must be taken into account?</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Hvordan koordineres borgerens supplerende indsatser med den virksomhedsrettede indsats?</source>
      <translation>How are the citizen's supplementary efforts coordinated with the company-oriented effort?</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Hvorfor matchet trækker ud</source>
      <translation>Why the match is dragging on</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Hvornår følges der op?</source>
      <translation>When is there a follow-up?</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Hvornår og hvad igangsættes af eventuelle supplerende indsatser for borgeren?</source>
      <translation>When, and which, supplementary efforts are started for the citizen?</translation>
    </message>
    <message>
      <location filename="app/services/peers_live.py" />
      <source>Højst {count} adresser.</source>
      <translation>At most {count} addresses.</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>I samtale</source>
      <translation>In conversation</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Ikke behov for tolk</source>
      <translation>No need for an interpreter</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Inden for 25-35</source>
      <translation>Within 25-35</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Indkaldelse</source>
      <translation>Invitation letter</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Indlæs først jobcentrets nøglefil (Synkronisering).</source>
      <translation>First load the jobcentre's key file (Synkronisering).</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Indlæs først jobcentrets offentlige nøgle under Synkronisering.</source>
      <translation>First load the jobcentre's public key under Synchronisation.</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Indsatsens start</source>
      <translation>Start of the effort</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Indsatsgruppe</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Indsatsgruppen på ressourceforløbsydelse: andelen med job, uddannelse, løntimer eller en aftale med en virksomhed (krav 1: 35 %) og med job, uddannelse eller løntimer (krav 2: 15 %). Fleksjob registreres ikke her. (Seed 003, kap. 2.)</source>
      <translation>The target group on resource programme benefit: the share with a job, education, paid hours or an agreement with a company (requirement 1: 35 %) and with a job, education or paid hours (requirement 2: 15 %). Flex jobs are not recorded here. (Seed 003, ch. 2.)</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Informationsmøde</source>
      <translation>Information meeting</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Ingen af de valgte har rollen {role}.</source>
      <translation>None of those chosen has the role {role}.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Ingen rimelig grund fundet</source>
      <translation>No reasonable grounds found</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Integrationsydelse</source>
      <translation>Integration benefit</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Job</source>
      <translation>Job</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Job direkte</source>
      <translation>Job directly</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Jobcafé</source>
      <translation>Job café</translation>
    </message>
    <message>
      <location filename="app/domain/programme.py" />
      <source>Jobcenteret (opfølgning i efterværn)</source>
      <translation>The jobcentre (follow-up in aftercare)</translation>
    </message>
    <message>
      <location filename="app/sync/central_rebuild.py" />
      <source>Jobcentret har ingen data fra {office} at genopbygge fra.</source>
      <translation>The jobcentre holds no data from {office} to rebuild from.</translation>
    </message>
    <message>
      <location filename="app/sync/central_referrals.py" />
      <source>Jobcentret kender ingen arbejdsstation i {office}, der kan modtage en pakke: indlæs først en pakke fra kontoret.</source>
      <translation>The jobcentre knows no workstation in {office} that can receive a bundle: first import a bundle from the office.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Jobformidler</source>
      <translation>Jobformidler</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Jobformidler og sagsbehandler</source>
      <translation>Jobformidler and caseworker</translation>
    </message>
    <message>
      <location filename="app/domain/roles.py" />
      <source>Jobkonsulent</source>
      <translation>Jobkonsulent</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Jobmål</source>
      <translation>Job goal</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Jobmålet har en retning</source>
      <translation>The job goal has a direction</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Jobsamtale</source>
      <translation>Job interview</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Kaldt</source>
      <translation>Called</translation>
    </message>
    <message>
      <location filename="app/services/course/intake.py" />
      <source>Knyt besøget til {name} ({known_by}, {why})</source>
      <translation>Link the visit to {name} ({known_by}, {why})</translation>
    </message>
    <message>
      <location filename="app/services/setup.py" />
      <source>Kommune</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Kompetencer</source>
      <translation>Skills</translation>
    </message>
    <message>
      <location filename="app/services/peers_folder.py" />
      <source>Konflikten findes ikke.</source>
      <translation>The conflict does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Konkrete arbejdspladser</source>
      <translation>Specific workplaces</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Konkrete opgaver</source>
      <translation>Specific tasks</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Kontakt</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Kontaktforsøg</source>
      <translation>Contact attempt</translation>
    </message>
    <message>
      <location filename="app/services/partners.py" />
      <source>Kontaktpersonen findes ikke.</source>
      <translation>The contact person does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/partners.py" />
      <source>Kontaktpersonen hører ikke til samarbejdspartneren.</source>
      <translation>The contact person does not belong to the partner.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Kontaktpersonen hører ikke til virksomheden.</source>
      <translation>The contact person does not belong to the company.</translation>
    </message>
    <message>
      <location filename="app/services/partners.py" />
      <source>Kontaktpersonen står på en henvisning og kan ikke fjernes.</source>
      <translation>The contact person is named on a referral and cannot be removed.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Kontanthjælp</source>
      <translation>Cash benefit</translation>
    </message>
    <message>
      <location filename="app/services/auth.py" />
      <source>Kontoen er ikke aktiv. Kontakt kontorets administrator.</source>
      <translation>The account is not active. Contact the office's administrator.</translation>
    </message>
    <message>
      <location filename="app/services/staff.py" />
      <source>Kontoen findes ikke.</source>
      <translation>The account does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Kontoret</source>
      <translation>The office</translation>
    </message>
    <message>
      <location filename="app/sync/central_referrals.py" />
      <source>Kontoret {office} kendes ikke; se fremskudt-central stats.</source>
      <translation>The office {office} is not known; see fremskudt-central stats.</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Kontorets data efter genopbygningen svarer ikke til jobcentrets kopi (kontrolsummen afviger).</source>
      <translation>The office's data after the rebuild does not match the jobcentre's copy (the checksum differs).</translation>
    </message>
    <message>
      <location filename="app/services/peers.py" />
      <source>Kontorets kontrolsum kræver en rolle med adgang til sagernes indhold.</source>
      <translation>The office digest needs a role with access to case content.</translation>
    </message>
    <message>
      <location filename="app/services/setup.py" />
      <source>Kontorets navn</source>
      <translation>Office name</translation>
    </message>
    <message>
      <location filename="app/services/context.py" />
      <source>Kun en administrator kan gøre dette.</source>
      <translation>Only an administrator can do this.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Kun en aktiv aftale kan genforhandles.</source>
      <translation>Only an active agreement can be renegotiated.</translation>
    </message>
    <message>
      <location filename="app/services/measures.py" />
      <source>Kun en leder kan se borgerne bag et tal.</source>
      <translation>Only a manager can see the citizens behind a figure.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Kun en leder kan ændre teamet.</source>
      <translation>Only a leader can change the team.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Kun et aktivt forløb kan afsluttes.</source>
      <translation>Only an active course can be ended.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Kun et forløb i trin 3 kan afbrydes med frafald.</source>
      <translation>Only a course in Trin 3 can be interrupted by a dropout.</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Kvitteringen er allerede indlæst.</source>
      <translation>The receipt has already been loaded.</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Kvitteringen er ikke gyldig eller ikke fra jobcentret.</source>
      <translation>The receipt is not valid or not from the jobcentre.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Kvitteringen er ikke gyldig: {reason}</source>
      <translation>The receipt is not valid: {reason}</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Kvitteringen er ældre end den seneste kvittering.</source>
      <translation>The receipt is older than the latest receipt.</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Kvitteringen hører til en anden arbejdsstation.</source>
      <translation>The receipt belongs to another workstation.</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Kvitteringen passer ikke til en pakke fra denne arbejdsstation.</source>
      <translation>The receipt does not match a bundle from this workstation.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Kørekort</source>
      <translation>Driving licence</translation>
    </message>
    <message>
      <location filename="app/domain/roles.py" />
      <source>Leder</source>
      <translation>Leader</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line} kan ikke læses som CSV (et citationstegn, der ikke lukkes?).</source>
      <translation>Line {line} cannot be read as CSV (a quotation mark that is not closed?).</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: CPR-nummeret står allerede i linje {first}.</source>
      <translation>Line {line}: the CPR number is already on line {first}.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: aktivitetsparat skal være ja eller nej.</source>
      <translation>Line {line}: aktivitetsparat must be ja or nej.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: datoen henvist ({value}) ligger i fremtiden.</source>
      <translation>Line {line}: the date henvist ({value}) lies in the future.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: datoen henvist „{value}“ er ikke en dato som ÅÅÅÅ-MM-DD.</source>
      <translation>Line {line}: the date henvist “{value}” is not a date such as YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: feltet {field} er længere end {limit} tegn.</source>
      <translation>Line {line}: the field {field} is longer than {limit} characters.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: feltet {field} indeholder kontroltegn.</source>
      <translation>Line {line}: the field {field} contains control characters.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: feltet {field} mangler.</source>
      <translation>Line {line}: the field {field} is missing.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: rækken har {found} felter, men skal have {wanted}.</source>
      <translation>Line {line}: the row has {found} fields but must have {wanted}.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: ydelsen „{value}“ er ukendt; brug kontanthjælp, uddannelseshjælp eller integrationsydelse.</source>
      <translation>Line {line}: the benefit “{value}” is unknown; use kontanthjælp, uddannelseshjælp or integrationsydelse.</translation>
    </message>
    <message>
      <location filename="app/sync/referral_csv.py" />
      <source>Linje {line}: {reason}</source>
      <translation>Line {line}: {reason}</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Logget ind</source>
      <translation>Logged in</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Logget ud</source>
      <translation>Logged out</translation>
    </message>
    <message>
      <location filename="app/domain/audit_chain.py" />
      <source>Logkæden går baglæns: post {new} efter post {previous}.</source>
      <translation>The log chain runs backwards: entry {new} after entry {previous}.</translation>
    </message>
    <message>
      <location filename="app/domain/audit_chain.py" />
      <source>Logkædens hoved (post {seq}) passer ikke til posterne.</source>
      <translation>The head of the log chain (entry {seq}) does not match the entries.</translation>
    </message>
    <message>
      <location filename="app/sync/central_audit.py" />
      <source>Logpost {seq} er ændret, siden jobcentret fik den.</source>
      <translation>Log entry {seq} has been changed since the jobcentre received it.</translation>
    </message>
    <message>
      <location filename="app/domain/audit_chain.py" />
      <source>Logpost {seq} er ændret.</source>
      <translation>Log entry {seq} has been changed.</translation>
    </message>
    <message>
      <location filename="app/domain/audit_chain.py" />
      <source>Logpost {seq} mangler eller er ikke med.</source>
      <translation>Log entry {seq} is missing or not included.</translation>
    </message>
    <message>
      <location filename="app/domain/audit_chain.py" />
      <source>Logpost {seq} peger ikke på den post, der blev kvitteret for sidst (post {previous}).</source>
      <translation>Log entry {seq} does not point to the entry last acknowledged (entry {previous}).</translation>
    </message>
    <message>
      <location filename="app/services/office.py" />
      <source>Låsetiden skal være mellem {low} og {high} minutter.</source>
      <translation>The lock time must be between {low} and {high} minutes.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Lærer eller pædagog</source>
      <translation>Teacher or pedagogue</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Læst</source>
      <translation>Read</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Lønnen</source>
      <translation>The pay</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Løntimer</source>
      <translation>Paid hours</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Løntimer (mindst 30 timer i en måned)</source>
      <translation>Paid hours (at least 30 hours in a month)</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Løntimer 6 måneder senere</source>
      <translation>Paid hours 6 months later</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Løntimer eller uddannelse</source>
      <translation>Paid hours or education</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Løntimer fra start</source>
      <translation>Paid hours from the start</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Løntimer først</source>
      <translation>Paid hours first</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Løntimer og praktik</source>
      <translation>Paid hours and internship</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Løntimer om ugen</source>
      <translation>Paid hours a week</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Løst</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Makkerskab</source>
      <translation>Partnership</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Makkerskabet er afsluttet.</source>
      <translation>The makkerskab has ended.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Makkerskabet er allerede afsluttet.</source>
      <translation>The makkerskab has already ended.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Makkerskabet findes ikke.</source>
      <translation>The makkerskab does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/backups.py" />
      <source>Mappen findes ikke.</source>
      <translation>The folder does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/peers_folder.py" />
      <source>Mappen {folder} findes ikke.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Matchet trækker ud: trin 2 over 13 uger med helbreds- eller familiebarrierer, eller 26 uger efter start</source>
      <translation>The match is dragging on: Trin 2 over 13 weeks with health or family barriers, or 26 weeks after the start</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Med løntimer</source>
      <translation>With paid hours</translation>
    </message>
    <message>
      <location filename="app/services/measures.py" />
      <source>Medarbejderen eller makkerskabet findes ikke.</source>
      <translation>The staff member or partnership does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Medarbejderen findes ikke.</source>
      <translation>The staff member does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Min Plan</source>
      <translation>Min Plan</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Mindst 30 løntimer i en måned</source>
      <translation>At least 30 paid hours in a month</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Mindst månedlig kontakt det første år i virksomheden</source>
      <translation>Contact at least monthly in the first year at the company</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Misbrugsproblemer</source>
      <translation>Substance abuse problems</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Mislykket login</source>
      <translation>Failed login</translation>
    </message>
    <message>
      <location filename="app/services/course/consents.py" />
      <source>Modtagere</source>
      <translation>Recipients</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Måned</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Måneden</source>
      <translation>The month</translation>
    </message>
    <message>
      <location filename="app/services/central_report.py" />
      <source>Måneden er ikke begyndt endnu.</source>
      <translation>The month has not begun yet.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Måneden ligger efter aftalen sluttede.</source>
      <translation>The month is after the agreement ended.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Måneden ligger før aftalen startede ({day}).</source>
      <translation>The month is before the agreement started ({day}).</translation>
    </message>
    <message>
      <location filename="app/services/measures.py" />
      <source>Måneden skal skrives som ÅÅÅÅ-MM, fx 2026-11.</source>
      <translation>Write the month as YYYY-MM, e.g. 2026-11.</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Månedlig kontakt det første år i trin 3</source>
      <translation>Monthly contact in the first year of step 3</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Månedlig opfølgning</source>
      <translation>Monthly follow-up</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Månedlig opfølgning i 3-6 måneder efter selvforsørgelse</source>
      <translation>Monthly follow-up for 3-6 months after becoming self-supporting</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Månedligt</source>
      <translation>Monthly</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Møde</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Møde booket</source>
      <translation>Meeting booked</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Mødedatoen</source>
      <translation>The meeting date</translation>
    </message>
    <message>
      <location filename="app/services/appointment_letters.py" />
      <source>Mødet findes ikke.</source>
      <translation>The meeting does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Mødet har allerede et udfald: {outcome}.</source>
      <translation>The meeting already has an outcome: {outcome}.</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Mødet kan ikke ligge før step-up startede.</source>
      <translation>The meeting cannot be before the step-up started.</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Mødet ligger for langt ude i fremtiden.</source>
      <translation>The meeting is too far in the future.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Mødet skal slutte efter det begynder.</source>
      <translation>The meeting must end after it begins.</translation>
    </message>
    <message>
      <location filename="app/services/companies.py" />
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="app/services/retention.py" />
      <source>Navn og telefon på en ukendt besøgende bruges kun til dagens kø og en eventuel opfølgning.</source>
      <translation>The name and phone of an unknown visitor are used only for the day's queue and a possible follow-up.</translation>
    </message>
    <message>
      <location filename="app/services/peers_folder.py" />
      <source>Navnet {name} bruges allerede af en anden arbejdsstation i kontoret.</source>
      <translation>The name {name} is already used by another workstation in the office.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Netværk</source>
      <translation>Network</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Ny</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Næste kontakt</source>
      <translation>Next contact</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Næste kontakt kan ikke ligge før denne kontakt.</source>
      <translation>The next contact cannot be before this contact.</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Næste kontakt som aftalt ved seneste kontakt</source>
      <translation>Next contact as agreed at the latest contact</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Nøglefilen er beskadiget og kan ikke læses.</source>
      <translation>The key file is damaged and cannot be read.</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Nøglefilen er beskadiget.</source>
      <translation>The key file is damaged.</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Nøglefilen er fra en nyere version af Fremskudt. Opdatér programmet.</source>
      <translation>The key file is from a newer version of Fremskudt. Update the program.</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Nøglefilen har en anden kvitteringsnøgle end den, arbejdsstationen stoler på. En ny kvitteringsnøgle skal komme som en rotation underskrevet af den nuværende (fremskudt central-key rotate FIL).</source>
      <translation>The key file has another receipt key than the one the workstation trusts. A new receipt key must come as a rotation signed by the current one (fremskudt central-key rotate FILE).</translation>
    </message>
    <message>
      <location filename="app/db/keyring.py" />
      <source>Nøglefilen {name} findes ikke i datamappen.</source>
      <translation>The key file {name} is not in the data folder.</translation>
    </message>
    <message>
      <location filename="app/services/course/consents.py" />
      <source>Omfang</source>
      <translation>Scope</translation>
    </message>
    <message>
      <location filename="app/services/course/cv.py" />
      <source>Område</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="app/services/retention.py" />
      <source>Opbevaringstiden skal være mellem 1 dag og 20 år.</source>
      <translation>The retention period must be between 1 day and 20 years.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Opfølgning</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Opfølgning efter aftalen ({frequency})</source>
      <translation>Follow-up as agreed ({frequency})</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Opfølgning med den hyppighed, der er aftalt i opfølgningsplanen</source>
      <translation>Follow-up as often as agreed in the follow-up plan</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Opfølgning på step-up-aftale</source>
      <translation>Follow-up on the step-up agreement</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Opfølgning skal ske mindst en gang om måneden (1-31 dage).</source>
      <translation>Follow-up must happen at least once a month (1-31 days).</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Opfølgning som aftalt i step-up</source>
      <translation>Follow-up as agreed in the step-up</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Opfølgningsdatoen</source>
      <translation>The follow-up date</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Opfølgningsplan</source>
      <translation>Follow-up plan</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Opfølgningsplanens hyppighed</source>
      <translation>The follow-up plan's frequency</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Opgaver</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Opgaver i hjemmet</source>
      <translation>Tasks at home</translation>
    </message>
    <message>
      <location filename="app/services/retention.py" />
      <source>Oplysningerne er ikke kvitteret af jobcentret endnu. Eksportér en pakke, og indlæs kvitteringen først.</source>
      <translation>The jobcentre has not yet acknowledged the information. Export a bundle and load the receipt first.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Oprettet</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Opstartsmøde</source>
      <translation>Start meeting</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Over 35</source>
      <translation>Over 35</translation>
    </message>
    <message>
      <location filename="app/services/course/cv.py" />
      <source>Overskrift</source>
      <translation>Heading</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Overvej at afslutte trin 3</source>
      <translation>Consider finishing Trin 3</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Overvej step-up</source>
      <translation>Consider a step-up</translation>
    </message>
    <message>
      <location filename="app/sync/central_members.py" />
      <source>Pakken angiver ændringsrækken {origin} under en anden arbejdsstation end jobcentret kender den fra.</source>
      <translation>The bundle names change series {origin} under another workstation than the one the jobcenter knows it from.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rotation.py" />
      <source>Pakken annoncerer en ny nøgle, der ikke er underskrevet af den nøgle fra jobcentret, som kontoret har godkendt.</source>
      <translation>The package announces a new key that is not signed by the jobcentre key the office has approved.</translation>
    </message>
    <message>
      <location filename="app/sync/central_members.py" />
      <source>Pakken begynder efter ændring {start} fra arbejdsstationen {device}, men jobcentret har kun til ændring {last}.</source>
      <translation>The bundle starts after change {start} from workstation {device}, but the jobcenter only has up to change {last}.</translation>
    </message>
    <message>
      <location filename="app/services/peers.py" />
      <source>Pakken bygger på ændringer, som denne arbejdsstation ikke har (en tidligere pakke mangler). Synkronisér igen.</source>
      <translation>The batch builds on changes this workstation does not have (an earlier batch is missing). Synchronise again.</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Pakken er afkortet eller ugyldig.</source>
      <translation>The bundle is truncated or invalid.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakken er afkortet.</source>
      <translation>The bundle is truncated.</translation>
    </message>
    <message>
      <location filename="app/services/peers.py" />
      <source>Pakken er fra arbejdsstationen {name}, som er spærret.</source>
      <translation>The batch is from the workstation {name}, which is revoked.</translation>
    </message>
    <message>
      <location filename="app/services/peers.py" />
      <source>Pakken er fra en anden version af Fremskudt. Opdatér begge arbejdsstationer.</source>
      <translation>The batch is from another version of Fremskudt. Update both workstations.</translation>
    </message>
    <message>
      <location filename="app/services/peers.py" />
      <source>Pakken er fra en arbejdsstation, der ikke er medlem af kontoret (endnu).</source>
      <translation>The batch is from a workstation that is not (yet) a member of the office.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakken er fra en nyere version af Fremskudt.</source>
      <translation>The bundle is from a newer version of Fremskudt.</translation>
    </message>
    <message>
      <location filename="app/services/peers.py" />
      <source>Pakken er fra et andet kontor.</source>
      <translation>The batch is from another office.</translation>
    </message>
    <message>
      <location filename="app/services/peers.py" />
      <source>Pakken er ikke til denne arbejdsstation.</source>
      <translation>The batch is not for this workstation.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rotation.py" />
      <source>Pakken er ikke underskrevet med en af jobcentrets nøgler, som kontoret har godkendt.</source>
      <translation>The bundle is not signed with one of the jobcentre's keys that the office has approved.</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Pakken er ikke underskrevet med jobcentrets nøgle i nøglefilen.</source>
      <translation>The package is not signed with the jobcentre's key in the key file.</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Pakken er lavet til en anden arbejdsstation.</source>
      <translation>The package was made for another workstation.</translation>
    </message>
    <message>
      <location filename="app/sync/office/batch.py" />
      <source>Pakken er ugyldig: {reason}</source>
      <translation>The batch is invalid: {reason}</translation>
    </message>
    <message>
      <location filename="app/sync/central_rotation.py" />
      <source>Pakken har for mange nøgleskift.</source>
      <translation>The package has too many key changes.</translation>
    </message>
    <message>
      <location filename="app/sync/office/batch.py" />
      <source>Pakken har ikke et gyldigt hoved.</source>
      <translation>The batch has no valid header.</translation>
    </message>
    <message>
      <location filename="app/sync/central_audit.py" />
      <source>Pakken har intet anker for logkæden, men jobcentret har kvitteret for logpost {seq} fra arbejdsstationen.</source>
      <translation>The bundle has no anchor for the log chain, but the jobcentre has acknowledged log entry {seq} from the workstation.</translation>
    </message>
    <message>
      <location filename="app/sync/central_audit.py" />
      <source>Pakken har to logposter med samme nummer.</source>
      <translation>The bundle has two log entries with the same number.</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Pakken indeholder en henvisning med ugyldige oplysninger.</source>
      <translation>The bundle holds a referral with invalid details.</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>Pakken indeholder en ukendt tabel.</source>
      <translation>The package contains an unknown table.</translation>
    </message>
    <message>
      <location filename="app/sync/office/batch.py" />
      <source>Pakken indeholder en ukendt tabel: {name}.</source>
      <translation>The batch contains an unknown table: {name}.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakken indeholder mere, end indholdsfortegnelsen siger.</source>
      <translation>The bundle contains more than its manifest says.</translation>
    </message>
    <message>
      <location filename="app/sync/central_members.py" />
      <source>Pakken indeholder ændringer fra arbejdsstationen {device}, som ikke er optaget i kontoret.</source>
      <translation>The bundle holds changes from workstation {device}, which was not admitted to the office.</translation>
    </message>
    <message>
      <location filename="app/sync/office/batch.py" />
      <source>Pakken kan ikke åbnes: {reason}</source>
      <translation>The batch cannot be opened: {reason}</translation>
    </message>
    <message>
      <location filename="app/sync/central_audit.py" />
      <source>Pakken vil fortsætte logkæden fra en tidligere post, men nævner ikke den post, jobcentret sidst kvitterede for.</source>
      <translation>The bundle would continue the log chain from an earlier entry but does not mention the entry the jobcentre last acknowledged.</translation>
    </message>
    <message>
      <location filename="app/sync/central_audit.py" />
      <source>Pakken vil fortsætte logkæden fra logpost {seq}, som jobcentret aldrig har kvitteret for.</source>
      <translation>The bundle would continue the log chain from log entry {seq}, which the jobcentre has never acknowledged.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens del {name} er ugyldig: {reason}</source>
      <translation>The bundle's part {name} is invalid: {reason}</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens del {name} er ændret eller afkortet.</source>
      <translation>The bundle's part {name} is altered or truncated.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens del {name} fylder mere end tilladt udpakket.</source>
      <translation>The bundle's part {name} is larger than allowed when unpacked.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rows.py" />
      <source>Pakkens del {name} har en ugyldig nøgle.</source>
      <translation>The bundle's part {name} has an invalid key.</translation>
    </message>
    <message>
      <location filename="app/sync/office/batch.py" />
      <source>Pakkens del {name} har en ugyldig række.</source>
      <translation>The batch's part {name} has an invalid row.</translation>
    </message>
    <message>
      <location filename="app/sync/central_apply.py" />
      <source>Pakkens del {name} har en ugyldig versionsvektor.</source>
      <translation>Part {name} of the bundle has an invalid version vector.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rows.py" />
      <source>Pakkens del {name} har en ændringstæller uden for pakkens interval.</source>
      <translation>The bundle's part {name} has a change counter outside the bundle's range.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens del {name} har ikke den angivne størrelse.</source>
      <translation>The bundle's part {name} does not have the stated size.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rows.py" />
      <source>Pakkens del {name} indeholder ændringer fra en anden arbejdsstation end dem, pakken angiver.</source>
      <translation>Part {name} of the bundle holds changes from another workstation than those the bundle declares.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens del {name} kan ikke pakkes ud.</source>
      <translation>The bundle's part {name} cannot be unpacked.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rows.py" />
      <source>Pakkens del {name} mangler kolonner.</source>
      <translation>The bundle's part {name} lacks columns.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens del {name} passer ikke til indholdsfortegnelsen.</source>
      <translation>The bundle's part {name} does not match the table of contents.</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Pakkens henvisninger har ukendte kolonner.</source>
      <translation>The bundle's referrals have unknown columns.</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Pakkens henvisninger kan ikke læses: {reason}</source>
      <translation>The bundle's referrals cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens indholdsfortegnelse er for stor.</source>
      <translation>The bundle's table of contents is too large.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens indholdsfortegnelse er ikke kanonisk.</source>
      <translation>The bundle's manifest is not canonical.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens indholdsfortegnelse er indlejret for dybt.</source>
      <translation>The bundle's table of contents is nested too deeply.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens indholdsfortegnelse er ugyldig: {reason}</source>
      <translation>The bundle's table of contents is invalid: {reason}</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens indholdsfortegnelse kan ikke læses.</source>
      <translation>The bundle's manifest cannot be read.</translation>
    </message>
    <message>
      <location filename="app/sync/central_members.py" />
      <source>Pakkens interval for arbejdsstationen {device} er ugyldigt.</source>
      <translation>The bundle's range for workstation {device} is invalid.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rotation.py" />
      <source>Pakkens nye nøgle fra jobcentret er ikke underskrevet af jobcentrets nøgle.</source>
      <translation>The package's new jobcentre key is not signed by the jobcentre's key.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rotation.py" />
      <source>Pakkens nye nøgle fra jobcentret har ukendte kolonner.</source>
      <translation>The package's new jobcentre key has unknown columns.</translation>
    </message>
    <message>
      <location filename="app/sync/central_rotation.py" />
      <source>Pakkens nøgleskift hænger ikke sammen.</source>
      <translation>The package's key changes do not form a chain.</translation>
    </message>
    <message>
      <location filename="app/sync/bundle.py" />
      <source>Pakkens signatur passer ikke til arbejdsstationens nøgle.</source>
      <translation>The bundle's signature does not match the workstation's key.</translation>
    </message>
    <message>
      <location filename="app/services/jobcenter_control.py" />
      <source>Pakkens spærringer har ukendte kolonner.</source>
      <translation>The package's revocations have unknown columns.</translation>
    </message>
    <message>
      <location filename="app/services/jobcenter_control.py" />
      <source>Pakkens spærringer kan ikke læses: {reason}</source>
      <translation>The package's revocations cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Partshøring</source>
      <translation>Hearing</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Partshøringen er ikke besvaret inden fristen {deadline}. Mangler: {missing}</source>
      <translation>The hearing was not answered by the deadline {deadline}. Missing: {missing}</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Partshøringen findes ikke.</source>
      <translation>The hearing does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Personlig jobformidler er tildelt</source>
      <translation>A personal jobformidler is assigned</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Personlig kontakt før sanktion</source>
      <translation>Personal contact before a sanction</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Personligt</source>
      <translation>In person</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Posten er ikke en partshøring.</source>
      <translation>The entry is not a hearing.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Praktik</source>
      <translation>Internship</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Praktik først</source>
      <translation>Internship first</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Progression i løntimer</source>
      <translation>Progression in paid hours</translation>
    </message>
    <message>
      <location filename="app/sync/office/lan_frames.py" />
      <source>Rammen er større end tilladt.</source>
      <translation>The frame is larger than allowed.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Rehabiliteringsteam</source>
      <translation>Rehabilitation team</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Ressourceforløbsydelse</source>
      <translation>Resource course benefit</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Ressourcer</source>
      <translation>Resources</translation>
    </message>
    <message>
      <location filename="app/services/course/cv.py" />
      <source>Retning</source>
      <translation>Direction</translation>
    </message>
    <message>
      <location filename="app/services/companies.py" />
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="app/services/sync.py" />
      <source>Rotationen er ikke underskrevet af den kvitteringsnøgle, arbejdsstationen stoler på.</source>
      <translation>The rotation is not signed by the receipt key the workstation trusts.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Sagen</source>
      <translation>The case</translation>
    </message>
    <message>
      <location filename="app/services/retention.py" />
      <source>Sagen kan genoptages, og jobcentret skal kunne dokumentere indsatsen i fem år efter forløbets afslutning.</source>
      <translation>The case may be reopened, and the jobcentre must be able to document the effort for five years after the course ended.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Sagsbehandler</source>
      <translation>Caseworker</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Sagsstamme pr. medarbejder</source>
      <translation>Caseload per staff member</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Sagsstammen er ændret siden forhåndsvisningen. Se forhåndsvisningen igen.</source>
      <translation>The caseload has changed since the preview. Look at the preview again.</translation>
    </message>
    <message>
      <location filename="app/services/partners.py" />
      <source>Samarbejdspartneren findes ikke.</source>
      <translation>The partner does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Samme timer</source>
      <translation>Same hours</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Samme virksomhed</source>
      <translation>Same company</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Samme virksomhed 6 måneder senere</source>
      <translation>Same company 6 months later</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Samtale</source>
      <translation>Conversation</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Samtale startet</source>
      <translation>Conversation started</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Samtalen er allerede i gang eller afsluttet.</source>
      <translation>The conversation is already under way or over.</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Samtykke</source>
      <translation>Consent</translation>
    </message>
    <message>
      <location filename="app/services/course/consents.py" />
      <source>Samtykket findes ikke.</source>
      <translation>The consent does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/partners.py" />
      <source>Samtykket nævner ikke {partner} som modtager. Registrér et samtykke, der dækker henvisningen.</source>
      <translation>The consent does not name {partner} as a recipient. Record a consent that covers the referral.</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Seneste måned: {hours} løntimer (mindst 30 afslutter trin 3)</source>
      <translation>Latest month: {hours} paid hours (at least 30 finishes Trin 3)</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Seneste registrerede måned ({month}) har {hours} løntimer i alt; der skal mindst {minimum} til.</source>
      <translation>The latest recorded month ({month}) has {hours} paid hours in all; at least {minimum} are needed.</translation>
    </message>
    <message>
      <location filename="app/db/backup.py" />
      <source>Sikkerhedskopien er beskadiget.</source>
      <translation>The backup is damaged.</translation>
    </message>
    <message>
      <location filename="app/db/backup.py" />
      <source>Sikkerhedskopien kan ikke åbnes med kontorets nøgle.</source>
      <translation>The backup cannot be opened with the office's key.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Skabelonen bruger feltet {{{name}}}, som ikke findes. Brug et af: {known}.</source>
      <translation>The template uses the field {{{name}}}, which does not exist. Use one of: {known}.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Skabelonen er for lang (højst {n} tegn).</source>
      <translation>The template is too long (at most {n} characters).</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Skabelonen er tom.</source>
      <translation>The template is empty.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Skabelonen har en krøllet parentes uden sin makker.</source>
      <translation>The template has a curly bracket without its partner.</translation>
    </message>
    <message>
      <location filename="app/domain/roles.py" />
      <source>Skranke</source>
      <translation>Counter</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Skriv et fornavn eller initialer, eller find borgeren.</source>
      <translation>Type a first name or initials, or find the citizen.</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Skriv hvilket sprog tolken skal tale.</source>
      <translation>Write which language the interpreter is to speak.</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Skriv hvorfor der blev brugt tolk; det vurderes i hver sag.</source>
      <translation>Write why an interpreter was used; it is assessed in each case.</translation>
    </message>
    <message>
      <location filename="app/services/partners.py" />
      <source>Skriv telefon eller e-mail, så kontaktpersonen kan nås.</source>
      <translation>Enter a phone number or e-mail so the contact person can be reached.</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>Skriv, hvorfor henvisningen afvises.</source>
      <translation>Write why the referral is declined.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Slettet</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Slutdatoen</source>
      <translation>The end date</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Slutdatoen ligger før det nuværende trin begyndte.</source>
      <translation>The end date is before the current step began.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>Slutdatoen ligger før startdatoen.</source>
      <translation>The end date is before the start date.</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Sluttidspunktet skal ligge efter starttidspunktet.</source>
      <translation>The end must be after the start.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Snuse</source>
      <translation>Taster day</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Socialforvaltningen</source>
      <translation>The social services department</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Sprogskole</source>
      <translation>Language school</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Spørgsmålet hører ikke til denne type barrierer.</source>
      <translation>The question does not belong to this kind of barrier.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Startdatoen</source>
      <translation>The start date</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Status på borgerens familierelaterede barrierer</source>
      <translation>Status of the citizen's family-related barriers</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>Step-up</source>
      <translation>Step-up</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Step-up har højst to tværfaglige samtaler.</source>
      <translation>A step-up has at most two interdisciplinary meetings.</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Step-up kan kun startes for en borger i gruppe 1 efter visitationen.</source>
      <translation>A step-up can only be started for a citizen in group 1 after the visitation.</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Step-up, når matchet trækker ud</source>
      <translation>Step-up when the match drags on</translation>
    </message>
    <message>
      <location filename="app/services/stepup_views.py" />
      <source>Step-up-forløbet er afsluttet.</source>
      <translation>The step-up is closed.</translation>
    </message>
    <message>
      <location filename="app/services/stepup_views.py" />
      <source>Step-up-forløbet findes ikke.</source>
      <translation>The step-up does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Step-up-møde</source>
      <translation>Step-up meeting</translation>
    </message>
    <message>
      <location filename="app/services/course/cv.py" />
      <source>Stilling</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Sundhed</source>
      <translation>Health</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Sundhedscenter</source>
      <translation>Health centre</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Sundhedsfaglig</source>
      <translation>Health professional</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Svardatoen</source>
      <translation>The answer date</translation>
    </message>
    <message>
      <location filename="app/services/stepup.py" />
      <source>Svaret</source>
      <translation>The answer</translation>
    </message>
    <message>
      <location filename="app/services/peers_lan.py" />
      <source>Svaret gælder en anden forbindelse (genafspillet).</source>
      <translation>The answer is for another connection (replayed).</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Svaret kan ikke ligge før partshøringen.</source>
      <translation>The answer cannot be before the hearing.</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Svarfristen</source>
      <translation>The answer deadline</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Svarfristen kan ikke ligge før partshøringen.</source>
      <translation>The answer deadline cannot be before the hearing.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Svær psykisk sygdom</source>
      <translation>Severe mental illness</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Sygdom</source>
      <translation>Illness</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Søgt</source>
      <translation>Searched</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Tag med</source>
      <translation>Bring</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Telefonnummeret må kun indeholde tal.</source>
      <translation>The phone number may contain digits only.</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Tid i Trin 1 og Trin 2</source>
      <translation>Time in Step 1 and Step 2</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Tidspunktet</source>
      <translation>The time</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Tidspunktet mangler tidszone.</source>
      <translation>The time has no time zone.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Til rehabiliteringsteam</source>
      <translation>To the rehabilitation team</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Til visitation</source>
      <translation>Awaiting visitation</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Tilmeldingen findes ikke.</source>
      <translation>The sign-up does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Tilmeldingen hører ikke til dette gruppeforløb.</source>
      <translation>The sign-up does not belong to this group session.</translation>
    </message>
    <message>
      <location filename="app/services/peers_join.py" />
      <source>Tilslutningskoden skal have {n} tegn.</source>
      <translation>The join code must have {n} characters.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>Timer i måneden</source>
      <translation>Hours in the month</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>Timer om ugen</source>
      <translation>Hours a week</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Timer, første måned (gns.)</source>
      <translation>Hours, first month (avg.)</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Timer, seneste måned (gns.)</source>
      <translation>Hours, latest month (avg.)</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Tolk brugt</source>
      <translation>Interpreter used</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Tolk tilbudt og fravalgt</source>
      <translation>Interpreter offered and declined</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Tolkesprog</source>
      <translation>Interpreter language</translation>
    </message>
    <message>
      <location filename="app/services/caseload.py" />
      <source>Trin 1</source>
      <translation>Trin 1</translation>
    </message>
    <message>
      <location filename="app/services/course/_common.py" />
      <source>Trin 1 Afklaring</source>
      <translation>Trin 1 Clarification</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Trin 1 afsluttet</source>
      <translation>Step 1 completed</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Trin 1 højst én måned</source>
      <translation>Step 1 at most one month</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Trin 1 højst én måned. Mangler: {missing}</source>
      <translation>Trin 1 at most one month. Missing: {missing}</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Trin 1 inden for målet</source>
      <translation>Step 1 within the target</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Trin 1 og Trin 2 afsluttet i måneden: dage fra trinnets start til slut uden dage med fritagelse; median, 90 %-fraktil og andelen inden for målet (Trin 1 højst én måned, Trin 2 højst 13 uger). (Seed 004.)</source>
      <translation>Step 1 and Step 2 completed in the month: days from the step's start to its end without days of exemption; median, 90th percentile and the share within the target (Step 1 at most one month, Step 2 at most 13 weeks). (Seed 004.)</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Trin 1 over målet</source>
      <translation>Step 1 over the target</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Trin 1, 90 % (dage)</source>
      <translation>Step 1, 90 % (days)</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Trin 1, median (dage)</source>
      <translation>Step 1, median (days)</translation>
    </message>
    <message>
      <location filename="app/services/caseload.py" />
      <source>Trin 2</source>
      <translation>Trin 2</translation>
    </message>
    <message>
      <location filename="app/services/course/_common.py" />
      <source>Trin 2 På vej mod job</source>
      <translation>Trin 2 On the way to a job</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Trin 2 afsluttet</source>
      <translation>Step 2 completed</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Trin 2 højst 13 uger</source>
      <translation>Step 2 at most 13 weeks</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Trin 2 højst 13 uger. Mangler: {missing}</source>
      <translation>Trin 2 at most 13 weeks. Missing: {missing}</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Trin 2 inden for målet</source>
      <translation>Step 2 within the target</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Trin 2 over målet</source>
      <translation>Step 2 over the target</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Trin 2, 90 % (dage)</source>
      <translation>Step 2, 90 % (days)</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Trin 2, median (dage)</source>
      <translation>Step 2, median (days)</translation>
    </message>
    <message>
      <location filename="app/services/caseload.py" />
      <source>Trin 3</source>
      <translation>Trin 3</translation>
    </message>
    <message>
      <location filename="app/services/course/_common.py" />
      <source>Trin 3 Virksomhedsforløb</source>
      <translation>Trin 3 Company placement</translation>
    </message>
    <message>
      <location filename="app/services/course/consents.py" />
      <source>Trukket tilbage den</source>
      <translation>Withdrawn on</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Uddannelse</source>
      <translation>Education</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Uddannelseshjælp</source>
      <translation>Education benefit</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Uden løntimer eller uddannelse</source>
      <translation>Without paid hours or education</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Udfaldet kan først registreres, når mødet er begyndt.</source>
      <translation>The outcome can be recorded only once the meeting has begun.</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Udfyldt forberedelsesskema</source>
      <translation>Completed preparation sheet</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Udskrevet</source>
      <translation>Printed</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Ugentlig kontakt</source>
      <translation>Weekly contact</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>Ugentlig kontakt i trin 2</source>
      <translation>Weekly contact in step 2</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Ugentlig kontakt med jobformidleren, til borgeren er ude på en virksomhed</source>
      <translation>Weekly contact with the jobformidler until the citizen is placed at a company</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Ugentligt</source>
      <translation>Weekly</translation>
    </message>
    <message>
      <location filename="app/services/peers_folder.py" />
      <source>Ukendt afgørelse af konflikten.</source>
      <translation>Unknown resolution of the conflict.</translation>
    </message>
    <message>
      <location filename="app/sync/office/lan_frames.py" />
      <source>Ukendt rammetype {kind}.</source>
      <translation>Unknown frame type {kind}.</translation>
    </message>
    <message>
      <location filename="app/services/retention.py" />
      <source>Ukendt slags oplysninger.</source>
      <translation>Unknown kind of information.</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Under 25</source>
      <translation>Under 25</translation>
    </message>
    <message>
      <location filename="app/services/peers_lan.py" />
      <source>Uventet ramme.</source>
      <translation>Unexpected frame.</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Ved familierelaterede barrierer bør en familiefaglig person deltage.</source>
      <translation>With family-related barriers, a family professional should take part.</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>Ved helbredsmæssige barrierer bør en sundhedsfaglig person deltage.</source>
      <translation>With health barriers, a health professional should take part.</translation>
    </message>
    <message>
      <location filename="app/services/peers_join.py" />
      <source>Velkomstpakken er ikke fra den arbejdsstation, der gav koden.</source>
      <translation>The welcome batch is not from the workstation that gave the code.</translation>
    </message>
    <message>
      <location filename="app/services/peers_join.py" />
      <source>Velkomstpakken indeholder intet kontor.</source>
      <translation>The welcome batch contains no office.</translation>
    </message>
    <message>
      <location filename="app/services/peers_join.py" />
      <source>Velkomstpakken nævner ikke sin afsender.</source>
      <translation>The welcome batch does not name its sender.</translation>
    </message>
    <message>
      <location filename="app/services/peers_join.py" />
      <source>Velkomstpakken optager ikke denne arbejdsstation.</source>
      <translation>The welcome batch does not admit this workstation.</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Venter</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Virksomheden</source>
      <translation>The company</translation>
    </message>
    <message>
      <location filename="app/services/companies.py" />
      <source>Virksomheden findes ikke.</source>
      <translation>The company does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/companies.py" />
      <source>Virksomheden med dette CVR-nummer findes allerede.</source>
      <translation>A company with this CVR number already exists.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>Virksomhedsbesøg</source>
      <translation>Company visit</translation>
    </message>
    <message>
      <location filename="app/domain/team.py" />
      <source>Virksomhedsdag</source>
      <translation>Company day</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Virksomhedspraktik</source>
      <translation>Company internship</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Visitation</source>
      <translation>Visitation</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>Visitation er gennemført (gruppe 1)</source>
      <translation>Visitation is done (group 1)</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Visitationen kan ikke ligge før forløbets start.</source>
      <translation>The visitation cannot be before the course started.</translation>
    </message>
    <message>
      <location filename="app/services/course/contacts.py" />
      <source>Vurderingen</source>
      <translation>The assessment</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Vælg andre end den, der afleverer.</source>
      <translation>Choose others than the one handing over.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Vælg en aktiv medarbejder med rollen {role}.</source>
      <translation>Choose an active staff member with the role {role}.</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>Vælg en aktiv medarbejder som vært.</source>
      <translation>Choose an active staff member as host.</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Vælg en aktiv medarbejder.</source>
      <translation>Choose an active staff member.</translation>
    </message>
    <message>
      <location filename="app/services/course/_common.py" />
      <source>Vælg en aktiv {role}.</source>
      <translation>Choose an active {role}.</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Vælg en virksomhed.</source>
      <translation>Choose a company.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Vælg hvis sagsstamme der skal overdrages.</source>
      <translation>Choose whose caseload is handed over.</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Vælg hvortil borgeren er henvist.</source>
      <translation>Choose where the citizen was referred to.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Vælg kun aktive medarbejdere.</source>
      <translation>Choose active staff members only.</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Vælg mindst én grund til besøget.</source>
      <translation>Choose at least one reason for the visit.</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>Vælg mindst én medarbejder til mødet.</source>
      <translation>Choose at least one staff member for the meeting.</translation>
    </message>
    <message>
      <location filename="app/services/staff.py" />
      <source>Vælg mindst én rolle.</source>
      <translation>Choose at least one role.</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>Vælg mindst én, der overtager.</source>
      <translation>Choose at least one who takes over.</translation>
    </message>
    <message>
      <location filename="app/services/course/transitions.py" />
      <source>Vælg om borgeren siger ja eller nej til efterværn.</source>
      <translation>Choose whether the citizen says yes or no to aftercare.</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>Vælg to forskellige borgere.</source>
      <translation>Choose two different citizens.</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Værktøjet findes ikke.</source>
      <translation>The tool does not exist.</translation>
    </message>
    <message>
      <location filename="app/services/tools.py" />
      <source>Værktøjet har ingen fil.</source>
      <translation>The tool has no file.</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Ydelse</source>
      <translation>Benefit</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filen er afkortet: hovedet slutter ikke.</source>
      <translation>The age file is truncated: the header does not end.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filen er ugyldig: {what} er ikke base64.</source>
      <translation>The age file is invalid: {what} is not base64.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filen er ugyldig: {what} er ikke kanonisk base64.</source>
      <translation>The age file is invalid: {what} is not canonical base64.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filen er ugyldig: {what} har base64-udfyldning.</source>
      <translation>The age file is invalid: {what} has base64 padding.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filen har en for lang linje.</source>
      <translation>The age file has a line that is too long.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filen har en modtager uden afsluttet indhold.</source>
      <translation>The age file has a recipient without a finished body.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filen har en modtager uden argumenter.</source>
      <translation>The age file has a recipient without arguments.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filen har ingen modtagere.</source>
      <translation>The age file has no recipients.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filen har ugyldige tegn i en modtager.</source>
      <translation>The age file has invalid characters in a recipient.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filens MAC har forkert længde.</source>
      <translation>The age file's MAC has the wrong length.</translation>
    </message>
    <message>
      <location filename="app/sync/agefile.py" />
      <source>age-filens hoved er ugyldigt.</source>
      <translation>The age file's header is invalid.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>borgerens navn</source>
      <translation>the citizen's name</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>dato og klokkeslæt</source>
      <translation>date and time</translation>
    </message>
    <message>
      <location filename="app/domain/programme.py" />
      <source>efterværn</source>
      <translation>aftercare</translation>
    </message>
    <message>
      <location filename="app/sync/schema.py" />
      <source>feltet {where} er ugyldigt.</source>
      <translation>the field {where} is invalid.</translation>
    </message>
    <message>
      <location filename="app/sync/schema.py" />
      <source>feltet {where} er ukendt.</source>
      <translation>the field {where} is unknown.</translation>
    </message>
    <message>
      <location filename="app/sync/schema.py" />
      <source>feltet {where} mangler.</source>
      <translation>the field {where} is missing.</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>forsøg hvor borgeren bor</source>
      <translation>attempt where the citizen lives</translation>
    </message>
    <message>
      <location filename="app/domain/pathways.py" />
      <source>frafald</source>
      <translation>dropout</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>hvad borgeren skal have med</source>
      <translation>what the citizen is to bring</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>hvem borgeren skal mødes med</source>
      <translation>whom the citizen will meet</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>hvor mødet holdes</source>
      <translation>where the meeting is held</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>intet</source>
      <translation>nothing</translation>
    </message>
    <message>
      <location filename="app/domain/pathways.py" />
      <source>job</source>
      <translation>job</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>jobformidler</source>
      <translation>jobformidler</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>klokkeslættet, fx 10.00</source>
      <translation>the time of day, e.g. 10.00</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>kontorets navn</source>
      <translation>the office's name</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>kontorets telefonnummer</source>
      <translation>the office's phone number</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>kontorets åbningstider</source>
      <translation>the office's opening hours</translation>
    </message>
    <message>
      <location filename="app/domain/pathways.py" />
      <source>løntimer</source>
      <translation>paid hours</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>mødets art, fx opfølgning</source>
      <translation>the kind of meeting, e.g. follow-up</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>mødets dato, fx tirsdag den 1. december 2026</source>
      <translation>the meeting's date, e.g. tirsdag den 1. december 2026</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>oprettet</source>
      <translation>created</translation>
    </message>
    <message>
      <location filename="app/domain/pathways.py" />
      <source>praktik</source>
      <translation>internship</translation>
    </message>
    <message>
      <location filename="app/domain/pathways.py" />
      <source>rehabiliteringsteam</source>
      <translation>rehabilitation team</translation>
    </message>
    <message>
      <location filename="app/services/team.py" />
      <source>sagsbehandler</source>
      <translation>caseworker</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>samme CPR-nummer</source>
      <translation>same CPR number</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>samme navn og fødselsdato</source>
      <translation>same name and date of birth</translation>
    </message>
    <message>
      <location filename="app/services/dropins.py" />
      <source>samme telefonnummer</source>
      <translation>same phone number</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>slettet</source>
      <translation>deleted</translation>
    </message>
    <message>
      <location filename="app/domain/rules.py" />
      <source>telefonisk kontaktforsøg</source>
      <translation>attempt to reach by phone</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>tolk, hvis der er bestilt en</source>
      <translation>interpreter, if one is booked</translation>
    </message>
    <message>
      <location filename="app/domain/pathways.py" />
      <source>uddannelse</source>
      <translation>education</translation>
    </message>
    <message>
      <location filename="app/services/peers_live.py" />
      <source>{address} er ikke en adresse som 192.168.1.20:{port}.</source>
      <translation>{address} is not an address like 192.168.1.20:{port}.</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>{file} er ikke en genopbygningspakke (.fsr).</source>
      <translation>{file} is not a rebuild package (.fsr).</translation>
    </message>
    <message>
      <location filename="app/services/rebuild.py" />
      <source>{file} er større end en pakke må være.</source>
      <translation>{file} is larger than a package may be.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: arbejdsstationen er ikke tilmeldt.</source>
      <translation>{file}: the workstation is not registered.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: arbejdsstationen er spærret.</source>
      <translation>{file}: the workstation is blocked.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: der mangler pakke {missing} fra denne arbejdsstation. Indlæs dem først.</source>
      <translation>{file}: bundle {missing} from this workstation is missing. Load them first.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: filen er større end en pakke må være.</source>
      <translation>{file}: the file is larger than a bundle may be.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: filen findes ikke eller kan ikke læses.</source>
      <translation>{file}: the file does not exist or cannot be read.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: filnavnet er ikke en Fremskudt-pakke.</source>
      <translation>{file}: the file name is not a Fremskudt bundle.</translation>
    </message>
    <message>
      <location filename="app/sync/central_downsync.py" />
      <source>{file}: filnavnet er ikke en pakke fra jobcentret (.fsd).</source>
      <translation>{file}: the file name is not a bundle from the jobcentre (.fsd).</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: filnavnet passer ikke til pakkens indhold.</source>
      <translation>{file}: the file name does not match the bundle's content.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: logkæden fra arbejdsstationen fortsætter ikke den, jobcentret har kvitteret for: {reason} Pakken er afvist, og jobcentrets IT er gjort opmærksom på det (fremskudt-central stats).</source>
      <translation>{file}: the workstation's log chain does not continue the one the jobcentre has acknowledged: {reason} The bundle is refused, and the jobcentre's IT has been alerted (fremskudt-central stats).</translation>
    </message>
    <message>
      <location filename="app/sync/central_downsync.py" />
      <source>{file}: pakke {missing} fra jobcentret mangler; indlæs den først.</source>
      <translation>{file}: bundle {missing} from the jobcentre is missing; import it first.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: pakke {seq} er ældre end den seneste indlæste ({last}).</source>
      <translation>{file}: bundle {seq} is older than the latest loaded ({last}).</translation>
    </message>
    <message>
      <location filename="app/sync/central_downsync.py" />
      <source>{file}: pakke {seq} fra jobcentret er allerede indlæst (senest {last}).</source>
      <translation>{file}: bundle {seq} from the jobcentre has already been imported (latest {last}).</translation>
    </message>
    <message>
      <location filename="app/services/referrals.py" />
      <source>{file}: pakke {seq} fra jobcentret er allerede indlæst.</source>
      <translation>{file}: package {seq} from the jobcentre has already been imported.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: pakken begynder efter ændring {start}, men jobcentret har kun til ændring {last}.</source>
      <translation>{file}: the bundle starts after change {start}, but the jobcentre only has up to change {last}.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: pakken er fra et andet kontor end arbejdsstationens.</source>
      <translation>{file}: the bundle is from another office than the workstation's.</translation>
    </message>
    <message>
      <location filename="app/sync/central_downsync.py" />
      <source>{file}: pakken er til et andet kontor.</source>
      <translation>{file}: the bundle is for another office.</translation>
    </message>
    <message>
      <location filename="app/sync/central_downsync.py" />
      <source>{file}: pakken hænger ikke sammen med den forrige pakke fra jobcentret.</source>
      <translation>{file}: the bundle does not follow the previous bundle from the jobcentre.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: pakken hænger ikke sammen med den forrige.</source>
      <translation>{file}: the bundle does not follow on from the previous one.</translation>
    </message>
    <message>
      <location filename="app/sync/central_downsync.py" />
      <source>{file}: pakkens signatur passer ikke til jobcentrets nøgle.</source>
      <translation>{file}: the bundle's signature does not match the jobcentre's key.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: pakkens ændringstæller ({counter}) ligger langt foran arbejdsstationens ({last}).</source>
      <translation>{file}: the bundle's change counter ({counter}) is far ahead of the workstation's ({last}).</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{file}: {reason}</source>
      <translation>{file}: {reason}</translation>
    </message>
    <message>
      <location filename="app/domain/rule_texts.py" />
      <source>{hours} løntimer om måneden afslutter trin 3</source>
      <translation>{hours} paid hours a month complete step 3</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>{kind}, {place}</source>
      <translation>{kind}, {place}</translation>
    </message>
    <message>
      <location filename="app/services/groups.py" />
      <source>{kind}: {title}, {place}</source>
      <translation>{kind}: {title}, {place}</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} indeholder ugyldige tegn.</source>
      <translation>{label} contains invalid characters.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} kan højst have to decimaler.</source>
      <translation>{label} can have at most two decimals.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} kan højst være {maximum} timer.</source>
      <translation>{label} can be at most {maximum} hours.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} kan ikke ligge før 1900.</source>
      <translation>{label} cannot be before 1900.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} kan ikke være negativ.</source>
      <translation>{label} cannot be negative.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} ligger for langt ude i fremtiden.</source>
      <translation>{label} is too far in the future.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} mangler.</source>
      <translation>{label} is missing.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} må højst være {max_length} tegn.</source>
      <translation>{label} can be at most {max_length} characters.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} skal udfyldes.</source>
      <translation>{label} must be filled in.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} skal være en dato.</source>
      <translation>{label} must be a date.</translation>
    </message>
    <message>
      <location filename="app/domain/values.py" />
      <source>{label} skal være et tal, fx 12,5.</source>
      <translation>{label} must be a number, e.g. 12.5.</translation>
    </message>
    <message>
      <location filename="app/services/appointments.py" />
      <source>{name} har allerede et møde {day} kl. {start}-{end} ({kind}). Gem alligevel, eller vælg et andet tidspunkt.</source>
      <translation>{name} already has a meeting on {day} at {start}-{end} ({kind}). Save anyway, or choose another time.</translation>
    </message>
    <message>
      <location filename="app/sync/central.py" />
      <source>{reason} Jobcentret har pakke {seq}; statuskvitteringen {receipt} viser arbejdsstationen, hvor den skal fortsætte.</source>
      <translation>{reason} The jobcentre has bundle {seq}; the status receipt {receipt} shows the workstation where to continue.</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>{role} kun, når borgeren er forsørger med familierelaterede barrierer. Hold kredsen så lille som muligt.</source>
      <translation>{role} only when the citizen is a parent with family-related barriers. Keep the circle as small as possible.</translation>
    </message>
    <message>
      <location filename="app/domain/stepup.py" />
      <source>{role} skal deltage.</source>
      <translation>{role} must take part.</translation>
    </message>
    <message>
      <location filename="app/sync/schema.py" />
      <source>{what} er for stor.</source>
      <translation>{what} is too large.</translation>
    </message>
    <message>
      <location filename="app/sync/schema.py" />
      <source>{what} er ikke gyldig JSON.</source>
      <translation>{what} is not valid JSON.</translation>
    </message>
    <message>
      <location filename="app/sync/schema.py" />
      <source>{what} er indlejret for dybt.</source>
      <translation>{what} is nested too deeply.</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>{what} {action}</source>
      <translation>{what} {action}</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Åben rådgivning</source>
      <translation>Åben rådgivning</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Åbne forløb ved månedens slut</source>
      <translation>Open courses at the end of the month</translation>
    </message>
    <message>
      <location filename="app/domain/measure_figures.py" />
      <source>Åbne forløb ved månedens slut pr. jobformidler og pr. sagsbehandler, mod de 25-35 borgere, evalueringen nævner for en jobformidler med myndighed, og overskredne frister i dag. (Seed 003, afsnit 3.1.1.)</source>
      <translation>Open courses at the end of the month per job broker and per caseworker, against the 25-35 citizens the evaluation mentions for a job broker with authority, and deadlines overdue today. (Seed 003, section 3.1.1.)</translation>
    </message>
    <message>
      <location filename="app/services/office_settings.py" />
      <source>Åbningstider</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <location filename="app/services/agreements.py" />
      <source>Årsagen</source>
      <translation>The reason</translation>
    </message>
    <message>
      <location filename="app/domain/enums.py" />
      <source>Ændret</source>
      <translation>Changed</translation>
    </message>
    <message>
      <location filename="app/services/measure_exports.py" />
      <source>Ændring (%)</source>
      <translation>Change (%)</translation>
    </message>
    <message>
      <location filename="app/services/today.py" />
      <source>ændret</source>
      <translation>changed</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>„{part}“ har et klokkeslæt, der ikke findes.</source>
      <translation>"{part}" has a time that does not exist.</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>„{part}“ kan ikke læses. Skriv fx „man 9-12; tor 13-16“.</source>
      <translation>"{part}" cannot be read. Write e.g. "man 9-12; tor 13-16".</translation>
    </message>
    <message>
      <location filename="app/domain/appointments.py" />
      <source>„{part}“ slutter før det begynder.</source>
      <translation>"{part}" ends before it begins.</translation>
    </message>
  </context>
  <context>
    <name>CounterPage</name>
    <message>
      <source> (tolk)</source>
      <translation> (interpreter)</translation>
    </message>
    <message numerus="yes">
      <source> · %n venter</source>
      <translation>
        <numerusform> · %n waiting</numerusform>
        <numerusform> · %n waiting</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n besøg i dag</source>
      <translation>
        <numerusform>%n visit today</numerusform>
        <numerusform>%n visits today</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Afslut besøg</source>
      <translation>&amp;End visit</translation>
    </message>
    <message>
      <source>&amp;Afslut …</source>
      <translation>&amp;End …</translation>
    </message>
    <message>
      <source>&amp;Gået</source>
      <translation>&amp;Left</translation>
    </message>
    <message>
      <source>&amp;Kald næste</source>
      <translation>&amp;Call next</translation>
    </message>
    <message>
      <source>&amp;Registrér og giv nummer</source>
      <translation>&amp;Register and give a number</translation>
    </message>
    <message>
      <source>&amp;Start samtale</source>
      <translation>&amp;Start conversation</translation>
    </message>
    <message>
      <source>&amp;Udskriv billet …</source>
      <translation>&amp;Print ticket …</translation>
    </message>
    <message>
      <source>(ikke henvist)</source>
      <translation>(not referred)</translation>
    </message>
    <message>
      <source>Afslut besøg nr. {n}</source>
      <translation>End visit no. {n}</translation>
    </message>
    <message>
      <source>Besked om kaldet</source>
      <translation>Message about the call</translation>
    </message>
    <message>
      <source>Billet</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <source>Der er ingen, der venter.</source>
      <translation>Nobody is waiting.</translation>
    </message>
    <message>
      <source>Find borger</source>
      <translation>Find citizen</translation>
    </message>
    <message>
      <source>Fundne borgere</source>
      <translation>Citizens found</translation>
    </message>
    <message>
      <source>Grund</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Henvist til</source>
      <translation>Referred to</translation>
    </message>
    <message>
      <source>Hos</source>
      <translation>With</translation>
    </message>
    <message>
      <source>Hvorfor kommer borgeren? (vælg en eller flere)</source>
      <translation>Why has the citizen come? (choose one or more)</translation>
    </message>
    <message>
      <source>Kald &amp;valgte</source>
      <translation>Call &amp;selected</translation>
    </message>
    <message>
      <source>Kendt borger: &lt;b&gt;{name}&lt;/b&gt;</source>
      <translation>Known citizen: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Kendt borger: navn, CPR-nummer eller telefon</source>
      <translation>Known citizen: name, CPR number or phone</translation>
    </message>
    <message>
      <source>Kort note</source>
      <translation>Short note</translation>
    </message>
    <message>
      <source>Køen i dag</source>
      <translation>Today's queue</translation>
    </message>
    <message>
      <source>Kønummer</source>
      <translation>Queue number</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Nr. {n}</source>
      <translation>No. {n}</translation>
    </message>
    <message>
      <source>Nummer {lost} blev kaldt på {station} samtidig. Der venter ikke flere.</source>
      <translation>Number {lost} was called at {station} at the same moment. Nobody else is waiting.</translation>
    </message>
    <message>
      <source>Nummer {lost} blev kaldt på {station} samtidig. Du har fået næste: {next}.</source>
      <translation>Number {lost} was called at {station} at the same moment. You have the next one: {next}.</translation>
    </message>
    <message>
      <source>Offentlig &amp;skærm</source>
      <translation>Public &amp;display</translation>
    </message>
    <message>
      <source>Opret som &amp;borger …</source>
      <translation>Create as &amp;citizen …</translation>
    </message>
    <message>
      <source>Registrér besøgende</source>
      <translation>Register visitor</translation>
    </message>
    <message>
      <source>Skjul &amp;færdige</source>
      <translation>Hide &amp;finished</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Sprog:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Telefon (valgfrit)</source>
      <translation>Phone (optional)</translation>
    </message>
    <message>
      <source>Udfald</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Ukendt besøgende: fornavn eller initialer</source>
      <translation>Unknown visitor: first name or initials</translation>
    </message>
    <message>
      <source>Valgt borger</source>
      <translation>Selected citizen</translation>
    </message>
    <message>
      <source>Venter</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/counter_page.py" />
      <source>Åben rådgivning</source>
      <translation>Åben rådgivning</translation>
    </message>
    <message>
      <source>Ønsker &amp;tolk</source>
      <translation>Wants an &amp;interpreter</translation>
    </message>
    <message>
      <source>… eller ukendt: fornavn eller initialer</source>
      <translation>… or unknown: first name or initials</translation>
    </message>
  </context>
  <context>
    <name>CourseTab</name>
    <message>
      <source> (frafald)</source>
      <translation> (dropout)</translation>
    </message>
    <message>
      <source>&amp;Afslut forløb …</source>
      <translation>&amp;End course …</translation>
    </message>
    <message>
      <source>&amp;Frafald …</source>
      <translation>&amp;Dropout …</translation>
    </message>
    <message>
      <source>&amp;Ophæv fritagelse …</source>
      <translation>&amp;End exemption …</translation>
    </message>
    <message>
      <source>&amp;Tildel …</source>
      <translation>&amp;Assign …</translation>
    </message>
    <message>
      <source>&amp;Visitation …</source>
      <translation>&amp;Visitation …</translation>
    </message>
    <message>
      <source>(ikke tildelt)</source>
      <translation>(not assigned)</translation>
    </message>
    <message>
      <source>(vælg ja eller nej)</source>
      <translation>(choose yes or no)</translation>
    </message>
    <message>
      <source>1-2 samtaler afklarer, om borgeren skal i den jobrettede indsats (gruppe 1) eller hører til rehabiliteringsteamet (gruppe 2).</source>
      <translation>1-2 conversations clarify whether the citizen belongs in the job-oriented effort (group 1) or with the rehabilitation team (group 2).</translation>
    </message>
    <message>
      <source>Afslut forløb</source>
      <translation>End course</translation>
    </message>
    <message>
      <source>Afsluttet</source>
      <translation>Ended</translation>
    </message>
    <message>
      <source>Aftaler</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <source>Alle betingelser er opfyldt.</source>
      <translation>All conditions are met.</translation>
    </message>
    <message>
      <source>Begrundelse</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Begrundelse (betingelser ikke opfyldt)</source>
      <translation>Reason (conditions not met)</translation>
    </message>
    <message>
      <source>Begrundelse (uden for målgruppen)</source>
      <translation>Reason (outside the target group)</translation>
    </message>
    <message>
      <source>Betingelser</source>
      <translation>Conditions</translation>
    </message>
    <message>
      <source>Betingelser for næste trin: </source>
      <translation>Conditions for the next step: </translation>
    </message>
    <message>
      <source>Betingelserne er ikke opfyldt: {m}. Skriv en begrundelse, hvis forløbet alligevel skal videre.</source>
      <translation>The conditions are not met: {m}. Write a reason if the course is to move on anyway.</translation>
    </message>
    <message>
      <source>Borgeren får uddannelseshjælp: jobmålet skal angive en uddannelsesretning.</source>
      <translation>The citizen receives education benefit: the job goal must name an education direction.</translation>
    </message>
    <message>
      <source>Borgeren starter et nyt forløb på samme journal (tilbage fra rehabiliteringsteamet eller efter et mistet job).</source>
      <translation>The citizen starts a new course on the same record (back from the rehabilitation team or after losing a job).</translation>
    </message>
    <message>
      <source>Borgeren vurderes at høre til rehabiliteringsteamet</source>
      <translation>The citizen is assessed to belong with the rehabilitation team</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Efterværn</source>
      <translation>Aftercare</translation>
    </message>
    <message>
      <source>Efterværn (borgerens svar)</source>
      <translation>Aftercare (the citizen's answer)</translation>
    </message>
    <message>
      <source>Efterværn i måneder (3-6)</source>
      <translation>Aftercare in months (3-6)</translation>
    </message>
    <message>
      <source>En fritaget borger er ude af indsatsgruppen og har ingen frister, indtil fritagelsen ophæves.</source>
      <translation>An exempted citizen is out of the effort group and has no deadlines until the exemption ends.</translation>
    </message>
    <message>
      <source>Fra</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Frafald fra trin 3</source>
      <translation>Dropout from Trin 3</translation>
    </message>
    <message>
      <source>Frafald. </source>
      <translation>Dropout. </translation>
    </message>
    <message>
      <source>Fri&amp;tagelse …</source>
      <translation>Exemp&amp;tion …</translation>
    </message>
    <message>
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Frister</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <source>Fritagelse</source>
      <translation>Exemption</translation>
    </message>
    <message>
      <source>Fritagelser</source>
      <translation>Exemptions</translation>
    </message>
    <message>
      <source>Gruppe</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Gruppe 1 – indsatsgruppen (jobrettet indsats)</source>
      <translation>Group 1 – the effort group (job-oriented effort)</translation>
    </message>
    <message>
      <source>Gruppe 2 – rehabiliteringsteamet</source>
      <translation>Group 2 – the rehabilitation team</translation>
    </message>
    <message>
      <source>Gruppe {g}, {d}, {who}</source>
      <translation>Group {g}, {d}, {who}</translation>
    </message>
    <message>
      <source>Hvad</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Hvad skete der?</source>
      <translation>What happened?</translation>
    </message>
    <message>
      <source>Hvorfor</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Ikke visiteret</source>
      <translation>Not through visitation</translation>
    </message>
    <message>
      <source>Intet forløb</source>
      <translation>No course</translation>
    </message>
    <message>
      <source>Ja, borgeren samtykker til efterværn</source>
      <translation>Yes, the citizen consents to aftercare</translation>
    </message>
    <message>
      <source>Løntimer: ingen måned registreret.</source>
      <translation>Paid hours: no month registered.</translation>
    </message>
    <message>
      <source>Løntimer: seneste registrerede måned {month}: {hours} timer i alt (mindst 30 afslutter trin 3).</source>
      <translation>Paid hours: latest registered month {month}: {hours} hours in total (at least 30 complete step 3).</translation>
    </message>
    <message>
      <source>N&amp;yt forløb …</source>
      <translation>N&amp;ew course …</translation>
    </message>
    <message>
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Nyt forløb</source>
      <translation>New course</translation>
    </message>
    <message>
      <source>Næste &amp;trin …</source>
      <translation>Next &amp;step …</translation>
    </message>
    <message>
      <source>Ophæv fritagelse</source>
      <translation>End exemption</translation>
    </message>
    <message>
      <source>Personlig jobformidler</source>
      <translation>Personal jobformidler</translation>
    </message>
    <message>
      <source>Regel</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>Sagsbehandler</source>
      <translation>Caseworker</translation>
    </message>
    <message>
      <source>Sagsbehandler og jobformidler</source>
      <translation>Caseworker and jobformidler</translation>
    </message>
    <message>
      <source>Sidste dag</source>
      <translation>Last day</translation>
    </message>
    <message>
      <source>Startdato</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>Startet</source>
      <translation>Started</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/course_tab.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Step-&amp;up …</source>
      <translation>Step-&amp;up …</translation>
    </message>
    <message>
      <source>Tidligere forløb</source>
      <translation>Earlier courses</translation>
    </message>
    <message>
      <source>Til</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Til (tom: indtil ophævet)</source>
      <translation>To (empty: until ended)</translation>
    </message>
    <message>
      <source>Trin</source>
      <translation>Trin</translation>
    </message>
    <message>
      <source>Trinhistorik</source>
      <translation>Step history</translation>
    </message>
    <message>
      <source>Udfald</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Underretning sendt til socialforvaltningen</source>
      <translation>Notification sent to the social services department</translation>
    </message>
    <message>
      <source>Ved frafald starter borgeren i trin 2 igen med et nyt match, medmindre borgeren hører til rehabiliteringsteamet.</source>
      <translation>After a dropout the citizen starts Trin 2 again with a new match, unless the citizen belongs with the rehabilitation team.</translation>
    </message>
    <message>
      <source>Videre til næste trin</source>
      <translation>On to the next step</translation>
    </message>
    <message>
      <source>Visitation</source>
      <translation>Visitation</translation>
    </message>
    <message>
      <source>ikke tildelt</source>
      <translation>not assigned</translation>
    </message>
    <message>
      <source>indtil ophævet</source>
      <translation>until ended</translation>
    </message>
    <message>
      <source>til {d}</source>
      <translation>to {d}</translation>
    </message>
    <message>
      <source>{reason} fra {day}</source>
      <translation>{reason} from {day}</translation>
    </message>
    <message>
      <source>Årsag</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
      <source>(%n fejl i alt)</source>
      <translation>
        <numerusform>(%n error in all)</numerusform>
        <numerusform>(%n errors in all)</numerusform>
      </translation>
    </message>
    <message>
      <source>Der opstod en uventet fejl ({kind}). Det, du var i gang med, er måske ikke gemt. Kontrollér det, og prøv igen.</source>
      <translation>An unexpected error occurred ({kind}). What you were doing may not have been saved. Check it and try again.</translation>
    </message>
    <message>
      <source>Fejlbesked</source>
      <translation>Error message</translation>
    </message>
    <message>
      <source>Fejlen er skrevet i logfilen {path}. Send den til kontorets IT-ansvarlige; den indeholder ingen navne eller CPR-numre.</source>
      <translation>The error has been written to the log file {path}. Send it to the office's IT contact; it holds no names or CPR numbers.</translation>
    </message>
    <message>
      <source>Fejlen kunne ikke skrives i en logfil.</source>
      <translation>The error could not be written to a log file.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/crash.py" />
      <source>Fremskudt – uventet fejl</source>
      <translation>Fremskudt – unexpected error</translation>
    </message>
    <message>
      <source>Logfil</source>
      <translation>Log file</translation>
    </message>
    <message>
      <source>Åbn &amp;mappen med logfilen</source>
      <translation>Open the &amp;folder with the log file</translation>
    </message>
  </context>
  <context>
    <name>DeletionDialog</name>
    <message>
      <source> (dage)</source>
      <translation> (days)</translation>
    </message>
    <message numerus="yes">
      <source>%n besøg anonymiseret.</source>
      <translation>
        <numerusform>%n visit anonymised.</numerusform>
        <numerusform>%n visits anonymised.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n poster slettet.</source>
      <translation>
        <numerusform>%n record deleted.</numerusform>
        <numerusform>%n records deleted.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Anonymisér ukendte besøgende</source>
      <translation>&amp;Anonymise unknown visitors</translation>
    </message>
    <message>
      <source>&amp;Slet</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>&amp;Slet valgte …</source>
      <translation>&amp;Delete selected …</translation>
    </message>
    <message>
      <source>&lt;b&gt;{rule}&lt;/b&gt;: {days} dage. {reason}</source>
      <translation>&lt;b&gt;{rule}&lt;/b&gt;: {days} days. {reason}</translation>
    </message>
    <message>
      <source>Alle oplysninger om {n} slettes fra databasen og fra sikkerhedskopierne ved næste rotation. Det kan ikke fortrydes.</source>
      <translation>All information about {n} is deleted from the database, and from the backups at the next rotation. This cannot be undone.</translation>
    </message>
    <message>
      <source>Borger</source>
      <translation>Citizen</translation>
    </message>
    <message>
      <source>CPR</source>
      <translation>CPR</translation>
    </message>
    <message>
      <source>Forløb sluttet</source>
      <translation>Course ended</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Kvitteret af jobcentret</source>
      <translation>Acknowledged by the jobcentre</translation>
    </message>
    <message>
      <source>Nej – eksportér og indlæs kvittering</source>
      <translation>No – export and load the receipt</translation>
    </message>
    <message>
      <source>Opbevaringstider</source>
      <translation>Retention periods</translation>
    </message>
    <message>
      <source>Ret &amp;opbevaringstid …</source>
      <translation>Edit &amp;retention period …</translation>
    </message>
    <message>
      <source>Skal slettes</source>
      <translation>Due for deletion</translation>
    </message>
    <message>
      <source>Slet borger</source>
      <translation>Delete citizen</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/safety_dialogs.py" />
      <source>Sletning</source>
      <translation>Deletion</translation>
    </message>
    <message>
      <source>Sletter …</source>
      <translation>Deleting …</translation>
    </message>
    <message>
      <source>Vælg en borger.</source>
      <translation>Choose a citizen.</translation>
    </message>
  </context>
  <context>
    <name>DemoPage</name>
    <message>
      <source>&amp;Opret demokontor</source>
      <translation>&amp;Create demo office</translation>
    </message>
    <message>
      <source>Antal &amp;borgere:</source>
      <translation>Number of &amp;citizens:</translation>
    </message>
    <message>
      <source>Antal borgere</source>
      <translation>Number of citizens</translation>
    </message>
    <message>
      <source>Et demokontor med fiktive borgere, virksomheder og forløb. Ingen af personerne findes.</source>
      <translation>A demo office with fictitious citizens, companies and courses. None of the people exist.</translation>
    </message>
    <message>
      <source>Log ind med brugernavn &lt;b&gt;{user}&lt;/b&gt; og adgangskode &lt;b&gt;{password}&lt;/b&gt;.</source>
      <translation>Log in with username &lt;b&gt;{user}&lt;/b&gt; and password &lt;b&gt;{password}&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/setup_wizard.py" />
      <source>Prøv med demodata</source>
      <translation>Try with demo data</translation>
    </message>
  </context>
  <context>
    <name>FigureCard</name>
    <message>
      <location filename="../../work/main/app/ui/measures_page.py" />
      <source>Definition</source>
      <translation>Definition</translation>
    </message>
    <message>
      <source>Kun en leder kan se borgerne</source>
      <translation>Only a manager can see the citizens</translation>
    </message>
    <message>
      <source>Vis borgerne bag tallet (logges i deres indsigtslog)</source>
      <translation>Show the citizens behind the figure (recorded in their access log)</translation>
    </message>
    <message>
      <source>Vis borgerne: {figure}</source>
      <translation>Show the citizens: {figure}</translation>
    </message>
    <message>
      <source>{label}: {n}</source>
      <translation>{label}: {n}</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <source>{n} MB</source>
      <translation>{n} MB</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/files.py" />
      <source>{n} kB</source>
      <translation>{n} kB</translation>
    </message>
  </context>
  <context>
    <name>FindCitizenPage</name>
    <message numerus="yes">
      <source>%n borger(e) fundet.</source>
      <translation>
        <numerusform>%n citizen found.</numerusform>
        <numerusform>%n citizens found.</numerusform>
      </translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>CPR number</translation>
    </message>
    <message numerus="yes">
      <source>Mere end %n fundet – skriv mere for at indsnævre.</source>
      <translation>
        <numerusform>More than %n found – type more to narrow it down.</numerusform>
        <numerusform>More than %n found – type more to narrow it down.</numerusform>
      </translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Sagsstamme – find borger</source>
      <translation>Caseload – find citizen</translation>
    </message>
    <message>
      <source>Skriv mindst to tegn for at søge.</source>
      <translation>Type at least two characters to search.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/find_page.py" />
      <source>Søg borger</source>
      <translation>Search citizen</translation>
    </message>
    <message>
      <source>Søg efter en borger</source>
      <translation>Search for a citizen</translation>
    </message>
    <message>
      <source>Søg på navn, CPR-nummer eller telefon (Ctrl+F)</source>
      <translation>Search by name, CPR number or phone (Ctrl+F)</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/forms.py" />
      <source>&amp;Gem</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>(ingen)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Åbn borgeren</source>
      <translation>Open the citizen</translation>
    </message>
  </context>
  <context>
    <name>GoalCvTab</name>
    <message>
      <source>&amp;Fjern valgte</source>
      <translation>&amp;Remove selected</translation>
    </message>
    <message>
      <source>&amp;Vis og udskriv CV …</source>
      <translation>&amp;View and print CV …</translation>
    </message>
    <message>
      <source>&amp;Værktøjer til branchen …</source>
      <translation>&amp;Tools for the industry …</translation>
    </message>
    <message>
      <source>Arbejdet med CV påbegyndt</source>
      <translation>Work on the CV begun</translation>
    </message>
    <message>
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Barrierer står kun i sagen, aldrig på det udskrevne CV.</source>
      <translation>Barriers stay in the case, never on the printed CV.</translation>
    </message>
    <message>
      <source>Beskrivelse</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>CV påbegyndt</source>
      <translation>CV begun</translation>
    </message>
    <message>
      <source>CV – {name}</source>
      <translation>CV – {name}</translation>
    </message>
    <message>
      <source>Funktioner</source>
      <translation>Functions</translation>
    </message>
    <message>
      <source>Funktioner og opgaver</source>
      <translation>Functions and tasks</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/goal_cv_tab.py" />
      <source>Jobmål</source>
      <translation>Job goal</translation>
    </message>
    <message>
      <source>Målet er uddannelse</source>
      <translation>The goal is education</translation>
    </message>
    <message>
      <source>Område</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Område / branche</source>
      <translation>Area / industry</translation>
    </message>
    <message>
      <source>Overskrift</source>
      <translation>Heading</translation>
    </message>
    <message>
      <source>Ret &amp;jobmål …</source>
      <translation>Edit &amp;job goal …</translation>
    </message>
    <message>
      <source>Retning</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Retning (med borgerens ord)</source>
      <translation>Direction (in the citizen's words)</translation>
    </message>
    <message>
      <source>Stilling</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Tilføj til &amp;CV …</source>
      <translation>Add to &amp;CV …</translation>
    </message>
    <message>
      <source>Tilføj til CV og ressourcer</source>
      <translation>Add to CV and resources</translation>
    </message>
  </context>
  <context>
    <name>GroupsBox</name>
    <message>
      <source>&amp;Tilmeld</source>
      <translation>&amp;Sign up</translation>
    </message>
    <message>
      <source>&amp;Tilmeld gruppeforløb …</source>
      <translation>&amp;Sign up for a group session …</translation>
    </message>
    <message>
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Der er ingen kommende gruppeforløb at tilmelde til. Opret et på siden Gruppeforløb.</source>
      <translation>There is no coming group session to sign up for. Create one on the Group sessions page.</translation>
    </message>
    <message>
      <source>Fremmøde</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/team_boxes.py" />
      <source>Gruppeforløb</source>
      <translation>Group sessions</translation>
    </message>
    <message>
      <source>Ikke mødt</source>
      <translation>Did not come</translation>
    </message>
    <message>
      <source>Mødt</source>
      <translation>Came</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Tid</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tilmeld gruppeforløb</source>
      <translation>Sign up for a group session</translation>
    </message>
    <message>
      <source>{when} {kind}, {place} ({free} ledige)</source>
      <translation>{when} {kind}, {place} ({free} free)</translation>
    </message>
  </context>
  <context>
    <name>GroupsPage</name>
    <message>
      <source>&amp;Fjern tilmelding</source>
      <translation>&amp;Remove sign-up</translation>
    </message>
    <message>
      <source>&amp;Gem fremmøde</source>
      <translation>Sa&amp;ve attendance</translation>
    </message>
    <message>
      <source>&amp;Nyt gruppeforløb …</source>
      <translation>&amp;New group session …</translation>
    </message>
    <message>
      <source>&amp;Tilmeld</source>
      <translation>&amp;Sign up</translation>
    </message>
    <message>
      <source>&amp;Tilmeld borger …</source>
      <translation>&amp;Sign up a citizen …</translation>
    </message>
    <message>
      <source>&amp;Udskriv deltagerliste …</source>
      <translation>&amp;Print attendance list …</translation>
    </message>
    <message>
      <source>&lt;b&gt;{kind}&lt;/b&gt; {when}, {place}&lt;br&gt;{free} ledige af {cap} pladser. {how}</source>
      <translation>&lt;b&gt;{kind}&lt;/b&gt; {when}, {place}&lt;br&gt;{free} of {cap} places free. {how}</translation>
    </message>
    <message>
      <source>Antal pladser</source>
      <translation>Places</translation>
    </message>
    <message>
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Deltagerliste – {kind}</source>
      <translation>Attendance list – {kind}</translation>
    </message>
    <message numerus="yes">
      <source>Fremmøde gemt: %n mødt. Det står nu i borgernes kontaktlog.</source>
      <translation>
        <numerusform>Attendance saved: %n came. It is now in the citizens' contact logs.</numerusform>
        <numerusform>Attendance saved: %n came. It is now in the citizens' contact logs.</numerusform>
      </translation>
    </message>
    <message>
      <source>Fremmødet krydses af på dagen.</source>
      <translation>Attendance is ticked off on the day.</translation>
    </message>
    <message>
      <source>Gruppeforløb</source>
      <translation>Group sessions</translation>
    </message>
    <message>
      <source>Mødt</source>
      <translation>Came</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nyt gruppeforløb</source>
      <translation>New group session</translation>
    </message>
    <message>
      <source>Opret et gruppeforløb for at tilmelde borgere.</source>
      <translation>Create a group session to sign citizens up.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Sæt flueben ved dem, der kom, og gem.</source>
      <translation>Tick those who came, and save.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/groups_page.py" />
      <source>Tid</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tilmeld borger</source>
      <translation>Sign up a citizen</translation>
    </message>
    <message>
      <source>Tilmeldte</source>
      <translation>Signed up</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Titel (valgfri)</source>
      <translation>Title (optional)</translation>
    </message>
    <message>
      <source>Varighed i minutter</source>
      <translation>Duration in minutes</translation>
    </message>
    <message>
      <source>Vælg en tilmelding.</source>
      <translation>Choose a sign-up.</translation>
    </message>
    <message>
      <source>Vært</source>
      <translation>Host</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <source> eller </source>
      <translation> or </translation>
    </message>
    <message numerus="yes">
      <source>%n forløb flyttes fra {name}, og {m} kommende møder.</source>
      <translation>
        <numerusform>%n course moves from {name}, and {m} coming meetings.</numerusform>
        <numerusform>%n courses move from {name}, and {m} coming meetings.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>&amp;Overdrag</source>
      <translation>&amp;Hand over</translation>
    </message>
    <message>
      <source>&amp;Sagsstamme fra:</source>
      <translation>&amp;Caseload of:</translation>
    </message>
    <message>
      <source>&amp;Vis hvad der flyttes</source>
      <translation>&amp;Show what moves</translation>
    </message>
    <message>
      <source>Borger</source>
      <translation>Citizen</translation>
    </message>
    <message>
      <source>Hvad</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Hvis sagsstamme</source>
      <translation>Whose caseload</translation>
    </message>
    <message>
      <source>Kun dem med rollen {roles} kan overtage forløbene og vises her.</source>
      <translation>Only those with the role {roles} can take the courses and are shown here.</translation>
    </message>
    <message>
      <source>Møde {when}: {kind}</source>
      <translation>Meeting {when}: {kind}</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/handover_dialog.py" />
      <source>Overdrag sagsstamme</source>
      <translation>Hand over a caseload</translation>
    </message>
    <message>
      <source>Overtager</source>
      <translation>Takes over</translation>
    </message>
    <message>
      <source>Roller</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>Som</source>
      <translation>As</translation>
    </message>
    <message>
      <source>Som {role}: {spread}</source>
      <translation>As {role}: {spread}</translation>
    </message>
    <message>
      <source>Sæt flueben ved én for at give alle forløb til den person, eller ved flere for at fordele dem ligeligt (efter hvor mange hver har i forvejen).</source>
      <translation>Tick one to give every course to that person, or several to spread them evenly (by how many each already holds).</translation>
    </message>
    <message>
      <source>Til</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Tryk Overdrag for at gennemføre.</source>
      <translation>Press Hand over to carry it out.</translation>
    </message>
    <message>
      <source>deltager</source>
      <translation>participant</translation>
    </message>
    <message>
      <source>jobformidler</source>
      <translation>jobformidler</translation>
    </message>
    <message>
      <source>sagsbehandler</source>
      <translation>caseworker</translation>
    </message>
    <message>
      <source>{name} ({n} forløb)</source>
      <translation>{name} ({n} courses)</translation>
    </message>
    <message>
      <source>{name} får ingen forløb: de andre valgte har færre i forvejen.</source>
      <translation>{name} gets no course: the others chosen hold fewer already.</translation>
    </message>
    <message>
      <source>{name} får ingen forløb: har ikke rollen {roles}.</source>
      <translation>{name} gets no course: does not have the role {roles}.</translation>
    </message>
    <message>
      <source>{name} får {n}</source>
      <translation>{name} gets {n}</translation>
    </message>
  </context>
  <context>
    <name>HandoversLabel</name>
    <message>
      <source>Overdraget {day}: {role} {source} → {target}</source>
      <translation>Handed over {day}: {role} {source} → {target}</translation>
    </message>
    <message>
      <source>jobformidler</source>
      <translation>jobformidler</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/team_boxes.py" />
      <source>sagsbehandler</source>
      <translation>caseworker</translation>
    </message>
  </context>
  <context>
    <name>IdleLockDialog</name>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>&amp;Gem</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/admin_dialogs.py" />
      <source>Automatisk lås</source>
      <translation>Automatic lock</translation>
    </message>
    <message>
      <source>Lås skærmen efter &amp;inaktivitet i:</source>
      <translation>Lock the screen after &amp;inactivity for:</translation>
    </message>
    <message>
      <source>Minutter</source>
      <translation>Minutes</translation>
    </message>
  </context>
  <context>
    <name>InviteDialog</name>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>&amp;Vælg mappe …</source>
      <translation>&amp;Choose folder …</translation>
    </message>
    <message>
      <source>(ingen valgt: vælg den mappe, begge arbejdsstationer kan nå)</source>
      <translation>(none chosen: choose the folder both workstations can reach)</translation>
    </message>
    <message>
      <source>&lt;ol&gt;&lt;li&gt;På den nye arbejdsstation: start Fremskudt og vælg &lt;b&gt;Tilslut et eksisterende kontor&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Skriv koden nedenfor, og vælg den samme mappe (fx USB-nøglen eller et fælles drev).&lt;/li&gt;&lt;li&gt;Sammenlign fingeraftrykkene på begge skærme.&lt;/li&gt;&lt;li&gt;Synkronisér her via mappen, og tryk derefter &lt;b&gt;Fuldfør tilslutning&lt;/b&gt; på den nye arbejdsstation.&lt;/li&gt;&lt;/ol&gt;</source>
      <translation>&lt;ol&gt;&lt;li&gt;On the new workstation: start Fremskudt and choose &lt;b&gt;Join an existing office&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Type the code below and choose the same folder (e.g. the USB stick or a shared drive).&lt;/li&gt;&lt;li&gt;Compare the fingerprints on both screens.&lt;/li&gt;&lt;li&gt;Synchronise here through the folder, then press &lt;b&gt;Complete joining&lt;/b&gt; on the new workstation.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
      <source>Koden virker én gang og kun i 15 minutter (til kl. {time}).</source>
      <translation>The code works once and only for 15 minutes (until {time}).</translation>
    </message>
    <message>
      <source>Kontorets fingeraftryk</source>
      <translation>The office's fingerprint</translation>
    </message>
    <message>
      <source>Kontorets fingeraftryk:</source>
      <translation>The office's fingerprint:</translation>
    </message>
    <message>
      <source>Mappe</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Mappe til synkronisering</source>
      <translation>Folder for synchronising</translation>
    </message>
    <message>
      <source>Mappe:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>Tilføj arbejdsstation</source>
      <translation>Add workstation</translation>
    </message>
    <message>
      <source>Tilslutningskode</source>
      <translation>Join code</translation>
    </message>
    <message>
      <source>Tilslutningskode:</source>
      <translation>Join code:</translation>
    </message>
  </context>
  <context>
    <name>JoinPage</name>
    <message>
      <source>&amp;Fuldfør tilslutning</source>
      <translation>&amp;Complete joining</translation>
    </message>
    <message>
      <source>&amp;Kode:</source>
      <translation>&amp;Code:</translation>
    </message>
    <message>
      <source>&amp;Send anmodning</source>
      <translation>&amp;Send request</translation>
    </message>
    <message>
      <source>&amp;Vælg mappe …</source>
      <translation>&amp;Choose folder …</translation>
    </message>
    <message>
      <source>(ingen valgt)</source>
      <translation>(none chosen)</translation>
    </message>
    <message>
      <source>Anmodningen fra {name} ligger i mappen. Administratoren synkroniserer nu på kontorets arbejdsstation og sammenligner fingeraftrykket ovenfor. Tryk derefter Fuldfør tilslutning (med den samme mappe).</source>
      <translation>The request from {name} is in the folder. The administrator now synchronises on the office's workstation and compares the fingerprint above. Then press Complete joining (with the same folder).</translation>
    </message>
    <message>
      <source>Arbejdsstationen er tilsluttet kontoret og har fået kontorets data. Kontorets fingeraftryk skal være det samme som i Tilføj arbejdsstation. Tryk Færdig, og log ind med din egen bruger.</source>
      <translation>The workstation has joined the office and received the office's data. The office's fingerprint must be the same as in Add workstation. Press Finish and log in with your own account.</translation>
    </message>
    <message>
      <source>Arbejdsstationens &amp;navn:</source>
      <translation>Workstation &amp;name:</translation>
    </message>
    <message>
      <source>Arbejdsstationens navn</source>
      <translation>Workstation name</translation>
    </message>
    <message>
      <source>Bed en administrator på en af kontorets arbejdsstationer om en tilslutningskode (Administration → Tilføj arbejdsstation).</source>
      <translation>Ask an administrator on one of the office's workstations for a join code (Administration → Add workstation).</translation>
    </message>
    <message>
      <source>Denne arbejdsstation:</source>
      <translation>This workstation:</translation>
    </message>
    <message>
      <source>Denne arbejdsstations fingeraftryk</source>
      <translation>This workstation's fingerprint</translation>
    </message>
    <message>
      <source>Kontoret:</source>
      <translation>The office:</translation>
    </message>
    <message>
      <source>Kontorets fingeraftryk</source>
      <translation>The office's fingerprint</translation>
    </message>
    <message>
      <source>Kontorets svar er ikke i mappen endnu. Synkronisér på kontorets arbejdsstation, og prøv igen.</source>
      <translation>The office's answer is not in the folder yet. Synchronise on the office's workstation and try again.</translation>
    </message>
    <message>
      <source>Mappe</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Mappe:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>Mappen, kontoret synkroniserer igennem</source>
      <translation>The folder the office synchronises through</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/join_page.py" />
      <source>Tilslut et eksisterende kontor</source>
      <translation>Join an existing office</translation>
    </message>
    <message>
      <source>Tilslutningskode</source>
      <translation>Join code</translation>
    </message>
    <message>
      <source>Vælg mappen, kontoret synkroniserer igennem.</source>
      <translation>Choose the folder the office synchronises through.</translation>
    </message>
  </context>
  <context>
    <name>Languages</name>
    <message>
      <source>andet</source>
      <translation>other</translation>
    </message>
    <message>
      <source>arabisk</source>
      <translation>Arabic</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/languages.py" />
      <source>dansk</source>
      <translation>Danish</translation>
    </message>
    <message>
      <source>engelsk</source>
      <translation>English</translation>
    </message>
    <message>
      <source>farsi</source>
      <translation>Farsi</translation>
    </message>
    <message>
      <source>kurmanji</source>
      <translation>Kurmanji</translation>
    </message>
    <message>
      <source>somali</source>
      <translation>Somali</translation>
    </message>
    <message>
      <source>tigrinya</source>
      <translation>Tigrinya</translation>
    </message>
    <message>
      <source>tyrkisk</source>
      <translation>Turkish</translation>
    </message>
    <message>
      <source>vietnamesisk</source>
      <translation>Vietnamese</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>&amp;Adgangskode:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>&amp;Brugernavn:</source>
      <translation>&amp;Username:</translation>
    </message>
    <message>
      <source>&amp;Glemt adgangskode …</source>
      <translation>&amp;Forgot password …</translation>
    </message>
    <message>
      <source>&amp;Log ind</source>
      <translation>&amp;Log in</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Fremskudt&lt;/h2&gt;Log ind med dit brugernavn og din adgangskode.</source>
      <translation>&lt;h2&gt;Fremskudt&lt;/h2&gt;Log in with your username and password.</translation>
    </message>
    <message>
      <source>Adgangskode</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Brugernavn</source>
      <translation>Username</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/login_dialog.py" />
      <source>Fremskudt – log ind</source>
      <translation>Fremskudt – log in</translation>
    </message>
    <message numerus="yes">
      <source>Vent %n s</source>
      <translation>
        <numerusform>Wait %n s</numerusform>
        <numerusform>Wait %n s</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Administration</source>
      <translation>&amp;Administration</translation>
    </message>
    <message>
      <source>&amp;Afslut</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <source>&amp;Automatisk lås …</source>
      <translation>&amp;Automatic lock …</translation>
    </message>
    <message>
      <source>&amp;Filer</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Genveje …</source>
      <translation>&amp;Shortcuts …</translation>
    </message>
    <message>
      <source>&amp;Hjælp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Kontorets indstillinger …</source>
      <translation>The &amp;office's settings …</translation>
    </message>
    <message>
      <source>&amp;Lås skærmen</source>
      <translation>&amp;Lock screen</translation>
    </message>
    <message>
      <source>&amp;Medarbejdere …</source>
      <translation>&amp;Staff …</translation>
    </message>
    <message>
      <source>&amp;Sikkerhedskopier …</source>
      <translation>&amp;Backups …</translation>
    </message>
    <message>
      <source>&amp;Skift bruger …</source>
      <translation>&amp;Switch user …</translation>
    </message>
    <message>
      <source>&amp;Tilføj arbejdsstation …</source>
      <translation>&amp;Add workstation …</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Du har ingen arbejdsrolle endnu&lt;/h2&gt;&lt;p&gt;Din bruger er kun administrator, så du ser ingen borgere. Bed en administrator om rollen jobkonsulent, jobformidler, leder eller skranke. Er du selv administrator, giver du dig selv rollen under Administration → Medarbejdere …; log derefter ind igen.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;You have no working role yet&lt;/h2&gt;&lt;p&gt;Your account is only an administrator, so you see no citizens. Ask an administrator for the role jobkonsulent, jobformidler, leader or counter. If you are the administrator yourself, give yourself the role under Administration → Staff …; then log in again.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Skærmen er låst&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;The screen is locked&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Arbejdsstationer</source>
      <translation>Workstations</translation>
    </message>
    <message>
      <source>Dagens sikkerhedskopi er taget.</source>
      <translation>Today's backup has been taken.</translation>
    </message>
    <message>
      <source>Dagens sikkerhedskopi mislykkedes: {error}</source>
      <translation>Today's backup failed: {error}</translation>
    </message>
    <message>
      <source>Dine roller</source>
      <translation>Your roles</translation>
    </message>
    <message>
      <source>Fremskudt – {office}</source>
      <translation>Fremskudt – {office}</translation>
    </message>
    <message>
      <source>Gendannet</source>
      <translation>Restored</translation>
    </message>
    <message>
      <source>Gruppeforløb</source>
      <translation>Group sessions</translation>
    </message>
    <message>
      <source>Henvisninger</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>Hovedvinduet</source>
      <translation>Main window</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/nav_pages.py" />
      <source>I dag</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>Kalender</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <source>Ledelsesinformation</source>
      <translation>Management information</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/main_window.py" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <source>Ny &amp;gendannelsesnøgle …</source>
      <translation>New &amp;recovery key …</translation>
    </message>
    <message>
      <source>Rapporter</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>S&amp;letning …</source>
      <translation>De&amp;letion …</translation>
    </message>
    <message>
      <source>Sagsstamme</source>
      <translation>Caseload</translation>
    </message>
    <message>
      <source>Samarbejdspartnere</source>
      <translation>Partners</translation>
    </message>
    <message>
      <source>Seneste &amp;borgere …</source>
      <translation>Recent &amp;citizens …</translation>
    </message>
    <message>
      <source>Sikkerhedskopien er gendannet. Fremskudt lukker nu; start programmet og log ind igen.</source>
      <translation>The backup has been restored. Fremskudt closes now; start the program and log in again.</translation>
    </message>
    <message>
      <source>Synkronisering</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <source>Tager dagens sikkerhedskopi …</source>
      <translation>Taking today's backup …</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>Virksomheder</source>
      <translation>Companies</translation>
    </message>
    <message>
      <source>Åben rådgivning</source>
      <translation>Åben rådgivning</translation>
    </message>
  </context>
  <context>
    <name>MatchTab</name>
    <message>
      <source>&amp;Genforhandl …</source>
      <translation>&amp;Renegotiate …</translation>
    </message>
    <message>
      <source>&amp;Løntimer …</source>
      <translation>&amp;Paid hours …</translation>
    </message>
    <message>
      <source>&amp;Ny aftale …</source>
      <translation>&amp;New agreement …</translation>
    </message>
    <message>
      <source>&amp;Vis og udskriv aftale …</source>
      <translation>&amp;View and print agreement …</translation>
    </message>
    <message>
      <source>(ingen endnu)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <source>(ingen praktik)</source>
      <translation>(no internship)</translation>
    </message>
    <message>
      <source>A&amp;fslut aftale …</source>
      <translation>E&amp;nd agreement …</translation>
    </message>
    <message>
      <source>Afslut aftale</source>
      <translation>End agreement</translation>
    </message>
    <message>
      <source>Aftalen med kontaktperson og opfølgningsplan afslutter trin 2. Er det en praktik, skal den have ét formål.</source>
      <translation>The agreement with a contact person and a follow-up plan finishes Trin 2. An internship must have exactly one purpose.</translation>
    </message>
    <message>
      <source>Arbejds- og opfølgningsaftale</source>
      <translation>Work and follow-up agreement</translation>
    </message>
    <message>
      <source>Arbejds- og opfølgningsaftaler</source>
      <translation>Work and follow-up agreements</translation>
    </message>
    <message>
      <source>Arbejdsopgaver</source>
      <translation>Work tasks</translation>
    </message>
    <message>
      <source>Arbejdstid, timer om ugen</source>
      <translation>Working time, hours a week</translation>
    </message>
    <message>
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Borgerens egen vurdering</source>
      <translation>The citizen's own assessment</translation>
    </message>
    <message>
      <source>Borgerens vurdering</source>
      <translation>The citizen's assessment</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Delmål for progression</source>
      <translation>Interim goals for progress</translation>
    </message>
    <message>
      <source>Den gamle aftale gemmes som genforhandlet.</source>
      <translation>The old agreement is kept as renegotiated.</translation>
    </message>
    <message>
      <source>Fast kontaktperson</source>
      <translation>Fixed contact person</translation>
    </message>
    <message>
      <source>Formål</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>Første måned med løntimer: {m}, {h} timer.</source>
      <translation>First month with paid hours: {m}, {h} hours.</translation>
    </message>
    <message>
      <source>Genforhandl aftale</source>
      <translation>Renegotiate agreement</translation>
    </message>
    <message>
      <source>Helbredsmæssige hensyn</source>
      <translation>Health considerations</translation>
    </message>
    <message>
      <source>Hensyn aftalt ved step-up: </source>
      <translation>Considerations agreed at the step-up: </translation>
    </message>
    <message>
      <source>Hvorfor slutter aftalen?</source>
      <translation>Why does the agreement end?</translation>
    </message>
    <message>
      <source>Ingen løntimer registreret.</source>
      <translation>No paid hours recorded.</translation>
    </message>
    <message>
      <source>Jobmatch: virksomhedsbesøg og snuse</source>
      <translation>Job match: company visits and taster days</translation>
    </message>
    <message>
      <source>Kontaktperson</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <source>Løn i kr. (hvis kendt)</source>
      <translation>Pay in DKK (if known)</translation>
    </message>
    <message>
      <source>Løntimer</source>
      <translation>Paid hours</translation>
    </message>
    <message>
      <source>Løntimer fra lønsedlen</source>
      <translation>Paid hours from the payslip</translation>
    </message>
    <message>
      <source>Løntimer i måneden</source>
      <translation>Paid hours in the month</translation>
    </message>
    <message>
      <source>Løntimer om ugen nu</source>
      <translation>Paid hours a week now</translation>
    </message>
    <message>
      <source>Løntimer pr. måned (hele forløbet, alle aftaler)</source>
      <translation>Paid hours per month (whole course, all agreements)</translation>
    </message>
    <message>
      <source>Løntimer/uge</source>
      <translation>Paid hours/week</translation>
    </message>
    <message>
      <source>Mindst {hours} løntimer i seneste måned ({m}, alle aftaler): overvej at afslutte trin 3.</source>
      <translation>At least {hours} paid hours in the latest month ({m}, all agreements): consider finishing Trin 3.</translation>
    </message>
    <message>
      <source>Måned (vælg en dag i måneden)</source>
      <translation>Month (pick a day in the month)</translation>
    </message>
    <message>
      <source>Opfølgning mindst hver … dag</source>
      <translation>Follow-up at least every … days</translation>
    </message>
    <message>
      <source>Opfølgningens hyppighed</source>
      <translation>Follow-up frequency</translation>
    </message>
    <message>
      <source>Opfølgningsplan (tæt i starten)</source>
      <translation>Follow-up plan (close at the start)</translation>
    </message>
    <message>
      <source>Opgaver prøvet</source>
      <translation>Tasks tried</translation>
    </message>
    <message>
      <source>Over {hours} timer i en måned tæller som fuldtidsarbejde.</source>
      <translation>Over {hours} hours in a month counts as full-time work.</translation>
    </message>
    <message>
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Plan mod (flere) løntimer</source>
      <translation>Plan towards (more) paid hours</translation>
    </message>
    <message>
      <source>Praktikkens formål (ét)</source>
      <translation>The internship's purpose (one)</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/match_tab.py" />
      <source>Registrér &amp;besøg eller snuse …</source>
      <translation>Record a &amp;visit or taster day …</translation>
    </message>
    <message>
      <source>Seneste måned: {m}, {h} timer.</source>
      <translation>Latest month: {m}, {h} hours.</translation>
    </message>
    <message>
      <source>Sidste dag</source>
      <translation>Last day</translation>
    </message>
    <message>
      <source>Slut (tom: indtil videre)</source>
      <translation>End (empty: until further notice)</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Timer/uge</source>
      <translation>Hours/week</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Virksomhed</source>
      <translation>Company</translation>
    </message>
    <message>
      <source>Virksomhedsbesøg eller snuse</source>
      <translation>Company visit or taster day</translation>
    </message>
    <message>
      <source>Ændring: {c} timer{p} – {d} timer.</source>
      <translation>Change: {c} hours{p} – {d} hours.</translation>
    </message>
  </context>
  <context>
    <name>MeasuresPage</name>
    <message>
      <source>&amp;Måned:</source>
      <translation>&amp;Month:</translation>
    </message>
    <message>
      <source>&amp;Vis for:</source>
      <translation>&amp;Show for:</translation>
    </message>
    <message>
      <source>Andel</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>Andel med løntimer eller uddannelse pr. måned</source>
      <translation>Share with paid hours or education per month</translation>
    </message>
    <message>
      <source>Beregner tallene …</source>
      <translation>Calculating the figures …</translation>
    </message>
    <message>
      <source>Båndet 25-35 borgere</source>
      <translation>The band of 25-35 citizens</translation>
    </message>
    <message>
      <source>Eksporterer …</source>
      <translation>Exporting …</translation>
    </message>
    <message>
      <source>Eksportér &amp;CSV …</source>
      <translation>Export &amp;CSV …</translation>
    </message>
    <message>
      <source>Eksportér &amp;Excel …</source>
      <translation>Export &amp;Excel …</translation>
    </message>
    <message>
      <source>Eksportér tallene</source>
      <translation>Export the figures</translation>
    </message>
    <message>
      <source>FSM II krav 1: 15 %</source>
      <translation>FSM II requirement 1: 15 %</translation>
    </message>
    <message>
      <source>Fastholdt 6 mdr.</source>
      <translation>Retained 6 months</translation>
    </message>
    <message>
      <source>Forløb</source>
      <translation>Courses</translation>
    </message>
    <message>
      <source>Forløbsveje: første udfald og det næste</source>
      <translation>Pathways: the first outcome and the next</translation>
    </message>
    <message>
      <source>Gemt: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <source>Hele kontoret</source>
      <translation>The whole office</translation>
    </message>
    <message>
      <source>Henter borgerne …</source>
      <translation>Fetching the citizens …</translation>
    </message>
    <message>
      <source>Henter …</source>
      <translation>Loading …</translation>
    </message>
    <message>
      <source>Indsatsgruppe</source>
      <translation>Target group</translation>
    </message>
    <message>
      <source>Jobformidler / makkerskab</source>
      <translation>Job broker / partnership</translation>
    </message>
    <message>
      <source>Krav 1: {a} %, krav 2: {b} %</source>
      <translation>Requirement 1: {a} %, requirement 2: {b} %</translation>
    </message>
    <message>
      <source>Krav 2: 20 %</source>
      <translation>Requirement 2: 20 %</translation>
    </message>
    <message>
      <source>Laver månedsrapporten …</source>
      <translation>Making the monthly report …</translation>
    </message>
    <message>
      <source>Ledelsesinformation</source>
      <translation>Management information</translation>
    </message>
    <message>
      <source>Ledelsesinformation – {month}</source>
      <translation>Management information – {month}</translation>
    </message>
    <message>
      <source>Løntimer eller uddannelse</source>
      <translation>Paid hours or education</translation>
    </message>
    <message>
      <source>Med løntimer</source>
      <translation>With paid hours</translation>
    </message>
    <message>
      <source>Median: Trin 1 {a} dage, Trin 2 {b} dage</source>
      <translation>Median: Step 1 {a} days, Step 2 {b} days</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/measures_page.py" />
      <source>Måned</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Måneds&amp;rapport …</source>
      <translation>Monthly &amp;report …</translation>
    </message>
    <message>
      <source>Pr. jobformidler og makkerskab</source>
      <translation>Per job broker and partnership</translation>
    </message>
    <message>
      <source>Programmets mål fra kontorets egne registreringer, talt pr. forløb. De officielle tal beregner jobcentret fra de nationale registre.</source>
      <translation>The programme's measures from the office's own records, counted per course. The jobcentre calculates the official figures from the national registers.</translation>
    </message>
    <message>
      <source>Progression: første mod seneste måned med løntimer</source>
      <translation>Progression: first against latest month with paid hours</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Tal for {month} – {scope}</source>
      <translation>Figures for {month} – {scope}</translation>
    </message>
    <message>
      <source>Tallene kunne ikke beregnes.</source>
      <translation>The figures could not be calculated.</translation>
    </message>
    <message>
      <source>Vis for</source>
      <translation>Show for</translation>
    </message>
    <message>
      <source>april</source>
      <translation>April</translation>
    </message>
    <message>
      <source>august</source>
      <translation>August</translation>
    </message>
    <message>
      <source>december</source>
      <translation>December</translation>
    </message>
    <message>
      <source>februar</source>
      <translation>February</translation>
    </message>
    <message>
      <source>forløb</source>
      <translation>courses</translation>
    </message>
    <message>
      <source>intet endnu</source>
      <translation>none yet</translation>
    </message>
    <message>
      <source>januar</source>
      <translation>January</translation>
    </message>
    <message>
      <source>juli</source>
      <translation>July</translation>
    </message>
    <message>
      <source>juni</source>
      <translation>June</translation>
    </message>
    <message>
      <source>maj</source>
      <translation>May</translation>
    </message>
    <message>
      <source>marts</source>
      <translation>March</translation>
    </message>
    <message>
      <source>november</source>
      <translation>November</translation>
    </message>
    <message>
      <source>oktober</source>
      <translation>October</translation>
    </message>
    <message>
      <source>september</source>
      <translation>September</translation>
    </message>
    <message>
      <source>{a} → {b} timer ({c} %)</source>
      <translation>{a} → {b} hours ({c} %)</translation>
    </message>
    <message>
      <source>{n} ({pct} %)</source>
      <translation>{n} ({pct} %)</translation>
    </message>
    <message>
      <source>{n} af {of}</source>
      <translation>{n} of {of}</translation>
    </message>
    <message>
      <source>{n} besøg, median ventetid {m} min.</source>
      <translation>{n} visits, median wait {m} min.</translation>
    </message>
    <message>
      <source>{n} forløb</source>
      <translation>{n} courses</translation>
    </message>
    <message>
      <source>{n} forløb med et udfald</source>
      <translation>{n} courses with an outcome</translation>
    </message>
    <message>
      <source>{n} åbne forløb</source>
      <translation>{n} open courses</translation>
    </message>
    <message>
      <source>{pct} % ({n} af {of})</source>
      <translation>{pct} % ({n} of {of})</translation>
    </message>
    <message>
      <source>{pct} % har løntimer 6 måneder senere</source>
      <translation>{pct} % have paid hours 6 months later</translation>
    </message>
    <message>
      <source>Åbne forløb</source>
      <translation>Open courses</translation>
    </message>
    <message>
      <source>Åbne forløb pr. jobformidler</source>
      <translation>Open courses per job broker</translation>
    </message>
  </context>
  <context>
    <name>MeetingsTab</name>
    <message>
      <source>&amp;Book møde …</source>
      <translation>&amp;Book meeting …</translation>
    </message>
    <message>
      <source>&amp;Flyt …</source>
      <translation>&amp;Move …</translation>
    </message>
    <message>
      <source>&amp;Indkaldelse …</source>
      <translation>&amp;Invitation letter …</translation>
    </message>
    <message>
      <source>&amp;Udfald …</source>
      <translation>&amp;Outcome …</translation>
    </message>
    <message>
      <source>Indkaldelse – {name}</source>
      <translation>Invitation letter – {name}</translation>
    </message>
    <message>
      <source>Ingen møder booket.</source>
      <translation>No meetings booked.</translation>
    </message>
    <message>
      <source>Medarbejdere</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>Møde</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/meetings_tab.py" />
      <source>Tidspunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tolk</source>
      <translation>Interpreter</translation>
    </message>
    <message>
      <source>Udfald</source>
      <translation>Outcome</translation>
    </message>
  </context>
  <context>
    <name>NetworkTab</name>
    <message>
      <source>Givet</source>
      <translation>Given</translation>
    </message>
    <message>
      <source>Givet den</source>
      <translation>Given on</translation>
    </message>
    <message>
      <source>Modtagere</source>
      <translation>Recipients</translation>
    </message>
    <message>
      <source>Modtagere (forvaltninger, personer)</source>
      <translation>Recipients (departments, people)</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/network_tab.py" />
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Netværk (inddrages efter borgerens ønske)</source>
      <translation>Network (involved as the citizen wishes)</translation>
    </message>
    <message>
      <source>Netværksperson</source>
      <translation>Network person</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Omfang</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Omfang (hvilke oplysninger, til hvad)</source>
      <translation>Scope (which information, for what)</translation>
    </message>
    <message>
      <source>Registrér &amp;samtykke …</source>
      <translation>Record &amp;consent …</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>Samtykke</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Samtykke &amp;trukket tilbage …</source>
      <translation>Consent &amp;withdrawn …</translation>
    </message>
    <message>
      <source>Samtykke trukket tilbage</source>
      <translation>Consent withdrawn</translation>
    </message>
    <message>
      <source>Samtykker</source>
      <translation>Consents</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Tilføj &amp;netværksperson …</source>
      <translation>Add &amp;network person …</translation>
    </message>
    <message>
      <source>Trukket tilbage</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>Trukket tilbage den</source>
      <translation>Withdrawn on</translation>
    </message>
  </context>
  <context>
    <name>NewCitizen</name>
    <message>
      <source>&amp;Opret borger</source>
      <translation>&amp;Create citizen</translation>
    </message>
    <message>
      <source>(ikke oplyst)</source>
      <translation>(not stated)</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/new_citizen.py" />
      <source>(ikke tildelt)</source>
      <translation>(not assigned)</translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>CPR number</translation>
    </message>
    <message>
      <source>Efternavn</source>
      <translation>Last name</translation>
    </message>
    <message>
      <source>Fornavn</source>
      <translation>First name</translation>
    </message>
    <message>
      <source>Har brug for tolk</source>
      <translation>Needs an interpreter</translation>
    </message>
    <message>
      <source>Ny borger</source>
      <translation>New citizen</translation>
    </message>
    <message>
      <source>Opret alligevel (ikke en af de fundne)</source>
      <translation>Create anyway (not one of those found)</translation>
    </message>
    <message>
      <source>Personlig jobformidler</source>
      <translation>Personal jobformidler</translation>
    </message>
    <message>
      <source>Sagsbehandler</source>
      <translation>Caseworker</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Ydelse</source>
      <translation>Benefit</translation>
    </message>
  </context>
  <context>
    <name>NewRecoveryKeyDialog</name>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>Den gamle gendannelsesnøgle virker ikke længere. Udskriv det nye ark, og destruér det gamle.</source>
      <translation>The old recovery key no longer works. Print the new sheet and destroy the old one.</translation>
    </message>
    <message>
      <source>Gendannelsesnøgle</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/admin_dialogs.py" />
      <source>Ny gendannelsesnøgle</source>
      <translation>New recovery key</translation>
    </message>
  </context>
  <context>
    <name>OfficePage</name>
    <message>
      <source>&amp;Kommune:</source>
      <translation>&amp;Municipality:</translation>
    </message>
    <message>
      <source>Kommune</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/setup_wizard.py" />
      <source>Kontoret</source>
      <translation>The office</translation>
    </message>
    <message>
      <source>Kontorets &amp;navn:</source>
      <translation>Office &amp;name:</translation>
    </message>
    <message>
      <source>Kontorets navn</source>
      <translation>Office name</translation>
    </message>
    <message>
      <source>Navnet står på alle udskrifter og i synkroniseringen med jobcentret.</source>
      <translation>The name appears on every printout and in the synchronisation with the jobcentre.</translation>
    </message>
    <message>
      <source>fx Jobcenter Nord, kontoret i Tingbjerg</source>
      <translation>e.g. Jobcenter Nord, the office in Tingbjerg</translation>
    </message>
  </context>
  <context>
    <name>OfficeSettingsDialog</name>
    <message>
      <source>Indkaldelsens tekst</source>
      <translation>The letter's text</translation>
    </message>
    <message>
      <source>Indstillingerne gælder hele kontoret og kommer med til de andre arbejdsstationer. Felter i indkaldelsens tekst skrives i krøllede parenteser:</source>
      <translation>The settings apply to the whole office and travel to its other workstations. Fields in the letter's text are written in curly brackets:</translation>
    </message>
    <message>
      <source>Kontorets adresse</source>
      <translation>The office's address</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/office_settings_dialog.py" />
      <source>Kontorets indstillinger</source>
      <translation>The office's settings</translation>
    </message>
    <message>
      <source>Kontorets telefon</source>
      <translation>The office's phone</translation>
    </message>
    <message>
      <source>Tag med (standard i indkaldelsen)</source>
      <translation>Bring (standard in the letter)</translation>
    </message>
    <message>
      <source>fx Mandag-torsdag 9-15, fredag 9-12</source>
      <translation>e.g. Mandag-torsdag 9-15, fredag 9-12</translation>
    </message>
    <message>
      <source>fx man 9-12; tor 13-16</source>
      <translation>e.g. man 9-12; tor 13-16</translation>
    </message>
    <message>
      <source>Åben rådgivning (vises i kalenderen)</source>
      <translation>Åben rådgivning (shown in the calendar)</translation>
    </message>
    <message>
      <source>Åbningstider (som de står i brevet)</source>
      <translation>Opening hours (as the letter prints them)</translation>
    </message>
  </context>
  <context>
    <name>OutcomeDialog</name>
    <message>
      <source>&lt;b&gt;{kind}&lt;/b&gt; med {name}, {when}</source>
      <translation>&lt;b&gt;{kind}&lt;/b&gt; with {name}, {when}</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Note til kontaktloggen (valgfri)</source>
      <translation>Note for the contact log (optional)</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/appointment_dialogs.py" />
      <source>Udfald af mødet</source>
      <translation>The meeting's outcome</translation>
    </message>
  </context>
  <context>
    <name>PaidHoursChart</name>
    <message>
      <location filename="../../work/main/app/ui/charts.py" />
      <source>Løntimer pr. måned</source>
      <translation>Paid hours per month</translation>
    </message>
    <message>
      <source>timer</source>
      <translation>hours</translation>
    </message>
  </context>
  <context>
    <name>PartnersPage</name>
    <message>
      <source>&amp;Fjern kontaktperson</source>
      <translation>&amp;Remove contact person</translation>
    </message>
    <message>
      <source>&amp;Ny samarbejdspartner …</source>
      <translation>&amp;New partner …</translation>
    </message>
    <message>
      <source>&amp;Ret …</source>
      <translation>&amp;Edit …</translation>
    </message>
    <message>
      <source>&amp;Samarbejdspartnere</source>
      <translation>&amp;Partners</translation>
    </message>
    <message>
      <source>&amp;Værktøjskasse</source>
      <translation>&amp;Tool library</translation>
    </message>
    <message>
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Kontaktperson hos {name}</source>
      <translation>Contact person at {name}</translation>
    </message>
    <message>
      <source>Kontaktpersoner</source>
      <translation>Contact persons</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/partners_page.py" />
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Ny samarbejdspartner</source>
      <translation>New partner</translation>
    </message>
    <message>
      <source>Ret samarbejdspartner</source>
      <translation>Edit partner</translation>
    </message>
    <message>
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Samarbejdspartnere og værktøjer</source>
      <translation>Partners and tools</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Tilbyder</source>
      <translation>Offers</translation>
    </message>
    <message>
      <source>Tilføj &amp;kontaktperson …</source>
      <translation>Add &amp;contact person …</translation>
    </message>
    <message>
      <source>Vælg en kontaktperson.</source>
      <translation>Choose a contact person.</translation>
    </message>
    <message>
      <source>Vælg en samarbejdspartner.</source>
      <translation>Choose a partner.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>&amp;Gem som fil …</source>
      <translation>&amp;Save as file …</translation>
    </message>
    <message>
      <source>&amp;Udskriv …</source>
      <translation>&amp;Print …</translation>
    </message>
    <message>
      <source>Dokumentet indeholder fortrolige oplysninger. En gemt fil er ikke krypteret. Gem kun på et sted, som er beskyttet, og slet filen, når den ikke skal bruges mere.

Vil du gemme alligevel?</source>
      <translation>The document contains confidential information. A saved file is not encrypted. Save only to a protected place, and delete the file when it is no longer needed.

Save anyway?</translation>
    </message>
    <message>
      <source>Filen kunne ikke gemmes: {error}</source>
      <translation>The file could not be saved: {error}</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/pdf_preview.py" />
      <source>Forhåndsvisning</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Gem PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <source>Gem som fil</source>
      <translation>Save as file</translation>
    </message>
    <message>
      <source>Gemt: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <source>Printeren kunne ikke startes.</source>
      <translation>The printer could not be started.</translation>
    </message>
    <message>
      <source>dokument</source>
      <translation>document</translation>
    </message>
  </context>
  <context>
    <name>PendingRecoveryDialog</name>
    <message>
      <source>&amp;Fortsæt</source>
      <translation>&amp;Continue</translation>
    </message>
    <message>
      <source>Bekræft, at arket er udskrevet, for at fortsætte.</source>
      <translation>Confirm that the sheet is printed to continue.</translation>
    </message>
    <message>
      <source>Gendannelsesnøgle</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <source>Jeg har &amp;udskrevet arket og lagt det et sikkert sted</source>
      <translation>I have &amp;printed the sheet and put it in a safe place</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/setup_wizard.py" />
      <source>Ny gendannelsesnøgle</source>
      <translation>New recovery key</translation>
    </message>
    <message>
      <source>Opsætningen blev afbrudt, før gendannelsesarket var bekræftet udskrevet. Derfor er der lavet en ny gendannelsesnøgle; den første virker ikke. Udskriv arket nu.</source>
      <translation>The setup was interrupted before the recovery sheet was confirmed as printed. A new recovery key has therefore been made; the first one no longer works. Print the sheet now.</translation>
    </message>
  </context>
  <context>
    <name>PublicDisplay</name>
    <message numerus="yes">
      <source>%n venter</source>
      <translation>
        <numerusform>%n waiting</numerusform>
        <numerusform>%n waiting</numerusform>
      </translation>
    </message>
    <message>
      <source>F11 eller dobbeltklik: fuld skærm</source>
      <translation>F11 or double-click: full screen</translation>
    </message>
    <message>
      <source>Kaldte numre</source>
      <translation>Numbers called</translation>
    </message>
    <message>
      <source>Nu kalder vi</source>
      <translation>Now calling</translation>
    </message>
    <message>
      <source>Venter</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/public_display.py" />
      <source>Åben rådgivning</source>
      <translation>Åben rådgivning</translation>
    </message>
  </context>
  <context>
    <name>RecentCitizensDialog</name>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>&amp;Åbn</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>De sidste {n} borgere, du har åbnet. Enter eller dobbeltklik åbner.</source>
      <translation>The last {n} citizens you opened. Enter or a double-click opens one.</translation>
    </message>
    <message>
      <source>Du har ikke åbnet nogen borgere på denne computer endnu.</source>
      <translation>You have not opened any citizens on this computer yet.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/recent_dialog.py" />
      <source>Seneste borgere</source>
      <translation>Recent citizens</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>&amp;Brugernavn:</source>
      <translation>&amp;Username:</translation>
    </message>
    <message>
      <source>&amp;Gendannelsesnøgle:</source>
      <translation>&amp;Recovery key:</translation>
    </message>
    <message>
      <source>&amp;Nulstil og log ind</source>
      <translation>&amp;Reset and log in</translation>
    </message>
    <message>
      <source>&amp;Ny adgangskode:</source>
      <translation>&amp;New password:</translation>
    </message>
    <message>
      <source>Brugernavn</source>
      <translation>Username</translation>
    </message>
    <message>
      <source>G&amp;entag:</source>
      <translation>R&amp;epeat:</translation>
    </message>
    <message>
      <source>Gendannelsesnøgle</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <source>Gentag adgangskode</source>
      <translation>Repeat password</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/login_dialog.py" />
      <source>Glemt adgangskode</source>
      <translation>Forgotten password</translation>
    </message>
    <message>
      <source>Ny adgangskode</source>
      <translation>New password</translation>
    </message>
    <message>
      <source>Skriv gendannelsesnøglen fra det udskrevne ark (52 tegn), dit brugernavn og en ny adgangskode.</source>
      <translation>Type the recovery key from the printed sheet (52 characters), your username and a new password.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <location filename="../../work/main/app/ui/setup_wizard.py" />
      <source>Gendannelsesnøgle</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <source>Jeg har &amp;udskrevet arket og lagt det et sikkert sted</source>
      <translation>I have &amp;printed the sheet and put it in a safe place</translation>
    </message>
    <message>
      <source>Kontoret er oprettet. Udskriv arket, og bekræft det nedenfor, før du går videre: nøglen vises ikke igen. Lukkes programmet nu, skal der laves en ny nøgle ved næste start.</source>
      <translation>The office has been created. Print the sheet and confirm it below before you go on: the key is not shown again. If the program is closed now, a new key must be made at the next start.</translation>
    </message>
    <message>
      <source>Udskriv arket nu. Nøglen vises kun denne ene gang og er den eneste vej ind, hvis alle adgangskoder bliver glemt.</source>
      <translation>Print the sheet now. The key is shown only this once and is the only way in if every password is forgotten.</translation>
    </message>
  </context>
  <context>
    <name>ReferralsBox</name>
    <message>
      <source>&amp;Henvis til samarbejdspartner …</source>
      <translation>&amp;Refer to a partner …</translation>
    </message>
    <message>
      <source>(ingen bestemt)</source>
      <translation>(nobody in particular)</translation>
    </message>
    <message>
      <source>(intet samtykke)</source>
      <translation>(no consent)</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Deler oplysninger</source>
      <translation>Shares information</translation>
    </message>
    <message>
      <source>Deles oplysninger, skal borgerens samtykke nævne samarbejdspartneren som modtager.</source>
      <translation>If information is shared, the citizen's consent must name the partner as a recipient.</translation>
    </message>
    <message>
      <source>Der er ingen samarbejdspartnere endnu. Opret dem på siden Samarbejdspartnere.</source>
      <translation>There are no partners yet. Create them on the Partners page.</translation>
    </message>
    <message>
      <source>Formål</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>Henvis til samarbejdspartner</source>
      <translation>Refer to a partner</translation>
    </message>
    <message>
      <source>Henvisningen deler oplysninger om borgeren</source>
      <translation>The referral shares information about the citizen</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/team_boxes.py" />
      <source>Henvisninger til samarbejdspartnere</source>
      <translation>Referrals to partners</translation>
    </message>
    <message>
      <source>Ja, samtykke: {scope}</source>
      <translation>Yes, consent: {scope}</translation>
    </message>
    <message>
      <source>Kontaktperson</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <source>Medarbejder</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Samarbejdspartner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <source>Samtykke der dækker delingen</source>
      <translation>Consent covering the sharing</translation>
    </message>
    <message>
      <source>{day}: {scope} → {recipients}</source>
      <translation>{day}: {scope} → {recipients}</translation>
    </message>
  </context>
  <context>
    <name>ReferralsPage</name>
    <message>
      <source>&amp;Acceptér</source>
      <translation>&amp;Accept</translation>
    </message>
    <message>
      <source>&amp;Indlæs pakke fra jobcentret …</source>
      <translation>&amp;Import bundle from the jobcentre …</translation>
    </message>
    <message>
      <source>A&amp;fvis …</source>
      <translation>&amp;Decline …</translation>
    </message>
    <message>
      <source>Adresse: {address}</source>
      <translation>Address: {address}</translation>
    </message>
    <message>
      <source>Afvis</source>
      <translation>Decline</translation>
    </message>
    <message>
      <source>Afvis henvisningen</source>
      <translation>Decline the referral</translation>
    </message>
    <message>
      <source>Afvist: {reason}</source>
      <translation>Declined: {reason}</translation>
    </message>
    <message>
      <source>Aktivitetsparat</source>
      <translation>Activity-ready</translation>
    </message>
    <message>
      <source>CPR-nummer</source>
      <translation>CPR number</translation>
    </message>
    <message>
      <source>Henvisningen</source>
      <translation>The referral</translation>
    </message>
    <message>
      <source>Henvisninger fra jobcentret</source>
      <translation>Referrals from the jobcentre</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/referrals_page.py" />
      <source>Henvist</source>
      <translation>Referred</translation>
    </message>
    <message>
      <source>Hvorfor afvises henvisningen?</source>
      <translation>Why is the referral declined?</translation>
    </message>
    <message>
      <source>Ingen henvisninger endnu. Jobcentret sender dem som en pakke (.fsd); indlæs den med »Indlæs pakke fra jobcentret …«.</source>
      <translation>No referrals yet. The jobcentre sends them as a bundle (.fsd); import it with »Import bundle from the jobcentre …«.</translation>
    </message>
    <message>
      <source>Jobcentret ser begrundelsen, når kontoret har sendt sin næste pakke.</source>
      <translation>The jobcentre sees the reason once the office has sent its next bundle.</translation>
    </message>
    <message>
      <source>Jobcentrets sagsbehandler: {name}</source>
      <translation>The jobcentre's caseworker: {name}</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Note: {note}</translation>
    </message>
    <message>
      <source>Pakke fra jobcentret</source>
      <translation>Bundle from the jobcentre</translation>
    </message>
    <message numerus="yes">
      <source>Pakke {seq} fra jobcentret er indlæst. Nye henvisninger: %n.</source>
      <translation>
        <numerusform>Bundle {seq} from the jobcentre is imported: %n new referral.</numerusform>
        <numerusform>Bundle {seq} from the jobcentre is imported: %n new referrals.</numerusform>
      </translation>
    </message>
    <message>
      <source>Pakker fra jobcentret (*.fsd)</source>
      <translation>Bundles from the jobcentre (*.fsd)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message numerus="yes">
      <source>Venter på svar: %n.</source>
      <translation>
        <numerusform>%n referral is waiting for an answer.</numerusform>
        <numerusform>%n referrals are waiting for an answer.</numerusform>
      </translation>
    </message>
    <message>
      <source>Vælg en henvisning i listen.</source>
      <translation>Choose a referral in the list.</translation>
    </message>
    <message>
      <source>Ydelse</source>
      <translation>Benefit</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>nej</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Å&amp;bn borgeren</source>
      <translation>O&amp;pen the citizen</translation>
    </message>
  </context>
  <context>
    <name>RenameDialog</name>
    <message>
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>&amp;Omdøb</source>
      <translation>&amp;Rename</translation>
    </message>
    <message>
      <source>Arbejdsstationens nye navn</source>
      <translation>The workstation's new name</translation>
    </message>
    <message>
      <source>Nyt navn til &lt;b&gt;{name}&lt;/b&gt; (bogstav {letter}). Navnet ses på alle kontorets arbejdsstationer og hos jobcentrets IT; det skal være forskelligt fra de andres og have højst {n} tegn.</source>
      <translation>New name for &lt;b&gt;{name}&lt;/b&gt; (letter {letter}). The name is seen on all the office's workstations and by the jobcentre's IT; it must differ from the others' and have at most {n} characters.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/workstation_dialogs.py" />
      <source>Omdøb arbejdsstation</source>
      <translation>Rename workstation</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message numerus="yes">
      <source>%n min.</source>
      <translation>
        <numerusform>%n min.</numerusform>
        <numerusform>%n min.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Udskriv oversigt …</source>
      <translation>&amp;Print summary …</translation>
    </message>
    <message>
      <source>&amp;Vis</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&lt;b&gt;{n}&lt;/b&gt; besøg</source>
      <translation>&lt;b&gt;{n}&lt;/b&gt; visits</translation>
    </message>
    <message>
      <source>Antal</source>
      <translation>Count</translation>
    </message>
    <message>
      <source>Besøg i åben rådgivning</source>
      <translation>Visits in åben rådgivning</translation>
    </message>
    <message>
      <source>Besøg pr. dag</source>
      <translation>Visits per day</translation>
    </message>
    <message>
      <source>Borgere i alt</source>
      <translation>Citizens in total</translation>
    </message>
    <message>
      <source>Dag</source>
      <translation>Day</translation>
    </message>
    <message>
      <source>Fra</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Fredag</source>
      <translation>Friday</translation>
    </message>
    <message>
      <source>Grund / udfald</source>
      <translation>Reason / outcome</translation>
    </message>
    <message>
      <source>Kendte borgere: {a} · i forløb: {b} · tolk: {c}</source>
      <translation>Known citizens: {a} · in a course: {b} · interpreter: {c}</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/reports_page.py" />
      <source>Kontorets nøgletal</source>
      <translation>The office's key figures</translation>
    </message>
    <message>
      <source>Lørdag</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <source>Mandag</source>
      <translation>Monday</translation>
    </message>
    <message>
      <source>Nøgletal</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <source>Onsdag</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <source>Periode:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <source>Rapporter</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Søndag</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <source>Til</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Tirsdag</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <source>Torsdag</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <source>Udfald: </source>
      <translation>Outcome: </translation>
    </message>
    <message>
      <source>Ventetid: median {m}, 90 % ventede højst {p}</source>
      <translation>Waiting time: median {m}, 90 % waited at most {p}</translation>
    </message>
    <message>
      <source>Virksomheder</source>
      <translation>Companies</translation>
    </message>
    <message>
      <source>besøg</source>
      <translation>visits</translation>
    </message>
    <message>
      <source>Åben rådgivning</source>
      <translation>Åben rådgivning</translation>
    </message>
    <message>
      <source>Åben rådgivning – oversigt</source>
      <translation>Åben rådgivning – summary</translation>
    </message>
    <message>
      <source>Åbne forløb</source>
      <translation>Open courses</translation>
    </message>
  </context>
  <context>
    <name>RevokeDialog</name>
    <message>
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>&amp;Tilbagekald</source>
      <translation>&amp;Revoke</translation>
    </message>
    <message>
      <source>Arbejdsstationens navn</source>
      <translation>Workstation name</translation>
    </message>
    <message>
      <source>Tilbagekald &lt;b&gt;{name}&lt;/b&gt; (bogstav {letter}), fx en stjålen eller udskiftet computer. Når tilbagekaldelsen er nået frem, afviser alle arbejdsstationer ændringer, den har lavet efter den sidste, der er modtaget herfra (nr. {n}). Det kan ikke fortrydes.&lt;br&gt;&lt;br&gt;Skriv arbejdsstationens navn for at bekræfte:</source>
      <translation>Revoke &lt;b&gt;{name}&lt;/b&gt; (letter {letter}), e.g. a stolen or replaced computer. Once the revocation has arrived, every workstation refuses the changes it made after the last one received here (no. {n}). This cannot be undone.&lt;br&gt;&lt;br&gt;Type the workstation's name to confirm:</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/workstations_page.py" />
      <source>Tilbagekald arbejdsstation</source>
      <translation>Revoke workstation</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>&amp;Færdig</source>
      <translation>&amp;Finish</translation>
    </message>
    <message>
      <source>&amp;Næste &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <source>&lt; &amp;Tilbage</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/setup_wizard.py" />
      <source>Fremskudt – opsætning</source>
      <translation>Fremskudt – setup</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>Alt og det understregede bogstav vælger en knap, et felt eller en menu. Tab går til næste felt.</source>
      <translation>Alt and the underlined letter choose a button, a field or a menu. Tab goes to the next field.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/shortcuts_dialog.py" />
      <source>Genveje</source>
      <translation>Shortcuts</translation>
    </message>
    <message>
      <source>Gør</source>
      <translation>Does</translation>
    </message>
    <message>
      <source>Journalens genveje står her, når en borger er åben.</source>
      <translation>The record's shortcuts are listed here when a citizen is open.</translation>
    </message>
    <message>
      <source>Taster</source>
      <translation>Keys</translation>
    </message>
    <message>
      <source>Vindue</source>
      <translation>Window</translation>
    </message>
  </context>
  <context>
    <name>StaffDialog</name>
    <message>
      <source>&amp;Adgangskode (mindst 10 tegn):</source>
      <translation>&amp;Password (at least 10 characters):</translation>
    </message>
    <message>
      <source>&amp;Brugernavn:</source>
      <translation>&amp;Username:</translation>
    </message>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>&amp;Opret medarbejder</source>
      <translation>&amp;Create staff member</translation>
    </message>
    <message>
      <source>Adgangskode</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Aktiv</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Brugernavn</source>
      <translation>Username</translation>
    </message>
    <message>
      <source>Fulde &amp;navn:</source>
      <translation>Full &amp;name:</translation>
    </message>
    <message>
      <source>Fulde navn</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/admin_dialogs.py" />
      <source>Medarbejdere</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Ny medarbejder</source>
      <translation>New staff member</translation>
    </message>
    <message>
      <source>Roller</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>Roller:</source>
      <translation>Roles:</translation>
    </message>
  </context>
  <context>
    <name>StepUpTab</name>
    <message>
      <source> Afsluttet {d}.</source>
      <translation> Closed {d}.</translation>
    </message>
    <message numerus="yes">
      <source>%n spørgsmål mangler svar.</source>
      <translation>
        <numerusform>%n question has no answer yet.</numerusform>
        <numerusform>%n questions have no answer yet.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Start step-up …</source>
      <translation>&amp;Start step-up …</translation>
    </message>
    <message>
      <source>&lt;b&gt;Step-up: {kind}&lt;/b&gt;, startet {start} af {who}. {reason}{closed}</source>
      <translation>&lt;b&gt;Step-up: {kind}&lt;/b&gt;, started {start} by {who}. {reason}{closed}</translation>
    </message>
    <message>
      <source>A. Forberedelse</source>
      <translation>A. Preparation</translation>
    </message>
    <message>
      <source>Advarsler</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <source>Afslut step-up</source>
      <translation>Close step-up</translation>
    </message>
    <message>
      <source>Afslut step-up …</source>
      <translation>Close step-up …</translation>
    </message>
    <message>
      <source>Aftale</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <source>Aftale i aftaledokumentet</source>
      <translation>Agreement in the agreement document</translation>
    </message>
    <message>
      <source>Aftaledokument</source>
      <translation>Agreement document</translation>
    </message>
    <message>
      <source>B. Tværfaglige samtaler (1-2)</source>
      <translation>B. Interdisciplinary meetings (1-2)</translation>
    </message>
    <message>
      <source>Barrierer</source>
      <translation>Barriers</translation>
    </message>
    <message>
      <source>Besvar &amp;forberedelsesskemaet …</source>
      <translation>Answer the &amp;preparation sheet …</translation>
    </message>
    <message>
      <source>Besvarelser</source>
      <translation>Answers</translation>
    </message>
    <message>
      <source>Besvares af borgeren sammen med sagsbehandler og jobformidler.</source>
      <translation>Answered by the citizen together with the caseworker and the jobformidler.</translation>
    </message>
    <message>
      <source>Borgeren deltager i alle samtaler.</source>
      <translation>The citizen takes part in every meeting.</translation>
    </message>
    <message>
      <source>C. Aftaledokument</source>
      <translation>C. Agreement document</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Deltagere</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Deltog</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>Dokumenter der sendes med</source>
      <translation>Documents sent along</translation>
    </message>
    <message>
      <source>Fjern valgte</source>
      <translation>Remove selected</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/record/stepup_tab.py" />
      <source>Forberedelsesskema</source>
      <translation>Preparation sheet</translation>
    </message>
    <message>
      <source>Forvaltninger og personer</source>
      <translation>Departments and people</translation>
    </message>
    <message>
      <source>Færrest mulige deltagere: sundhedsfaglig kun ved helbredsbarrierer, familieafdelingen kun ved familiebarrierer.</source>
      <translation>As few participants as possible: a health professional only for health barriers, the family department only for family barriers.</translation>
    </message>
    <message>
      <source>Givet den</source>
      <translation>Given on</translation>
    </message>
    <message>
      <source>Hensyn</source>
      <translation>Considerations</translation>
    </message>
    <message>
      <source>Hvem følger op</source>
      <translation>Who follows up</translation>
    </message>
    <message>
      <source>Hvem følger op?</source>
      <translation>Who follows up?</translation>
    </message>
    <message>
      <source>Hvilken aftale er lavet?</source>
      <translation>What was agreed?</translation>
    </message>
    <message>
      <source>Hvorfor trækker matchet ud?</source>
      <translation>Why is the match dragging on?</translation>
    </message>
    <message>
      <source>Hvornår</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Hvornår følges der op?</source>
      <translation>When is there a follow-up?</translation>
    </message>
    <message>
      <source>Indsatsen starter</source>
      <translation>The effort starts</translation>
    </message>
    <message>
      <source>Intet gældende samtykke: forberedelsen kan ikke udskrives eller sendes.</source>
      <translation>No valid consent: the preparation cannot be printed or sent.</translation>
    </message>
    <message>
      <source>Intet step-up-forløb. Sagsstammen foreslår step-up: {why}</source>
      <translation>No step-up. The caseload suggests a step-up: {why}</translation>
    </message>
    <message>
      <source>Intet step-up-forløb. Start et, når matchet trækker ud på grund af helbreds- eller familiemæssige barrierer.</source>
      <translation>No step-up. Start one when the match drags on because of health or family barriers.</translation>
    </message>
    <message>
      <source>Intet step-up-forløb: borgeren er ikke visiteret endnu. Step-up kan startes, når borgeren er visiteret til gruppe 1; visitér først under fanen Forløb (Visitation …).</source>
      <translation>No step-up: the citizen has not had the visitation yet. A step-up can be started once the citizen is visited to group 1; do the visitation first on the Course tab (Visitation …).</translation>
    </message>
    <message>
      <source>Intet step-up-forløb: borgeren har intet forløb i gang. Step-up kan kun startes i et aktivt forløb i gruppe 1.</source>
      <translation>No step-up: the citizen has no course in progress. A step-up can only be started in an active course in group 1.</translation>
    </message>
    <message>
      <source>Intet step-up-forløb: step-up er kun for borgere i gruppe 1. Borgeren er visiteret til en anden gruppe.</source>
      <translation>No step-up: step-up is only for citizens in group 1. The citizen is visited to another group.</translation>
    </message>
    <message>
      <source>Koordinering</source>
      <translation>Coordination</translation>
    </message>
    <message>
      <source>Koordinering med den virksomhedsrettede indsats</source>
      <translation>Coordination with the company-oriented effort</translation>
    </message>
    <message>
      <source>Markér forberedelse &amp;sendt</source>
      <translation>Mark preparation as &amp;sent</translation>
    </message>
    <message>
      <source>Mødepakke</source>
      <translation>Meeting pack</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Ny &amp;aftale …</source>
      <translation>New &amp;agreement …</translation>
    </message>
    <message>
      <source>Ny deltager</source>
      <translation>New participant</translation>
    </message>
    <message>
      <source>Nyt &amp;møde …</source>
      <translation>New &amp;meeting …</translation>
    </message>
    <message>
      <source>Omfang: hvilke oplysninger må deles og indhentes</source>
      <translation>Scope: which information may be shared and obtained</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Registrér &amp;samtykke …</source>
      <translation>Record &amp;consent …</translation>
    </message>
    <message>
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Samtykke</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Samtykke til at dele og indhente oplysninger</source>
      <translation>Consent to share and obtain information</translation>
    </message>
    <message>
      <source>Start step-up</source>
      <translation>Start step-up</translation>
    </message>
    <message>
      <source>Startet af</source>
      <translation>Started by</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Step-up</source>
      <translation>Step-up</translation>
    </message>
    <message>
      <source>Step-up er en nødbremse, når matchet trækker ud på grund af helbreds- eller familiemæssige barrierer.</source>
      <translation>A step-up is an emergency brake when the match drags on because of health or family barriers.</translation>
    </message>
    <message>
      <source>Supplerende indsats</source>
      <translation>Supplementary effort</translation>
    </message>
    <message>
      <source>Tilføj &amp;deltager …</source>
      <translation>Add &amp;participant …</translation>
    </message>
    <message>
      <source>Tværfaglig samtale</source>
      <translation>Interdisciplinary meeting</translation>
    </message>
    <message>
      <source>Vis fuldt CPR-nummer på udskriften</source>
      <translation>Show the full CPR number on the printout</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source>&amp;Eksportér …</source>
      <translation>&amp;Export …</translation>
    </message>
    <message>
      <source>Arbejdsstation:</source>
      <translation>Workstation:</translation>
    </message>
    <message>
      <source>Dannet</source>
      <translation>Made</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/sync_page.py" />
      <source>Denne arbejdsstation</source>
      <translation>This workstation</translation>
    </message>
    <message>
      <source>Enheds-id</source>
      <translation>Device id</translation>
    </message>
    <message>
      <source>Enheds-id:</source>
      <translation>Device id:</translation>
    </message>
    <message>
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Fingeraftryk</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <source>Fingeraftryk (læs op for jobcentrets IT)</source>
      <translation>Fingerprint (read it out to the jobcentre's IT)</translation>
    </message>
    <message>
      <source>Gem &amp;tilmeldingsfil …</source>
      <translation>Save &amp;enrolment file …</translation>
    </message>
    <message>
      <source>Indlæs &amp;kvittering …</source>
      <translation>Load &amp;receipt …</translation>
    </message>
    <message>
      <source>Indlæs jobcentrets &amp;nøglefil …</source>
      <translation>Load the jobcentre's &amp;key file …</translation>
    </message>
    <message>
      <source>Jobcentrets nøgle</source>
      <translation>The jobcentre's key</translation>
    </message>
    <message>
      <source>Jobcentrets nøglefil</source>
      <translation>The jobcentre's key file</translation>
    </message>
    <message>
      <source>Jobcentrets nøgler</source>
      <translation>The jobcentre's keys</translation>
    </message>
    <message>
      <source>Kontor:</source>
      <translation>Office:</translation>
    </message>
    <message>
      <source>Kvittering</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <source>Kvittering for pakke {n} er indlæst.</source>
      <translation>The receipt for bundle {n} has been loaded.</translation>
    </message>
    <message>
      <source>Kvittering fra jobcentret</source>
      <translation>Receipt from the jobcentre</translation>
    </message>
    <message>
      <source>Læs fingeraftrykkene op for jobcentrets IT, og sammenlign:</source>
      <translation>Read the fingerprints out to the jobcentre's IT and compare:</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Nøgle-id</source>
      <translation>Key id</translation>
    </message>
    <message>
      <source>Pakke {n} er gemt: {p} ({r} poster).</source>
      <translation>Bundle {n} has been saved: {p} ({r} records).</translation>
    </message>
    <message>
      <source>Pakker til jobcentret</source>
      <translation>Bundles for the jobcentre</translation>
    </message>
    <message>
      <source>Passer de?</source>
      <translation>Do they match?</translation>
    </message>
    <message>
      <source>Poster</source>
      <translation>Records</translation>
    </message>
    <message>
      <source>Signeringsnøglens fingeraftryk:</source>
      <translation>The signing key's fingerprint:</translation>
    </message>
    <message>
      <source>Størrelse</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Synkronisering</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <source>Tilføjet</source>
      <translation>Added</translation>
    </message>
    <message>
      <source>Tilmeldingsfil</source>
      <translation>Enrolment file</translation>
    </message>
    <message>
      <source>Tilmeldingsfilen er gemt: {p}</source>
      <translation>The enrolment file has been saved: {p}</translation>
    </message>
    <message>
      <source>Vælg mappe, fx USB-nøglen</source>
      <translation>Choose a folder, e.g. the USB stick</translation>
    </message>
    <message>
      <source>afventer</source>
      <translation>pending</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message numerus="yes">
      <source>%n andre arbejdsstationer forbundet nu</source>
      <translation>
        <numerusform>%n other workstation connected now</numerusform>
        <numerusform>%n other workstations connected now</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/sync_status.py" />
      <source>Synkronisering med kontorets arbejdsstationer</source>
      <translation>Sync with the office's workstations</translation>
    </message>
    <message>
      <source>Synkronisering: ukendt tilstand</source>
      <translation>Sync: state unknown</translation>
    </message>
    <message numerus="yes">
      <source>● %n konflikter</source>
      <translation>
        <numerusform>● %n conflict</numerusform>
        <numerusform>● %n conflicts</numerusform>
      </translation>
    </message>
    <message>
      <source>● I synk</source>
      <translation>● In sync</translation>
    </message>
    <message>
      <source>● Offline</source>
      <translation>● Offline</translation>
    </message>
    <message>
      <source>● Offline siden {time}</source>
      <translation>● Offline since {time}</translation>
    </message>
    <message>
      <source>● Synkroniserer …</source>
      <translation>● Syncing …</translation>
    </message>
  </context>
  <context>
    <name>TeamPage</name>
    <message>
      <source>&amp;Afslut makkerskab</source>
      <translation>&amp;End makkerskab</translation>
    </message>
    <message>
      <source>&amp;Afslut …</source>
      <translation>&amp;End …</translation>
    </message>
    <message>
      <source>&amp;Nyt makkerskab …</source>
      <translation>&amp;New makkerskab …</translation>
    </message>
    <message>
      <source>&amp;Overdrag sagsstamme …</source>
      <translation>&amp;Hand over a caseload …</translation>
    </message>
    <message>
      <source>&amp;Ret …</source>
      <translation>&amp;Edit …</translation>
    </message>
    <message>
      <source>Afslut makkerskab</source>
      <translation>End makkerskab</translation>
    </message>
    <message>
      <source>Jobformidler</source>
      <translation>Jobformidler</translation>
    </message>
    <message>
      <source>Makkerskab</source>
      <translation>Partnership</translation>
    </message>
    <message>
      <source>Makkerskaber (sagsbehandler og jobformidler)</source>
      <translation>Makkerskaber (caseworker and jobformidler)</translation>
    </message>
    <message>
      <source>Makkerskabet {name} afsluttes. Borgernes forløb bliver hos de samme medarbejdere.</source>
      <translation>The makkerskab {name} ends. The citizens' courses stay with the same staff.</translation>
    </message>
    <message>
      <source>Mod båndet {low}-{high}</source>
      <translation>Against the {low}-{high} band</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/team_page.py" />
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nyt makkerskab</source>
      <translation>New makkerskab</translation>
    </message>
    <message>
      <source>Ret makkerskab</source>
      <translation>Edit makkerskab</translation>
    </message>
    <message>
      <source>Roller</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>Sagsbehandler</source>
      <translation>Caseworker</translation>
    </message>
    <message>
      <source>Sagsstamme pr. medarbejder</source>
      <translation>Caseload per staff member</translation>
    </message>
    <message>
      <source>Sidste dag</source>
      <translation>Last day</translation>
    </message>
    <message>
      <source>Som jobformidler</source>
      <translation>As jobformidler</translation>
    </message>
    <message>
      <source>Som sagsbehandler</source>
      <translation>As caseworker</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>Åbne forløb i dag (også efterværn) pr. person. Evalueringen nævner {low}-{high} borgere for en jobformidler, der også har myndighed.</source>
      <translation>Open courses today (aftercare included) per person. The evaluation cites {low}-{high} citizens for a jobformidler who also holds authority.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source> ({hours})</source>
      <translation> ({hours})</translation>
    </message>
    <message>
      <source>&amp;Book møde …</source>
      <translation>&amp;Book meeting …</translation>
    </message>
    <message>
      <source>&amp;Opdatér</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;Åben rådgivning er åben{hours}:&lt;/b&gt; %n venter</source>
      <translation>
        <numerusform>&lt;b&gt;Åben rådgivning is open{hours}:&lt;/b&gt; %n waiting</numerusform>
        <numerusform>&lt;b&gt;Åben rådgivning is open{hours}:&lt;/b&gt; %n waiting</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;h2&gt;I dag, {weekday} {day}&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Today, {weekday} {day}&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Af</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Arbejdsstation</source>
      <translation>Workstation</translation>
    </message>
    <message>
      <source>Borger</source>
      <translation>Citizen</translation>
    </message>
    <message>
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Henter …</source>
      <translation>Loading …</translation>
    </message>
    <message>
      <source>Holdt</source>
      <translation>Held</translation>
    </message>
    <message>
      <source>Hvad</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Hvornår</source>
      <translation>When</translation>
    </message>
    <message>
      <source>I god tid</source>
      <translation>In good time</translation>
    </message>
    <message>
      <source>Ingen møder i dag.</source>
      <translation>No meetings today.</translation>
    </message>
    <message>
      <source>Ingen åben rådgivning i dag.</source>
      <translation>No åben rådgivning today.</translation>
    </message>
    <message>
      <source>Ingen ændringer fra kolleger.</source>
      <translation>No changes by colleagues.</translation>
    </message>
    <message>
      <source>Kom ikke</source>
      <translation>Did not come</translation>
    </message>
    <message numerus="yes">
      <source>Mine frister (%n)</source>
      <translation>
        <numerusform>My deadlines (%n)</numerusform>
        <numerusform>My deadlines (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Mine møder i dag (og tidligere uden udfald)</source>
      <translation>My meetings today (and earlier ones without an outcome)</translation>
    </message>
    <message>
      <source>Møde</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Møde booket {when}</source>
      <translation>Meeting booked {when}</translation>
    </message>
    <message>
      <source>Opdatér I dag</source>
      <translation>Refresh Today</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/today_page.py" />
      <source>Overskredet</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Overskredne frister og frister denne uge</source>
      <translation>Overdue deadlines and deadlines this week</translation>
    </message>
    <message>
      <source>Registreret: {outcome}, {name} ({kind}).</source>
      <translation>Recorded: {outcome}, {name} ({kind}).</translation>
    </message>
    <message>
      <source>Snart</source>
      <translation>Soon</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Tid</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tolk</source>
      <translation>Interpreter</translation>
    </message>
    <message>
      <source>Udfald</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Vælg en frist i listen, og book et møde til den.</source>
      <translation>Choose a due item in the list, and book a meeting for it.</translation>
    </message>
    <message>
      <source>fredag</source>
      <translation>Friday</translation>
    </message>
    <message>
      <source>lørdag</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <source>mandag</source>
      <translation>Monday</translation>
    </message>
    <message>
      <source>onsdag</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <source>søndag</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <source>tirsdag</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <source>torsdag</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <source>Åben rådgivning</source>
      <translation>Åben rådgivning</translation>
    </message>
    <message>
      <source>Åben rådgivning i dag: {hours}</source>
      <translation>Åben rådgivning today: {hours}</translation>
    </message>
    <message numerus="yes">
      <source>Ændringer den seneste uge (%n)</source>
      <translation>
        <numerusform>Changes this past week (%n)</numerusform>
        <numerusform>Changes this past week (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Ændringer i mine borgere, også fra de andre arbejdsstationer</source>
      <translation>Changes in my citizens' cases, also from the other workstations</translation>
    </message>
    <message numerus="yes">
      <source>Ændringer siden sidst (%n)</source>
      <translation>
        <numerusform>Changes since last time (%n)</numerusform>
        <numerusform>Changes since last time (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ToolsDialog</name>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/tools_widget.py" />
      <source>Værktøjer til branchen</source>
      <translation>Tools for the industry</translation>
    </message>
  </context>
  <context>
    <name>ToolsWidget</name>
    <message numerus="yes">
      <source>%n værktøj(er). Appen laver ikke selv indholdet: her er det, kontoret har lagt ind.</source>
      <translation>
        <numerusform>%n tool. The app makes no content itself: here is what the office has added.</numerusform>
        <numerusform>%n tools. The app makes no content itself: here is what the office has added.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Branche:</source>
      <translation>&amp;Industry:</translation>
    </message>
    <message>
      <source>&amp;Fjern</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>&amp;Gem fil som …</source>
      <translation>&amp;Save file as …</translation>
    </message>
    <message>
      <source>&amp;Åbn</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>Alle filer (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <source>Alle sprog</source>
      <translation>All languages</translation>
    </message>
    <message>
      <source>Branche</source>
      <translation>Industry</translation>
    </message>
    <message>
      <source>Branche, fx rengøring (tom: alle)</source>
      <translation>Industry, e.g. cleaning (empty: all)</translation>
    </message>
    <message>
      <source>Brancher</source>
      <translation>Industries</translation>
    </message>
    <message>
      <source>Brancher (adskilt med komma; tom: alle)</source>
      <translation>Industries (comma-separated; empty: all)</translation>
    </message>
    <message>
      <source>Dokumenter og billeder (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt *.png *.jpg *.jpeg)</source>
      <translation>Documents and pictures (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Et link har ingen fil; brug Åbn.</source>
      <translation>A link has no file; use Open.</translation>
    </message>
    <message>
      <source>Fil, {size}</source>
      <translation>File, {size}</translation>
    </message>
    <message>
      <source>Filen kopieres ind i kontorets krypterede data (højst {mb} MB).</source>
      <translation>The file is copied into the office's encrypted data (at most {mb} MB).</translation>
    </message>
    <message>
      <source>Gem fil</source>
      <translation>Save file</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Link (https://…)</source>
      <translation>Link (https://…)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Sprog (adskilt med komma)</source>
      <translation>Languages (comma-separated)</translation>
    </message>
    <message>
      <source>Tilføj &amp;fil …</source>
      <translation>Add &amp;file …</translation>
    </message>
    <message>
      <source>Tilføj &amp;link …</source>
      <translation>Add &amp;link …</translation>
    </message>
    <message>
      <source>Tilføj fil</source>
      <translation>Add file</translation>
    </message>
    <message>
      <source>Tilføj link</source>
      <translation>Add link</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Vælg et værktøj på listen.</source>
      <translation>Choose a tool in the list.</translation>
    </message>
    <message>
      <source>Vælg fil til værktøjskassen</source>
      <translation>Choose a file for the tool library</translation>
    </message>
    <message>
      <source>alle</source>
      <translation>all</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>&amp;Adgangskode:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>&amp;Annullér</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>&amp;Brugernavn:</source>
      <translation>&amp;Username:</translation>
    </message>
    <message>
      <source>&amp;Log ind</source>
      <translation>&amp;Log in</translation>
    </message>
    <message>
      <source>Adgangskode</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Brugernavn</source>
      <translation>Username</translation>
    </message>
    <message>
      <source>Fremskudt er låst. Skriv din adgangskode, eller log ind som en anden.</source>
      <translation>Fremskudt is locked. Type your password, or log in as someone else.</translation>
    </message>
    <message>
      <source>Log ind som en anden medarbejder.</source>
      <translation>Log in as another staff member.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/login_dialog.py" />
      <source>Skift bruger</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <source>Skærmen er låst</source>
      <translation>The screen is locked</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>&amp;Opret kontoret</source>
      <translation>&amp;Create the office</translation>
    </message>
    <message>
      <source>&amp;Prøv med demodata</source>
      <translation>&amp;Try with demo data</translation>
    </message>
    <message>
      <source>&amp;Tilslut et eksisterende kontor</source>
      <translation>&amp;Join an existing office</translation>
    </message>
    <message>
      <source>Arbejdsredskab til den fremskudte beskæftigelsesindsats.</source>
      <translation>The work tool of the outreach employment effort.</translation>
    </message>
    <message>
      <source>Denne computer har endnu ingen database. Opret kontoret, hvis I skal i gang med rigtige borgere, tilslut computeren et kontor, der allerede bruger Fremskudt, eller prøv programmet med fiktive demodata først.</source>
      <translation>This computer has no database yet. Create the office if you are starting with real citizens, join this computer to an office that already uses Fremskudt, or try the program with fictitious demo data first.</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/setup_wizard.py" />
      <source>Velkommen til Fremskudt</source>
      <translation>Welcome to Fremskudt</translation>
    </message>
  </context>
  <context>
    <name>WorkstationsPage</name>
    <message>
      <source> (denne)</source>
      <translation> (this one)</translation>
    </message>
    <message numerus="yes">
      <source>%n adresser gemt.</source>
      <translation>
        <numerusform>%n address saved.</numerusform>
        <numerusform>%n addresses saved.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Gem adresser</source>
      <translation>&amp;Save addresses</translation>
    </message>
    <message>
      <source>&amp;Omdøb …</source>
      <translation>&amp;Rename …</translation>
    </message>
    <message>
      <source>&amp;Synkronisér via mappe …</source>
      <translation>&amp;Synchronise through folder …</translation>
    </message>
    <message>
      <source>&amp;Tilføj arbejdsstation …</source>
      <translation>&amp;Add workstation …</translation>
    </message>
    <message>
      <source>(denne)</source>
      <translation>(this one)</translation>
    </message>
    <message>
      <source>(oprettede kontoret)</source>
      <translation>(created the office)</translation>
    </message>
    <message>
      <source>1 adresse gemt.</source>
      <translation>1 address saved.</translation>
    </message>
    <message>
      <source>Adresser på kontorets net</source>
      <translation>Addresses on the office's network</translation>
    </message>
    <message>
      <source>Adresser:</source>
      <translation>Addresses:</translation>
    </message>
    <message>
      <source>Afvist {file}: {reason}</source>
      <translation>Refused {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../work/main/app/ui/workstations_page.py" />
      <source>Alle arbejdsstationer har hele kontorets data. På kontorets net synkroniserer de af sig selv; uden net bruges en mappe (en USB-nøgle eller et fælles drev). Denne arbejdsstation: &lt;b&gt;{name}&lt;/b&gt;, fingeraftryk {fp}.</source>
      <translation>Every workstation holds all of the office's data. On the office's network they sync by themselves; without the network a folder is used (a USB stick or a shared drive). This workstation: &lt;b&gt;{name}&lt;/b&gt;, fingerprint {fp}.</translation>
    </message>
    <message>
      <source>Bogstav</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Enhed</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Forbundet</source>
      <translation>Connected</translation>
    </message>
    <message>
      <source>Indlæst {file}: {n} poster, {c} konflikter</source>
      <translation>Applied {file}: {n} records, {c} conflicts</translation>
    </message>
    <message>
      <source>Intet nyt i mappen, og intet at sende.</source>
      <translation>Nothing new in the folder, and nothing to send.</translation>
    </message>
    <message>
      <source>Konflikter</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>Konflikter og ventende rækker</source>
      <translation>Conflicts and waiting rows</translation>
    </message>
    <message>
      <source>Kontorets arbejdsstationer</source>
      <translation>The office's workstations</translation>
    </message>
    <message>
      <source>Kun hvis de ikke finder hinanden selv: fx 192.168.1.20:{port}, 192.168.1.21:{port}</source>
      <translation>Only if they do not find each other: e.g. 192.168.1.20:{port}, 192.168.1.21:{port}</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Optaget af</source>
      <translation>Admitted by</translation>
    </message>
    <message>
      <source>Optaget: {name} (fingeraftryk {fp})</source>
      <translation>Admitted: {name} (fingerprint {fp})</translation>
    </message>
    <message>
      <source>Resultat af synkroniseringen</source>
      <translation>Result of the synchronisation</translation>
    </message>
    <message>
      <source>Sender og henter ændringer hos de andre arbejdsstationer …</source>
      <translation>Sending and fetching changes with the other workstations …</translation>
    </message>
    <message>
      <source>Sidst modtaget</source>
      <translation>Last received</translation>
    </message>
    <message>
      <source>Sidste kontakt</source>
      <translation>Last contact</translation>
    </message>
    <message>
      <source>Skrevet {file}: {n} poster</source>
      <translation>Written {file}: {n} records</translation>
    </message>
    <message>
      <source>Synkroniserer via {folder} …</source>
      <translation>Synchronising through {folder} …</translation>
    </message>
    <message>
      <source>Synkroniseret via {folder}:</source>
      <translation>Synchronised through {folder}:</translation>
    </message>
    <message>
      <source>Synkronisering på kontorets net kører ikke på denne arbejdsstation (kontoret har kun én, eller porten er optaget). Brug en mappe.</source>
      <translation>Sync over the office's network is not running on this workstation (the office has only one, or the port is taken). Use a folder.</translation>
    </message>
    <message>
      <source>Synkronisér &amp;nu</source>
      <translation>Sync &amp;now</translation>
    </message>
    <message>
      <source>Tilbage&amp;kald …</source>
      <translation>Re&amp;voke …</translation>
    </message>
    <message>
      <source>Tilbagekaldt</source>
      <translation>Revoked</translation>
    </message>
    <message>
      <source>Tilsluttet</source>
      <translation>Joined</translation>
    </message>
    <message>
      <source>Venter derfra</source>
      <translation>Waiting from there</translation>
    </message>
    <message>
      <source>Venter herfra</source>
      <translation>Waiting from here</translation>
    </message>
    <message>
      <source>Venter {file}: {reason}</source>
      <translation>Waiting {file}: {reason}</translation>
    </message>
    <message>
      <source>Vælg den arbejdsstation, der skal omdøbes.</source>
      <translation>Select the workstation to rename.</translation>
    </message>
    <message>
      <source>Vælg en anden arbejdsstation, der ikke allerede er tilbagekaldt.</source>
      <translation>Choose another workstation that is not already revoked.</translation>
    </message>
    <message>
      <source>Vælg mappen, fx USB-nøglen</source>
      <translation>Choose the folder, e.g. the USB stick</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <source>online</source>
      <translation>online</translation>
    </message>
    <message>
      <source>ukendt</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>{n} rækker venter på en række, der ikke er kommet endnu.</source>
      <translation>{n} rows wait for a row that has not arrived yet.</translation>
    </message>
    <message>
      <source>Åbne konflikter: {c}   ·   Rækker, der venter på en anden række: {p}</source>
      <translation>Open conflicts: {c}   ·   Rows waiting for another row: {p}</translation>
    </message>
    <message>
      <source>ændring nr. {n}</source>
      <translation>change no. {n}</translation>
    </message>
    <message>
      <source>ændring nr. {n}, {when}</source>
      <translation>change no. {n}, {when}</translation>
    </message>
  </context>
</TS>
