<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Homing::Autostart</name>
    <message>
        <location filename="../ui/platform/autostart.cpp" line="80" />
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/platform/autostart.cpp" line="86" />
        <source>Cannot create the directory %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/platform/autostart.cpp" line="91" />
        <location filename="../ui/platform/autostart.cpp" line="96" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::DesktopController</name>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="96" />
        <source>The address sources disagree about the public %1 address; nothing is published until enough agree. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="98" />
        <source>IPv4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="98" />
        <source>IPv6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="107" />
        <source>Secrets are kept in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="176" />
        <source>Public IPv4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="176" />
        <source>Public IPv6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="178" />
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="179" />
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (agreed: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="183" />
        <source>&lt;i&gt;offline&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="184" />
        <source>Public address: not detected yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="212" />
        <source>offline; nothing is sent until the network is back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="217" />
        <source>checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="221" />
        <source>no hosts yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/desktopcontroller.cpp" line="238" />
        <source>%n host(s) need your attention</source>
        <translation>
            <numerusform>%n Host braucht Ihre Aufmerksamkeit</numerusform><numerusform>%n Hosts brauchen Ihre Aufmerksamkeit</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/desktopcontroller.cpp" line="242" />
        <source>%n host(s) could not be updated; retrying</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="244" />
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="246" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/desktopcontroller.cpp" line="248" />
        <source>%n host(s) up to date</source>
        <translation>
            <numerusform>%n Host aktuell</numerusform><numerusform>%n Hosts aktuell</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="350" />
        <source>Import is not available yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="351" />
        <source>This version of Homing cannot read ddclient, inadyn or ddns-updater configurations yet. Add your hosts with &lt;b&gt;Add host&lt;/b&gt; instead; your existing configuration is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="378" />
        <source>Diagnostics copied to the clipboard (secrets removed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="410" />
        <source>Restart Homing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="411" />
        <source>Homing uses the new place for passwords after a restart. Enter the passwords of your hosts again then.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::DesktopNotifier</name>
    <message>
        <location filename="../ui/notify/desktopnotifier.cpp" line="49" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Homing::HistoryModel</name>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="48" />
        <source>Address detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="50" />
        <source>Update sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="52" />
        <source>Provider replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="54" />
        <source>Verified in DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="56" />
        <source>DNS mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="58" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="60" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="62" />
        <source>Resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="64" />
        <source>Sources disagree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="106" />
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="118" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="120" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="122" />
        <source>Old address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="124" />
        <source>New address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="126" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="128" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="130" />
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="132" />
        <source>Took</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::HostDetailPane</name>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="41" />
        <source>Show events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="42" />
        <source>All events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="43" />
        <source>Address changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="44" />
        <source>Updates and replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="45" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="46" />
        <source>DNS checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="47" />
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="51" />
        <location filename="../ui/windows/hostdetailpane.cpp" line="52" />
        <source>Search the timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="54" />
        <source>Export &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="56" />
        <source>Export &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="68" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="92" />
        <source>Select a host to see its timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="93" />
        <source>&lt;b&gt;Timeline of %1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="136" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="144" />
        <source>Export timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="150" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="150" />
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="155" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::HostEditController</name>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="145" />
        <source>%1 is already configured with this provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="169" />
        <source>Nothing was saved; your input is still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="202" />
        <source>Homing cannot talk to %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="242" />
        <source>The provider accepted these settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="244" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="246" />
        <source>The provider could not tell now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="260" />
        <source>Remove host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="261" />
        <source>Remove %1? Homing stops updating it and deletes its password from the keychain. The DNS record itself is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="267" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="286" />
        <location filename="../ui/hosteditcontroller.cpp" line="297" />
        <source>%1 was not removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="288" />
        <source>The host stays so that its password is not left behind; try again once the keychain works.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::HostEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="49" />
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="67" />
        <source>Address source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="68" />
        <source>All configured sources (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="73" />
        <source>Address &amp;source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="84" />
        <source>&amp;Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="100" />
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="127" />
        <source>Search providers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="128" />
        <source>Type to search %n provider(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="130" />
        <source>&amp;Find provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="133" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="134" />
        <source>&amp;Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="143" />
        <source>Host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="145" />
        <source>&amp;Host name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="152" />
        <source>IPv&amp;4 (A record)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="155" />
        <source>IPv&amp;6 (AAAA record)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="160" />
        <source>Addresses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="166" />
        <source>IPv6 address to publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="167" />
        <source>Stable address (not temporary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="168" />
        <source>Current temporary (privacy) address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="169" />
        <source>Current prefix with a fixed interface ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="171" />
        <source>IPv6 &amp;policy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="174" />
        <source>IPv6 interface identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="176" />
        <source>&amp;Interface ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="182" />
        <source>Time to live in seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="184" />
        <source>Provider default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="185" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="186" />
        <source>&amp;TTL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="187" />
        <source>Allow private (LAN) addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="189" />
        <source>Publish addresses such as 192.168.x.x or fd00::/8; normally refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="263" />
        <source>stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="287" />
        <source>documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="289" />
        <source>Rate limit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="300" />
        <source>%1 does not let clients set the TTL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="303" />
        <source>Checks the credentials with a harmless call; DNS is not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="304" />
        <source>%1 has no harmless call to check credentials with; Save and watch the first update in the timeline instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="319" />
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="319" />
        <source>%1 (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="368" />
        <source>Choose IPv4, IPv6 or both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="376" />
        <source>Enter the interface identifier as an IPv6 address, such as ::1234:5678:9abc:def0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="392" />
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::HostTableModel</name>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="75" />
        <location filename="../ui/models/hosttablemodel.cpp" line="94" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="78" />
        <source>Waiting for first check</source>
        <translation>Wartet auf die erste Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="80" />
        <source>Checking</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="82" />
        <source>Updating</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="84" />
        <source>Verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="86" />
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="88" />
        <source>Propagating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="90" />
        <source>Will retry</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="92" />
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="96" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="163" />
        <location filename="../ui/models/hosttablemodel.cpp" line="167" />
        <source>not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="164" />
        <location filename="../ui/models/hosttablemodel.cpp" line="168" />
        <location filename="../ui/models/hosttablemodel.cpp" line="178" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="172" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="174" />
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="177" />
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="199" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="201" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="203" />
        <source>IPv4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="205" />
        <source>IPv6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="207" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="209" />
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="211" />
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="213" />
        <source>Next check</source>
        <translation>Nächste Prüfung</translation>
    </message>
</context>
<context>
    <name>Homing::MainWindow</name>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="40" />
        <source>Homing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="52" />
        <source>Public addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="60" />
        <location filename="../ui/windows/mainwindow.cpp" line="154" />
        <source>Hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="106" />
        <source>&amp;Add host…</source>
        <translation>Host &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="109" />
        <source>&amp;Edit host…</source>
        <translation>Host &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="115" />
        <source>&amp;Remove host…</source>
        <translation>Host &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="122" />
        <location filename="../ui/windows/mainwindow.cpp" line="245" />
        <source>&amp;Update now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="125" />
        <location filename="../ui/windows/mainwindow.cpp" line="247" />
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="131" />
        <source>&amp;Import configuration…</source>
        <translation>Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="133" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="136" />
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="139" />
        <source>&amp;Quit Homing</source>
        <translation>Homing &amp;beenden</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="143" />
        <source>&amp;Homing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="149" />
        <source>H&amp;osts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="171" />
        <source>&lt;h2&gt;No hosts yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine Hosts&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="173" />
        <source>Add the host name you want to keep pointing at this machine.
Homing will update it whenever your public address changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="177" />
        <source>Add your first host…</source>
        <translation>Ersten Host hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="181" />
        <source>Import from ddclient, inadyn or ddns-updater…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="245" />
        <source>&amp;Update all now</source>
        <translation>Alle jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="247" />
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>Homing::NotificationCenter</name>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="57" />
        <source>Your public IPv4 address changed</source>
        <translation>Ihre öffentliche IPv4-Adresse hat sich geändert</translation>
    </message>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="58" />
        <source>Your public IPv6 address changed</source>
        <translation>Ihre öffentliche IPv6-Adresse hat sich geändert</translation>
    </message>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="59" />
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="61" />
        <source>No host follows this address.</source>
        <translation>Kein Host folgt dieser Adresse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notify/notificationcenter.cpp" line="64" />
        <source>Followed by %n host(s): %1</source>
        <translation>
            <numerusform>Gefolgt von %n Host: %1</numerusform><numerusform>Gefolgt von %n Hosts: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="74" />
        <source>%1 needs your attention</source>
        <translation>%1 braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="75" />
        <source>Open Homing to see what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="83" />
        <source>%1 is working again</source>
        <translation>%1 funktioniert wieder</translation>
    </message>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="84" />
        <source>The provider accepted the update; nothing more to do.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::SecretProblem</name>
    <message>
        <location filename="../ui/secretproblem.cpp" line="21" />
        <source>No keychain is available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="22" />
        <source>Homing keeps passwords in the desktop keychain (the Secret Service), but none is running in this session. Start GNOME Keyring or KWallet (on Debian: install gnome-keyring and log in again), then press Save again. On a machine without a keychain you can choose to keep secrets in a private file instead, in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="28" />
        <source>The keychain is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="29" />
        <source>Your keyring is locked, so the password could not be stored. Unlock it (for example by opening "Passwords and Keys" and entering your login password), then press Save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="33" />
        <source>Access to the keychain was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="34" />
        <source>The keychain refused to let Homing store the password, or the request was cancelled. Press Save again and allow access when the keychain asks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="38" />
        <source>The keychain did not answer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/secretproblem.cpp" line="39" />
        <source>The keychain did not answer within %n second(s). It may be waiting for you to answer a prompt (such as unlocking the keyring); answer it, then press Save again.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="44" />
        <source>The password was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="45" />
        <source>No password is stored for this host in %1. Enter it again and press Save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="50" />
        <source>The keychain reported an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/secretproblem.cpp" line="51" />
        <source>%1 reported: %2
Press Save to try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="44" />
        <source>Homing settings</source>
        <translation>Homing-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="47" />
        <source>Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="49" />
        <source>Start Homing when I &amp;log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="50" />
        <source>Start &amp;minimized to the tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="52" />
        <source>Notify when the public &amp;address changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="54" />
        <source>Notify when a host &amp;needs my attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="56" />
        <source>Notify when a host &amp;works again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="62" />
        <source>Checking and updating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="64" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="65" />
        <source>Check the public address every (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="66" />
        <source>Check the address &amp;every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="69" />
        <source>Address sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="74" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="80" />
        <source>Address &amp;sources:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="82" />
        <source>How many sources must agree before a changed address is published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="83" />
        <source>Sources that must &amp;agree:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="84" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="85" />
        <source>Keep &amp;history for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="88" />
        <source>Desktop keychain (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="89" />
        <source>Private file readable only by me (no keychain on this machine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="92" />
        <source>Changing this does not move passwords already stored; enter them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="93" />
        <source>Keep &amp;passwords in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="96" />
        <source>Warnings only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="97" />
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="98" />
        <source>Debug (secrets stay redacted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="100" />
        <source>&amp;Log level:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="111" />
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="113" />
        <source>Copies version, settings and host states to the clipboard, with secrets removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="131" />
        <source>Enable at least one address source.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::SingleInstance</name>
    <message>
        <location filename="../ui/platform/singleinstance.cpp" line="53" />
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/platform/singleinstance.cpp" line="95" />
        <source>The running Homing refused the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/platform/singleinstance.cpp" line="98" />
        <source>Homing is already running but does not answer (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/platform/singleinstance.cpp" line="102" />
        <source>Homing is already running but did not answer in time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Homing::TrayController</name>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="26" />
        <source>&amp;Open Homing</source>
        <translation>Homing ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="29" />
        <source>&amp;Update all now</source>
        <translation>Alle jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="32" />
        <location filename="../ui/tray/traycontroller.cpp" line="111" />
        <source>&amp;Pause all</source>
        <translation>Alle &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="37" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="40" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="51" />
        <source>no hosts yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="91" />
        <source>Homing — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="111" />
        <source>&amp;Resume all</source>
        <translation>Alle &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>Homing::UiSettings</name>
    <message>
        <location filename="../ui/settings/uisettings.cpp" line="74" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings/uisettings.cpp" line="80" />
        <source>%1 is damaged (%2); the defaults are used and the file is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings/uisettings.cpp" line="88" />
        <source>%1 was written by a newer Homing (schema %2); the defaults are used and the file is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings/uisettings.cpp" line="113" />
        <location filename="../ui/settings/uisettings.cpp" line="118" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/homing/main.cpp" line="66" />
        <source>Homing: keeps dynamic DNS host names pointing at this machine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/homing/main.cpp" line="70" />
        <source>Keep config, state and history in DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/homing/main.cpp" line="73" />
        <source>Start in the tray, without the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/homing/main.cpp" line="75" />
        <source>Log debug messages (secrets stay redacted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/homing/main.cpp" line="78" />
        <source>Print the milliseconds from start to the tray icon (for benchmarks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/homing/main.cpp" line="87" />
        <source>Homing cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/homing/main.cpp" line="88" />
        <source>%1

The file was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/homing/main.cpp" line="103" />
        <source>Homing is already running; its window was shown.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>