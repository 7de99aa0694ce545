<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Homing::DesktopController</name>
    <message numerus="yes">
        <location filename="../ui/desktopcontroller.cpp" line="+321"/>
        <source>%n host(s) need your attention</source>
        <translation>
            <numerusform>%n host needs your attention</numerusform>
            <numerusform>%n hosts need your attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n host(s) could not be updated; retrying</source>
        <translation>
            <numerusform>%n host could not be updated; retrying</numerusform>
            <numerusform>%n hosts could not be updated; retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n host(s) up to date</source>
        <translation>
            <numerusform>%n host up to date</numerusform>
            <numerusform>%n hosts up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::HostEditController</name>
    <message numerus="yes">
        <location filename="../ui/hosteditcontroller.cpp" line="+123"/>
        <source>Testing… waiting for the provider&apos;s rate limit (%n ahead)</source>
        <translation>
            <numerusform>Testing… waiting for the provider&apos;s rate limit (%n ahead)</numerusform>
            <numerusform>Testing… waiting for the provider&apos;s rate limit (%n ahead)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::HostEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="+165"/>
        <source>Type to search %n provider(s)</source>
        <translation>
            <numerusform>Type to search %n provider</numerusform>
            <numerusform>Type to search %n providers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::ImportWizard</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="+382"/>
        <source>%n host(s) added.</source>
        <translation>
            <numerusform>%n host added.</numerusform>
            <numerusform>%n hosts added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) updated.</source>
        <translation>
            <numerusform>%n host updated.</numerusform>
            <numerusform>%n hosts updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n secret(s) stored in the keychain.</source>
        <translation>
            <numerusform>%n secret stored in the keychain.</numerusform>
            <numerusform>%n secrets stored in the keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n address source(s) added.</source>
        <translation>
            <numerusform>%n address source added.</numerusform>
            <numerusform>%n address sources added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) start from the address the old client last published, so nothing is sent until it changes.</source>
        <translation>
            <numerusform>%n host starts from the address the old client last published, so nothing is sent until it changes.</numerusform>
            <numerusform>%n hosts start from the address the old client last published, so nothing is sent until it changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../ui/notify/notificationcenter.cpp" line="+64"/>
        <source>Followed by %n host(s): %1</source>
        <translation>
            <numerusform>Followed by %n host: %1</numerusform>
            <numerusform>Followed by %n hosts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::SecretProblem</name>
    <message numerus="yes">
        <location filename="../ui/secretproblem.cpp" line="+39"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to answer a prompt (such as unlocking the keyring); answer it, then press Save again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. It may be waiting for you to answer a prompt (such as unlocking the keyring); answer it, then press Save again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. It may be waiting for you to answer a prompt (such as unlocking the keyring); answer it, then press Save again.</numerusform>
        </translation>
    </message>
</context>
</TS>
