<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Homing::AttentionFix</name>
    <message>
        <location filename="../ui/attentionfix.cpp" line="+25"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit host…</source>
        <translation>Host bearbeiten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-enter password…</source>
        <translation>Passwort neu eingeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enter key…</source>
        <translation>Schlüssel neu eingeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enter token…</source>
        <translation>Token neu eingeben…</translation>
    </message>
</context>
<context>
    <name>Homing::Autostart</name>
    <message>
        <location filename="../ui/platform/autostart.cpp" line="+80"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Homing::DesktopController</name>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="+128"/>
        <source>The address sources disagree about the public %1 address; nothing is published until enough agree. %2</source>
        <translation>Die Adressquellen sind sich über die öffentliche %1-Adresse uneinig; nichts wird veröffentlicht, bis genügend übereinstimmen. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Public IPv4</source>
        <translation>Öffentliche IPv4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public IPv6</source>
        <translation>Öffentliche IPv6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (agreed: %3)</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; (übereinstimmend: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;i&gt;offline&lt;/i&gt;</source>
        <translation>&lt;i&gt;offline&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address: not detected yet</source>
        <translation>Öffentliche Adresse: noch nicht erkannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords are kept in your desktop&apos;s keychain.</source>
        <translation>Passwörter liegen im Schlüsselbund Ihres Desktops.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords are kept in a private file that only you can read.</source>
        <translation>Passwörter liegen in einer privaten Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords are kept in memory only, until Homing quits.</source>
        <translation>Passwörter liegen nur im Arbeitsspeicher, bis Homing beendet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: nothing is sent until the network is back.</source>
        <translation>Offline: Nichts wird gesendet, bis das Netzwerk zurück ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online; next check at %1.</source>
        <translation>Online; nächste Prüfung um %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online.</source>
        <translation>Online.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>offline; nothing is sent until the network is back</source>
        <translation>offline; nichts wird gesendet, bis das Netzwerk zurück ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checking…</source>
        <translation>prüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no hosts yet</source>
        <translation>noch keine Hosts</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n host(s) need your attention</source>
        <translation>
            <numerusform>%n Host braucht Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n Hosts brauchen Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed behind your back</source>
        <translation>%1 wurde hinter Ihrem Rücken geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name servers answer another address for %1</source>
        <translation>die Nameserver antworten für %1 mit einer anderen Adresse</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n host(s) could not be updated; retrying</source>
        <translation>
            <numerusform>%n Host konnte nicht aktualisiert werden; neuer Versuch folgt</numerusform>
            <numerusform>%n Hosts konnten nicht aktualisiert werden; neuer Versuch folgt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not yet answered by all its name servers</source>
        <translation>%1 wird noch nicht von allen seinen Nameservern beantwortet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) up to date</source>
        <translation>
            <numerusform>%n Host aktuell</numerusform>
            <numerusform>%n Hosts aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Diagnostics copied to the clipboard (secrets removed).</source>
        <translation>Diagnose in die Zwischenablage kopiert (Geheimnisse entfernt).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Restart Homing</source>
        <translation>Homing neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing uses the new place for passwords after a restart. Enter the passwords of your hosts again then.</source>
        <translation>Homing verwendet den neuen Ort für Passwörter nach einem Neustart. Geben Sie dann die Passwörter Ihrer Hosts erneut ein.</translation>
    </message>
