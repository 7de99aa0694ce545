<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Homing::AttentionFix</name>
    <message>
        <location filename="../ui/attentionfix.cpp" line="+25"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit host…</source>
        <translation>Modifier l’hôte…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-enter password…</source>
        <translation>Saisir à nouveau le mot de passe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enter key…</source>
        <translation>Saisir à nouveau la clé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enter token…</source>
        <translation>Saisir à nouveau le jeton…</translation>
    </message>
</context>
<context>
    <name>Homing::Autostart</name>
    <message>
        <location filename="../ui/platform/autostart.cpp" line="+80"/>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the directory %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Homing::DesktopController</name>
    <message>
        <location filename="../ui/desktopcontroller.cpp" line="+128"/>
        <source>The address sources disagree about the public %1 address; nothing is published until enough agree. %2</source>
        <translation>Les sources d&apos;adresse divergent sur l&apos;adresse %1 publique ; rien n&apos;est publié tant qu&apos;elles ne sont pas assez nombreuses à concorder. %2</translation>
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
        <translation>IPv4 publique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public IPv6</source>
        <translation>IPv6 publique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (agreed: %3)</source>
        <translation>%1 : &lt;b&gt;%2&lt;/b&gt; (concordance : %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;i&gt;offline&lt;/i&gt;</source>
        <translation>&lt;i&gt;hors ligne&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address: not detected yet</source>
        <translation>Adresse publique : pas encore détectée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords are kept in your desktop&apos;s keychain.</source>
        <translation>Les mots de passe sont conservés dans le trousseau de votre bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords are kept in a private file that only you can read.</source>
        <translation>Les mots de passe sont conservés dans un fichier privé que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords are kept in memory only, until Homing quits.</source>
        <translation>Les mots de passe sont conservés en mémoire seulement, jusqu’à la fermeture de Homing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: nothing is sent until the network is back.</source>
        <translation>Hors ligne : rien n&apos;est envoyé avant le retour du réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online; next check at %1.</source>
        <translation>En ligne ; prochaine vérification à %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online.</source>
        <translation>En ligne.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>offline; nothing is sent until the network is back</source>
        <translation>hors ligne ; rien n&apos;est envoyé avant le retour du réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no hosts yet</source>
        <translation>aucun hôte pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n host(s) need your attention</source>
        <translation>
            <numerusform>%n hôte demande votre attention</numerusform>
            <numerusform>%n hôtes demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed behind your back</source>
        <translation>%1 a été modifié dans votre dos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name servers answer another address for %1</source>
        <translation>les serveurs de noms répondent une autre adresse pour %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n host(s) could not be updated; retrying</source>
        <translation>
            <numerusform>%n hôte n&apos;a pas pu être mis à jour ; nouvel essai prévu</numerusform>
            <numerusform>%n hôtes n&apos;ont pas pu être mis à jour ; nouvel essai prévu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not yet answered by all its name servers</source>
        <translation>%1 n&apos;est pas encore servi par tous ses serveurs de noms</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) up to date</source>
        <translation>
            <numerusform>%n hôte à jour</numerusform>
            <numerusform>%n hôtes à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Diagnostics copied to the clipboard (secrets removed).</source>
        <translation>Diagnostic copié dans le presse-papiers (secrets retirés).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Restart Homing</source>
        <translation>Redémarrer Homing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing uses the new place for passwords after a restart. Enter the passwords of your hosts again then.</source>
        <translation>Homing utilisera le nouvel emplacement des mots de passe après un redémarrage. Saisissez alors à nouveau les mots de passe de vos hôtes.</translation>
    </message>
