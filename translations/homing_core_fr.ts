<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Homing::AddressMonitor</name>
    <message>
        <location filename="../core/address/addressmonitor.cpp" line="+106"/>
        <source>the detection was cancelled: the address sources were replaced</source>
        <translation>la détection a été annulée : les sources d&apos;adresse ont été remplacées</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is not an %2 address</source>
        <translation>%1 n&apos;est pas une adresse %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 sources disagree about the %2 address: %3</source>
        <translation>%1 sources divergent sur l&apos;adresse %2 : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no enabled address source can tell the %1 address</source>
        <translation>aucune source d&apos;adresse activée ne peut indiquer l&apos;adresse %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source gave a usable %1 address (%2)</source>
        <translation>aucune source n&apos;a fourni d&apos;adresse %1 utilisable (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kept the unchanged %1 address, but sources disagree: %2</source>
        <translation>l&apos;adresse %1 inchangée est conservée, mais les sources divergent : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only %1 of the %2 sources needed reported %3 (%4)%5</source>
        <translation>seules %1 des %2 sources requises ont indiqué %3 (%4)%5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sources disagree about the %1 address and none has %2 in agreement: %3</source>
        <translation>les sources divergent sur l&apos;adresse %1 et aucune n&apos;obtient %2 accords : %3</translation>
    </message>
</context>
<context>
    <name>Homing::AddressValidator</name>
    <message>
        <location filename="../core/address/addressvalidator.cpp" line="+73"/>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private (LAN)</source>
        <translation>privée (réseau local)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>carrier-grade NAT (100.64.0.0/10)</source>
        <translation>NAT de l&apos;opérateur (CGNAT, 100.64.0.0/10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unspecified</source>
        <translation>non spécifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loopback</source>
        <translation>de bouclage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link-local</source>
        <translation>lien local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>multicast</source>
        <translation>multidiffusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>documentation-only</source>
        <translation>réservée à la documentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benchmarking</source>
        <translation>réservée aux tests de performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>réservée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a %2 address, not one to publish</source>
        <translation>%1 est une adresse de type « %2 », pas une adresse à publier</translation>
    </message>
</context>
<context>
    <name>Homing::ChangeWatcher</name>
    <message>
        <location filename="../core/address/changewatcher.cpp" line="+80"/>
        <source>cannot open a netlink socket: %1</source>
        <translation>impossible d&apos;ouvrir un socket netlink : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot listen to netlink: %1</source>
        <translation>impossible d&apos;écouter netlink : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>netlink exists on Linux only</source>
        <translation>netlink n&apos;existe que sous Linux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>many network changes</source>
        <translation>nombreux changements réseau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a default route was added</source>
        <translation>une route par défaut a été ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a default route was removed</source>
        <translation>une route par défaut a été supprimée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>address %1 added on %2</source>
        <translation>adresse %1 ajoutée sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address %1 removed from %2</source>
        <translation>adresse %1 retirée de %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interface %1 removed</source>
        <translation>interface %1 retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface %1 is %2</source>
        <translation>l&apos;interface %1 est %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 and %2 more network changes</source>
        <translation>%1 et %2 autres changements réseau</translation>
    </message>
</context>
<context>
    <name>Homing::ClouDnsProvider</name>
    <message>
        <location filename="../core/providers/cloudnsprovider.cpp" line="+52"/>
        <source>ClouDNS dynamic URL of one A or AAAA record</source>
        <translation>URL dynamique ClouDNS d&apos;un enregistrement A ou AAAA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dynamic URL key</source>
        <translation>Clé de l&apos;URL dynamique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The q= value of the record&apos;s dynamic URL (DNS zone → record → Dynamic URL).</source>
        <translation>La valeur q= de l&apos;URL dynamique de l&apos;enregistrement (zone DNS → enregistrement → Dynamic URL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each record has its own dynamic URL, so a host updates one family: add a second host for the AAAA record. The address is sent in ClouDNS&apos;s proxy mode (X-Forwarded-For); that ClouDNS honours it is unverified.</source>
        <translation>Chaque enregistrement a sa propre URL dynamique ; un hôte ne met donc à jour qu&apos;une famille : ajoutez un second hôte pour l&apos;enregistrement AAAA. L&apos;adresse est envoyée dans le mode proxy de ClouDNS (X-Forwarded-For) ; que ClouDNS la prenne en compte n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClouDNS HTTP API with an API user (paid plans)</source>
        <translation>API HTTP de ClouDNS avec un utilisateur d&apos;API (offres payantes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API user kind</source>
        <translation>Type d&apos;utilisateur d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which kind of API user the ID below is.</source>
        <translation>Le type d&apos;utilisateur d&apos;API que désigne l&apos;identifiant ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API user ID</source>
        <translation>Identifiant de l&apos;utilisateur d&apos;API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The auth-id (or sub-user ID or name) of the API user.</source>
        <translation>L&apos;auth-id (ou l&apos;identifiant ou le nom du sous-utilisateur) de l&apos;utilisateur d&apos;API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API password</source>
        <translation>Mot de passe d&apos;API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The API user&apos;s auth-password.</source>
        <translation>L&apos;auth-password de l&apos;utilisateur d&apos;API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The A/AAAA record must exist. TTL, when set, is rounded up to one ClouDNS allows.</source>
        <translation>L&apos;enregistrement A/AAAA doit exister. Le TTL, s&apos;il est défini, est arrondi à une valeur acceptée par ClouDNS.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each ClouDNS dynamic URL sets one record, so one host updates one family.</source>
        <translation>Chaque URL dynamique ClouDNS modifie un seul enregistrement ; un hôte ne met donc à jour qu&apos;une famille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn off IPv4 or IPv6 here, and add a second host with the other record&apos;s dynamic URL key.</source>
        <translation>Désactivez ici IPv4 ou IPv6 et ajoutez un second hôte avec la clé d&apos;URL dynamique de l&apos;autre enregistrement.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ClouDNS refused the dynamic URL: %1</source>
        <translation>ClouDNS a refusé l&apos;URL dynamique : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the record&apos;s dynamic URL key again from the ClouDNS panel.</source>
        <translation>Copiez à nouveau la clé d&apos;URL dynamique de l&apos;enregistrement depuis le panneau ClouDNS.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+21"/>
        <source>ClouDNS has no %1 record for %2.</source>
        <translation>ClouDNS n&apos;a pas d&apos;enregistrement %1 pour %2.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Create the record in the ClouDNS panel, then resume the host.</source>
        <translation>Créez l&apos;enregistrement dans le panneau ClouDNS, puis reprenez l&apos;hôte.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>ClouDNS accepted the API login.</source>
        <translation>ClouDNS a accepté la connexion à l&apos;API.</translation>
    </message>
</context>
<context>
    <name>Homing::CloudflareProvider</name>
    <message>
        <location filename="../core/providers/cloudflareprovider.cpp" line="+76"/>
        <source>Cloudflare DNS records through the API, with an API token</source>
        <translation>Enregistrements DNS Cloudflare via l&apos;API, avec un jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1200 requests per 5 minutes per user; beyond that every call is blocked for 5 minutes</source>
        <translation>1200 requêtes par 5 minutes et par utilisateur ; au-delà, chaque appel est bloqué pendant 5 minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An API token with Zone &gt; DNS &gt; Edit (and Zone &gt; Zone &gt; Read if the zone is empty).</source>
        <translation>Un jeton d&apos;API avec Zone &gt; DNS &gt; Modifier (et Zone &gt; Zone &gt; Lire si la zone est vide).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxied when created</source>
        <translation>Proxifié à la création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a record Homing creates goes through Cloudflare&apos;s proxy. Existing records keep their setting.</source>
        <translation>Si un enregistrement créé par Homing passe par le proxy de Cloudflare. Les enregistrements existants gardent leur réglage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Cloudflare API token is 40 or more letters, digits, - and _. The Global API Key (37 hexadecimal characters) does not work here: create an API token.</source>
        <translation>Un jeton d’API Cloudflare compte au moins 40 lettres, chiffres, - et _. La Global API Key (37 caractères hexadécimaux) ne fonctionne pas ici : créez un jeton d’API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing records keep their proxied flag; Homing changes the address and the TTL (60 s unless the host sets one).</source>
        <translation>Les enregistrements existants gardent leur option proxied ; Homing change l&apos;adresse et le TTL (60 s sauf si l&apos;hôte en fixe un).</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>No Cloudflare zone this token can see contains %1.</source>
        <translation>Aucune zone Cloudflare visible par ce jeton ne contient %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the domain to Cloudflare, or give the token Zone &gt; Zone &gt; Read for it, or enter the zone.</source>
        <translation>Ajoutez le domaine à Cloudflare, accordez au jeton Zone &gt; Zone &gt; Lire pour ce domaine, ou saisissez la zone.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Several Cloudflare zones match %1.</source>
        <translation>Plusieurs zones Cloudflare correspondent à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the zone for this host.</source>
        <translation>Saisissez la zone de cet hôte.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Parked: deleted the address records of %1.</source>
        <translation>Parqué : les enregistrements d&apos;adresse de %1 ont été supprimés.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cloudflare says the token is valid and active.</source>
        <translation>Cloudflare indique que le jeton est valide et actif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloudflare says the token is %1.</source>
        <translation>Cloudflare indique que le jeton est %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new API token and store it for this host.</source>
        <translation>Créez un nouveau jeton d&apos;API et enregistrez-le pour cet hôte.</translation>
    </message>
</context>
<context>
    <name>Homing::CommandSource</name>
    <message>
        <location filename="../core/address/commandsource.cpp" line="+87"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 ne s&apos;est pas terminé en %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 printed more than %2 bytes</source>
        <translation>%1 a écrit plus de %2 octets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be started (missing or not executable)</source>
        <translation>%1 n&apos;a pas pu être lancé (absent ou non exécutable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 exited with status %2%3</source>
        <translation>%1 s&apos;est terminé avec le code %2%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 printed no single address: %2</source>
        <translation>%1 n&apos;a pas écrit une adresse unique : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this command is not set up for %1</source>
        <translation>cette commande n&apos;est pas configurée pour %1</translation>
    </message>
</context>
<context>
    <name>Homing::ConfigStore</name>
    <message>
        <location filename="../core/storage/configstore.cpp" line="+45"/>
        <source>is the server of %1, not of %2: this host&apos;s secrets would go there. Remove the setting to use %2&apos;s own server, or choose %1 as the provider</source>
        <translation>est le serveur de %1, pas celui de %2 : les secrets de cet hôte y partiraient. Supprimez ce réglage pour utiliser le serveur de %2, ou choisissez %1 comme fournisseur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no migration from schema %1</source>
        <translation>aucune migration depuis le schéma %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list of 1 to %1 IP addresses</source>
        <translation>doit être une liste de 1 à %1 adresses IP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>« %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be a whole number of seconds from 30 to 86400</source>
        <translation>doit être un nombre entier de secondes entre 30 et 86400</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;keychain&quot; or &quot;file&quot;</source>
        <translation>doit être « keychain » ou « file »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a whole number of days from 1 to 36500</source>
        <translation>doit être un nombre entier de jours entre 1 et 36500</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number from 1 to 10</source>
        <translation>doit être un nombre entier entre 1 et 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>must be a whole number of seconds from 1 to 86400</source>
        <translation>doit être un nombre entier de secondes de 1 à 86400</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be 0 (off) or a whole number of seconds from 5 to 86400</source>
        <translation>doit valoir 0 (désactivé) ou un nombre entier de secondes de 5 à 86400</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown setting</source>
        <translation>paramètre inconnu</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3 : JSON non valide : %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1 : le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1 : champ « %2 » : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not contain a NUL character</source>
        <translation>ne doit pas contenir de caractère NUL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be the schema version number, e.g. 1</source>
        <translation>doit être le numéro de version du schéma, par exemple 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 was written by a newer Homing; this one reads up to version %2. The file is left as it is.</source>
        <translation>la version %1 a été écrite par un Homing plus récent ; celui-ci lit jusqu&apos;à la version %2. Le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+22"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>must be a list of address sources</source>
        <translation>doit être une liste de sources d&apos;adresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>« %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a list of hosts</source>
        <translation>doit être une liste d&apos;hôtes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the same id is used by two hosts</source>
        <translation>deux hôtes utilisent le même identifiant</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not saved: the config file on disk cannot be read, and Homing never overwrites it. Fix or move it first. %1</source>
        <translation>Non enregistré : le fichier de configuration sur le disque est illisible, et Homing ne l&apos;écrase jamais. Corrigez-le ou déplacez-le d&apos;abord. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: %1 (%2): %3.</source>
        <translation>Non enregistré : %1 (%2) : %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Homing::ControlClient</name>
    <message>
        <location filename="../core/control/controlclient.cpp" line="+41"/>
        <source>%1 is served by another user (uid %2), not by your Homing; homingctl does not talk to it.</source>
        <translation>%1 est servi par un autre utilisateur (uid %2), pas par votre Homing ; homingctl ne lui parle pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not send the request: %1</source>
        <translation>la requête n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no answer from the running Homing within %1 s</source>
        <translation>pas de réponse du Homing en cours d&apos;exécution en %1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer was not valid JSON</source>
        <translation>la réponse n&apos;était pas du JSON valide</translation>
    </message>
</context>
<context>
    <name>Homing::ControlServer</name>
    <message>
        <location filename="../core/control/controlserver.cpp" line="+65"/>
        <source>Another Homing is already running for this user (it answers on %1). Use homingctl to talk to it.</source>
        <translation>Un autre Homing tourne déjà pour cet utilisateur (il répond sur %1). Utilisez homingctl pour lui parler.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not a JSON object: %1</source>
        <translation>pas un objet JSON : %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>request too large (more than %1 bytes)</source>
        <translation>requête trop grande (plus de %1 octets)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;%1&quot; must not contain a NUL character</source>
        <translation>le champ « %1 » ne doit pas contenir de caractère NUL</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>verify needs a host</source>
        <translation>verify a besoin d&apos;un hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>no host called &quot;%1&quot;</source>
        <translation>aucun hôte nommé « %1 »</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>restore needs a host</source>
        <translation>restore demande un hôte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>secret-changed needs a host</source>
        <translation>secret-changed nécessite un hôte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verify is answered on the control socket only</source>
        <translation>verify ne reçoit de réponse que sur le socket de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot;; known: status, hosts, history, update, verify, pause, resume, restore, reload</source>
        <translation>commande inconnue « %1 » ; connues : status, hosts, history, update, verify, pause, resume, restore, reload</translation>
    </message>
</context>
<context>
    <name>Homing::CustomUrlProvider</name>
    <message>
        <location filename="../core/providers/customurlprovider.cpp" line="+62"/>
        <source>Any service updated by one HTTP request: a URL template and the reply words</source>
        <translation>Tout service mis à jour par une seule requête HTTP : un modèle d&apos;URL et les mots de réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL template</source>
        <translation>Modèle d&apos;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. https://dyn.example.net/update?host={host}&amp;ip={ip}&amp;key={password}. Placeholders: {host} {ip} {family} {type} {ipv4} {ipv6} {username} {password}.</source>
        <translation>par exemple https://dyn.example.net/update?host={host}&amp;ip={ip}&amp;key={password}. Variables : {host} {ip} {family} {type} {ipv4} {ipv6} {username} {password}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP method.</source>
        <translation>La méthode HTTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body template</source>
        <translation>Modèle du corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For POST: the body, with the same placeholders. A body starting with { is sent as JSON, anything else as a form.</source>
        <translation>Pour POST : le corps, avec les mêmes variables. Un corps commençant par { est envoyé en JSON, tout autre comme formulaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For {username} and Basic authorization.</source>
        <translation>Pour {username} et l&apos;authentification Basic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For {password} and Basic authorization.</source>
        <translation>Pour {password} et l&apos;authentification Basic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Basic authorization</source>
        <translation>Envoyer une authentification Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the user name and password as HTTP Basic authorization.</source>
        <translation>Envoyer le nom d&apos;utilisateur et le mot de passe en authentification HTTP Basic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success words</source>
        <translation>Mots de succès</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Comma-separated; default: %1</source>
        <translation>Séparés par des virgules ; par défaut : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged words</source>
        <translation>Mots « inchangé »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Needs you&quot; words</source>
        <translation>Mots « intervention requise »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated words that mean the request can never work as it is; default: %1</source>
        <translation>Mots séparés par des virgules signifiant que la requête ne pourra jamais aboutir telle quelle ; par défaut : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template must contain {ip}, {ipv4} or {ipv6}. Use {password} rather than writing a token into the URL, so the token stays in the keychain.</source>
        <translation>Le modèle doit contenir {ip}, {ipv4} ou {ipv6}. Utilisez {password} plutôt que d&apos;écrire un jeton dans l&apos;URL, afin que le jeton reste dans le trousseau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template uses {%1}, which Homing does not know.</source>
        <translation>Le modèle utilise {%1}, que Homing ne connaît pas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The URL template has no address placeholder.</source>
        <translation>Le modèle d&apos;URL ne contient pas de variable pour l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {ip} (or {ipv4}/{ipv6}) where the service expects the address.</source>
        <translation>Ajoutez {ip} (ou {ipv4}/{ipv6}) là où le service attend l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use only the placeholders listed in the URL template&apos;s help.</source>
        <translation>N&apos;utilisez que les variables indiquées dans l&apos;aide du modèle d&apos;URL.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The URL template does not give a valid URL.</source>
        <translation>Le modèle d&apos;URL ne donne pas d&apos;URL valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the URL template for typing errors.</source>
        <translation>Vérifiez que le modèle d&apos;URL ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The service refused the update: %1</source>
        <translation>Le service a refusé la mise à jour : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the URL template and the credentials.</source>
        <translation>Vérifiez le modèle d&apos;URL et les identifiants.</translation>
    </message>
</context>
<context>
    <name>Homing::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+46"/>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>Le pilote SQLite de Qt est absent (paquet Debian libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the database was written by a newer Homing (schema %1; this one knows %2)</source>
        <translation>la base de données a été écrite par un Homing plus récent (schéma %1 ; celui-ci connaît %2)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the change was rolled back</source>
        <translation>la modification a été annulée</translation>
    </message>
</context>
<context>
    <name>Homing::DigitalOceanProvider</name>
    <message>
        <location filename="../core/providers/digitaloceanprovider.cpp" line="+109"/>
        <source>DigitalOcean DNS records through the API</source>
        <translation>Enregistrements DNS DigitalOcean via l&apos;API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>5000 requests per hour and 250 per minute per token</source>
        <translation>5000 requêtes par heure et 250 par minute par jeton</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A personal access token with write access to domains.</source>
        <translation>Un jeton d&apos;accès personnel avec accès en écriture aux domaines.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>DigitalOcean accepted the token for this domain.</source>
        <translation>DigitalOcean a accepté le jeton pour ce domaine.</translation>
    </message>
</context>
<context>
    <name>Homing::DnsEchoSource</name>
    <message>
        <location filename="../core/address/dnsechosource.cpp" line="+77"/>
        <source>this source has no server for %1</source>
        <translation>cette source n&apos;a pas de serveur pour %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server answered %1 for %2</source>
        <translation>le serveur a répondu %1 pour %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>the answer for %1 is empty</source>
        <translation>la réponse pour %1 est vide</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the answer has %1 addresses, not one</source>
        <translation>la réponse contient %1 adresses au lieu d&apos;une</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 record is malformed</source>
        <translation>l&apos;enregistrement %1 est mal formé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is an address of the other family</source>
        <translation>la réponse est une adresse de l&apos;autre famille</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer has %1 TXT records, not one</source>
        <translation>la réponse contient %1 enregistrements TXT au lieu d&apos;un</translation>
    </message>
</context>
<context>
    <name>Homing::DnsMessage</name>
    <message>
        <location filename="../core/dns/dnsmessage.cpp" line="+146"/>
        <source>malformed DNS message (%1)</source>
        <translation>message DNS mal formé (%1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a valid DNS name</source>
        <translation>« %1 » n&apos;est pas un nom DNS valide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not build a DNS query</source>
        <translation>impossible de construire une requête DNS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not encode a DNS query</source>
        <translation>impossible d&apos;encoder une requête DNS</translation>
    </message>
</context>
<context>
    <name>Homing::DnsQueryJob</name>
    <message>
        <location filename="../core/dns/dnsqueryjob.cpp" line="+32"/>
        <source>no reply from %1 within %2 ms</source>
        <translation>pas de réponse de %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the DNS message is too short</source>
        <translation>le message DNS est trop court</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no DNS server address</source>
        <translation>aucune adresse de serveur DNS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 refused the query (nothing listens there)</source>
        <translation>%1 a refusé la requête (rien n&apos;écoute à cette adresse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 closed the TCP connection before replying</source>
        <translation>%1 a fermé la connexion TCP avant de répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (TCP): %2</source>
        <translation>%1 (TCP) : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 sent a malformed reply: %2</source>
        <translation>%1 a envoyé une réponse mal formée : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <source>a query, not a reply</source>
        <translation>une requête, pas une réponse</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>reply id %1 does not match query id %2</source>
        <translation>l&apos;identifiant de réponse %1 ne correspond pas à l&apos;identifiant de requête %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the reply is for another question</source>
        <translation>la réponse concerne une autre question</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a datagram too short for a DNS reply</source>
        <translation>un datagramme trop court pour une réponse DNS</translation>
    </message>
</context>
<context>
    <name>Homing::DnsUpdate</name>
    <message>
        <location filename="../core/dns/dnsupdate.cpp" line="+109"/>
        <source>&quot;%1&quot; or &quot;%2&quot; is not a DNS name Homing can send</source>
        <translation>« %1 » ou « %2 » n&apos;est pas un nom DNS que Homing peut envoyer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address %1 does not fit a %2 record</source>
        <translation>l&apos;adresse %1 ne convient pas à un enregistrement %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the update is too large</source>
        <translation>la mise à jour est trop grande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed DNS reply: %1</source>
        <translation>réponse DNS mal formée : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n byte(s), shorter than a header</source>
        <translation>
            <numerusform>%n octet, moins qu&apos;un en-tête</numerusform>
            <numerusform>%n octets, moins qu&apos;un en-tête</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the zone section is cut short</source>
        <translation>la section de zone est tronquée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>record %1 is cut short</source>
        <translation>l&apos;enregistrement %1 est tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a TSIG record that is not the last record</source>
        <translation>un enregistrement TSIG qui n&apos;est pas le dernier enregistrement</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n byte(s) after the last record</source>
        <translation>
            <numerusform>%n octet après le dernier enregistrement</numerusform>
            <numerusform>%n octets après le dernier enregistrement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a TSIG record of the wrong class</source>
        <translation>un enregistrement TSIG de la mauvaise classe</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>a TSIG record that is cut short</source>
        <translation>un enregistrement TSIG tronqué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a TSIG record whose lengths do not add up</source>
        <translation>un enregistrement TSIG dont les longueurs ne concordent pas</translation>
    </message>
</context>
<context>
    <name>Homing::DuckDnsProvider</name>
    <message>
        <location filename="../core/providers/duckdnsprovider.cpp" line="+18"/>
        <source>Free names under duckdns.org, updated with the account token</source>
        <translation>Noms gratuits sous duckdns.org, mis à jour avec le jeton du compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account token shown on duckdns.org.</source>
        <translation>Le jeton du compte affiché sur duckdns.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A DuckDNS token has the form a1b2c3d4-e5f6-7890-abcd-ef1234567890 (36 characters, as shown at the top of duckdns.org after you sign in).</source>
        <translation>Un jeton DuckDNS a la forme a1b2c3d4-e5f6-7890-abcd-ef1234567890 (36 caractères, tel qu’affiché en haut de duckdns.org une fois connecté).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name is &lt;name&gt;.duckdns.org. Both families go in one request.</source>
        <translation>Le nom d&apos;hôte est &lt;nom&gt;.duckdns.org. Les deux familles partent dans une seule requête.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not a DuckDNS name.</source>
        <translation>%1 n&apos;est pas un nom DuckDNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a host name ending in .duckdns.org.</source>
        <translation>Utilisez un nom d&apos;hôte se terminant par .duckdns.org.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>DuckDNS refused the token or the domain (KO).</source>
        <translation>DuckDNS a refusé le jeton ou le domaine (KO).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token and that the name belongs to this account.</source>
        <translation>Vérifiez le jeton et que le nom appartient à ce compte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parked: DuckDNS cleared the addresses of the name.</source>
        <translation>Parqué : DuckDNS a effacé les adresses du nom.</translation>
    </message>
</context>
<context>
    <name>Homing::Dyndns2</name>
    <message>
        <location filename="../core/providers/dyndns2provider.cpp" line="+35"/>
        <source>The provider rejected the user name or password.</source>
        <translation>Le fournisseur a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and password (or updater key) for this host.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe (ou la clé de mise à jour) de cet hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request used a feature the account does not include.</source>
        <translation>La requête a utilisé une fonction que le compte n&apos;inclut pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off the paid option for this host or upgrade the account.</source>
        <translation>Désactivez l&apos;option payante pour cet hôte ou passez à une offre supérieure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider says the host name is not a full domain name.</source>
        <translation>Le fournisseur indique que le nom d&apos;hôte n&apos;est pas un nom de domaine complet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the full host name, e.g. home.example.org.</source>
        <translation>Saisissez le nom d&apos;hôte complet, par exemple home.example.org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host name does not exist in this account.</source>
        <translation>Le nom d&apos;hôte n&apos;existe pas dans ce compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name&apos;s spelling and that it belongs to this account.</source>
        <translation>Vérifiez l&apos;orthographe du nom d&apos;hôte et qu&apos;il appartient à ce compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many hosts in one request, or a round-robin host.</source>
        <translation>Trop d&apos;hôtes dans une requête, ou un hôte en round-robin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the provider about this host&apos;s setup.</source>
        <translation>Contactez le fournisseur au sujet de la configuration de cet hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider has blocked this host for abuse.</source>
        <translation>Le fournisseur a bloqué cet hôte pour abus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the provider to unblock the host, then resume it.</source>
        <translation>Contactez le fournisseur pour débloquer l&apos;hôte, puis reprenez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider refused this client (user agent or method).</source>
        <translation>Le fournisseur a refusé ce client (user agent ou méthode).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Report this to the Homing developers; do not retry.</source>
        <translation>Signalez-le aux développeurs de Homing ; ne réessayez pas.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The provider rejected the system parameter.</source>
        <translation>Le fournisseur a refusé le paramètre « system ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name belongs to another account.</source>
        <translation>Le nom d&apos;hôte appartient à un autre compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the account that owns this host name.</source>
        <translation>Utilisez le compte auquel appartient ce nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain is not activated at the provider.</source>
        <translation>Le domaine n&apos;est pas activé chez le fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate the domain in the provider&apos;s control panel.</source>
        <translation>Activez le domaine dans le panneau de contrôle du fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider rejected the request as malformed.</source>
        <translation>Le fournisseur a refusé la requête comme mal formée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name and the families this host updates.</source>
        <translation>Vérifiez le nom d&apos;hôte et les familles que cet hôte met à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider has no dynamic A record for this host.</source>
        <translation>Le fournisseur n&apos;a pas d&apos;enregistrement A dynamique pour cet hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the A record and mark it dynamic, or stop updating IPv4.</source>
        <translation>Créez l&apos;enregistrement A et marquez-le comme dynamique, ou cessez de mettre à jour IPv4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider has no dynamic AAAA record for this host.</source>
        <translation>Le fournisseur n&apos;a pas d&apos;enregistrement AAAA dynamique pour cet hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the AAAA record and mark it dynamic, or stop updating IPv6.</source>
        <translation>Créez l&apos;enregistrement AAAA et marquez-le comme dynamique, ou cessez de mettre à jour IPv6.</translation>
    </message>
</context>
<context>
    <name>Homing::Dynv6Provider</name>
    <message>
        <location filename="../core/providers/dynv6provider.cpp" line="+19"/>
        <source>dynv6 zones, updated with the zone&apos;s HTTP token</source>
        <translation>Zones dynv6, mises à jour avec le jeton HTTP de la zone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP token</source>
        <translation>Jeton HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The zone&apos;s HTTP token from dynv6.com.</source>
        <translation>Le jeton HTTP de la zone, sur dynv6.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The dynv6 zone, e.g. myhome.dynv6.net; empty means the host name.</source>
        <translation>La zone dynv6, par exemple myhome.dynv6.net ; vide signifie le nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates the zone&apos;s own address records. Both families go in one request.</source>
        <translation>Met à jour les enregistrements d&apos;adresse de la zone elle-même. Les deux familles partent dans une seule requête.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dynv6 does not know this zone: %1</source>
        <translation>dynv6 ne connaît pas cette zone : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the zone name (e.g. myhome.dynv6.net).</source>
        <translation>Vérifiez le nom de la zone (par exemple myhome.dynv6.net).</translation>
    </message>
</context>
<context>
    <name>Homing::EchoParser</name>
    <message>
        <location filename="../core/address/echoparser.cpp" line="+23"/>
        <source>the reply is not a single address</source>
        <translation>la réponse n&apos;est pas une adresse unique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an address</source>
        <translation>« %1 » n&apos;est pas une adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reply is an %1 address, but %2 was asked for</source>
        <translation>la réponse est une adresse %1, alors que %2 était demandé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the reply is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JSON reply has no &quot;ip&quot; string</source>
        <translation>la réponse JSON n&apos;a pas de chaîne « ip »</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the reply is not a list of key=value lines</source>
        <translation>la réponse n&apos;est pas une liste de lignes clé=valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the reply comes through Cloudflare WARP, so its address is not this network&apos;s</source>
        <translation>la réponse passe par Cloudflare WARP ; son adresse n&apos;est donc pas celle de ce réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reply has no ip= line</source>
        <translation>la réponse n&apos;a pas de ligne ip=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply has more than one ip= line</source>
        <translation>la réponse a plus d&apos;une ligne ip=</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the reply has no &quot;Current IP Address:&quot;</source>
        <translation>la réponse ne contient pas « Current IP Address: »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reply has more than one address</source>
        <translation>la réponse contient plus d&apos;une adresse</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the reply is empty</source>
        <translation>la réponse est vide</translation>
    </message>
</context>
<context>
    <name>Homing::FileSecretStore</name>
    <message>
        <location filename="../core/storage/filesecretstore.cpp" line="+18"/>
        <source>the file %1 (opt-in file store, readable only by this user; not the system keychain)</source>
        <translation>le fichier %1 (stockage par fichier choisi explicitement, lisible par cet utilisateur seul ; pas le trousseau du système)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is damaged; it is left as it is</source>
        <translation>%1 est endommagé ; il est laissé tel quel</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No secret is stored for this entry.</source>
        <translation>Aucun secret n&apos;est enregistré pour cette entrée.</translation>
    </message>
</context>
<context>
    <name>Homing::FreeDnsProvider</name>
    <message>
        <location filename="../core/providers/freednsprovider.cpp" line="+36"/>
        <source>FreeDNS dynamic update, version 2 token URLs</source>
        <translation>Mise à jour dynamique FreeDNS, URL à jeton version 2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Update token</source>
        <translation>Jeton de mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The random token of the record&apos;s v2 update URL (the part after /u/).</source>
        <translation>Le jeton aléatoire de l&apos;URL de mise à jour v2 de l&apos;enregistrement (la partie après /u/).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FreeDNS takes the address from the connection; Homing also sends address= (whether v2 honours it is unverified) and stops the host if FreeDNS reports a different address. Each record has its own token, so a host updates one family: add a second host for the AAAA record.</source>
        <translation>FreeDNS prend l&apos;adresse de la connexion ; Homing envoie aussi address= (que la v2 en tienne compte n&apos;est pas vérifié) et arrête l&apos;hôte si FreeDNS indique une autre adresse. Chaque enregistrement a son propre jeton ; un hôte ne met donc à jour qu&apos;une famille : ajoutez un second hôte pour l&apos;enregistrement AAAA.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each FreeDNS record has its own token, so one host updates one family.</source>
        <translation>Chaque enregistrement FreeDNS a son propre jeton ; un hôte ne met donc à jour qu&apos;une famille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn off IPv4 or IPv6 here, and add a second host for the other record with its token.</source>
        <translation>Désactivez ici IPv4 ou IPv6 et ajoutez un second hôte pour l&apos;autre enregistrement, avec son jeton.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>FreeDNS set %1, not the detected %2: it took the address from the connection.</source>
        <translation>FreeDNS a défini %1, et non l&apos;adresse détectée %2 : il a pris l&apos;adresse de la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure this machine reaches FreeDNS directly (no VPN or proxy), then resume.</source>
        <translation>Assurez-vous que cette machine joint FreeDNS directement (sans VPN ni proxy), puis reprenez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FreeDNS refused the update: %1</source>
        <translation>FreeDNS a refusé la mise à jour : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the update token on freedns.afraid.org/dynamic/v2/.</source>
        <translation>Vérifiez le jeton de mise à jour sur freedns.afraid.org/dynamic/v2/.</translation>
    </message>
</context>
<context>
    <name>Homing::GandiProvider</name>
    <message>
        <location filename="../core/providers/gandiprovider.cpp" line="+35"/>
        <source>Gandi LiveDNS records with a personal access token</source>
        <translation>Enregistrements Gandi LiveDNS avec un jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Gandi personal access token allowed to manage the domain&apos;s DNS records.</source>
        <translation>Un jeton d&apos;accès personnel Gandi autorisé à gérer les enregistrements DNS du domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token kind</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;pat&quot; for a personal access token; &quot;apikey&quot; for a deprecated API key.</source>
        <translation>« pat » pour un jeton d&apos;accès personnel ; « apikey » pour une clé d&apos;API obsolète.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A missing record is created. TTL is at least 300 s, and 300 s unless the host sets one (Gandi&apos;s own default is 10800 s).</source>
        <translation>Un enregistrement absent est créé. Le TTL est d&apos;au moins 300 s, et de 300 s sauf si l&apos;hôte en fixe un (la valeur par défaut de Gandi est 10800 s).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Gandi accepted the token for this domain.</source>
        <translation>Gandi a accepté le jeton pour ce domaine.</translation>
    </message>
</context>
<context>
    <name>Homing::HetznerProvider</name>
    <message>
        <location filename="../core/providers/hetznerprovider.cpp" line="+101"/>
        <source>Hetzner DNS zones in the Cloud Console (current API)</source>
        <translation>Zones DNS Hetzner dans la Cloud Console (API actuelle)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A Hetzner Cloud project API token with read &amp; write.</source>
        <translation>Un jeton d&apos;API de projet Hetzner Cloud en lecture et écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks the Hetzner Cloud API. The old DNS Console (dns.hetzner.com) API is being shut down; move the zone to the Cloud Console first. TTL applies to records Homing creates.</source>
        <translation>Utilise l&apos;API Hetzner Cloud. L&apos;API de l&apos;ancienne DNS Console (dns.hetzner.com) est en cours d&apos;arrêt ; déplacez d&apos;abord la zone vers la Cloud Console. Le TTL s&apos;applique aux enregistrements créés par Homing.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Hetzner accepted the change; it was still being applied when Homing stopped asking.</source>
        <translation>Hetzner a accepté la modification ; elle était encore en cours d&apos;application quand Homing a cessé de demander.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Hetzner accepted the token for this zone.</source>
        <translation>Hetzner a accepté le jeton pour cette zone.</translation>
    </message>
</context>
<context>
    <name>Homing::HomingService</name>
    <message>
        <location filename="../core/service/homingservice.cpp" line="+83"/>
        <source>Not saved: %1 (%2): %3.</source>
        <translation>Non enregistré : %1 (%2) : %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already configured with this provider.</source>
        <translation>%1 est déjà configuré chez ce fournisseur.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>new secrets saved in the host editor</source>
        <translation>nouveaux secrets enregistrés dans l&apos;éditeur d&apos;hôte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no such host any more.</source>
        <translation>Cet hôte n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Homing cannot talk to this provider.</source>
        <translation>Homing ne sait pas dialoguer avec ce fournisseur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another provider.</source>
        <translation>Choisissez un autre fournisseur.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This source is set to ask for neither IPv4 nor IPv6.</source>
        <translation>Cette source n&apos;est réglée pour demander ni IPv4 ni IPv6.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 already has a state of its own in Homing; it is kept.</source>
        <translation>%1 a déjà son propre état dans Homing ; il est conservé.</translation>
    </message>
</context>
<context>
    <name>Homing::Host</name>
    <message>
        <location filename="../core/model/host.cpp" line="+142"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a UUID such as &quot;3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a&quot;</source>
        <translation>doit être un UUID tel que « 3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a host name such as &quot;home.example.org&quot;</source>
        <translation>doit être un nom d&apos;hôte tel que « home.example.org »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must name a provider, e.g. &quot;dyndns2&quot;</source>
        <translation>doit désigner un fournisseur, par exemple « dyndns2 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>must be a list with &quot;ipv4&quot;, &quot;ipv6&quot; or both</source>
        <translation>doit être une liste avec « ipv4 », « ipv6 » ou les deux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an object of the provider&apos;s fields</source>
        <translation>doit être un objet contenant les champs du fournisseur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a string, a number or true/false</source>
        <translation>doit être une chaîne, un nombre ou true/false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;stable&quot;, &quot;temporary&quot; or &quot;fixed&quot;</source>
        <translation>doit être « stable », « temporary » ou « fixed »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an interface identifier such as &quot;::1234:5678:9abc:def0&quot;</source>
        <translation>doit être un identifiant d&apos;interface tel que « ::1234:5678:9abc:def0 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be the id of an address source</source>
        <translation>doit être l&apos;identifiant d&apos;une source d&apos;adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number of seconds between 0 and 604800</source>
        <translation>doit être un nombre entier de secondes entre 0 et 604800</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of at most one IPv4 and one IPv6 address, e.g. [&quot;192.0.2.1&quot;, &quot;::&quot;]</source>
        <translation>doit être une liste d&apos;au plus une adresse IPv4 et une adresse IPv6, p. ex. [&quot;192.0.2.1&quot;, &quot;::&quot;]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>enter a host name, e.g. home.example.org</source>
        <translation>saisissez un nom d&apos;hôte, par exemple home.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an IP address, not a host name: enter the name that should lead to it, e.g. home.example.org</source>
        <translation>%1 est une adresse IP, pas un nom d’hôte : saisissez le nom qui doit y mener, par ex. home.example.org</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has an empty part: two dots in a row, or a dot at the start</source>
        <translation>« %1 » a une partie vide : deux points à la suite, ou un point au début</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the part &quot;%1…&quot; is %2 characters long; each part between dots may have at most %3</source>
        <translation>la partie « %1… » compte %2 caractères ; chaque partie entre deux points peut en avoir au plus %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a valid host name: a part may hold a character no name can, or be longer than 63 characters once written in ASCII</source>
        <translation>« %1 » n’est pas un nom d’hôte valide : une partie contient peut-être un caractère interdit dans un nom, ou dépasse 63 caractères une fois écrite en ASCII</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a host name may be at most 253 characters long</source>
        <translation>un nom d&apos;hôte ne peut dépasser 253 caractères</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a domain, e.g. %1.example.org</source>
        <translation>« %1 » a besoin d&apos;un domaine, par exemple %1.example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid host name: each part must be letters, digits or hyphens, not starting or ending with a hyphen</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide : chaque partie doit être faite de lettres, de chiffres ou de tirets, sans commencer ni finir par un tiret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; ends in a number, so it is no host name: the last part is a domain such as org or net</source>
        <translation>« %1 » se termine par un nombre, ce n’est donc pas un nom d’hôte : la dernière partie est un domaine comme org ou net</translation>
    </message>
</context>
<context>
    <name>Homing::HostMachine</name>
    <message>
        <location filename="../core/engine/hostmachine.cpp" line="+95"/>
        <source>Waiting for the provider&apos;s rate limit (next in line)</source>
        <translation>En attente de la limite de débit du fournisseur (prochain en file)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting for the provider&apos;s rate limit (%n ahead)</source>
        <translation>
            <numerusform>En attente de la limite de débit du fournisseur (%n devant)</numerusform>
            <numerusform>En attente de la limite de débit du fournisseur (%n devant)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Could not store the state: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;état : %1</translation>
    </message>
    <message>
        <location line="+433"/>
        <source>The zone&apos;s name servers no longer have the %1 record Homing published (%2), and the detected address has not changed: the record was removed behind Homing&apos;s back.</source>
        <translation>Les serveurs de noms de la zone n&apos;ont plus l&apos;enregistrement %1 publié par Homing (%2), et l&apos;adresse détectée n&apos;a pas changé : l&apos;enregistrement a été supprimé à l&apos;insu de Homing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zone&apos;s name servers answer %1 instead of %2, which Homing published, and the detected address has not changed: the record was changed behind Homing&apos;s back.</source>
        <translation>Les serveurs de noms de la zone répondent %1 au lieu de %2, publié par Homing, et l&apos;adresse détectée n&apos;a pas changé : l&apos;enregistrement a été modifié à l&apos;insu de Homing.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record changed behind Homing&apos;s back twice within an hour: another client or person is changing it. Stop the other one (an old client, a router&apos;s DDNS setting, a cron job), then resume this host.</source>
        <translation>L&apos;enregistrement a été modifié deux fois en une heure à l&apos;insu de Homing : un autre client ou une personne le modifie. Arrêtez l&apos;autre (un ancien client, le réglage DDNS d&apos;un routeur, une tâche cron), puis reprenez cet hôte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the second time within an hour, so Homing stops updating this host until you resume it.</source>
        <translation>C&apos;est la deuxième fois en une heure : Homing cesse de mettre à jour cet hôte jusqu&apos;à ce que vous le repreniez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homing sends its address again.</source>
        <translation>Homing envoie de nouveau son adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Restore to send Homing&apos;s address again.</source>
        <translation>Choisissez « Restaurer » pour envoyer de nouveau l&apos;adresse de Homing.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Could not take the name offline: %1</source>
        <translation>Impossible de mettre le nom hors ligne : %1</translation>
    </message>
</context>
<context>
    <name>Homing::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="+130"/>
        <source>Not sent: the provider stopped this account&apos;s requests until %1</source>
        <translation>Non envoyé : le fournisseur a suspendu les requêtes de ce compte jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>the reply was larger than %1 bytes and was cut off</source>
        <translation>la réponse dépassait %1 octets et a été tronquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no complete reply within the time limit</source>
        <translation>pas de réponse complète dans le délai imparti</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server redirected to %1 (HTTP %2), which Homing does not follow</source>
        <translation>le serveur a redirigé vers %1 (HTTP %2) ; Homing ne suit pas les redirections</translation>
    </message>
</context>
<context>
    <name>Homing::HttpEchoSource</name>
    <message>
        <location filename="../core/address/httpechosource.cpp" line="+41"/>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
</context>
<context>
    <name>Homing::Importer</name>
    <message>
        <location filename="../core/importers/confuseparser.cpp" line="+93"/>
        <source>a /* comment is never closed</source>
        <translation>un commentaire /* n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a quote (&apos;) is never closed</source>
        <translation>un guillemet (&apos;) n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a quote (&quot;) is never closed</source>
        <translation>un guillemet (&quot;) n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>expected &quot;%1&quot; but found &quot;%2&quot;</source>
        <translation>« %1 » attendu, mais « %2 » trouvé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list holds values separated by commas</source>
        <translation>une liste contient des valeurs séparées par des virgules</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a value is missing</source>
        <translation>une valeur manque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>include() is accepted only inside a provider section</source>
        <translation>include() n&apos;est accepté que dans une section de fournisseur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>include() needs a file name</source>
        <translation>include() nécessite un nom de fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &quot;)&quot;</source>
        <translation>« ) » attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the included file %1</source>
        <translation>impossible de lire le fichier inclus %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the section %1 is never closed with }</source>
        <translation>la section %1 n&apos;est jamais fermée par }</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a } without a section</source>
        <translation>une } sans section</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an option name but found &quot;%1&quot;</source>
        <translation>nom d&apos;option attendu, mais « %1 » trouvé</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>sections do not nest: &quot;%1&quot; inside %2</source>
        <translation>les sections ne s&apos;imbriquent pas : « %1 » dans %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2 on line %3 (replaced by line %4)</source>
        <translation>%1 %2 à la ligne %3 (remplacé par la ligne %4)</translation>
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
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>%1 on line %2</source>
        <translation>%1 à la ligne %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1_env (%2) on line %3</source>
        <translation>%1_env (%2) à la ligne %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ddclient&apos;s web service &quot;%1&quot; is not known to Homing; add an echo URL instead</source>
        <translation>le service web « %1 » de ddclient n&apos;est pas connu de Homing ; ajoutez plutôt une URL d&apos;écho</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+122"/>
        <location filename="../core/importers/ddnsgoimporter.cpp" line="+125"/>
        <location filename="../core/importers/inadynimporter.cpp" line="-322"/>
        <location line="+37"/>
        <source>http:// changed to https://</source>
        <translation>http:// remplacé par https://</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>web-skip is not needed: Homing finds the address in the page itself</source>
        <translation>web-skip n&apos;est pas nécessaire : Homing trouve l&apos;adresse dans la page elle-même</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no interface is named</source>
        <translation>aucune interface n&apos;est indiquée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no command is given</source>
        <translation>aucune commande n&apos;est indiquée</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/importers/ddnsgoimporter.cpp" line="+30"/>
        <location filename="../core/importers/inadynimporter.cpp" line="-70"/>
        <source>imported switched off: Homing never runs an imported command; read it, then switch the source on in Settings</source>
        <translation>importée désactivée : Homing n&apos;exécute jamais une commande importée ; lisez-la, puis activez la source dans les Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a fixed %1 address (%2) is not an address source; Homing detects the address itself</source>
        <translation>une adresse %1 fixe (%2) n&apos;est pas une source d&apos;adresse ; Homing détecte l&apos;adresse lui-même</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the address from a router (%1) is not supported; Homing uses echo services, interfaces, UPnP or DNS instead</source>
        <translation>la lecture de l&apos;adresse depuis un routeur (%1) n&apos;est pas prise en charge ; Homing utilise à la place des services d&apos;écho, des interfaces, UPnP ou le DNS</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a host called &quot;\&quot;: ddclient 3 joins a line only when &quot;\&quot; is its very last character, so the line after it became a separate host. Check the file.</source>
        <translation>un hôte nommé « \ » : ddclient 3 ne joint une ligne que si « \ » en est le tout dernier caractère, si bien que la ligne suivante est devenue un hôte distinct. Vérifiez le fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the dyndns2 server %1 uses the path %2; Homing&apos;s dyndns2 client sends /nic/update. Add the host with a Custom URL provider.</source>
        <translation>le serveur dyndns2 %1 utilise le chemin %2 ; le client dyndns2 de Homing envoie /nic/update. Ajoutez l&apos;hôte avec le fournisseur « URL personnalisée ».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ddclient 3 sends plain http by default; Homing uses https://</source>
        <translation>ddclient 3 envoie par défaut en http simple ; Homing utilise https://</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1=%2 is not imported</source>
        <translation>%1=%2 n&apos;est pas importé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the q= part of dynurl on line %1</source>
        <translation>la partie q= de dynurl à la ligne %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dynurl does not hold a q= key</source>
        <translation>dynurl ne contient pas de clé q=</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cloudflare with an e-mail (%1) and the global API key: Homing uses an API token. Create a token allowed to edit the zone&apos;s DNS and add the host with it.</source>
        <translation>Cloudflare avec une adresse e-mail (%1) et la clé d&apos;API globale : Homing utilise un jeton d&apos;API. Créez un jeton autorisé à modifier le DNS de la zone et ajoutez l&apos;hôte avec celui-ci.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FreeDNS with login and password (the v1 API): Homing uses the v2 update token. Add the host with the token from freedns.afraid.org/dynamic/v2/.</source>
        <translation>FreeDNS avec identifiant et mot de passe (l&apos;API v1) : Homing utilise le jeton de mise à jour v2. Ajoutez l&apos;hôte avec le jeton de freedns.afraid.org/dynamic/v2/.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>on-root-domain is deprecated; the host is the zone&apos;s apex</source>
        <translation>on-root-domain est obsolète ; l&apos;hôte est l&apos;apex de la zone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Homing speaks the Hetzner Cloud API (api.hetzner.cloud). ddclient up to 4.0 used the old DNS console (dns.hetzner.com), whose tokens do not work there: check which token this is.</source>
        <translation>Homing utilise l&apos;API Hetzner Cloud (api.hetzner.cloud). ddclient jusqu&apos;à la version 4.0 utilisait l&apos;ancienne console DNS (dns.hetzner.com), dont les jetons n&apos;y fonctionnent pas : vérifiez de quel jeton il s&apos;agit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nsupdate: the TSIG key file &quot;%1&quot; cannot be read (%2). Import as a user who can read it, or add the host with the RFC 2136 provider and paste the key.</source>
        <translation>nsupdate : le fichier de clé TSIG « %1 » ne peut pas être lu (%2). Importez en tant qu&apos;utilisateur qui peut le lire, ou ajoutez l&apos;hôte avec le fournisseur RFC 2136 et collez la clé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nsupdate: %1 holds no TSIG key Homing can read: %2</source>
        <translation>nsupdate : %1 ne contient aucune clé TSIG lisible par Homing : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key in %1 (password on line %2)</source>
        <translation>la clé dans %1 (password à la ligne %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tcp=yes is not needed: Homing sends over UDP and uses TCP by itself when a message needs it</source>
        <translation>tcp=yes n&apos;est pas nécessaire : Homing envoie en UDP et passe de lui-même à TCP quand un message l&apos;exige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ddclient&apos;s protocol &quot;%1&quot; has no Homing provider</source>
        <translation>le protocole « %1 » de ddclient n&apos;a pas d&apos;équivalent dans Homing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no address family is enabled (use/usev4/usev6)</source>
        <translation>aucune famille d&apos;adresses n&apos;est activée (use/usev4/usev6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TTL %1 taken over</source>
        <translation>TTL %1 repris</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 comes from the environment variable %2, which is not set here: enter it after the import</source>
        <translation>%1 provient de la variable d&apos;environnement %2, qui n&apos;est pas définie ici : saisissez-le après l&apos;import</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Read as ddclient 4.x. If this file belongs to ddclient 3.10 or older, import it again with the version chosen: the two read continuation lines and repeated hosts differently.</source>
        <translation>Lu comme ddclient 4.x. Si ce fichier appartient à ddclient 3.10 ou plus ancien, importez-le de nouveau en choisissant la version : les deux lisent différemment les lignes de continuation et les hôtes répétés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not needed by Homing (ddclient&apos;s own settings): %1</source>
        <translation>Inutile pour Homing (réglages propres à ddclient) : %1</translation>
    </message>
    <message>
        <location filename="../core/importers/ddclientparser.cpp" line="-81"/>
        <location line="+19"/>
        <source>ddclient has no option &quot;%1&quot;</source>
        <translation>ddclient n&apos;a pas d&apos;option « %1 »</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ddclient ignores &quot;%1&quot;: option names are lower case</source>
        <translation>ddclient ignore « %1 » : les noms d&apos;option sont en minuscules</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>text after the host, login and password is not understood</source>
        <translation>le texte après l&apos;hôte, l&apos;identifiant et le mot de passe n&apos;est pas compris</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was defined before; ddclient 4 keeps its earlier options and adds only new ones</source>
        <translation>%1 a déjà été défini ; ddclient 4 garde ses options précédentes et n&apos;ajoute que les nouvelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was defined before; ddclient 3 uses this later definition</source>
        <translation>%1 a déjà été défini ; ddclient 3 utilise cette définition ultérieure</translation>
    </message>
    <message>
        <location filename="../core/importers/ddnsgoimporter.cpp" line="-98"/>
        <source>ddns-go ignores &quot;%1&quot;: its keys are lower case</source>
        <translation>ddns-go ignore « %1 » : ses clés sont en minuscules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddns-go has no setting &quot;%1&quot; here</source>
        <translation>ddns-go n&apos;a pas de réglage « %1 » ici</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the zone after &apos;:&apos; needs a dot</source>
        <translation>la zone après « : » nécessite un point</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>ipv6reg %1 is not imported: choose stable or temporary addresses in Homing</source>
        <translation>ipv6reg %1 n&apos;est pas importé : choisissez des adresses stables ou temporaires dans Homing</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ddns-go detects no address with gettype &quot;%1&quot; (it takes url, netInterface or cmd)</source>
        <translation>ddns-go ne détecte aucune adresse avec gettype « %1 » (il accepte url, netInterface ou cmd)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+35"/>
        <source>dns.id of %1</source>
        <translation>dns.id de %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>dns.secret of %1</source>
        <translation>dns.secret de %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ddns-go uses dynv6&apos;s REST API; Homing its update API with the same token (UNVERIFIED that every REST token works there)</source>
        <translation>ddns-go utilise l&apos;API REST de dynv6 ; Homing utilise son API de mise à jour avec le même jeton (NON VÉRIFIÉ que tout jeton REST y fonctionne)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the POST body uses #{recordType} or #{ttl}, which Homing&apos;s custom URL does not fill in</source>
        <translation>le corps POST utilise #{recordType} ou #{ttl}, que l&apos;URL personnalisée de Homing ne remplit pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the POST body is kept in the config file: if it holds a token, move it to {password}</source>
        <translation>le corps POST est conservé dans le fichier de configuration : s&apos;il contient un jeton, déplacez-le dans {password}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddns-go turns an unknown or empty provider name into alidns (Alibaba Cloud DNS), which Homing does not support</source>
        <translation>ddns-go transforme un nom de fournisseur inconnu ou vide en alidns (Alibaba Cloud DNS), que Homing ne prend pas en charge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddns-go&apos;s provider &quot;%1&quot; has no Homing provider</source>
        <translation>le fournisseur « %1 » de ddns-go n&apos;a pas d&apos;équivalent dans Homing</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>comment: %1</source>
        <translation>commentaire : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter %1=%2 is not imported</source>
        <translation>le paramètre %1=%2 n&apos;est pas importé</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line %1: %2 (ddns-go refuses this file too)</source>
        <translation>ligne %1 : %2 (ddns-go refuse aussi ce fichier)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no dnsconf list: this is not a ddns-go configuration</source>
        <translation>pas de liste dnsconf : ce n&apos;est pas une configuration ddns-go</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>webhooks are not imported; Homing notifies on the desktop</source>
        <translation>les webhooks ne sont pas importés ; Homing envoie ses notifications sur le bureau</translation>
    </message>
    <message>
        <location filename="../core/importers/ddnsupdaterimporter.cpp" line="+52"/>
        <source>not valid JSON (line %1: %2); ddns-updater refuses it too</source>
        <translation>JSON non valide (ligne %1 : %2) ; ddns-updater le refuse aussi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>. It has a comma before a closing } or ], as ddns-updater&apos;s README template does: remove those commas</source>
        <translation>. Il contient une virgule avant un } ou un ] fermant, comme le modèle du README de ddns-updater : supprimez ces virgules</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; of %2</source>
        <translation>« %1 » de %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>group %1 is not imported</source>
        <translation>le groupe %1 n&apos;est pas importé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OVH in &quot;%1&quot; mode (the OVH API with application keys) is not supported; use a DynHost login</source>
        <translation>OVH en mode « %1 » (l&apos;API OVH avec des clés d&apos;application) n&apos;est pas pris en charge ; utilisez un identifiant DynHost</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cloudflare with an e-mail and global key, or a user service key: Homing uses an API token. Create one allowed to edit the zone&apos;s DNS.</source>
        <translation>Cloudflare avec une adresse e-mail et la clé globale, ou une clé de service utilisateur : Homing utilise un jeton d&apos;API. Créez-en un autorisé à modifier le DNS de la zone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the zone identifier is not needed: Homing finds the zone by name</source>
        <translation>l&apos;identifiant de zone n&apos;est pas nécessaire : Homing trouve la zone par son nom</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ddns-updater&apos;s &quot;hetzner&quot; is the old DNS console (dns.hetzner.com); Homing speaks the Hetzner Cloud API, whose tokens differ: check which token this is</source>
        <translation>le « hetzner » de ddns-updater est l&apos;ancienne console DNS (dns.hetzner.com) ; Homing utilise l&apos;API Hetzner Cloud, dont les jetons diffèrent : vérifiez de quel jeton il s&apos;agit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>success_regex %1 is not imported; Homing checks the reply for its success words</source>
        <translation>success_regex %1 n&apos;est pas importé ; Homing cherche ses mots de succès dans la réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Domains is no longer supported (ddns-updater refuses it too)</source>
        <translation>Google Domains n&apos;est plus pris en charge (ddns-updater le refuse aussi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no provider is given</source>
        <translation>aucun fournisseur n&apos;est indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddns-updater&apos;s provider &quot;%1&quot; has no Homing provider</source>
        <translation>le fournisseur « %1 » de ddns-updater n&apos;a pas d&apos;équivalent dans Homing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;ipv4 or ipv6&quot; updates one record with whichever address was found; imported as IPv4 and IPv6</source>
        <translation>« ipv4 or ipv6 » met à jour un seul enregistrement avec l&apos;adresse trouvée, quelle qu&apos;elle soit ; importé comme IPv4 et IPv6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ip_version &quot;%1&quot; is not one of ipv4, ipv6, &quot;ipv4 or ipv6&quot;</source>
        <translation>ip_version « %1 » n&apos;est pas l&apos;une des valeurs ipv4, ipv6, « ipv4 or ipv6 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ipv6_suffix %1 is not imported: Homing takes a fixed 64-bit interface id</source>
        <translation>ipv6_suffix %1 n&apos;est pas importé : Homing utilise un identifiant d&apos;interface fixe de 64 bits</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;host&quot;/&quot;owner&quot; is ddns-updater&apos;s old form; the names are combined with the domain</source>
        <translation>« host »/« owner » est l&apos;ancienne forme de ddns-updater ; les noms sont combinés avec le domaine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no domain is given</source>
        <translation>aucun domaine n&apos;est indiqué</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Read from the CONFIG variable, which ddns-updater prefers to the file and writes back over it</source>
        <translation>Lu depuis la variable CONFIG, que ddns-updater préfère au fichier et qu&apos;il réécrit par-dessus celui-ci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the JSON is not an object with &quot;settings&quot;</source>
        <translation>le JSON n&apos;est pas un objet avec « settings »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no &quot;settings&quot; list</source>
        <translation>il n&apos;y a pas de liste « settings »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an entry that is not an object</source>
        <translation>une entrée qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPV6_PREFIX=%1 is not imported; set a fixed interface id per host</source>
        <translation>IPV6_PREFIX=%1 n&apos;est pas importé ; définissez un identifiant d&apos;interface fixe pour chaque hôte</translation>
    </message>
    <message>
        <location filename="../core/importers/importapplier.cpp" line="+131"/>
        <source>the secret store refused a secret: %1</source>
        <translation>le stockage des secrets a refusé un secret : %1</translation>
    </message>
    <message>
        <location filename="../core/importers/importer.cpp" line="+71"/>
        <source>%1 can be read only by root: open it with the file chooser, or copy it to a place you can read (sudo cat %1 &gt; ~/%2)</source>
        <translation>%1 n&apos;est lisible que par root : ouvrez-le avec le sélecteur de fichiers, ou copiez-le à un endroit que vous pouvez lire (sudo cat %1 &gt; ~/%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than 4 MiB; that is not a DDNS client&apos;s configuration</source>
        <translation>%1 dépasse 4 Mio ; ce n&apos;est pas la configuration d&apos;un client DDNS</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not a ddclient, inadyn, ddns-updater or ddns-go configuration that Homing recognises; choose the format</source>
        <translation>%1 n&apos;est pas une configuration ddclient, inadyn, ddns-updater ou ddns-go que Homing reconnaît ; choisissez le format</translation>
    </message>
    <message>
        <location filename="../core/importers/importpreview.cpp" line="+134"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot import: %1</source>
        <translation>Import impossible : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Hosts (%n):</source>
        <translation>
            <numerusform>Hôtes (%n) :</numerusform>
            <numerusform>Hôtes (%n) :</numerusform>
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
        <translation>      secret %1 vers le trousseau, depuis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>      secret %1 is missing: set it after the import</source>
        <translation>      le secret %1 manque : définissez-le après l&apos;import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>      last published: %1</source>
        <translation>      dernière publication : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Address sources (%n):</source>
        <translation>
            <numerusform>Sources d&apos;adresse (%n) :</numerusform>
            <numerusform>Sources d&apos;adresse (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Not imported (%n):</source>
        <translation>
            <numerusform>Non importé (%n) :</numerusform>
            <numerusform>Non importés (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When Homing works, stop the old client: %1</source>
        <translation>Quand Homing fonctionne, arrêtez l&apos;ancien client : %1</translation>
    </message>
    <message>
        <location filename="../core/importers/importsupport.cpp" line="+204"/>
        <source>Homing has no provider &quot;%1&quot;</source>
        <translation>Homing n&apos;a pas de fournisseur « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host name &quot;%1&quot; is a placeholder</source>
        <translation>le nom d&apos;hôte « %1 » est une valeur fictive</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the provider %1 has no setting &quot;%2&quot;</source>
        <translation>le fournisseur %1 n&apos;a pas de réglage « %2 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value of %1 is a placeholder</source>
        <translation>la valeur de %1 est une valeur fictive</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the provider %1 cannot update the address family asked for</source>
        <translation>le fournisseur %1 ne peut pas mettre à jour la famille d&apos;adresses demandée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the provider %1 has no secret &quot;%2&quot;</source>
        <translation>le fournisseur %1 n&apos;a pas de secret « %2 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 is a placeholder</source>
        <translation>%1 : valeur fictive</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the URL&apos;s %1= looks secret too but stays in the URL</source>
        <translation>le paramètre %1= de l&apos;URL semble lui aussi secret, mais reste dans l&apos;URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1= part of the URL of %2</source>
        <translation>la partie %1= de l&apos;URL de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no secret found in the URL; check that it holds none</source>
        <translation>aucun secret trouvé dans l&apos;URL ; vérifiez qu&apos;elle n&apos;en contient pas</translation>
    </message>
    <message>
        <location filename="../core/importers/inadynimporter.cpp" line="-50"/>
        <source>inadyn guesses the provider &quot;%1&quot; as %2</source>
        <translation>inadyn interprète le fournisseur « %1 » comme %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>password of %1</source>
        <translation>mot de passe de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username of %1</source>
        <translation>nom d&apos;utilisateur de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a custom section without ddns-server</source>
        <translation>une section custom sans ddns-server</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>this is Hurricane Electric&apos;s tunnel broker (the tunnel&apos;s endpoint), not DNS; Homing updates DNS records only</source>
        <translation>il s&apos;agit du tunnel broker de Hurricane Electric (l&apos;extrémité du tunnel), pas de DNS ; Homing ne met à jour que des enregistrements DNS</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 updates IPv6 (inadyn&apos;s dynv6 default); IPv4 is ipv4@dynv6.com</source>
        <translation>%1 met à jour IPv6 (valeur par défaut d&apos;inadyn pour dynv6) ; pour IPv4, c&apos;est ipv4@dynv6.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FreeDNS with user name and password (the v1 API): Homing uses the v2 update token. Add the host with the token from freedns.afraid.org/dynamic/v2/.</source>
        <translation>FreeDNS avec nom d&apos;utilisateur et mot de passe (l&apos;API v1) : Homing utilise le jeton de mise à jour v2. Ajoutez l&apos;hôte avec le jeton de freedns.afraid.org/dynamic/v2/.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>inadyn&apos;s provider &quot;%1&quot; has no Homing provider</source>
        <translation>le fournisseur « %1 » d&apos;inadyn n&apos;a pas d&apos;équivalent dans Homing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wildcard is not imported</source>
        <translation>wildcard n&apos;est pas importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allow-ipv6 is on: add IPv6 to the host if its record should follow it</source>
        <translation>allow-ipv6 est activé : ajoutez IPv6 à l&apos;hôte si son enregistrement doit le suivre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no hostname is given</source>
        <translation>aucun hostname n&apos;est indiqué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a Cloudflare record id, not a host name: add the record&apos;s name</source>
        <translation>un identifiant d&apos;enregistrement Cloudflare, pas un nom d&apos;hôte : ajoutez le nom de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>line %1: %2 (inadyn refuses this file too)</source>
        <translation>ligne %1 : %2 (inadyn refuse aussi ce fichier)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a section with the same title comes later; inadyn keeps only the last one. Use NAME:1, NAME:2 for several accounts.</source>
        <translation>une section de même titre vient plus loin ; inadyn ne garde que la dernière. Utilisez NAME:1, NAME:2 pour plusieurs comptes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inadyn has no global option &quot;%1&quot; and refuses the file</source>
        <translation>inadyn n&apos;a pas d&apos;option globale « %1 » et refuse le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cache-dir is deprecated and ignored by inadyn</source>
        <translation>cache-dir est obsolète et ignoré par inadyn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inadyn has no section &quot;%1&quot;</source>
        <translation>inadyn n&apos;a pas de section « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inadyn has no option &quot;%1&quot; in a section</source>
        <translation>inadyn n&apos;a pas d&apos;option « %1 » dans une section</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>comes before any &quot;system&quot; line</source>
        <translation>vient avant toute ligne « system »</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>inadyn 1 has no option &quot;%1&quot;</source>
        <translation>inadyn 1 n&apos;a pas d&apos;option « %1 »</translation>
    </message>
    <message>
        <location filename="../core/importers/yamlreader.cpp" line="+111"/>
        <source>a quote (&apos;) is not closed</source>
        <translation>un guillemet (&apos;) n&apos;est pas fermé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote (&quot;) is not closed</source>
        <translation>un guillemet (&quot;) n&apos;est pas fermé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a [ list is not closed on its line</source>
        <translation>une liste [ n&apos;est pas fermée sur sa ligne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected &quot;key: value&quot;</source>
        <translation>« clé: valeur » attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the key &quot;%1&quot; is already defined in this mapping</source>
        <translation>la clé « %1 » est déjà définie dans ce dictionnaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected indentation</source>
        <translation>indentation inattendue</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a tab in the indentation (YAML allows spaces only)</source>
        <translation>une tabulation dans l&apos;indentation (YAML n&apos;autorise que les espaces)</translation>
    </message>
</context>
<context>
    <name>Homing::InputCheck</name>
    <message numerus="yes">
        <location filename="../core/inputcheck.cpp" line="+64"/>
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n caractère)</numerusform>
            <numerusform>… (%n caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Homing::InterfaceSource</name>
    <message>
        <location filename="../core/address/interfacesource.cpp" line="+86"/>
        <source>this source is not set up for %1</source>
        <translation>cette source n&apos;est pas configurée pour %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any interface</source>
        <translation>n&apos;importe quelle interface</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no IPv4 address</source>
        <translation>%1 n&apos;a pas d&apos;adresse IPv4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has several IPv4 addresses (%2); name one interface</source>
        <translation>%1 a plusieurs adresses IPv4 (%2) ; indiquez une seule interface</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no current temporary IPv6 address</source>
        <translation>%1 n&apos;a pas d&apos;adresse IPv6 temporaire actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no stable IPv6 address (not temporary, not deprecated)</source>
        <translation>%1 n&apos;a pas d&apos;adresse IPv6 stable (ni temporaire, ni dépréciée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the fixed IPv6 policy needs interfaceId, e.g. ::1234:5678:9abc:def0</source>
        <translation>la politique IPv6 fixe nécessite interfaceId, par exemple ::1234:5678:9abc:def0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has prefix length %2; a fixed interface id needs a /64 or shorter prefix</source>
        <translation>%1 a une longueur de préfixe de %2 ; un identifiant d&apos;interface fixe nécessite un préfixe /64 ou plus court</translation>
    </message>
    <message>
        <location filename="../core/address/netlinkaddresses.cpp" line="+128"/>
        <source>cannot open a netlink socket: %1</source>
        <translation>impossible d&apos;ouvrir un socket netlink : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>netlink request failed: %1</source>
        <translation>échec de la requête netlink : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the kernel did not finish listing addresses</source>
        <translation>le noyau n&apos;a pas terminé la liste des adresses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>netlink read failed: %1</source>
        <translation>échec de lecture netlink : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the kernel refused to list addresses</source>
        <translation>le noyau a refusé de lister les adresses</translation>
    </message>
</context>
<context>
    <name>Homing::KeychainSecretStore</name>
    <message>
        <location filename="../core/storage/keychainsecretstore.cpp" line="+70"/>
        <source>No secret is stored for this entry in the keychain (a locked keychain can also look like this).</source>
        <translation>Aucun secret n&apos;est enregistré pour cette entrée dans le trousseau (un trousseau verrouillé peut aussi donner ce résultat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain (Secret Service) is not available (%1). Start one, such as gnome-keyring or KWallet, or on a machine without a desktop set &quot;secretStore&quot;: &quot;file&quot; in the config.</source>
        <translation>Le trousseau du système (Secret Service) n&apos;est pas disponible (%1). Lancez-en un, comme gnome-keyring ou KWallet, ou, sur une machine sans bureau, mettez &quot;secretStore&quot;: &quot;file&quot; dans la configuration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain is locked (%1). Unlock it, for example by logging in to the desktop, and try again.</source>
        <translation>Le trousseau est verrouillé (%1). Déverrouillez-le, par exemple en ouvrant une session de bureau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused access (%1). Allow Homing when the keychain asks, and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès (%1). Autorisez Homing quand le trousseau le demande, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain did not answer in time (%1).</source>
        <translation>Le trousseau n&apos;a pas répondu à temps (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the system keychain (Secret Service), service &quot;%1&quot;</source>
        <translation>le trousseau du système (Secret Service), service « %1 »</translation>
    </message>
</context>
<context>
    <name>Homing::LocalListener</name>
    <message>
        <location filename="../core/control/locallistener.cpp" line="+71"/>
        <source>Cannot listen on %1: the path is too long for a socket</source>
        <translation>Impossible d&apos;écouter sur %1 : le chemin est trop long pour un socket</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>Homing::LogindPowerEvents</name>
    <message>
        <location filename="../app/platform/logindpowerevents.cpp" line="+49"/>
        <source>Taking host names offline before the machine goes away</source>
        <translation>Met les noms d&apos;hôte hors ligne avant que la machine ne s&apos;en aille</translation>
    </message>
</context>
<context>
    <name>Homing::MemorySecretStore</name>
    <message>
        <location filename="../core/storage/memorysecretstore.cpp" line="+12"/>
        <source>memory only (nothing is kept after Homing quits)</source>
        <translation>en mémoire seulement (rien n&apos;est conservé après la fermeture de Homing)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>simulated failure</source>
        <translation>échec simulé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No secret is stored for this entry.</source>
        <translation>Aucun secret n&apos;est enregistré pour cette entrée.</translation>
    </message>
</context>
<context>
    <name>Homing::NamecheapProvider</name>
    <message>
        <location filename="../core/providers/namecheapprovider.cpp" line="+66"/>
        <source>Namecheap Dynamic DNS (A records only)</source>
        <translation>Namecheap Dynamic DNS (enregistrements A uniquement)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dynamic DNS password</source>
        <translation>Mot de passe Dynamic DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS page), not the account password.</source>
        <translation>Le mot de passe Dynamic DNS du domaine (page « Advanced DNS »), pas celui du compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4 only: Namecheap&apos;s dynamic DNS cannot set AAAA records. The record must be an &quot;A + Dynamic DNS&quot; record.</source>
        <translation>IPv4 uniquement : le DNS dynamique de Namecheap ne peut pas définir d&apos;enregistrements AAAA. L&apos;enregistrement doit être de type « A + Dynamic DNS ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Namecheap&apos;s dynamic DNS sets IPv4 (A) records only.</source>
        <translation>Le DNS dynamique de Namecheap ne définit que des enregistrements IPv4 (A).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off IPv6 for this host.</source>
        <translation>Désactivez IPv6 pour cet hôte.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Namecheap reports the address %1, which is not the one sent.</source>
        <translation>Namecheap indique l&apos;adresse %1, qui n&apos;est pas celle envoyée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Namecheap refused the password: %1</source>
        <translation>Namecheap a refusé le mot de passe : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the domain&apos;s Dynamic DNS password from the Advanced DNS page, and check that Dynamic DNS is enabled.</source>
        <translation>Saisissez le mot de passe Dynamic DNS du domaine indiqué sur la page « Advanced DNS », et vérifiez que Dynamic DNS est activé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namecheap refused the update: %1</source>
        <translation>Namecheap a refusé la mise à jour : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the domain, and that the host has an &quot;A + Dynamic DNS&quot; record.</source>
        <translation>Vérifiez le domaine, et que l&apos;hôte a un enregistrement « A + Dynamic DNS ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namecheap reports an error: %1</source>
        <translation>Namecheap signale une erreur : %1</translation>
    </message>
</context>
<context>
    <name>Homing::Paths</name>
    <message>
        <location filename="../core/storage/paths.cpp" line="+33"/>
        <source>Cannot use the directory %1: %2</source>
        <translation>Impossible d&apos;utiliser le répertoire %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a symbolic link, not a directory; Homing does not put its control socket there. Remove it, or set XDG_RUNTIME_DIR.</source>
        <translation>%1 est un lien symbolique, pas un répertoire ; Homing n&apos;y place pas son socket de contrôle. Supprimez-le, ou définissez XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a directory; Homing does not put its control socket there. Remove it, or set XDG_RUNTIME_DIR.</source>
        <translation>%1 n&apos;est pas un répertoire ; Homing n&apos;y place pas son socket de contrôle. Supprimez-le, ou définissez XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 belongs to another user (uid %2), who could replace Homing&apos;s control socket; Homing does not use it. Remove it (as root if need be), or set XDG_RUNTIME_DIR.</source>
        <translation>%1 appartient à un autre utilisateur (uid %2), qui pourrait remplacer le socket de contrôle de Homing ; Homing ne l&apos;utilise pas. Supprimez-le (en tant que root si nécessaire), ou définissez XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is open to other users (mode %2), who could replace Homing&apos;s control socket; Homing does not use it. Make it mode 0700 (chmod 700 %1).</source>
        <translation>%1 est ouvert aux autres utilisateurs (mode %2), qui pourraient remplacer le socket de contrôle de Homing ; Homing ne l&apos;utilise pas. Passez-le en mode 0700 (chmod 700 %1).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot create the directory %1: %2</source>
        <translation>Impossible de créer le répertoire %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the directory %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>Homing::PorkbunProvider</name>
    <message>
        <location filename="../core/providers/porkbunprovider.cpp" line="+54"/>
        <source>Porkbun DNS through its JSON API</source>
        <translation>DNS Porkbun via son API JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The API key (pk1_...).</source>
        <translation>La clé d&apos;API (pk1_...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret API key</source>
        <translation>Clé d&apos;API secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secret API key (sk1_...).</source>
        <translation>La clé d&apos;API secrète (sk1_...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on API access for the domain in Porkbun&apos;s settings. A missing record is created. TTL is at least 600 s.</source>
        <translation>Activez l&apos;accès API pour le domaine dans les réglages de Porkbun. Un enregistrement manquant est créé. Le TTL est d&apos;au moins 600 s.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Porkbun accepted the API keys.</source>
        <translation>Porkbun a accepté les clés d&apos;API.</translation>
    </message>
</context>
<context>
    <name>Homing::PowerDnsProvider</name>
    <message>
        <location filename="../core/providers/powerdnsprovider.cpp" line="+59"/>
        <source>Your own PowerDNS Authoritative server, through its HTTP API</source>
        <translation>Votre propre serveur PowerDNS Authoritative, via son API HTTP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API server</source>
        <translation>Serveur d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The webserver address of PowerDNS (webserver-address and webserver-port in pdns.conf). https:// is required except for a server on this machine.</source>
        <translation>L&apos;adresse du serveur web de PowerDNS (webserver-address et webserver-port dans pdns.conf). https:// est obligatoire, sauf pour un serveur sur cette machine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server id</source>
        <translation>Identifiant du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server id in the API path; localhost unless you changed it.</source>
        <translation>L&apos;identifiant du serveur dans le chemin de l&apos;API ; localhost, sauf si vous l&apos;avez changé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The api-key from pdns.conf.</source>
        <translation>L&apos;api-key de pdns.conf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PATCH per update replaces the host&apos;s A and AAAA rrsets with the host&apos;s TTL (60 s by default). Parking deletes them.</source>
        <translation>Un PATCH par mise à jour remplace les rrsets A et AAAA de l&apos;hôte, avec le TTL de l&apos;hôte (60 s par défaut). Le parcage les supprime.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Parked: deleted the address records of %1.</source>
        <translation>Parqué : les enregistrements d&apos;adresse de %1 ont été supprimés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PowerDNS accepted the API key for the zone %1.</source>
        <translation>PowerDNS a accepté la clé d&apos;API pour la zone %1.</translation>
    </message>
</context>
<context>
    <name>Homing::Provider</name>
    <message>
        <location filename="../core/providers/provider.cpp" line="+30"/>
        <source>%1 has no harmless way to test credentials.</source>
        <translation>%1 n&apos;offre aucun moyen anodin de tester les identifiants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the host and watch its first update instead.</source>
        <translation>Enregistrez l&apos;hôte et observez plutôt sa première mise à jour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot park a record from Homing.</source>
        <translation>%1 ne permet pas à Homing de parquer un enregistrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another way to protect the name, e.g. a short TTL.</source>
        <translation>Choisissez un autre moyen de protéger le nom, par exemple un TTL court.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No address to park %1 at is set.</source>
        <translation>Aucune adresse où parquer %1 n&apos;est définie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter one in the host editor under &quot;Take the name offline&quot;.</source>
        <translation>Saisissez-en une dans l&apos;éditeur d&apos;hôte, sous « Mettre le nom hors ligne ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing %1 credentials re-sends the address it holds, and none is known yet.</source>
        <translation>Tester les identifiants %1 renvoie l&apos;adresse que le fournisseur détient, et aucune n&apos;est encore connue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Homing update the host once, then test again.</source>
        <translation>Laissez Homing mettre à jour l&apos;hôte une fois, puis testez à nouveau.</translation>
    </message>
</context>
<context>
    <name>Homing::ProviderCache</name>
    <message>
        <location filename="../core/providers/providercache.cpp" line="+102"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Homing::ProviderFields</name>
    <message>
        <location filename="../core/providers/providerfields.cpp" line="+22"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service&apos;s address; leave the default unless you run your own server. https:// is required except for a server on this machine.</source>
        <translation>L&apos;adresse du service ; gardez la valeur par défaut sauf si vous avez votre propre serveur. https:// est obligatoire, sauf pour un serveur sur cette machine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IPv6 server</source>
        <translation>Serveur IPv6</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kept in the system keychain, never in the config file.</source>
        <translation>Conservé dans le trousseau du système, jamais dans le fichier de configuration.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Zone (domain)</source>
        <translation>Zone (domaine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain as registered at the provider, e.g. example.org; the host name must be this domain or a name under it.</source>
        <translation>Le domaine tel qu&apos;enregistré chez le fournisseur, par exemple example.org ; le nom d&apos;hôte doit être ce domaine ou un nom en dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain as registered at the provider, e.g. example.org. Leave empty to let Homing find it.</source>
        <translation>Le domaine tel qu&apos;enregistré chez le fournisseur, par exemple example.org. Laissez vide pour que Homing le trouve.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create the record if missing</source>
        <translation>Créer l&apos;enregistrement s&apos;il manque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the A/AAAA record does not exist yet, create it instead of asking you to.</source>
        <translation>Si l&apos;enregistrement A/AAAA n&apos;existe pas encore, le créer au lieu de vous le demander.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not inside the zone %2.</source>
        <translation>%1 n&apos;est pas dans la zone %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the zone to the domain the host name belongs to.</source>
        <translation>Indiquez comme zone le domaine auquel appartient le nom d&apos;hôte.</translation>
    </message>
</context>
<context>
    <name>Homing::ProviderInfo</name>
    <message>
        <location filename="../core/providers/providerinfo.cpp" line="+47"/>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be on one line</source>
        <translation>%1 doit tenir sur une ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 starts or ends with a space; remove it if it was not meant</source>
        <translation>%1 commence ou finit par une espace ; supprimez-la si elle n&apos;était pas voulue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be one of: %2</source>
        <translation>%1 doit être l&apos;une des valeurs suivantes : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be true or false</source>
        <translation>%1 doit être true ou false</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 takes the address from the connection, so Homing cannot point the name elsewhere or take it offline.</source>
        <translation>%1 prend l&apos;adresse de la connexion : Homing ne peut donc ni diriger le nom ailleurs ni le mettre hors ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing tells %1 that the host is offline (offline=YES, a paid feature at %1), and online again when the machine is back.</source>
        <translation>Homing indique à %1 que l&apos;hôte est hors ligne (offline=YES, une option payante chez %1), puis de nouveau en ligne au retour de la machine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing removes the name&apos;s addresses at %1 and publishes them again when the machine is back.</source>
        <translation>Homing retire les adresses du nom chez %1 et les publie de nouveau au retour de la machine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 offers no way to remove the address, so Homing points the name at the address you give here (one you control, or 0.0.0.0 and :: for nowhere) until the machine is back.</source>
        <translation>%1 ne permet pas de retirer l&apos;adresse : Homing dirige donc le nom vers l&apos;adresse saisie ici (une que vous contrôlez, ou 0.0.0.0 et :: pour nulle part) jusqu&apos;au retour de la machine.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 serves only names under %2, such as myhome.%2</source>
        <translation>%1 ne gère que des noms sous %2, comme myhome.%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 does not use a setting called &quot;%2&quot;</source>
        <translation>%1 n&apos;utilise pas de paramètre nommé « %2 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a secret and belongs in the keychain, not in the config file</source>
        <translation>%1 est un secret et doit aller dans le trousseau, pas dans le fichier de configuration</translation>
    </message>
</context>
<context>
    <name>Homing::ProviderReplies</name>
    <message>
        <location filename="../core/providers/providerreplies.cpp" line="+56"/>
        <source>Change the server address to an https:// URL.</source>
        <translation>Remplacez l&apos;adresse du serveur par une URL https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider moved: %1</source>
        <translation>Le fournisseur a déménagé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server setting of this host; if the provider really moved, enter the new address.</source>
        <translation>Vérifiez le réglage du serveur de cet hôte ; si le fournisseur a vraiment déménagé, saisissez la nouvelle adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No usable reply from the provider: %1</source>
        <translation>Pas de réponse exploitable du fournisseur : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider asks Homing to slow down (HTTP 429)</source>
        <translation>Le fournisseur demande à Homing de ralentir (HTTP 429)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider refused the credentials (HTTP %1)</source>
        <translation>Le fournisseur a refusé les identifiants (HTTP %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the credentials stored for this host, and that they are allowed to change this name.</source>
        <translation>Vérifiez les identifiants enregistrés pour cet hôte, et qu&apos;ils ont le droit de modifier ce nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider has a problem on its side (HTTP %1)</source>
        <translation>Le fournisseur a un problème de son côté (HTTP %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The provider&apos;s reply was not understood (HTTP %1, %2 bytes).</source>
        <translation>La réponse du fournisseur n&apos;a pas été comprise (HTTP %1, %2 octets).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The provider refused the request (HTTP %1)</source>
        <translation>Le fournisseur a refusé la requête (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this host&apos;s settings (zone, host name, record) against the provider&apos;s control panel.</source>
        <translation>Comparez les réglages de cet hôte (zone, nom d&apos;hôte, enregistrement) avec le panneau de contrôle du fournisseur.</translation>
    </message>
</context>
<context>
    <name>Homing::RecordSync</name>
    <message>
        <location filename="../core/providers/recordsync.cpp" line="+86"/>
        <source>%1 has no %2 record for %3.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement %2 pour %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the record, or allow Homing to create it.</source>
        <translation>Créez l&apos;enregistrement, ou autorisez Homing à le créer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Parked: deleted the address records of %1.</source>
        <translation>Parqué : les enregistrements d&apos;adresse de %1 ont été supprimés.</translation>
    </message>
</context>
<context>
    <name>Homing::Rfc2136Provider</name>
    <message>
        <location filename="../core/providers/rfc2136provider.cpp" line="+84"/>
        <source>BIND, Knot, PowerDNS and any server that takes signed dynamic updates</source>
        <translation>BIND, Knot, PowerDNS et tout serveur qui accepte les mises à jour dynamiques signées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name server</source>
        <translation>Serveur de noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The primary name server&apos;s IP address or host name. Leave empty to send to the primary named in the zone&apos;s SOA record (often wrong: set it if you can).</source>
        <translation>L&apos;adresse IP ou le nom d&apos;hôte du serveur de noms primaire. Laissez vide pour envoyer au primaire indiqué dans l&apos;enregistrement SOA de la zone (souvent faux : renseignez-le si vous le pouvez).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TSIG key name</source>
        <translation>Nom de la clé TSIG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The key&apos;s name as the server knows it.</source>
        <translation>Le nom de la clé tel que le serveur le connaît.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name server&apos;s port; 53 unless it listens elsewhere.</source>
        <translation>Le port du serveur de noms ; 53, sauf s&apos;il écoute ailleurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TSIG algorithm</source>
        <translation>Algorithme TSIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key&apos;s algorithm, as in the server&apos;s key block.</source>
        <translation>L&apos;algorithme de la clé, comme dans le bloc de clé du serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSIG secret</source>
        <translation>Secret TSIG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The key&apos;s base64 secret, as in the server&apos;s key block.</source>
        <translation>Le secret base64 de la clé, comme dans le bloc de clé du serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: always replace; record-exists: only when the name already has a record of that type; name-exists: only when the name exists.</source>
        <translation>none : toujours remplacer ; record-exists : seulement si le nom a déjà un enregistrement de ce type ; name-exists : seulement si le nom existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clock check</source>
        <translation>Vérification de l&apos;horloge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An https:// address whose Date header Homing compares with this computer&apos;s clock when the server gives a bare REFUSED (PowerDNS does so for every key problem).</source>
        <translation>Une adresse https:// dont Homing compare l&apos;en-tête Date avec l&apos;horloge de cet ordinateur lorsque le serveur répond un simple REFUSED (PowerDNS le fait pour tout problème de clé).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One atomic update per family: the A (or AAAA) RRset is deleted and the new address added with the host&apos;s TTL (60 s by default). Replies must carry a valid TSIG signature. Paste the key block from tsig-keygen, keymgr or pdnsutil into the host editor.</source>
        <translation>Une mise à jour atomique par famille : le RRset A (ou AAAA) est supprimé et la nouvelle adresse ajoutée avec le TTL de l&apos;hôte (60 s par défaut). Les réponses doivent porter une signature TSIG valide. Collez le bloc de clé de tsig-keygen, keymgr ou pdnsutil dans l&apos;éditeur d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The TSIG key for %1 is incomplete or its secret is not base64.</source>
        <translation>La clé TSIG de %1 est incomplète ou son secret n&apos;est pas en base64.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key block from the name server into the host editor.</source>
        <translation>Collez le bloc de clé du serveur de noms dans l&apos;éditeur d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The name server %1 could not be found: %2</source>
        <translation>Le serveur de noms %1 est introuvable : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not inside the zone %2.</source>
        <translation>%1 n&apos;est pas dans la zone %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the zone to the domain the host name belongs to.</source>
        <translation>Indiquez comme zone le domaine auquel appartient le nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No name server is set and this computer has no resolver to find the zone&apos;s primary.</source>
        <translation>Aucun serveur de noms n&apos;est défini et cet ordinateur n&apos;a pas de résolveur pour trouver le primaire de la zone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Set the name server.</source>
        <translation>Définissez le serveur de noms.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>SOA query for %1 to %2</source>
        <translation>requête SOA pour %1 vers %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing could not find the zone of %1: %2</source>
        <translation>Homing n&apos;a pas pu trouver la zone de %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not serve a zone that holds %2 (it answered %3 with no SOA record).</source>
        <translation>%1 ne sert aucune zone contenant %2 (il a répondu %3 sans enregistrement SOA).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the host name, and set the zone and the name server that is primary for it.</source>
        <translation>Vérifiez le nom d&apos;hôte, et indiquez la zone ainsi que son serveur de noms primaire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The zone %1 names no usable primary server.</source>
        <translation>La zone %1 n&apos;indique aucun serveur primaire utilisable.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The zone&apos;s primary %1 (from its SOA record) has no address Homing could find.</source>
        <translation>Le primaire %1 de la zone (d&apos;après son enregistrement SOA) n&apos;a aucune adresse que Homing ait pu trouver.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No usable reply from the name server: %1</source>
        <translation>Aucune réponse exploitable du serveur de noms : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (over TCP)</source>
        <translation> (via TCP)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check the host name and the zone.</source>
        <translation>Vérifiez le nom d&apos;hôte et la zone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UPDATE zone %1: replace %2 %3 with %4 (TTL %5) at %6, key %7 (%8)</source>
        <translation>UPDATE zone %1 : remplacer %2 %3 par %4 (TTL %5) sur %6, clé %7 (%8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UPDATE zone %1: delete %2 %3 at %4, key %5 (%6)</source>
        <translation>UPDATE zone %1 : supprimer %2 %3 sur %4, clé %5 (%6)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the %1 record.</source>
        <translation>Enregistrement %1 supprimé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(Homing could not compare this computer&apos;s clock with %1: check the clock too.)</source>
        <translation>(Homing n&apos;a pas pu comparer l&apos;horloge de cet ordinateur avec %1 : vérifiez aussi l&apos;horloge.)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s clock agrees with %1, so the key, its algorithm or the server&apos;s policy is the likely cause.</source>
        <translation>L&apos;horloge de cet ordinateur concorde avec %1 ; la cause probable est donc la clé, son algorithme ou la politique du serveur.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parked: deleted the address records of %1.</source>
        <translation>Parqué : les enregistrements d&apos;adresse de %1 ont été supprimés.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check the zone.</source>
        <translation>Vérifiez la zone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed SOA query for %1 to %2, key %3 (%4)</source>
        <translation>requête SOA signée pour %1 vers %2, clé %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name server %1 accepted the key %2 for the zone %3.</source>
        <translation>Le serveur de noms %1 a accepté la clé %2 pour la zone %3.</translation>
    </message>
</context>
<context>
    <name>Homing::Rfc2136Reply</name>
    <message>
        <location filename="../core/providers/rfc2136reply.cpp" line="+21"/>
        <source>the key &quot;%1&quot; (%2)</source>
        <translation>la clé « %1 » (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the key name, algorithm and secret from the name server&apos;s configuration again (paste the whole key block), and check the server uses the same key.</source>
        <translation>Copiez de nouveau le nom, l&apos;algorithme et le secret de la clé depuis la configuration du serveur de noms (collez le bloc de clé entier), et vérifiez que le serveur utilise la même clé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know %2 (BADKEY): the key name or algorithm is wrong.</source>
        <translation>%1 ne connaît pas %2 (BADKEY) : le nom ou l&apos;algorithme de la clé est faux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rejected the signature made with %2 (BADSIG): the secret or the algorithm is wrong.</source>
        <translation>%1 a rejeté la signature faite avec %2 (BADSIG) : le secret ou l&apos;algorithme est faux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 says this computer&apos;s clock is more than %2 s off (BADTIME).</source>
        <translation>%1 indique que l&apos;horloge de cet ordinateur est décalée de plus de %2 s (BADTIME).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set this computer&apos;s clock right (turn on NTP time synchronisation).</source>
        <translation>Mettez l&apos;horloge de cet ordinateur à l&apos;heure (activez la synchronisation NTP).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s clock is %1 the name server&apos;s (%2 says it is %3; TSIG allows %4 s), so it refused the update (BADTIME).</source>
        <translation>L&apos;horloge de cet ordinateur est %1 celle du serveur de noms (%2 indique qu&apos;il est %3 ; TSIG tolère %4 s), il a donc refusé la mise à jour (BADTIME).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply was not signed with the key, so its time is a claim.</source>
        <translation>La réponse n&apos;était pas signée avec la clé ; son heure n&apos;est donc qu&apos;une affirmation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set this computer&apos;s clock right (turn on NTP time synchronisation), or the server&apos;s if it is the one that is off.</source>
        <translation>Mettez l&apos;horloge de cet ordinateur à l&apos;heure (activez la synchronisation NTP), ou celle du serveur si c&apos;est elle qui est décalée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TSIG %1</source>
        <translation>TSIG %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed by %1</source>
        <translation>signé par %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ahead of</source>
        <translation>en avance de %1 sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 behind</source>
        <translation>en retard de %1 sur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name server refused the update, and this computer&apos;s clock is %1 %2 (which says it is %3): TSIG fails when the clocks differ by more than 5 minutes.</source>
        <translation>Le serveur de noms a refusé la mise à jour, et l&apos;horloge de cet ordinateur est %1 %2 (qui indique qu&apos;il est %3) : TSIG échoue lorsque les horloges diffèrent de plus de 5 minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set this computer&apos;s clock right (turn on NTP time synchronisation), then try again.</source>
        <translation>Mettez l&apos;horloge de cet ordinateur à l&apos;heure (activez la synchronisation NTP), puis réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sent a reply Homing cannot read (%2).</source>
        <translation>%1 a envoyé une réponse que Homing ne peut pas lire (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reply is not signed</source>
        <translation>la réponse n&apos;est pas signée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused the signature (%2).</source>
        <translation>%1 a refusé la signature (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key and the algorithm against the name server&apos;s configuration.</source>
        <translation>Vérifiez la clé et l&apos;algorithme par rapport à la configuration du serveur de noms.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reply from %1 cannot be trusted (%2), so Homing cannot tell whether the change was made.</source>
        <translation>La réponse de %1 n&apos;est pas fiable (%2) ; Homing ne peut donc pas savoir si la modification a été faite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not the primary server for the zone %2 (NOTAUTH), or refused %3.</source>
        <translation>%1 n&apos;est pas le serveur primaire de la zone %2 (NOTAUTH), ou a refusé %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point Homing at the zone&apos;s primary name server, and check the zone and the key.</source>
        <translation>Dirigez Homing vers le serveur de noms primaire de la zone, et vérifiez la zone et la clé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused to let %2 change %3 %4 (REFUSED: not allowed).</source>
        <translation>%1 n&apos;a pas autorisé %2 à modifier %3 %4 (REFUSED : non autorisé).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow the key to update this name on the server (BIND update-policy, Knot acl with action update, PowerDNS TSIG-ALLOW-DNSUPDATE and allow-dnsupdate-from).</source>
        <translation>Autorisez la clé à mettre à jour ce nom sur le serveur (update-policy de BIND, acl de Knot avec action update, TSIG-ALLOW-DNSUPDATE et allow-dnsupdate-from de PowerDNS).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not inside the zone %2 (NOTZONE).</source>
        <translation>%1 n&apos;est pas dans la zone %2 (NOTZONE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the zone to the one the host name belongs to, or leave it empty to let Homing find it.</source>
        <translation>Indiquez comme zone celle à laquelle appartient le nom d&apos;hôte, ou laissez vide pour que Homing la trouve.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not change %2: the prerequisite failed (%3: the name or its %4 record is not as required).</source>
        <translation>%1 n&apos;a pas modifié %2 : le prérequis a échoué (%3 : le nom ou son enregistrement %4 n&apos;est pas comme requis).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the record on the server first, or set the prerequisite to none.</source>
        <translation>Créez d&apos;abord l&apos;enregistrement sur le serveur, ou réglez le prérequis sur none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not read the update for %2 in zone %3 (FORMERR).</source>
        <translation>%1 n&apos;a pas pu lire la mise à jour pour %2 dans la zone %3 (FORMERR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the zone and the host name; if both are right, the server may not speak RFC 2136.</source>
        <translation>Vérifiez la zone et le nom d&apos;hôte ; si les deux sont corrects, le serveur ne parle peut-être pas RFC 2136.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not accept dynamic updates (NOTIMP).</source>
        <translation>%1 n&apos;accepte pas les mises à jour dynamiques (NOTIMP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on dynamic updates for the zone on the name server.</source>
        <translation>Activez les mises à jour dynamiques pour la zone sur le serveur de noms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed to apply the update (SERVFAIL).</source>
        <translation>%1 n&apos;a pas réussi à appliquer la mise à jour (SERVFAIL).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered %2.</source>
        <translation>%1 a répondu %2.</translation>
    </message>
</context>
<context>
    <name>Homing::Scheduler</name>
    <message>
        <location filename="../core/engine/scheduler.cpp" line="+87"/>
        <source>restore after a change behind Homing&apos;s back</source>
        <translation>restauration après une modification à l&apos;insu de Homing</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>woke up after %1 s</source>
        <translation>réveil après %1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+142"/>
        <source>start</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>back online</source>
        <translation>de nouveau en ligne</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>update now</source>
        <translation>mise à jour immédiate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paused by the user</source>
        <translation>mis en pause par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resumed by the user</source>
        <translation>repris par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resumed</source>
        <translation>repris</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>settings changed</source>
        <translation>réglages modifiés</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>no such host</source>
        <translation>hôte inconnu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no published address to check yet</source>
        <translation>%1 n&apos;a pas encore d&apos;adresse publiée à vérifier</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>restore requested by the user</source>
        <translation>restauration demandée par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>poll</source>
        <translation>vérification périodique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>retry due</source>
        <translation>nouvel essai prévu</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the machine goes to sleep</source>
        <translation>la machine se met en veille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the machine shuts down</source>
        <translation>la machine s&apos;arrête</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>back from sleep</source>
        <translation>sortie de veille</translation>
    </message>
</context>
<context>
    <name>Homing::SecretStore</name>
    <message>
        <location filename="../core/storage/secretstore.cpp" line="+95"/>
        <source>The secret store (%1) did not answer within %2 seconds.</source>
        <translation>Le stockage des secrets (%1) n&apos;a pas répondu en %2 secondes.</translation>
    </message>
</context>
<context>
    <name>Homing::SourceConfig</name>
    <message>
        <location filename="../core/address/sourceconfig.cpp" line="+62"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a list such as [&quot;ipv4&quot;, &quot;ipv6&quot;]</source>
        <translation>doit être une liste telle que [&quot;ipv4&quot;, &quot;ipv6&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>may hold only &quot;ipv4&quot; and &quot;ipv6&quot;</source>
        <translation>ne peut contenir que « ipv4 » et « ipv6 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be one of opendns, cloudflare, google</source>
        <translation>doit être opendns, cloudflare ou google</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an IP address (or &quot;&quot; to turn this family off)</source>
        <translation>doit être une adresse IP (ou &quot;&quot; pour désactiver cette famille)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a dns source needs a server for IPv4, IPv6 or both</source>
        <translation>une source DNS a besoin d&apos;un serveur pour IPv4, IPv6 ou les deux</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an interface name such as &quot;eth0&quot;</source>
        <translation>doit être un nom d&apos;interface tel que « eth0 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be one of stable, temporary, fixed</source>
        <translation>doit être stable, temporary ou fixed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an IPv6 interface identifier such as &quot;::1234:5678:9abc:def0&quot;</source>
        <translation>doit être un identifiant d&apos;interface IPv6 tel que « ::1234:5678:9abc:def0 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an IPv4 address (normally 239.255.255.250)</source>
        <translation>doit être une adresse IPv4 (normalement 239.255.255.250)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must name the program to run, e.g. &quot;/usr/local/bin/my-ip&quot;</source>
        <translation>doit désigner le programme à lancer, par exemple « /usr/local/bin/my-ip »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a list of strings (no shell is used)</source>
        <translation>doit être une liste de chaînes (aucun shell n&apos;est utilisé)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be a short name for the source, e.g. &quot;ipify&quot;</source>
        <translation>doit être un nom court pour la source, par exemple « ipify »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an http source needs an IPv4 URL (ipv4Url), an IPv6 URL (ipv6Url) or both</source>
        <translation>une source http a besoin d&apos;une URL IPv4 (ipv4Url), d&apos;une URL IPv6 (ipv6Url) ou des deux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be one of auto, plain, json, trace, checkip</source>
        <translation>doit être auto, plain, json, trace ou checkip</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown source kind &quot;%1&quot;; known: http, dns, interface, upnp, command</source>
        <translation>type de source inconnu « %1 » ; connus : http, dns, interface, upnp, command</translation>
    </message>
    <message>
        <location filename="../core/address/sourcefactory.cpp" line="+27"/>
        <source>unknown source kind &quot;%1&quot;</source>
        <translation>type de source inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>Homing::StatusJson</name>
    <message>
        <location filename="../core/control/statusjson.cpp" line="+55"/>
        <source>(public address)</source>
        <translation>(adresse publique)</translation>
    </message>
</context>
<context>
    <name>Homing::Tsig</name>
    <message>
        <location filename="../core/dns/tsig.cpp" line="+203"/>
        <source>the key&apos;s algorithm %1 is unknown</source>
        <translation>l&apos;algorithme %1 de la clé est inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reply is signed with another key (%1)</source>
        <translation>la réponse est signée avec une autre clé (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply is signed with another algorithm (%1)</source>
        <translation>la réponse est signée avec un autre algorithme (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply carries no signature</source>
        <translation>la réponse ne porte aucune signature</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the reply&apos;s signature does not match the key</source>
        <translation>la signature de la réponse ne correspond pas à la clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reply was signed %1 s away from this computer&apos;s time</source>
        <translation>la réponse a été signée avec un écart de %1 s par rapport à l&apos;heure de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Homing::TsigKeyBlock</name>
    <message>
        <location filename="../core/providers/tsigkeyblock.cpp" line="+65"/>
        <source>No key found: paste the key block printed by tsig-keygen (BIND), keymgr -t (Knot) or pdnsutil generate-tsig-key (PowerDNS).</source>
        <translation>Aucune clé trouvée : collez le bloc de clé affiché par tsig-keygen (BIND), keymgr -t (Knot) ou pdnsutil generate-tsig-key (PowerDNS).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key uses %1, which Homing does not speak (it speaks %2).</source>
        <translation>La clé utilise %1, que Homing ne prend pas en charge (il prend en charge %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key &quot;%1&quot; has no readable secret (base64 expected).</source>
        <translation>La clé « %1 » n&apos;a pas de secret lisible (base64 attendu).</translation>
    </message>
</context>
<context>
    <name>Homing::UpdateCycle</name>
    <message>
        <location filename="../core/engine/updatecycle.cpp" line="+151"/>
        <source>Homing does not know the provider &quot;%1&quot;.</source>
        <translation>Homing ne connaît pas le fournisseur « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a provider from &quot;homingctl providers&quot;.</source>
        <translation>Choisissez un fournisseur parmi ceux de « homingctl providers ».</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>no address source for this family</source>
        <translation>aucune source d&apos;adresse pour cette famille</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 address detected</source>
        <translation>adresse %1 détectée</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the address source &quot;%1&quot; gave no address</source>
        <translation>la source d&apos;adresse « %1 » n&apos;a donné aucune adresse</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>update sent to %1</source>
        <translation>mise à jour envoyée à %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No %1 is stored for this host in %2.</source>
        <translation>Aucun %1 n&apos;est enregistré pour cet hôte dans %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter it in the host editor, or run: homingctl secret set %1 %2</source>
        <translation>Saisissez-le dans l&apos;éditeur d&apos;hôte, ou lancez : homingctl secret set %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>Homing::UpnpSource</name>
    <message>
        <location filename="../core/address/upnpsource.cpp" line="+86"/>
        <source>the UPnP gateway did not finish answering within %1 ms</source>
        <translation>la passerelle UPnP n&apos;a pas fini de répondre en %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UPnP-IGD tells IPv4 addresses only</source>
        <translation>UPnP-IGD ne fournit que des adresses IPv4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open a UDP socket for SSDP: %1</source>
        <translation>impossible d&apos;ouvrir un socket UDP pour SSDP : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no UPnP Internet gateway answered within %1 ms</source>
        <translation>aucune passerelle Internet UPnP n&apos;a répondu en %1 ms</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the gateway&apos;s control URL points elsewhere (%1)</source>
        <translation>l&apos;URL de contrôle de la passerelle pointe ailleurs (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the gateway&apos;s reply is larger than %1 KB</source>
        <translation>la réponse de la passerelle dépasse %1 Ko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the gateway at %1 did not answer: %2</source>
        <translation>la passerelle à %1 n&apos;a pas répondu : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the gateway answered HTTP status %1</source>
        <translation>la passerelle a répondu avec le statut HTTP %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the gateway&apos;s description is not valid XML: %1</source>
        <translation>la description de la passerelle n&apos;est pas du XML valide : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gateway offers no WANIPConnection or WANPPPConnection service</source>
        <translation>la passerelle n&apos;offre pas de service WANIPConnection ni WANPPPConnection</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the gateway refused: %1</source>
        <translation>la passerelle a refusé : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the gateway&apos;s reply has no NewExternalIPAddress</source>
        <translation>la réponse de la passerelle ne contient pas NewExternalIPAddress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the gateway has no WAN address (is it connected?)</source>
        <translation>la passerelle n&apos;a pas d&apos;adresse WAN (est-elle connectée ?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the gateway&apos;s WAN address &quot;%1&quot; is not an IPv4 address</source>
        <translation>l&apos;adresse WAN « %1 » de la passerelle n&apos;est pas une adresse IPv4</translation>
    </message>
</context>
<context>
    <name>Homing::UrlPolicy</name>
    <message>
        <location filename="../core/net/urlpolicy.cpp" line="+27"/>
        <source>is not a valid URL; it must look like https://host/path</source>
        <translation>n&apos;est pas une URL valide ; elle doit ressembler à https://hote/chemin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not contain a user name or password; Homing keeps those in the keychain</source>
        <translation>ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; Homing les garde dans le trousseau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must use https://; plain http:// is accepted only for a server on this machine (127.0.0.1, ::1)</source>
        <translation>doit utiliser https:// ; http:// simple n&apos;est accepté que pour un serveur sur cette machine (127.0.0.1, ::1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must start with https://</source>
        <translation>doit commencer par https://</translation>
    </message>
</context>
<context>
    <name>Homing::Verification</name>
    <message>
        <location filename="../core/verify/verification.cpp" line="+80"/>
        <source>Checking %1 at the zone&apos;s name servers</source>
        <translation>Vérification de %1 auprès des serveurs de noms de la zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified: %1 of %2 name servers answer %3</source>
        <translation>Vérifié : %1 serveurs de noms sur %2 répondent %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Propagating: %1 of %2 name servers answer %3 so far</source>
        <translation>En propagation : pour l&apos;instant %1 serveurs de noms sur %2 répondent %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mismatch: only %1 of %2 name servers answer %3: %4</source>
        <translation>Divergence : seuls %1 serveurs de noms sur %2 répondent %3 : %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unverifiable: %1</source>
        <translation>Invérifiable : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no %1 record</source>
        <translation>pas d&apos;enregistrement %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lame (%1)</source>
        <translation>défaillant (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreachable (%1)</source>
        <translation>injoignable (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> [over TCP]</source>
        <translation> [par TCP]</translation>
    </message>
</context>
<context>
    <name>Homing::Verifier</name>
    <message>
        <location filename="../core/verify/verifier.cpp" line="+78"/>
        <source>%1 is under a domain reserved for tests and examples; no public name server serves it</source>
        <translation>%1 se trouve sous un domaine réservé aux tests et aux exemples ; aucun serveur de noms public ne le sert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the zone&apos;s name servers could not be found: %1</source>
        <translation>les serveurs de noms de la zone sont introuvables : %1</translation>
    </message>
</context>
<context>
    <name>Homing::VerifyJob</name>
    <message>
        <location filename="../core/verify/verifyjob.cpp" line="+48"/>
        <source>not asked yet</source>
        <translation>pas encore interrogé</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a referral, not an answer</source>
        <translation>un renvoi, pas une réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not authoritative (no AA bit)</source>
        <translation>ne fait pas autorité (pas de bit AA)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 has no %2 record</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers %2</source>
        <translation>%1 répond %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) is %3: %4</source>
        <translation>%1 (%2) est %3 : %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lame</source>
        <translation>défaillant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no address: %2</source>
        <translation>%1 n&apos;a pas d&apos;adresse : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no address is known for any name server of %1</source>
        <translation>aucune adresse n&apos;est connue pour les serveurs de noms de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no name server of %1 answers for it: %2</source>
        <translation>aucun serveur de noms de %1 ne répond pour elle : %2</translation>
    </message>
</context>
<context>
    <name>Homing::ZoneFinder</name>
    <message>
        <location filename="../core/verify/zonefinder.cpp" line="+142"/>
        <source>no name server address is known for %1</source>
        <translation>aucune adresse de serveur de noms n&apos;est connue pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name server of %1 answered for %2: %3</source>
        <translation>aucun serveur de noms de %1 n&apos;a répondu pour %2 : %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not authoritative for %2 and gave no referral</source>
        <translation>%1 ne fait pas autorité pour %2 et n&apos;a donné aucun renvoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 referrals for %2</source>
        <translation>plus de %1 renvois pour %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the name servers of %1 cannot be found (too deeply nested)</source>
        <translation>les serveurs de noms de %1 sont introuvables (imbrication trop profonde)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no address found for the name servers of %1: %2</source>
        <translation>aucune adresse trouvée pour les serveurs de noms de %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no name server names</source>
        <translation>aucun nom de serveur de noms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no address</source>
        <translation>%1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is an alias (CNAME) of %2; Homing checks only A and AAAA records</source>
        <translation>%1 est un alias (CNAME) de %2 ; Homing ne vérifie que les enregistrements A et AAAA</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the servers of %1 list no name servers for it</source>
        <translation>les serveurs de %1 n&apos;indiquent aucun serveur de noms pour elle</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/providers/cloudflareprovider.cpp" line="-412"/>
        <source>Cloudflare refused the API token: %1</source>
        <translation>Cloudflare a refusé le jeton d&apos;API : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token, and that it may edit DNS in this zone.</source>
        <translation>Vérifiez le jeton, et qu&apos;il peut modifier le DNS de cette zone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloudflare reports an error: %1</source>
        <translation>Cloudflare signale une erreur : %1</translation>
    </message>
    <message>
        <location filename="../core/providers/cloudnsprovider.cpp" line="-231"/>
        <source>ClouDNS refused the API login: %1</source>
        <translation>ClouDNS a refusé la connexion à l&apos;API : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the auth-id, its kind and the auth-password, and that the API user may use this zone and this machine&apos;s address.</source>
        <translation>Vérifiez l&apos;auth-id, son type et l&apos;auth-password, et que l&apos;utilisateur d&apos;API peut utiliser cette zone et l&apos;adresse de cette machine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClouDNS refused the request: %1</source>
        <translation>ClouDNS a refusé la requête : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the zone and host name.</source>
        <translation>Vérifiez la zone et le nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ClouDNS (dynamic URL)</source>
        <translation>ClouDNS (URL dynamique)</translation>
    </message>
    <message>
        <location filename="../core/providers/dyndns2catalogue.cpp" line="+63"/>
        <source>dyndns2-compatible server</source>
        <translation>serveur compatible dyndns2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account&apos;s user name.</source>
        <translation>Le nom d&apos;utilisateur du compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account&apos;s password.</source>
        <translation>Le mot de passe du compte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dyn&apos;s Remote Access API (dyndns2)</source>
        <translation>API Remote Access de Dyn (dyndns2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account password or an updater client key.</source>
        <translation>Le mot de passe du compte ou une clé de client de mise à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both families go in one request (myip=&lt;IPv4&gt;,&lt;IPv6&gt;). Codes 911 and dnserr wait 30 minutes; every other error stops the host until you act.</source>
        <translation>Les deux familles partent dans une seule requête (myip=&lt;IPv4&gt;,&lt;IPv6&gt;). Les codes 911 et dnserr attendent 30 minutes ; toute autre erreur arrête l&apos;hôte jusqu&apos;à ce que vous interveniez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-IP dynamic update (dyndns2)</source>
        <translation>Mise à jour dynamique No-IP (dyndns2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail or group user name</source>
        <translation>E-mail ou nom d&apos;utilisateur de groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account e-mail address, or a group&apos;s user name.</source>
        <translation>L&apos;adresse e-mail du compte, ou le nom d&apos;utilisateur d&apos;un groupe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a No-IP group name to update instead of the single host (every host in the group gets the address).</source>
        <translation>Facultatif : un nom de groupe No-IP à mettre à jour à la place de l&apos;hôte seul (chaque hôte du groupe reçoit l&apos;adresse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends No-IP&apos;s required User-Agent form. Free hosts expire unless refreshed; Homing re-sends every 25 days. 911 waits 30 minutes.</source>
        <translation>Envoie le user agent au format exigé par No-IP. Les hôtes gratuits expirent s&apos;ils ne sont pas rafraîchis ; Homing renvoie tous les 25 jours. 911 attend 30 minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dynu IP update protocol (dyndns2 dialect)</source>
        <translation>Protocole de mise à jour IP de Dynu (variante dyndns2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account password, its MD5/SHA-256 hash, or an IP-update password.</source>
        <translation>Le mot de passe du compte, son empreinte MD5/SHA-256, ou un mot de passe de mise à jour IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends myip and myipv6; a family the host does not update is sent as &quot;no&quot; so Dynu does not guess it from the connection.</source>
        <translation>Envoie myip et myipv6 ; une famille que l&apos;hôte ne met pas à jour est envoyée comme &quot;no&quot;, pour que Dynu ne la devine pas d&apos;après la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hurricane Electric free DNS, dynamic records</source>
        <translation>DNS gratuit de Hurricane Electric, enregistrements dynamiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDNS key</source>
        <translation>Clé DDNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key generated for this record in dns.he.net.</source>
        <translation>La clé générée pour cet enregistrement sur dns.he.net.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One family per request (two requests for a dual-stack host). The A/AAAA record must exist and be marked dynamic. &quot;interval&quot; waits 10 minutes.</source>
        <translation>Une famille par requête (deux requêtes pour un hôte double pile). L&apos;enregistrement A/AAAA doit exister et être marqué dynamique. &quot;interval&quot; attend 10 minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OVH DynHost (dyndns2)</source>
        <translation>OVH DynHost (dyndns2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DynHost login</source>
        <translation>Identifiant DynHost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DynHost login created for the zone, e.g. example.org-home.</source>
        <translation>L&apos;identifiant DynHost créé pour la zone, par exemple example.org-home.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One address per request. OVH documents IPv4; IPv6 is UNVERIFIED: Homing sends it as a separate request and shows OVH&apos;s answer if it refuses.</source>
        <translation>Une adresse par requête. OVH documente IPv4 ; IPv6 n&apos;est PAS VÉRIFIÉ : Homing l&apos;envoie dans une requête séparée et affiche la réponse d&apos;OVH en cas de refus.</translation>
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
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The domain the DynDNS password belongs to.</source>
        <translation>Le domaine auquel appartient le mot de passe DynDNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual stack is sent as myip=&lt;IPv4&gt;,&lt;IPv6&gt; (UNVERIFIED at Strato: if it answers badrequest, update one family per host).</source>
        <translation>Le double pile est envoyé sous la forme myip=&lt;IPv4&gt;,&lt;IPv6&gt; (NON VÉRIFIÉ chez Strato : s&apos;il répond badrequest, mettez à jour une famille par hôte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deSEC dynDNS update API</source>
        <translation>API de mise à jour dynDNS de deSEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain registered at deSEC; empty means the host name.</source>
        <translation>Le domaine enregistré chez deSEC ; vide signifie le nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deSEC token allowed to update this domain.</source>
        <translation>Un jeton deSEC autorisé à mettre à jour ce domaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deSEC token is 28 letters, digits, - and _, as deSEC showed it once when it was created.</source>
        <translation>Un jeton deSEC compte 28 lettres, chiffres, - et _, tel que deSEC l’a affiché une fois à sa création.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2 updates per 2 minutes per domain; 429 with Retry-After beyond that</source>
        <translation>2 mises à jour par 2 minutes et par domaine ; au-delà, 429 avec Retry-After</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always sends both families: a family the host does not update is sent as &quot;preserve&quot;, because deSEC deletes a record it is not told about. TTL is fixed at 60 s.</source>
        <translation>Envoie toujours les deux familles : une famille que l&apos;hôte ne met pas à jour est envoyée comme &quot;preserve&quot;, car deSEC supprime un enregistrement dont on ne lui parle pas. Le TTL est fixé à 60 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPv64.net dynamic update</source>
        <translation>Mise à jour dynamique IPv64.net</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update token</source>
        <translation>Jeton de mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s DynDNS update token (sent as a Bearer token).</source>
        <translation>Le jeton de mise à jour DynDNS du compte (envoyé comme jeton Bearer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By account class, 48 updates a day by default; at most 3 requests in 10 s</source>
        <translation>Selon la classe du compte, 48 mises à jour par jour par défaut ; au plus 3 requêtes en 10 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any server that speaks the dyndns2 protocol</source>
        <translation>Tout serveur qui parle le protocole dyndns2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both families go in one request (myip=&lt;IPv4&gt;,&lt;IPv6&gt;).</source>
        <translation>Les deux familles partent dans une seule requête (myip=&lt;IPv4&gt;,&lt;IPv6&gt;).</translation>
    </message>
    <message>
        <location filename="../core/providers/hetznerprovider.cpp" line="-221"/>
        <source>Hetzner could not change the record: %1</source>
        <translation>Hetzner n&apos;a pas pu modifier l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the zone and record in the Hetzner Console.</source>
        <translation>Vérifiez la zone et l&apos;enregistrement dans la Hetzner Console.</translation>
    </message>
    <message>
        <location filename="../core/providers/porkbunprovider.cpp" line="-137"/>
        <source>Porkbun refused the request: %1</source>
        <translation>Porkbun a refusé la requête : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the API keys, and that API access is turned on for this domain in Porkbun&apos;s domain settings.</source>
        <translation>Vérifiez les clés d&apos;API, et que l&apos;accès API est activé pour ce domaine dans les réglages de domaine de Porkbun.</translation>
    </message>
    <message>
        <location filename="../core/providers/customurlprovider.cpp" line="-140"/>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <location filename="../core/providers/powerdnsprovider.cpp" line="-146"/>
        <source>Copy the API key from the api-key line of pdns.conf again.</source>
        <translation>Copiez de nouveau la clé d&apos;API depuis la ligne api-key de pdns.conf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PowerDNS does not serve the zone %1 (HTTP 404).</source>
        <translation>PowerDNS ne sert pas la zone %1 (HTTP 404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the zone&apos;s name and the server id (usually localhost); create the zone with pdnsutil create-zone if it is missing.</source>
        <translation>Vérifiez le nom de la zone et l&apos;identifiant du serveur (généralement localhost) ; créez la zone avec pdnsutil create-zone si elle manque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PowerDNS refused the change: %1</source>
        <translation>PowerDNS a refusé la modification : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the host name is inside the zone.</source>
        <translation>Vérifiez que le nom d&apos;hôte est dans la zone.</translation>
    </message>
    <message>
        <location filename="../core/providers/rfc2136provider.cpp" line="-366"/>
        <source>Your own name server (RFC 2136 + TSIG)</source>
        <translation>Votre propre serveur de noms (RFC 2136 + TSIG)</translation>
    </message>
</context>
<context>
    <name>YamlReaderText</name>
    <message>
        <location filename="../core/importers/yamlreader.cpp" line="-170"/>
        <source>unexpected indentation</source>
        <translation>indentation inattendue</translation>
    </message>
</context>
<context>
    <name>homingctl</name>
    <message>
        <location filename="../app/homingctl/controlcommands.cpp" line="+36"/>
        <source>No hosts are configured.</source>
        <translation>Aucun hôte n&apos;est configuré.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>next check %1</source>
        <translation>prochaine vérification %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Homing %1, online, checking now, polling every %2 s</source>
        <translation>Homing %1, en ligne, vérification en cours, interrogation toutes les %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing %1, OFFLINE, checking now, polling every %2 s</source>
        <translation>Homing %1, HORS LIGNE, vérification en cours, interrogation toutes les %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing %1, online, polling every %2 s</source>
        <translation>Homing %1, en ligne, interrogation toutes les %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing %1, OFFLINE, polling every %2 s</source>
        <translation>Homing %1, HORS LIGNE, interrogation toutes les %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public IPv4:</source>
        <translation>IPv4 publique :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public IPv6:</source>
        <translation>IPv6 publique :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(agreed by %1)</source>
        <translation>(confirmée par %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/homingctl/main.cpp" line="+155"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Homing is not running (no answer on %1). Start homing or homingd first.</source>
        <translation>Homing n&apos;est pas lancé (pas de réponse sur %1). Lancez d&apos;abord homing ou homingd.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>OK: %1 (all hosts)</source>
        <translation>OK : %1 (tous les hôtes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK: %1 %2</source>
        <translation>OK : %1 %2</translation>
    </message>
    <message>
        <location filename="../app/homingctl/credentialscommand.cpp" line="+60"/>
        <source>%1 (%2): credentials accepted.</source>
        <translation>%1 (%2) : identifiants acceptés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): credentials NOT accepted.</source>
        <translation>%1 (%2) : identifiants NON acceptés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): could not check now.</source>
        <translation>%1 (%2) : vérification impossible pour le moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: homingctl test-credentials HOST [--json]</source>
        <translation>usage : homingctl test-credentials HÔTE [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/homingctl/main.cpp" line="+36"/>
        <source>no host called &quot;%1&quot; in %2</source>
        <translation>aucun hôte nommé « %1 » dans %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 uses the unknown provider &quot;%2&quot;</source>
        <translation>%1 utilise le fournisseur inconnu « %2 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no harmless way to test credentials; watch the host&apos;s next update instead (homingctl history %2).</source>
        <translation>%1 n&apos;offre aucun moyen anodin de tester les identifiants ; observez plutôt la prochaine mise à jour de l&apos;hôte (homingctl history %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the secrets of %1 could not be read from %2: %3</source>
        <translation>les secrets de %1 n&apos;ont pas pu être lus depuis %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/homingctl/main.cpp" line="-89"/>
        <source> (secret)</source>
        <translation> (secret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2  [%3]  fields: %4</source>
        <translation>%1  %2  [%3]  champs : %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No hosts are configured (%1).</source>
        <translation>Aucun hôte n&apos;est configuré (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/homingctl/verifycommand.cpp" line="+126"/>
        <source>no host called &quot;%1&quot;</source>
        <translation>aucun hôte nommé « %1 »</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the %1 was changed with homingctl</source>
        <translation>le %1 a été modifié avec homingctl</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: homingctl secret set|delete HOST FIELD</source>
        <translation>usage : homingctl secret set|delete HÔTE CHAMP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no secret field &quot;%2&quot;; its secret fields: %3</source>
        <translation>%1 n&apos;a pas de champ secret « %2 » ; ses champs secrets : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 stored in %3.</source>
        <translation>%1 de %2 enregistré dans %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 removed from %3.</source>
        <translation>%1 de %2 supprimé de %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 for %2: </source>
        <translation>%1 pour %2 : </translation>
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
        <translation>Homing en ligne de commande.

Commandes :
  status                 ce que fait le homing/homingd en cours d&apos;exécution (adresses publiques, hôtes)
  update [HÔTE]          vérifier et mettre à jour maintenant (tous les hôtes, ou un seul)
  verify HÔTE            demander maintenant aux serveurs de noms de la zone s&apos;ils répondent
                         l&apos;adresse publiée ; affiche la réponse de chaque serveur
                         (code de sortie 0 : vérifié, 1 : divergence ou invérifiable, 75 : en propagation)
  pause [HÔTE]           arrêter les mises à jour (tous les hôtes, ou un seul)
  resume [HÔTE]          reprendre, y compris un hôte qui demandait votre attention, une fois corrigé
  restore HÔTE           envoyer de nouveau l&apos;adresse publiée après une modification à l&apos;insu de Homing
  reload                 relire le fichier de configuration
  providers              les fournisseurs que Homing prend en charge
  hosts                  les hôtes configurés et leur état
  history [HÔTE]         l&apos;historique des mises à jour, le plus récent en premier
  test-credentials HÔTE  vérifier les identifiants enregistrés de l&apos;hôte par un appel anodin au fournisseur
  secret set HÔTE CHAMP  enregistrer un secret (lu sur l&apos;entrée standard) dans le stockage des secrets configuré
  secret delete HÔTE CHAMP
  import FICHIER         reprendre une configuration ddclient, inadyn, ddns-updater ou ddns-go
                         (code de sortie 0 : tout importé, 1 : en partie, 2 : rien)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N history rows.</source>
        <translation>Au plus N lignes d&apos;historique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the config and state in DIR.</source>
        <translation>Utiliser la configuration et l&apos;état de DIR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import: the file&apos;s format (ddclient, inadyn, ddns-updater, ddns-go).</source>
        <translation>import : le format du fichier (ddclient, inadyn, ddns-updater, ddns-go).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: show what would be imported only.</source>
        <translation>import : afficher seulement ce qui serait importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: update hosts that are already configured.</source>
        <translation>import : mettre à jour les hôtes déjà configurés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: keep plain http:// endpoints instead of using https://.</source>
        <translation>import : garder les points d&apos;accès http:// simples au lieu d&apos;utiliser https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: the old client&apos;s version (ddclient 3 or 4, inadyn 1 or 2).</source>
        <translation>import : la version de l&apos;ancien client (ddclient 3 ou 4, inadyn 1 ou 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do (see above).</source>
        <translation>Ce qu&apos;il faut faire (voir ci-dessus).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no command given; see homingctl --help</source>
        <translation>aucune commande indiquée ; voir homingctl --help</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>unknown command &quot;%1&quot;; see homingctl --help</source>
        <translation>commande inconnue « %1 » ; voir homingctl --help</translation>
    </message>
    <message>
        <location filename="../app/homingctl/importcommand.cpp" line="+52"/>
        <source>unknown format &quot;%1&quot;; use ddclient, inadyn, ddns-updater or ddns-go</source>
        <translation>format inconnu « %1 » ; utilisez ddclient, inadyn, ddns-updater ou ddns-go</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>usage: homingctl import FILE [--format ddclient|inadyn|ddns-updater|ddns-go] [--dry-run] [--json]</source>
        <translation>usage : homingctl import FICHIER [--format ddclient|inadyn|ddns-updater|ddns-go] [--dry-run] [--json]</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 new and %2 updated hosts; %3 secrets stored in %4.</source>
        <translation>Importés : %1 nouveaux hôtes et %2 hôtes mis à jour ; %3 secrets enregistrés dans %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already configured, left as they are (use --update-existing to update): %1</source>
        <translation>Déjà configurés, laissés tels quels (utilisez --update-existing pour les mettre à jour) : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The addresses from the old client&apos;s cache could not be stored: %1</source>
        <translation>Les adresses du cache de l&apos;ancien client n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <location filename="../app/homingctl/verifycommand.cpp" line="-42"/>
        <source>no record</source>
        <translation>pas d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lame: %1</source>
        <translation>défaillant : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (over TCP)</source>
        <translation> (par TCP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source>usage: homingctl verify HOST</source>
        <translation>usage : homingctl verify HÔTE</translation>
    </message>
</context>
<context>
    <name>homingd</name>
    <message>
        <location filename="../app/homingd/main.cpp" line="+73"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>will retry</source>
        <translation>nouvel essai prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NEEDS YOU</source>
        <translation>INTERVENTION REQUISE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no address</source>
        <translation>pas d&apos;adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly updated</source>
        <translation>partiellement mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT STORED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Homing agent: keeps dynamic DNS host names up to date.</source>
        <translation>Agent Homing : tient à jour les noms d&apos;hôte DNS dynamiques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run one full update cycle, then exit with a status.</source>
        <translation>Effectuer un cycle complet de mise à jour, puis quitter avec un code d&apos;état.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep config, state, history (and the opt-in secrets file) in DIR.</source>
        <translation>Garder la configuration, l&apos;état, l&apos;historique (et le fichier de secrets facultatif) dans DIR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log debug messages (secrets stay redacted).</source>
        <translation>Journaliser les messages de débogage (les secrets restent masqués).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Homing stops</source>
        <translation>Homing s&apos;arrête</translation>
    </message>
</context>
</TS>