</context>
<context>
    <name>Homing::DesktopNotifier</name>
    <message>
        <location filename="../ui/notify/desktopnotifier.cpp" line="+48"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Homing::HistoryModel</name>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="+48"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will retry</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs you</source>
        <translation>Braucht Sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No address</source>
        <translation>Keine Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propagating</source>
        <translation>Wird verbreitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unverifiable</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed behind your back</source>
        <translation>Hinter Ihrem Rücken geändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retrying at %1</source>
        <translation>Neuer Versuch um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying on %1</source>
        <translation>Neuer Versuch am %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address detected</source>
        <translation>Adresse erkannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update sent</source>
        <translation>Aktualisierung gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider replied</source>
        <translation>Anbieter hat geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS check</source>
        <translation>DNS-Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS check failed</source>
        <translation>DNS-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources disagree</source>
        <translation>Quellen uneinig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken offline</source>
        <translation>Offline genommen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old address</source>
        <translation>Alte Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Homing::HostDetailPane</name>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="+40"/>
        <source>Name servers</source>
        <translation>Nameserver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show events</source>
        <translation>Ereignisse anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address changes</source>
        <translation>Adressänderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates and replies</source>
        <translation>Aktualisierungen und Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS checks</source>
        <translation>DNS-Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Search the timeline</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Event in full</source>
        <translation>Ereignis vollständig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a host to see its timeline.</source>
        <translation>Wählen Sie einen Host, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Timeline of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf von %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export timeline</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Homing::HostEditController</name>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="+71"/>
        <source>The provider refused the stored one. Enter it again and save: Homing then sends the update at once.</source>
        <translation>Der Anbieter hat das gespeicherte abgelehnt. Geben Sie es erneut ein und speichern Sie: Homing sendet die Aktualisierung dann sofort.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was saved; your input is still here.</source>
        <translation>Nichts wurde gespeichert; Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The provider accepted these settings.</source>
        <translation>Der Anbieter hat diese Einstellungen angenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider could not tell now: %1</source>
        <translation>Der Anbieter konnte es gerade nicht sagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testing… waiting for the provider&apos;s rate limit (next in line)</source>
        <translation>Test… wartet auf das Ratenlimit des Anbieters (als Nächstes dran)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Testing… waiting for the provider&apos;s rate limit (%n ahead)</source>
        <translation>
            <numerusform>Test… wartet auf das Ratenlimit des Anbieters (%n davor)</numerusform>
            <numerusform>Test… wartet auf das Ratenlimit des Anbieters (%n davor)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove host</source>
        <translation>Host entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1? Homing stops updating it and deletes its password from the keychain. The DNS record itself is left as it is.</source>
        <translation>%1 entfernen? Homing aktualisiert ihn nicht mehr und löscht sein Passwort aus dem Schlüsselbund. Der DNS-Eintrag selbst bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was not removed</source>
        <translation>%1 wurde nicht entfernt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The host stays so that its password is not left behind; try again once the keychain works.</source>
        <translation>Der Host bleibt bestehen, damit sein Passwort nicht zurückbleibt; versuchen Sie es erneut, sobald der Schlüsselbund funktioniert.</translation>
    </message>
