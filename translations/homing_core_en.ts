<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Homing::DnsUpdate</name>
    <message numerus="yes">
        <location filename="../core/dns/dnsupdate.cpp" line="+149"/>
        <source>%n byte(s), shorter than a header</source>
        <translation>
            <numerusform>%n byte, shorter than a header</numerusform>
            <numerusform>%n bytes, shorter than a header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n byte(s) after the last record</source>
        <translation>
            <numerusform>%n byte after the last record</numerusform>
            <numerusform>%n bytes after the last record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::HostMachine</name>
    <message numerus="yes">
        <location filename="../core/engine/hostmachine.cpp" line="+96"/>
        <source>Waiting for the provider&apos;s rate limit (%n ahead)</source>
        <translation>
            <numerusform>Waiting for the provider&apos;s rate limit (%n ahead)</numerusform>
            <numerusform>Waiting for the provider&apos;s rate limit (%n ahead)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::Importer</name>
    <message numerus="yes">
        <location filename="../core/importers/importpreview.cpp" line="+139"/>
        <source>Hosts (%n):</source>
        <translation>
            <numerusform>Host (%n):</numerusform>
            <numerusform>Hosts (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Address sources (%n):</source>
        <translation>
            <numerusform>Address source (%n):</numerusform>
            <numerusform>Address sources (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Not imported (%n):</source>
        <translation>
            <numerusform>Not imported (%n):</numerusform>
            <numerusform>Not imported (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::InputCheck</name>
    <message numerus="yes">
        <location filename="../core/inputcheck.cpp" line="+64"/>
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n character)</numerusform>
            <numerusform>… (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::Rfc2136Reply</name>
    <message numerus="yes">
        <location filename="../core/providers/rfc2136reply.cpp" line="+85"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