</context>
<context>
    <name>Homing::DesktopNotifier</name>
    <message>
        <location filename="../ui/notify/desktopnotifier.cpp" line="+48"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Homing::HistoryModel</name>
    <message>
        <location filename="../ui/models/historymodel.cpp" line="+48"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will retry</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs you</source>
        <translation>Intervention requise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No address</source>
        <translation>Aucune adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propagating</source>
        <translation>En propagation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatch</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed behind your back</source>
        <translation>Modifié à votre insu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retrying at %1</source>
        <translation>Nouvel essai à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying on %1</source>
        <translation>Nouvel essai le %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address detected</source>
        <translation>Adresse détectée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update sent</source>
        <translation>Mise à jour envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider replied</source>
        <translation>Réponse du fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS check</source>
        <translation>Vérification DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS check failed</source>
        <translation>Échec de la vérification DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources disagree</source>
        <translation>Sources en désaccord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken offline</source>
        <translation>Mis hors ligne</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old address</source>
        <translation>Ancienne adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New address</source>
        <translation>Nouvelle adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>Homing::HostDetailPane</name>
    <message>
        <location filename="../ui/windows/hostdetailpane.cpp" line="+40"/>
        <source>Name servers</source>
        <translation>Serveurs de noms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show events</source>
        <translation>Afficher les événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address changes</source>
        <translation>Changements d&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates and replies</source>
        <translation>Mises à jour et réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS checks</source>
        <translation>Vérifications DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Search the timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Event in full</source>
        <translation>Événement complet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a host to see its timeline.</source>
        <translation>Sélectionnez un hôte pour voir sa chronologie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Timeline of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chronologie de %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>Homing::HostEditController</name>
    <message>
        <location filename="../ui/hosteditcontroller.cpp" line="+71"/>
        <source>The provider refused the stored one. Enter it again and save: Homing then sends the update at once.</source>
        <translation>Le fournisseur a refusé celui enregistré. Saisissez-le à nouveau et enregistrez : Homing envoie alors la mise à jour aussitôt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was saved; your input is still here.</source>
        <translation>Rien n&apos;a été enregistré ; votre saisie est conservée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The provider accepted these settings.</source>
        <translation>Le fournisseur a accepté ces réglages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider could not tell now: %1</source>
        <translation>Le fournisseur n&apos;a pas pu répondre pour le moment : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testing… waiting for the provider&apos;s rate limit (next in line)</source>
        <translation>Test… en attente de la limite de débit du fournisseur (prochain en file)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Testing… waiting for the provider&apos;s rate limit (%n ahead)</source>
        <translation>
            <numerusform>Test… en attente de la limite de débit du fournisseur (%n devant)</numerusform>
            <numerusform>Test… en attente de la limite de débit du fournisseur (%n devant)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove host</source>
        <translation>Supprimer l&apos;hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1? Homing stops updating it and deletes its password from the keychain. The DNS record itself is left as it is.</source>
        <translation>Supprimer %1 ? Homing cesse de le mettre à jour et efface son mot de passe du trousseau. L&apos;enregistrement DNS lui-même est laissé tel quel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was not removed</source>
        <translation>%1 n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The host stays so that its password is not left behind; try again once the keychain works.</source>
        <translation>L&apos;hôte est conservé pour que son mot de passe ne reste pas orphelin ; réessayez quand le trousseau fonctionnera.</translation>
    </message>