</context>
<context>
    <name>Homing::HostEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="+68"/>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Address source</source>
        <translation>Adressquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All configured sources (default)</source>
        <translation>Alle eingerichteten Quellen (Standard)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address s&amp;ource:</source>
        <translation>Adress&amp;quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the name offline when this machine &amp;goes away</source>
        <translation>Namen offline nehmen, wenn dieser Rechner &amp;geht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Addresses to point the name at while the machine is away</source>
        <translation>Adressen, auf die der Name zeigt, solange der Rechner weg ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0.0.0.0, ::</source>
        <translation>z. B. 0.0.0.0, ::</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point it &amp;at:</source>
        <translation>&amp;Zeigen auf:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Search providers</source>
        <translation>Anbieter suchen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Type to search %n provider(s)</source>
        <translation>
            <numerusform>Tippen, um %n Anbieter zu durchsuchen</numerusform>
            <numerusform>Tippen, um %n Anbieter zu durchsuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find provider:</source>
        <translation>Anbieter &amp;finden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv&amp;4 (A record)</source>
        <translation>IPv&amp;4 (A-Eintrag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IPv&amp;6 (AAAA record)</source>
        <translation>IPv&amp;6 (AAAA-Eintrag)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv6 address to publish</source>
        <translation>Zu veröffentlichende IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable address (not temporary)</source>
        <translation>Stabile Adresse (nicht temporär)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current temporary (privacy) address</source>
        <translation>Aktuelle temporäre Adresse (Datenschutz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current prefix with a fixed interface ID</source>
        <translation>Aktuelles Präfix mit fester Schnittstellenkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv6 polic&amp;y:</source>
        <translation>IPv6-&amp;Richtlinie:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TT&amp;L:</source>
        <translation>TT&amp;L:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow p&amp;rivate (LAN) addresses</source>
        <translation>&amp;Private (LAN-)Adressen erlauben</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Short is safer: resolvers soon forget an old address, which may be someone else&apos;s machine by then.</source>
        <translation>Kurz ist sicherer: Resolver vergessen eine alte Adresse bald, und bis dahin kann sie der Rechner eines anderen sein.</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>&quot;%1&quot; is not an IP address; enter one IPv4 and/or one IPv6 address, e.g. 0.0.0.0, ::</source>
        <translation>„%1“ ist keine IP-Adresse; geben Sie eine IPv4- und/oder eine IPv6-Adresse ein, z. B. 0.0.0.0, ::</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter at most one IPv4 and one IPv6 address.</source>
        <translation>Geben Sie höchstens eine IPv4- und eine IPv6-Adresse ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the address to point the name at while the machine is away, for the families it publishes: 0.0.0.0 and :: lead nowhere.</source>
        <translation>Geben Sie die Adresse ein, auf die der Name zeigen soll, solange der Rechner weg ist, für die Familien, die er veröffentlicht: 0.0.0.0 und :: führen nirgendwohin.</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>IPv6 interface identifier</source>
        <translation>IPv6-Schnittstellenkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interface ID:</source>
        <translation>Schnitt&amp;stellenkennung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time to live in seconds</source>
        <translation>Gültigkeitsdauer (TTL) in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish addresses such as 192.168.x.x or fd00::/8; normally refused.</source>
        <translation>Adressen wie 192.168.x.x oder fd00::/8 veröffentlichen; normalerweise abgelehnt.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>already stored; leave empty to keep it</source>
        <translation>bereits gespeichert; leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit: %1</source>
        <translation>Ratenbegrenzung: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lowest (%1 s)</source>
        <translation>Niedrigste (%1 s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by %1</source>
        <translation>Von %1 festgelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not let clients set the TTL; it decides how long resolvers keep the address.</source>
        <translation>%1 lässt Clients die TTL nicht festlegen; der Dienst bestimmt, wie lange Resolver die Adresse behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepts %2 s at the least. %3</source>
        <translation>%1 akzeptiert mindestens %2 s. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server decides the least TTL. %1</source>
        <translation>Ihr Server bestimmt die kleinste TTL. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On quit, sleep and shutdown. Once the machine is gone its old address may be given to someone else, and the name would lead visitors to them. %1</source>
        <translation>Beim Beenden, im Ruhezustand und beim Herunterfahren. Ist der Rechner weg, kann seine alte Adresse an jemand anderen gehen, und der Name würde Besucher zu ihm führen. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks the credentials with a harmless call; DNS is not changed.</source>
        <translation>Prüft die Zugangsdaten mit einem harmlosen Aufruf; das DNS wird nicht geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no harmless call to check credentials with; Save and watch the first update in the timeline instead.</source>
        <translation>%1 bietet keinen harmlosen Aufruf zum Prüfen der Zugangsdaten; speichern Sie und beobachten Sie stattdessen die erste Aktualisierung im Verlauf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paste the key block from tsig-keygen (BIND), keymgr -t (Knot) or pdnsutil generate-tsig-key (PowerDNS)</source>
        <translation>Fügen Sie den Schlüsselblock aus tsig-keygen (BIND), keymgr -t (Knot) oder pdnsutil generate-tsig-key (PowerDNS) ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste key block</source>
        <translation>Schlüsselblock einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste key block (optional):</source>
        <translation>Schlüsselblock einfügen (optional):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Key &quot;%1&quot; (%2) filled in below.</source>
        <translation>Schlüssel „%1“ (%2) unten eingetragen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose IPv4, IPv6 or both.</source>
        <translation>Wählen Sie IPv4, IPv6 oder beides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the interface identifier as an IPv6 address, such as ::1234:5678:9abc:def0.</source>
        <translation>Geben Sie die Schnittstellenkennung als IPv6-Adresse ein, z. B. ::1234:5678:9abc:def0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 accepts %2 s at the least; enter %2 or more, or 0 for the lowest.</source>
        <translation>%1 akzeptiert mindestens %2 s; geben Sie %2 oder mehr ein, oder 0 für die niedrigste.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Homing::HostTableModel</name>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="+92"/>
        <location line="+21"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Waiting for first check</source>
        <translation>Wartet auf die erste Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying</source>
        <translation>Wird bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propagating</source>
        <translation>Wird verbreitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will retry</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken offline</source>
        <translation>Offline genommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot store its state</source>
        <translation>Sein Zustand kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Propagating %1/%2</source>
        <extracomment>n of m name servers answer the new address so far</extracomment>
        <translation>Verbreitet sich %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unverifiable</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+4"/>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not checked yet: Homing asks the zone&apos;s own name servers after each update the provider accepts.</source>
        <translation>Noch nicht geprüft: Homing fragt die eigenen Nameserver der Zone nach jedem Update, das der Anbieter annimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: asking the zone&apos;s own name servers is switched off (&quot;verify&quot;: false in the configuration).</source>
        <translation>Nicht geprüft: das Fragen der eigenen Nameserver der Zone ist ausgeschaltet (&quot;verify&quot;: false in der Konfiguration).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whether the world sees the address: Homing asks the zone&apos;s own name servers, the ones everyone else&apos;s lookups end at, and Verified means they all answer the address Homing published. Propagating: some do not yet, which is normal for a short while after an update. Mismatch: one still answers something else. Unverifiable: none could be asked. Point at a cell for each server&apos;s answer.</source>
        <translation>Ob die Welt die Adresse sieht: Homing fragt die eigenen Nameserver der Zone, bei denen alle Abfragen anderer enden, und Bestätigt heißt, dass alle die von Homing veröffentlichte Adresse nennen. Verbreitet sich: einige noch nicht, was kurz nach einem Update normal ist. Abweichung: einer antwortet noch etwas anderes. Nicht prüfbar: keiner konnte gefragt werden. Zeigen Sie auf eine Zelle für die Antwort jedes Servers.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next check</source>
        <translation>Nächste Prüfung</translation>
    </message>
</context>
<context>
    <name>Homing::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="+55"/>
        <source>Import configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which configuration?</source>
        <translation>Welche Konfiguration?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing reads the file of ddclient, inadyn, ddns-updater or ddns-go and shows what it would take over. The file itself is never changed.</source>
        <translation>Homing liest die Datei von ddclient, inadyn, ddns-updater oder ddns-go und zeigt, was es übernehmen würde. Die Datei selbst wird nie verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found on this computer:</source>
        <translation>Auf diesem Rechner gefunden:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any file, e.g. a copy of /etc/ddclient.conf</source>
        <translation>Eine beliebige Datei, z. B. eine Kopie von /etc/ddclient.conf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Recognise it</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ddclient 3.10 or older</source>
        <translation>ddclient 3.10 oder älter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddclient 3.11 or 4.x</source>
        <translation>ddclient 3.11 oder 4.x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inadyn 1.x</source>
        <translation>inadyn 1.x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inadyn 2.x</source>
        <translation>inadyn 2.x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddclient 3.10 and 4.x read the same file differently (continuation lines, repeated hosts).</source>
        <translation>ddclient 3.10 und 4.x lesen dieselbe Datei unterschiedlich (Fortsetzungszeilen, wiederholte Hosts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the hosts to take over. Their secrets go to the keychain, never to a file.</source>
        <translation>Haken Sie die Hosts an, die übernommen werden sollen. Ihre Geheimnisse kommen in den Schlüsselbund, nie in eine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secrets to the keychain</source>
        <translation>Geheimnisse für den Schlüsselbund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings and notes</source>
        <translation>Einstellungen und Hinweise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not imported, and why:</source>
        <translation>Nicht importiert, und warum:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave them as they are</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update them with the imported settings</source>
        <translation>Mit den importierten Einstellungen aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts Homing already has:</source>
        <translation>Hosts, die Homing bereits hat:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once Homing updates your hosts, stop the old client so that the two do not both update them. Run this yourself in a terminal; Homing does not run it:</source>
        <translation>Sobald Homing Ihre Hosts aktualisiert, beenden Sie den alten Client, damit nicht beide sie aktualisieren. Führen Sie dies selbst in einem Terminal aus; Homing führt es nicht aus:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  (%2, readable by root only: choose a copy with &quot;Choose a file…&quot;)</source>
        <translation>%1  (%2, nur für root lesbar: Wählen Sie eine Kopie mit „Datei auswählen…“)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No configuration found at the usual places; choose a file below.</source>
        <translation>An den üblichen Orten wurde keine Konfiguration gefunden; wählen Sie unten eine Datei.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 can be read only by root. Copy it where you can read it, e.g. with
sudo cat %1 &gt; ~/%2
and choose the copy.</source>
        <translation>%1 kann nur von root gelesen werden. Kopieren Sie die Datei an einen Ort, an dem Sie sie lesen können, z. B. mit
sudo cat %1 &gt; ~/%2
und wählen Sie die Kopie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a configuration to import</source>
        <translation>Zu importierende Konfiguration auswählen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: missing, enter it later</source>
        <translation>%1: fehlt, später eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last published %1</source>
        <translation>zuletzt veröffentlicht %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already configured</source>
        <translation>bereits eingerichtet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No address source to add: Homing&apos;s own sources detect the address.</source>
        <translation>Keine Adressquelle hinzuzufügen: Homings eigene Quellen erkennen die Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address sources to add: %1</source>
        <translation>Hinzuzufügende Adressquellen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything in the file can be imported.</source>
        <translation>Alles in der Datei kann importiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read %1 as %2 %3.</source>
        <translation>%1 als %2 %3 gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick at least one host.</source>
        <translation>Haken Sie mindestens einen Host an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing the secrets in the keychain…</source>
        <translation>Die Geheimnisse werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n host(s) added.</source>
        <translation>
            <numerusform>%n Host hinzugefügt.</numerusform>
            <numerusform>%n Hosts hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) updated.</source>
        <translation>
            <numerusform>%n Host aktualisiert.</numerusform>
            <numerusform>%n Hosts aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left as they were: %1.</source>
        <translation>Unverändert gelassen: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n secret(s) stored in the keychain.</source>
        <translation>
            <numerusform>%n Geheimnis im Schlüsselbund gespeichert.</numerusform>
            <numerusform>%n Geheimnisse im Schlüsselbund gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n address source(s) added.</source>
        <translation>
            <numerusform>%n Adressquelle hinzugefügt.</numerusform>
            <numerusform>%n Adressquellen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) start from the address the old client last published, so nothing is sent until it changes.</source>
        <translation>
            <numerusform>%n Host beginnt mit der Adresse, die der alte Client zuletzt veröffentlicht hat, daher wird nichts gesendet, bis sie sich ändert.</numerusform>
            <numerusform>%n Hosts beginnen mit der Adresse, die der alte Client zuletzt veröffentlicht hat, daher wird nichts gesendet, bis sie sich ändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::MainWindow</name>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="+43"/>
        <source>Homing</source>
        <translation>Homing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public addresses</source>
        <translation>Öffentliche Adressen</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+94"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Add host…</source>
        <translation>Host &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit host…</source>
        <translation>Host &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove host…</source>
        <translation>Host &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>&amp;Update now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+122"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>&amp;Import configuration…</source>
        <translation>Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit Homing</source>
        <translation>Homing &amp;beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Homing</source>
        <translation>&amp;Homing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H&amp;osts</source>
        <translation>H&amp;osts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;h2&gt;No hosts yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine Hosts&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the host name you want to keep pointing at this machine.
Homing will update it whenever your public address changes.</source>
        <translation>Fügen Sie den Hostnamen hinzu, der immer auf diesen Rechner zeigen soll.
Homing aktualisiert ihn, sobald sich Ihre öffentliche Adresse ändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add your first host…</source>
        <translation>Ersten Host hinzufügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from ddclient, inadyn, ddns-updater or ddns-go…</source>
        <translation>Aus ddclient, inadyn, ddns-updater oder ddns-go importieren…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Update all now</source>
        <translation>Alle jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1 needs you.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 braucht Sie.&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>Homing::NotificationCenter</name>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="+57"/>
        <source>Your public IPv4 address changed</source>
        <translation>Ihre öffentliche IPv4-Adresse hat sich geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your public IPv6 address changed</source>
        <translation>Ihre öffentliche IPv6-Adresse hat sich geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No host follows this address.</source>
        <translation>Kein Host folgt dieser Adresse.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Followed by %n host(s): %1</source>
        <translation>
            <numerusform>Gefolgt von %n Host: %1</numerusform>
            <numerusform>Gefolgt von %n Hosts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs your attention</source>
        <translation>%1 braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Homing to see what happened.</source>
        <translation>Öffnen Sie Homing, um zu sehen, was passiert ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is working again</source>
        <translation>%1 funktioniert wieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider accepted the update; nothing more to do.</source>
        <translation>Der Anbieter hat die Aktualisierung angenommen; es ist nichts weiter zu tun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → no record</source>
        <translation>%1 → kein Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zone&apos;s name servers no longer answer the address Homing published.</source>
        <translation>Die Nameserver der Zone antworten nicht mehr mit der Adresse, die Homing veröffentlicht hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The zone&apos;s name servers answer an address Homing did not publish.</source>
        <translation>Die Nameserver der Zone antworten mit einer Adresse, die Homing nicht veröffentlicht hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homing is sending its address again.</source>
        <translation>Homing sendet seine Adresse erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Restore to send Homing&apos;s address again.</source>
        <translation>Wählen Sie „Wiederherstellen“, um Homings Adresse erneut zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed behind your back</source>
        <translation>%1 wurde hinter Ihrem Rücken geändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People whose lookups end at those servers reach another machine. The host&apos;s timeline says which server answers what.</source>
        <translation>Wessen Abfragen bei diesen Servern enden, erreicht einen anderen Rechner. Der Verlauf des Hosts zeigt, welcher Server was antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the name servers answer another address</source>
        <translation>%1: die Nameserver antworten mit einer anderen Adresse</translation>
    </message>
</context>
<context>
    <name>Homing::SecretProblem</name>
    <message>
        <location filename="../ui/secretproblem.cpp" line="+21"/>
        <source>No keychain is available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing keeps passwords in the desktop keychain (the Secret Service), but none is running in this session. Start GNOME Keyring or KWallet (on Debian: install gnome-keyring and log in again), then press Save again. On a machine without a keychain you can choose to keep secrets in a private file instead, in Settings.</source>
        <translation>Homing bewahrt Passwörter im Schlüsselbund des Desktops auf (dem Secret Service), aber in dieser Sitzung läuft keiner. Starten Sie GNOME Keyring oder KWallet (unter Debian: gnome-keyring installieren und neu anmelden) und klicken Sie dann erneut auf Speichern. Auf einem Rechner ohne Schlüsselbund können Sie in den Einstellungen wählen, Geheimnisse stattdessen in einer privaten Datei aufzubewahren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked</source>
        <translation>Der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your keyring is locked, so the password could not be stored. Unlock it (for example by opening &quot;Passwords and Keys&quot; and entering your login password), then press Save again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher konnte das Passwort nicht gespeichert werden. Entsperren Sie ihn (zum Beispiel, indem Sie „Passwörter und Verschlüsselung“ öffnen und Ihr Anmeldepasswort eingeben) und klicken Sie dann erneut auf Speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keychain was refused</source>
        <translation>Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain refused to let Homing store the password, or the request was cancelled. Press Save again and allow access when the keychain asks.</source>
        <translation>Der Schlüsselbund hat Homing das Speichern des Passworts verweigert, oder die Anfrage wurde abgebrochen. Klicken Sie erneut auf Speichern und erlauben Sie den Zugriff, wenn der Schlüsselbund fragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain did not answer</source>
        <translation>Der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to answer a prompt (such as unlocking the keyring); answer it, then press Save again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Vielleicht wartet er auf eine Eingabe von Ihnen (etwa zum Entsperren des Schlüsselbunds); beantworten Sie sie und klicken Sie dann erneut auf Speichern.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Vielleicht wartet er auf eine Eingabe von Ihnen (etwa zum Entsperren des Schlüsselbunds); beantworten Sie sie und klicken Sie dann erneut auf Speichern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password was not found</source>
        <translation>Das Passwort wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password is stored for this host in %1. Enter it again and press Save.</source>
        <translation>Für diesen Host ist in %1 kein Passwort gespeichert. Geben Sie es erneut ein und klicken Sie auf Speichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain reported an error</source>
        <translation>Der Schlüsselbund meldete einen Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported: %2
Press Save to try again.</source>
        <translation>%1 meldete: %2
Klicken Sie auf Speichern, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>Homing::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+60"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing shows the chosen language the next time it starts.</source>
        <translation>Homing zeigt die gewählte Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Homing settings</source>
        <translation>Homing-Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Homing when I &amp;log in</source>
        <translation>Homing beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;minimized to the tray</source>
        <translation>&amp;Minimiert im Systemabschnitt der Kontrollleiste starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notify when a host &amp;needs my attention</source>
        <translation>Benachrichtigen, wenn ein Host meine A&amp;ufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify when a host &amp;works again</source>
        <translation>Benachrichtigen, wenn ein Host &amp;wieder funktioniert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking and updating</source>
        <translation>Prüfen und Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the public address every (seconds)</source>
        <translation>Die öffentliche Adresse prüfen alle (Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address &amp;every:</source>
        <translation>Adresse prüfen al&amp;le:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address sources</source>
        <translation>Adressquellen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Address so&amp;urces:</source>
        <translation>Adress&amp;quellen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources that must ag&amp;ree:</source>
        <translation>Quellen, die überei&amp;nstimmen müssen:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Log le&amp;vel:</source>
        <translation>Proto&amp;kollstufe:</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>How many sources must agree before a changed address is published.</source>
        <translation>Wie viele Quellen übereinstimmen müssen, bevor eine geänderte Adresse veröffentlicht wird.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Notify when the pu&amp;blic address changes</source>
        <translation>Benachrichtigen, wenn sich die öffentliche A&amp;dresse ändert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a web or DNS echo service, an interface, the router or a command.</source>
        <translation>Einen Web- oder DNS-Echodienst, eine Schnittstelle, den Router oder einen Befehl hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected source.</source>
        <translation>Die ausgewählte Quelle ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected source.</source>
        <translation>Die ausgewählte Quelle entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the selected source once now, as it is set here.</source>
        <translation>Die ausgewählte Quelle jetzt einmal fragen, so wie sie hier eingestellt ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;history for:</source>
        <translation>&amp;Verlauf aufbewahren für:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop keychain (recommended)</source>
        <translation>Schlüsselbund des Desktops (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private file readable only by me (no keychain on this machine)</source>
        <translation>Private Datei, nur für mich lesbar (kein Schlüsselbund auf diesem Rechner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing this does not move passwords already stored; enter them again.</source>
        <translation>Eine Änderung verschiebt bereits gespeicherte Passwörter nicht; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;passwords in:</source>
        <translation>&amp;Passwörter aufbewahren in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug (secrets stay redacted)</source>
        <translation>Debug (Geheimnisse bleiben geschwärzt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy &amp;diagnostics</source>
        <translation>Diagnose k&amp;opieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies version, settings and host states to the clipboard, with secrets removed.</source>
        <translation>Kopiert Version, Einstellungen und Host-Zustände in die Zwischenablage, ohne Geheimnisse.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 is the only enabled address source; Homing needs at least one. Add or enable another source first.</source>
        <translation>%1 ist die einzige eingeschaltete Adressquelle; Homing braucht mindestens eine. Fügen Sie zuerst eine andere Quelle hinzu oder schalten Sie eine ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes its address from %2 only; choose another source for it in the host editor first.</source>
        <translation>%1 bezieht seine Adresse nur von %2; wählen Sie dafür zuerst im Host-Editor eine andere Quelle.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was not asked: %2</source>
        <translation>%1 wurde nicht gefragt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gave no %2 address: %3</source>
        <translation>%1 lieferte keine %2-Adresse: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 antwortete %2 für %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing publishes it only for hosts that allow private addresses.</source>
        <translation>Homing veröffentlicht sie nur für Hosts, die private Adressen erlauben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homing does not publish it: %1.</source>
        <translation>Homing veröffentlicht sie nicht: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enable at least one address source.</source>
        <translation>Aktivieren Sie mindestens eine Adressquelle.</translation>
    </message>
</context>
<context>
    <name>Homing::SingleInstance</name>
    <message>
        <location filename="../ui/platform/singleinstance.cpp" line="+98"/>
        <source>The running Homing refused the request.</source>
        <translation>Das laufende Homing hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homing is already running but does not answer (%1).</source>
        <translation>Homing läuft bereits, antwortet aber nicht (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing is already running but did not answer in time.</source>
        <translation>Homing läuft bereits, hat aber nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>Homing::SourceEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/sourceeditordialog.cpp" line="+112"/>
        <source>Add address source</source>
        <translation>Adressquelle hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Web echo service (HTTPS)</source>
        <translation>Web-Echodienst (HTTPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS echo service</source>
        <translation>DNS-Echodienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network interface of this machine</source>
        <translation>Netzwerkschnittstelle dieses Rechners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router (UPnP-IGD)</source>
        <translation>Router (UPnP-IGD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command that prints the address</source>
        <translation>Befehl, der die Adresse ausgibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv&amp;4 URL:</source>
        <translation>IPv&amp;4-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv&amp;6 URL:</source>
        <translation>IPv&amp;6-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognize it (any of the ones below)</source>
        <translation>Automatisch erkennen (eines der folgenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just the address</source>
        <translation>Nur die Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON with an &quot;ip&quot; field</source>
        <translation>JSON mit einem Feld „ip“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloudflare trace (ip=…)</source>
        <translation>Cloudflare-Trace (ip=…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checkip page (Current IP Address: …)</source>
        <translation>checkip-Seite (Current IP Address: …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer &amp;format:</source>
        <translation>Antwort&amp;format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave a URL empty to not ask for that family. Plain http:// is accepted only for a server on this machine.</source>
        <translation>Lassen Sie eine URL leer, um für diese Adressfamilie nicht zu fragen. Einfaches http:// ist nur für einen Server auf diesem Rechner erlaubt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv&amp;4 server:</source>
        <translation>IPv&amp;4-Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv&amp;6 server:</source>
        <translation>IPv&amp;6-Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location line="+6"/>
        <source>&amp;Timeout (ms):</source>
        <translation>&amp;Zeitlimit (ms):</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Leave a server empty to not ask for that family.</source>
        <translation>Lassen Sie einen Server leer, um für diese Adressfamilie nicht zu fragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every interface but loopback</source>
        <translation>jede Schnittstelle außer Loopback</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interface:</source>
        <translation>&amp;Netzwerkschnittstelle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stable (kept while the prefix stays)</source>
        <translation>Stabil (bleibt, solange das Präfix bleibt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary (the privacy address)</source>
        <translation>Temporär (die Privacy-Adresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This prefix with a fixed interface identifier</source>
        <translation>Dieses Präfix mit fester Schnittstellenkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6 &amp;policy:</source>
        <translation>IPv6-&amp;Richtlinie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface i&amp;dentifier:</source>
        <translation>Schnittstellen&amp;kennung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discovery address:</source>
        <translation>&amp;Multicast-Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discovery p&amp;ort:</source>
        <translation>Multicast-P&amp;ort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks the router on this network for its WAN address. IPv4 only.</source>
        <translation>Fragt den Router dieses Netzes nach seiner WAN-Adresse. Nur IPv4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs without a shell; {family} in the arguments becomes ipv4 or ipv6. The program must print one address.</source>
        <translation>Läuft ohne Shell; {family} in den Argumenten wird zu ipv4 oder ipv6. Das Programm muss eine Adresse ausgeben.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>IPv&amp;4</source>
        <translation>IPv&amp;4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv&amp;6</source>
        <translation>IPv&amp;6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for:</source>
        <translation>Fragen nach:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit address source %1</source>
        <translation>Adressquelle %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>DNS, %1</source>
        <translation>DNS, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every interface</source>
        <translation>jede Schnittstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface %1</source>
        <translation>Schnittstelle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the router, over UPnP</source>
        <translation>der Router, über UPnP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Homing::TrayController</name>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="+27"/>
        <source>&amp;Open Homing</source>
        <translation>Homing ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update all now</source>
        <translation>Alle jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>&amp;Pause all</source>
        <translation>Alle &amp;pausieren</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no hosts yet</source>
        <translation>noch keine Hosts</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Homing — %1</source>
        <translation>Homing — %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Resume all</source>
        <translation>Alle f&amp;ortsetzen</translation>
    </message>
</context>
<context>
    <name>Homing::UiSettings</name>
    <message>
        <location filename="../ui/settings/uisettings.cpp" line="+81"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged (%2); the defaults are used and the file is left as it is.</source>
        <translation>%1 ist beschädigt (%2); es werden die Standardwerte verwendet, und die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was written by a newer Homing (schema %2); the defaults are used and the file is left as it is.</source>
        <translation>%1 wurde von einem neueren Homing geschrieben (Schema %2); es werden die Standardwerte verwendet, und die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/homing/main.cpp" line="+71"/>
        <source>Homing: keeps dynamic DNS host names pointing at this machine.</source>
        <translation>Homing: hält dynamische DNS-Hostnamen auf diesen Rechner gerichtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep config, state and history in DIR.</source>
        <translation>Konfiguration, Zustand und Verlauf in DIR ablegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in the tray, without the window.</source>
        <translation>Im Systemabschnitt der Kontrollleiste starten, ohne Fenster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log debug messages (secrets stay redacted).</source>
        <translation>Debug-Meldungen protokollieren (Geheimnisse bleiben geschwärzt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds from start to the tray icon (for benchmarks).</source>
        <translation>Die Millisekunden vom Start bis zum Symbol in der Kontrollleiste ausgeben (für Benchmarks).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>Homing cannot start</source>
        <translation>Homing kann nicht starten</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1

The file was left as it is.</source>
        <translation>%1

Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Homing quits</source>
        <translation>Homing wird beendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Homing is already running; its window was shown.</source>
        <translation>Homing läuft bereits; sein Fenster wurde angezeigt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Homing is already running</source>
        <translation>Homing läuft bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

If the agent homingd runs for this user, stop it first (systemctl --user stop homingd), so the two do not update the same hosts.</source>
        <translation>%1

Falls der Agent homingd für diesen Benutzer läuft, beenden Sie ihn zuerst (systemctl --user stop homingd), damit die beiden nicht dieselben Hosts aktualisieren.</translation>
    </message>
</context>
</TS>
