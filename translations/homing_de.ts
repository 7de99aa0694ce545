<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Homing</name>
    <message>
        <source>is not a valid URL; it must look like https://host/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password; Homing keeps those in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use https://; plain http:// is accepted only for a server on this machine (127.0.0.1, ::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list such as [&quot;ipv4&quot;, &quot;ipv6&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold only &quot;ipv4&quot; and &quot;ipv6&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of opendns, cloudflare, google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an IP address (or &quot;&quot; to turn this family off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an interface name such as &quot;eth0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of stable, temporary, fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an IPv6 interface identifier such as &quot;::1234:5678:9abc:def0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an IPv4 address (normally 239.255.255.250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the program to run, e.g. &quot;/usr/local/bin/my-ip&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings (no shell is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not a single address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is an %1 address, but %2 was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON reply has no &quot;ip&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not a list of key=value lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply comes through Cloudflare WARP, so its address is not this network&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no ip= line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has more than one ip= line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no &quot;Current IP Address:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has more than one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a netlink socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netlink request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel did not finish listing addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netlink read failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel refused to list addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no migration from schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 30 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;keychain&quot; or &quot;file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 36500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homing keeps passwords in the desktop keychain (the Secret Service), but none is running in this session. Start GNOME Keyring or KWallet (on Debian: install gnome-keyring and log in again), then press Save again. On a machine without a keychain you can choose to keep secrets in a private file instead, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyring is locked, so the password could not be stored. Unlock it (for example by opening &quot;Passwords and Keys&quot; and entering your login password), then press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to let Homing store the password, or the request was cancelled. Press Save again and allow access when the keychain asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to answer a prompt (such as unlocking the keyring); answer it, then press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this host in %1. Enter it again and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported: %2