</context>
<context>
    <name>Homing::HostEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/hosteditordialog.cpp" line="+68"/>
        <source>Add host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Address source</source>
        <translation>Source d&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All configured sources (default)</source>
        <translation>Toutes les sources configurées (par défaut)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address s&amp;ource:</source>
        <translation>Sour&amp;ce d&apos;adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the name offline when this machine &amp;goes away</source>
        <translation>Mettre le nom hors ligne quand cette machine s&apos;en &amp;va</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Addresses to point the name at while the machine is away</source>
        <translation>Adresses vers lesquelles diriger le nom pendant l&apos;absence de la machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0.0.0.0, ::</source>
        <translation>p. ex. 0.0.0.0, ::</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point it &amp;at:</source>
        <translation>Diri&amp;ger vers :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Search providers</source>
        <translation>Rechercher un fournisseur</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Type to search %n provider(s)</source>
        <translation>
            <numerusform>Tapez pour chercher parmi %n fournisseur</numerusform>
            <numerusform>Tapez pour chercher parmi %n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find provider:</source>
        <translation>Trouver un &amp;fournisseur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>Fo&amp;urnisseur :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host name:</source>
        <translation>&amp;Nom d&apos;hôte :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IPv&amp;4 (A record)</source>
        <translation>IPv&amp;4 (enregistrement A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IPv&amp;6 (AAAA record)</source>
        <translation>IPv&amp;6 (enregistrement AAAA)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Addresses:</source>
        <translation>Adresses :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv6 address to publish</source>
        <translation>Adresse IPv6 à publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable address (not temporary)</source>
        <translation>Adresse stable (non temporaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current temporary (privacy) address</source>
        <translation>Adresse temporaire actuelle (confidentialité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current prefix with a fixed interface ID</source>
        <translation>Préfixe actuel avec un identifiant d&apos;interface fixe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv6 polic&amp;y:</source>
        <translation>&amp;Politique IPv6 :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TT&amp;L:</source>
        <translation>TT&amp;L :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow p&amp;rivate (LAN) addresses</source>
        <translation>Autoriser les adresses p&amp;rivées (réseau local)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Short is safer: resolvers soon forget an old address, which may be someone else&apos;s machine by then.</source>
        <translation>Court est plus sûr : les résolveurs oublient vite une ancienne adresse, qui peut entre-temps être la machine de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>&quot;%1&quot; is not an IP address; enter one IPv4 and/or one IPv6 address, e.g. 0.0.0.0, ::</source>
        <translation>« %1 » n&apos;est pas une adresse IP ; saisissez une adresse IPv4 et/ou une adresse IPv6, p. ex. 0.0.0.0, ::</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter at most one IPv4 and one IPv6 address.</source>
        <translation>Saisissez au plus une adresse IPv4 et une adresse IPv6.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the address to point the name at while the machine is away, for the families it publishes: 0.0.0.0 and :: lead nowhere.</source>
        <translation>Saisissez l&apos;adresse vers laquelle diriger le nom pendant l&apos;absence de la machine, pour les familles publiées : 0.0.0.0 et :: ne mènent nulle part.</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>IPv6 interface identifier</source>
        <translation>Identifiant d&apos;interface IPv6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interface ID:</source>
        <translation>&amp;Identifiant d&apos;interface :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time to live in seconds</source>
        <translation>Durée de vie (TTL) en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish addresses such as 192.168.x.x or fd00::/8; normally refused.</source>
        <translation>Publier des adresses comme 192.168.x.x ou fd00::/8 ; normalement refusées.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>already stored; leave empty to keep it</source>
        <translation>déjà enregistré ; laissez vide pour le conserver</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>documentation</source>
        <translation>documentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit: %1</source>
        <translation>Limite de débit : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lowest (%1 s)</source>
        <translation>Le plus bas (%1 s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by %1</source>
        <translation>Fixé par %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not let clients set the TTL; it decides how long resolvers keep the address.</source>
        <translation>%1 ne laisse pas les clients fixer le TTL ; le service décide combien de temps les résolveurs gardent l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepts %2 s at the least. %3</source>
        <translation>%1 accepte au moins %2 s. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server decides the least TTL. %1</source>
        <translation>Votre serveur décide du TTL minimal. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On quit, sleep and shutdown. Once the machine is gone its old address may be given to someone else, and the name would lead visitors to them. %1</source>
        <translation>À la fermeture, à la mise en veille et à l&apos;arrêt. Une fois la machine partie, son ancienne adresse peut être attribuée à quelqu&apos;un d&apos;autre, et le nom y mènerait les visiteurs. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks the credentials with a harmless call; DNS is not changed.</source>
        <translation>Teste les identifiants par un appel anodin ; le DNS n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no harmless call to check credentials with; Save and watch the first update in the timeline instead.</source>
        <translation>%1 n&apos;offre aucun appel anodin pour tester les identifiants ; enregistrez et observez plutôt la première mise à jour dans la chronologie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (optional):</source>
        <translation>%1 (facultatif) :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paste the key block from tsig-keygen (BIND), keymgr -t (Knot) or pdnsutil generate-tsig-key (PowerDNS)</source>
        <translation>Collez le bloc de clé produit par tsig-keygen (BIND), keymgr -t (Knot) ou pdnsutil generate-tsig-key (PowerDNS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste key block</source>
        <translation>Coller le bloc de clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste key block (optional):</source>
        <translation>Coller le bloc de clé (facultatif) :</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Key &quot;%1&quot; (%2) filled in below.</source>
        <translation>Clé « %1 » (%2) renseignée ci-dessous.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose IPv4, IPv6 or both.</source>
        <translation>Choisissez IPv4, IPv6 ou les deux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the interface identifier as an IPv6 address, such as ::1234:5678:9abc:def0.</source>
        <translation>Saisissez l&apos;identifiant d&apos;interface sous forme d&apos;adresse IPv6, par exemple ::1234:5678:9abc:def0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 accepts %2 s at the least; enter %2 or more, or 0 for the lowest.</source>
        <translation>%1 accepte au moins %2 s ; saisissez %2 ou plus, ou 0 pour le plus bas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>Homing::HostTableModel</name>
    <message>
        <location filename="../ui/models/hosttablemodel.cpp" line="+92"/>
        <location line="+21"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Waiting for first check</source>
        <translation>En attente de la première vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propagating</source>
        <translation>Propagation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will retry</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>Intervention requise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken offline</source>
        <translation>Mis hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot store its state</source>
        <translation>Son état ne peut pas être enregistré</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Propagating %1/%2</source>
        <extracomment>n of m name servers answer the new address so far</extracomment>
        <translation>Propagation %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatch</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+4"/>
        <source>not used</source>
        <translation>non utilisée</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
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
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not checked yet: Homing asks the zone&apos;s own name servers after each update the provider accepts.</source>
        <translation>Pas encore vérifié : Homing interroge les serveurs de noms de la zone après chaque mise à jour acceptée par le fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: asking the zone&apos;s own name servers is switched off (&quot;verify&quot;: false in the configuration).</source>
        <translation>Non vérifié : l&apos;interrogation des serveurs de noms de la zone est désactivée (&quot;verify&quot;: false dans la configuration).</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whether the world sees the address: Homing asks the zone&apos;s own name servers, the ones everyone else&apos;s lookups end at, and Verified means they all answer the address Homing published. Propagating: some do not yet, which is normal for a short while after an update. Mismatch: one still answers something else. Unverifiable: none could be asked. Point at a cell for each server&apos;s answer.</source>
        <translation>Le monde voit-il l&apos;adresse ? Homing interroge les serveurs de noms de la zone, ceux où aboutissent les recherches de tous, et Vérifié signifie qu&apos;ils répondent tous l&apos;adresse publiée par Homing. Propagation : certains pas encore, ce qui est normal peu après une mise à jour. Divergence : l&apos;un répond encore autre chose. Invérifiable : aucun n&apos;a pu être interrogé. Survolez une cellule pour la réponse de chaque serveur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next check</source>
        <translation>Prochaine vérification</translation>
    </message>
</context>
<context>
    <name>Homing::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="+55"/>
        <source>Import configuration</source>
        <translation>Importer une configuration</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which configuration?</source>
        <translation>Quelle configuration ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing reads the file of ddclient, inadyn, ddns-updater or ddns-go and shows what it would take over. The file itself is never changed.</source>
        <translation>Homing lit le fichier de ddclient, inadyn, ddns-updater ou ddns-go et montre ce qu&apos;il en reprendrait. Le fichier lui-même n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found on this computer:</source>
        <translation>Trouvé sur cet ordinateur :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any file, e.g. a copy of /etc/ddclient.conf</source>
        <translation>N&apos;importe quel fichier, par exemple une copie de /etc/ddclient.conf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Recognise it</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ddclient 3.10 or older</source>
        <translation>ddclient 3.10 ou plus ancien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddclient 3.11 or 4.x</source>
        <translation>ddclient 3.11 ou 4.x</translation>
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
        <translation>ddclient 3.10 et 4.x lisent le même fichier différemment (lignes de continuation, hôtes répétés).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the hosts to take over. Their secrets go to the keychain, never to a file.</source>
        <translation>Cochez les hôtes à reprendre. Leurs secrets vont dans le trousseau, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secrets to the keychain</source>
        <translation>Secrets vers le trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings and notes</source>
        <translation>Réglages et remarques</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not imported, and why:</source>
        <translation>Non importé, et pourquoi :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave them as they are</source>
        <translation>Les laisser tels quels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update them with the imported settings</source>
        <translation>Les mettre à jour avec les réglages importés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts Homing already has:</source>
        <translation>Hôtes que Homing a déjà :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once Homing updates your hosts, stop the old client so that the two do not both update them. Run this yourself in a terminal; Homing does not run it:</source>
        <translation>Une fois que Homing met à jour vos hôtes, arrêtez l&apos;ancien client, afin que les deux ne mettent pas à jour les mêmes hôtes. Lancez ceci vous-même dans un terminal ; Homing ne l&apos;exécute pas :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  (%2, readable by root only: choose a copy with &quot;Choose a file…&quot;)</source>
        <translation>%1  (%2, lisible par root uniquement : choisissez une copie avec « Choisir un fichier… »)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No configuration found at the usual places; choose a file below.</source>
        <translation>Aucune configuration trouvée aux emplacements habituels ; choisissez un fichier ci-dessous.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 can be read only by root. Copy it where you can read it, e.g. with
sudo cat %1 &gt; ~/%2
and choose the copy.</source>
        <translation>%1 n&apos;est lisible que par root. Copiez-le à un endroit où vous pouvez le lire, par exemple avec
sudo cat %1 &gt; ~/%2
puis choisissez la copie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a configuration to import</source>
        <translation>Choisir une configuration à importer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
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
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: missing, enter it later</source>
        <translation>%1 : manquant, à saisir plus tard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last published %1</source>
        <translation>dernière publication %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already configured</source>
        <translation>déjà configuré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No address source to add: Homing&apos;s own sources detect the address.</source>
        <translation>Aucune source d&apos;adresse à ajouter : les sources propres à Homing détectent l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address sources to add: %1</source>
        <translation>Sources d&apos;adresse à ajouter : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything in the file can be imported.</source>
        <translation>Tout le contenu du fichier peut être importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read %1 as %2 %3.</source>
        <translation>%1 lu comme %2 %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick at least one host.</source>
        <translation>Cochez au moins un hôte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing the secrets in the keychain…</source>
        <translation>Enregistrement des secrets dans le trousseau…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n host(s) added.</source>
        <translation>
            <numerusform>%n hôte ajouté.</numerusform>
            <numerusform>%n hôtes ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) updated.</source>
        <translation>
            <numerusform>%n hôte mis à jour.</numerusform>
            <numerusform>%n hôtes mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left as they were: %1.</source>
        <translation>Laissés tels quels : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n secret(s) stored in the keychain.</source>
        <translation>
            <numerusform>%n secret enregistré dans le trousseau.</numerusform>
            <numerusform>%n secrets enregistrés dans le trousseau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n address source(s) added.</source>
        <translation>
            <numerusform>%n source d&apos;adresse ajoutée.</numerusform>
            <numerusform>%n sources d&apos;adresse ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) start from the address the old client last published, so nothing is sent until it changes.</source>
        <translation>
            <numerusform>%n hôte part de l&apos;adresse que l&apos;ancien client a publiée en dernier ; rien n&apos;est donc envoyé tant qu&apos;elle ne change pas.</numerusform>
            <numerusform>%n hôtes partent de l&apos;adresse que l&apos;ancien client a publiée en dernier ; rien n&apos;est donc envoyé tant qu&apos;elle ne change pas.</numerusform>
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
        <translation>Adresses publiques</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+94"/>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Add host…</source>
        <translation>&amp;Ajouter un hôte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit host…</source>
        <translation>&amp;Modifier l&apos;hôte…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove host…</source>
        <translation>&amp;Supprimer l&apos;hôte…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>&amp;Update now</source>
        <translation>Mettre à &amp;jour maintenant</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+122"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>&amp;Import configuration…</source>
        <translation>&amp;Importer une configuration…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit Homing</source>
        <translation>&amp;Quitter Homing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Homing</source>
        <translation>&amp;Homing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H&amp;osts</source>
        <translation>H&amp;ôtes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;h2&gt;No hosts yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun hôte pour l&apos;instant&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the host name you want to keep pointing at this machine.
Homing will update it whenever your public address changes.</source>
        <translation>Ajoutez le nom d&apos;hôte qui doit toujours pointer vers cette machine.
Homing le met à jour chaque fois que votre adresse publique change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add your first host…</source>
        <translation>Ajouter votre premier hôte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from ddclient, inadyn, ddns-updater or ddns-go…</source>
        <translation>Importer depuis ddclient, inadyn, ddns-updater ou ddns-go…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Update all now</source>
        <translation>Tout mettre à &amp;jour maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1 needs you.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 a besoin de vous.&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>Homing::NotificationCenter</name>
    <message>
        <location filename="../ui/notify/notificationcenter.cpp" line="+57"/>
        <source>Your public IPv4 address changed</source>
        <translation>Votre adresse IPv4 publique a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your public IPv6 address changed</source>
        <translation>Votre adresse IPv6 publique a changé</translation>
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
        <translation>Aucun hôte ne suit cette adresse.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Followed by %n host(s): %1</source>
        <translation>
            <numerusform>Suivie par %n hôte : %1</numerusform>
            <numerusform>Suivie par %n hôtes : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs your attention</source>
        <translation>%1 demande votre attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Homing to see what happened.</source>
        <translation>Ouvrez Homing pour voir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is working again</source>
        <translation>%1 fonctionne de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider accepted the update; nothing more to do.</source>
        <translation>Le fournisseur a accepté la mise à jour ; il n&apos;y a rien d&apos;autre à faire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → no record</source>
        <translation>%1 → aucun enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zone&apos;s name servers no longer answer the address Homing published.</source>
        <translation>Les serveurs de noms de la zone ne répondent plus l&apos;adresse publiée par Homing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The zone&apos;s name servers answer an address Homing did not publish.</source>
        <translation>Les serveurs de noms de la zone répondent une adresse que Homing n&apos;a pas publiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homing is sending its address again.</source>
        <translation>Homing envoie de nouveau son adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Restore to send Homing&apos;s address again.</source>
        <translation>Choisissez « Restaurer » pour envoyer de nouveau l&apos;adresse de Homing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed behind your back</source>
        <translation>%1 a été modifié à votre insu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People whose lookups end at those servers reach another machine. The host&apos;s timeline says which server answers what.</source>
        <translation>Les personnes dont les recherches aboutissent à ces serveurs atteignent une autre machine. L&apos;historique de l&apos;hôte indique quel serveur répond quoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the name servers answer another address</source>
        <translation>%1 : les serveurs de noms répondent une autre adresse</translation>
    </message>
</context>
<context>
    <name>Homing::SecretProblem</name>
    <message>
        <location filename="../ui/secretproblem.cpp" line="+21"/>
        <source>No keychain is available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homing keeps passwords in the desktop keychain (the Secret Service), but none is running in this session. Start GNOME Keyring or KWallet (on Debian: install gnome-keyring and log in again), then press Save again. On a machine without a keychain you can choose to keep secrets in a private file instead, in Settings.</source>
        <translation>Homing conserve les mots de passe dans le trousseau du bureau (le Secret Service), mais aucun ne tourne dans cette session. Lancez GNOME Keyring ou KWallet (sous Debian : installez gnome-keyring et reconnectez-vous), puis cliquez à nouveau sur Enregistrer. Sur une machine sans trousseau, vous pouvez choisir dans les Paramètres de garder les secrets dans un fichier privé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked</source>
        <translation>Le trousseau est verrouillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your keyring is locked, so the password could not be stored. Unlock it (for example by opening &quot;Passwords and Keys&quot; and entering your login password), then press Save again.</source>
        <translation>Votre trousseau est verrouillé, le mot de passe n&apos;a donc pas pu être enregistré. Déverrouillez-le (par exemple en ouvrant « Mots de passe et clés » et en saisissant votre mot de passe de session), puis cliquez à nouveau sur Enregistrer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keychain was refused</source>
        <translation>L&apos;accès au trousseau a été refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain refused to let Homing store the password, or the request was cancelled. Press Save again and allow access when the keychain asks.</source>
        <translation>Le trousseau a refusé que Homing enregistre le mot de passe, ou la demande a été annulée. Cliquez à nouveau sur Enregistrer et autorisez l&apos;accès quand le trousseau le demande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain did not answer</source>
        <translation>Le trousseau n&apos;a pas répondu</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for you to answer a prompt (such as unlocking the keyring); answer it, then press Save again.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde. Il attend peut-être que vous répondiez à une demande (comme le déverrouillage du trousseau) ; répondez-y, puis cliquez à nouveau sur Enregistrer.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes. Il attend peut-être que vous répondiez à une demande (comme le déverrouillage du trousseau) ; répondez-y, puis cliquez à nouveau sur Enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password was not found</source>
        <translation>Le mot de passe est introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password is stored for this host in %1. Enter it again and press Save.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour cet hôte dans %1. Saisissez-le à nouveau et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain reported an error</source>
        <translation>Le trousseau a signalé une erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported: %2
Press Save to try again.</source>
        <translation>%1 a signalé : %2
Cliquez sur Enregistrer pour réessayer.</translation>
    </message>
</context>
<context>
    <name>Homing::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+60"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing shows the chosen language the next time it starts.</source>
        <translation>Homing affichera la langue choisie au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Homing settings</source>
        <translation>Paramètres de Homing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Homing when I &amp;log in</source>
        <translation>Lancer Homing à l&apos;ou&amp;verture de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;minimized to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notify when a host &amp;needs my attention</source>
        <translation>Avertir quand un hôte demande mon a&amp;ttention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify when a host &amp;works again</source>
        <translation>Avertir quand un hôte fonctionne de &amp;nouveau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking and updating</source>
        <translation>Vérification et mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the public address every (seconds)</source>
        <translation>Vérifier l&apos;adresse publique toutes les (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address &amp;every:</source>
        <translation>Vérifier l&apos;adresse toutes l&amp;es :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address sources</source>
        <translation>Sources d&apos;adresse</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Address so&amp;urces:</source>
        <translation>&amp;Sources d&apos;adresse :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources that must ag&amp;ree:</source>
        <translation>Sources devant &amp;concorder :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Log le&amp;vel:</source>
        <translation>Niveau de &amp;journalisation :</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>How many sources must agree before a changed address is published.</source>
        <translation>Combien de sources doivent concorder avant qu&apos;une adresse modifiée soit publiée.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Notify when the pu&amp;blic address changes</source>
        <translation>Avertir quand l&apos;adresse pu&amp;blique change</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a web or DNS echo service, an interface, the router or a command.</source>
        <translation>Ajouter un service d&apos;écho web ou DNS, une interface, le routeur ou une commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected source.</source>
        <translation>Modifier la source sélectionnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected source.</source>
        <translation>Supprimer la source sélectionnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>Essa&amp;yer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the selected source once now, as it is set here.</source>
        <translation>Interroger une fois maintenant la source sélectionnée, telle qu&apos;elle est réglée ici.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;history for:</source>
        <translation>Conserver l&apos;&amp;historique pendant :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop keychain (recommended)</source>
        <translation>Trousseau du bureau (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private file readable only by me (no keychain on this machine)</source>
        <translation>Fichier privé lisible par moi seul (pas de trousseau sur cette machine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing this does not move passwords already stored; enter them again.</source>
        <translation>Ce changement ne déplace pas les mots de passe déjà enregistrés ; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;passwords in:</source>
        <translation>Garder les mots de &amp;passe dans :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings only</source>
        <translation>Avertissements seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug (secrets stay redacted)</source>
        <translation>Débogage (les secrets restent masqués)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier le &amp;diagnostic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies version, settings and host states to the clipboard, with secrets removed.</source>
        <translation>Copie la version, les réglages et l&apos;état des hôtes dans le presse-papiers, sans les secrets.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 is the only enabled address source; Homing needs at least one. Add or enable another source first.</source>
        <translation>%1 est la seule source d&apos;adresse activée ; Homing en a besoin d&apos;au moins une. Ajoutez ou activez d&apos;abord une autre source.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes its address from %2 only; choose another source for it in the host editor first.</source>
        <translation>%1 ne prend son adresse que de %2 ; choisissez-lui d&apos;abord une autre source dans l&apos;éditeur d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was not asked: %2</source>
        <translation>%1 n&apos;a pas été interrogée : %2</translation>
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
        <translation>%1 n&apos;a donné aucune adresse %2 : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 a répondu %2 pour %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing publishes it only for hosts that allow private addresses.</source>
        <translation>Homing ne la publie que pour les hôtes qui autorisent les adresses privées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homing does not publish it: %1.</source>
        <translation>Homing ne la publie pas : %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enable at least one address source.</source>
        <translation>Activez au moins une source d&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>Homing::SingleInstance</name>
    <message>
        <location filename="../ui/platform/singleinstance.cpp" line="+98"/>
        <source>The running Homing refused the request.</source>
        <translation>Le Homing en cours d&apos;exécution a refusé la demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homing is already running but does not answer (%1).</source>
        <translation>Homing est déjà lancé mais ne répond pas (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homing is already running but did not answer in time.</source>
        <translation>Homing est déjà lancé mais n&apos;a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>Homing::SourceEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/sourceeditordialog.cpp" line="+112"/>
        <source>Add address source</source>
        <translation>Ajouter une source d&apos;adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Web echo service (HTTPS)</source>
        <translation>Service d&apos;écho web (HTTPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS echo service</source>
        <translation>Service d&apos;écho DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network interface of this machine</source>
        <translation>Interface réseau de cette machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router (UPnP-IGD)</source>
        <translation>Routeur (UPnP-IGD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command that prints the address</source>
        <translation>Commande qui affiche l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv&amp;4 URL:</source>
        <translation>URL IPv&amp;4 :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv&amp;6 URL:</source>
        <translation>URL IPv&amp;6 :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognize it (any of the ones below)</source>
        <translation>Reconnaître (l&apos;un des formats ci-dessous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just the address</source>
        <translation>L&apos;adresse seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON with an &quot;ip&quot; field</source>
        <translation>JSON avec un champ « ip »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloudflare trace (ip=…)</source>
        <translation>Trace Cloudflare (ip=…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checkip page (Current IP Address: …)</source>
        <translation>Page checkip (Current IP Address: …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer &amp;format:</source>
        <translation>&amp;Format de réponse :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave a URL empty to not ask for that family. Plain http:// is accepted only for a server on this machine.</source>
        <translation>Laissez une URL vide pour ne pas interroger cette famille. Le simple http:// n&apos;est accepté que pour un serveur sur cette machine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv&amp;4 server:</source>
        <translation>Serveur IPv&amp;4 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv&amp;6 server:</source>
        <translation>Serveur IPv&amp;6 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location line="+6"/>
        <source>&amp;Timeout (ms):</source>
        <translation>&amp;Délai (ms) :</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Leave a server empty to not ask for that family.</source>
        <translation>Laissez un serveur vide pour ne pas interroger cette famille.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every interface but loopback</source>
        <translation>toutes les interfaces sauf loopback</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stable (kept while the prefix stays)</source>
        <translation>Stable (conservée tant que le préfixe reste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary (the privacy address)</source>
        <translation>Temporaire (l&apos;adresse de confidentialité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This prefix with a fixed interface identifier</source>
        <translation>Ce préfixe avec un identifiant d&apos;interface fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6 &amp;policy:</source>
        <translation>&amp;Politique IPv6 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface i&amp;dentifier:</source>
        <translation>Identifiant d&apos;interfa&amp;ce :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discovery address:</source>
        <translation>Adresse de déc&amp;ouverte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discovery p&amp;ort:</source>
        <translation>Port de découve&amp;rte :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks the router on this network for its WAN address. IPv4 only.</source>
        <translation>Demande au routeur de ce réseau son adresse WAN. IPv4 seulement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs without a shell; {family} in the arguments becomes ipv4 or ipv6. The program must print one address.</source>
        <translation>S&apos;exécute sans shell ; {family} dans les arguments devient ipv4 ou ipv6. Le programme doit afficher une adresse.</translation>
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
        <translation>Demander :</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit address source %1</source>
        <translation>Modifier la source d&apos;adresse %1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>DNS, %1</source>
        <translation>DNS, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every interface</source>
        <translation>toutes les interfaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface %1</source>
        <translation>interface %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the router, over UPnP</source>
        <translation>le routeur, par UPnP</translation>
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
        <translation>&amp;Ouvrir Homing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update all now</source>
        <translation>Tout mettre à &amp;jour maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>&amp;Pause all</source>
        <translation>Tout mettre en pa&amp;use</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no hosts yet</source>
        <translation>aucun hôte pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Homing — %1</source>
        <translation>Homing — %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Resume all</source>
        <translation>Tout &amp;reprendre</translation>
    </message>
</context>
<context>
    <name>Homing::UiSettings</name>
    <message>
        <location filename="../ui/settings/uisettings.cpp" line="+81"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged (%2); the defaults are used and the file is left as it is.</source>
        <translation>%1 est endommagé (%2) ; les valeurs par défaut sont utilisées et le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was written by a newer Homing (schema %2); the defaults are used and the file is left as it is.</source>
        <translation>%1 a été écrit par un Homing plus récent (schéma %2) ; les valeurs par défaut sont utilisées et le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/homing/main.cpp" line="+71"/>
        <source>Homing: keeps dynamic DNS host names pointing at this machine.</source>
        <translation>Homing : garde les noms d&apos;hôte DNS dynamiques pointés vers cette machine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep config, state and history in DIR.</source>
        <translation>Garder la configuration, l&apos;état et l&apos;historique dans DIR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in the tray, without the window.</source>
        <translation>Démarrer dans la zone de notification, sans la fenêtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log debug messages (secrets stay redacted).</source>
        <translation>Journaliser les messages de débogage (les secrets restent masqués).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds from start to the tray icon (for benchmarks).</source>
        <translation>Afficher les millisecondes entre le démarrage et l&apos;icône de notification (pour les mesures de performance).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>Homing cannot start</source>
        <translation>Homing ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1

The file was left as it is.</source>
        <translation>%1

Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Homing quits</source>
        <translation>Homing se ferme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Homing is already running; its window was shown.</source>
        <translation>Homing est déjà lancé ; sa fenêtre a été affichée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Homing is already running</source>
        <translation>Homing est déjà lancé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

If the agent homingd runs for this user, stop it first (systemctl --user stop homingd), so the two do not update the same hosts.</source>
        <translation>%1

Si l&apos;agent homingd tourne pour cet utilisateur, arrêtez-le d&apos;abord (systemctl --user stop homingd), pour que les deux ne mettent pas à jour les mêmes hôtes.</translation>
    </message>
</context>
</TS>
