<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Homing::AddressMonitor</name>
    <message>
        <location filename="../core/address/addressmonitor.cpp" line="+106"/>
        <source>the detection was cancelled: the address sources were replaced</source>
        <translation>Die Erkennung wurde abgebrochen: Die Adressquellen wurden ersetzt</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is not an %2 address</source>
        <translation>%1 ist keine %2-Adresse</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 sources disagree about the %2 address: %3</source>
        <translation>%1 Quellen sind sich über die %2-Adresse uneinig: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no enabled address source can tell the %1 address</source>
        <translation>keine aktivierte Adressquelle kann die %1-Adresse ermitteln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source gave a usable %1 address (%2)</source>
        <translation>keine Quelle lieferte eine brauchbare %1-Adresse (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kept the unchanged %1 address, but sources disagree: %2</source>
        <translation>die unveränderte %1-Adresse wurde beibehalten, aber die Quellen sind sich uneinig: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only %1 of the %2 sources needed reported %3 (%4)%5</source>
        <translation>nur %1 der %2 benötigten Quellen meldeten %3 (%4)%5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sources disagree about the %1 address and none has %2 in agreement: %3</source>
        <translation>die Quellen sind sich über die %1-Adresse uneinig, und keine Adresse hat %2 Übereinstimmungen: %3</translation>
    </message>
</context>
<context>
    <name>Homing::AddressValidator</name>
    <message>
        <location filename="../core/address/addressvalidator.cpp" line="+73"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private (LAN)</source>
        <translation>privat (LAN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>carrier-grade NAT (100.64.0.0/10)</source>
        <translation>Carrier-Grade-NAT (100.64.0.0/10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unspecified</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link-local</source>
        <translation>Link-Local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>documentation-only</source>
        <translation>nur für Dokumentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benchmarking</source>
        <translation>für Benchmarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a %2 address, not one to publish</source>
        <translation>%1 ist eine Adresse vom Typ „%2“, keine, die veröffentlicht werden kann</translation>
    </message>
</context>
<context>
    <name>Homing::ChangeWatcher</name>
    <message>
        <location filename="../core/address/changewatcher.cpp" line="+80"/>
        <source>cannot open a netlink socket: %1</source>
        <translation>Netlink-Socket kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot listen to netlink: %1</source>
        <translation>Netlink kann nicht abgehört werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>netlink exists on Linux only</source>
        <translation>Netlink gibt es nur unter Linux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>many network changes</source>
        <translation>viele Netzwerkänderungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a default route was added</source>
        <translation>eine Standardroute wurde hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a default route was removed</source>
        <translation>eine Standardroute wurde entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>address %1 added on %2</source>
        <translation>Adresse %1 auf %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address %1 removed from %2</source>
        <translation>Adresse %1 von %2 entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interface %1 removed</source>
        <translation>Schnittstelle %1 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface %1 is %2</source>
        <translation>Schnittstelle %1 ist %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 and %2 more network changes</source>
        <translation>%1 und %2 weitere Netzwerkänderungen</translation>
    </message>
</context>
<context>
    <name>Homing::ClouDnsProvider</name>
    <message>
        <location filename="../core/providers/cloudnsprovider.cpp" line="+52"/>
        <source>ClouDNS dynamic URL of one A or AAAA record</source>
        <translation>Dynamische ClouDNS-URL eines A- oder AAAA-Eintrags</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dynamic URL key</source>
        <translation>Schlüssel der dynamischen URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The q= value of the record&apos;s dynamic URL (DNS zone → record → Dynamic URL).</source>
        <translation>Der q=-Wert aus der dynamischen URL des Eintrags (DNS-Zone → Eintrag → Dynamic URL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each record has its own dynamic URL, so a host updates one family: add a second host for the AAAA record. The address is sent in ClouDNS&apos;s proxy mode (X-Forwarded-For); that ClouDNS honours it is unverified.</source>
        <translation>Jeder Eintrag hat seine eigene dynamische URL, daher aktualisiert ein Host nur eine Adressfamilie: Legen Sie für den AAAA-Eintrag einen zweiten Host an. Die Adresse wird im Proxy-Modus von ClouDNS gesendet (X-Forwarded-For); ob ClouDNS sie übernimmt, ist nicht überprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClouDNS HTTP API with an API user (paid plans)</source>
        <translation>ClouDNS-HTTP-API mit einem API-Benutzer (kostenpflichtige Tarife)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API user kind</source>
        <translation>Art des API-Benutzers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which kind of API user the ID below is.</source>
        <translation>Welche Art von API-Benutzer die folgende ID bezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API user ID</source>
        <translation>API-Benutzer-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The auth-id (or sub-user ID or name) of the API user.</source>
        <translation>Die auth-id (oder Sub-User-ID bzw. -Name) des API-Benutzers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API password</source>
        <translation>API-Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The API user&apos;s auth-password.</source>
        <translation>Das auth-password des API-Benutzers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The A/AAAA record must exist. TTL, when set, is rounded up to one ClouDNS allows.</source>
        <translation>Der A/AAAA-Eintrag muss existieren. Eine gesetzte TTL wird auf einen von ClouDNS erlaubten Wert aufgerundet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each ClouDNS dynamic URL sets one record, so one host updates one family.</source>
        <translation>Jede dynamische ClouDNS-URL setzt einen Eintrag, daher aktualisiert ein Host nur eine Adressfamilie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn off IPv4 or IPv6 here, and add a second host with the other record&apos;s dynamic URL key.</source>
        <translation>Schalten Sie hier IPv4 oder IPv6 aus und legen Sie einen zweiten Host mit dem Schlüssel der dynamischen URL des anderen Eintrags an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ClouDNS refused the dynamic URL: %1</source>
        <translation>ClouDNS hat die dynamische URL abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the record&apos;s dynamic URL key again from the ClouDNS panel.</source>
        <translation>Kopieren Sie den Schlüssel der dynamischen URL erneut aus dem ClouDNS-Panel.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+21"/>
        <source>ClouDNS has no %1 record for %2.</source>
        <translation>ClouDNS hat keinen %1-Eintrag für %2.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Create the record in the ClouDNS panel, then resume the host.</source>
        <translation>Legen Sie den Eintrag im ClouDNS-Panel an und setzen Sie den Host dann fort.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>ClouDNS accepted the API login.</source>
        <translation>ClouDNS hat die API-Anmeldung angenommen.</translation>
    </message>
</context>
<context>
    <name>Homing::CloudflareProvider</name>
    <message>
        <location filename="../core/providers/cloudflareprovider.cpp" line="+76"/>
        <source>Cloudflare DNS records through the API, with an API token</source>
        <translation>Cloudflare-DNS-Einträge über die API, mit einem API-Token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1200 requests per 5 minutes per user; beyond that every call is blocked for 5 minutes</source>
        <translation>1200 Anfragen pro 5 Minuten und Benutzer; darüber hinaus wird jeder Aufruf für 5 Minuten gesperrt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An API token with Zone &gt; DNS &gt; Edit (and Zone &gt; Zone &gt; Read if the zone is empty).</source>
        <translation>Ein API-Token mit Zone &gt; DNS &gt; Bearbeiten (und Zone &gt; Zone &gt; Lesen, wenn die Zone leer ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxied when created</source>
        <translation>Beim Anlegen über den Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a record Homing creates goes through Cloudflare&apos;s proxy. Existing records keep their setting.</source>
        <translation>Ob ein von Homing angelegter Eintrag über den Proxy von Cloudflare läuft. Bestehende Einträge behalten ihre Einstellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Cloudflare API token is 40 or more letters, digits, - and _. The Global API Key (37 hexadecimal characters) does not work here: create an API token.</source>
        <translation>Ein Cloudflare-API-Token besteht aus mindestens 40 Buchstaben, Ziffern, - und _. Der Global API Key (37 Hexadezimalzeichen) funktioniert hier nicht: Erstellen Sie ein API-Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing records keep their proxied flag; Homing changes the address and the TTL (60 s unless the host sets one).</source>
        <translation>Vorhandene Einträge behalten ihr Proxied-Flag; Homing ändert die Adresse und die TTL (60 s, sofern der Host keine festlegt).</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>No Cloudflare zone this token can see contains %1.</source>
        <translation>Keine für dieses Token sichtbare Cloudflare-Zone enthält %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the domain to Cloudflare, or give the token Zone &gt; Zone &gt; Read for it, or enter the zone.</source>
        <translation>Fügen Sie die Domain zu Cloudflare hinzu, geben Sie dem Token Zone &gt; Zone &gt; Lesen dafür, oder tragen Sie die Zone ein.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Several Cloudflare zones match %1.</source>
        <translation>Mehrere Cloudflare-Zonen passen zu %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the zone for this host.</source>
        <translation>Tragen Sie die Zone für diesen Host ein.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Parked: deleted the address records of %1.</source>
        <translation>Geparkt: die Adresseinträge von %1 wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cloudflare says the token is valid and active.</source>
        <translation>Cloudflare meldet, dass das Token gültig und aktiv ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloudflare says the token is %1.</source>
        <translation>Cloudflare meldet, dass das Token %1 ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new API token and store it for this host.</source>
        <translation>Erstellen Sie ein neues API-Token und speichern Sie es für diesen Host.</translation>
    </message>
</context>
<context>
    <name>Homing::CommandSource</name>
    <message>
        <location filename="../core/address/commandsource.cpp" line="+87"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 printed more than %2 bytes</source>
        <translation>%1 hat mehr als %2 Bytes ausgegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be started (missing or not executable)</source>
        <translation>%1 konnte nicht gestartet werden (fehlt oder ist nicht ausführbar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 exited with status %2%3</source>
        <translation>%1 wurde mit Status %2 beendet%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 printed no single address: %2</source>
        <translation>%1 hat keine einzelne Adresse ausgegeben: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this command is not set up for %1</source>
        <translation>dieser Befehl ist nicht für %1 eingerichtet</translation>
    </message>
</context>
<context>
    <name>Homing::ConfigStore</name>
    <message>
        <location filename="../core/storage/configstore.cpp" line="+45"/>
        <source>is the server of %1, not of %2: this host&apos;s secrets would go there. Remove the setting to use %2&apos;s own server, or choose %1 as the provider</source>
        <translation>ist der Server von %1, nicht von %2: Die Geheimnisse dieses Hosts gingen dorthin. Entfernen Sie die Einstellung, um den eigenen Server von %2 zu verwenden, oder wählen Sie %1 als Anbieter</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no migration from schema %1</source>
        <translation>keine Migration von Schema %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list of 1 to %1 IP addresses</source>
        <translation>muss eine Liste von 1 bis %1 IP-Adressen sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be a whole number of seconds from 30 to 86400</source>
        <translation>muss eine ganze Zahl von Sekunden zwischen 30 und 86400 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;keychain&quot; or &quot;file&quot;</source>
        <translation>muss „keychain“ oder „file“ sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a whole number of days from 1 to 36500</source>
        <translation>muss eine ganze Zahl von Tagen zwischen 1 und 36500 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number from 1 to 10</source>
        <translation>muss eine ganze Zahl zwischen 1 und 10 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>must be a whole number of seconds from 1 to 86400</source>
        <translation>muss eine ganze Zahl von Sekunden zwischen 1 und 86400 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be 0 (off) or a whole number of seconds from 5 to 86400</source>
        <translation>muss 0 (aus) oder eine ganze Zahl von Sekunden zwischen 5 und 86400 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: Feld „%2“: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be the schema version number, e.g. 1</source>
        <translation>muss die Schemaversion sein, z. B. 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 was written by a newer Homing; this one reads up to version %2. The file is left as it is.</source>
        <translation>Version %1 wurde von einem neueren Homing geschrieben; dieses liest bis Version %2. Die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+22"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>must be a list of address sources</source>
        <translation>muss eine Liste von Adressquellen sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a list of hosts</source>
        <translation>muss eine Liste von Hosts sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the same id is used by two hosts</source>
        <translation>zwei Hosts verwenden dieselbe ID</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not saved: the config file on disk cannot be read, and Homing never overwrites it. Fix or move it first. %1</source>
        <translation>Nicht gespeichert: Die Konfigurationsdatei auf der Festplatte kann nicht gelesen werden, und Homing überschreibt sie nie. Reparieren oder verschieben Sie sie zuerst. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: %1 (%2): %3.</source>
        <translation>Nicht gespeichert: %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Homing::ControlClient</name>
    <message>
        <location filename="../core/control/controlclient.cpp" line="+41"/>
        <source>%1 is served by another user (uid %2), not by your Homing; homingctl does not talk to it.</source>
        <translation>%1 wird von einem anderen Benutzer (UID %2) bereitgestellt, nicht von Ihrem Homing; homingctl kommuniziert nicht damit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not send the request: %1</source>
        <translation>die Anfrage konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no answer from the running Homing within %1 s</source>
        <translation>keine Antwort vom laufenden Homing innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer was not valid JSON</source>
        <translation>die Antwort war kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>Homing::ControlServer</name>
    <message>
        <location filename="../core/control/controlserver.cpp" line="+65"/>
        <source>Another Homing is already running for this user (it answers on %1). Use homingctl to talk to it.</source>
        <translation>Für diesen Benutzer läuft bereits ein anderes Homing (es antwortet auf %1). Verwenden Sie homingctl, um es zu steuern.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>request too large (more than %1 bytes)</source>
        <translation>Anfrage zu groß (mehr als %1 Bytes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;%1&quot; must not contain a NUL character</source>
        <translation>das Feld „%1“ darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>verify needs a host</source>
        <translation>verify braucht einen Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>no host called &quot;%1&quot;</source>
        <translation>kein Host namens „%1“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>restore needs a host</source>
        <translation>restore braucht einen Host</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>secret-changed needs a host</source>
        <translation>secret-changed braucht einen Host</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verify is answered on the control socket only</source>
        <translation>verify wird nur über den Steuer-Socket beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot;; known: status, hosts, history, update, verify, pause, resume, restore, reload</source>
        <translation>unbekannter Befehl „%1“; bekannt: status, hosts, history, update, verify, pause, resume, restore, reload</translation>
    </message>
</context>
<context>
    <name>Homing::CustomUrlProvider</name>
    <message>
        <location filename="../core/providers/customurlprovider.cpp" line="+62"/>
        <source>Any service updated by one HTTP request: a URL template and the reply words</source>
        <translation>Jeder Dienst, der mit einer HTTP-Anfrage aktualisiert wird: eine URL-Vorlage und die Antwortwörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL template</source>
        <translation>URL-Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. https://dyn.example.net/update?host={host}&amp;ip={ip}&amp;key={password}. Placeholders: {host} {ip} {family} {type} {ipv4} {ipv6} {username} {password}.</source>
        <translation>z. B. https://dyn.example.net/update?host={host}&amp;ip={ip}&amp;key={password}. Platzhalter: {host} {ip} {family} {type} {ipv4} {ipv6} {username} {password}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP method.</source>
        <translation>Die HTTP-Methode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body template</source>
        <translation>Vorlage für den Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For POST: the body, with the same placeholders. A body starting with { is sent as JSON, anything else as a form.</source>
        <translation>Für POST: der Inhalt, mit denselben Platzhaltern. Ein Inhalt, der mit { beginnt, wird als JSON gesendet, alles andere als Formular.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For {username} and Basic authorization.</source>
        <translation>Für {username} und die Basic-Authentifizierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For {password} and Basic authorization.</source>
        <translation>Für {password} und die Basic-Authentifizierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Basic authorization</source>
        <translation>Basic-Authentifizierung senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the user name and password as HTTP Basic authorization.</source>
        <translation>Benutzername und Passwort als HTTP-Basic-Authentifizierung senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success words</source>
        <translation>Erfolgswörter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Comma-separated; default: %1</source>
        <translation>Durch Kommas getrennt; Standard: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged words</source>
        <translation>Wörter für „unverändert“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Needs you&quot; words</source>
        <translation>Wörter für „braucht Sie“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated words that mean the request can never work as it is; default: %1</source>
        <translation>Durch Kommas getrennte Wörter, die bedeuten, dass die Anfrage so nie funktionieren kann; Standard: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template must contain {ip}, {ipv4} or {ipv6}. Use {password} rather than writing a token into the URL, so the token stays in the keychain.</source>
        <translation>Die Vorlage muss {ip}, {ipv4} oder {ipv6} enthalten. Verwenden Sie {password}, statt ein Token in die URL zu schreiben, damit das Token im Schlüsselbund bleibt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template uses {%1}, which Homing does not know.</source>
        <translation>Die Vorlage verwendet {%1}, das Homing nicht kennt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The URL template has no address placeholder.</source>
        <translation>Die URL-Vorlage hat keinen Platzhalter für die Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {ip} (or {ipv4}/{ipv6}) where the service expects the address.</source>
        <translation>Fügen Sie {ip} (oder {ipv4}/{ipv6}) dort ein, wo der Dienst die Adresse erwartet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use only the placeholders listed in the URL template&apos;s help.</source>
        <translation>Verwenden Sie nur die Platzhalter aus der Hilfe zur URL-Vorlage.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The URL template does not give a valid URL.</source>
        <translation>Die URL-Vorlage ergibt keine gültige URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the URL template for typing errors.</source>
        <translation>Prüfen Sie die URL-Vorlage auf Tippfehler.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The service refused the update: %1</source>
        <translation>Der Dienst hat die Aktualisierung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the URL template and the credentials.</source>
        <translation>Prüfen Sie die URL-Vorlage und die Zugangsdaten.</translation>
    </message>
</context>
<context>
    <name>Homing::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+46"/>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>Der SQLite-Treiber für Qt fehlt (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the database was written by a newer Homing (schema %1; this one knows %2)</source>
        <translation>die Datenbank wurde von einem neueren Homing geschrieben (Schema %1; dieses kennt %2)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the change was rolled back</source>
        <translation>die Änderung wurde zurückgenommen</translation>
    </message>
</context>
<context>
    <name>Homing::DigitalOceanProvider</name>
    <message>
        <location filename="../core/providers/digitaloceanprovider.cpp" line="+109"/>
        <source>DigitalOcean DNS records through the API</source>
        <translation>DigitalOcean-DNS-Einträge über die API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>5000 requests per hour and 250 per minute per token</source>
        <translation>5000 Anfragen pro Stunde und 250 pro Minute je Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A personal access token with write access to domains.</source>
        <translation>Ein persönliches Zugriffstoken mit Schreibzugriff auf Domains.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>DigitalOcean accepted the token for this domain.</source>
        <translation>DigitalOcean hat das Token für diese Domain angenommen.</translation>
    </message>
</context>
<context>
    <name>Homing::DnsEchoSource</name>
    <message>
        <location filename="../core/address/dnsechosource.cpp" line="+77"/>
        <source>this source has no server for %1</source>
        <translation>diese Quelle hat keinen Server für %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server answered %1 for %2</source>
        <translation>der Server antwortete %1 für %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>the answer for %1 is empty</source>
        <translation>die Antwort für %1 ist leer</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the answer has %1 addresses, not one</source>
        <translation>die Antwort enthält %1 Adressen statt einer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 record is malformed</source>
        <translation>der %1-Eintrag ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is an address of the other family</source>
        <translation>die Antwort ist eine Adresse der anderen Familie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer has %1 TXT records, not one</source>
        <translation>die Antwort enthält %1 TXT-Einträge statt eines</translation>
    </message>
</context>
<context>
    <name>Homing::DnsMessage</name>
    <message>
        <location filename="../core/dns/dnsmessage.cpp" line="+146"/>
        <source>malformed DNS message (%1)</source>
        <translation>fehlerhafte DNS-Nachricht (%1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a valid DNS name</source>
        <translation>„%1“ ist kein gültiger DNS-Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not build a DNS query</source>
        <translation>DNS-Anfrage konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not encode a DNS query</source>
        <translation>DNS-Anfrage konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>Homing::DnsQueryJob</name>
    <message>
        <location filename="../core/dns/dnsqueryjob.cpp" line="+32"/>
        <source>no reply from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the DNS message is too short</source>
        <translation>die DNS-Nachricht ist zu kurz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no DNS server address</source>
        <translation>keine DNS-Serveradresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 refused the query (nothing listens there)</source>
        <translation>%1 hat die Anfrage abgewiesen (dort lauscht nichts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 closed the TCP connection before replying</source>
        <translation>%1 hat die TCP-Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (TCP): %2</source>
        <translation>%1 (TCP): %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 sent a malformed reply: %2</source>
        <translation>%1 hat eine fehlerhafte Antwort gesendet: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <source>a query, not a reply</source>
        <translation>eine Anfrage, keine Antwort</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>reply id %1 does not match query id %2</source>
        <translation>Antwort-ID %1 passt nicht zur Anfrage-ID %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the reply is for another question</source>
        <translation>die Antwort gehört zu einer anderen Frage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a datagram too short for a DNS reply</source>
        <translation>ein Datagramm, das für eine DNS-Antwort zu kurz ist</translation>
    </message>
</context>
<context>
    <name>Homing::DnsUpdate</name>
    <message>
        <location filename="../core/dns/dnsupdate.cpp" line="+109"/>
        <source>&quot;%1&quot; or &quot;%2&quot; is not a DNS name Homing can send</source>
        <translation>„%1“ oder „%2“ ist kein DNS-Name, den Homing senden kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address %1 does not fit a %2 record</source>
        <translation>die Adresse %1 passt nicht in einen %2-Eintrag</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the update is too large</source>
        <translation>die Aktualisierung ist zu groß</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed DNS reply: %1</source>
        <translation>fehlerhafte DNS-Antwort: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n byte(s), shorter than a header</source>
        <translation>
            <numerusform>%n Byte, kürzer als ein Header</numerusform>
            <numerusform>%n Bytes, kürzer als ein Header</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the zone section is cut short</source>
        <translation>der Zonenabschnitt ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>record %1 is cut short</source>
        <translation>Eintrag %1 ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a TSIG record that is not the last record</source>
        <translation>ein TSIG-Eintrag, der nicht der letzte Eintrag ist</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n byte(s) after the last record</source>
        <translation>
            <numerusform>%n Byte nach dem letzten Eintrag</numerusform>
            <numerusform>%n Bytes nach dem letzten Eintrag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a TSIG record of the wrong class</source>
        <translation>ein TSIG-Eintrag der falschen Klasse</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>a TSIG record that is cut short</source>
        <translation>ein abgeschnittener TSIG-Eintrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a TSIG record whose lengths do not add up</source>
        <translation>ein TSIG-Eintrag, dessen Längen nicht aufgehen</translation>
    </message>
</context>
<context>
    <name>Homing::DuckDnsProvider</name>
    <message>
        <location filename="../core/providers/duckdnsprovider.cpp" line="+18"/>
        <source>Free names under duckdns.org, updated with the account token</source>
        <translation>Kostenlose Namen unter duckdns.org, aktualisiert mit dem Konto-Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account token shown on duckdns.org.</source>
        <translation>Das auf duckdns.org angezeigte Konto-Token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A DuckDNS token has the form a1b2c3d4-e5f6-7890-abcd-ef1234567890 (36 characters, as shown at the top of duckdns.org after you sign in).</source>
        <translation>Ein DuckDNS-Token hat die Form a1b2c3d4-e5f6-7890-abcd-ef1234567890 (36 Zeichen, wie oben auf duckdns.org nach der Anmeldung angezeigt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name is &lt;name&gt;.duckdns.org. Both families go in one request.</source>
        <translation>Der Hostname lautet &lt;name&gt;.duckdns.org. Beide Adressfamilien gehen in einer Anfrage.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not a DuckDNS name.</source>
        <translation>%1 ist kein DuckDNS-Name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a host name ending in .duckdns.org.</source>
        <translation>Verwenden Sie einen Hostnamen, der auf .duckdns.org endet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>DuckDNS refused the token or the domain (KO).</source>
        <translation>DuckDNS hat das Token oder die Domain abgelehnt (KO).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token and that the name belongs to this account.</source>
        <translation>Prüfen Sie das Token und ob der Name zu diesem Konto gehört.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parked: DuckDNS cleared the addresses of the name.</source>
        <translation>Geparkt: DuckDNS hat die Adressen des Namens geleert.</translation>
    </message>
</context>
<context>
    <name>Homing::Dyndns2</name>
    <message>
        <location filename="../core/providers/dyndns2provider.cpp" line="+35"/>
        <source>The provider rejected the user name or password.</source>
        <translation>Der Anbieter hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and password (or updater key) for this host.</source>
        <translation>Prüfen Sie Benutzername und Passwort (oder Updater-Schlüssel) für diesen Host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request used a feature the account does not include.</source>
        <translation>Die Anfrage nutzte eine Funktion, die das Konto nicht enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off the paid option for this host or upgrade the account.</source>
        <translation>Schalten Sie die kostenpflichtige Option für diesen Host aus oder erweitern Sie das Konto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider says the host name is not a full domain name.</source>
        <translation>Der Anbieter meldet, dass der Hostname kein vollständiger Domainname ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the full host name, e.g. home.example.org.</source>
        <translation>Geben Sie den vollständigen Hostnamen ein, z. B. home.example.org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host name does not exist in this account.</source>
        <translation>Der Hostname existiert in diesem Konto nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name&apos;s spelling and that it belongs to this account.</source>
        <translation>Prüfen Sie die Schreibweise des Hostnamens und ob er zu diesem Konto gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many hosts in one request, or a round-robin host.</source>
        <translation>Zu viele Hosts in einer Anfrage oder ein Round-Robin-Host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the provider about this host&apos;s setup.</source>
        <translation>Wenden Sie sich wegen der Einrichtung dieses Hosts an den Anbieter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider has blocked this host for abuse.</source>
        <translation>Der Anbieter hat diesen Host wegen Missbrauchs gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the provider to unblock the host, then resume it.</source>
        <translation>Bitten Sie den Anbieter, den Host freizugeben, und setzen Sie ihn dann fort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider refused this client (user agent or method).</source>
        <translation>Der Anbieter hat diesen Client abgelehnt (User-Agent oder Methode).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Report this to the Homing developers; do not retry.</source>
        <translation>Melden Sie dies den Homing-Entwicklern; nicht erneut versuchen.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The provider rejected the system parameter.</source>
        <translation>Der Anbieter hat den Parameter „system“ abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name belongs to another account.</source>
        <translation>Der Hostname gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the account that owns this host name.</source>
        <translation>Verwenden Sie das Konto, dem dieser Hostname gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain is not activated at the provider.</source>
        <translation>Die Domain ist beim Anbieter nicht aktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate the domain in the provider&apos;s control panel.</source>
        <translation>Aktivieren Sie die Domain im Kundenbereich des Anbieters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider rejected the request as malformed.</source>
        <translation>Der Anbieter hat die Anfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name and the families this host updates.</source>
        <translation>Prüfen Sie den Hostnamen und die Adressfamilien, die dieser Host aktualisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider has no dynamic A record for this host.</source>
        <translation>Der Anbieter hat keinen dynamischen A-Eintrag für diesen Host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the A record and mark it dynamic, or stop updating IPv4.</source>
        <translation>Legen Sie den A-Eintrag an und markieren Sie ihn als dynamisch, oder aktualisieren Sie IPv4 nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider has no dynamic AAAA record for this host.</source>
        <translation>Der Anbieter hat keinen dynamischen AAAA-Eintrag für diesen Host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the AAAA record and mark it dynamic, or stop updating IPv6.</source>
        <translation>Legen Sie den AAAA-Eintrag an und markieren Sie ihn als dynamisch, oder aktualisieren Sie IPv6 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Homing::Dynv6Provider</name>
    <message>
        <location filename="../core/providers/dynv6provider.cpp" line="+19"/>
        <source>dynv6 zones, updated with the zone&apos;s HTTP token</source>
        <translation>dynv6-Zonen, aktualisiert mit dem HTTP-Token der Zone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP token</source>
        <translation>HTTP-Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The zone&apos;s HTTP token from dynv6.com.</source>
        <translation>Das HTTP-Token der Zone von dynv6.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The dynv6 zone, e.g. myhome.dynv6.net; empty means the host name.</source>
        <translation>Die dynv6-Zone, z. B. myhome.dynv6.net; leer bedeutet der Hostname.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates the zone&apos;s own address records. Both families go in one request.</source>
        <translation>Aktualisiert die eigenen Adresseinträge der Zone. Beide Adressfamilien gehen in einer Anfrage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dynv6 does not know this zone: %1</source>
        <translation>dynv6 kennt diese Zone nicht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the zone name (e.g. myhome.dynv6.net).</source>
        <translation>Prüfen Sie den Zonennamen (z. B. myhome.dynv6.net).</translation>
    </message>
</context>
<context>
    <name>Homing::EchoParser</name>
    <message>
        <location filename="../core/address/echoparser.cpp" line="+23"/>
        <source>the reply is not a single address</source>
        <translation>die Antwort ist keine einzelne Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an address</source>
        <translation>„%1“ ist keine Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reply is an %1 address, but %2 was asked for</source>
        <translation>die Antwort ist eine %1-Adresse, gefragt war aber %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the reply is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JSON reply has no &quot;ip&quot; string</source>
        <translation>die JSON-Antwort hat keine Zeichenkette „ip“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the reply is not a list of key=value lines</source>
        <translation>die Antwort ist keine Liste von Schlüssel=Wert-Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the reply comes through Cloudflare WARP, so its address is not this network&apos;s</source>
        <translation>die Antwort kommt über Cloudflare WARP, ihre Adresse ist also nicht die dieses Netzwerks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reply has no ip= line</source>
        <translation>die Antwort hat keine ip=-Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply has more than one ip= line</source>
        <translation>die Antwort hat mehr als eine ip=-Zeile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the reply has no &quot;Current IP Address:&quot;</source>
        <translation>die Antwort enthält kein „Current IP Address:“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reply has more than one address</source>
        <translation>die Antwort enthält mehr als eine Adresse</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the reply is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
</context>
<context>
    <name>Homing::FileSecretStore</name>
    <message>
        <location filename="../core/storage/filesecretstore.cpp" line="+18"/>
        <source>the file %1 (opt-in file store, readable only by this user; not the system keychain)</source>
        <translation>die Datei %1 (optionaler Dateispeicher, nur für diesen Benutzer lesbar; nicht der Systemschlüsselbund)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is damaged; it is left as it is</source>
        <translation>%1 ist beschädigt; die Datei bleibt unverändert</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No secret is stored for this entry.</source>
        <translation>Für diesen Eintrag ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>Homing::FreeDnsProvider</name>
    <message>
        <location filename="../core/providers/freednsprovider.cpp" line="+36"/>
        <source>FreeDNS dynamic update, version 2 token URLs</source>
        <translation>Dynamische FreeDNS-Aktualisierung, Token-URLs der Version 2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Update token</source>
        <translation>Aktualisierungs-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The random token of the record&apos;s v2 update URL (the part after /u/).</source>
        <translation>Das zufällige Token aus der v2-Aktualisierungs-URL des Eintrags (der Teil nach /u/).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FreeDNS takes the address from the connection; Homing also sends address= (whether v2 honours it is unverified) and stops the host if FreeDNS reports a different address. Each record has its own token, so a host updates one family: add a second host for the AAAA record.</source>
        <translation>FreeDNS übernimmt die Adresse aus der Verbindung; Homing sendet zusätzlich address= (ob v2 das beachtet, ist nicht überprüft) und stoppt den Host, wenn FreeDNS eine andere Adresse meldet. Jeder Eintrag hat sein eigenes Token, daher aktualisiert ein Host nur eine Adressfamilie: Legen Sie für den AAAA-Eintrag einen zweiten Host an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each FreeDNS record has its own token, so one host updates one family.</source>
        <translation>Jeder FreeDNS-Eintrag hat sein eigenes Token, daher aktualisiert ein Host nur eine Adressfamilie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn off IPv4 or IPv6 here, and add a second host for the other record with its token.</source>
        <translation>Schalten Sie hier IPv4 oder IPv6 aus und legen Sie für den anderen Eintrag einen zweiten Host mit dessen Token an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>FreeDNS set %1, not the detected %2: it took the address from the connection.</source>
        <translation>FreeDNS hat %1 gesetzt, nicht die erkannte %2: Es hat die Adresse aus der Verbindung übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure this machine reaches FreeDNS directly (no VPN or proxy), then resume.</source>
        <translation>Stellen Sie sicher, dass dieser Rechner FreeDNS direkt erreicht (kein VPN oder Proxy), und setzen Sie dann fort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FreeDNS refused the update: %1</source>
        <translation>FreeDNS hat die Aktualisierung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the update token on freedns.afraid.org/dynamic/v2/.</source>
        <translation>Prüfen Sie das Aktualisierungs-Token auf freedns.afraid.org/dynamic/v2/.</translation>
    </message>
</context>
<context>
    <name>Homing::GandiProvider</name>
    <message>
        <location filename="../core/providers/gandiprovider.cpp" line="+35"/>
        <source>Gandi LiveDNS records with a personal access token</source>
        <translation>Gandi-LiveDNS-Einträge mit einem persönlichen Zugriffstoken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Gandi personal access token allowed to manage the domain&apos;s DNS records.</source>
        <translation>Ein persönliches Gandi-Zugriffstoken, das die DNS-Einträge der Domain verwalten darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token kind</source>
        <translation>Token-Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;pat&quot; for a personal access token; &quot;apikey&quot; for a deprecated API key.</source>
        <translation>„pat“ für ein persönliches Zugriffstoken; „apikey“ für einen veralteten API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A missing record is created. TTL is at least 300 s, and 300 s unless the host sets one (Gandi&apos;s own default is 10800 s).</source>
        <translation>Ein fehlender Eintrag wird angelegt. Die TTL beträgt mindestens 300 s, und 300 s, sofern der Host keine festlegt (Gandis eigene Vorgabe ist 10800 s).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Gandi accepted the token for this domain.</source>
        <translation>Gandi hat das Token für diese Domain angenommen.</translation>
    </message>
</context>
<context>
    <name>Homing::HetznerProvider</name>
    <message>
        <location filename="../core/providers/hetznerprovider.cpp" line="+101"/>
        <source>Hetzner DNS zones in the Cloud Console (current API)</source>
        <translation>Hetzner-DNS-Zonen in der Cloud Console (aktuelle API)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A Hetzner Cloud project API token with read &amp; write.</source>
        <translation>Ein API-Token eines Hetzner-Cloud-Projekts mit Lese- und Schreibrechten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks the Hetzner Cloud API. The old DNS Console (dns.hetzner.com) API is being shut down; move the zone to the Cloud Console first. TTL applies to records Homing creates.</source>
        <translation>Spricht die Hetzner-Cloud-API. Die API der alten DNS Console (dns.hetzner.com) wird abgeschaltet; verschieben Sie die Zone zuerst in die Cloud Console. Die TTL gilt für Einträge, die Homing anlegt.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Hetzner accepted the change; it was still being applied when Homing stopped asking.</source>
        <translation>Hetzner hat die Änderung angenommen; sie wurde noch angewendet, als Homing aufhörte nachzufragen.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Hetzner accepted the token for this zone.</source>
        <translation>Hetzner hat das Token für diese Zone angenommen.</translation>
    </message>
</context>
<context>
    <name>Homing::HomingService</name>
    <message>
        <location filename="../core/service/homingservice.cpp" line="+83"/>
        <source>Not saved: %1 (%2): %3.</source>
        <translation>Nicht gespeichert: %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already configured with this provider.</source>
        <translation>%1 ist bei diesem Anbieter bereits eingerichtet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>new secrets saved in the host editor</source>
        <translation>neue Geheimnisse im Host-Editor gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no such host any more.</source>
        <translation>Diesen Host gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Homing cannot talk to this provider.</source>
        <translation>Homing kann mit diesem Anbieter nicht sprechen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another provider.</source>
        <translation>Wählen Sie einen anderen Anbieter.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This source is set to ask for neither IPv4 nor IPv6.</source>
        <translation>Diese Quelle ist so eingestellt, dass sie weder nach IPv4 noch nach IPv6 fragt.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 already has a state of its own in Homing; it is kept.</source>
        <translation>%1 hat in Homing bereits einen eigenen Zustand; er bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Homing::Host</name>
    <message>
        <location filename="../core/model/host.cpp" line="+142"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a UUID such as &quot;3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a&quot;</source>
        <translation>muss eine UUID sein, z. B. „3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a host name such as &quot;home.example.org&quot;</source>
        <translation>muss ein Hostname sein, z. B. „home.example.org“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must name a provider, e.g. &quot;dyndns2&quot;</source>
        <translation>muss einen Anbieter nennen, z. B. „dyndns2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>must be a list with &quot;ipv4&quot;, &quot;ipv6&quot; or both</source>
        <translation>muss eine Liste mit „ipv4“, „ipv6“ oder beidem sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an object of the provider&apos;s fields</source>
        <translation>muss ein Objekt mit den Feldern des Anbieters sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a string, a number or true/false</source>
        <translation>muss eine Zeichenkette, eine Zahl oder true/false sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;stable&quot;, &quot;temporary&quot; or &quot;fixed&quot;</source>
        <translation>muss „stable“, „temporary“ oder „fixed“ sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an interface identifier such as &quot;::1234:5678:9abc:def0&quot;</source>
        <translation>muss eine Schnittstellenkennung sein, z. B. „::1234:5678:9abc:def0“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be the id of an address source</source>
        <translation>muss die ID einer Adressquelle sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number of seconds between 0 and 604800</source>
        <translation>muss eine ganze Zahl von Sekunden zwischen 0 und 604800 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of at most one IPv4 and one IPv6 address, e.g. [&quot;192.0.2.1&quot;, &quot;::&quot;]</source>
        <translation>muss eine Liste mit höchstens einer IPv4- und einer IPv6-Adresse sein, z. B. [&quot;192.0.2.1&quot;, &quot;::&quot;]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>enter a host name, e.g. home.example.org</source>
        <translation>Geben Sie einen Hostnamen ein, z. B. home.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an IP address, not a host name: enter the name that should lead to it, e.g. home.example.org</source>
        <translation>%1 ist eine IP-Adresse, kein Hostname: Geben Sie den Namen ein, der dorthin führen soll, z. B. home.example.org</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has an empty part: two dots in a row, or a dot at the start</source>
        <translation>„%1“ hat einen leeren Teil: zwei Punkte hintereinander oder ein Punkt am Anfang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the part &quot;%1…&quot; is %2 characters long; each part between dots may have at most %3</source>
        <translation>der Teil „%1…“ ist %2 Zeichen lang; jeder Teil zwischen Punkten darf höchstens %3 haben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a valid host name: a part may hold a character no name can, or be longer than 63 characters once written in ASCII</source>
        <translation>„%1“ ist kein gültiger Hostname: Ein Teil enthält vielleicht ein Zeichen, das in keinem Namen stehen darf, oder ist in ASCII-Schreibweise länger als 63 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a host name may be at most 253 characters long</source>
        <translation>ein Hostname darf höchstens 253 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a domain, e.g. %1.example.org</source>
        <translation>„%1“ braucht eine Domain, z. B. %1.example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid host name: each part must be letters, digits or hyphens, not starting or ending with a hyphen</source>
        <translation>„%1“ ist kein gültiger Hostname: Jeder Teil muss aus Buchstaben, Ziffern oder Bindestrichen bestehen und darf nicht mit einem Bindestrich beginnen oder enden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; ends in a number, so it is no host name: the last part is a domain such as org or net</source>
        <translation>„%1“ endet mit einer Zahl und ist daher kein Hostname: Der letzte Teil ist eine Domain wie org oder net</translation>
    </message>
</context>
<context>
    <name>Homing::HostMachine</name>
    <message>
        <location filename="../core/engine/hostmachine.cpp" line="+95"/>
        <source>Waiting for the provider&apos;s rate limit (next in line)</source>
        <translation>Wartet auf das Ratenlimit des Anbieters (als Nächstes dran)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting for the provider&apos;s rate limit (%n ahead)</source>
        <translation>
            <numerusform>Wartet auf das Ratenlimit des Anbieters (%n davor)</numerusform>
            <numerusform>Wartet auf das Ratenlimit des Anbieters (%n davor)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Could not store the state: %1</source>
        <translation>Der Zustand konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+433"/>
        <source>The zone&apos;s name servers no longer have the %1 record Homing published (%2), and the detected address has not changed: the record was removed behind Homing&apos;s back.</source>
        <translation>Die Nameserver der Zone haben den von Homing veröffentlichten %1-Eintrag (%2) nicht mehr, und die erkannte Adresse hat sich nicht geändert: Der Eintrag wurde hinter Homings Rücken entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zone&apos;s name servers answer %1 instead of %2, which Homing published, and the detected address has not changed: the record was changed behind Homing&apos;s back.</source>
        <translation>Die Nameserver der Zone antworten %1 statt %2, das Homing veröffentlicht hat, und die erkannte Adresse hat sich nicht geändert: Der Eintrag wurde hinter Homings Rücken geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record changed behind Homing&apos;s back twice within an hour: another client or person is changing it. Stop the other one (an old client, a router&apos;s DDNS setting, a cron job), then resume this host.</source>
        <translation>Der Eintrag wurde innerhalb einer Stunde zweimal hinter Homings Rücken geändert: Ein anderer Client oder eine Person ändert ihn. Stoppen Sie den anderen (einen alten Client, die DDNS-Einstellung eines Routers, einen Cron-Job) und setzen Sie diesen Host dann fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the second time within an hour, so Homing stops updating this host until you resume it.</source>
        <translation>Es ist das zweite Mal innerhalb einer Stunde, daher aktualisiert Homing diesen Host nicht mehr, bis Sie ihn fortsetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homing sends its address again.</source>
        <translation>Homing sendet seine Adresse erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Restore to send Homing&apos;s address again.</source>
        <translation>Wählen Sie „Wiederherstellen“, um Homings Adresse erneut zu senden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Could not take the name offline: %1</source>
        <translation>Der Name konnte nicht offline genommen werden: %1</translation>
    </message>
</context>
<context>
    <name>Homing::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="+130"/>
        <source>Not sent: the provider stopped this account&apos;s requests until %1</source>
        <translation>Nicht gesendet: der Anbieter hat die Anfragen dieses Kontos bis %1 angehalten</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>the reply was larger than %1 bytes and was cut off</source>
        <translation>die Antwort war größer als %1 Bytes und wurde abgeschnitten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no complete reply within the time limit</source>
        <translation>keine vollständige Antwort innerhalb der Zeitgrenze</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server redirected to %1 (HTTP %2), which Homing does not follow</source>
        <translation>der Server hat nach %1 umgeleitet (HTTP %2), was Homing nicht befolgt</translation>
    </message>
</context>
<context>
    <name>Homing::HttpEchoSource</name>
    <message>
        <location filename="../core/address/httpechosource.cpp" line="+41"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>Homing::Importer</name>
    <message>
        <location filename="../core/importers/confuseparser.cpp" line="+93"/>
        <source>a /* comment is never closed</source>
        <translation>ein /*-Kommentar wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a quote (&apos;) is never closed</source>
        <translation>ein Anführungszeichen (&apos;) wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a quote (&quot;) is never closed</source>
        <translation>ein Anführungszeichen (&quot;) wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>expected &quot;%1&quot; but found &quot;%2&quot;</source>
        <translation>„%1“ erwartet, aber „%2“ gefunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list holds values separated by commas</source>
        <translation>eine Liste enthält durch Kommas getrennte Werte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>include() is accepted only inside a provider section</source>
        <translation>include() ist nur innerhalb eines Anbieterabschnitts erlaubt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>include() needs a file name</source>
        <translation>include() braucht einen Dateinamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &quot;)&quot;</source>
        <translation>„)“ erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the included file %1</source>
        <translation>die eingebundene Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the section %1 is never closed with }</source>
        <translation>der Abschnitt %1 wird nie mit } geschlossen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a } without a section</source>
        <translation>eine } ohne Abschnitt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an option name but found &quot;%1&quot;</source>
        <translation>Optionsname erwartet, aber „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>sections do not nest: &quot;%1&quot; inside %2</source>
        <translation>Abschnitte lassen sich nicht verschachteln: „%1“ innerhalb von %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2 on line %3 (replaced by line %4)</source>
        <translation>%1 %2 in Zeile %3 (ersetzt durch Zeile %4)</translation>
    </message>
    <message>
        <location filename="../core/importers/ddclientimporter.cpp" line="+83"/>
        <location line="+114"/>
        <location line="+227"/>
        <location filename="../core/importers/ddclientparser.cpp" line="+344"/>
        <location line="+51"/>
        <location line="+35"/>
        <location filename="../core/importers/inadynimporter.cpp" line="+448"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+60"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>%1 on line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1_env (%2) on line %3</source>
        <translation>%1_env (%2) in Zeile %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ddclient&apos;s web service &quot;%1&quot; is not known to Homing; add an echo URL instead</source>
        <translation>der Webdienst „%1“ von ddclient ist Homing nicht bekannt; fügen Sie stattdessen eine Echo-URL hinzu</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+122"/>
        <location filename="../core/importers/ddnsgoimporter.cpp" line="+125"/>
        <location filename="../core/importers/inadynimporter.cpp" line="-322"/>
        <location line="+37"/>
        <source>http:// changed to https://</source>
        <translation>http:// in https:// geändert</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>web-skip is not needed: Homing finds the address in the page itself</source>
        <translation>web-skip wird nicht benötigt: Homing findet die Adresse selbst in der Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no interface is named</source>
        <translation>es ist keine Schnittstelle genannt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no command is given</source>
        <translation>es ist kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/importers/ddnsgoimporter.cpp" line="+30"/>
        <location filename="../core/importers/inadynimporter.cpp" line="-70"/>
        <source>imported switched off: Homing never runs an imported command; read it, then switch the source on in Settings</source>
        <translation>ausgeschaltet importiert: Homing führt nie einen importierten Befehl aus; lesen Sie ihn und schalten Sie die Quelle dann in den Einstellungen ein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a fixed %1 address (%2) is not an address source; Homing detects the address itself</source>
        <translation>eine feste %1-Adresse (%2) ist keine Adressquelle; Homing erkennt die Adresse selbst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the address from a router (%1) is not supported; Homing uses echo services, interfaces, UPnP or DNS instead</source>
        <translation>das Auslesen der Adresse aus einem Router (%1) wird nicht unterstützt; Homing verwendet stattdessen Echo-Dienste, Schnittstellen, UPnP oder DNS</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a host called &quot;\&quot;: ddclient 3 joins a line only when &quot;\&quot; is its very last character, so the line after it became a separate host. Check the file.</source>
        <translation>ein Host namens „\“: ddclient 3 verbindet eine Zeile nur, wenn „\“ ihr allerletztes Zeichen ist, daher wurde die Zeile danach zu einem eigenen Host. Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the dyndns2 server %1 uses the path %2; Homing&apos;s dyndns2 client sends /nic/update. Add the host with a Custom URL provider.</source>
        <translation>der dyndns2-Server %1 verwendet den Pfad %2; der dyndns2-Client von Homing sendet an /nic/update. Legen Sie den Host mit dem Anbieter „Eigene URL“ an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ddclient 3 sends plain http by default; Homing uses https://</source>
        <translation>ddclient 3 sendet standardmäßig unverschlüsseltes http; Homing verwendet https://</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1=%2 is not imported</source>
        <translation>%1=%2 wird nicht importiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the q= part of dynurl on line %1</source>
        <translation>der q=-Teil von dynurl in Zeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dynurl does not hold a q= key</source>
        <translation>dynurl enthält keinen q=-Schlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cloudflare with an e-mail (%1) and the global API key: Homing uses an API token. Create a token allowed to edit the zone&apos;s DNS and add the host with it.</source>
        <translation>Cloudflare mit einer E-Mail-Adresse (%1) und dem globalen API-Schlüssel: Homing verwendet ein API-Token. Erstellen Sie ein Token, das die DNS-Einträge der Zone bearbeiten darf, und legen Sie den Host damit an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FreeDNS with login and password (the v1 API): Homing uses the v2 update token. Add the host with the token from freedns.afraid.org/dynamic/v2/.</source>
        <translation>FreeDNS mit Anmeldename und Passwort (die v1-API): Homing verwendet das v2-Aktualisierungs-Token. Legen Sie den Host mit dem Token von freedns.afraid.org/dynamic/v2/ an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>on-root-domain is deprecated; the host is the zone&apos;s apex</source>
        <translation>on-root-domain ist veraltet; der Host ist die Spitze (Apex) der Zone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Homing speaks the Hetzner Cloud API (api.hetzner.cloud). ddclient up to 4.0 used the old DNS console (dns.hetzner.com), whose tokens do not work there: check which token this is.</source>
        <translation>Homing spricht die Hetzner-Cloud-API (api.hetzner.cloud). ddclient bis 4.0 verwendete die alte DNS-Konsole (dns.hetzner.com), deren Tokens dort nicht funktionieren: Prüfen Sie, welches Token dies ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nsupdate: the TSIG key file &quot;%1&quot; cannot be read (%2). Import as a user who can read it, or add the host with the RFC 2136 provider and paste the key.</source>
        <translation>nsupdate: Die TSIG-Schlüsseldatei „%1“ kann nicht gelesen werden (%2). Importieren Sie als ein Benutzer, der sie lesen darf, oder legen Sie den Host mit dem Anbieter RFC 2136 an und fügen Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nsupdate: %1 holds no TSIG key Homing can read: %2</source>
        <translation>nsupdate: %1 enthält keinen TSIG-Schlüssel, den Homing lesen kann: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key in %1 (password on line %2)</source>
        <translation>der Schlüssel in %1 (password in Zeile %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tcp=yes is not needed: Homing sends over UDP and uses TCP by itself when a message needs it</source>
        <translation>tcp=yes ist nicht nötig: Homing sendet über UDP und nimmt von selbst TCP, wenn eine Nachricht es braucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ddclient&apos;s protocol &quot;%1&quot; has no Homing provider</source>
        <translation>für das ddclient-Protokoll „%1“ gibt es keinen Homing-Anbieter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no address family is enabled (use/usev4/usev6)</source>
        <translation>keine Adressfamilie ist aktiviert (use/usev4/usev6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TTL %1 taken over</source>
        <translation>TTL %1 übernommen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 comes from the environment variable %2, which is not set here: enter it after the import</source>
        <translation>%1 stammt aus der Umgebungsvariablen %2, die hier nicht gesetzt ist: Geben Sie den Wert nach dem Import ein</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Read as ddclient 4.x. If this file belongs to ddclient 3.10 or older, import it again with the version chosen: the two read continuation lines and repeated hosts differently.</source>
        <translation>Als ddclient 4.x gelesen. Gehört diese Datei zu ddclient 3.10 oder älter, importieren Sie sie erneut mit dieser Version: Die beiden lesen Fortsetzungszeilen und wiederholte Hosts unterschiedlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not needed by Homing (ddclient&apos;s own settings): %1</source>
        <translation>Von Homing nicht benötigt (eigene Einstellungen von ddclient): %1</translation>
    </message>
    <message>
        <location filename="../core/importers/ddclientparser.cpp" line="-81"/>
        <location line="+19"/>
        <source>ddclient has no option &quot;%1&quot;</source>
        <translation>ddclient hat keine Option „%1“</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ddclient ignores &quot;%1&quot;: option names are lower case</source>
        <translation>ddclient ignoriert „%1“: Optionsnamen werden kleingeschrieben</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>text after the host, login and password is not understood</source>
        <translation>Text nach Host, Anmeldename und Passwort wird nicht verstanden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was defined before; ddclient 4 keeps its earlier options and adds only new ones</source>
        <translation>%1 wurde bereits zuvor definiert; ddclient 4 behält die früheren Optionen und fügt nur neue hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was defined before; ddclient 3 uses this later definition</source>
        <translation>%1 wurde bereits zuvor definiert; ddclient 3 verwendet diese spätere Definition</translation>
    </message>
    <message>
        <location filename="../core/importers/ddnsgoimporter.cpp" line="-98"/>
        <source>ddns-go ignores &quot;%1&quot;: its keys are lower case</source>
        <translation>ddns-go ignoriert „%1“: Seine Schlüssel werden kleingeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddns-go has no setting &quot;%1&quot; here</source>
        <translation>ddns-go hat hier keine Einstellung „%1“</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the zone after &apos;:&apos; needs a dot</source>
        <translation>die Zone nach „:“ braucht einen Punkt</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>ipv6reg %1 is not imported: choose stable or temporary addresses in Homing</source>
        <translation>ipv6reg %1 wird nicht importiert: Wählen Sie in Homing stabile oder temporäre Adressen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ddns-go detects no address with gettype &quot;%1&quot; (it takes url, netInterface or cmd)</source>
        <translation>ddns-go erkennt mit gettype „%1“ keine Adresse (erlaubt sind url, netInterface oder cmd)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+35"/>
        <source>dns.id of %1</source>
        <translation>dns.id von %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>dns.secret of %1</source>
        <translation>dns.secret von %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ddns-go uses dynv6&apos;s REST API; Homing its update API with the same token (UNVERIFIED that every REST token works there)</source>
        <translation>ddns-go verwendet die REST-API von dynv6, Homing dessen Update-API mit demselben Token (NICHT ÜBERPRÜFT, ob jedes REST-Token dort funktioniert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the POST body uses #{recordType} or #{ttl}, which Homing&apos;s custom URL does not fill in</source>
        <translation>der POST-Inhalt verwendet #{recordType} oder #{ttl}, was die eigene URL von Homing nicht ausfüllt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the POST body is kept in the config file: if it holds a token, move it to {password}</source>
        <translation>der POST-Inhalt bleibt in der Konfigurationsdatei: Falls er ein Token enthält, verschieben Sie es nach {password}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddns-go turns an unknown or empty provider name into alidns (Alibaba Cloud DNS), which Homing does not support</source>
        <translation>ddns-go macht aus einem unbekannten oder leeren Anbieternamen alidns (Alibaba Cloud DNS), das Homing nicht unterstützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddns-go&apos;s provider &quot;%1&quot; has no Homing provider</source>
        <translation>für den ddns-go-Anbieter „%1“ gibt es keinen Homing-Anbieter</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter %1=%2 is not imported</source>
        <translation>Parameter %1=%2 wird nicht importiert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line %1: %2 (ddns-go refuses this file too)</source>
        <translation>Zeile %1: %2 (auch ddns-go lehnt diese Datei ab)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no dnsconf list: this is not a ddns-go configuration</source>
        <translation>keine dnsconf-Liste: Dies ist keine ddns-go-Konfiguration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>webhooks are not imported; Homing notifies on the desktop</source>
        <translation>Webhooks werden nicht importiert; Homing benachrichtigt auf dem Desktop</translation>
    </message>
    <message>
        <location filename="../core/importers/ddnsupdaterimporter.cpp" line="+52"/>
        <source>not valid JSON (line %1: %2); ddns-updater refuses it too</source>
        <translation>kein gültiges JSON (Zeile %1: %2); auch ddns-updater lehnt es ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>. It has a comma before a closing } or ], as ddns-updater&apos;s README template does: remove those commas</source>
        <translation>. Vor einer schließenden } oder ] steht ein Komma, wie in der README-Vorlage von ddns-updater: Entfernen Sie diese Kommas</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; of %2</source>
        <translation>„%1“ von %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>group %1 is not imported</source>
        <translation>Gruppe %1 wird nicht importiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OVH in &quot;%1&quot; mode (the OVH API with application keys) is not supported; use a DynHost login</source>
        <translation>OVH im Modus „%1“ (die OVH-API mit Anwendungsschlüsseln) wird nicht unterstützt; verwenden Sie einen DynHost-Anmeldenamen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cloudflare with an e-mail and global key, or a user service key: Homing uses an API token. Create one allowed to edit the zone&apos;s DNS.</source>
        <translation>Cloudflare mit E-Mail-Adresse und globalem Schlüssel oder einem User Service Key: Homing verwendet ein API-Token. Erstellen Sie eines, das die DNS-Einträge der Zone bearbeiten darf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the zone identifier is not needed: Homing finds the zone by name</source>
        <translation>die Zonenkennung wird nicht benötigt: Homing findet die Zone anhand des Namens</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ddns-updater&apos;s &quot;hetzner&quot; is the old DNS console (dns.hetzner.com); Homing speaks the Hetzner Cloud API, whose tokens differ: check which token this is</source>
        <translation>„hetzner“ bei ddns-updater ist die alte DNS-Konsole (dns.hetzner.com); Homing spricht die Hetzner-Cloud-API, deren Tokens sich unterscheiden: Prüfen Sie, welches Token dies ist</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>success_regex %1 is not imported; Homing checks the reply for its success words</source>
        <translation>success_regex %1 wird nicht importiert; Homing prüft die Antwort auf seine Erfolgswörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Domains is no longer supported (ddns-updater refuses it too)</source>
        <translation>Google Domains wird nicht mehr unterstützt (auch ddns-updater lehnt es ab)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no provider is given</source>
        <translation>es ist kein Anbieter angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddns-updater&apos;s provider &quot;%1&quot; has no Homing provider</source>
        <translation>für den ddns-updater-Anbieter „%1“ gibt es keinen Homing-Anbieter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;ipv4 or ipv6&quot; updates one record with whichever address was found; imported as IPv4 and IPv6</source>
        <translation>„ipv4 or ipv6“ aktualisiert einen Eintrag mit der Adresse, die gerade gefunden wurde; als IPv4 und IPv6 importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ip_version &quot;%1&quot; is not one of ipv4, ipv6, &quot;ipv4 or ipv6&quot;</source>
        <translation>ip_version „%1“ ist keiner der Werte ipv4, ipv6, „ipv4 or ipv6“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ipv6_suffix %1 is not imported: Homing takes a fixed 64-bit interface id</source>
        <translation>ipv6_suffix %1 wird nicht importiert: Homing verwendet eine feste 64-Bit-Schnittstellenkennung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;host&quot;/&quot;owner&quot; is ddns-updater&apos;s old form; the names are combined with the domain</source>
        <translation>„host“/„owner“ ist die alte Form von ddns-updater; die Namen werden mit der Domain zusammengesetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no domain is given</source>
        <translation>es ist keine Domain angegeben</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Read from the CONFIG variable, which ddns-updater prefers to the file and writes back over it</source>
        <translation>Aus der Variablen CONFIG gelesen, die ddns-updater der Datei vorzieht und über die Datei zurückschreibt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the JSON is not an object with &quot;settings&quot;</source>
        <translation>das JSON ist kein Objekt mit „settings“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no &quot;settings&quot; list</source>
        <translation>es gibt keine „settings“-Liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an entry that is not an object</source>
        <translation>ein Eintrag, der kein Objekt ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPV6_PREFIX=%1 is not imported; set a fixed interface id per host</source>
        <translation>IPV6_PREFIX=%1 wird nicht importiert; legen Sie pro Host eine feste Schnittstellenkennung fest</translation>
    </message>
    <message>
        <location filename="../core/importers/importapplier.cpp" line="+131"/>
        <source>the secret store refused a secret: %1</source>
        <translation>der Geheimnisspeicher hat ein Geheimnis abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/importers/importer.cpp" line="+71"/>
        <source>%1 can be read only by root: open it with the file chooser, or copy it to a place you can read (sudo cat %1 &gt; ~/%2)</source>
        <translation>%1 kann nur von root gelesen werden: Öffnen Sie die Datei über die Dateiauswahl oder kopieren Sie sie an einen Ort, den Sie lesen können (sudo cat %1 &gt; ~/%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than 4 MiB; that is not a DDNS client&apos;s configuration</source>
        <translation>%1 ist größer als 4 MiB; das ist nicht die Konfiguration eines DDNS-Clients</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not a ddclient, inadyn, ddns-updater or ddns-go configuration that Homing recognises; choose the format</source>
        <translation>%1 ist keine Konfiguration von ddclient, inadyn, ddns-updater oder ddns-go, die Homing erkennt; wählen Sie das Format</translation>
    </message>
    <message>
        <location filename="../core/importers/importpreview.cpp" line="+134"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Hosts (%n):</source>
        <translation>
            <numerusform>Hosts (%n):</numerusform>
            <numerusform>Hosts (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>      %1 = %2</source>
        <translation>      %1 = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>      secret %1 to the keychain, from %2</source>
        <translation>      Geheimnis %1 in den Schlüsselbund, aus %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>      secret %1 is missing: set it after the import</source>
        <translation>      Geheimnis %1 fehlt: Legen Sie es nach dem Import fest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>      last published: %1</source>
        <translation>      zuletzt veröffentlicht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Address sources (%n):</source>
        <translation>
            <numerusform>Adressquellen (%n):</numerusform>
            <numerusform>Adressquellen (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Not imported (%n):</source>
        <translation>
            <numerusform>Nicht importiert (%n):</numerusform>
            <numerusform>Nicht importiert (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When Homing works, stop the old client: %1</source>
        <translation>Sobald Homing funktioniert, beenden Sie den alten Client: %1</translation>
    </message>
    <message>
        <location filename="../core/importers/importsupport.cpp" line="+204"/>
        <source>Homing has no provider &quot;%1&quot;</source>
        <translation>Homing hat keinen Anbieter „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host name &quot;%1&quot; is a placeholder</source>
        <translation>der Hostname „%1“ ist ein Platzhalter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the provider %1 has no setting &quot;%2&quot;</source>
        <translation>der Anbieter %1 hat keine Einstellung „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value of %1 is a placeholder</source>
        <translation>der Wert von %1 ist ein Platzhalter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the provider %1 cannot update the address family asked for</source>
        <translation>der Anbieter %1 kann die gewünschte Adressfamilie nicht aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the provider %1 has no secret &quot;%2&quot;</source>
        <translation>der Anbieter %1 hat kein Geheimnis „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 is a placeholder</source>
        <translation>%1 ist ein Platzhalter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the URL&apos;s %1= looks secret too but stays in the URL</source>
        <translation>%1= in der URL sieht ebenfalls geheim aus, bleibt aber in der URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1= part of the URL of %2</source>
        <translation>der %1=-Teil der URL von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no secret found in the URL; check that it holds none</source>
        <translation>kein Geheimnis in der URL gefunden; prüfen Sie, ob sie wirklich keines enthält</translation>
    </message>
    <message>
        <location filename="../core/importers/inadynimporter.cpp" line="-50"/>
        <source>inadyn guesses the provider &quot;%1&quot; as %2</source>
        <translation>inadyn deutet den Anbieter „%1“ als %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>password of %1</source>
        <translation>password von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username of %1</source>
        <translation>username von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a custom section without ddns-server</source>
        <translation>ein custom-Abschnitt ohne ddns-server</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>this is Hurricane Electric&apos;s tunnel broker (the tunnel&apos;s endpoint), not DNS; Homing updates DNS records only</source>
        <translation>dies ist der Tunnelbroker von Hurricane Electric (der Endpunkt des Tunnels), kein DNS; Homing aktualisiert nur DNS-Einträge</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 updates IPv6 (inadyn&apos;s dynv6 default); IPv4 is ipv4@dynv6.com</source>
        <translation>%1 aktualisiert IPv6 (Standard von inadyn für dynv6); IPv4 ist ipv4@dynv6.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FreeDNS with user name and password (the v1 API): Homing uses the v2 update token. Add the host with the token from freedns.afraid.org/dynamic/v2/.</source>
        <translation>FreeDNS mit Benutzername und Passwort (die v1-API): Homing verwendet das v2-Aktualisierungs-Token. Legen Sie den Host mit dem Token von freedns.afraid.org/dynamic/v2/ an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>inadyn&apos;s provider &quot;%1&quot; has no Homing provider</source>
        <translation>für den inadyn-Anbieter „%1“ gibt es keinen Homing-Anbieter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wildcard is not imported</source>
        <translation>wildcard wird nicht importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allow-ipv6 is on: add IPv6 to the host if its record should follow it</source>
        <translation>allow-ipv6 ist eingeschaltet: Fügen Sie dem Host IPv6 hinzu, wenn sein Eintrag dieser Adresse folgen soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no hostname is given</source>
        <translation>es ist kein hostname angegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a Cloudflare record id, not a host name: add the record&apos;s name</source>
        <translation>eine Cloudflare-Eintrags-ID, kein Hostname: Geben Sie den Namen des Eintrags an</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>line %1: %2 (inadyn refuses this file too)</source>
        <translation>Zeile %1: %2 (auch inadyn lehnt diese Datei ab)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a section with the same title comes later; inadyn keeps only the last one. Use NAME:1, NAME:2 for several accounts.</source>
        <translation>später folgt ein Abschnitt mit demselben Titel; inadyn behält nur den letzten. Verwenden Sie NAME:1, NAME:2 für mehrere Konten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inadyn has no global option &quot;%1&quot; and refuses the file</source>
        <translation>inadyn hat keine globale Option „%1“ und lehnt die Datei ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cache-dir is deprecated and ignored by inadyn</source>
        <translation>cache-dir ist veraltet und wird von inadyn ignoriert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inadyn has no section &quot;%1&quot;</source>
        <translation>inadyn hat keinen Abschnitt „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inadyn has no option &quot;%1&quot; in a section</source>
        <translation>inadyn hat keine Option „%1“ in einem Abschnitt</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>comes before any &quot;system&quot; line</source>
        <translation>steht vor der ersten „system“-Zeile</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>inadyn 1 has no option &quot;%1&quot;</source>
        <translation>inadyn 1 hat keine Option „%1“</translation>
    </message>
    <message>
        <location filename="../core/importers/yamlreader.cpp" line="+111"/>
        <source>a quote (&apos;) is not closed</source>
        <translation>ein Anführungszeichen (&apos;) ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote (&quot;) is not closed</source>
        <translation>ein Anführungszeichen (&quot;) ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a [ list is not closed on its line</source>
        <translation>eine [-Liste wird in ihrer Zeile nicht geschlossen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected &quot;key: value&quot;</source>
        <translation>„Schlüssel: Wert“ erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the key &quot;%1&quot; is already defined in this mapping</source>
        <translation>der Schlüssel „%1“ ist in dieser Zuordnung bereits definiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a tab in the indentation (YAML allows spaces only)</source>
        <translation>ein Tabulator in der Einrückung (YAML erlaubt nur Leerzeichen)</translation>
    </message>
</context>
<context>
    <name>Homing::InputCheck</name>
    <message numerus="yes">
        <location filename="../core/inputcheck.cpp" line="+64"/>
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n Zeichen)</numerusform>
            <numerusform>… (%n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::InterfaceSource</name>
    <message>
        <location filename="../core/address/interfacesource.cpp" line="+86"/>
        <source>this source is not set up for %1</source>
        <translation>diese Quelle ist nicht für %1 eingerichtet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any interface</source>
        <translation>beliebige Schnittstelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no IPv4 address</source>
        <translation>%1 hat keine IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has several IPv4 addresses (%2); name one interface</source>
        <translation>%1 hat mehrere IPv4-Adressen (%2); nennen Sie eine Schnittstelle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no current temporary IPv6 address</source>
        <translation>%1 hat keine aktuelle temporäre IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no stable IPv6 address (not temporary, not deprecated)</source>
        <translation>%1 hat keine stabile IPv6-Adresse (nicht temporär, nicht veraltet)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the fixed IPv6 policy needs interfaceId, e.g. ::1234:5678:9abc:def0</source>
        <translation>die Richtlinie „feste IPv6-Kennung“ braucht interfaceId, z. B. ::1234:5678:9abc:def0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has prefix length %2; a fixed interface id needs a /64 or shorter prefix</source>
        <translation>%1 hat die Präfixlänge %2; eine feste Schnittstellenkennung braucht ein Präfix von /64 oder kürzer</translation>
    </message>
    <message>
        <location filename="../core/address/netlinkaddresses.cpp" line="+128"/>
        <source>cannot open a netlink socket: %1</source>
        <translation>Netlink-Socket kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>netlink request failed: %1</source>
        <translation>Netlink-Anfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the kernel did not finish listing addresses</source>
        <translation>der Kernel hat die Adressliste nicht vollständig geliefert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>netlink read failed: %1</source>
        <translation>Lesen von Netlink fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the kernel refused to list addresses</source>
        <translation>der Kernel hat das Auflisten der Adressen verweigert</translation>
    </message>
</context>
<context>
    <name>Homing::KeychainSecretStore</name>
    <message>
        <location filename="../core/storage/keychainsecretstore.cpp" line="+70"/>
        <source>No secret is stored for this entry in the keychain (a locked keychain can also look like this).</source>
        <translation>Für diesen Eintrag ist im Schlüsselbund kein Geheimnis gespeichert (ein gesperrter Schlüsselbund kann ebenso aussehen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain (Secret Service) is not available (%1). Start one, such as gnome-keyring or KWallet, or on a machine without a desktop set &quot;secretStore&quot;: &quot;file&quot; in the config.</source>
        <translation>Der Systemschlüsselbund (Secret Service) ist nicht verfügbar (%1). Starten Sie einen, etwa gnome-keyring oder KWallet, oder setzen Sie auf einem Rechner ohne Desktop &quot;secretStore&quot;: &quot;file&quot; in der Konfiguration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain is locked (%1). Unlock it, for example by logging in to the desktop, and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt (%1). Entsperren Sie ihn, etwa durch Anmelden am Desktop, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused access (%1). Allow Homing when the keychain asks, and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Erlauben Sie Homing den Zugriff, wenn der Schlüsselbund fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain did not answer in time (%1).</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the system keychain (Secret Service), service &quot;%1&quot;</source>
        <translation>der Systemschlüsselbund (Secret Service), Dienst „%1“</translation>
    </message>
</context>
<context>
    <name>Homing::LocalListener</name>
    <message>
        <location filename="../core/control/locallistener.cpp" line="+71"/>
        <source>Cannot listen on %1: the path is too long for a socket</source>
        <translation>Auf %1 kann nicht gelauscht werden: Der Pfad ist für einen Socket zu lang</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Homing::LogindPowerEvents</name>
    <message>
        <location filename="../app/platform/logindpowerevents.cpp" line="+49"/>
        <source>Taking host names offline before the machine goes away</source>
        <translation>Nimmt Hostnamen offline, bevor der Rechner weg ist</translation>
    </message>
</context>
<context>
    <name>Homing::MemorySecretStore</name>
    <message>
        <location filename="../core/storage/memorysecretstore.cpp" line="+12"/>
        <source>memory only (nothing is kept after Homing quits)</source>
        <translation>nur im Arbeitsspeicher (nach dem Beenden von Homing bleibt nichts erhalten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>simulated failure</source>
        <translation>simulierter Fehler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No secret is stored for this entry.</source>
        <translation>Für diesen Eintrag ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>Homing::NamecheapProvider</name>
    <message>
        <location filename="../core/providers/namecheapprovider.cpp" line="+66"/>
        <source>Namecheap Dynamic DNS (A records only)</source>
        <translation>Namecheap Dynamic DNS (nur A-Einträge)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dynamic DNS password</source>
        <translation>Dynamic-DNS-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS page), not the account password.</source>
        <translation>Das Dynamic-DNS-Passwort der Domain (Seite „Advanced DNS“), nicht das Kontopasswort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4 only: Namecheap&apos;s dynamic DNS cannot set AAAA records. The record must be an &quot;A + Dynamic DNS&quot; record.</source>
        <translation>Nur IPv4: Das dynamische DNS von Namecheap kann keine AAAA-Einträge setzen. Der Eintrag muss vom Typ „A + Dynamic DNS“ sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Namecheap&apos;s dynamic DNS sets IPv4 (A) records only.</source>
        <translation>Das dynamische DNS von Namecheap setzt nur IPv4-Einträge (A).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off IPv6 for this host.</source>
        <translation>Schalten Sie IPv6 für diesen Host aus.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Namecheap reports the address %1, which is not the one sent.</source>
        <translation>Namecheap meldet die Adresse %1, die nicht der gesendeten entspricht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Namecheap refused the password: %1</source>
        <translation>Namecheap hat das Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the domain&apos;s Dynamic DNS password from the Advanced DNS page, and check that Dynamic DNS is enabled.</source>
        <translation>Geben Sie das Dynamic-DNS-Passwort der Domain von der Seite „Advanced DNS“ ein und prüfen Sie, ob Dynamic DNS aktiviert ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namecheap refused the update: %1</source>
        <translation>Namecheap hat die Aktualisierung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the domain, and that the host has an &quot;A + Dynamic DNS&quot; record.</source>
        <translation>Prüfen Sie die Domain und ob der Host einen Eintrag vom Typ „A + Dynamic DNS“ hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namecheap reports an error: %1</source>
        <translation>Namecheap meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Homing::Paths</name>
    <message>
        <location filename="../core/storage/paths.cpp" line="+33"/>
        <source>Cannot use the directory %1: %2</source>
        <translation>Das Verzeichnis %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a symbolic link, not a directory; Homing does not put its control socket there. Remove it, or set XDG_RUNTIME_DIR.</source>
        <translation>%1 ist ein symbolischer Link, kein Verzeichnis; Homing legt seinen Steuer-Socket dort nicht ab. Entfernen Sie ihn oder setzen Sie XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a directory; Homing does not put its control socket there. Remove it, or set XDG_RUNTIME_DIR.</source>
        <translation>%1 ist kein Verzeichnis; Homing legt seinen Steuer-Socket dort nicht ab. Entfernen Sie es oder setzen Sie XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 belongs to another user (uid %2), who could replace Homing&apos;s control socket; Homing does not use it. Remove it (as root if need be), or set XDG_RUNTIME_DIR.</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2), der den Steuer-Socket von Homing ersetzen könnte; Homing verwendet es nicht. Entfernen Sie es (nötigenfalls als root) oder setzen Sie XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is open to other users (mode %2), who could replace Homing&apos;s control socket; Homing does not use it. Make it mode 0700 (chmod 700 %1).</source>
        <translation>%1 ist für andere Benutzer offen (Modus %2), die den Steuer-Socket von Homing ersetzen könnten; Homing verwendet es nicht. Setzen Sie den Modus auf 0700 (chmod 700 %1).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot create the directory %1: %2</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Homing::PorkbunProvider</name>
    <message>
        <location filename="../core/providers/porkbunprovider.cpp" line="+54"/>
        <source>Porkbun DNS through its JSON API</source>
        <translation>Porkbun-DNS über die JSON-API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The API key (pk1_...).</source>
        <translation>Der API-Schlüssel (pk1_...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret API key</source>
        <translation>Geheimer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secret API key (sk1_...).</source>
        <translation>Der geheime API-Schlüssel (sk1_...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on API access for the domain in Porkbun&apos;s settings. A missing record is created. TTL is at least 600 s.</source>
        <translation>Schalten Sie in den Porkbun-Einstellungen den API-Zugriff für die Domain ein. Ein fehlender Eintrag wird angelegt. Die TTL beträgt mindestens 600 s.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Porkbun accepted the API keys.</source>
        <translation>Porkbun hat die API-Schlüssel angenommen.</translation>
    </message>
</context>
<context>
    <name>Homing::PowerDnsProvider</name>
    <message>
        <location filename="../core/providers/powerdnsprovider.cpp" line="+59"/>
        <source>Your own PowerDNS Authoritative server, through its HTTP API</source>
        <translation>Ihr eigener PowerDNS-Authoritative-Server, über seine HTTP-API</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The webserver address of PowerDNS (webserver-address and webserver-port in pdns.conf). https:// is required except for a server on this machine.</source>
        <translation>Die Webserver-Adresse von PowerDNS (webserver-address und webserver-port in pdns.conf). https:// ist erforderlich, außer für einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server id</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server id in the API path; localhost unless you changed it.</source>
        <translation>Die Server-ID im API-Pfad; localhost, sofern Sie sie nicht geändert haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The api-key from pdns.conf.</source>
        <translation>Der api-key aus pdns.conf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PATCH per update replaces the host&apos;s A and AAAA rrsets with the host&apos;s TTL (60 s by default). Parking deletes them.</source>
        <translation>Ein PATCH pro Aktualisierung ersetzt die A- und AAAA-RRsets des Hosts mit der TTL des Hosts (standardmäßig 60 s). Beim Parken werden sie gelöscht.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Parked: deleted the address records of %1.</source>
        <translation>Geparkt: Die Adresseinträge von %1 wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PowerDNS accepted the API key for the zone %1.</source>
        <translation>PowerDNS hat den API-Schlüssel für die Zone %1 angenommen.</translation>
    </message>
</context>
<context>
    <name>Homing::Provider</name>
    <message>
        <location filename="../core/providers/provider.cpp" line="+30"/>
        <source>%1 has no harmless way to test credentials.</source>
        <translation>%1 bietet keine harmlose Möglichkeit, Zugangsdaten zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the host and watch its first update instead.</source>
        <translation>Speichern Sie den Host und beobachten Sie stattdessen seine erste Aktualisierung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot park a record from Homing.</source>
        <translation>%1 kann einen Eintrag nicht von Homing aus parken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another way to protect the name, e.g. a short TTL.</source>
        <translation>Wählen Sie einen anderen Weg, den Namen zu schützen, z. B. eine kurze TTL.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No address to park %1 at is set.</source>
        <translation>Für %1 ist keine Adresse zum Parken festgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter one in the host editor under &quot;Take the name offline&quot;.</source>
        <translation>Geben Sie im Host-Editor unter „Namen offline nehmen“ eine ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing %1 credentials re-sends the address it holds, and none is known yet.</source>
        <translation>Das Prüfen der Zugangsdaten für %1 sendet die dort gespeicherte Adresse erneut, und die ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Homing update the host once, then test again.</source>
        <translation>Lassen Sie Homing den Host einmal aktualisieren und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Homing::ProviderCache</name>
    <message>
        <location filename="../core/providers/providercache.cpp" line="+102"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Homing::ProviderFields</name>
    <message>
        <location filename="../core/providers/providerfields.cpp" line="+22"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service&apos;s address; leave the default unless you run your own server. https:// is required except for a server on this machine.</source>
        <translation>Die Adresse des Dienstes; behalten Sie den Standard, sofern Sie keinen eigenen Server betreiben. https:// ist Pflicht, außer für einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IPv6 server</source>
        <translation>IPv6-Server</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kept in the system keychain, never in the config file.</source>
        <translation>Wird im Systemschlüsselbund gespeichert, nie in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Zone (domain)</source>
        <translation>Zone (Domain)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain as registered at the provider, e.g. example.org; the host name must be this domain or a name under it.</source>
        <translation>Die beim Anbieter registrierte Domain, z. B. example.org; der Hostname muss diese Domain oder ein Name darunter sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain as registered at the provider, e.g. example.org. Leave empty to let Homing find it.</source>
        <translation>Die beim Anbieter registrierte Domain, z. B. example.org. Leer lassen, damit Homing sie ermittelt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create the record if missing</source>
        <translation>Eintrag anlegen, falls er fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the A/AAAA record does not exist yet, create it instead of asking you to.</source>
        <translation>Wenn der A/AAAA-Eintrag noch nicht existiert, ihn anlegen, statt Sie darum zu bitten.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not inside the zone %2.</source>
        <translation>%1 liegt nicht in der Zone %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the zone to the domain the host name belongs to.</source>
        <translation>Setzen Sie die Zone auf die Domain, zu der der Hostname gehört.</translation>
    </message>
</context>
<context>
    <name>Homing::ProviderInfo</name>
    <message>
        <location filename="../core/providers/providerinfo.cpp" line="+47"/>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be on one line</source>
        <translation>%1 muss in einer Zeile stehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 starts or ends with a space; remove it if it was not meant</source>
        <translation>%1 beginnt oder endet mit einem Leerzeichen; entfernen Sie es, falls es nicht beabsichtigt war</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be one of: %2</source>
        <translation>%1 muss einer der folgenden Werte sein: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 takes the address from the connection, so Homing cannot point the name elsewhere or take it offline.</source>
        <translation>%1 nimmt die Adresse aus der Verbindung, daher kann Homing den Namen weder woandershin zeigen lassen noch offline nehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing tells %1 that the host is offline (offline=YES, a paid feature at %1), and online again when the machine is back.</source>
        <translation>Homing meldet %1, dass der Host offline ist (offline=YES, bei %1 kostenpflichtig), und wieder online, sobald der Rechner zurück ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing removes the name&apos;s addresses at %1 and publishes them again when the machine is back.</source>
        <translation>Homing entfernt die Adressen des Namens bei %1 und veröffentlicht sie wieder, sobald der Rechner zurück ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 offers no way to remove the address, so Homing points the name at the address you give here (one you control, or 0.0.0.0 and :: for nowhere) until the machine is back.</source>
        <translation>%1 bietet keinen Weg, die Adresse zu entfernen; daher lässt Homing den Namen auf die hier angegebene Adresse zeigen (eine eigene, oder 0.0.0.0 und :: für nirgendwohin), bis der Rechner zurück ist.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 serves only names under %2, such as myhome.%2</source>
        <translation>%1 bedient nur Namen unter %2, etwa myhome.%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 does not use a setting called &quot;%2&quot;</source>
        <translation>%1 verwendet keine Einstellung namens „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a secret and belongs in the keychain, not in the config file</source>
        <translation>%1 ist ein Geheimnis und gehört in den Schlüsselbund, nicht in die Konfigurationsdatei</translation>
    </message>
</context>
<context>
    <name>Homing::ProviderReplies</name>
    <message>
        <location filename="../core/providers/providerreplies.cpp" line="+56"/>
        <source>Change the server address to an https:// URL.</source>
        <translation>Ändern Sie die Serveradresse in eine https://-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider moved: %1</source>
        <translation>Der Anbieter ist umgezogen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server setting of this host; if the provider really moved, enter the new address.</source>
        <translation>Prüfen Sie die Server-Einstellung dieses Hosts; falls der Anbieter wirklich umgezogen ist, geben Sie die neue Adresse ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No usable reply from the provider: %1</source>
        <translation>Keine verwertbare Antwort vom Anbieter: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider asks Homing to slow down (HTTP 429)</source>
        <translation>Der Anbieter bittet Homing, langsamer zu werden (HTTP 429)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider refused the credentials (HTTP %1)</source>
        <translation>Der Anbieter hat die Zugangsdaten abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the credentials stored for this host, and that they are allowed to change this name.</source>
        <translation>Prüfen Sie die für diesen Host gespeicherten Zugangsdaten und ob sie diesen Namen ändern dürfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider has a problem on its side (HTTP %1)</source>
        <translation>Der Anbieter hat ein Problem auf seiner Seite (HTTP %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The provider&apos;s reply was not understood (HTTP %1, %2 bytes).</source>
        <translation>Die Antwort des Anbieters wurde nicht verstanden (HTTP %1, %2 Bytes).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The provider refused the request (HTTP %1)</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this host&apos;s settings (zone, host name, record) against the provider&apos;s control panel.</source>
        <translation>Vergleichen Sie die Einstellungen dieses Hosts (Zone, Hostname, Eintrag) mit dem Kundenbereich des Anbieters.</translation>
    </message>
</context>
<context>
    <name>Homing::RecordSync</name>
    <message>
        <location filename="../core/providers/recordsync.cpp" line="+86"/>
        <source>%1 has no %2 record for %3.</source>
        <translation>%1 hat keinen %2-Eintrag für %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the record, or allow Homing to create it.</source>
        <translation>Legen Sie den Eintrag an oder erlauben Sie Homing, ihn anzulegen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Parked: deleted the address records of %1.</source>
        <translation>Geparkt: die Adresseinträge von %1 wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>Homing::Rfc2136Provider</name>
    <message>
        <location filename="../core/providers/rfc2136provider.cpp" line="+84"/>
        <source>BIND, Knot, PowerDNS and any server that takes signed dynamic updates</source>
        <translation>BIND, Knot, PowerDNS und jeder Server, der signierte dynamische Aktualisierungen annimmt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name server</source>
        <translation>Nameserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The primary name server&apos;s IP address or host name. Leave empty to send to the primary named in the zone&apos;s SOA record (often wrong: set it if you can).</source>
        <translation>Die IP-Adresse oder der Hostname des primären Nameservers. Leer lassen, um an den im SOA-Eintrag der Zone genannten primären Server zu senden (oft falsch: Setzen Sie ihn, wenn Sie können).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TSIG key name</source>
        <translation>TSIG-Schlüsselname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The key&apos;s name as the server knows it.</source>
        <translation>Der Name des Schlüssels, wie ihn der Server kennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name server&apos;s port; 53 unless it listens elsewhere.</source>
        <translation>Der Port des Nameservers; 53, sofern er nicht auf einem anderen lauscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TSIG algorithm</source>
        <translation>TSIG-Algorithmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key&apos;s algorithm, as in the server&apos;s key block.</source>
        <translation>Der Algorithmus des Schlüssels, wie im key-Block des Servers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSIG secret</source>
        <translation>TSIG-Geheimnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The key&apos;s base64 secret, as in the server&apos;s key block.</source>
        <translation>Das Base64-Geheimnis des Schlüssels, wie im key-Block des Servers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite</source>
        <translation>Vorbedingung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: always replace; record-exists: only when the name already has a record of that type; name-exists: only when the name exists.</source>
        <translation>none: immer ersetzen; record-exists: nur, wenn der Name bereits einen Eintrag dieses Typs hat; name-exists: nur, wenn der Name existiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clock check</source>
        <translation>Uhrzeitprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An https:// address whose Date header Homing compares with this computer&apos;s clock when the server gives a bare REFUSED (PowerDNS does so for every key problem).</source>
        <translation>Eine https://-Adresse, deren Date-Header Homing mit der Uhr dieses Rechners vergleicht, wenn der Server nur REFUSED antwortet (PowerDNS tut das bei jedem Schlüsselproblem).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One atomic update per family: the A (or AAAA) RRset is deleted and the new address added with the host&apos;s TTL (60 s by default). Replies must carry a valid TSIG signature. Paste the key block from tsig-keygen, keymgr or pdnsutil into the host editor.</source>
        <translation>Eine atomare Aktualisierung pro Adressfamilie: Das A- (oder AAAA-)RRset wird gelöscht und die neue Adresse mit der TTL des Hosts (standardmäßig 60 s) hinzugefügt. Antworten müssen eine gültige TSIG-Signatur tragen. Fügen Sie den key-Block aus tsig-keygen, keymgr oder pdnsutil in den Host-Editor ein.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The TSIG key for %1 is incomplete or its secret is not base64.</source>
        <translation>Der TSIG-Schlüssel für %1 ist unvollständig, oder sein Geheimnis ist kein Base64.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key block from the name server into the host editor.</source>
        <translation>Fügen Sie den key-Block vom Nameserver in den Host-Editor ein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The name server %1 could not be found: %2</source>
        <translation>Der Nameserver %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not inside the zone %2.</source>
        <translation>%1 liegt nicht in der Zone %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the zone to the domain the host name belongs to.</source>
        <translation>Setzen Sie die Zone auf die Domain, zu der der Hostname gehört.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No name server is set and this computer has no resolver to find the zone&apos;s primary.</source>
        <translation>Es ist kein Nameserver gesetzt, und dieser Rechner hat keinen Resolver, um den primären Server der Zone zu finden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Set the name server.</source>
        <translation>Setzen Sie den Nameserver.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>SOA query for %1 to %2</source>
        <translation>SOA-Abfrage für %1 an %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing could not find the zone of %1: %2</source>
        <translation>Homing konnte die Zone von %1 nicht finden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not serve a zone that holds %2 (it answered %3 with no SOA record).</source>
        <translation>%1 bedient keine Zone, die %2 enthält (die Antwort war %3, ohne SOA-Eintrag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the host name, and set the zone and the name server that is primary for it.</source>
        <translation>Prüfen Sie den Hostnamen und setzen Sie die Zone und den dafür primären Nameserver.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The zone %1 names no usable primary server.</source>
        <translation>Die Zone %1 nennt keinen brauchbaren primären Server.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The zone&apos;s primary %1 (from its SOA record) has no address Homing could find.</source>
        <translation>Für den primären Server %1 der Zone (aus ihrem SOA-Eintrag) konnte Homing keine Adresse finden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No usable reply from the name server: %1</source>
        <translation>Keine verwertbare Antwort vom Nameserver: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (over TCP)</source>
        <translation> (über TCP)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check the host name and the zone.</source>
        <translation>Prüfen Sie Hostnamen und Zone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UPDATE zone %1: replace %2 %3 with %4 (TTL %5) at %6, key %7 (%8)</source>
        <translation>UPDATE Zone %1: %2 %3 durch %4 ersetzen (TTL %5) bei %6, Schlüssel %7 (%8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UPDATE zone %1: delete %2 %3 at %4, key %5 (%6)</source>
        <translation>UPDATE Zone %1: %2 %3 löschen bei %4, Schlüssel %5 (%6)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the %1 record.</source>
        <translation>Der %1-Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(Homing could not compare this computer&apos;s clock with %1: check the clock too.)</source>
        <translation>(Homing konnte die Uhr dieses Rechners nicht mit %1 vergleichen: Prüfen Sie auch die Uhr.)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s clock agrees with %1, so the key, its algorithm or the server&apos;s policy is the likely cause.</source>
        <translation>Die Uhr dieses Rechners stimmt mit %1 überein, daher sind der Schlüssel, sein Algorithmus oder die Richtlinie des Servers die wahrscheinliche Ursache.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parked: deleted the address records of %1.</source>
        <translation>Geparkt: Die Adresseinträge von %1 wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check the zone.</source>
        <translation>Prüfen Sie die Zone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed SOA query for %1 to %2, key %3 (%4)</source>
        <translation>signierte SOA-Abfrage für %1 an %2, Schlüssel %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name server %1 accepted the key %2 for the zone %3.</source>
        <translation>Der Nameserver %1 hat den Schlüssel %2 für die Zone %3 angenommen.</translation>
    </message>
</context>
<context>
    <name>Homing::Rfc2136Reply</name>
    <message>
        <location filename="../core/providers/rfc2136reply.cpp" line="+21"/>
        <source>the key &quot;%1&quot; (%2)</source>
        <translation>Schlüssel „%1“ (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the key name, algorithm and secret from the name server&apos;s configuration again (paste the whole key block), and check the server uses the same key.</source>
        <translation>Kopieren Sie Schlüsselname, Algorithmus und Geheimnis erneut aus der Konfiguration des Nameservers (fügen Sie den ganzen key-Block ein), und prüfen Sie, ob der Server denselben Schlüssel verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know %2 (BADKEY): the key name or algorithm is wrong.</source>
        <translation>%1 kennt %2 nicht (BADKEY): Der Schlüsselname oder der Algorithmus ist falsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rejected the signature made with %2 (BADSIG): the secret or the algorithm is wrong.</source>
        <translation>%1 hat die mit %2 erstellte Signatur abgelehnt (BADSIG): Das Geheimnis oder der Algorithmus ist falsch.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 says this computer&apos;s clock is more than %2 s off (BADTIME).</source>
        <translation>%1 meldet, dass die Uhr dieses Rechners um mehr als %2 s abweicht (BADTIME).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set this computer&apos;s clock right (turn on NTP time synchronisation).</source>
        <translation>Stellen Sie die Uhr dieses Rechners richtig (schalten Sie die NTP-Zeitsynchronisation ein).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s clock is %1 the name server&apos;s (%2 says it is %3; TSIG allows %4 s), so it refused the update (BADTIME).</source>
        <translation>Die Uhr dieses Rechners geht gegenüber der des Nameservers %1 (%2 meldet %3; TSIG erlaubt %4 s), daher hat er die Aktualisierung abgelehnt (BADTIME).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply was not signed with the key, so its time is a claim.</source>
        <translation>Die Antwort war nicht mit dem Schlüssel signiert, daher ist ihre Zeitangabe nur eine Behauptung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set this computer&apos;s clock right (turn on NTP time synchronisation), or the server&apos;s if it is the one that is off.</source>
        <translation>Stellen Sie die Uhr dieses Rechners richtig (schalten Sie die NTP-Zeitsynchronisation ein) oder die des Servers, falls dessen Uhr falsch geht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TSIG %1</source>
        <translation>TSIG %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ahead of</source>
        <translation>%1 vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 behind</source>
        <translation>%1 nach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name server refused the update, and this computer&apos;s clock is %1 %2 (which says it is %3): TSIG fails when the clocks differ by more than 5 minutes.</source>
        <translation>Der Nameserver hat die Aktualisierung abgelehnt, und die Uhr dieses Rechners geht gegenüber %2 %1 (dort ist es %3): TSIG schlägt fehl, wenn die Uhren mehr als 5 Minuten voneinander abweichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set this computer&apos;s clock right (turn on NTP time synchronisation), then try again.</source>
        <translation>Stellen Sie die Uhr dieses Rechners richtig (schalten Sie die NTP-Zeitsynchronisation ein) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sent a reply Homing cannot read (%2).</source>
        <translation>%1 hat eine Antwort gesendet, die Homing nicht lesen kann (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reply is not signed</source>
        <translation>die Antwort ist nicht signiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused the signature (%2).</source>
        <translation>%1 hat die Signatur abgelehnt (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key and the algorithm against the name server&apos;s configuration.</source>
        <translation>Prüfen Sie Schlüssel und Algorithmus anhand der Konfiguration des Nameservers.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reply from %1 cannot be trusted (%2), so Homing cannot tell whether the change was made.</source>
        <translation>Der Antwort von %1 kann nicht vertraut werden (%2), daher kann Homing nicht sagen, ob die Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not the primary server for the zone %2 (NOTAUTH), or refused %3.</source>
        <translation>%1 ist nicht der primäre Server für die Zone %2 (NOTAUTH) oder hat %3 abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point Homing at the zone&apos;s primary name server, and check the zone and the key.</source>
        <translation>Richten Sie Homing auf den primären Nameserver der Zone aus und prüfen Sie Zone und Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused to let %2 change %3 %4 (REFUSED: not allowed).</source>
        <translation>%1 hat %2 nicht erlaubt, %3 %4 zu ändern (REFUSED: nicht erlaubt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow the key to update this name on the server (BIND update-policy, Knot acl with action update, PowerDNS TSIG-ALLOW-DNSUPDATE and allow-dnsupdate-from).</source>
        <translation>Erlauben Sie dem Schlüssel auf dem Server, diesen Namen zu aktualisieren (BIND update-policy, Knot acl mit action update, PowerDNS TSIG-ALLOW-DNSUPDATE und allow-dnsupdate-from).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not inside the zone %2 (NOTZONE).</source>
        <translation>%1 liegt nicht in der Zone %2 (NOTZONE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the zone to the one the host name belongs to, or leave it empty to let Homing find it.</source>
        <translation>Setzen Sie die Zone auf die, zu der der Hostname gehört, oder lassen Sie sie leer, damit Homing sie ermittelt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not change %2: the prerequisite failed (%3: the name or its %4 record is not as required).</source>
        <translation>%1 hat %2 nicht geändert: Die Vorbedingung ist nicht erfüllt (%3: Der Name oder sein %4-Eintrag ist nicht wie verlangt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the record on the server first, or set the prerequisite to none.</source>
        <translation>Legen Sie den Eintrag zuerst auf dem Server an oder setzen Sie die Vorbedingung auf none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not read the update for %2 in zone %3 (FORMERR).</source>
        <translation>%1 konnte die Aktualisierung für %2 in der Zone %3 nicht lesen (FORMERR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the zone and the host name; if both are right, the server may not speak RFC 2136.</source>
        <translation>Prüfen Sie Zone und Hostnamen; wenn beide stimmen, spricht der Server möglicherweise kein RFC 2136.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not accept dynamic updates (NOTIMP).</source>
        <translation>%1 nimmt keine dynamischen Aktualisierungen an (NOTIMP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on dynamic updates for the zone on the name server.</source>
        <translation>Schalten Sie auf dem Nameserver dynamische Aktualisierungen für die Zone ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed to apply the update (SERVFAIL).</source>
        <translation>%1 konnte die Aktualisierung nicht anwenden (SERVFAIL).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered %2.</source>
        <translation>%1 hat mit %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>Homing::Scheduler</name>
    <message>
        <location filename="../core/engine/scheduler.cpp" line="+87"/>
        <source>restore after a change behind Homing&apos;s back</source>
        <translation>Wiederherstellen nach einer Änderung hinter Homings Rücken</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>woke up after %1 s</source>
        <translation>nach %1 s aufgewacht</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+142"/>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>back online</source>
        <translation>wieder online</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>update now</source>
        <translation>jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paused by the user</source>
        <translation>vom Benutzer pausiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resumed by the user</source>
        <translation>vom Benutzer fortgesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>no such host</source>
        <translation>kein solcher Host</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no published address to check yet</source>
        <translation>%1 hat noch keine veröffentlichte Adresse, die geprüft werden könnte</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>restore requested by the user</source>
        <translation>Wiederherstellen vom Benutzer angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>poll</source>
        <translation>regelmäßige Prüfung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>retry due</source>
        <translation>Wiederholung fällig</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the machine goes to sleep</source>
        <translation>der Rechner geht in den Ruhezustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the machine shuts down</source>
        <translation>der Rechner fährt herunter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>back from sleep</source>
        <translation>aus dem Ruhezustand zurück</translation>
    </message>
</context>
<context>
    <name>Homing::SecretStore</name>
    <message>
        <location filename="../core/storage/secretstore.cpp" line="+95"/>
        <source>The secret store (%1) did not answer within %2 seconds.</source>
        <translation>Der Geheimnisspeicher (%1) hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>Homing::SourceConfig</name>
    <message>
        <location filename="../core/address/sourceconfig.cpp" line="+62"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a list such as [&quot;ipv4&quot;, &quot;ipv6&quot;]</source>
        <translation>muss eine Liste sein, z. B. [&quot;ipv4&quot;, &quot;ipv6&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>may hold only &quot;ipv4&quot; and &quot;ipv6&quot;</source>
        <translation>darf nur „ipv4“ und „ipv6“ enthalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be one of opendns, cloudflare, google</source>
        <translation>muss opendns, cloudflare oder google sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an IP address (or &quot;&quot; to turn this family off)</source>
        <translation>muss eine IP-Adresse sein (oder &quot;&quot;, um diese Adressfamilie auszuschalten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a dns source needs a server for IPv4, IPv6 or both</source>
        <translation>eine DNS-Quelle braucht einen Server für IPv4, IPv6 oder beide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an interface name such as &quot;eth0&quot;</source>
        <translation>muss ein Schnittstellenname sein, z. B. „eth0“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be one of stable, temporary, fixed</source>
        <translation>muss stable, temporary oder fixed sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an IPv6 interface identifier such as &quot;::1234:5678:9abc:def0&quot;</source>
        <translation>muss eine IPv6-Schnittstellenkennung sein, z. B. „::1234:5678:9abc:def0“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an IPv4 address (normally 239.255.255.250)</source>
        <translation>muss eine IPv4-Adresse sein (normalerweise 239.255.255.250)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must name the program to run, e.g. &quot;/usr/local/bin/my-ip&quot;</source>
        <translation>muss das auszuführende Programm nennen, z. B. „/usr/local/bin/my-ip“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a list of strings (no shell is used)</source>
        <translation>muss eine Liste von Zeichenketten sein (es wird keine Shell verwendet)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be a short name for the source, e.g. &quot;ipify&quot;</source>
        <translation>muss ein kurzer Name für die Quelle sein, z. B. „ipify“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an http source needs an IPv4 URL (ipv4Url), an IPv6 URL (ipv6Url) or both</source>
        <translation>eine HTTP-Quelle braucht eine IPv4-URL (ipv4Url), eine IPv6-URL (ipv6Url) oder beides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be one of auto, plain, json, trace, checkip</source>
        <translation>muss auto, plain, json, trace oder checkip sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown source kind &quot;%1&quot;; known: http, dns, interface, upnp, command</source>
        <translation>unbekannte Quellenart „%1“; bekannt: http, dns, interface, upnp, command</translation>
    </message>
    <message>
        <location filename="../core/address/sourcefactory.cpp" line="+27"/>
        <source>unknown source kind &quot;%1&quot;</source>
        <translation>unbekannte Quellenart „%1“</translation>
    </message>
</context>
<context>
    <name>Homing::StatusJson</name>
    <message>
        <location filename="../core/control/statusjson.cpp" line="+55"/>
        <source>(public address)</source>
        <translation>(öffentliche Adresse)</translation>
    </message>
</context>
<context>
    <name>Homing::Tsig</name>
    <message>
        <location filename="../core/dns/tsig.cpp" line="+203"/>
        <source>the key&apos;s algorithm %1 is unknown</source>
        <translation>der Algorithmus %1 des Schlüssels ist unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reply is signed with another key (%1)</source>
        <translation>die Antwort ist mit einem anderen Schlüssel signiert (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply is signed with another algorithm (%1)</source>
        <translation>die Antwort ist mit einem anderen Algorithmus signiert (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply carries no signature</source>
        <translation>die Antwort trägt keine Signatur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the reply&apos;s signature does not match the key</source>
        <translation>die Signatur der Antwort passt nicht zum Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reply was signed %1 s away from this computer&apos;s time</source>
        <translation>die Antwort wurde %1 s abweichend von der Uhrzeit dieses Rechners signiert</translation>
    </message>
</context>
<context>
    <name>Homing::TsigKeyBlock</name>
    <message>
        <location filename="../core/providers/tsigkeyblock.cpp" line="+65"/>
        <source>No key found: paste the key block printed by tsig-keygen (BIND), keymgr -t (Knot) or pdnsutil generate-tsig-key (PowerDNS).</source>
        <translation>Kein Schlüssel gefunden: Fügen Sie den key-Block ein, den tsig-keygen (BIND), keymgr -t (Knot) oder pdnsutil generate-tsig-key (PowerDNS) ausgibt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key uses %1, which Homing does not speak (it speaks %2).</source>
        <translation>Der Schlüssel verwendet %1, das Homing nicht spricht (es spricht %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key &quot;%1&quot; has no readable secret (base64 expected).</source>
        <translation>Der Schlüssel „%1“ hat kein lesbares Geheimnis (Base64 erwartet).</translation>
    </message>
</context>
<context>
    <name>Homing::UpdateCycle</name>
    <message>
        <location filename="../core/engine/updatecycle.cpp" line="+151"/>
        <source>Homing does not know the provider &quot;%1&quot;.</source>
        <translation>Homing kennt den Anbieter „%1“ nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a provider from &quot;homingctl providers&quot;.</source>
        <translation>Wählen Sie einen Anbieter aus „homingctl providers“.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>no address source for this family</source>
        <translation>keine Adressquelle für diese Adressfamilie</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 address detected</source>
        <translation>%1-Adresse erkannt</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the address source &quot;%1&quot; gave no address</source>
        <translation>die Adressquelle „%1“ lieferte keine Adresse</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>update sent to %1</source>
        <translation>Aktualisierung an %1 gesendet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No %1 is stored for this host in %2.</source>
        <translation>Für diesen Host ist in %2 kein %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter it in the host editor, or run: homingctl secret set %1 %2</source>
        <translation>Geben Sie es im Host-Editor ein oder führen Sie aus: homingctl secret set %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Homing::UpnpSource</name>
    <message>
        <location filename="../core/address/upnpsource.cpp" line="+86"/>
        <source>the UPnP gateway did not finish answering within %1 ms</source>
        <translation>das UPnP-Gateway hat seine Antwort nicht innerhalb von %1 ms abgeschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UPnP-IGD tells IPv4 addresses only</source>
        <translation>UPnP-IGD liefert nur IPv4-Adressen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open a UDP socket for SSDP: %1</source>
        <translation>UDP-Socket für SSDP kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no UPnP Internet gateway answered within %1 ms</source>
        <translation>kein UPnP-Internet-Gateway hat innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the gateway&apos;s control URL points elsewhere (%1)</source>
        <translation>die Steuer-URL des Gateways zeigt woandershin (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the gateway&apos;s reply is larger than %1 KB</source>
        <translation>die Antwort des Gateways ist größer als %1 KB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the gateway at %1 did not answer: %2</source>
        <translation>das Gateway unter %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the gateway answered HTTP status %1</source>
        <translation>das Gateway antwortete mit HTTP-Status %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the gateway&apos;s description is not valid XML: %1</source>
        <translation>die Beschreibung des Gateways ist kein gültiges XML: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gateway offers no WANIPConnection or WANPPPConnection service</source>
        <translation>das Gateway bietet keinen WANIPConnection- oder WANPPPConnection-Dienst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the gateway refused: %1</source>
        <translation>das Gateway hat abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the gateway&apos;s reply has no NewExternalIPAddress</source>
        <translation>die Antwort des Gateways enthält keine NewExternalIPAddress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the gateway has no WAN address (is it connected?)</source>
        <translation>das Gateway hat keine WAN-Adresse (ist es verbunden?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the gateway&apos;s WAN address &quot;%1&quot; is not an IPv4 address</source>
        <translation>die WAN-Adresse „%1“ des Gateways ist keine IPv4-Adresse</translation>
    </message>
</context>
<context>
    <name>Homing::UrlPolicy</name>
    <message>
        <location filename="../core/net/urlpolicy.cpp" line="+27"/>
        <source>is not a valid URL; it must look like https://host/path</source>
        <translation>ist keine gültige URL; sie muss wie https://host/pfad aussehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not contain a user name or password; Homing keeps those in the keychain</source>
        <translation>darf weder Benutzernamen noch Passwort enthalten; Homing bewahrt diese im Schlüsselbund auf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must use https://; plain http:// is accepted only for a server on this machine (127.0.0.1, ::1)</source>
        <translation>muss https:// verwenden; einfaches http:// wird nur für einen Server auf diesem Rechner akzeptiert (127.0.0.1, ::1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must start with https://</source>
        <translation>muss mit https:// beginnen</translation>
    </message>
</context>
<context>
    <name>Homing::Verification</name>
    <message>
        <location filename="../core/verify/verification.cpp" line="+80"/>
        <source>Checking %1 at the zone&apos;s name servers</source>
        <translation>%1 wird bei den Nameservern der Zone geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified: %1 of %2 name servers answer %3</source>
        <translation>Bestätigt: %1 von %2 Nameservern antworten %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Propagating: %1 of %2 name servers answer %3 so far</source>
        <translation>Wird verteilt: bisher antworten %1 von %2 Nameservern %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mismatch: only %1 of %2 name servers answer %3: %4</source>
        <translation>Abweichung: nur %1 von %2 Nameservern antworten %3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unverifiable: %1</source>
        <translation>Nicht prüfbar: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no %1 record</source>
        <translation>kein %1-Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lame (%1)</source>
        <translation>lahm (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreachable (%1)</source>
        <translation>nicht erreichbar (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> [over TCP]</source>
        <translation> [über TCP]</translation>
    </message>
</context>
<context>
    <name>Homing::Verifier</name>
    <message>
        <location filename="../core/verify/verifier.cpp" line="+78"/>
        <source>%1 is under a domain reserved for tests and examples; no public name server serves it</source>
        <translation>%1 liegt unter einer für Tests und Beispiele reservierten Domain; kein öffentlicher Nameserver bedient sie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the zone&apos;s name servers could not be found: %1</source>
        <translation>die Nameserver der Zone wurden nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>Homing::VerifyJob</name>
    <message>
        <location filename="../core/verify/verifyjob.cpp" line="+48"/>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a referral, not an answer</source>
        <translation>eine Verweisung, keine Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not authoritative (no AA bit)</source>
        <translation>nicht autoritativ (kein AA-Bit)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 has no %2 record</source>
        <translation>%1 hat keinen %2-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers %2</source>
        <translation>%1 antwortet %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) is %3: %4</source>
        <translation>%1 (%2) ist %3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lame</source>
        <translation>lahm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no address: %2</source>
        <translation>%1 hat keine Adresse: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no address is known for any name server of %1</source>
        <translation>für keinen Nameserver von %1 ist eine Adresse bekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no name server of %1 answers for it: %2</source>
        <translation>kein Nameserver von %1 antwortet dafür: %2</translation>
    </message>
</context>
<context>
    <name>Homing::ZoneFinder</name>
    <message>
        <location filename="../core/verify/zonefinder.cpp" line="+142"/>
        <source>no name server address is known for %1</source>
        <translation>für %1 ist keine Nameserver-Adresse bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name server of %1 answered for %2: %3</source>
        <translation>kein Nameserver von %1 antwortete für %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not authoritative for %2 and gave no referral</source>
        <translation>%1 ist für %2 nicht autoritativ und gab keine Verweisung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 referrals for %2</source>
        <translation>mehr als %1 Verweisungen für %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the name servers of %1 cannot be found (too deeply nested)</source>
        <translation>die Nameserver von %1 sind nicht zu finden (zu tief verschachtelt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no address found for the name servers of %1: %2</source>
        <translation>keine Adresse für die Nameserver von %1 gefunden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no name server names</source>
        <translation>keine Nameserver-Namen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is an alias (CNAME) of %2; Homing checks only A and AAAA records</source>
        <translation>%1 ist ein Alias (CNAME) von %2; Homing prüft nur A- und AAAA-Einträge</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the servers of %1 list no name servers for it</source>
        <translation>die Server von %1 nennen keine Nameserver dafür</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/providers/cloudflareprovider.cpp" line="-412"/>
        <source>Cloudflare refused the API token: %1</source>
        <translation>Cloudflare hat das API-Token abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token, and that it may edit DNS in this zone.</source>
        <translation>Prüfen Sie das Token und ob es DNS in dieser Zone bearbeiten darf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloudflare reports an error: %1</source>
        <translation>Cloudflare meldet einen Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/providers/cloudnsprovider.cpp" line="-231"/>
        <source>ClouDNS refused the API login: %1</source>
        <translation>ClouDNS hat die API-Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the auth-id, its kind and the auth-password, and that the API user may use this zone and this machine&apos;s address.</source>
        <translation>Prüfen Sie die auth-id, ihre Art und das auth-password sowie ob der API-Benutzer diese Zone und die Adresse dieses Rechners verwenden darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClouDNS refused the request: %1</source>
        <translation>ClouDNS hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the zone and host name.</source>
        <translation>Prüfen Sie Zone und Hostnamen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ClouDNS (dynamic URL)</source>
        <translation>ClouDNS (dynamische URL)</translation>
    </message>
    <message>
        <location filename="../core/providers/dyndns2catalogue.cpp" line="+63"/>
        <source>dyndns2-compatible server</source>
        <translation>dyndns2-kompatibler Server</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account&apos;s user name.</source>
        <translation>Der Benutzername des Kontos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account&apos;s password.</source>
        <translation>Das Passwort des Kontos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dyn&apos;s Remote Access API (dyndns2)</source>
        <translation>Remote-Access-API von Dyn (dyndns2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account password or an updater client key.</source>
        <translation>Das Kontopasswort oder ein Updater-Client-Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both families go in one request (myip=&lt;IPv4&gt;,&lt;IPv6&gt;). Codes 911 and dnserr wait 30 minutes; every other error stops the host until you act.</source>
        <translation>Beide Adressfamilien gehen in einer Anfrage (myip=&lt;IPv4&gt;,&lt;IPv6&gt;). Bei den Codes 911 und dnserr wird 30 Minuten gewartet; jeder andere Fehler stoppt den Host, bis Sie handeln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-IP dynamic update (dyndns2)</source>
        <translation>Dynamische Aktualisierung von No-IP (dyndns2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail or group user name</source>
        <translation>E-Mail oder Gruppen-Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account e-mail address, or a group&apos;s user name.</source>
        <translation>Die E-Mail-Adresse des Kontos oder der Benutzername einer Gruppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a No-IP group name to update instead of the single host (every host in the group gets the address).</source>
        <translation>Optional: ein No-IP-Gruppenname, der statt des einzelnen Hosts aktualisiert wird (jeder Host der Gruppe erhält die Adresse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends No-IP&apos;s required User-Agent form. Free hosts expire unless refreshed; Homing re-sends every 25 days. 911 waits 30 minutes.</source>
        <translation>Sendet das von No-IP verlangte User-Agent-Format. Kostenlose Hosts verfallen ohne Auffrischung; Homing sendet alle 25 Tage erneut. Bei 911 wird 30 Minuten gewartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dynu IP update protocol (dyndns2 dialect)</source>
        <translation>IP-Update-Protokoll von Dynu (dyndns2-Variante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account password, its MD5/SHA-256 hash, or an IP-update password.</source>
        <translation>Das Kontopasswort, sein MD5/SHA-256-Hash oder ein IP-Update-Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends myip and myipv6; a family the host does not update is sent as &quot;no&quot; so Dynu does not guess it from the connection.</source>
        <translation>Sendet myip und myipv6; eine Adressfamilie, die der Host nicht aktualisiert, wird als &quot;no&quot; gesendet, damit Dynu sie nicht aus der Verbindung errät.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hurricane Electric free DNS, dynamic records</source>
        <translation>Kostenloses DNS von Hurricane Electric, dynamische Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDNS key</source>
        <translation>DDNS-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key generated for this record in dns.he.net.</source>
        <translation>Der für diesen Eintrag in dns.he.net erzeugte Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One family per request (two requests for a dual-stack host). The A/AAAA record must exist and be marked dynamic. &quot;interval&quot; waits 10 minutes.</source>
        <translation>Eine Adressfamilie pro Anfrage (zwei Anfragen für einen Dual-Stack-Host). Der A/AAAA-Eintrag muss existieren und als dynamisch markiert sein. Bei &quot;interval&quot; wird 10 Minuten gewartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OVH DynHost (dyndns2)</source>
        <translation>OVH DynHost (dyndns2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DynHost login</source>
        <translation>DynHost-Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DynHost login created for the zone, e.g. example.org-home.</source>
        <translation>Der für die Zone angelegte DynHost-Anmeldename, z. B. example.org-home.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One address per request. OVH documents IPv4; IPv6 is UNVERIFIED: Homing sends it as a separate request and shows OVH&apos;s answer if it refuses.</source>
        <translation>Eine Adresse pro Anfrage. OVH dokumentiert IPv4; IPv6 ist NICHT ÜBERPRÜFT: Homing sendet es als eigene Anfrage und zeigt die Antwort von OVH, falls es ablehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strato DynDNS (dyndns2)</source>
        <translation>Strato DynDNS (dyndns2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The domain the DynDNS password belongs to.</source>
        <translation>Die Domain, zu der das DynDNS-Passwort gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual stack is sent as myip=&lt;IPv4&gt;,&lt;IPv6&gt; (UNVERIFIED at Strato: if it answers badrequest, update one family per host).</source>
        <translation>Dual-Stack wird als myip=&lt;IPv4&gt;,&lt;IPv6&gt; gesendet (bei Strato NICHT ÜBERPRÜFT: antwortet es mit badrequest, aktualisieren Sie eine Adressfamilie pro Host).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deSEC dynDNS update API</source>
        <translation>dynDNS-Update-API von deSEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain registered at deSEC; empty means the host name.</source>
        <translation>Die bei deSEC registrierte Domain; leer bedeutet der Hostname.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deSEC token allowed to update this domain.</source>
        <translation>Ein deSEC-Token, das diese Domain aktualisieren darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deSEC token is 28 letters, digits, - and _, as deSEC showed it once when it was created.</source>
        <translation>Ein deSEC-Token besteht aus 28 Buchstaben, Ziffern, - und _, so wie deSEC es beim Erstellen einmal angezeigt hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2 updates per 2 minutes per domain; 429 with Retry-After beyond that</source>
        <translation>2 Aktualisierungen pro 2 Minuten und Domain; darüber hinaus 429 mit Retry-After</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always sends both families: a family the host does not update is sent as &quot;preserve&quot;, because deSEC deletes a record it is not told about. TTL is fixed at 60 s.</source>
        <translation>Sendet immer beide Adressfamilien: Eine Familie, die der Host nicht aktualisiert, wird als &quot;preserve&quot; gesendet, weil deSEC einen Eintrag löscht, der nicht genannt wird. Die TTL ist fest auf 60 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPv64.net dynamic update</source>
        <translation>Dynamische Aktualisierung von IPv64.net</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update token</source>
        <translation>Aktualisierungs-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s DynDNS update token (sent as a Bearer token).</source>
        <translation>Das DynDNS-Update-Token des Kontos (als Bearer-Token gesendet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By account class, 48 updates a day by default; at most 3 requests in 10 s</source>
        <translation>Je nach Kontoklasse standardmäßig 48 Aktualisierungen pro Tag; höchstens 3 Anfragen in 10 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any server that speaks the dyndns2 protocol</source>
        <translation>Jeder Server, der das dyndns2-Protokoll spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both families go in one request (myip=&lt;IPv4&gt;,&lt;IPv6&gt;).</source>
        <translation>Beide Adressfamilien gehen in einer Anfrage (myip=&lt;IPv4&gt;,&lt;IPv6&gt;).</translation>
    </message>
    <message>
        <location filename="../core/providers/hetznerprovider.cpp" line="-221"/>
        <source>Hetzner could not change the record: %1</source>
        <translation>Hetzner konnte den Eintrag nicht ändern: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the zone and record in the Hetzner Console.</source>
        <translation>Prüfen Sie Zone und Eintrag in der Hetzner Console.</translation>
    </message>
    <message>
        <location filename="../core/providers/porkbunprovider.cpp" line="-137"/>
        <source>Porkbun refused the request: %1</source>
        <translation>Porkbun hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API keys, and that API access is turned on for this domain in Porkbun&apos;s domain settings.</source>
        <translation>Prüfen Sie die API-Schlüssel und ob der API-Zugriff in den Domain-Einstellungen von Porkbun für diese Domain eingeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../core/providers/customurlprovider.cpp" line="-140"/>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <location filename="../core/providers/powerdnsprovider.cpp" line="-146"/>
        <source>Copy the API key from the api-key line of pdns.conf again.</source>
        <translation>Kopieren Sie den API-Schlüssel erneut aus der api-key-Zeile von pdns.conf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PowerDNS does not serve the zone %1 (HTTP 404).</source>
        <translation>PowerDNS bedient die Zone %1 nicht (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the zone&apos;s name and the server id (usually localhost); create the zone with pdnsutil create-zone if it is missing.</source>
        <translation>Prüfen Sie den Namen der Zone und die Server-ID (meist localhost); legen Sie die Zone mit pdnsutil create-zone an, falls sie fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PowerDNS refused the change: %1</source>
        <translation>PowerDNS hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the host name is inside the zone.</source>
        <translation>Prüfen Sie, ob der Hostname in der Zone liegt.</translation>
    </message>
    <message>
        <location filename="../core/providers/rfc2136provider.cpp" line="-366"/>
        <source>Your own name server (RFC 2136 + TSIG)</source>
        <translation>Ihr eigener Nameserver (RFC 2136 + TSIG)</translation>
    </message>
</context>
<context>
    <name>YamlReaderText</name>
    <message>
        <location filename="../core/importers/yamlreader.cpp" line="-170"/>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
</context>
<context>
    <name>homingctl</name>
    <message>
        <location filename="../app/homingctl/controlcommands.cpp" line="+36"/>
        <source>No hosts are configured.</source>
        <translation>Es sind keine Hosts eingerichtet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>next check %1</source>
        <translation>nächste Prüfung %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Homing %1, online, checking now, polling every %2 s</source>
        <translation>Homing %1, online, prüft gerade, Abfrage alle %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing %1, OFFLINE, checking now, polling every %2 s</source>
        <translation>Homing %1, OFFLINE, prüft gerade, Abfrage alle %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing %1, online, polling every %2 s</source>
        <translation>Homing %1, online, Abfrage alle %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing %1, OFFLINE, polling every %2 s</source>
        <translation>Homing %1, OFFLINE, Abfrage alle %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public IPv4:</source>
        <translation>Öffentliche IPv4:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public IPv6:</source>
        <translation>Öffentliche IPv6:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(agreed by %1)</source>
        <translation>(übereinstimmend laut %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/homingctl/main.cpp" line="+155"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Homing is not running (no answer on %1). Start homing or homingd first.</source>
        <translation>Homing läuft nicht (keine Antwort auf %1). Starten Sie zuerst homing oder homingd.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>OK: %1 (all hosts)</source>
        <translation>OK: %1 (alle Hosts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK: %1 %2</source>
        <translation>OK: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/homingctl/credentialscommand.cpp" line="+60"/>
        <source>%1 (%2): credentials accepted.</source>
        <translation>%1 (%2): Zugangsdaten angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): credentials NOT accepted.</source>
        <translation>%1 (%2): Zugangsdaten NICHT angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): could not check now.</source>
        <translation>%1 (%2): konnte gerade nicht prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: homingctl test-credentials HOST [--json]</source>
        <translation>Aufruf: homingctl test-credentials HOST [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/homingctl/main.cpp" line="+36"/>
        <source>no host called &quot;%1&quot; in %2</source>
        <translation>kein Host namens „%1“ in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 uses the unknown provider &quot;%2&quot;</source>
        <translation>%1 verwendet den unbekannten Anbieter „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no harmless way to test credentials; watch the host&apos;s next update instead (homingctl history %2).</source>
        <translation>%1 bietet keine harmlose Möglichkeit, Zugangsdaten zu prüfen; beobachten Sie stattdessen die nächste Aktualisierung des Hosts (homingctl history %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the secrets of %1 could not be read from %2: %3</source>
        <translation>die Geheimnisse von %1 konnten nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../app/homingctl/main.cpp" line="-89"/>
        <source> (secret)</source>
        <translation> (geheim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2  [%3]  fields: %4</source>
        <translation>%1  %2  [%3]  Felder: %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No hosts are configured (%1).</source>
        <translation>Es sind keine Hosts eingerichtet (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/homingctl/verifycommand.cpp" line="+126"/>
        <source>no host called &quot;%1&quot;</source>
        <translation>kein Host namens „%1“</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the %1 was changed with homingctl</source>
        <translation>%1 wurde mit homingctl geändert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: homingctl secret set|delete HOST FIELD</source>
        <translation>Aufruf: homingctl secret set|delete HOST FELD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no secret field &quot;%2&quot;; its secret fields: %3</source>
        <translation>%1 hat kein geheimes Feld „%2“; seine geheimen Felder: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 stored in %3.</source>
        <translation>%1 von %2 in %3 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 removed from %3.</source>
        <translation>%1 von %2 aus %3 entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 for %2: </source>
        <translation>%1 für %2: </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Homing command line.

Commands:
  status                 what the running homing/homingd is doing (public addresses, hosts)
  update [HOST]          check and update now (all hosts, or one)
  verify HOST            ask the zone&apos;s own name servers now whether they answer the
                         published address; prints each server&apos;s answer
                         (exit status 0: verified, 1: mismatch or unverifiable, 75: propagating)
  pause [HOST]           stop updating (all hosts, or one)
  resume [HOST]          resume, also a host that needs attention once you fixed it
  restore HOST           send the published address again after it was changed behind Homing&apos;s back
  reload                 read the config file again
  providers              the providers Homing speaks
  hosts                  the configured hosts and their state
  history [HOST]         the update history, newest first
  test-credentials HOST  check the host&apos;s stored credentials with a harmless provider call
  secret set HOST FIELD  store a secret (read from standard input) in the configured secret store
  secret delete HOST FIELD
  import FILE            take over a ddclient, inadyn, ddns-updater or ddns-go configuration
                         (exit status 0: all imported, 1: some, 2: nothing)</source>
        <translation>Homing-Kommandozeile.

Befehle:
  status                 was das laufende homing/homingd tut (öffentliche Adressen, Hosts)
  update [HOST]          jetzt prüfen und aktualisieren (alle Hosts oder einen)
  verify HOST            jetzt die eigenen Nameserver der Zone fragen, ob sie die
                         veröffentlichte Adresse antworten; zeigt die Antwort jedes Servers
                         (Exit-Status 0: bestätigt, 1: Abweichung oder nicht prüfbar, 75: wird verteilt)
  pause [HOST]           Aktualisierung anhalten (alle Hosts oder einen)
  resume [HOST]          fortsetzen, auch einen Host, der Aufmerksamkeit brauchte, nachdem Sie das behoben haben
  restore HOST           die veröffentlichte Adresse erneut senden, nachdem sie hinter Homings Rücken geändert wurde
  reload                 die Konfigurationsdatei neu einlesen
  providers              die Anbieter, die Homing spricht
  hosts                  die eingerichteten Hosts und ihr Zustand
  history [HOST]         der Aktualisierungsverlauf, neueste zuerst
  test-credentials HOST  die gespeicherten Zugangsdaten des Hosts mit einem harmlosen Anbieteraufruf prüfen
  secret set HOST FELD   ein Geheimnis (von der Standardeingabe gelesen) im eingestellten Geheimnisspeicher ablegen
  secret delete HOST FELD
  import DATEI           eine Konfiguration von ddclient, inadyn, ddns-updater oder ddns-go übernehmen
                         (Exit-Status 0: alles importiert, 1: teilweise, 2: nichts)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N history rows.</source>
        <translation>Höchstens N Verlaufszeilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the config and state in DIR.</source>
        <translation>Konfiguration und Zustand aus DIR verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import: the file&apos;s format (ddclient, inadyn, ddns-updater, ddns-go).</source>
        <translation>import: das Format der Datei (ddclient, inadyn, ddns-updater, ddns-go).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: show what would be imported only.</source>
        <translation>import: nur anzeigen, was importiert würde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: update hosts that are already configured.</source>
        <translation>import: bereits eingerichtete Hosts aktualisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: keep plain http:// endpoints instead of using https://.</source>
        <translation>import: unverschlüsselte http://-Endpunkte beibehalten, statt https:// zu verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: the old client&apos;s version (ddclient 3 or 4, inadyn 1 or 2).</source>
        <translation>import: die Version des alten Clients (ddclient 3 oder 4, inadyn 1 oder 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no command given; see homingctl --help</source>
        <translation>kein Befehl angegeben; siehe homingctl --help</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>unknown command &quot;%1&quot;; see homingctl --help</source>
        <translation>unbekannter Befehl „%1“; siehe homingctl --help</translation>
    </message>
    <message>
        <location filename="../app/homingctl/importcommand.cpp" line="+52"/>
        <source>unknown format &quot;%1&quot;; use ddclient, inadyn, ddns-updater or ddns-go</source>
        <translation>unbekanntes Format „%1“; verwenden Sie ddclient, inadyn, ddns-updater oder ddns-go</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>usage: homingctl import FILE [--format ddclient|inadyn|ddns-updater|ddns-go] [--dry-run] [--json]</source>
        <translation>Aufruf: homingctl import DATEI [--format ddclient|inadyn|ddns-updater|ddns-go] [--dry-run] [--json]</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nothing was imported: %1</source>
        <translation>es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 new and %2 updated hosts; %3 secrets stored in %4.</source>
        <translation>%1 neue und %2 aktualisierte Hosts importiert; %3 Geheimnisse in %4 gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already configured, left as they are (use --update-existing to update): %1</source>
        <translation>Bereits eingerichtet, unverändert gelassen (mit --update-existing aktualisieren): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The addresses from the old client&apos;s cache could not be stored: %1</source>
        <translation>Die Adressen aus dem Cache des alten Clients konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/homingctl/verifycommand.cpp" line="-42"/>
        <source>no record</source>
        <translation>kein Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lame: %1</source>
        <translation>lahm: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (over TCP)</source>
        <translation> (über TCP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source>usage: homingctl verify HOST</source>
        <translation>Aufruf: homingctl verify HOST</translation>
    </message>
</context>
<context>
    <name>homingd</name>
    <message>
        <location filename="../app/homingd/main.cpp" line="+73"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>will retry</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NEEDS YOU</source>
        <translation>BRAUCHT SIE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly updated</source>
        <translation>teilweise aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT STORED</source>
        <translation>NICHT GESPEICHERT</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Homing agent: keeps dynamic DNS host names up to date.</source>
        <translation>Homing-Agent: hält dynamische DNS-Hostnamen aktuell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run one full update cycle, then exit with a status.</source>
        <translation>Einen vollständigen Aktualisierungsdurchlauf ausführen und mit einem Status beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep config, state, history (and the opt-in secrets file) in DIR.</source>
        <translation>Konfiguration, Zustand, Verlauf (und die optionale Geheimnisdatei) in DIR ablegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log debug messages (secrets stay redacted).</source>
        <translation>Debug-Meldungen protokollieren (Geheimnisse bleiben geschwärzt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument: %1</source>
        <translation>unerwarteter Parameter: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Homing stops</source>
        <translation>Homing wird beendet</translation>
    </message>
</context>
</TS>