Press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::AddressMonitor</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an %2 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources disagree about the %2 address: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enabled address source can tell the %1 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source gave a usable %1 address (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the unchanged %1 address, but sources disagree: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of the %2 sources needed reported %3 (%4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources disagree about the %1 address and none has %2 in agreement: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::AddressValidator</name>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private (LAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier-grade NAT (100.64.0.0/10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmarking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 address, not one to publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::ChangeWatcher</name>
    <message>
        <source>cannot open a netlink socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen to netlink: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netlink exists on Linux only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many network changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1 added on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1 removed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more network changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::ClouDnsProvider</name>
    <message>
        <source>ClouDNS dynamic URL of one A or AAAA record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic URL key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The q= value of the record&apos;s dynamic URL (DNS zone → record → Dynamic URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each record has its own dynamic URL, so a host updates one family: add a second host for the AAAA record. The address is sent in ClouDNS&apos;s proxy mode (X-Forwarded-For); that ClouDNS honours it is unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClouDNS HTTP API with an API user (paid plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kind of API user the ID below is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auth-id (or sub-user ID or name) of the API user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API user&apos;s auth-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The A/AAAA record must exist. TTL, when set, is rounded up to one ClouDNS allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ClouDNS dynamic URL sets one record, so one host updates one family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off IPv4 or IPv6 here, and add a second host with the other record&apos;s dynamic URL key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClouDNS refused the dynamic URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the record&apos;s dynamic URL key again from the ClouDNS panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClouDNS has no %1 record for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the record in the ClouDNS panel, then resume the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClouDNS accepted the API login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::CloudflareProvider</name>
    <message>
        <source>Cloudflare DNS records through the API, with an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1200 requests per 5 minutes per user; beyond that every call is blocked for 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API token with Zone &gt; DNS &gt; Edit (and Zone &gt; Zone &gt; Read if the zone is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxied when created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a record Homing creates goes through Cloudflare&apos;s proxy. Existing records keep their setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing records keep their proxied flag and TTL; Homing changes only the address (and the TTL when the host sets one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cloudflare zone this token can see contains %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the domain to Cloudflare, or give the token Zone &gt; Zone &gt; Read for it, or enter the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several Cloudflare zones match %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the zone for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare has no %1 record for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the record, or allow Homing to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare says the token is valid and active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare says the token is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new API token and store it for this host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::CommandSource</name>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed more than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started (missing or not executable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with status %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed no single address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command is not set up for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::ConfigStore</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the schema version number, e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was written by a newer Homing; this one reads up to version %2. The file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of address sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same id is used by two hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the config file on disk cannot be read, and Homing never overwrites it. Fix or move it first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::ControlClient</name>
    <message>
        <source>could not send the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the running Homing within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::ControlServer</name>
    <message>
        <source>Another Homing is already running for this user (it answers on %1). Use homingctl to talk to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; known: status, hosts, history, update, pause, resume, reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::CustomUrlProvider</name>
    <message>
        <source>Any service updated by one HTTP request: a URL template and the reply words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://dyn.example.net/update?host={host}&amp;ip={ip}&amp;key={password}. Placeholders: {host} {ip} {family} {type} {ipv4} {ipv6} {username} {password}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For POST: the body, with the same placeholders. A body starting with { is sent as JSON, anything else as a form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {username} and Basic authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {password} and Basic authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Basic authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the user name and password as HTTP Basic authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Needs you&quot; words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated words that mean the request can never work as it is; default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template must contain {ip}, {ipv4} or {ipv6}. Use {password} rather than writing a token into the URL, so the token stays in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {%1}, which Homing does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template has no address placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {ip} (or {ipv4}/{ipv6}) where the service expects the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the placeholders listed in the URL template&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template does not give a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL template for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL template and the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::Database</name>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was written by a newer Homing (schema %1; this one knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::DesktopController</name>
    <message>
        <source>Secrets are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (agreed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address: not detected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hosts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) need your attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) could not be updated; retrying</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) up to date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Homing cannot read ddclient, inadyn or ddns-updater configurations yet. Add your hosts with &lt;b&gt;Add host&lt;/b&gt; instead; your existing configuration is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (secrets removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Homing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homing uses the new place for passwords after a restart. Enter the passwords of your hosts again then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::DigitalOceanProvider</name>
    <message>
        <source>DigitalOcean DNS records through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5000 requests per hour and 250 per minute per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal access token with write access to domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitalOcean has no %1 record for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the record, or allow Homing to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitalOcean accepted the token for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::DnsEchoSource</name>
    <message>
        <source>this source has no server for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer for %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has %1 addresses, not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 record is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is an address of the other family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has %1 TXT records, not one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::DnsMessage</name>
    <message>
        <source>malformed DNS message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not build a DNS query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not encode a DNS query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::DnsQueryJob</name>
    <message>
        <source>no reply from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the query (nothing listens there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the TCP connection before replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (TCP): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a malformed reply: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query, not a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply id %1 does not match query id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is for another question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::DuckDnsProvider</name>
    <message>
        <source>Free names under duckdns.org, updated with the account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is &lt;name&gt;.duckdns.org. Both families go in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DuckDNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a host name ending in .duckdns.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DuckDNS refused the token or the domain (KO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token and that the name belongs to this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::Dyndns2</name>
    <message>
        <source>The provider rejected the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password (or updater key) for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request used a feature the account does not include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the paid option for this host or upgrade the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says the host name is not a full domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full host name, e.g. home.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name does not exist in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name&apos;s spelling and that it belongs to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many hosts in one request, or a round-robin host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the provider about this host&apos;s setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has blocked this host for abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the provider to unblock the host, then resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused this client (user agent or method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this to the Homing developers; do not retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the system parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account that owns this host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is not activated at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the domain in the provider&apos;s control panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name and the families this host updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no dynamic A record for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the A record and mark it dynamic, or stop updating IPv4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no dynamic AAAA record for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the AAAA record and mark it dynamic, or stop updating IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::Dynv6Provider</name>
    <message>
        <source>dynv6 zones, updated with the zone&apos;s HTTP token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s HTTP token from dynv6.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dynv6 zone, e.g. myhome.dynv6.net; empty means the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates the zone&apos;s own address records. Both families go in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynv6 does not know this zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the zone name (e.g. myhome.dynv6.net).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::EchoParser</name>
    <message>
        <source>the reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::FieldInfo</name>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts or ends with a space; remove it if it was not meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::FileSecretStore</name>
    <message>
        <source>the file %1 (opt-in file store, readable only by this user; not the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged; it is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::FreeDnsProvider</name>
    <message>
        <source>FreeDNS dynamic update, version 2 token URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random token of the record&apos;s v2 update URL (the part after /u/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeDNS takes the address from the connection; Homing also sends address= (whether v2 honours it is unverified) and stops the host if FreeDNS reports a different address. Each record has its own token, so a host updates one family: add a second host for the AAAA record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each FreeDNS record has its own token, so one host updates one family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off IPv4 or IPv6 here, and add a second host for the other record with its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeDNS set %1, not the detected %2: it took the address from the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure this machine reaches FreeDNS directly (no VPN or proxy), then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeDNS refused the update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the update token on freedns.afraid.org/dynamic/v2/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::GandiProvider</name>
    <message>
        <source>Gandi LiveDNS records with a personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gandi personal access token allowed to manage the domain&apos;s DNS records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pat&quot; for a personal access token; &quot;apikey&quot; for a deprecated API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing record is created. TTL is at least 300 s (Gandi&apos;s default 10800 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gandi accepted the token for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::HetznerProvider</name>
    <message>
        <source>Hetzner DNS zones in the Cloud Console (current API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hetzner Cloud project API token with read &amp; write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks the Hetzner Cloud API. The old DNS Console (dns.hetzner.com) API is being shut down; move the zone to the Cloud Console first. TTL applies to records Homing creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hetzner has no %1 record for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the record, or allow Homing to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hetzner accepted the change; it was still being applied when Homing stopped asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hetzner accepted the token for this zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::HistoryModel</name>
    <message>
        <source>Address detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified in DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::Host</name>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID such as &quot;3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a host name such as &quot;home.example.org&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a provider, e.g. &quot;dyndns2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list with &quot;ipv4&quot;, &quot;ipv6&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of the provider&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, a number or true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;stable&quot;, &quot;temporary&quot; or &quot;fixed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an interface identifier such as &quot;::1234:5678:9abc:def0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the id of an address source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of seconds between 0 and 604800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a host name, e.g. home.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host name may be at most 253 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a domain, e.g. %1.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: each part must be letters, digits or hyphens, not starting or ending with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::HostDetailPane</name>
    <message>
        <source>Show events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline of %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::HostEditController</name>
    <message>
        <source>%1 is already configured with this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; your input is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homing cannot talk to %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepted these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider could not tell now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Homing stops updating it and deletes its password from the keychain. The DNS record itself is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host stays so that its password is not left behind; try again once the keychain works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::HostEditorDialog</name>
    <message>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All configured sources (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type to search %n provider(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;4 (A record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;6 (AAAA record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable address (not temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current temporary (privacy) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current prefix with a fixed interface ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 interface identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow private (LAN) addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish addresses such as 192.168.x.x or fd00::/8; normally refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not let clients set the TTL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the credentials with a harmless call; DNS is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no harmless call to check credentials with; Save and watch the first update in the timeline instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose IPv4, IPv6 or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the interface identifier as an IPv6 address, such as ::1234:5678:9abc:def0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::HostTableModel</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for first check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::HttpClient</name>
    <message>
        <source>the reply was larger than %1 bytes and was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete reply within the time limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::HttpEchoSource</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::InterfaceSource</name>
    <message>
        <source>this source is not set up for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has several IPv4 addresses (%2); name one interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no current temporary IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stable IPv6 address (not temporary, not deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fixed IPv6 policy needs interfaceId, e.g. ::1234:5678:9abc:def0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has prefix length %2; a fixed interface id needs a /64 or shorter prefix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::KeychainSecretStore</name>
    <message>
        <source>No secret is stored for this entry in the keychain (a locked keychain can also look like this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) is not available (%1). Start one, such as gnome-keyring or KWallet, or on a machine without a desktop set &quot;secretStore&quot;: &quot;file&quot; in the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked (%1). Unlock it, for example by logging in to the desktop, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Allow Homing when the keychain asks, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain (Secret Service), service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::MainWindow</name>
    <message>
        <source>Homing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Homing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;osts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No hosts yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the host name you want to keep pointing at this machine.
Homing will update it whenever your public address changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from ddclient, inadyn or ddns-updater…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::MemorySecretStore</name>
    <message>
        <source>memory only (nothing is kept after Homing quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::NamecheapProvider</name>
    <message>
        <source>Namecheap Dynamic DNS (A records only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS page), not the account password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 only: Namecheap&apos;s dynamic DNS cannot set AAAA records. The record must be an &quot;A + Dynamic DNS&quot; record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namecheap&apos;s dynamic DNS sets IPv4 (A) records only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off IPv6 for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namecheap reports the address %1, which is not the one sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namecheap refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain&apos;s Dynamic DNS password from the Advanced DNS page, and check that Dynamic DNS is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namecheap refused the update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain, and that the host has an &quot;A + Dynamic DNS&quot; record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namecheap reports an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::NotificationCenter</name>
    <message>
        <source>Your public IPv4 address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your public IPv6 address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host follows this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n host(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Homing to see what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is working again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepted the update; nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::Paths</name>
    <message>
        <source>Cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::PorkbunProvider</name>
    <message>
        <source>Porkbun DNS through its JSON API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key (pk1_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret API key (sk1_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on API access for the domain in Porkbun&apos;s settings. A missing record is created. TTL is at least 600 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porkbun accepted the API keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::Provider</name>
    <message>
        <source>%1 has no harmless way to test credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the host and watch its first update instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 credentials re-sends the address it holds, and none is known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Homing update the host once, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::ProviderFields</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s address; leave the default unless you run your own server. https:// is required except for a server on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone (domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain as registered at the provider, e.g. example.org; the host name must be this domain or a name under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain as registered at the provider, e.g. example.org. Leave empty to let Homing find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the record if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the A/AAAA record does not exist yet, create it instead of asking you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the zone %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the zone to the domain the host name belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::ProviderInfo</name>
    <message>
        <source>%1 does not use a setting called &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret and belongs in the keychain, not in the config file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::ProviderReplies</name>
    <message>
        <source>Change the server address to an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable reply from the provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asks Homing to slow down (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the credentials (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials stored for this host, and that they are allowed to change this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has a problem on its side (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s reply was not understood (HTTP %1, %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this host&apos;s settings (zone, host name, record) against the provider&apos;s control panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::Scheduler</name>
    <message>
        <source>woke up after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::SecretStore</name>
    <message>
        <source>The secret store (%1) did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::SettingsDialog</name>
    <message>
        <source>Homing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Homing when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when the public &amp;address changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a host &amp;needs my attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a host &amp;works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the public address every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sources must agree before a changed address is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources that must &amp;agree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop keychain (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private file readable only by me (no keychain on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing this does not move passwords already stored; enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;passwords in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug (secrets stay redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies version, settings and host states to the clipboard, with secrets removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable at least one address source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::SingleInstance</name>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Homing refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homing is already running but does not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homing is already running but did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::SourceConfig</name>
    <message>
        <source>must be a short name for the source, e.g. &quot;ipify&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an http source needs ipv4Url, ipv6Url or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of auto, plain, json, trace, checkip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot;; known: http, dns, interface, upnp, command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::TrayController</name>
    <message>
        <source>&amp;Open Homing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hosts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homing — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::UiSettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); the defaults are used and the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Homing (schema %2); the defaults are used and the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::UpdateCycle</name>
    <message>
        <source>disabled in the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting until %1 before retrying: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homing does not know the provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider from &quot;homingctl providers&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address source for this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 address detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last call to the provider was less than %1 seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is stored for this host in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it in the host editor, or run: homingctl secret set %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Homing::UpnpSource</name>
    <message>
        <source>the UPnP gateway did not finish answering within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPnP-IGD tells IPv4 addresses only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a UDP socket for SSDP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no UPnP Internet gateway answered within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway&apos;s control URL points elsewhere (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway&apos;s reply is larger than %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway at %1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway answered HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway&apos;s description is not valid XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway offers no WANIPConnection or WANPPPConnection service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway&apos;s reply has no NewExternalIPAddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway has no WAN address (is it connected?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway&apos;s WAN address &quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyn&apos;s Remote Access API (dyndns2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account password or an updater client key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both families go in one request (myip=&lt;IPv4&gt;,&lt;IPv6&gt;). Codes 911 and dnserr wait 30 minutes; every other error stops the host until you act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-IP dynamic update (dyndns2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail or group user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account e-mail address, or a group&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a No-IP group name to update instead of the single host (every host in the group gets the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends No-IP&apos;s required User-Agent form. Free hosts expire unless refreshed; Homing re-sends every 25 days. 911 waits 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynu IP update protocol (dyndns2 dialect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account password, its MD5/SHA-256 hash, or an IP-update password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends myip and myipv6; a family the host does not update is sent as &quot;no&quot; so Dynu does not guess it from the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hurricane Electric free DNS, dynamic records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDNS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key generated for this record in dns.he.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One family per request (two requests for a dual-stack host). The A/AAAA record must exist and be marked dynamic. &quot;interval&quot; waits 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVH DynHost (dyndns2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynHost login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DynHost login created for the zone, e.g. example.org-home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per request. OVH documents IPv4; IPv6 is UNVERIFIED: Homing sends it as a separate request and shows OVH&apos;s answer if it refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strato DynDNS (dyndns2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain the DynDNS password belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual stack is sent as myip=&lt;IPv4&gt;,&lt;IPv6&gt; (UNVERIFIED at Strato: if it answers badrequest, update one family per host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deSEC dynDNS update API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain registered at deSEC; empty means the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deSEC token allowed to update this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 updates per 2 minutes per domain; 429 with Retry-After beyond that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always sends both families: a family the host does not update is sent as &quot;preserve&quot;, because deSEC deletes a record it is not told about. TTL is fixed at 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv64.net dynamic update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s DynDNS update token (sent as a Bearer token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By account class, 48 updates a day by default; at most 3 requests in 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any server that speaks the dyndns2 protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both families go in one request (myip=&lt;IPv4&gt;,&lt;IPv6&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClouDNS refused the API login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the auth-id, its kind and the auth-password, and that the API user may use this zone and this machine&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClouDNS refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the zone and host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare refused the API token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token, and that it may edit DNS in this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare reports an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porkbun refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API keys, and that API access is turned on for this domain in Porkbun&apos;s domain settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hetzner could not change the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the zone and record in the Hetzner Console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
