<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/ops/about.py" line="89" />
        <location filename="../../ui/ops/about.py" line="90" />
        <source>About AccessPoint</source>
        <translation>À propos d'AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="93" />
        <source>About, getting started and licences</source>
        <translation>À propos, premiers pas et licences</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="96" />
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="97" />
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="98" />
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="32" />
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="35" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="37" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="41" />
        <source>Signs in with</source>
        <translation>Se connecte avec</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="42" />
        <source>PIN (6+ digits)</source>
        <translation>Code PIN (6 chiffres ou plus)</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="43" />
        <source>Password (10+ characters)</source>
        <translation>Mot de passe (10 caractères ou plus)</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="47" />
        <source>First PIN or password</source>
        <translation>Premier code PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="49" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="50" />
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="51" />
        <source>Signs in &amp;with:</source>
        <translation>Se connecte a&amp;vec :</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="52" />
        <source>First &amp;PIN or password:</source>
        <translation>Premier code &amp;PIN ou mot de passe :</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="47" />
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="53" />
        <source>Items that need attention</source>
        <translation>Éléments à traiter</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="55" />
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="58" />
        <source>Why this needs attention</source>
        <translation>Pourquoi cet élément est à traiter</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>This hub's version</source>
        <translation>Version de ce centre</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Council server's version</source>
        <translation>Version du serveur de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="64" />
        <source>Both versions, field by field</source>
        <translation>Les deux versions, champ par champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="68" />
        <source>&amp;Keep this hub's version</source>
        <translation>&amp;Garder la version de ce centre</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="69" />
        <source>Keep this hub's version</source>
        <translation>Garder la version de ce centre</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="70" />
        <source>&amp;Take the council's version</source>
        <translation>&amp;Prendre la version de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="71" />
        <source>Take the council server's version</source>
        <translation>Prendre la version du serveur de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="72" />
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="73" />
        <source>Send it again (after fixing the record)</source>
        <translation>Renvoyer (après avoir corrigé l'enregistrement)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="74" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Classer (traité)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="75" />
        <source>Dismiss: seen and dealt with</source>
        <translation>Classer : vu et traité</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="100" />
        <source>{status}: {kind} {record}</source>
        <translation>{status} : {kind} {record}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="106" />
        <source>Needs attention: {count}</source>
        <translation>À traiter : {count}</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="26" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="27" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="28" />
        <source>Hub</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="29" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="30" />
        <source>Member type</source>
        <translation>Type de membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="31" />
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="48" />
        <source>Hours by</source>
        <translation>Heures par</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="49" />
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="50" />
        <source>Show the time audit</source>
        <translation>Afficher l'audit du temps</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="51" />
        <source>Save as CS&amp;V…</source>
        <translation>Enregistrer en CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="52" />
        <source>Save the time audit as CSV</source>
        <translation>Enregistrer l'audit du temps en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="55" />
        <source>Time audit summary</source>
        <translation>Résumé de l'audit du temps</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="57" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="58" />
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="59" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="63" />
        <source>Time audit</source>
        <translation>Audit du temps</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>T&amp;o</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="70" />
        <source>&amp;By</source>
        <translation>&amp;Par</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="96" />
        <source>{0} given by {1} active members; {2} new members joined.</source>
        <translation>{0} donné par {1} membres actifs ; {2} nouveaux membres inscrits.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="108" />
        <source>Save time audit</source>
        <translation>Enregistrer l'audit du temps</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="109" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="116" />
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/security/audit_view.py" line="38" />
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="39" />
        <source>Anyone</source>
        <translation>Tout utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="44" />
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="45" />
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="49" />
        <source>Kind of record</source>
        <translation>Type d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="50" />
        <source>person, enquiry, user…</source>
        <translation>personne, demande, utilisateur…</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="53" />
        <source>Record id</source>
        <translation>Identifiant de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="58" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="61" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="62" />
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="65" />
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="66" />
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="67" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="68" />
        <source>Record &amp;id:</source>
        <translation>&amp;Identifiant de l'enregistrement :</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="73" />
        <source>&amp;From / to:</source>
        <translation>&amp;De / à :</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="78" />
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="81" />
        <source>Audit events</source>
        <translation>Événements d'audit</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="92" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../ui/services.py" line="312" />
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/services.py" line="315" />
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="227" />
        <source>Show as table</source>
        <translation>Afficher sous forme de tableau</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="229" />
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="230" />
        <source>Save data as CSV…</source>
        <translation>Enregistrer les données en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="252" />
        <source>%1 chart</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="254" />
        <source>%1 data</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="255" />
        <source>Show %1 as a table</source>
        <translation>Afficher %1 sous forme de tableau</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="256" />
        <source>Save %1 as PNG</source>
        <translation>Enregistrer %1 en PNG</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="257" />
        <source>Save the data of %1 as CSV</source>
        <translation>Enregistrer les données de %1 en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="258" />
        <source>Nothing to show for these dates and hub.</source>
        <translation>Rien à afficher pour ces dates et ce centre.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="264" />
        <source>Legend of %1</source>
        <translation>Légende de %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="300" />
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="303" />
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="304" />
        <source>{axis}: {count} shown; totals {totals}.</source>
        <translation>{axis} : {count} affichés ; totaux {totals}.</translation>
    </message>
</context>
<context>
    <name>ConsentRenewalsView</name>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="34" />
        <source>Consents due for renewal</source>
        <translation>Consentements à renouveler</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="38" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="39" />
        <source>Show consents lapsing within this many days</source>
        <translation>Afficher les consentements qui expirent dans ce nombre de jours</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="40" />
        <source>&amp;Lapsing within:</source>
        <translation>&amp;Expirant d'ici :</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="43" />
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="44" />
        <source>All purposes</source>
        <translation>Toutes les finalités</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="47" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="49" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Resident</source>
        <translation>Habitant</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Renew by</source>
        <translation>À renouveler avant le</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="58" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="61" />
        <source>Consents to renew</source>
        <translation>Consentements à renouveler</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="69" />
        <source>Choose a resident to see the wording.</source>
        <translation>Choisissez un habitant pour voir le texte.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="74" />
        <source>Wording to read to the resident again</source>
        <translation>Texte à relire à l'habitant</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="77" />
        <source>Re&amp;new: the resident agrees</source>
        <translation>Re&amp;nouveler : l'habitant est d'accord</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="78" />
        <source>&amp;Withdraw this consent</source>
        <translation>&amp;Retirer ce consentement</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="85" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Keep a record</source>
        <translation>Conserver un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Share with a service</source>
        <translation>Partager avec un service</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="105" />
        <source>Contact later</source>
        <translation>Recontacter plus tard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="116" />
        <source>Lapsed %n day(s) ago</source>
        <translation>
            <numerusform>Expiré depuis %n jour(s)</numerusform>
            <numerusform>Expiré depuis %n jour(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="118" />
        <source>Lapses today</source>
        <translation>Expire aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="119" />
        <source>Lapses in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour(s)</numerusform>
            <numerusform>Expire dans %n jour(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="129" />
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="138" />
        <source>No consents lapse in this period.</source>
        <translation>Aucun consentement n'expire pendant cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="160" />
        <source> (not available in their language; this is the English wording)</source>
        <translation> (non disponible dans sa langue ; voici le texte anglais)</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="161" />
        <source>Rea&amp;d this to {name} again ({lang}){note}:</source>
        <translation>Relisez ceci à {name} (&amp;{lang}){note} :</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="174" />
        <source>Renewed for {name} until {date}.</source>
        <translation>Renouvelé pour {name} jusqu'au {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="190" />
        <source>Withdrawn for {name}: nothing more is done under it from now on.</source>
        <translation>Retiré pour {name} : plus rien n'est fait sur cette base à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/ops/crash.py" line="126" />
        <location filename="../../ui/ops/crash.py" line="146" />
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="131" />
        <source>AccessPoint ran into a problem it did not expect.

Everything you saved is safe, and the form you were filling in is kept as a draft. You can carry on working, or close AccessPoint and open it again.</source>
        <translation>AccessPoint a rencontré un problème inattendu.

Tout ce que vous avez enregistré est en sécurité, et le formulaire que vous remplissiez est conservé comme brouillon. Vous pouvez continuer à travailler, ou fermer AccessPoint et le rouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="137" />
        <source>A report (with no names or personal details) was saved here:
{path}
If this keeps happening, send it to whoever supports your hub.</source>
        <translation>Un rapport (sans noms ni données personnelles) a été enregistré ici :
{path}
Si cela se reproduit, envoyez-le à la personne qui assure l'assistance de votre centre.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="140" />
        <source>Carry on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="143" />
        <source>Show the report</source>
        <translation>Afficher le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="144" />
        <source>Close AccessPoint</source>
        <translation>Fermer AccessPoint</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/directory/detail.py" line="139" />
        <source>Service details</source>
        <translation>Détails du service</translation>
    </message>
    <message>
        <location filename="../../ui/directory/detail.py" line="149" />
        <source>Choose a service to see its details.</source>
        <translation>Choisissez un service pour voir ses détails.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/directory/page.py" line="37" />
        <location filename="../../ui/directory/page.py" line="76" />
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="42" />
        <source>Directory summary</source>
        <translation>Résumé de l'annuaire</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="43" />
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="44" />
        <source>Report a problem with this entry</source>
        <translation>Signaler un problème concernant cette entrée</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="45" />
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="46" />
        <source>Print or save a slip for this service</source>
        <translation>Imprimer ou enregistrer une fiche pour ce service</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="47" />
        <source>Add local ser&amp;vice…</source>
        <translation>Ajouter un ser&amp;vice local…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="48" />
        <source>Add a hub-local service</source>
        <translation>Ajouter un service local au centre</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="49" />
        <source>I&amp;mport directory…</source>
        <translation>I&amp;mporter l'annuaire…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="50" />
        <source>Import or refresh the directory</source>
        <translation>Importer ou actualiser l'annuaire</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="77" />
        <source>Find a service</source>
        <translation>Rechercher un service</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="78" />
        <source>Referrals to follow up</source>
        <translation>Orientations formelles à suivre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="121" />
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>%n service(s) dans l'annuaire</numerusform>
            <numerusform>%n service(s) dans l'annuaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="123" />
        <source>%n added by this hub</source>
        <translation>
            <numerusform>%n ajouté(s) par ce centre</numerusform>
            <numerusform>%n ajouté(s) par ce centre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="125" />
        <source>%n not verified for over 12 months</source>
        <translation>
            <numerusform>%n non vérifié(s) depuis plus de 12 mois</numerusform>
            <numerusform>%n non vérifié(s) depuis plus de 12 mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="128" />
        <source>%n referral(s) due a follow-up</source>
        <translation>
            <numerusform>%n orientation(s) formelle(s) à suivre</numerusform>
            <numerusform>%n orientation(s) formelle(s) à suivre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="130" />
        <source>The directory is empty: import your council's Open Referral feed with `accesspoint directory import`, or add a local service.</source>
        <translation>L'annuaire est vide : importez le flux Open Referral de votre mairie avec `accesspoint directory import`, ou ajoutez un service local.</translation>
    </message>
</context>
<context>
    <name>EnquiriesPage</name>
    <message>
        <location filename="../../ui/enquiries/page.py" line="30" />
        <location filename="../../ui/enquiries/page.py" line="33" />
        <source>Enquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="35" />
        <source>Record an enquiry</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="36" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="40" />
        <source>Enquiry list</source>
        <translation>Liste des demandes</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="41" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>EnquiryDialog</name>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="91" />
        <source>Enquiry {ref}</source>
        <translation>Demande {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="93" />
        <source>Enquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="96" />
        <source>Enquiry details</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="99" />
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="103" />
        <source>You can read this enquiry and add notes. Changing what was recorded is for staff and coordinators.</source>
        <translation>Vous pouvez lire cette demande et ajouter des notes. Modifier ce qui a été enregistré revient au personnel et aux coordinateurs.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="106" />
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="115" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="119" />
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="120" />
        <source>Add a note (Ctrl+Enter to add)</source>
        <translation>Ajouter une note (Ctrl+Entrée pour ajouter)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="122" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="123" />
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="124" />
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="125" />
        <source>&amp;New note:</source>
        <translation>&amp;Nouvelle note :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="133" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="139" />
        <source>History of edits</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="141" />
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="143" />
        <source>Follow-up done</source>
        <translation>Suivi effectué</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="144" />
        <source>Mark the follow-up done</source>
        <translation>Marquer le suivi comme effectué</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="145" />
        <source>Si&amp;gnpost…</source>
        <translation>Ori&amp;enter…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="146" />
        <source>Signpost to a service</source>
        <translation>Orienter vers un service</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="150" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation>L'orientation arrivera avec la section Annuaire ; pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="151" />
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="152" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="173" />
        <source>{ref} · recorded {when} by {who} · {n} note(s), {r} edit(s)</source>
        <translation>{ref} · enregistrée le {when} par {who} · {n} note(s), {r} modification(s)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="183" />
        <source>{when} · created</source>
        <translation>{when} · création</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="185" />
        <source>no visible change</source>
        <translation>aucun changement visible</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="186" />
        <source>{when} · {who} changed: {what}</source>
        <translation>{when} · {who} a modifié : {what}</translation>
    </message>
</context>
<context>
    <name>EnquiryListView</name>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="64" />
        <source>Reference, name or words</source>
        <translation>Référence, nom ou mots</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="65" />
        <source>Search enquiries</source>
        <translation>Rechercher dans les demandes</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="68" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 31 days</source>
        <translation>31 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="71" />
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="75" />
        <source>Outcome filter</source>
        <translation>Filtre des résultats</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="76" />
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="80" />
        <source>Need filter</source>
        <translation>Filtre des besoins</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="81" />
        <source>Any need</source>
        <translation>Tout besoin</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="89" />
        <source>Follow-up &amp;due</source>
        <translation>Suivi pré&amp;vu</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="90" />
        <source>Only follow-ups due</source>
        <translation>Suivis à faire uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="93" />
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="94" />
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="95" />
        <source>Ou&amp;tcome:</source>
        <translation>Résul&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="96" />
        <source>N&amp;eed:</source>
        <translation>&amp;Besoin :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="105" />
        <source>Enquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="106" />
        <source>Enter opens the selected enquiry</source>
        <translation>Entrée ouvre la demande sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="118" />
        <source>Number of enquiries shown</source>
        <translation>Nombre de demandes affichées</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="120" />
        <source>&amp;Open / edit</source>
        <translation>&amp;Ouvrir / modifier</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="121" />
        <source>Open the selected enquiry</source>
        <translation>Ouvrir la demande sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="122" />
        <source>Follow-up done</source>
        <translation>Suivi effectué</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="123" />
        <source>Mark the follow-up done</source>
        <translation>Marquer le suivi comme effectué</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="124" />
        <source>Si&amp;gnpost…</source>
        <translation>Ori&amp;enter…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="125" />
        <source>Signpost to a service</source>
        <translation>Orienter vers un service</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="129" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation>L'orientation arrivera avec la section Annuaire ; pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="183" />
        <source>Showing {shown} of {total}</source>
        <translation>{shown} affiché(s) sur {total}</translation>
    </message>
</context>
<context>
    <name>EnquiryTableModel</name>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="53" />
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="101" />
        <source>Today {time}</source>
        <translation>Aujourd'hui {time}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="106" />
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="113" />
        <source>safeguarding</source>
        <translation>protection (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="119" />
        <source>{date} (done)</source>
        <translation>{date} (effectué)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="121" />
        <source>{date} (due)</source>
        <translation>{date} (prévu)</translation>
    </message>
</context>
<context>
    <name>EnrolBox</name>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="25" />
        <source>Council server</source>
        <translation>Serveur de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="26" />
        <source>This computer is not enrolled yet.</source>
        <translation>Cet ordinateur n'est pas encore inscrit.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="28" />
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="31" />
        <source>Council server address</source>
        <translation>Adresse du serveur de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="34" />
        <source>Enrolment code</source>
        <translation>Code d'inscription</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="36" />
        <source>Only if the council gave you one</source>
        <translation>Seulement si la mairie vous en a donné un</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="37" />
        <source>Council CA bundle file</source>
        <translation>Fichier du paquet CA de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="38" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="39" />
        <source>Choose the CA bundle file</source>
        <translation>Choisir le fichier du paquet CA</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="42" />
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="43" />
        <source>&amp;Enrol this computer</source>
        <translation>&amp;Inscrire cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="44" />
        <source>Enrol this computer with the code</source>
        <translation>Inscrire cet ordinateur avec le code</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="47" />
        <source>Enrolment result</source>
        <translation>Résultat de l'inscription</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="51" />
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="52" />
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Code d'inscription :</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="53" />
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="61" />
        <source>CA b&amp;undle:</source>
        <translation>Paquet d'a&amp;utorités de certification (CA) :</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="72" />
        <source>Enrolled with {url} as hub “{hub}”. The device key is kept in this computer's secure password store.</source>
        <translation>Inscrit auprès de {url} comme centre « {hub} ». La clé de l'appareil est conservée dans le magasin de mots de passe sécurisé de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="75" />
        <source>&amp;Enrol again</source>
        <translation>&amp;Réinscrire</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="79" />
        <source>This computer is not enrolled yet. Ask the council for an enrolment code.</source>
        <translation>Cet ordinateur n'est pas encore inscrit. Demandez un code d'inscription à la mairie.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="90" />
        <source>Council CA bundle</source>
        <translation>Paquet CA de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="91" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="98" />
        <source>Enter the server address and the enrolment code.</source>
        <translation>Saisissez l'adresse du serveur et le code d'inscription.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="101" />
        <source>Enrolling…</source>
        <translation>Inscription…</translation>
    </message>
</context>
<context>
    <name>EqualityForm</name>
    <message>
        <location filename="../../ui/security/equality_form.py" line="35" />
        <source>Equality monitoring (optional)</source>
        <translation>Suivi de l'égalité (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="37" />
        <source>These questions are optional and separate from your enquiry: answering or not makes no difference to the help you get. Answers are not linked to your name or your enquiry and are only ever counted together with others'.</source>
        <translation>Ces questions sont facultatives et indépendantes de votre demande : y répondre ou non ne change rien à l'aide que vous recevez. Les réponses ne sont liées ni à votre nom ni à votre demande, et ne sont jamais comptées qu'avec celles des autres.</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="46" />
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="48" />
        <source>Prefer not to say</source>
        <translation>Je préfère ne pas répondre</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="61" />
        <source>&amp;Save answers</source>
        <translation>&amp;Enregistrer les réponses</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="63" />
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
</context>
<context>
    <name>EqualityReportView</name>
    <message>
        <location filename="../../ui/security/page.py" line="144" />
        <source>Equality monitoring counts</source>
        <translation>Effectifs du suivi de l'égalité</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="145" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="148" />
        <source>Counts only; numbers under 5 are shown as &lt;5.</source>
        <translation>Effectifs uniquement ; les nombres inférieurs à 5 sont affichés « &lt;5 ».</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="156" />
        <source>Responses: {n}</source>
        <translation>Réponses : {n}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/security/rights.py" line="58" />
        <source>Erase this person everywhere</source>
        <translation>Effacer cette personne partout</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="60" />
        <source>This deletes the person's details here and, after sync, at the council and at every other hub. It cannot be undone. Enquiries are kept only as anonymous counts unless you keep one below for a legal reason.</source>
        <translation>Cette action supprime les données de la personne ici et, après synchronisation, à la mairie et dans tous les autres centres. C'est irréversible. Les demandes ne sont conservées que sous forme de décomptes anonymes, sauf si vous en conservez une ci-dessous pour un motif légal.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="66" />
        <source>Reason for erasure</source>
        <translation>Motif de l'effacement</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="67" />
        <source>e.g. resident's request of 3 May (Art. 17)</source>
        <translation>p. ex. demande de l'habitant du 3 mai (art. 17)</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="68" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="79" />
        <source>Keep {ref} ({day})</source>
        <translation>Conserver {ref} ({day})</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="82" />
        <source>safeguarding duty</source>
        <translation>obligation de protection (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="84" />
        <source>Why {ref} is kept</source>
        <translation>Pourquoi {ref} est conservée</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="94" />
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../ui/widgets/field_error.py" line="21" />
        <source>Problem with {field}</source>
        <translation>Problème concernant : {field}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="100" />
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="101" />
        <source>Any need</source>
        <translation>Tout besoin</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="105" />
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="106" />
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="111" />
        <source>Any age</source>
        <translation>Tout âge</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="113" />
        <source>Resident's age</source>
        <translation>Âge de l'habitant</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="114" />
        <source>&amp;Free</source>
        <translation>Gra&amp;tuit</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="115" />
        <source>Free of charge only</source>
        <translation>Gratuit uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="116" />
        <source>Open no&amp;w</source>
        <translation>Ouvert &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="117" />
        <source>Open now only</source>
        <translation>Ouvert maintenant uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="119" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="123" />
        <source>Distance from postcode</source>
        <translation>Distance depuis le code postal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>N&amp;eed:</source>
        <translation>&amp;Besoin :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>A&amp;ge:</source>
        <translation>Â&amp;ge :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>Ne&amp;ar:</source>
        <translation>&amp;Près de :</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/session.py" line="72" />
        <source>Welcome to AccessPoint</source>
        <translation>Bienvenue dans AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="73" />
        <source>This computer is not set up yet. Tell us the name of this hub and your name; you will be its coordinator.</source>
        <translation>Cet ordinateur n'est pas encore configuré. Indiquez-nous le nom de ce centre et votre nom ; vous en serez le coordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="69" />
        <location filename="../../ui/session.py" line="77" />
        <source>Hub name</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="78" />
        <source>for example Riverside Community Centre</source>
        <translation>par exemple Centre social de Riverside</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="72" />
        <location filename="../../ui/session.py" line="80" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="84" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="62" />
        <source>Set up AccessPoint</source>
        <translation>Configurer AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="63" />
        <source>This computer is not set up yet. You will be this hub's coordinator: choose a password (at least 10 characters) or a PIN (at least 6 digits).</source>
        <translation>Cet ordinateur n'est pas encore configuré. Vous serez le coordinateur de ce centre : choisissez un mot de passe (au moins 10 caractères) ou un code PIN (au moins 6 chiffres).</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="73" />
        <source>Pass&amp;word</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="74" />
        <source>P&amp;IN</source>
        <translation>Code P&amp;IN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="76" />
        <source>Password or PIN</source>
        <translation>Mot de passe ou code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="77" />
        <source>Repeat password or PIN</source>
        <translation>Répéter le mot de passe ou le code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="80" />
        <location filename="../../ui/session.py" line="87" />
        <source>&amp;Hub name:</source>
        <translation>&amp;Nom du centre :</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="81" />
        <location filename="../../ui/session.py" line="88" />
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="82" />
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="84" />
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Mot de passe ou code PIN :</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="85" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="88" />
        <source>&amp;Set up</source>
        <translation>&amp;Configurer</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="99" />
        <source>The two entries differ; type them again.</source>
        <translation>Les deux saisies sont différentes ; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="91" />
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="102" />
        <source>Give the hub a name.</source>
        <translation>Donnez un nom au centre.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="104" />
        <source>Give your name.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="51" />
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="53" />
        <source>Follow-ups due today or overdue</source>
        <translation>Suivis prévus aujourd'hui ou en retard</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="55" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="56" />
        <source>Open the follow-up's enquiry</source>
        <translation>Ouvrir la demande de ce suivi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="57" />
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme fait</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="58" />
        <source>Mark the follow-up done</source>
        <translation>Marquer le suivi comme effectué</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/followups.py" line="96" />
        <source>%n follow-up(s) due today or overdue</source>
        <translation>
            <numerusform>%n suivi(s) prévu(s) aujourd'hui ou en retard</numerusform>
            <numerusform>%n suivi(s) prévu(s) aujourd'hui ou en retard</numerusform>
        </translation>
    </message>
<message><source>Anonymous</source><translation>Anonyme</translation></message><message><source>due today</source><translation>prévu aujourd'hui</translation></message><message><source>overdue since {date}</source><translation>en retard depuis le {date}</translation></message></context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../ui/ops/about.py" line="30" />
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="31" />
        <source>AccessPoint keeps a record of the people who come to your hub, what they needed and where you sent them. It works without the internet; everything is saved on this computer as you go.</source>
        <translation>AccessPoint garde une trace des personnes qui viennent dans votre centre, de ce dont elles avaient besoin et des services vers lesquels vous les avez dirigées. Il fonctionne sans internet ; tout est enregistré sur cet ordinateur au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="34" />
        <source>When someone comes in</source>
        <translation>Quand quelqu'un arrive</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="35" />
        <source>1. Open Enquiries and start a new enquiry.</source>
        <translation>1. Ouvrez Demandes et commencez une nouvelle demande.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="36" />
        <source>2. Ask if they are happy for you to keep a record. If not, leave the person out: the enquiry stays anonymous.</source>
        <translation>2. Demandez à la personne si elle accepte que vous gardiez une trace. Si ce n'est pas le cas, n'indiquez pas la personne : la demande reste anonyme.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="38" />
        <source>3. Search for the person by name, phone or postcode before adding them, so nobody is entered twice.</source>
        <translation>3. Recherchez la personne par nom, téléphone ou code postal avant de l'ajouter, afin que personne ne soit enregistré deux fois.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="40" />
        <source>4. Choose what they need, then search the directory for a service and note what you did.</source>
        <translation>4. Choisissez ce dont elle a besoin, puis cherchez un service dans l'annuaire et notez ce que vous avez fait.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="42" />
        <source>5. Save. If they need a call back, set a follow-up date.</source>
        <translation>5. Enregistrez. Si elle a besoin d'être rappelée, fixez une date de suivi.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="43" />
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="44" />
        <source>What you type is kept as a draft, so closing the window or a power cut does not lose it. A copy of everything is made every day in the 'backups' folder.</source>
        <translation>Ce que vous saisissez est conservé comme brouillon : fermer la fenêtre ou une coupure de courant ne le fait pas perdre. Une copie de tout est faite chaque jour dans le dossier 'backups'.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="47" />
        <source>Make the text bigger with Ctrl and +, smaller with Ctrl and -. Every button can be reached with the Tab key.</source>
        <translation>Agrandissez le texte avec Ctrl et +, réduisez-le avec Ctrl et -. Chaque bouton est accessible avec la touche Tab.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="49" />
        <source>If something goes wrong, use Help → Save diagnostic report and send the file to whoever supports your hub. It contains no names or personal details.</source>
        <translation>En cas de problème, utilisez Aide → Enregistrer le rapport de diagnostic et envoyez le fichier à la personne qui assure l'assistance de votre centre. Il ne contient ni noms ni données personnelles.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="58" />
        <source>AccessPoint</source>
        <translation>AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="66" />
        <source>Enquiries, signposting and time credits for community hubs.</source>
        <translation>Demandes, orientation et crédits temps pour les centres de quartier.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="79" />
        <source>AccessPoint is free software under the GNU Affero General Public Licence, version 3 or later. It includes these components:</source>
        <translation>AccessPoint est un logiciel libre sous licence publique générale GNU Affero, version 3 ou ultérieure. Il comprend les composants suivants :</translation>
    </message>
</context>
<context>
    <name>GroupSessionTab</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="155" />
        <source>Session length</source>
        <translation>Durée de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="157" />
        <source>Add a member to the sheet</source>
        <translation>Ajouter un membre à la feuille</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="161" />
        <source>Members on the sign-in sheet</source>
        <translation>Membres sur la feuille de présence</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="165" />
        <source>Lo&amp;g session</source>
        <translation>&amp;Enregistrer la séance</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="166" />
        <source>Log the session for everyone on the sheet</source>
        <translation>Enregistrer la séance pour tous les membres de la feuille</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="169" />
        <source>Members on the sheet</source>
        <translation>Membres sur la feuille</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="171" />
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="172" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="173" />
        <source>Session &amp;length</source>
        <translation>Durée de la &amp;séance</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="174" />
        <source>&amp;Verified by</source>
        <translation>&amp;Vérifié par</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="175" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="176" />
        <source>Add &amp;member</source>
        <translation>Ajouter un &amp;membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="202" />
        <source>{0} is already on the sheet.</source>
        <translation>{0} est déjà sur la feuille.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timebank/log_hours.py" line="224" />
        <source>%n member(s) on the sheet</source>
        <translation>
            <numerusform>%n membre(s) sur la feuille</numerusform>
            <numerusform>%n membre(s) sur la feuille</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="232" />
        <source>{0}: give the time in 15-minute steps, e.g. 1h 30m.</source>
        <translation>{0} : indiquez le temps par tranches de 15 minutes, p. ex. 1h 30m.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="237" />
        <source>Add at least one member to the sheet.</source>
        <translation>Ajoutez au moins un membre à la feuille.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="249" />
        <source>Logged the session: {0} members, {1} in all.</source>
        <translation>Séance enregistrée : {0} membres, {1} au total.</translation>
    </message>
</context>
<context>
    <name>HeldChangesDialog</name>
    <message>
        <location filename="../../ui/sync/held_view.py" line="45" />
        <location filename="../../ui/sync/held_view.py" line="46" />
        <location filename="../../ui/sync/held_view.py" line="54" />
        <source>Changes waiting to be applied</source>
        <translation>Modifications en attente d'application</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="48" />
        <source>These changes came from the council but are not applied on this computer yet. They are kept, not lost, and applied at a later sync once what holds them back is sorted (usually a change made here that has not been sent yet).</source>
        <translation>Ces modifications viennent de la mairie mais ne sont pas encore appliquées sur cet ordinateur. Elles sont conservées, pas perdues, et seront appliquées lors d'une synchronisation ultérieure une fois réglé ce qui les retient (en général une modification faite ici qui n'a pas encore été envoyée).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="52" />
        <source>What these changes are</source>
        <translation>Ce que sont ces modifications</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Why it waits</source>
        <translation>Pourquoi elle attend</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="74" />
        <source>Showing the oldest {shown} of {total}.</source>
        <translation>Affichage des {shown} plus anciennes sur {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="77" />
        <source>How many are shown</source>
        <translation>Combien sont affichées</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="81" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/app.py" line="114" />
        <location filename="../../ui/ops/help_menu.py" line="78" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="83" />
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="88" />
        <source>Save &amp;diagnostic report…</source>
        <translation>Enregistrer le rapport de &amp;diagnostic…</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="91" />
        <source>&amp;About AccessPoint</source>
        <translation>À propos d'&amp;AccessPoint</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/security/lock.py" line="94" />
        <source>AccessPoint is locked</source>
        <translation>AccessPoint est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="96" />
        <source>Sign in to carry on, or choose another name to switch user.</source>
        <translation>Connectez-vous pour continuer, ou choisissez un autre nom pour changer d'utilisateur.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="44" />
        <location filename="../../ui/directory/import_dialog.py" line="45" />
        <source>Import the service directory</source>
        <translation>Importer l'annuaire des services</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="46" />
        <source>An Open Referral UK feed (version 3.0 or 1.0): the council's API address, a .json file or a folder of pages. Services that have gone from the same feed are retired.</source>
        <translation>Un flux Open Referral UK (version 3.0 ou 1.0) : l'adresse de l'API de la mairie, un fichier .json ou un dossier de pages. Les services qui ont disparu de ce même flux sont retirés.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="51" />
        <source>Feed address, file or folder</source>
        <translation>Adresse du flux, fichier ou dossier</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="53" />
        <source>&amp;Feed:</source>
        <translation>F&amp;lux :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="55" />
        <source>F&amp;ile…</source>
        <translation>F&amp;ichier…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="56" />
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="57" />
        <source>F&amp;older…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="58" />
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="60" />
        <source>Import progress</source>
        <translation>Progression de l'importation</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="65" />
        <source>Import status</source>
        <translation>État de l'importation</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="66" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="67" />
        <source>Start the import</source>
        <translation>Lancer l'importation</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="69" />
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="70" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="95" />
        <source>ORUK file</source>
        <translation>Fichier ORUK</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="96" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="101" />
        <source>Folder of ORUK pages</source>
        <translation>Dossier de pages ORUK</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="117" />
        <source>Reading the feed…</source>
        <translation>Lecture du flux…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="153" />
        <source>Done: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation>Terminé : {added} ajouté(s), {changed} modifié(s), {removed} supprimé(s), {unchanged} inchangé(s).</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="156" />
        <source>{n} services were last verified more than 12 months ago.</source>
        <translation>{n} services ont été vérifiés pour la dernière fois il y a plus de 12 mois.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="159" />
        <source>{n} warnings, e.g.: {first}</source>
        <translation>{n} avertissements, p. ex. : {first}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="162" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="168" />
        <source>Cancelled. The directory was not changed.</source>
        <translation>Annulé. L'annuaire n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="170" />
        <source>The import stopped and the directory was not changed: {error}</source>
        <translation>L'importation s'est arrêtée et l'annuaire n'a pas été modifié : {error}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="176" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="92" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="94" />
        <source>&amp;Who? Find the person:</source>
        <translation>&amp;Qui ? Rechercher la personne :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="97" />
        <source>Person chosen</source>
        <translation>Personne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="100" />
        <source>Chan&amp;ge person</source>
        <translation>Chan&amp;ger de personne</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="101" />
        <source>Change person</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="102" />
        <source>New &amp;person…</source>
        <translation>Nou&amp;velle personne…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="103" />
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="105" />
        <source>Add someone who is not found; you are warned about likely duplicates first</source>
        <translation>Ajouter une personne introuvable ; vous êtes d'abord averti des doublons probables</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="106" />
        <source>&amp;Anonymous</source>
        <translation>&amp;Anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="107" />
        <source>Anonymous enquiry</source>
        <translation>Demande anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="109" />
        <source>No name is recorded; the resident gets a reference number instead</source>
        <translation>Aucun nom n'est enregistré ; l'habitant reçoit un numéro de référence à la place</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="122" />
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="127" />
        <source>What they need</source>
        <translation>Ce dont la personne a besoin</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="129" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="133" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="134" />
        <source>What happened, in their words</source>
        <translation>Ce qui s'est passé, avec ses propres mots</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="137" />
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="138" />
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="139" />
        <source>&amp;Needs:</source>
        <translation>&amp;Besoins :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="140" />
        <source>needs</source>
        <translation>besoins</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="141" />
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="142" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="147" />
        <source>How to help</source>
        <translation>Comment aider</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="149" />
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="150" />
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Interprète nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="151" />
        <source>Interpreter needed</source>
        <translation>Interprète nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="153" />
        <source>Accessibility needs</source>
        <translation>Besoins d'accessibilité</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="154" />
        <source>for example large print, wheelchair access</source>
        <translation>par exemple gros caractères, accès en fauteuil roulant</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="159" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="160" />
        <source>Acc&amp;essibility:</source>
        <translation>Acc&amp;essibilité :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="161" />
        <source>accessibility needs</source>
        <translation>besoins d'accessibilité</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="165" />
        <source>Consent (read the words out)</source>
        <translation>Consentement (lisez le texte à voix haute)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="169" />
        <source>Consent to &amp;record</source>
        <translation>Consentement à la &amp;conservation des données</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="170" />
        <source>Consent to &amp;share for a referral</source>
        <translation>Consentement au &amp;partage pour une orientation formelle</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="171" />
        <source>Consent to be &amp;contacted for follow-up</source>
        <translation>Consentement à être rec&amp;ontacté pour un suivi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="178" />
        <source>Wording for {purpose}</source>
        <translation>Texte pour : {purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="188" />
        <source>Urgency and what happens next</source>
        <translation>Urgence et suite à donner</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="190" />
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="191" />
        <source>Sa&amp;feguarding concern</source>
        <translation>Préoccupation de protection (sa&amp;feguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="192" />
        <source>Safeguarding concern</source>
        <translation>Préoccupation de protection (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="197" />
        <source>&lt;b&gt;Safeguarding: do this now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Protection (safeguarding) : à faire maintenant&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="198" />
        <source>Safeguarding: do this now</source>
        <translation>Protection (safeguarding) : à faire maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="205" />
        <source>Safeguarding guidance</source>
        <translation>Conseils de protection (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="209" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="211" />
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="213" />
        <source>DD/MM/YYYY, or +7 for a week from today; leave empty for no follow-up</source>
        <translation>JJ/MM/AAAA, ou +7 pour dans une semaine ; laisser vide pour aucun suivi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="214" />
        <source>DD/MM/YYYY or +7</source>
        <translation>JJ/MM/AAAA ou +7</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="216" />
        <source>A date as DD/MM/YYYY, or +7 for a week from today. Empty: no follow-up.</source>
        <translation>Une date au format JJ/MM/AAAA, ou +7 pour dans une semaine. Vide : pas de suivi.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="219" />
        <source>Follow-up date understood as</source>
        <translation>Date de suivi comprise comme</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="224" />
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="229" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="230" />
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="231" />
        <source>Follow-up da&amp;te:</source>
        <translation>Da&amp;te de suivi :</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="232" />
        <source>follow-up date</source>
        <translation>date de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="235" />
        <source>urgency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="301" />
        <source>Recording for: {who}</source>
        <translation>Enregistrement pour : {who}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="328" />
        <source>(English wording: use the interpreter to explain it.)</source>
        <translation>(Texte en anglais : demandez à l'interprète de l'expliquer.)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="331" />
        <source>English: {text}</source>
        <translation>Anglais : {text}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="339" />
        <source>not a date yet</source>
        <translation>pas encore une date</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="135" />
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="142" />
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="143" />
        <source>Save enquiry</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="145" />
        <source>New enquiry (Ctrl+N)</source>
        <translation>Nouvelle demande (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="146" />
        <source>New enquiry</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="147" />
        <source>Discard (Esc)</source>
        <translation>Abandonner (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="148" />
        <source>Discard this enquiry</source>
        <translation>Abandonner cette demande</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="151" />
        <source>E&amp;quality questions (optional)…</source>
        <translation>Que&amp;stions sur l'égalité (facultatives)…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="152" />
        <source>Equality monitoring questions</source>
        <translation>Questions du suivi de l'égalité</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="154" />
        <source>Optional questions, asked only after the enquiry is saved; kept apart from it</source>
        <translation>Questions facultatives, posées uniquement après l'enregistrement de la demande ; conservées séparément de celle-ci</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="165" />
        <source>Cancel changes (Esc)</source>
        <translation>Annuler les modifications (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="166" />
        <source>Cancel changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="193" />
        <source>Consent is recorded when the enquiry is first saved.</source>
        <translation>Le consentement est enregistré lors du premier enregistrement de la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="244" />
        <source>no name yet</source>
        <translation>pas encore de nom</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="246" />
        <source>An enquiry you had not saved was kept ({what}). Restore it?</source>
        <translation>Une demande que vous n'aviez pas enregistrée a été conservée ({what}). La restaurer ?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="248" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="249" />
        <source>Dis&amp;card it</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="289" />
        <source>Saving the enquiry…</source>
        <translation>Enregistrement de la demande…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="300" />
        <source>an anonymous resident</source>
        <translation>un habitant anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="303" />
        <source>Saved: enquiry {ref} for {name}.</source>
        <translation>Enregistré : demande {ref} pour {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="317" />
        <source>Not saved: {error}. Everything you typed is kept as a draft; try again, and tell your coordinator if it keeps happening.</source>
        <translation>Non enregistré : {error}. Tout ce que vous avez saisi est conservé comme brouillon ; réessayez, et prévenez votre coordinateur si cela se reproduit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/intake.py" line="332" />
        <source>Not saved yet: %n thing(s) to fix, shown in red. Nothing you typed is lost.</source>
        <translation>
            <numerusform>Pas encore enregistré : %n point(s) à corriger, affiché(s) en rouge. Rien de ce que vous avez saisi n'est perdu.</numerusform>
            <numerusform>Pas encore enregistré : %n point(s) à corriger, affiché(s) en rouge. Rien de ce que vous avez saisi n'est perdu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="349" />
        <source>Discard this enquiry?</source>
        <translation>Abandonner cette demande ?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="350" />
        <source>What you have typed will be deleted. Discard it?</source>
        <translation>Ce que vous avez saisi sera supprimé. L'abandonner ?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="8" />
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="9" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="10" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="11" />
        <source>Outreach</source>
        <translation>Action de proximité</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="14" />
        <source>Routine</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="15" />
        <source>Soon (this week)</source>
        <translation>Bientôt (cette semaine)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="16" />
        <source>Urgent (today)</source>
        <translation>Urgent (aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="19" />
        <source>Information given</source>
        <translation>Informations données</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="20" />
        <source>Signposted</source>
        <translation>Orienté(e)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="21" />
        <source>Referred</source>
        <translation>Adressé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="22" />
        <source>Escalated</source>
        <translation>Transmis à un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="23" />
        <source>No suitable service found</source>
        <translation>Aucun service adapté trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="24" />
        <source>Still open</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="31" />
        <source>British Sign Language</source>
        <translation>Langue des signes britannique (BSL)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="32" />
        <source>Twi</source>
        <translation>Twi</translation>
    </message>
</context>
<context>
    <name>LocalServiceDialog</name>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="33" />
        <location filename="../../ui/directory/local_dialog.py" line="34" />
        <source>Add a local service</source>
        <translation>Ajouter un service local</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="35" />
        <source>A service the council directory does not list yet. It is marked local and proposed to the council at the next sync.</source>
        <translation>Un service que l'annuaire de la mairie ne répertorie pas encore. Il est marqué comme local et proposé à la mairie à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>Service name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run &amp;by:</source>
        <translation>Ani&amp;mé par :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="54" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="57" />
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="60" />
        <source>Helps &amp;with:</source>
        <translation>Aide &amp;pour :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="61" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="65" />
        <source>Post&amp;code:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="65" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="73" />
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="74" />
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>&amp;Opens at:</source>
        <translation>&amp;Ouvre à :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>Opens at</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>C&amp;loses at:</source>
        <translation>&amp;Ferme à :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>Closes at</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="77" />
        <source>&amp;Free of charge</source>
        <translation>&amp;Gratuit</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="79" />
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
</context>
<context>
    <name>LogHoursTab</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="81" />
        <source>Member who gave the time</source>
        <translation>Membre qui a donné le temps</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="83" />
        <source>Who benefited</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="84" />
        <source>Another member's number, or an organisation or project</source>
        <translation>Numéro d'un autre membre, ou un organisme ou projet</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="87" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="88" />
        <source>Up and down arrows change it by 15 minutes</source>
        <translation>Les flèches Haut et Bas le modifient de 15 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="89" />
        <source>&amp;Log hours</source>
        <translation>&amp;Enregistrer des heures</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="90" />
        <source>Log hours</source>
        <translation>Enregistrer des heures</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="93" />
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="94" />
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="95" />
        <source>&amp;Who benefited</source>
        <translation>&amp;Bénéficiaires</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="96" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="97" />
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="98" />
        <source>&amp;Verified by</source>
        <translation>&amp;Vérifié par</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="99" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="123" />
        <source>Choose the member who gave the time.</source>
        <translation>Choisissez le membre qui a donné le temps.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="136" />
        <source>Logged {0} for {1}.</source>
        <translation>Enregistré : {0} pour {1}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49" />
        <source>AccessPoint</source>
        <translation>AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Ctrl+1 to Ctrl+6 jump to a section</source>
        <translation>Ctrl+1 à Ctrl+6 : aller à une section</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Current section</source>
        <translation>Section actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <location filename="../../ui/main_window.py" line="75" />
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Something went wrong: {message}</source>
        <translation>Un problème est survenu : {message}</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="103" />
        <source>Member number or name</source>
        <translation>Numéro ou nom du membre</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="70" />
        <source>Choose a member from the list</source>
        <translation>Choisissez un membre dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="73" />
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="76" />
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="77" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="80" />
        <source>Member number / card</source>
        <translation>Numéro / carte de membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Member type</source>
        <translation>Type de membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="82" />
        <source>Interests</source>
        <translation>Centres d'intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="83" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="84" />
        <source>Hubs attended</source>
        <translation>Centres fréquentés</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="85" />
        <source>Employment support</source>
        <translation>Accompagnement vers l'emploi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="94" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="95" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="96" />
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="97" />
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="101" />
        <source>History of earned, spent and given credits</source>
        <translation>Historique des crédits gagnés, dépensés et donnés</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="110" />
        <source>Upcoming opportunities for this member</source>
        <translation>Missions à venir pour ce membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="115" />
        <source>&amp;Print statement…</source>
        <translation>&amp;Imprimer le relevé…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="116" />
        <location filename="../../ui/timebank/members_view.py" line="273" />
        <source>Print statement</source>
        <translation>Imprimer le relevé</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="117" />
        <source>&amp;Log hours</source>
        <translation>&amp;Enregistrer des heures</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="118" />
        <source>Log hours for this member</source>
        <translation>Enregistrer des heures pour ce membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="119" />
        <source>&amp;Redeem a reward</source>
        <translation>&amp;Échanger une récompense</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="120" />
        <source>Redeem a reward for this member</source>
        <translation>Échanger une récompense pour ce membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="121" />
        <source>&amp;Correct selected entry…</source>
        <translation>&amp;Corriger l'écriture sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="123" />
        <source>Correct the selected history entry with a reversing entry</source>
        <translation>Corriger l'écriture sélectionnée de l'historique par une écriture d'annulation</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="126" />
        <source>Print car&amp;d…</source>
        <translation>Imprimer la car&amp;te…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="127" />
        <source>Print member card</source>
        <translation>Imprimer la carte de membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="129" />
        <source>&amp;Edit member…</source>
        <translation>&amp;Modifier le membre…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="130" />
        <source>Edit this member's details</source>
        <translation>Modifier les informations de ce membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="155" />
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="159" />
        <source>Show &amp;older entries</source>
        <translation>Afficher les écritures &amp;plus anciennes</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="160" />
        <source>Show older history entries</source>
        <translation>Afficher les écritures plus anciennes de l'historique</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="170" />
        <source>&amp;Upcoming opportunities</source>
        <translation>Missions à &amp;venir</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="188" />
        <source>Balance: {0} ({1} minutes)</source>
        <translation>Solde : {0} ({1} minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="193" />
        <source>Youth Privilege Card {0}</source>
        <translation>Carte jeune (Youth Privilege Card) {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="194" />
        <source>(none recorded)</source>
        <translation>(aucun enregistré)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="202" />
        <source>Another hub ({0})</source>
        <translation>Autre centre ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="204" />
        <source>Yes: training, mentoring, placements</source>
        <translation>Oui : formation, mentorat, stages</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="205" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="235" />
        <source>Choose the entry to correct in the history.</source>
        <translation>Choisissez l'écriture à corriger dans l'historique.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="239" />
        <source>Correct an entry</source>
        <translation>Corriger une écriture</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="240" />
        <source>Why is “{0}” ({1}) being corrected?</source>
        <translation>Pourquoi « {0} » ({1}) est-il corrigé ?</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="249" />
        <source>Corrected: a reversing entry was added.</source>
        <translation>Corrigé : une écriture d'annulation a été ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="276" />
        <source>Statement sent to the printer.</source>
        <translation>Relevé envoyé à l'imprimante.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="288" />
        <source>Member number or name</source>
        <translation>Numéro ou nom du membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="289" />
        <source>Find a member</source>
        <translation>Rechercher un membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="292" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="293" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="294" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="295" />
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="302" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="315" />
        <source>&amp;New member…</source>
        <translation>&amp;Nouveau membre…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="316" />
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="322" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/people/merge.py" line="40" />
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="41" />
        <source>Find the other record of {name}:</source>
        <translation>Recherchez l'autre fiche de {name} :</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>First name(s)</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="59" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="64" />
        <source>&amp;Merge into the kept record</source>
        <translation>&amp;Fusionner dans la fiche conservée</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="65" />
        <source>Merge into the kept record</source>
        <translation>Fusionner dans la fiche conservée</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="79" />
        <source>That is the same record; choose the other one.</source>
        <translation>C'est la même fiche ; choisissez l'autre.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Merged into it (then hidden)</source>
        <translation>Fusionnée dans celle-ci (puis masquée)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="99" />
        <source>Check these are the same person. Their enquiries and consent records will all be kept under the left-hand record; empty details are filled from the right.</source>
        <translation>Vérifiez qu'il s'agit bien de la même personne. Toutes ses demandes et tous ses consentements seront conservés dans la fiche de gauche ; les informations vides sont complétées avec celles de droite.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="148" />
        <source>Monthly hub report: {hub}, {month}</source>
        <translation>Rapport mensuel du centre : {hub}, {month}</translation>
    </message>
<message><source>Active time bank members</source><translation>Membres actifs de la banque de temps</translation></message><message><source>Enquiries</source><translation>Demandes</translation></message><message><source>Figures are this hub's own records and are not suppressed: do not publish this report. Use Open data for anything public.</source><translation>Les chiffres sont les propres données de ce centre et ne sont pas masqués : ne publiez pas ce rapport. Utilisez les Données ouvertes pour tout ce qui est public.</translation></message><message><source>Follow-ups overdue today</source><translation>Suivis en retard aujourd'hui</translation></message><message><source>Key figures</source><translation>Chiffres clés</translation></message><message><source>Monthly hub report: {hub}</source><translation>Rapport mensuel du centre : {hub}</translation></message><message><source>New time bank members</source><translation>Nouveaux membres de la banque de temps</translation></message><message><source>Referred</source><translation>Adressé(e)</translation></message><message><source>Signposted</source><translation>Orienté(e)</translation></message><message><source>Time bank hours given</source><translation>Heures données à la banque de temps</translation></message><message><source>Unmet needs (no suitable service)</source><translation>Besoins non satisfaits (aucun service adapté)</translation></message><message><source>{month} ({first} to {last}). Produced by AccessPoint on {today}.</source><translation>{month} (du {first} au {last}). Produit par AccessPoint le {today}.</translation></message></context>
<context>
    <name>Needs</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="14" />
        <source>Benefits and Universal Credit</source>
        <translation>Prestations sociales et Universal Credit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="15" />
        <source>Council Tax</source>
        <translation>Impôt local (Council Tax)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="16" />
        <source>Housing and repairs</source>
        <translation>Logement et réparations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="17" />
        <source>Homelessness or risk of it</source>
        <translation>Sans-abrisme ou risque de le devenir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="18" />
        <source>Debt and money</source>
        <translation>Dettes et budget</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="19" />
        <source>Jobs, training and skills</source>
        <translation>Emploi, formation et compétences</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="20" />
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="21" />
        <source>Energy and fuel bills</source>
        <translation>Factures d'énergie et de chauffage</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="22" />
        <source>Physical health</source>
        <translation>Santé physique</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="23" />
        <source>Mental health and wellbeing</source>
        <translation>Santé mentale et bien-être</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="24" />
        <source>Loneliness and social isolation</source>
        <translation>Solitude et isolement social</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="25" />
        <source>Children and families</source>
        <translation>Enfance et familles</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="26" />
        <source>Disability and care</source>
        <translation>Handicap et accompagnement</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="27" />
        <source>Immigration and visas</source>
        <translation>Immigration et visas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="28" />
        <source>Domestic abuse</source>
        <translation>Violences conjugales et intrafamiliales</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="29" />
        <source>Education and learning</source>
        <translation>Éducation et formation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="30" />
        <source>Legal advice</source>
        <translation>Conseil juridique</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="31" />
        <source>Drugs and alcohol</source>
        <translation>Drogues et alcool</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="32" />
        <source>Older people</source>
        <translation>Personnes âgées</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="33" />
        <source>Digital help and access</source>
        <translation>Aide et accès numériques</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="34" />
        <source>Transport</source>
        <translation>Transports</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="35" />
        <source>Adult at risk of harm</source>
        <translation>Adulte en danger</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="36" />
        <source>Child at risk of harm</source>
        <translation>Enfant en danger</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="37" />
        <source>Volunteering and time credits</source>
        <translation>Bénévolat et crédits temps</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="38" />
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>NeedsPicker</name>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="38" />
        <source>Type to filter, Enter to tick</source>
        <translation>Tapez pour filtrer, Entrée pour cocher</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="39" />
        <source>Filter needs</source>
        <translation>Filtrer les besoins</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="41" />
        <source>Enter ticks the first matching need; Down arrow moves to the list</source>
        <translation>Entrée coche le premier besoin correspondant ; flèche Bas pour aller à la liste</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="60" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="61" />
        <source>Space ticks or unticks a need</source>
        <translation>Espace coche ou décoche un besoin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="65" />
        <source>Needs chosen</source>
        <translation>Besoins choisis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="112" />
        <source>Chosen: {needs}</source>
        <translation>Sélection : {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="113" />
        <source>No need chosen yet.</source>
        <translation>Aucun besoin choisi pour l'instant.</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="41" />
        <source>Edit member {0}</source>
        <translation>Modifier le membre {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="42" />
        <source>New time-bank member</source>
        <translation>Nouveau membre de la banque de temps</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="46" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="49" />
        <source>Find a person already known to the hub</source>
        <translation>Rechercher une personne déjà connue du centre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="50" />
        <source>Name, phone or postcode</source>
        <translation>Nom, téléphone ou code postal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="53" />
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="55" />
        <source>&amp;Already known?</source>
        <translation>&amp;Déjà connu(e) ?</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="60" />
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Famil&amp;y name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of &amp;birth</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="67" />
        <source>Post&amp;code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="67" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="72" />
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Young person</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="76" />
        <source>Organisation or project</source>
        <translation>Organisme ou projet</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="78" />
        <source>Member type</source>
        <translation>Type de membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="80" />
        <source>Youth Privilege Card number</source>
        <translation>Numéro de la carte jeune (Youth Privilege Card)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="82" />
        <source>Organisation or project name</source>
        <translation>Nom de l'organisme ou du projet</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="84" />
        <source>e.g. cooking; IT; listening</source>
        <translation>p. ex. cuisine ; informatique ; écoute</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="85" />
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="87" />
        <source>e.g. older people; environment</source>
        <translation>p. ex. personnes âgées ; environnement</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="88" />
        <source>Interests and passions</source>
        <translation>Centres d'intérêt et passions</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="90" />
        <source>Availability: space ticks a time</source>
        <translation>Disponibilités : Espace coche un créneau</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="97" />
        <source>Wants &amp;employment support (training, mentoring, placements)</source>
        <translation>Souhaite un &amp;accompagnement vers l'emploi (formation, mentorat, stages)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="99" />
        <source>Wants employment support</source>
        <translation>Souhaite un accompagnement vers l'emploi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="104" />
        <source>Hubs the member attends: space ticks a hub</source>
        <translation>Centres fréquentés par le membre : Espace coche un centre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="108" />
        <source>Only staff and coordinators can change the hubs a member attends.</source>
        <translation>Seuls le personnel et les coordinateurs peuvent modifier les centres fréquentés par un membre.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="113" />
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="114" />
        <source>Youth Privilege Car&amp;d</source>
        <translation>Carte &amp;jeune (Youth Privilege Card)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="119" />
        <source>H&amp;ubs</source>
        <translation>Cent&amp;res</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="124" />
        <source>The member a&amp;grees to their record being kept</source>
        <translation>Le membre &amp;accepte que sa fiche soit conservée</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="243" />
        <source>Tick at least one hub the member attends.</source>
        <translation>Cochez au moins un centre fréquenté par le membre.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="115" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="116" />
        <source>&amp;Skills</source>
        <translation>Co&amp;mpétences</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="117" />
        <source>&amp;Interests</source>
        <translation>Centres d'&amp;intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="118" />
        <source>A&amp;vailable</source>
        <translation>Disponi&amp;ble</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="125" />
        <source>Consent to keep a record</source>
        <translation>Consentement à la conservation des données</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="130" />
        <source>Save member</source>
        <translation>Enregistrer le membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="161" />
        <source>Another hub ({0})</source>
        <translation>Autre centre ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="222" />
        <source>Using the record already kept for {0}.</source>
        <translation>Utilisation de la fiche déjà conservée pour {0}.</translation>
    </message>
</context>
<context>
    <name>NewOpportunityDialog</name>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="32" />
        <location filename="../../ui/timebank/opportunity_dialog.py" line="33" />
        <source>New opportunity</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="35" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="36" />
        <source>e.g. Befriender needed on Tuesdays</source>
        <translation>p. ex. Besoin d'un bénévole de compagnie le mardi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="38" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="40" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="41" />
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="45" />
        <source>Skills wanted</source>
        <translation>Compétences recherchées</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="46" />
        <source>e.g. listening; driving</source>
        <translation>p. ex. écoute ; conduite</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="48" />
        <source>Interests</source>
        <translation>Centres d'intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="50" />
        <source>When: space ticks a time</source>
        <translation>Quand : Espace coche un créneau</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="63" />
        <source>Training, mentoring or a &amp;placement</source>
        <translation>Formation, mentorat ou &amp;stage</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="64" />
        <source>Employment support opportunity</source>
        <translation>Mission d'accompagnement vers l'emploi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="67" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="68" />
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="69" />
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="70" />
        <source>&amp;Skills wanted</source>
        <translation>&amp;Compétences recherchées</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="71" />
        <source>&amp;Interests</source>
        <translation>Centres d'&amp;intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="72" />
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="73" />
        <source>St&amp;arts</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="74" />
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="79" />
        <source>Save opportunity</source>
        <translation>Enregistrer la mission</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="80" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/people/new_person.py" line="65" />
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>&amp;First name(s):</source>
        <translation>&amp;Prénom(s) :</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>F&amp;amily name:</source>
        <translation>Nom de &amp;famille :</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>P&amp;ostcode:</source>
        <translation>Code p&amp;ostal :</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="83" />
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="94" />
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="96" />
        <source>People who may be the same</source>
        <translation>Personnes qui pourraient être les mêmes</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="97" />
        <source>&amp;Use the selected person</source>
        <translation>&amp;Utiliser la personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="98" />
        <source>Use the selected person</source>
        <translation>Utiliser la personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="105" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="110" />
        <location filename="../../ui/people/new_person.py" line="112" />
        <location filename="../../ui/people/new_person.py" line="135" />
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="168" />
        <source>{who} (same {why})</source>
        <translation>{who} (même {why})</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="173" />
        <source>This may be someone already recorded. Ask them, then use their record or, if it really is someone new, press “Add as a new person”.</source>
        <translation>Cette personne est peut-être déjà enregistrée. Demandez-lui, puis utilisez sa fiche ou, s'il s'agit vraiment d'une nouvelle personne, appuyez sur « Ajouter comme nouvelle personne ».</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="176" />
        <source>Add as a new person</source>
        <translation>Ajouter comme nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="196" />
        <source>Could not add the person: {error}</source>
        <translation>Impossible d'ajouter la personne : {error}</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="36" />
        <source>Opportunity</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="37" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="38" />
        <source>Skills wanted</source>
        <translation>Compétences recherchées</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="39" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="44" />
        <source>Open opportunities</source>
        <translation>Missions ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="46" />
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="47" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="48" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="52" />
        <source>Members ranked for this opportunity</source>
        <translation>Membres classés pour cette mission</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="61" />
        <source>&amp;New opportunity…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="62" />
        <source>Post a new opportunity</source>
        <translation>Publier une nouvelle mission</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="64" />
        <source>&amp;Open member</source>
        <translation>&amp;Ouvrir le membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="65" />
        <source>Open the selected member</source>
        <translation>Ouvrir le membre sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="72" />
        <source>O&amp;pportunities</source>
        <translation>&amp;Missions</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="80" />
        <source>Best &amp;matches (skills, interests, availability, hub)</source>
        <translation>Meilleures &amp;correspondances (compétences, centres d'intérêt, disponibilités, centre)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/people/view.py" line="55" />
        <source>&amp;Find a person:</source>
        <translation>&amp;Rechercher une personne :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="65" />
        <source>Find someone on the left to see their record.</source>
        <translation>Recherchez une personne à gauche pour voir sa fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="67" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="68" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>First name(s):</source>
        <translation>Prénom(s) :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>Family name:</source>
        <translation>Nom de famille :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Date of birth:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Postcode:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Language code:</source>
        <translation>Code de langue :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="77" />
        <source>Accessibility needs:</source>
        <translation>Besoins d'accessibilité :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="88" />
        <location filename="../../ui/people/view.py" line="89" />
        <source>Interpreter needed</source>
        <translation>Interprète nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="91" />
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="92" />
        <source>Save changes to the person</source>
        <translation>Enregistrer les modifications de la personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="93" />
        <source>&amp;New enquiry for them</source>
        <translation>&amp;Nouvelle demande pour cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="94" />
        <source>Record a new enquiry for this person</source>
        <translation>Enregistrer une nouvelle demande pour cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="95" />
        <source>&amp;Merge with another record…</source>
        <translation>&amp;Fusionner avec une autre fiche…</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="96" />
        <source>Merge with another record</source>
        <translation>Fusionner avec une autre fiche</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="98" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="106" />
        <source>Their enquiries</source>
        <translation>Ses demandes</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="107" />
        <source>Their &amp;enquiries (Enter opens one):</source>
        <translation>Ses &amp;demandes (Entrée en ouvre une) :</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="180" />
        <source>No enquiries yet.</source>
        <translation>Aucune demande pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="193" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="201" />
        <source>Not saved: fix what is shown in red.</source>
        <translation>Non enregistré : corrigez ce qui est affiché en rouge.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="215" />
        <source>Records merged.</source>
        <translation>Fiches fusionnées.</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="50" />
        <source>Name, phone, postcode or date of birth</source>
        <translation>Nom, téléphone, code postal ou date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="51" />
        <source>Find a person</source>
        <translation>Rechercher une personne</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="53" />
        <source>Type to search; Down arrow moves to the results, Enter picks one</source>
        <translation>Tapez pour rechercher ; flèche Bas pour aller aux résultats, Entrée pour en choisir un</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="56" />
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="59" />
        <source>Search result count</source>
        <translation>Nombre de résultats de recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/person_search.py" line="109" />
        <source>%n person(s) found; Down arrow to choose, Enter to pick.</source>
        <translation>
            <numerusform>%n personne(s) trouvée(s) ; flèche Bas pour choisir, Entrée pour sélectionner.</numerusform>
            <numerusform>%n personne(s) trouvée(s) ; flèche Bas pour choisir, Entrée pour sélectionner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="111" />
        <source>Nobody found. Check the spelling, or add a new person.</source>
        <translation>Personne n'a été trouvé. Vérifiez l'orthographe ou ajoutez une nouvelle personne.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/sections.py" line="67" />
        <source>The {section} section is not available yet (issue {issue}).</source>
        <translation>La section {section} n'est pas encore disponible (ticket {issue}).</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="73" />
        <source>{section}: not available yet</source>
        <translation>{section} : pas encore disponible</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="84" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="124" />
        <location filename="../../ui/security/login.py" line="133" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="126" />
        <source>Print this recovery key now and keep it locked away, apart from this computer. If this computer's keyring is lost (a new user profile, a rebuilt PC), the key is the only way to open records that have not reached the council yet. Anyone with it and a copy of the data folder can read the records.</source>
        <translation>Imprimez cette clé de récupération maintenant et rangez-la sous clé, à l'écart de cet ordinateur. Si le trousseau de clés de cet ordinateur est perdu (nouveau profil utilisateur, PC réinstallé), la clé est le seul moyen d'ouvrir les fiches qui ne sont pas encore parvenues à la mairie. Toute personne disposant de cette clé et d'une copie du dossier de données peut lire les fiches.</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="136" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="138" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Follow up by</source>
        <translation>Suivi avant le</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Enquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="47" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>made</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>seen</source>
        <translation>vue</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="52" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="52" />
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="53" />
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="78" />
        <source>Open referrals</source>
        <translation>Orientations formelles en cours</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="86" />
        <source>Note about this change</source>
        <translation>Note sur cette modification</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="87" />
        <source>No&amp;te:</source>
        <translation>No&amp;te :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="91" />
        <source>Referrals status</source>
        <translation>État des orientations formelles</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="94" />
        <source>Mark s&amp;ent</source>
        <translation>Marquer &amp;envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="94" />
        <source>Mark see&amp;n</source>
        <translation>Marquer &amp;vue</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="95" />
        <source>A&amp;ccepted</source>
        <translation>&amp;Acceptée</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="96" />
        <source>Decl&amp;ined</source>
        <translation>&amp;Refusée</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="97" />
        <source>Cl&amp;ose</source>
        <translation>C&amp;lôturer</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="99" />
        <source>Set status: {status}</source>
        <translation>Définir l'état : {status}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="128" />
        <source>%n open referral(s)</source>
        <translation>
            <numerusform>%n orientation(s) formelle(s) en cours</numerusform>
            <numerusform>%n orientation(s) formelle(s) en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="129" />
        <source>%n due a follow-up</source>
        <translation>
            <numerusform>%n suivi(s) à faire</numerusform>
            <numerusform>%n suivi(s) à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="28" />
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="29" />
        <source>Report a problem with {name}</source>
        <translation>Signaler un problème concernant {name}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="30" />
        <source>What is wrong with “{name}”? The council will be told at the next sync.</source>
        <translation>Qu'est-ce qui est erroné dans « {name} » ? La mairie en sera informée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="34" />
        <source>What is wrong</source>
        <translation>Ce qui est erroné</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>It has closed</source>
        <translation>Le service a fermé</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>Phone or email is wrong</source>
        <translation>Le téléphone ou l'e-mail est erroné</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="36" />
        <source>Address is wrong</source>
        <translation>L'adresse est erronée</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="37" />
        <source>Opening times are wrong</source>
        <translation>Les horaires d'ouverture sont erronés</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="38" />
        <source>Who it is for is wrong</source>
        <translation>Le public concerné est erroné</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="39" />
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="43" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="45" />
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="47" />
        <source>&amp;Problem:</source>
        <translation>&amp;Problème :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="48" />
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="51" />
        <source>&amp;Send report</source>
        <translation>&amp;Envoyer le rapport</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/reports/words.py" line="24" />
        <source>Enquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="25" />
        <source>Signposting</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="26" />
        <source>Time bank</source>
        <translation>Banque de temps</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="27" />
        <source>Time audit</source>
        <translation>Audit du temps</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="29" />
        <source>Enquiries by channel</source>
        <translation>Demandes par canal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="30" />
        <source>Enquiries by outcome</source>
        <translation>Demandes par résultat</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="31" />
        <source>Enquiries by need (six most common)</source>
        <translation>Demandes par besoin (les six plus fréquents)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="32" />
        <source>Unmet needs by need</source>
        <translation>Besoins non satisfaits par besoin</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="33" />
        <source>Unmet needs by area</source>
        <translation>Besoins non satisfaits par secteur</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="34" />
        <source>Top services signposted and referred</source>
        <translation>Services les plus indiqués et orientés</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="35" />
        <source>Referral outcomes</source>
        <translation>Suites des orientations</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="36" />
        <source>Follow-ups overdue</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="37" />
        <source>Time bank hours by activity</source>
        <translation>Heures de la banque de temps par activité</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="38" />
        <source>Active and new members</source>
        <translation>Membres actifs et nouveaux</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="39" />
        <source>Credits earned and spent</source>
        <translation>Crédits gagnés et dépensés</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="40" />
        <source>Time audit: who gives</source>
        <translation>Audit du temps : qui donne</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="41" />
        <source>Time audit: how much each member gives</source>
        <translation>Audit du temps : combien donne chaque membre</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="42" />
        <source>Time audit: when time is given</source>
        <translation>Audit du temps : quand le temps est donné</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="43" />
        <source>Time audit: where time is given</source>
        <translation>Audit du temps : où le temps est donné</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="45" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="46" />
        <source>ISO week</source>
        <translation>Semaine ISO</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="47" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="48" />
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="49" />
        <source>Needs not met</source>
        <translation>Besoins non satisfaits</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="50" />
        <source>Unmet needs</source>
        <translation>Besoins non satisfaits</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="51" />
        <source>All other needs</source>
        <translation>Tous les autres besoins</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="52" />
        <source>Other needs</source>
        <translation>Autres besoins</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="53" />
        <source>Postcode district</source>
        <translation>District postal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="54" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="55" />
        <source>Times used</source>
        <translation>Nombre d'utilisations</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="56" />
        <source>Signposted</source>
        <translation>Orienté(e)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="57" />
        <source>Referred</source>
        <translation>Adressé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="58" />
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="59" />
        <source>Status now</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="60" />
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="61" />
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="62" />
        <source>Hours given</source>
        <translation>Heures données</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="63" />
        <source>Hours of credit</source>
        <translation>Heures de crédit</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="64" />
        <source>Other activities</source>
        <translation>Autres activités</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="65" />
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="66" />
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="67" />
        <source>New members</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="68" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="69" />
        <source>Earned</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="70" />
        <source>Spent</source>
        <translation>Dépensés</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="71" />
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="72" />
        <source>Hours given in the period</source>
        <translation>Heures données sur la période</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="73" />
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="74" />
        <source>Hub</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="76" />
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="77" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="78" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="79" />
        <source>Outreach</source>
        <translation>Action de proximité</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="80" />
        <source>Information given</source>
        <translation>Informations données</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="81" />
        <source>Escalated</source>
        <translation>Transmis à un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="82" />
        <source>No suitable service</source>
        <translation>Aucun service adapté</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="83" />
        <source>Still open</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="84" />
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="85" />
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="86" />
        <source>Seen</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="87" />
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="88" />
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="89" />
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="90" />
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="91" />
        <source>Young people</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="92" />
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="93" />
        <source>1-7 days</source>
        <translation>1-7 jours</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="94" />
        <source>8-14 days</source>
        <translation>8-14 jours</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="95" />
        <source>15-30 days</source>
        <translation>15-30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="96" />
        <source>Over 30 days</source>
        <translation>Plus de 30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="97" />
        <source>Under 5 h</source>
        <translation>Moins de 5 h</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="98" />
        <source>5-10 h</source>
        <translation>5-10 h</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="99" />
        <source>10-20 h</source>
        <translation>10-20 h</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="100" />
        <source>20-50 h</source>
        <translation>20-50 h</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="101" />
        <source>50 h or more</source>
        <translation>50 h ou plus</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="102" />
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="103" />
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="104" />
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="105" />
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="106" />
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="107" />
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="108" />
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="110" />
        <source>Each enquiry once, by how the resident came.</source>
        <translation>Chaque demande une fois, selon la façon dont le résident est venu.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="111" />
        <source>Each enquiry once, by its outcome now.</source>
        <translation>Chaque demande une fois, selon son résultat actuel.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="112" />
        <source>An enquiry with two needs counts under both.</source>
        <translation>Une demande avec deux besoins compte pour les deux.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="113" />
        <source>"No suitable service found", in the period.</source>
        <translation>« Aucun service adapté trouvé », sur la période.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="114" />
        <source>The ten districts with most unmet needs; "unknown": anonymous or no postcode.</source>
        <translation>Les dix districts avec le plus de besoins non satisfaits ; « unknown » : anonyme ou sans code postal.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="116" />
        <source>Signposting and referrals are not recorded on this device yet.</source>
        <translation>Les indications et orientations ne sont pas encore enregistrées sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="118" />
        <source>The ten services used most in the period.</source>
        <translation>Les dix services les plus utilisés sur la période.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="119" />
        <source>Referrals made in the period, by their status now.</source>
        <translation>Orientations faites sur la période, selon leur statut actuel.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="120" />
        <source>The time bank is not set up on this device yet.</source>
        <translation>La banque de temps n'est pas encore installée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="121" />
        <source>Credits earned for time given, net of corrections.</source>
        <translation>Crédits gagnés pour le temps donné, corrections déduites.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="122" />
        <source>Active: earned or spent credits in the month.</source>
        <translation>Actifs : ont gagné ou dépensé des crédits dans le mois.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="123" />
        <source>Spent: on rewards. Net of corrections.</source>
        <translation>Dépensés : en récompenses. Corrections déduites.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="124" />
        <source>Hours given by members of each type.</source>
        <translation>Heures données par les membres de chaque type.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="125" />
        <source>Members by the hours they gave in the period.</source>
        <translation>Membres selon les heures données sur la période.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="126" />
        <source>By the day the time was given.</source>
        <translation>Selon le jour où le temps a été donné.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="127" />
        <source>By the hub that logged the hours.</source>
        <translation>Selon le centre qui a enregistré les heures.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="140" />
        <source>Whole months, {first} to {last}.</source>
        <translation>Mois entiers, du {first} au {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="145" />
        <source>Not done and past their date, as of {date}.</source>
        <translation>Non faits et en retard, au {date}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="37" />
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="38" />
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="39" />
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="40" />
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="41" />
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="42" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="43" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="74" />
        <source>All hubs</source>
        <translation>Tous les centres</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="83" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="84" />
        <source>Monthly &amp;PDF…</source>
        <translation>&amp;PDF mensuel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="85" />
        <source>&amp;Spreadsheet…</source>
        <translation>&amp;Tableur…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="86" />
        <source>&amp;Open data…</source>
        <translation>Données &amp;ouvertes…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>&amp;Range</source>
        <translation>Pla&amp;ge</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>Fro&amp;m</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="90" />
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="90" />
        <source>&amp;Hub</source>
        <translation>&amp;Centre</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="91" />
        <source>&amp;Group by</source>
        <translation>&amp;Regrouper par</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="100" />
        <source>Dashboard status</source>
        <translation>État du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="108" />
        <source>Refresh the dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="109" />
        <source>Save the monthly hub report as PDF</source>
        <translation>Enregistrer le rapport mensuel du centre en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="111" />
        <source>Save every chart's data as a spreadsheet</source>
        <translation>Enregistrer les données de tous les graphiques dans un tableur</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="113" />
        <source>Export open data with small numbers hidden</source>
        <translation>Exporter les données ouvertes en masquant les petits nombres</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="118" />
        <source>Dashboard sections</source>
        <translation>Sections du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="147" />
        <source>%1 charts</source>
        <translation>Graphiques : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="199" />
        <source>The start date is after the end date.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="219" />
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="231" />
        <source>Reading the records… (step %1)</source>
        <translation>Lecture des enregistrements… (étape %1)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="255" />
        <source>Could not compute the dashboard: %1</source>
        <translation>Impossible de calculer le tableau de bord : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="273" />
        <source>%1 to %2 · computed in %3 ms</source>
        <translation>Du %1 au %2 · calculé en %3 ms</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="324" />
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="325" />
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="330" />
        <source>Save chart data as CSV</source>
        <translation>Enregistrer les données du graphique en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="331" />
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="339" />
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="340" />
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Impossible d'écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="343" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Run by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="67" />
        <source>{km:.1f} km</source>
        <translation>{km:.1f} km</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="68" />
        <source>Phone or online</source>
        <translation>Par téléphone ou en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="69" />
        <source>Address confidential</source>
        <translation>Adresse confidentielle</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="79" />
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="81" />
        <source>not checked for over a year</source>
        <translation>non vérifié depuis plus d'un an</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="89" />
        <source>Last verified {date}: check the details before relying on them.</source>
        <translation>Dernière vérification le {date} : vérifiez les informations avant de vous y fier.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="90" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>RewardsTab</name>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="49" />
        <source>Member spending credits</source>
        <translation>Membre qui dépense des crédits</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="51" />
        <source>Choose a member to see their balance.</source>
        <translation>Choisissez un membre pour voir son solde.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="52" />
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="54" />
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="55" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="56" />
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Financial</source>
        <translation>Financière</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="58" />
        <source>Non-financial</source>
        <translation>Non financière</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="59" />
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="63" />
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="64" />
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="68" />
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="76" />
        <source>&amp;Redeem for this member</source>
        <translation>&amp;Échanger pour ce membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="77" />
        <source>Redeem the selected reward</source>
        <translation>Échanger la récompense sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="82" />
        <source>Voucher code issued</source>
        <translation>Code de bon émis</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="86" />
        <location filename="../../ui/timebank/rewards_view.py" line="93" />
        <source>Give credits</source>
        <translation>Donner des crédits</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="89" />
        <source>Member receiving the gift</source>
        <translation>Membre qui reçoit le don</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="91" />
        <source>Credits to give</source>
        <translation>Crédits à donner</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="92" />
        <source>&amp;Give</source>
        <translation>&amp;Donner</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="95" />
        <source>T&amp;o member</source>
        <translation>&amp;Au membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="110" />
        <source>Minu&amp;tes</source>
        <translation>Minu&amp;tes</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="118" />
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="96" />
        <source>&amp;Amount</source>
        <translation>M&amp;ontant</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="98" />
        <source>Convert to local currency</source>
        <translation>Convertir en monnaie locale</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="103" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="104" />
        <source>Minutes to convert</source>
        <translation>Minutes à convertir</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="106" />
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="107" />
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="108" />
        <source>Convert credits</source>
        <translation>Convertir des crédits</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="111" />
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="113" />
        <source>Check a voucher</source>
        <translation>Vérifier un bon</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="116" />
        <source>Voucher code to check</source>
        <translation>Code du bon à vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="119" />
        <source>Check voucher</source>
        <translation>Vérifier le bon</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="122" />
        <source>Voucher check result</source>
        <translation>Résultat de la vérification du bon</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="125" />
        <source>Vouc&amp;her code</source>
        <translation>Code du bo&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="132" />
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="136" />
        <source>&amp;Voucher:</source>
        <translation>&amp;Bon :</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="173" />
        <source>Balance: {0}</source>
        <translation>Solde : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="175" />
        <source>{0:.2f} {1} an hour</source>
        <translation>{0:.2f} {1} de l'heure</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="176" />
        <source>No rate set up</source>
        <translation>Aucun taux configuré</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="181" />
        <source>Choose the member first.</source>
        <translation>Choisissez d'abord le membre.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="191" />
        <source>Choose a reward in the list.</source>
        <translation>Choisissez une récompense dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="200" />
        <source>{0} redeemed: give the member voucher {1} for {2}.</source>
        <translation>{0} échangé(e) : remettez au membre le bon {1} pour {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="201" />
        <source>the provider</source>
        <translation>le prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="212" />
        <source>Choose who receives the gift.</source>
        <translation>Choisissez qui reçoit le don.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="218" />
        <source>Gave {0} to {1}.</source>
        <translation>Donné : {0} à {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="228" />
        <source>Converted {0}: {1:.2f} {2}.</source>
        <translation>{0} converti(s) : {1:.2f} {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="244" />
        <source>{0} ({1}), member {2}, issued {3}.</source>
        <translation>{0} ({1}), membre {2}, émis le {3}.</translation>
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <location filename="../../ui/security/rights_view.py" line="33" />
        <location filename="../../ui/security/rights_view.py" line="103" />
        <source>Find the resident first.</source>
        <translation>Recherchez d'abord l'habitant.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="35" />
        <source>Chosen resident</source>
        <translation>Habitant choisi</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="38" />
        <source>&amp;Subject access export…</source>
        <translation>E&amp;xport du droit d'accès…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="39" />
        <source>&amp;Withdraw all consent</source>
        <translation>&amp;Retirer tous les consentements</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="40" />
        <source>Legal &amp;hold…</source>
        <translation>Conservation &amp;légale…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="41" />
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="72" />
        <source>Written: {html} and {json}</source>
        <translation>Écrit : {html} et {json}</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="77" />
        <source>Consent withdrawn for {n} purpose(s); nothing more is shared from now on.</source>
        <translation>Consentement retiré pour {n} finalité(s) ; plus rien n'est partagé désormais.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="82" />
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="83" />
        <source>Why must this record be kept?</source>
        <translation>Pourquoi cet enregistrement doit-il être conservé ?</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="91" />
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="93" />
        <source>Legal hold placed: exempt from retention and erasure.</source>
        <translation>Conservation légale appliquée : exclu des règles de conservation et de l'effacement.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="101" />
        <source>Erased. The erasure reaches the council at the next sync.</source>
        <translation>Effacé. L'effacement sera transmis à la mairie à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>Safeguarding</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="42" />
        <source>If anyone is in immediate danger, call 999 now.</source>
        <translation>Si une personne est en danger immédiat, appelez le 999 maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="43" />
        <source>Do not promise to keep it secret; explain who you will tell and why.</source>
        <translation>Ne promettez pas de garder le secret ; expliquez à qui vous allez en parler et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="44" />
        <source>Tell the hub's safeguarding lead today, in person or by phone, and note who you told.</source>
        <translation>Prévenez aujourd'hui le référent protection (safeguarding) du centre, en personne ou par téléphone, et notez à qui vous l'avez dit.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="45" />
        <source>Domestic abuse: the National Domestic Abuse Helpline is 0808 2000 247 (free, 24 hours).</source>
        <translation>Violences conjugales : la ligne nationale d'écoute (National Domestic Abuse Helpline) est joignable au 0808 2000 247 (gratuit, 24 h/24).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="46" />
        <source>Children: the council's children's front door (MASH) takes referrals the same day.</source>
        <translation>Enfants : le service d'accueil enfance de la mairie (MASH) accepte les signalements le jour même.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="47" />
        <source>Never write a refuge address on a slip or in notes.</source>
        <translation>N'écrivez jamais l'adresse d'un foyer d'hébergement pour victimes sur une fiche ou dans les notes.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="181" />
        <source>Search services: words, a need, an organisation</source>
        <translation>Rechercher des services : mots, besoin, organisme</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="182" />
        <source>Search the directory</source>
        <translation>Rechercher dans l'annuaire</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="183" />
        <source>Results update as you type; Down arrow moves to the results</source>
        <translation>Les résultats s'actualisent pendant la saisie ; flèche Bas pour aller aux résultats</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="186" />
        <source>Searc&amp;h:</source>
        <translation>Rec&amp;herche :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="192" />
        <source>Services found</source>
        <translation>Services trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="212" />
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="254" />
        <source>Searched for “{right}” instead of “{wrong}”.</source>
        <translation>Recherche effectuée sur « {right} » au lieu de « {wrong} ».</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="257" />
        <source>Many services match: best name matches first; type more to narrow.</source>
        <translation>De nombreux services correspondent : les meilleures correspondances de nom d'abord ; tapez davantage pour affiner.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="261" />
        <source>No services found. If nothing suits, record it as an unmet need.</source>
        <translation>Aucun service trouvé. Si rien ne convient, enregistrez-le comme besoin non satisfait.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/search_panel.py" line="262" />
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service(s) trouvé(s)</numerusform>
            <numerusform>%n service(s) trouvé(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="263" />
        <source> (showing the first 100)</source>
        <translation> (100 premiers affichés)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="273" />
        <source>“{postcode}” is not a full postcode or district yet.</source>
        <translation>« {postcode} » n'est pas encore un code postal complet ni un secteur.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="276" />
        <source>No position is known for {postcode} or its district, so distances cannot be shown.</source>
        <translation>Aucune position n'est connue pour {postcode} ni pour son secteur ; les distances ne peuvent donc pas être affichées.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="281" />
        <source>{postcode} is not in the postcode table; distances are from the centre of its sector.</source>
        <translation>{postcode} ne figure pas dans la table des codes postaux ; les distances sont calculées depuis le centre de sa zone.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="283" />
        <source>{postcode} is not in the postcode table; distances are from the approximate centre of its district.</source>
        <translation>{postcode} ne figure pas dans la table des codes postaux ; les distances sont calculées depuis le centre approximatif de son secteur.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="29" />
        <source>Enquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="31" />
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="33" />
        <source>Time bank</source>
        <translation>Banque de temps</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="35" />
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="36" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="38" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="40" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="112" />
        <source>It could not be loaded; the log file has the details.</source>
        <translation>Impossible de le charger ; le fichier journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="121" />
        <source>It could not be started; the log file has the details.</source>
        <translation>Impossible de le démarrer ; le fichier journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/security/page.py" line="169" />
        <source>Security settings are for coordinators. Press Ctrl+L to lock the screen when you step away.</source>
        <translation>Les paramètres de sécurité sont réservés aux coordinateurs. Appuyez sur Ctrl+L pour verrouiller l'écran lorsque vous vous absentez.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="180" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="181" />
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="182" />
        <source>&amp;Audit trail</source>
        <translation>Journal d'&amp;audit</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="183" />
        <source>Se&amp;ttings and retention</source>
        <translation>Paramètres et &amp;conservation</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="184" />
        <source>&amp;Residents' rights</source>
        <translation>Droits des &amp;habitants</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="186" />
        <source>&amp;Consent renewals</source>
        <translation>Renouvellement des &amp;consentements</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="187" />
        <source>E&amp;quality</source>
        <translation>É&amp;galité</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="72" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="74" />
        <source>This hub</source>
        <translation>Ce centre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="76" />
        <source>Hub name</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="77" />
        <source>hub name</source>
        <translation>nom du centre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="78" />
        <source>Save &amp;name</source>
        <translation>Enregistrer le &amp;nom</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="79" />
        <source>Save hub name</source>
        <translation>Enregistrer le nom du centre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="81" />
        <source>Hub name status</source>
        <translation>État du nom du centre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="84" />
        <source>Council server</source>
        <translation>Serveur de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="85" />
        <source>Set up on the Sync page</source>
        <translation>Configurer sur la page Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="86" />
        <source>Set up on the S&amp;ync page…</source>
        <translation>Configurer sur la page S&amp;ynchronisation…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="87" />
        <source>Open the Sync page</source>
        <translation>Ouvrir la page Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="95" />
        <source>Hub &amp;name:</source>
        <translation>&amp;Nom du centre :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="98" />
        <source>Council &amp;server:</source>
        <translation>&amp;Serveur de la mairie :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="100" />
        <source>Language and text size (this computer, this user)</source>
        <translation>Langue et taille du texte (cet ordinateur, cet utilisateur)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="102" />
        <source>Language of the app</source>
        <translation>Langue de l'application</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="107" />
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="115" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="116" />
        <source>Ctrl+= and Ctrl+- also change it anywhere</source>
        <translation>Ctrl+= et Ctrl+- la modifient aussi partout</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="118" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="120" />
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="121" />
        <source>High &amp;contrast (white on black, yellow focus)</source>
        <translation>&amp;Contraste élevé (blanc sur noir, focus en jaune)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="122" />
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="123" />
        <source>Ctrl+Shift+H also switches it</source>
        <translation>Ctrl+Shift+H l'active ou le désactive aussi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="127" />
        <source>Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 normal. The window's size and place are remembered.</source>
        <translation>Ctrl+= plus grand, Ctrl+- plus petit, Ctrl+0 normal. La taille et la position de la fenêtre sont mémorisées.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="168" />
        <source>Not set up: working offline</source>
        <translation>Non configuré : travail hors ligne</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="173" />
        <source>Only a coordinator can rename the hub.</source>
        <translation>Seul un coordinateur peut renommer le centre.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="180" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="195" />
        <source>The new language is used the next time AccessPoint starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage d'AccessPoint.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="197" />
        <source>* Not yet checked by a native speaker.</source>
        <translation>* Pas encore relu par une personne de langue maternelle.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/security/page.py" line="44" />
        <source>Lock the screen after minutes</source>
        <translation>Verrouiller l'écran après (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="45" />
        <source>Wrong attempts before lock-out</source>
        <translation>Tentatives erronées avant blocage</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="46" />
        <source>Lock-out minutes</source>
        <translation>Minutes de blocage</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="47" />
        <source>Allow the &amp;command line (acts as a coordinator)</source>
        <translation>Autoriser la &amp;ligne de commande (agit comme coordinateur)</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="51" />
        <source>Keep enquiry details for days</source>
        <translation>Conserver les détails des demandes pendant (jours)</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="54" />
        <source>Anonymise people not seen for days</source>
        <translation>Anonymiser les personnes non revues depuis (jours)</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="55" />
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="57" />
        <source>&amp;Run retention now</source>
        <translation>Appliquer la conservation mainte&amp;nant</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="59" />
        <source>&amp;Back up to a file…</source>
        <translation>&amp;Sauvegarder dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="61" />
        <source>Show the reco&amp;very key…</source>
        <translation>Afficher la clé de &amp;récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="64" />
        <source>&amp;Idle lock (minutes):</source>
        <translation>&amp;Verrouillage après inactivité (minutes) :</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="65" />
        <source>&amp;Wrong attempts before lock-out:</source>
        <translation>&amp;Tentatives erronées avant blocage :</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="66" />
        <source>Lock-out &amp;minutes:</source>
        <translation>&amp;Minutes de blocage :</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="68" />
        <source>&amp;Enquiry details kept (days):</source>
        <translation>&amp;Détails des demandes conservés (jours) :</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="69" />
        <source>&amp;People not seen, anonymised after (days):</source>
        <translation>&amp;Personnes non revues, anonymisées après (jours) :</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="90" />
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="110" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="115" />
        <source>Retention run: {r}</source>
        <translation>Application de la conservation : {r}</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="118" />
        <source>Back up to</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="123" />
        <source>Encrypted backup written.</source>
        <translation>Sauvegarde chiffrée écrite.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="131" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="132" />
        <source>This database is not encrypted.</source>
        <translation>Cette base de données n'est pas chiffrée.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="166" />
        <source>Sign in to AccessPoint</source>
        <translation>Se connecter à AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="168" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="173" />
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="176" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="177" />
        <source>&amp;PIN or password:</source>
        <translation>&amp;Code PIN ou mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="180" />
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="194" />
        <source>Choose your name.</source>
        <translation>Choisissez votre nom.</translation>
    </message>
</context>
<context>
    <name>SignpostDialog</name>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="60" />
        <location filename="../../ui/directory/signpost_dialog.py" line="61" />
        <source>Signpost or refer</source>
        <translation>Orienter ou adresser</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="64" />
        <source>Enquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="67" />
        <source>Services chosen</source>
        <translation>Services choisis</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="68" />
        <source>Delete removes a service from the list</source>
        <translation>La touche Suppr (Delete) retire un service de la liste</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="70" />
        <source>Chosen serv&amp;ices (Enter in the results adds one):</source>
        <translation>Serv&amp;ices choisis (Entrée dans les résultats en ajoute un) :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="72" />
        <source>A&amp;dd to list</source>
        <translation>A&amp;jouter à la liste</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="73" />
        <source>Add the selected service to the list</source>
        <translation>Ajouter le service sélectionné à la liste</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="74" />
        <source>Signpos&amp;t: the resident was given the details</source>
        <translation>Orien&amp;ter : l'habitant a reçu les coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="76" />
        <source>&amp;Refer: send their details to the service (needs consent to share)</source>
        <translation>&amp;Adresser : transmettre ses coordonnées au service (consentement au partage requis)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Signpost</source>
        <translation>Orienter</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Refer</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="86" />
        <source>Consent to share</source>
        <translation>Consentement au partage</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="88" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="89" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="91" />
        <source>signposting</source>
        <translation>orientation</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="92" />
        <source>&amp;No suitable service found</source>
        <translation>Aucu&amp;n service adapté trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="93" />
        <source>No suitable service found: record the unmet need</source>
        <translation>Aucun service adapté trouvé : enregistrer le besoin non satisfait</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="95" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="96" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="97" />
        <source>Save and &amp;print slip…</source>
        <translation>Enregistrer et im&amp;primer la fiche…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="98" />
        <source>Save and print the slip</source>
        <translation>Enregistrer et imprimer la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="99" />
        <location filename="../../ui/directory/signpost_dialog.py" line="100" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="139" />
        <source>Enquiry {ref} · needs: {needs}</source>
        <translation>Demande {ref} · besoins : {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="140" />
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="146" />
        <source>The resident has given consent to share: you may refer.</source>
        <translation>L'habitant a donné son consentement au partage : vous pouvez l'adresser.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="148" />
        <source>No consent to share is recorded, so you can signpost but not refer. Ask the resident and record consent on the enquiry to refer.</source>
        <translation>Aucun consentement au partage n'est enregistré : vous pouvez orienter, mais pas adresser. Demandez à l'habitant et enregistrez son consentement dans la demande pour pouvoir l'adresser.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="45" />
        <location filename="../../ui/directory/slip_print.py" line="89" />
        <location filename="../../ui/directory/slip_print.py" line="90" />
        <source>Signposting slip</source>
        <translation>Fiche d'orientation</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="92" />
        <source>Slip language</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="95" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="97" />
        <source>Lar&amp;ge print</source>
        <translation>&amp;Gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="98" />
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="101" />
        <source>Slip language note</source>
        <translation>Remarque sur la langue de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="103" />
        <source>Slip preview</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="105" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="106" />
        <source>Print the slip</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="107" />
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="108" />
        <source>Save the slip as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="109" />
        <location filename="../../ui/directory/slip_print.py" line="110" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="151" />
        <source>The slip wording is not translated into {language} yet; it is in English.</source>
        <translation>Le texte de la fiche n'est pas encore traduit en {language} ; il est en anglais.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="155" />
        <source>Save slip as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="156" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="159" />
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="160" />
        <source>The slip was saved to {path}.</source>
        <translation>La fiche a été enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/statusbar.py" line="73" />
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="74" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="75" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="77" />
        <source>Changes not yet synced</source>
        <translation>Modifications pas encore synchronisées</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="100" />
        <source>Nothing waiting to sync</source>
        <translation>Rien en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="101" />
        <source>Not yet synced: {count}</source>
        <translation>Pas encore synchronisé : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="102" />
        <source>{user} at {hub}</source>
        <translation>{user} à {hub}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="128" />
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="129" />
        <source>The council server answered.</source>
        <translation>Le serveur de la mairie a répondu.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="131" />
        <location filename="../../ui/statusbar.py" line="135" />
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="132" />
        <source>No council server is set up; see the Sync page. Everything is saved on this computer.</source>
        <translation>Aucun serveur de la mairie n'est configuré ; voir la page Synchronisation. Tout est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="136" />
        <source>The council server cannot be reached. Carry on: changes are kept and sent when it is back.</source>
        <translation>Le serveur de la mairie est injoignable. Continuez : les modifications sont conservées et seront envoyées quand il sera de nouveau disponible.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="177" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="187" />
        <source>Something went wrong: {0}</source>
        <translation>Un problème est survenu : {0}</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../ui/sync/labels.py" line="8" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="9" />
        <source>Enquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="10" />
        <source>Enquiry note</source>
        <translation>Note de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="11" />
        <source>Consent record</source>
        <translation>Enregistrement du consentement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="12" />
        <source>Signposting</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="13" />
        <source>Referral</source>
        <translation>Orientation formelle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="14" />
        <source>Referral update</source>
        <translation>Mise à jour de l'orientation formelle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="15" />
        <source>Time-bank member</source>
        <translation>Membre de la banque de temps</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="16" />
        <source>Hours (ledger entry)</source>
        <translation>Heures (écriture)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="17" />
        <source>Reward redemption</source>
        <translation>Échange de récompense</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="18" />
        <source>Local service</source>
        <translation>Service local</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="19" />
        <source>Directory problem report</source>
        <translation>Signalement d'un problème dans l'annuaire</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="20" />
        <source>Audit entry</source>
        <translation>Entrée du journal d'audit</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="24" />
        <source>Connecting to the council server…</source>
        <translation>Connexion au serveur de la mairie…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="25" />
        <source>Sending this hub's changes…</source>
        <translation>Envoi des modifications de ce centre…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="26" />
        <source>Receiving changes from the council…</source>
        <translation>Réception des modifications de la mairie…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="27" />
        <source>Checking both sides agree…</source>
        <translation>Vérification de la concordance des deux côtés…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="28" />
        <source>Sync finished.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="29" />
        <source>Sync stopped.</source>
        <translation>Synchronisation arrêtée.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="33" />
        <source>Changed in two places</source>
        <translation>Modifié à deux endroits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="34" />
        <source>Refused by the council server</source>
        <translation>Refusé par le serveur de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="35" />
        <source>Balance went below zero</source>
        <translation>Le solde est passé sous zéro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="42" />
        <source>This computer is not enrolled with the council server yet. Enter the server address and an enrolment code below.</source>
        <translation>Cet ordinateur n'est pas encore inscrit auprès du serveur de la mairie. Saisissez l'adresse du serveur et un code d'inscription ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="45" />
        <source>The council server no longer accepts this computer (its access was revoked or has expired). Enrol it again with a new code; nothing unsynced is lost.</source>
        <translation>Le serveur de la mairie n'accepte plus cet ordinateur (son accès a été révoqué ou a expiré). Réinscrivez-le avec un nouveau code ; rien de ce qui n'est pas synchronisé n'est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="48" />
        <source>Could not reach the council server. Check the internet connection; the sync will carry on next time and nothing is lost.</source>
        <translation>Impossible de joindre le serveur de la mairie. Vérifiez la connexion internet ; la synchronisation reprendra la prochaine fois et rien n'est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="51" />
        <source>The council server is having problems; the sync will carry on next time and nothing is lost.</source>
        <translation>Le serveur de la mairie rencontre des problèmes ; la synchronisation reprendra la prochaine fois et rien n'est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="54" />
        <source>This version of AccessPoint and the council server cannot talk to each other. Install the current version; nothing unsynced is lost.</source>
        <translation>Cette version d'AccessPoint et le serveur de la mairie ne peuvent pas communiquer. Installez la version actuelle ; rien de ce qui n'est pas synchronisé n'est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="57" />
        <source>Another sync is already running for this hub; wait for it to finish.</source>
        <translation>Une autre synchronisation est déjà en cours pour ce centre ; attendez qu'elle se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="59" />
        <source>The database on this computer was busy; the sync stopped safely and will carry on next time.</source>
        <translation>La base de données de cet ordinateur était occupée ; la synchronisation s'est arrêtée sans risque et reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="62" />
        <source>This computer has no secure password store, so it cannot be enrolled. Ask IT to enable the system keyring.</source>
        <translation>Cet ordinateur n'a pas de magasin de mots de passe sécurisé ; il ne peut donc pas être inscrit. Demandez au service informatique d'activer le trousseau de clés du système.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="71" />
        <source>The council server's certificate could not be verified. If the council uses its own certificate authority, choose its CA bundle below.</source>
        <translation>Le certificat du serveur de la mairie n'a pas pu être vérifié. Si la mairie utilise sa propre autorité de certification, choisissez son paquet CA ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="58" />
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="62" />
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="65" />
        <source>Sync reminder</source>
        <translation>Rappel de synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="68" />
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="71" />
        <source>Changes received but not applied yet</source>
        <translation>Modifications reçues mais pas encore appliquées</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="72" />
        <source>Show &amp;waiting changes…</source>
        <translation>Afficher les modifications en &amp;attente…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="73" />
        <source>Show the changes waiting to be applied</source>
        <translation>Afficher les modifications en attente d'application</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="77" />
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="78" />
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="82" />
        <source>Who can sync</source>
        <translation>Qui peut synchroniser</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="85" />
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="86" />
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="89" />
        <source>Press Sync now at the end of the day.</source>
        <translation>Appuyez sur Synchroniser maintenant en fin de journée.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="90" />
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="93" />
        <source>Sync progress bar</source>
        <translation>Barre de progression de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="98" />
        <source>Sync summary</source>
        <translation>Résumé de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="104" />
        <source>End-of-day sync</source>
        <translation>Synchronisation de fin de journée</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="115" />
        <source>Sync in the &amp;background when online</source>
        <translation>Synchroniser en arrière-&amp;plan en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="116" />
        <source>Sync in the background when online</source>
        <translation>Synchroniser en arrière-plan en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="119" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="120" />
        <source>Remind me when not synced for this many days</source>
        <translation>Me le rappeler après ce nombre de jours sans synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="121" />
        <source>&amp;Remind me after:</source>
        <translation>&amp;Me le rappeler après :</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="171" />
        <source>Last successful sync: {when} ({days} days ago)</source>
        <translation>Dernière synchronisation réussie : {when} (il y a {days} jours)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="173" />
        <source>Last successful sync: {when}</source>
        <translation>Dernière synchronisation réussie : {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="175" />
        <source>Last successful sync: never</source>
        <translation>Dernière synchronisation réussie : jamais</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="177" />
        <source>This hub has not synced for more than {days} days. Sync today so the council has your records.</source>
        <translation>Ce centre ne s'est pas synchronisé depuis plus de {days} jours. Synchronisez aujourd'hui pour que la mairie dispose de vos enregistrements.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="180" />
        <source>Waiting to be sent: {count}</source>
        <translation>En attente d'envoi : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="184" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync)</source>
        <translation>Reçues mais pas encore appliquées : {count} (conservées ; appliquées lors d'une synchronisation ultérieure)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="195" />
        <source>Enrol this computer below to start syncing. Everything is saved on this computer meanwhile.</source>
        <translation>Inscrivez cet ordinateur ci-dessous pour commencer la synchronisation. En attendant, tout est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="204" />
        <source>The last sync did not finish: {reason}</source>
        <translation>La dernière synchronisation ne s'est pas terminée : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216" />
        <source>Only a coordinator can sync this computer. Everything you record is saved here and will be sent at the coordinator's next sync.</source>
        <translation>Seul un coordinateur peut synchroniser cet ordinateur. Tout ce que vous saisissez est enregistré ici et sera envoyé lors de la prochaine synchronisation du coordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="248" />
        <source>Cancelling at the next safe point…</source>
        <translation>Annulation au prochain point sûr…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="259" />
        <source>{stage} {done} of {total}</source>
        <translation>{stage} {done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="263" />
        <source>{stage} {done} so far</source>
        <translation>{stage} {done} jusqu'ici</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="279" />
        <source>Enrolled as hub “{hub}”. You can sync now.</source>
        <translation>Inscrit comme centre « {hub} ». Vous pouvez synchroniser maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="304" />
        <source>Something went wrong ({error}); the log has the details. Nothing unsynced is lost.</source>
        <translation>Un problème est survenu ({error}) ; le journal contient les détails. Rien de ce qui n'est pas synchronisé n'est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="309" />
        <source>Sync cancelled. Nothing was lost; the next sync carries on from here.</source>
        <translation>Synchronisation annulée. Rien n'est perdu ; la prochaine synchronisation reprendra à partir d'ici.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="313" />
        <source>The sync did not finish: {reason}</source>
        <translation>La synchronisation ne s'est pas terminée : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="320" />
        <source>Sent: {enquiries} enquiries, {referrals} referrals, {hours} hours (all changes: {total}).</source>
        <translation>Envoyé : {enquiries} demandes, {referrals} orientations formelles, {hours} heures (total des modifications : {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="324" />
        <source>Received: {directory} directory changes, {members} members, {balances} balances (all changes: {total}).</source>
        <translation>Reçu : {directory} modifications de l'annuaire, {members} membres, {balances} soldes (total des modifications : {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="329" />
        <source>Needs attention: {count}.</source>
        <translation>À traiter : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="332" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync).</source>
        <translation>Reçues mais pas encore appliquées : {count} (conservées ; appliquées lors d'une synchronisation ultérieure).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="335" />
        <source>Some records will be sent again at the next sync: the council server is missing them.</source>
        <translation>Certains enregistrements seront renvoyés à la prochaine synchronisation : ils manquent sur le serveur de la mairie.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="350" />
        <source>Wait for the sync to finish first.</source>
        <translation>Attendez d'abord la fin de la synchronisation.</translation>
    </message>
</context>
<context>
    <name>TimeBank</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="199" />
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="199" />
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="200" />
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="201" />
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="202" />
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="203" />
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="206" />
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="207" />
        <source>Young person</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="208" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
<message><source>Converted to local currency</source><translation>Converti en monnaie locale</translation></message><message><source>Correction: {0}</source><translation>Correction : {0}</translation></message><message><source>Earned: {0} ({1})</source><translation>Gagné : {0} ({1})</translation></message><message><source>Gift from {0}</source><translation>Don de {0}</translation></message><message><source>Gift to {0}</source><translation>Don à {0}</translation></message><message><source>Opening balance brought across</source><translation>Solde d'ouverture reporté</translation></message><message><source>Spent: {0}</source><translation>Dépensé : {0}</translation></message><message><source>activity</source><translation>activité</translation></message><message><source>attends this hub</source><translation>fréquente ce centre</translation></message><message><source>free: {0}</source><translation>disponible : {0}</translation></message><message><source>interests: {0}</source><translation>centres d'intérêt : {0}</translation></message><message><source>reward</source><translation>récompense</translation></message><message><source>skills: {0}</source><translation>compétences : {0}</translation></message><message><source>wants employment support</source><translation>souhaite un accompagnement vers l'emploi</translation></message></context>
<context>
    <name>TimeBankPage</name>
    <message>
        <location filename="../../ui/timebank/page.py" line="36" />
        <source>Time bank</source>
        <translation>Banque de temps</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="43" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="44" />
        <source>Log hours</source>
        <translation>Enregistrer des heures</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="45" />
        <source>Group session</source>
        <translation>Séance collective</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="46" />
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="47" />
        <source>Opportunities</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="48" />
        <source>Time audit</source>
        <translation>Audit du temps</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="67" />
        <source>Signs in with</source>
        <translation>Se connecte avec</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="68" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="71" />
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="75" />
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="76" />
        <source>Change &amp;role…</source>
        <translation>Changer de &amp;rôle…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="77" />
        <source>&amp;Reset PIN…</source>
        <translation>&amp;Réinitialiser le code PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="78" />
        <source>&amp;Deactivate / reactivate</source>
        <translation>&amp;Désactiver / réactiver</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="83" />
        <source>Someone who leaves is deactivated, not deleted: the records they made still name them.</source>
        <translation>Une personne qui part est désactivée, pas supprimée : les enregistrements qu'elle a faits portent toujours son nom.</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="108" />
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="139" />
        <source>Reset PIN</source>
        <translation>Réinitialiser le code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="140" />
        <source>New PIN (6+ digits):</source>
        <translation>Nouveau code PIN (6 chiffres ou plus) :</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="49" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="51" />
        <source>Date the time was given</source>
        <translation>Date à laquelle le temps a été donné</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="53" />
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="54" />
        <source>Who confirms the time was given</source>
        <translation>Qui confirme que le temps a été donné</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="56" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="57" />
        <source>Coordinator confirms more than 12 hours in a day</source>
        <translation>Le coordinateur confirme plus de 12 heures dans une journée</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="59" />
        <source>Confirm more than 12 hours in a day</source>
        <translation>Confirmer plus de 12 heures dans une journée</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="92" />
        <source>AccessPoint cannot start</source>
        <translation>AccessPoint ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="163" />
        <location filename="../../ui/ops/startup.py" line="170" />
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="164" />
        <source>AccessPoint's database file is damaged and there is no backup to restore. Nothing has been deleted. Please contact whoever supports your hub, and do not delete this folder:
{folder}

A report for them was saved as:
{report}</source>
        <translation>Le fichier de base de données d'AccessPoint est endommagé et il n'existe aucune sauvegarde à restaurer. Rien n'a été supprimé. Veuillez contacter la personne qui assure l'assistance de votre centre, et ne supprimez pas ce dossier :
{folder}

Un rapport à son intention a été enregistré sous :
{report}</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="171" />
        <source>AccessPoint's database file is damaged, so it has not been opened.

Restore the latest backup, from {when}? Anything entered after that will be missing. The damaged file is kept aside, not deleted, in case an expert can recover more from it.</source>
        <translation>Le fichier de base de données d'AccessPoint est endommagé ; il n'a donc pas été ouvert.

Restaurer la dernière sauvegarde, du {when} ? Tout ce qui a été saisi après cette date sera perdu. Le fichier endommagé est mis de côté, et non supprimé, au cas où un spécialiste pourrait en récupérer davantage.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="181" />
        <source>The backup could not be restored</source>
        <translation>La sauvegarde n'a pas pu être restaurée</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="232" />
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="172" />
        <source>Monthly hub report</source>
        <translation>Rapport mensuel du centre</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="179" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="181" />
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="190" />
        <source>Save monthly report</source>
        <translation>Enregistrer le rapport mensuel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="191" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="208" />
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="210" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="215" />
        <source>Preparing the monthly report…</source>
        <translation>Préparation du rapport mensuel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="221" />
        <source>CSV, every chart in one table (*.csv)</source>
        <translation>CSV, tous les graphiques dans un seul tableau (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="223" />
        <source>Excel workbook, a sheet per chart (*.xlsx)</source>
        <translation>Classeur Excel, une feuille par graphique (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="224" />
        <source>Save the dashboard's data</source>
        <translation>Enregistrer les données du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="242" />
        <source>Folder for the open data</source>
        <translation>Dossier pour les données ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="252" />
        <source>Wrote %1 open-data files to %2</source>
        <translation>%1 fichiers de données ouvertes écrits dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="254" />
        <source>Writing open data…</source>
        <translation>Écriture des données ouvertes…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/security/login.py" line="42" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="154" />
        <source>AccessPoint recovery key</source>
        <translation>Clé de récupération AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="32" />
        <source>Save the subject access export in</source>
        <translation>Enregistrer l'export du droit d'accès dans</translation>
    </message>
</context>
<context>
    <name>self.app</name>
    <message>
        <location filename="../../ui/ops/opening.py" line="214" />
        <source>AccessPoint cannot start</source>
        <translation>AccessPoint ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="53" />
        <source>Save diagnostic report</source>
        <translation>Enregistrer le rapport de diagnostic</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="54" />
        <source>Zip files (*.zip)</source>
        <translation>Fichiers Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="62" />
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="66" />
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="67" />
        <source>The report was saved as:
{path}

It contains the app's logs and versions, and no names or personal details. Send it to whoever supports your hub.</source>
        <translation>Le rapport a été enregistré sous :
{path}

Il contient les journaux et les versions de l'application, sans noms ni données personnelles. Envoyez-le à la personne qui assure l'assistance de votre centre.</translation>
    </message>
</context>
<context><name>DirectoryDetail</name><message><source>Address</source><translation>Adresse</translation></message><message><source>Aged {lo} and over</source><translation>{lo} ans et plus</translation></message><message><source>Aged {lo} to {hi}</source><translation>De {lo} à {hi} ans</translation></message><message><source>Area</source><translation>Zone desservie</translation></message><message><source>Closed now</source><translation>Fermé actuellement</translation></message><message><source>Confidential: never given out or printed. Use the phone contact to arrange a visit.</source><translation>Confidentielle : jamais communiquée ni imprimée. Utilisez le contact téléphonique pour organiser une visite.</translation></message><message><source>Contact</source><translation>Contact</translation></message><message><source>Cost</source><translation>Coût</translation></message><message><source>Email</source><translation>E-mail</translation></message><message><source>Free</source><translation>Gratuit</translation></message><message><source>Helps with</source><translation>Aide pour</translation></message><message><source>How to access</source><translation>Comment y accéder</translation></message><message><source>Hub-local service (added here, not yet in the council directory)</source><translation>Service local du centre (ajouté ici, pas encore dans l'annuaire de la mairie)</translation></message><message><source>Interpreting</source><translation>Interprétariat</translation></message><message><source>Languages spoken</source><translation>Langues parlées</translation></message><message><source>Last verified</source><translation>Dernière vérification</translation></message><message><source>Last verified {date}: more than 12 months ago. Check the details (phone first) before relying on them.</source><translation>Dernière vérification le {date} : il y a plus de 12 mois. Vérifiez les informations (téléphonez d'abord) avant de vous y fier.</translation></message><message><source>No building to visit: phone or online.</source><translation>Pas de lieu d'accueil : par téléphone ou en ligne.</translation></message><message><source>Not given</source><translation>Non indiqué</translation></message><message><source>Not given: phone to check.</source><translation>Non indiqué : téléphonez pour vérifier.</translation></message><message><source>Open now</source><translation>Ouvert actuellement</translation></message><message><source>Opening times</source><translation>Horaires d'ouverture</translation></message><message><source>Run by {org}</source><translation>Géré par {org}</translation></message><message><source>This service is no longer in the directory.</source><translation>Ce service ne figure plus dans l'annuaire.</translation></message><message><source>Up to age {hi}</source><translation>Jusqu'à {hi} ans</translation></message><message><source>Website</source><translation>Site web</translation></message><message><source>Who it is for</source><translation>Public concerné</translation></message><message><source>never</source><translation>jamais</translation></message></context><context><name>DomainMessages</name><message><source>'{acct}' is not a ledger account.</source><translation>'{acct}' n'est pas un compte du registre.</translation></message><message><source>'{number}' is not a member number (letters, digits and dashes, up to 20).</source><translation>'{number}' n'est pas un numéro de membre (lettres, chiffres et tirets, 20 au plus).</translation></message><message><source>'{text}' is not a UK postcode (for example E1 6AN).</source><translation>« {text} » n'est pas un code postal britannique (par exemple E1 6AN).</translation></message><message><source>'{text}' is not a date (use DD/MM/YYYY).</source><translation>« {text} » n'est pas une date (utilisez JJ/MM/AAAA).</translation></message><message><source>'{text}' is not a date (use YYYY-MM-DD).</source><translation>'{text}' n'est pas une date (utilisez AAAA-MM-JJ).</translation></message><message><source>'{text}' is not a date: write it as DD/MM/YYYY (for example 01/12/2026), or +7 for a week from today.</source><translation>« {text} » n'est pas une date : écrivez-la JJ/MM/AAAA (par exemple 01/12/2026), ou +7 pour dans une semaine.</translation></message><message><source>'{value}' is not a whole number of minutes.</source><translation>'{value}' n'est pas un nombre entier de minutes.</translation></message><message><source>({lat}, {lon}) is not on Earth; ignored</source><translation>({lat}, {lon}) n'est pas sur Terre ; ignoré</translation></message><message><source>A PIN is digits only.</source><translation>Un code PIN ne contient que des chiffres.</translation></message><message><source>A PIN needs at least {min_pin} digits.</source><translation>Un code PIN doit avoir au moins {min_pin} chiffres.</translation></message><message><source>A code is 2-40 lower-case letters, digits or underscores.</source><translation>Un code compte de 2 à 40 lettres minuscules, chiffres ou traits de soulignement.</translation></message><message><source>A local change to this record has not been sent yet.</source><translation>Une modification locale de cette fiche n'a pas encore été envoyée.</translation></message><message><source>A member is on the sheet twice.</source><translation>Un membre figure deux fois sur la feuille.</translation></message><message><source>A member must agree to their record being kept.</source><translation>Le membre doit accepter que sa fiche soit conservée.</translation></message><message><source>A password needs at least {min_password} characters (a short phrase is easy to remember).</source><translation>Un mot de passe doit avoir au moins {min_password} caractères (une courte phrase se retient facilement).</translation></message><message><source>A person needs a first or family name.</source><translation>Une personne doit avoir un prénom ou un nom de famille.</translation></message><message><source>A phone number needs at least 6 digits.</source><translation>Un numéro de téléphone doit avoir au moins 6 chiffres.</translation></message><message><source>A referral shares the resident's details, so it needs their consent to share. Ask for consent and record it on the enquiry, or signpost instead.</source><translation>Une orientation formelle transmet les informations de l'habitant : il faut donc son consentement au partage. Demandez-le et enregistrez-le sur la demande, ou faites plutôt une orientation.</translation></message><message><source>A referral that is {before} cannot become {after}.</source><translation>Une orientation formelle à l'état {before} ne peut pas passer à {after}.</translation></message><message><source>A transfer needs two different accounts.</source><translation>Un transfert demande deux comptes différents.</translation></message><message><source>A young person needs their Youth Privilege Card number.</source><translation>Un jeune doit donner le numéro de sa Youth Privilege Card.</translation></message><message><source>AccessPoint cannot write to its data folder ({folder}). It may be on a read-only drive or its permissions changed. Ask whoever looks after this computer to give your user write access to that folder, then start AccessPoint again.</source><translation>AccessPoint ne peut pas écrire dans son dossier de données ({folder}). Il est peut-être sur un lecteur en lecture seule ou ses droits ont changé. Demandez à la personne qui s'occupe de cet ordinateur de donner à votre utilisateur le droit d'écrire dans ce dossier, puis redémarrez AccessPoint.</translation></message><message><source>Accessibility needs: at most {limit} characters.</source><translation>Besoins d'accessibilité : {limit} caractères au maximum.</translation></message><message><source>Ages are between 0 and 120.</source><translation>Les âges vont de 0 à 120.</translation></message><message><source>An activity '{name}' ({code}) already exists.</source><translation>Une activité '{name}' ({code}) existe déjà.</translation></message><message><source>At most 100 characters.</source><translation>100 caractères au plus.</translation></message><message><source>At most {max_secret} characters.</source><translation>{max_secret} caractères au plus.</translation></message><message><source>Both members must be active.</source><translation>Les deux membres doivent être actifs.</translation></message><message><source>Cancelled: the credits were refunded.</source><translation>Annulé : les crédits ont été remboursés.</translation></message><message><source>Category must be one of {categories}.</source><translation>La catégorie doit être l'une de celles-ci : {categories}.</translation></message><message><source>Choose a password or a PIN.</source><translation>Choisissez un mot de passe ou un code PIN.</translation></message><message><source>Choose a person or give their name.</source><translation>Choisissez une personne ou donnez son nom.</translation></message><message><source>Choose an outcome.</source><translation>Choisissez un résultat.</translation></message><message><source>Choose an urgency.</source><translation>Choisissez l'urgence.</translation></message><message><source>Choose at least one member.</source><translation>Choisissez au moins un membre.</translation></message><message><source>Choose at least one need it helps with.</source><translation>Choisissez au moins un besoin auquel il répond.</translation></message><message><source>Choose at least one need.</source><translation>Choisissez au moins un besoin.</translation></message><message><source>Choose at least one service.</source><translation>Choisissez au moins un service.</translation></message><message><source>Choose between 0 and {max_days} days.</source><translation>Choisissez entre 0 et {max_days} jours.</translation></message><message><source>Choose between {low} and {high}.</source><translation>Choisissez entre {low} et {high}.</translation></message><message><source>Choose between {min_days} and {max_days} days.</source><translation>Choisissez entre {min_days} et {max_days} jours.</translation></message><message><source>Choose how the resident contacted us.</source><translation>Choisissez comment l'habitant nous a contactés.</translation></message><message><source>Choose one of the answers listed.</source><translation>Choisissez l'une des réponses proposées.</translation></message><message><source>Choose one of: {purposes}.</source><translation>Choisissez l'un de ces choix : {purposes}.</translation></message><message><source>Choose signposting or referral.</source><translation>Choisissez orientation ou orientation formelle.</translation></message><message><source>Choose someone else to give credits to.</source><translation>Choisissez quelqu'un d'autre à qui donner les crédits.</translation></message><message><source>Choose the days it runs.</source><translation>Choisissez les jours où il a lieu.</translation></message><message><source>Choose two different people to merge.</source><translation>Choisissez deux personnes différentes à fusionner.</translation></message><message><source>Choose what is wrong.</source><translation>Choisissez ce qui ne va pas.</translation></message><message><source>Consent to share needs consent to record first.</source><translation>Le consentement au partage demande d'abord le consentement à l'enregistrement.</translation></message><message><source>Could not be applied: {error}</source><translation>Impossible d'appliquer : {error}</translation></message><message><source>Date of birth is before 1900.</source><translation>La date de naissance est antérieure à 1900.</translation></message><message><source>Date of birth is in the future.</source><translation>La date de naissance est dans le futur.</translation></message><message><source>Days are MO, TU, WE, TH, FR, SA, SU.</source><translation>Les jours sont MO, TU, WE, TH, FR, SA, SU (du lundi au dimanche).</translation></message><message><source>Find the person, add a new person, or tick Anonymous.</source><translation>Trouvez la personne, ajoutez une nouvelle personne ou cochez Anonyme.</translation></message><message><source>Give at least a first name or a family name.</source><translation>Indiquez au moins un prénom ou un nom de famille.</translation></message><message><source>Give at least one way to reach it: phone, email, website or address.</source><translation>Indiquez au moins un moyen de le joindre : téléphone, e-mail, site web ou adresse.</translation></message><message><source>Give opening and closing times such as 10:00 and 12:30.</source><translation>Indiquez les heures d'ouverture et de fermeture, par exemple 10:00 et 12:30.</translation></message><message><source>Give the activity a name.</source><translation>Donnez un nom à l'activité.</translation></message><message><source>Give the hub a name.</source><translation>Donnez un nom au centre.</translation></message><message><source>Give the opportunity a title.</source><translation>Donnez un titre à la mission.</translation></message><message><source>Give the organisation or project's name.</source><translation>Donnez le nom de l'organisme ou du projet.</translation></message><message><source>Give the reward a name.</source><translation>Donnez un nom à la récompense.</translation></message><message><source>Give the service a name.</source><translation>Donnez un nom au service.</translation></message><message><source>Give the user a name.</source><translation>Donnez un nom à l'utilisateur.</translation></message><message><source>Give your name.</source><translation>Indiquez votre nom.</translation></message><message><source>Import cancelled; the directory was not changed.</source><translation>Import annulé ; l'annuaire n'a pas été modifié.</translation></message><message><source>It must close after it opens.</source><translation>Il doit fermer après avoir ouvert.</translation></message><message><source>Member number {member_number} is used by two different members; a coordinator must renumber one of them.</source><translation>Le numéro de membre {member_number} est utilisé par deux membres différents ; un coordinateur doit renuméroter l'un d'eux.</translation></message><message><source>Member number {number} is already used.</source><translation>Le numéro de membre {number} est déjà utilisé.</translation></message><message><source>Member type must be adult, young person or organisation.</source><translation>Le type de membre doit être adulte, jeune ou organisme.</translation></message><message><source>Minutes must be a whole number above zero.</source><translation>Les minutes doivent être un nombre entier supérieur à zéro.</translation></message><message><source>Minutes must be above zero.</source><translation>Les minutes doivent être supérieures à zéro.</translation></message><message><source>No activity with id {activity_id}.</source><translation>Aucune activité avec l'identifiant {activity_id}.</translation></message><message><source>No conversion rate is set up for this scheme.</source><translation>Aucun taux de conversion n'est défini pour ce dispositif.</translation></message><message><source>No enquiry with id {enquiry_id}.</source><translation>Aucune demande avec l'identifiant {enquiry_id}.</translation></message><message><source>No ledger transfer with id {transfer_id}.</source><translation>Aucun transfert du registre avec l'identifiant {transfer_id}.</translation></message><message><source>No one can give more than 24 hours in a day.</source><translation>Personne ne peut donner plus de 24 heures dans une journée.</translation></message><message><source>No opportunity with id {opportunity_id}.</source><translation>Aucune mission avec l'identifiant {opportunity_id}.</translation></message><message><source>No person with id {person_id}.</source><translation>Aucune personne avec l'identifiant {person_id}.</translation></message><message><source>No redemption with id {redemption_id}.</source><translation>Aucun échange avec l'identifiant {redemption_id}.</translation></message><message><source>No referral with id {referral_id}.</source><translation>Aucune orientation avec l'identifiant {referral_id}.</translation></message><message><source>No reward with id {reward_id}.</source><translation>Aucune récompense avec l'identifiant {reward_id}.</translation></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted and AccessPoint will not open it. Ask IT to enable the system keyring; on a test machine with no real residents' data you may start with --insecure-no-encryption (or ACCESSPOINT_ALLOW_PLAINTEXT=1).</source><translation>Cet ordinateur n'a pas de coffre sécurisé pour les mots de passe (trousseau du système) : la base de données ne peut pas être chiffrée et AccessPoint ne l'ouvrira pas. Demandez à l'informatique d'activer le trousseau du système ; sur une machine de test sans vraies données de résidents, vous pouvez démarrer avec --insecure-no-encryption (ou ACCESSPOINT_ALLOW_PLAINTEXT=1).</translation></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted. Ask IT to enable the system keyring, or start with --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) for a test machine holding no real residents' data.</source><translation>Cet ordinateur n'a pas de coffre sécurisé pour les mots de passe (trousseau du système) : la base de données ne peut pas être chiffrée. Demandez à l'informatique d'activer le trousseau du système, ou démarrez avec --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) sur une machine de test sans vraies données de résidents.</translation></message><message><source>No service with id {service_id} in the directory.</source><translation>Aucun service avec l'identifiant {service_id} dans l'annuaire.</translation></message><message><source>No service with id {sid} in the directory.</source><translation>Aucun service avec l'identifiant {sid} dans l'annuaire.</translation></message><message><source>No such legal hold.</source><translation>Cette conservation légale n'existe pas.</translation></message><message><source>No such person (already erased?).</source><translation>Cette personne n'existe pas (déjà effacée ?).</translation></message><message><source>No such user.</source><translation>Cet utilisateur n'existe pas.</translation></message><message><source>No time-bank member with id {member_id}.</source><translation>Aucun membre de la banque de temps avec l'identifiant {member_id}.</translation></message><message><source>No voucher with this code was issued here.</source><translation>Aucun bon avec ce code n'a été émis ici.</translation></message><message><source>Not a security setting.</source><translation>Ce n'est pas un paramètre de sécurité.</translation></message><message><source>Not applied yet: {error}.</source><translation>Pas encore appliqué : {error}.</translation></message><message><source>Not enough time credits: the balance is {have}, this needs {total}.</source><translation>Pas assez de crédits temps : le solde est de {have}, il faut {total}.</translation></message><message><source>Nothing imported: {bad} of {rows} rows need fixing.</source><translation>Rien n'a été importé : {bad} lignes sur {rows} sont à corriger.</translation></message><message><source>One of these records was already merged; reopen it.</source><translation>L'un de ces dossiers a déjà été fusionné ; rouvrez-le.</translation></message><message><source>Only a coordinator can confirm more than 12 hours in a day.</source><translation>Seul un coordinateur peut confirmer plus de 12 heures dans une journée.</translation></message><message><source>Only coordinators can do this ({action}). Ask a coordinator.</source><translation>Seuls les coordinateurs peuvent faire ceci ({action}). Demandez à un coordinateur.</translation></message><message><source>Only staff and above can do this ({action}). Ask a coordinator.</source><translation>Seuls le personnel et les rôles au-dessus peuvent faire ceci ({action}). Demandez à un coordinateur.</translation></message><message><source>Only the council can release a hold it placed.</source><translation>Seule la collectivité peut lever une conservation qu'elle a placée.</translation></message><message><source>Only this hub's own local services can be edited here.</source><translation>Seuls les services locaux de ce centre peuvent être modifiés ici.</translation></message><message><source>Only this hub's own local services can be removed here.</source><translation>Seuls les services locaux de ce centre peuvent être retirés ici.</translation></message><message><source>Only volunteers and above can do this ({action}). Ask a coordinator.</source><translation>Seuls les bénévoles et les rôles au-dessus peuvent faire ceci ({action}). Demandez à un coordinateur.</translation></message><message><source>Organisation accounts cannot convert credits.</source><translation>Les comptes d'organismes ne peuvent pas convertir de crédits.</translation></message><message><source>Retention applies to: {defaults}.</source><translation>La durée de conservation s'applique à : {defaults}.</translation></message><message><source>Role must be one of {roles}.</source><translation>Le rôle doit être l'un de ceux-ci : {roles}.</translation></message><message><source>Say what is wrong.</source><translation>Dites ce qui ne va pas.</translation></message><message><source>Say which need could not be met.</source><translation>Dites quel besoin n'a pas pu être satisfait.</translation></message><message><source>Say why (at most 500 characters).</source><translation>Dites pourquoi (500 caractères au plus).</translation></message><message><source>Say why the person is erased (at most 500 characters).</source><translation>Dites pourquoi la personne est effacée (500 caractères au plus).</translation></message><message><source>Say why this transfer is being corrected.</source><translation>Dites pourquoi ce transfert est corrigé.</translation></message><message><source>Signposting has no status to follow.</source><translation>Une orientation n'a pas de statut à suivre.</translation></message><message><source>Status is one of {statuses}.</source><translation>Le statut est l'un de : {statuses}.</translation></message><message><source>Status must be active or left.</source><translation>Le statut doit être actif ou parti.</translation></message><message><source>Stock cannot be negative.</source><translation>Le stock ne peut pas être négatif.</translation></message><message><source>That PIN is too easy to guess.</source><translation>Ce code PIN est trop facile à deviner.</translation></message><message><source>That PIN or password is not right. Try again.</source><translation>Ce code PIN ou ce mot de passe n'est pas bon. Réessayez.</translation></message><message><source>That backup's header is damaged.</source><translation>L'en-tête de cette sauvegarde est endommagé.</translation></message><message><source>That file is not an AccessPoint backup.</source><translation>Ce fichier n'est pas une sauvegarde AccessPoint.</translation></message><message><source>That is not a UK postcode.</source><translation>Ce n'est pas un code postal britannique.</translation></message><message><source>That is one of the most common choices; pick another.</source><translation>C'est l'un des choix les plus courants ; choisissez-en un autre.</translation></message><message><source>That makes {total} on one day: more than 24 hours.</source><translation>Cela fait {total} sur une journée : plus de 24 heures.</translation></message><message><source>That makes {total} on one day: over 12 hours needs a coordinator to confirm.</source><translation>Cela fait {total} sur une journée : au-delà de 12 heures, un coordinateur doit confirmer.</translation></message><message><source>That person no longer exists; refresh the list.</source><translation>Cette personne n'existe plus ; actualisez la liste.</translation></message><message><source>That person no longer exists; search again.</source><translation>Cette personne n'existe plus ; cherchez à nouveau.</translation></message><message><source>That recovery key has a character that cannot be in one.</source><translation>Cette clé de récupération contient un caractère qui ne peut pas y figurer.</translation></message><message><source>That recovery key is not right: check each group and retype it.</source><translation>Cette clé de récupération n'est pas bonne : vérifiez chaque groupe et retapez-la.</translation></message><message><source>That user cannot sign in here; ask a coordinator.</source><translation>Cet utilisateur ne peut pas se connecter ici ; demandez à un coordinateur.</translation></message><message><source>The OS keyring did not keep the database key.</source><translation>Le trousseau du système n'a pas conservé la clé de la base de données.</translation></message><message><source>The OS keyring refused to store the key: {exc}</source><translation>Le trousseau du système a refusé d'enregistrer la clé : {exc}</translation></message><message><source>The backup could not be read: it is damaged or the key is wrong.</source><translation>La sauvegarde n'a pas pu être lue : elle est endommagée ou la clé est fausse.</translation></message><message><source>The command line is switched off for this hub. A coordinator can switch it back on in the app: Settings, Security, 'Allow the command line'.</source><translation>La ligne de commande est désactivée pour ce centre. Un coordinateur peut la réactiver dans l'application : Paramètres, Sécurité, « Autoriser la ligne de commande ».</translation></message><message><source>The command line's user cannot sign in to the app.</source><translation>L'utilisateur de la ligne de commande ne peut pas se connecter à l'application.</translation></message><message><source>The computer's disk is full, so the last change could not be saved. Everything saved before it is safe. Free some space (empty the Recycle Bin, delete large downloads), then try again; what you typed is still on the screen.</source><translation>Le disque de l'ordinateur est plein : la dernière modification n'a pas pu être enregistrée. Tout ce qui a été enregistré avant est en sécurité. Libérez de la place (videz la Corbeille, supprimez les gros téléchargements), puis réessayez ; ce que vous avez saisi est toujours à l'écran.</translation></message><message><source>The coordinator took the server's version; waiting for the part of the app that stores it.</source><translation>Le coordinateur a pris la version du serveur ; en attente de la partie de l'application qui l'enregistre.</translation></message><message><source>The cost must be a whole number of minutes above zero.</source><translation>Le coût doit être un nombre entier de minutes supérieur à zéro.</translation></message><message><source>The database file is damaged and cannot be read safely. AccessPoint can restore the latest backup; the damaged file is kept aside, not deleted.</source><translation>Le fichier de la base de données est endommagé et ne peut pas être lu sans risque. AccessPoint peut restaurer la dernière sauvegarde ; le fichier endommagé est mis de côté, pas supprimé.</translation></message><message><source>The database is busy in another program (perhaps a second copy of AccessPoint or a backup tool). Close it and try again; nothing was lost.</source><translation>La base de données est occupée par un autre programme (peut-être une deuxième copie d'AccessPoint ou un outil de sauvegarde). Fermez-le et réessayez ; rien n'a été perdu.</translation></message><message><source>The description is {length} characters; the limit is {limit}. Shorten it or add the rest as notes after saving.</source><translation>La description fait {length} caractères ; la limite est de {limit}. Raccourcissez-la ou ajoutez le reste en notes après l'enregistrement.</translation></message><message><source>The end date is before the start date.</source><translation>La date de fin précède la date de début.</translation></message><message><source>The follow-up date is in the past.</source><translation>La date de suivi est passée.</translation></message><message><source>The follow-up date is more than a year away.</source><translation>La date de suivi est dans plus d'un an.</translation></message><message><source>The follow-up date is not a date.</source><translation>La date de suivi n'est pas une date.</translation></message><message><source>The header row lacks: {missing}.</source><translation>Il manque dans la ligne d'en-tête : {missing}.</translation></message><message><source>The maximum age is below the minimum.</source><translation>L'âge maximum est inférieur au minimum.</translation></message><message><source>The merged record could not be applied: {error}</source><translation>Impossible d'appliquer la fiche fusionnée : {error}</translation></message><message><source>The name is too long ({limit} characters at most).</source><translation>Le nom est trop long ({limit} caractères au maximum).</translation></message><message><source>The note is empty.</source><translation>La note est vide.</translation></message><message><source>The note is limited to {limit} characters.</source><translation>La note est limitée à {limit} caractères.</translation></message><message><source>The note is {length} characters; the limit is {limit}.</source><translation>La note fait {length} caractères ; la limite est de {limit}.</translation></message><message><source>The server refused it (HTTP {status}).</source><translation>Le serveur l'a refusé (HTTP {status}).</translation></message><message><source>The sheet has a header but no rows.</source><translation>La feuille a un en-tête mais aucune ligne.</translation></message><message><source>The sheet is empty.</source><translation>La feuille est vide.</translation></message><message><source>There must always be one coordinator who can sign in.</source><translation>Il doit toujours y avoir un coordinateur qui peut se connecter.</translation></message><message><source>This backup is encrypted with a key this computer does not hold. Give the recovery key printed when that hub was set up (--recovery-key).</source><translation>Cette sauvegarde est chiffrée avec une clé que cet ordinateur n'a pas. Donnez la clé de récupération imprimée lors de la mise en place de ce centre (--recovery-key).</translation></message><message><source>This computer already has a coordinator; sign in instead.</source><translation>Cet ordinateur a déjà un coordinateur ; connectez-vous plutôt.</translation></message><message><source>This data folder already holds real records, so demo data will not be added. Run --demo without --data-dir (it has a folder of its own) or with an empty folder.</source><translation>Ce dossier de données contient déjà de vraies fiches : les données de démonstration ne seront pas ajoutées. Lancez --demo sans --data-dir (il a son propre dossier) ou avec un dossier vide.</translation></message><message><source>This database is encrypted and this computer's keyring has no key for it (a new user profile, or the folder was copied from elsewhere). Recover it with the printed recovery key: accesspoint security recover --data-dir FOLDER.</source><translation>Cette base de données est chiffrée et le trousseau de cet ordinateur n'a pas de clé pour elle (nouveau profil utilisateur, ou dossier copié d'ailleurs). Récupérez-la avec la clé de récupération imprimée : accesspoint security recover --data-dir FOLDER.</translation></message><message><source>This database is encrypted but no OS keyring is available to unlock it. Start AccessPoint in your own Windows/desktop session, or recover it with the printed recovery key (accesspoint security recover).</source><translation>Cette base de données est chiffrée mais aucun trousseau du système n'est disponible pour la déverrouiller. Démarrez AccessPoint dans votre propre session Windows/bureau, ou récupérez-la avec la clé de récupération imprimée (accesspoint security recover).</translation></message><message><source>This database was written by a newer AccessPoint (schema {have}; this version understands up to {newest}). Install the newer version; the data is untouched.</source><translation>Cette base de données a été écrite par un AccessPoint plus récent (schéma {have} ; cette version comprend jusqu'au {newest}). Installez la version plus récente ; les données n'ont pas été touchées.</translation></message><message><source>This is already a correction; log the entry again instead of correcting a correction.</source><translation>C'est déjà une correction ; enregistrez de nouveau l'entrée au lieu de corriger une correction.</translation></message><message><source>This is not a voucher code (check for a typo).</source><translation>Ce n'est pas un code de bon (vérifiez la frappe).</translation></message><message><source>This member has left the time bank.</source><translation>Ce membre a quitté la banque de temps.</translation></message><message><source>This person is under a legal hold; release it first.</source><translation>Cette personne fait l'objet d'une conservation légale ; levez-la d'abord.</translation></message><message><source>This sheet was already imported ({filename}, {day}); nothing was imported again.</source><translation>Cette feuille a déjà été importée ({filename}, {day}) ; rien n'a été importé de nouveau.</translation></message><message><source>This transfer has already been corrected.</source><translation>Ce transfert a déjà été corrigé.</translation></message><message><source>This transfer took the member's balance below zero.</source><translation>Ce transfert a fait passer le solde du membre sous zéro.</translation></message><message><source>Too long (at most 120 characters).</source><translation>Trop long (120 caractères au plus).</translation></message><message><source>Too long: {length} characters, at most {limit}.</source><translation>Trop long : {length} caractères, {limit} au maximum.</translation></message><message><source>Too many wrong attempts. This account is locked for about a minute; try again then or ask a coordinator.</source><translation>Trop de tentatives erronées. Ce compte est bloqué pendant environ une minute ; réessayez ensuite ou demandez à un coordinateur.</translation></message><message><source>Too many wrong attempts. This account is locked for about {minutes} minutes; try again then or ask a coordinator.</source><translation>Trop de tentatives erronées. Ce compte est bloqué pendant environ {minutes} minutes ; réessayez ensuite ou demandez à un coordinateur.</translation></message><message><source>Unknown field '{field}'.</source><translation>Champ inconnu « {field} ».</translation></message><message><source>Unknown member field '{key}'.</source><translation>Champ de membre inconnu '{key}'.</translation></message><message><source>Unknown member type.</source><translation>Type de membre inconnu.</translation></message><message><source>Unknown need: {codes}.</source><translation>Besoin inconnu : {codes}.</translation></message><message><source>Unknown question.</source><translation>Question inconnue.</translation></message><message><source>Unknown times {bad} (use e.g. mon_am, tue_eve).</source><translation>Créneaux inconnus {bad} (utilisez par exemple mon_am, tue_eve).</translation></message><message><source>Unknown transfer kind '{kind}'.</source><translation>Type de transfert inconnu '{kind}'.</translation></message><message><source>Use times such as mon_am, tue_pm, wed_eve.</source><translation>Utilisez des créneaux comme mon_am, tue_pm, wed_eve.</translation></message><message><source>Valid.</source><translation>Valide.</translation></message><message><source>Waiting for the coordinator to choose between two versions.</source><translation>En attente du choix du coordinateur entre deux versions.</translation></message><message><source>Without consent to record, the enquiry must be anonymous: remove the person or ask for consent.</source><translation>Sans consentement à l'enregistrement, la demande doit être anonyme : retirez la personne ou demandez son consentement.</translation></message><message><source>a service must be an object, got {name}</source><translation>un service doit être un objet, reçu {name}</translation></message><message><source>could not reach {url} ({reason}) after {attempt} tries</source><translation>impossible de joindre {url} ({reason}) après {attempt} essais</translation></message><message><source>expected a JSON object or list, got {name}</source><translation>un objet ou une liste JSON était attendu, reçu {name}</translation></message><message><source>expected a list</source><translation>une liste était attendue</translation></message><message><source>expected a list, got {name}</source><translation>une liste était attendue, reçu {name}</translation></message><message><source>expected a number, got true/false</source><translation>un nombre était attendu, reçu vrai/faux</translation></message><message><source>expected a number, got {value}</source><translation>un nombre était attendu, reçu {value}</translation></message><message><source>expected a whole number, got true/false</source><translation>un nombre entier était attendu, reçu vrai/faux</translation></message><message><source>expected a whole number, got {value}</source><translation>un nombre entier était attendu, reçu {value}</translation></message><message><source>expected an object</source><translation>un objet était attendu</translation></message><message><source>expected an object, got {name}</source><translation>un objet était attendu, reçu {name}</translation></message><message><source>expected text, got {name}</source><translation>du texte était attendu, reçu {name}</translation></message><message><source>field '{field}'</source><translation>champ « {field} »</translation></message><message><source>no .json files in {path}</source><translation>aucun fichier .json dans {path}</translation></message><message><source>not UTF-8 text</source><translation>ce n'est pas du texte UTF-8</translation></message><message><source>not valid JSON at line {lineno}, column {colno} ({msg}); the file may be truncated or damaged</source><translation>JSON non valide à la ligne {lineno}, colonne {colno} ({msg}) ; le fichier est peut-être tronqué ou endommagé</translation></message><message><source>response larger than {limit} MB</source><translation>réponse de plus de {limit} Mo</translation></message><message><source>service {record}</source><translation>service {record}</translation></message><message><source>service {record}, field '{field}': {problem}</source><translation>service {record}, champ '{field}' : {problem}</translation></message><message><source>the data folder</source><translation>le dossier de données</translation></message><message><source>the feed promised {expected} services but only {arrived} arrived; it looks cut short, so nothing was changed</source><translation>le flux annonçait {expected} services mais seuls {arrived} sont arrivés ; il semble tronqué, donc rien n'a été modifié</translation></message><message><source>the local service record is missing or not this one</source><translation>la fiche du service local manque ou n'est pas celle-ci</translation></message><message><source>the record says it is {id}</source><translation>la fiche indique qu'il s'agit de {id}</translation></message><message><source>the server answered {code} {reason} for {url}</source><translation>le serveur a répondu {code} {reason} pour {url}</translation></message><message><source>the server sent something that is not JSON ({exc}); the response may be cut short</source><translation>le serveur a envoyé autre chose que du JSON ({exc}) ; la réponse est peut-être tronquée</translation></message><message><source>the server sent the same page again; it does not seem to support paging with ?page=</source><translation>le serveur a renvoyé la même page ; il ne semble pas gérer la pagination avec ?page=</translation></message><message><source>the service has no id</source><translation>le service n'a pas d'identifiant</translation></message><message><source>the service has no name</source><translation>le service n'a pas de nom</translation></message><message><source>this is not an ORUK service, list or page (no 'contents', 'content' or service 'id' and 'name')</source><translation>ce n'est pas un service, une liste ou une page ORUK (pas de 'contents', 'content' ni d'« id » et de « name » de service)</translation></message><message><source>{count} entries; kept the first {limit}</source><translation>{count} entrées ; les {limit} premières ont été gardées</translation></message><message><source>{count} services appeared more than once; the last copy of each was kept.</source><translation>{count} services figuraient plus d'une fois ; la dernière copie de chacun a été gardée.</translation></message><message><source>{day} is in the future.</source><translation>{day} est dans le futur.</translation></message><message><source>{day} is too long ago.</source><translation>{day} est trop ancien.</translation></message><message><source>{length} characters; kept the first {limit}</source><translation>{length} caractères ; les {limit} premiers ont été gardés</translation></message><message><source>{member_number} has left the time bank.</source><translation>{member_number} a quitté la banque de temps.</translation></message><message><source>{member_number} is an organisation account: log the hours for the people who gave the time.</source><translation>{member_number} est un compte d'organisme : enregistrez les heures des personnes qui ont donné le temps.</translation></message><message><source>{name} ended on {valid_to}.</source><translation>{name} a pris fin le {valid_to}.</translation></message><message><source>{name} has no column {missing}; an ONS Postcode Directory CSV has pcds, lat and long.</source><translation>{name} n'a pas de colonne {missing} ; un CSV de l'ONS Postcode Directory a pcds, lat et long.</translation></message><message><source>{name} is no longer offered.</source><translation>{name} n'est plus proposé.</translation></message><message><source>{name} is not open to this member type.</source><translation>{name} n'est pas ouvert à ce type de membre.</translation></message><message><source>{name} is offered from {valid_from}.</source><translation>{name} est proposé à partir du {valid_from}.</translation></message><message><source>{name} is one page of a feed of {pages} pages: its services were imported, none were retired.</source><translation>{name} est une page d'un flux de {pages} pages : ses services ont été importés, aucun n'a été retiré.</translation></message><message><source>{name} is out of stock.</source><translation>{name} est épuisé.</translation></message><message><source>{number} on {day}: {problem}</source><translation>{number} le {day} : {problem}</translation></message><message><source>{number}: this person is already a member.</source><translation>{number} : cette personne est déjà membre.</translation></message><message><source>{source} does not exist</source><translation>{source} n'existe pas</translation></message><message><source>{text} is not a UK postcode.</source><translation>{text} n'est pas un code postal du Royaume-Uni.</translation></message><message><source>{where}: {problem}</source><translation>{where} : {problem}</translation></message></context><context><name>Opening</name><message><source>AccessPoint could not open its database ({error}). Nothing has been changed. Close other programs that may be using the data folder and start AccessPoint again; if it keeps happening, send the diagnostic report (Help menu) to whoever supports your hub.</source><translation>AccessPoint n’a pas pu ouvrir sa base de données ({error}). Rien n’a été modifié. Fermez les autres programmes qui pourraient utiliser le dossier de données et relancez AccessPoint ; si cela se reproduit, envoyez le rapport de diagnostic (menu Aide) à la personne qui assure le support de votre lieu d’accueil.</translation></message><message><source>Preparing the demo data…</source><translation>Préparation des données de démonstration…</translation></message></context></TS>