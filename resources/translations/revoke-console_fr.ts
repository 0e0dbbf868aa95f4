<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConfirmLayout</name>
    <message>
        <source>Cancel: send nothing</source>
        <translation>Annuler&#xa0;: ne rien envoyer</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket number (optional):</source>
        <translation>&amp;Motif ou numéro de ticket (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Confirmer ou annuler</translation>
    </message>
    <message>
        <source>%1 holds an administrator role (%2).</source>
        <translation>%1 détient un rôle d&apos;administrateur (%2).</translation>
    </message>
    <message>
        <source>Type their &amp;user name or display name to confirm:</source>
        <translation>Tapez son nom d&apos;&amp;utilisateur ou son nom d&apos;affichage pour confirmer :</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke Console</source>
        <translation>Revoke Console</translation>
    </message>
</context>
<context>
    <name>rc::AadErrorText</name>
    <message>
        <source>Your organization requires multi-factor authentication for this sign-in. Sign in again and complete the second step.</source>
        <translation>Votre organisation exige l&apos;authentification multifacteur pour cette connexion. Reconnectez-vous et effectuez la seconde étape.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Conditional Access blocked this sign-in. Ask your administrator which device or location is allowed.</source>
        <translation>L&apos;accès conditionnel a bloqué cette connexion. Demandez à votre administrateur quel appareil ou quel emplacement est autorisé.</translation>
    </message>
    <message>
        <source>The app has not been granted consent in this tenant. An administrator must consent to it first.</source>
        <translation>L&apos;application n&apos;a pas reçu de consentement dans ce locataire. Un administrateur doit d&apos;abord y consentir.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The app (client ID) is not registered in this tenant. Check the client ID and the tenant.</source>
        <translation>L&apos;application (ID client) n&apos;est pas inscrite dans ce locataire. Vérifiez l&apos;ID client et le locataire.</translation>
    </message>
    <message>
        <source>The tenant was not found. Check the tenant name or ID.</source>
        <translation>Le locataire est introuvable. Vérifiez le nom ou l&apos;ID du locataire.</translation>
    </message>
    <message>
        <source>The app registration does not allow public client flows (device code). Enable &quot;Allow public client flows&quot; on it.</source>
        <translation>L&apos;inscription d&apos;application n&apos;autorise pas les flux de clients publics (code d&apos;appareil). Activez «&#xa0;Autoriser les flux de clients publics&#xa0;» sur celle-ci.</translation>
    </message>
    <message>
        <source>The tenant did not accept the certificate: it is not registered on the app, or the signature did not verify. Upload the certificate to the app registration.</source>
        <translation>Le locataire n&apos;a pas accepté le certificat&#xa0;: il n&apos;est pas inscrit sur l&apos;application, ou la signature n&apos;a pas pu être vérifiée. Chargez le certificat dans l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The app&apos;s signed sign-in request was not addressed to this app and tenant. Check the client ID and the tenant.</source>
        <translation>La requête de connexion signée de l&apos;application n&apos;était pas adressée à cette application et à ce locataire. Vérifiez l&apos;ID client et le locataire.</translation>
    </message>
    <message>
        <source>The certificate sign-in was refused because the clocks disagree. Check this computer&apos;s date and time.</source>
        <translation>La connexion par certificat a été refusée car les horloges ne concordent pas. Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>The app&apos;s secret was refused. Revoke Console signs in app-only with a certificate, never a client secret.</source>
        <translation>Le secret de l&apos;application a été refusé. Revoke Console se connecte en mode application uniquement avec un certificat, jamais avec un secret client.</translation>
    </message>
    <message>
        <source>The browser sign-in could not be completed (the PKCE check failed). Start the sign-in again.</source>
        <translation>La connexion par navigateur n&apos;a pas pu aboutir (échec de la vérification PKCE). Relancez la connexion.</translation>
    </message>
    <message>
        <source>That sign-in was already used. Start the sign-in again.</source>
        <translation>Cette connexion a déjà été utilisée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The app registration does not list this redirect address. Add &quot;http://localhost&quot; as a mobile and desktop redirect URI.</source>
        <translation>L&apos;inscription d&apos;application ne contient pas cette adresse de redirection. Ajoutez &quot;http://localhost&quot; comme URI de redirection pour applications mobiles et de bureau.</translation>
    </message>
    <message>
        <source>Consent was declined, so the sign-in did not complete.</source>
        <translation>Le consentement a été refusé&#xa0;; la connexion n&apos;a donc pas abouti.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <source>The sign-in asked for two resources at once, which Microsoft does not allow.</source>
        <translation>La connexion demandait deux ressources à la fois, ce que Microsoft n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>The resource asked for is not known in this tenant. Check the cloud settings.</source>
        <translation>La ressource demandée est inconnue dans ce locataire. Vérifiez les paramètres du cloud.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Le code de connexion a expiré avant d&apos;être utilisé. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The sign-in code was not recognised. Start the sign-in again.</source>
        <translation>Le code de connexion n&apos;a pas été reconnu. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation>La connexion n&apos;est plus valide. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied.</source>
        <translation>La connexion a été annulée ou l&apos;accès a été refusé.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service is temporarily unavailable. Try again shortly.</source>
        <translation>Le service de connexion Microsoft est temporairement indisponible. Réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>Microsoft sign-in failed.</source>
        <translation>Échec de la connexion Microsoft.</translation>
    </message>
</context>
<context>
    <name>rc::AuditActionText</name>
    <message>
        <source>Revoke sessions</source>
        <translation>Révoquer les sessions</translation>
    </message>
    <message>
        <source>Block sign-in</source>
        <translation>Bloquer la connexion</translation>
    </message>
    <message>
        <source>Unblock sign-in</source>
        <translation>Débloquer la connexion</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>Désactiver l&apos;appareil</translation>
    </message>
    <message>
        <source>Enable device</source>
        <translation>Activer l&apos;appareil</translation>
    </message>
    <message>
        <source>Sign-in check</source>
        <translation>Vérification des connexions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::AuditExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::AuditLog</name>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>rc::AuditTrail</name>
    <message>
        <source>Same person as line %1 of the list: merged into that line, whose row has the outcome.</source>
        <translation>Même personne que la ligne %1 de la liste&#xa0;: fusionnée avec cette ligne, qui porte le résultat.</translation>
    </message>
    <message>
        <source>Cancelled (may have reached the service): the request was sent, so the sign-out may still take effect.</source>
        <translation>Annulé (la requête a pu atteindre le service)&#xa0;: elle a été envoyée, la déconnexion peut donc encore prendre effet.</translation>
    </message>
</context>
<context>
    <name>rc::AuditedAction</name>
    <message>
        <source>The audit log is not available.</source>
        <translation>Le journal d&apos;audit n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>rc::BatchAnswer</name>
    <message>
        <source>no answer for request %1</source>
        <translation>aucune réponse à la requête %1</translation>
    </message>
    <message>
        <source>request %1 was answered %2 times</source>
        <translation>la requête %1 a reçu %2 réponses</translation>
    </message>
    <message>
        <source>no list of responses</source>
        <translation>aucune liste de réponses</translation>
    </message>
    <message>
        <source>the answer to request %1 has no status</source>
        <translation>la réponse à la requête %1 n&apos;a pas de statut</translation>
    </message>
    <message>
        <source>request %1 was not part of the batch</source>
        <translation>la requête %1 ne faisait pas partie du lot</translation>
    </message>
    <message>
        <source>no user in the answer to request %1</source>
        <translation>aucun utilisateur dans la réponse à la requête %1</translation>
    </message>
</context>
<context>
    <name>rc::BrowserSignIn</name>
    <message>
        <source>The app has not been granted consent in this tenant. An administrator must consent to it first.</source>
        <translation>L&apos;application n&apos;a pas reçu de consentement dans ce locataire. Un administrateur doit d&apos;abord y consentir.</translation>
    </message>
    <message>
        <source>Microsoft needs you to complete the sign-in in the browser. Start the sign-in again.</source>
        <translation>Microsoft vous demande de terminer la connexion dans le navigateur. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service had an internal error. Try again shortly.</source>
        <translation>Le service de connexion Microsoft a rencontré une erreur interne. Réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Revoke Console.</source>
        <translation>La connexion a été annulée dans Revoke Console.</translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>La connexion par navigateur n&apos;a pas abouti dans un délai de %n minute. Relancez la connexion.</numerusform>
            <numerusform>La connexion par navigateur n&apos;a pas abouti dans un délai de %n minutes. Relancez la connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n second(s). Start the sign-in again.</source>
        <translation>
            <numerusform>La connexion par navigateur n&apos;a pas abouti dans un délai de %n seconde. Relancez la connexion.</numerusform>
            <numerusform>La connexion par navigateur n&apos;a pas abouti dans un délai de %n secondes. Relancez la connexion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkJournal</name>
    <message>
        <source>The bulk run journal %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire dans le journal de l&apos;exécution groupée %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::BulkRecorder</name>
    <message>
        <source>Not sent: the run stopped before this request went out, because it could not be recorded.</source>
        <translation>Non envoyé&#xa0;: l&apos;exécution s&apos;est arrêtée avant l&apos;envoi de cette requête, car elle n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The run stopped before the sign-out was verified.</source>
        <translation>L&apos;exécution s&apos;est arrêtée avant la vérification de la déconnexion.</translation>
    </message>
</context>
<context>
    <name>rc::BulkResults</name>
    <message>
        <source>%1 could not be looked up.</source>
        <translation>%1 n&apos;a pas pu être recherché.</translation>
    </message>
    <message>
        <source>Same person as line %1.</source>
        <translation>Même personne que la ligne %1.</translation>
    </message>
    <message>
        <source>The run stopped before the sign-out was verified. Run the same list again to verify it.</source>
        <translation>L&apos;exécution s&apos;est arrêtée avant la vérification de la déconnexion. Relancez la même liste pour la vérifier.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped before this user. Run the same list again to send the rest.</source>
        <translation>Non envoyé&#xa0;: l&apos;exécution s&apos;est arrêtée avant cet utilisateur. Relancez la même liste pour envoyer le reste.</translation>
    </message>
    <message>
        <source>%1 revoked and verified</source>
        <translation>%1 révoqué(s) et vérifié(s)</translation>
    </message>
    <message>
        <source>%1 signed out</source>
        <translation>%1 déconnecté(s)</translation>
    </message>
    <message>
        <source>%1 not confirmed</source>
        <translation>%1 non confirmé(s)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 non envoyé(s)</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 introuvable(s)</translation>
    </message>
    <message>
        <source>%1 could not be looked up</source>
        <translation>%1 en échec de recherche</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>The results file %1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire le fichier de résultats %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people would be signed out</source>
        <translation>
            <numerusform>%n personne serait déconnectée</numerusform>
            <numerusform>%n personnes seraient déconnectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold admin roles</source>
        <translation>
            <numerusform>%n d&apos;entre elles détient un rôle d&apos;administrateur</numerusform>
            <numerusform>%n d&apos;entre elles détiennent un rôle d&apos;administrateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are disabled</source>
        <translation>
            <numerusform>%n d&apos;entre elles est désactivée</numerusform>
            <numerusform>%n d&apos;entre elles sont désactivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have roles that could not be read</source>
        <translation>
            <numerusform>%n d&apos;entre elles a des rôles qui n&apos;ont pas pu être lus</numerusform>
            <numerusform>%n d&apos;entre elles ont des rôles qui n&apos;ont pas pu être lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guests skipped</source>
        <translation>
            <numerusform>%n invité ignoré</numerusform>
            <numerusform>%n invités ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid names</source>
        <translation>
            <numerusform>%n nom non valide</numerusform>
            <numerusform>%n noms non valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates merged</source>
        <translation>
            <numerusform>%n doublon fusionné</numerusform>
            <numerusform>%n doublons fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted for this sign-in</source>
        <translation>
            <numerusform>%n non autorisé pour cette connexion</numerusform>
            <numerusform>%n non autorisés pour cette connexion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkReview</name>
    <message>
        <source>%1 was not looked up.</source>
        <translation>%1 n&apos;a pas été recherché.</translation>
    </message>
    <message>
        <source>Your own account is on the list (line %1): you will be signed out too.</source>
        <translation>Votre propre compte figure dans la liste (ligne %1)&#xa0;: vous serez aussi déconnecté.</translation>
    </message>
</context>
<context>
    <name>rc::BulkReviewer</name>
    <message>
        <source>the answer held no role list</source>
        <translation>la réponse ne contenait aucune liste de rôles</translation>
    </message>
    <message>
        <source>The review was cancelled. Nothing was sent.</source>
        <translation>La vérification a été annulée. Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>rc::BulkRun</name>
    <message>
        <source>Not revoking: there is no audit log to record it in.</source>
        <translation>Aucune révocation&#xa0;: il n&apos;y a pas de journal d&apos;audit pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>SharePoint answered that this operation is not available in your organization (for %1). Sign the list out on the Entra ID channel instead.</source>
        <translation>SharePoint a répondu que cette opération n&apos;est pas disponible dans votre organisation (pour %1). Déconnectez plutôt la liste via le canal Entra ID.</translation>
    </message>
</context>
<context>
    <name>rc::BulkRunLock</name>
    <message>
        <source>This list is already being run by %1 (PID %2 on %3) since %4. Wait for it to finish or stop it.</source>
        <translation>Cette liste est déjà en cours d&apos;exécution par %1 (PID %2 sur %3) depuis %4. Attendez la fin de cette exécution ou arrêtez-la.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>un hôte inconnu</translation>
    </message>
    <message>
        <source>This list is already being run by another program. Wait for it to finish or stop it.</source>
        <translation>Cette liste est déjà en cours d&apos;exécution par un autre programme. Attendez la fin de cette exécution ou arrêtez-la.</translation>
    </message>
    <message>
        <source>The lock %1 of this list&apos;s run cannot be created.</source>
        <translation>Le verrou %1 de l&apos;exécution de cette liste ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>rc::BulkScheduler</name>
    <message>
        <source>The service did not answer for this user.</source>
        <translation>Le service n&apos;a pas répondu pour cet utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 asked to wait %n s before the next request, longer than this run waits. Run the same command again later: it resumes where it stopped.</source>
        <translation>
            <numerusform>Microsoft 365 a demandé d&apos;attendre %n s avant la prochaine requête, plus que cette exécution n&apos;accepte d&apos;attendre. Relancez la même commande plus tard&#xa0;: elle reprend là où elle s&apos;est arrêtée.</numerusform>
            <numerusform>Microsoft 365 a demandé d&apos;attendre %n s avant la prochaine requête, plus que cette exécution n&apos;accepte d&apos;attendre. Relancez la même commande plus tard&#xa0;: elle reprend là où elle s&apos;est arrêtée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 kept throttling for more than %n s, so the run stopped. Run the same command again later: it resumes where it stopped.</source>
        <translation>
            <numerusform>Microsoft 365 a limité les requêtes pendant plus de %n s&#xa0;; l&apos;exécution a donc été arrêtée. Relancez la même commande plus tard&#xa0;: elle reprend là où elle s&apos;est arrêtée.</numerusform>
            <numerusform>Microsoft 365 a limité les requêtes pendant plus de %n s&#xa0;; l&apos;exécution a donc été arrêtée. Relancez la même commande plus tard&#xa0;: elle reprend là où elle s&apos;est arrêtée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkSession</name>
    <message>
        <source>The run&apos;s journal could not be opened, so a run could not resume after a crash: %1</source>
        <translation>Le journal de l&apos;exécution n&apos;a pas pu être ouvert&#xa0;; une exécution ne pourrait donc pas reprendre après un plantage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revocations are refused: the audit log could not be opened.</source>
        <translation>Révocations refusées&#xa0;: le journal d&apos;audit n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Il n&apos;y a encore rien à exporter.</translation>
    </message>
</context>
<context>
    <name>rc::CertificateCredential</name>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>La phrase secrète de %1 est incorrecte.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Enter the passphrase to use it.</source>
        <translation>%1 est protégé par une phrase secrète. Entrez la phrase secrète pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>%1 is not a certificate file. Use a PFX/PKCS#12 file, or a PEM file with the certificate and its private key.</source>
        <translation>%1 n&apos;est pas un fichier de certificat. Utilisez un fichier PFX/PKCS#12, ou un fichier PEM contenant le certificat et sa clé privée.</translation>
    </message>
    <message>
        <source>%1 contains no private key. Use a PFX/PKCS#12 file, or a PEM file with the certificate and its private key.</source>
        <translation>%1 ne contient aucune clé privée. Utilisez un fichier PFX/PKCS#12, ou un fichier PEM contenant le certificat et sa clé privée.</translation>
    </message>
    <message>
        <source>%1 asks for more key-derivation rounds than a certificate file needs (over %2). Export it again with the usual settings.</source>
        <translation>%1 demande plus d&apos;itérations de dérivation de clé qu&apos;un fichier de certificat n&apos;en a besoin (plus de %2). Exportez-le à nouveau avec les paramètres habituels.</translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>Le fichier de certificat %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a certificate file.</source>
        <translation>%1 est un dossier, pas un fichier de certificat.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read. Check that you may open it.</source>
        <translation>Le fichier de certificat %1 ne peut pas être lu. Vérifiez que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The certificate in %1 could not be read.</source>
        <translation>Le certificat contenu dans %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The private key in %1 could not be read.</source>
        <translation>La clé privée contenue dans %1 n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation>Le fichier de certificat %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The private key in %1 is not an RSA key (it is %2). Microsoft Entra ID accepts only RSA certificates.</source>
        <translation>La clé privée de %1 n&apos;est pas une clé RSA (c&apos;est %2). Microsoft Entra ID n&apos;accepte que les certificats RSA.</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to its certificate (%2).</source>
        <translation>La clé privée de %1 ne correspond pas à son certificat (%2).</translation>
    </message>
    <message>
        <source>The private key in %1 cannot sign: the file is damaged (%2).</source>
        <translation>La clé privée de %1 ne peut pas signer&#xa0;: le fichier est endommagé (%2).</translation>
    </message>
    <message>
        <source>The certificate in %1 (%2) expired on %3. Create a new certificate and upload it to the app registration.</source>
        <translation>Le certificat de %1 (%2) a expiré le %3. Créez un certificat et chargez-le dans l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key could not sign the request.</source>
        <translation>La clé privée du certificat n&apos;a pas pu signer la requête.</translation>
    </message>
</context>
<context>
    <name>rc::CloudEndpoints</name>
    <message>
        <source>The cloud setting &quot;%1&quot; is not a valid base URL: %2</source>
        <translation>Le paramètre de cloud &quot;%1&quot; n&apos;est pas une URL de base valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refusing to use %1: Microsoft 365 is only reached over https (plain http is allowed for a local emulator on this computer only).</source>
        <translation>Refus d&apos;utiliser %1&#xa0;: Microsoft 365 n&apos;est joignable qu&apos;en https (le http simple n&apos;est autorisé que pour un émulateur local sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;. Use global, usgov, china or --cloud-config FILE.</source>
        <translation>Cloud inconnu «&#xa0;%1&#xa0;». Utilisez global, usgov, china ou --cloud-config FILE.</translation>
    </message>
    <message>
        <source>The cloud configuration is not a JSON object (%1).</source>
        <translation>La configuration cloud n&apos;est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>The cloud configuration has no &quot;%1&quot; URL.</source>
        <translation>La configuration cloud n&apos;a pas d&apos;URL &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the cloud configuration %1: %2</source>
        <translation>Impossible de lire la configuration cloud %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cloud configuration %1 is larger than %2 KB; it is not one.</source>
        <translation>La configuration cloud %1 dépasse %2 Ko&#xa0;; ce n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>The SharePoint channel needs the tenant&apos;s initial domain (for example contoso.onmicrosoft.com) to find its admin site; &quot;%1&quot; is not one.</source>
        <translation>Le canal SharePoint a besoin du domaine initial du locataire (par exemple contoso.onmicrosoft.com) pour trouver son site d&apos;administration&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
</context>
<context>
    <name>rc::Containment</name>
    <message>
        <source>Sign-in was already blocked.</source>
        <translation>La connexion était déjà bloquée.</translation>
    </message>
    <message>
        <source>Would block sign-in for %1.</source>
        <translation>Bloquerait la connexion de %1.</translation>
    </message>
    <message>
        <source>Sign-in blocked, and read back.</source>
        <translation>Connexion bloquée, confirmée par relecture.</translation>
    </message>
    <message>
        <source>Blocking was accepted, but the account still reads as enabled.</source>
        <translation>Blocage accepté, mais le compte apparaît toujours activé.</translation>
    </message>
    <message>
        <source>Blocking was accepted, but reading it back failed: %1</source>
        <translation>Blocage accepté, mais la relecture a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account is synced from on-premises Active Directory: block it there too, or sync may undo this.</source>
        <translation>Le compte est synchronisé depuis l&apos;Active Directory local&#xa0;: bloquez-le aussi là-bas, sinon la synchronisation peut annuler ce blocage.</translation>
    </message>
    <message>
        <source>an on-premises Active Directory administrator</source>
        <translation>un administrateur de l&apos;Active Directory local</translation>
    </message>
    <message>
        <source>Sessions revoked, and verified: sessions are valid only from %1.</source>
        <translation>Sessions révoquées et vérifiées&#xa0;: les sessions ne sont valides qu&apos;à partir de %1.</translation>
    </message>
    <message>
        <source>Would revoke every session of %1.</source>
        <translation>Révoquerait toutes les sessions de %1.</translation>
    </message>
    <message>
        <source>Revocation was accepted, but &quot;sessions valid from&quot; did not move.</source>
        <translation>Révocation acceptée, mais «&#xa0;sessions valides depuis&#xa0;» n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The user&apos;s devices could not be listed: %1</source>
        <translation>Les appareils de l&apos;utilisateur n&apos;ont pas pu être listés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No devices are registered to %1.</source>
        <translation>Aucun appareil n&apos;est inscrit au nom de %1.</translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation>Déjà désactivé.</translation>
    </message>
    <message>
        <source>Would disable %1.</source>
        <translation>Désactiverait %1.</translation>
    </message>
    <message>
        <source>Not sent: disabling %1 was refused.</source>
        <translation>Non envoyé&#xa0;: la désactivation de %1 a été refusée.</translation>
    </message>
    <message>
        <source>Disabled, and read back.</source>
        <translation>Désactivé, confirmé par relecture.</translation>
    </message>
    <message>
        <source>Disabling was accepted, but the device still reads as enabled.</source>
        <translation>Désactivation acceptée, mais l&apos;appareil apparaît toujours activé.</translation>
    </message>
    <message>
        <source>Disabling was accepted, but reading it back failed: %1</source>
        <translation>Désactivation acceptée, mais la relecture a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every device was already disabled.</source>
        <translation>Tous les appareils étaient déjà désactivés.</translation>
    </message>
    <message>
        <source>%1 of %2 devices disabled and read back.</source>
        <translation>%1 sur %2 appareils désactivés et confirmés par relecture.</translation>
    </message>
    <message>
        <source>Block sign-in</source>
        <translation>Bloquer la connexion</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Révoquer les sessions</translation>
    </message>
    <message>
        <source>Disable devices</source>
        <translation>Désactiver les appareils</translation>
    </message>
    <message>
        <source>Unblock sign-in</source>
        <translation>Débloquer la connexion</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Enable devices</source>
        <translation>Activer les appareils</translation>
    </message>
    <message numerus="yes">
        <source>Would disable %n devices.</source>
        <translation>
            <numerusform>Désactiverait %n appareil.</numerusform>
            <numerusform>Désactiverait %n appareils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices disabled, and read back.</source>
        <translation>
            <numerusform>%n appareil désactivé, confirmé par relecture.</numerusform>
            <numerusform>%n appareils désactivés, confirmés par relecture.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ContainmentChecks</name>
    <message>
        <source>A guest: their home organization has to sign them out. Nothing will be sent.</source>
        <translation>Un invité&#xa0;: son organisation d&apos;origine doit le déconnecter. Rien ne sera envoyé.</translation>
    </message>
    <message>
        <source>Sign-in is already blocked for this account. Revoking its sessions is still allowed.</source>
        <translation>La connexion est déjà bloquée pour ce compte. La révocation de ses sessions reste possible.</translation>
    </message>
    <message>
        <source>Synced from on-premises Active Directory: sync can undo a block made here. Block the account in on-premises Active Directory too.</source>
        <translation>Synchronisé depuis l&apos;Active Directory local&#xa0;: la synchronisation peut annuler un blocage fait ici. Bloquez aussi le compte dans l&apos;Active Directory local.</translation>
    </message>
    <message>
        <source>Holds an administrator role (%1): check that this is the right person before you act.</source>
        <translation>Détient un rôle d&apos;administrateur (%1)&#xa0;: vérifiez qu&apos;il s&apos;agit de la bonne personne avant d&apos;agir.</translation>
    </message>
    <message>
        <source>This is your own account: you will be signed out too.</source>
        <translation>C&apos;est votre propre compte&#xa0;: vous serez aussi déconnecté.</translation>
    </message>
</context>
<context>
    <name>rc::ContainmentPermission</name>
    <message>
        <source>Your directory roles are unknown (%1), so Microsoft 365 will decide whether you may block sign-in.</source>
        <translation>Vos rôles d&apos;annuaire sont inconnus (%1)&#xa0;; Microsoft 365 décidera donc si vous pouvez bloquer la connexion.</translation>
    </message>
    <message>
        <source>None of your directory roles (%1) may block sign-in: unless a custom or administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.</source>
        <translation>Aucun de vos rôles d&apos;annuaire (%1) ne permet de bloquer la connexion&#xa0;: sauf si un rôle personnalisé ou d&apos;unité administrative l&apos;autorise, Microsoft 365 refusera. Un %2 le peut.</translation>
    </message>
    <message>
        <source>This user&apos;s directory roles are unknown (%1), so Microsoft 365 will decide whether you may block their sign-in.</source>
        <translation>Les rôles d&apos;annuaire de cet utilisateur sont inconnus (%1)&#xa0;; Microsoft 365 décidera donc si vous pouvez bloquer sa connexion.</translation>
    </message>
    <message>
        <source>Your roles (%1) may not block the sign-in of a user who holds %2: a %3 can.</source>
        <translation>Vos rôles (%1) ne permettent pas de bloquer la connexion d&apos;un utilisateur qui détient %2&#xa0;: un %3 le peut.</translation>
    </message>
    <message>
        <source>Your directory roles are unknown (%1), so Microsoft 365 will decide whether you may disable devices.</source>
        <translation>Vos rôles d&apos;annuaire sont inconnus (%1)&#xa0;; Microsoft 365 décidera donc si vous pouvez désactiver des appareils.</translation>
    </message>
    <message>
        <source>None of your directory roles (%1) may disable devices: unless a custom or administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.</source>
        <translation>Aucun de vos rôles d&apos;annuaire (%1) ne permet de désactiver des appareils&#xa0;: sauf si un rôle personnalisé ou d&apos;unité administrative l&apos;autorise, Microsoft 365 refusera. Un %2 le peut.</translation>
    </message>
</context>
<context>
    <name>rc::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service named a sign-in page that is not a secure (https) address, so it was not opened: %1. Sign-in stopped; check the cloud settings.</source>
        <translation>Le service de connexion a indiqué une page de connexion qui n&apos;est pas une adresse sécurisée (https)&#xa0;; elle n&apos;a donc pas été ouverte&#xa0;: %1. Connexion arrêtée&#xa0;; vérifiez les paramètres du cloud.</translation>
    </message>
</context>
<context>
    <name>rc::HttpClient</name>
    <message>
        <source>A sign-in token was about to be sent to a host it was not issued for; the request was stopped.</source>
        <translation>Un jeton de connexion allait être envoyé à un hôte pour lequel il n&apos;a pas été émis&#xa0;; la requête a été arrêtée.</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to be genuine; it was ignored.</source>
        <translation>%1 a envoyé une réponse trop volumineuse pour être authentique&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>%1 tried to redirect the request to another host (%2). It was not followed, so your sign-in was not sent there.</source>
        <translation>%1 a tenté de rediriger la requête vers un autre hôte (%2). La redirection n&apos;a pas été suivie&#xa0;; votre connexion n&apos;y a donc pas été envoyée.</translation>
    </message>
</context>
<context>
    <name>rc::LoopbackRedirect</name>
    <message>
        <source>Revoke Console could not open a local port to receive the browser sign-in.</source>
        <translation>Revoke Console n&apos;a pas pu ouvrir de port local pour recevoir la connexion par navigateur.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n&apos;y a rien ici.</translation>
    </message>
    <message>
        <source>Not the expected sign-in</source>
        <translation>Connexion inattendue</translation>
    </message>
    <message>
        <source>This is not the sign-in answer Revoke Console is waiting for. Start the sign-in again from Revoke Console if it is still open.</source>
        <translation>Ce n&apos;est pas la réponse de connexion qu&apos;attend Revoke Console. Relancez la connexion depuis Revoke Console s&apos;il est toujours ouvert.</translation>
    </message>
    <message>
        <source>You are signed in to Revoke Console.</source>
        <translation>Vous êtes connecté à Revoke Console.</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed</source>
        <translation>La connexion a échoué</translation>
    </message>
</context>
<context>
    <name>rc::NetworkErrorText</name>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>Impossible de se connecter à %1&#xa0;: la connexion a été refusée.</translation>
    </message>
    <message>
        <source>Could not find %1. Check the network connection and the cloud settings.</source>
        <translation>%1 est introuvable. Vérifiez la connexion réseau et les paramètres du cloud.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n seconde(s).</numerusform>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n seconde(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. A proxy or a wrong clock can cause this.</source>
        <translation>La connexion sécurisée à %1 n&apos;a pas pu être vérifiée&#xa0;; rien n&apos;a donc été envoyé. Un proxy ou une horloge incorrecte peut en être la cause.</translation>
    </message>
    <message>
        <source>The network proxy did not let the request to %1 through.</source>
        <translation>Le proxy réseau n&apos;a pas laissé passer la requête vers %1.</translation>
    </message>
    <message>
        <source>The network is not available, so %1 could not be reached.</source>
        <translation>Le réseau n&apos;est pas disponible&#xa0;; %1 n&apos;a donc pas pu être joint.</translation>
    </message>
    <message>
        <source>Could not reach %1 because of a network error.</source>
        <translation>Impossible de joindre %1 en raison d&apos;une erreur réseau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish answering within %n second(s); the request was stopped.</source>
        <translation>
            <numerusform>%1 n&apos;a pas fini de répondre dans un délai de %n seconde(s)&#xa0;; la requête a été arrêtée.</numerusform>
            <numerusform>%1 n&apos;a pas fini de répondre dans un délai de %n seconde(s)&#xa0;; la requête a été arrêtée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::Pkce</name>
    <message>
        <source>A PKCE code verifier must be 43 to 128 letters, digits or -._~ characters.</source>
        <translation>Un vérificateur de code PKCE doit comporter de 43 à 128 lettres, chiffres ou caractères -._~.</translation>
    </message>
</context>
<context>
    <name>rc::PrivateFile</name>
    <message>
        <source>%1 cannot be made private: %2</source>
        <translation>%1 ne peut pas être rendu privé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::ReadCapped</name>
    <message numerus="yes">
        <source>It is larger than %n bytes.</source>
        <translation>
            <numerusform>Sa taille dépasse %n octet.</numerusform>
            <numerusform>Sa taille dépasse %n octets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ResponseError</name>
    <message>
        <source>%1 did not accept the sign-in. Sign in again.</source>
        <translation>%1 n&apos;a pas accepté la connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 refused: the signed-in account is not allowed to do this.</source>
        <translation>%1 a refusé&#xa0;: le compte connecté n&apos;est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>%1 did not find what was asked for.</source>
        <translation>%1 n&apos;a pas trouvé l&apos;élément demandé.</translation>
    </message>
    <message>
        <source>Microsoft 365 is busy or throttling requests (%1 answered %2).</source>
        <translation>Microsoft 365 est occupé ou limite les requêtes (%1 a répondu %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 a répondu par une erreur (HTTP %2).</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Réponse du service&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read (%2).</source>
        <translation>%1 a envoyé une réponse illisible (%2).</translation>
    </message>
</context>
<context>
    <name>rc::Restore</name>
    <message>
        <source>The audit log is not open, so nothing can be restored.</source>
        <translation>Le journal d&apos;audit n&apos;est pas ouvert&#xa0;; rien ne peut donc être restauré.</translation>
    </message>
    <message>
        <source>A revoked session cannot come back: %1 signs in again.</source>
        <translation>Une session révoquée ne peut pas revenir&#xa0;: %1 doit se reconnecter.</translation>
    </message>
    <message>
        <source>Sign-in is not blocked.</source>
        <translation>La connexion n&apos;est pas bloquée.</translation>
    </message>
    <message>
        <source>Sign-in was not blocked by Revoke Console: it is left as it is.</source>
        <translation>La connexion n&apos;a pas été bloquée par Revoke Console&#xa0;: elle reste en l&apos;état.</translation>
    </message>
    <message>
        <source>Would unblock sign-in for %1.</source>
        <translation>Débloquerait la connexion de %1.</translation>
    </message>
    <message>
        <source>Sign-in unblocked, and read back.</source>
        <translation>Connexion débloquée, confirmée par relecture.</translation>
    </message>
    <message>
        <source>Unblocking was accepted, but the account still reads as blocked.</source>
        <translation>Déblocage accepté, mais le compte apparaît toujours bloqué.</translation>
    </message>
    <message>
        <source>Unblocking was accepted, but reading it back failed: %1</source>
        <translation>Déblocage accepté, mais la relecture a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revoke Console disabled no device of %1.</source>
        <translation>Revoke Console n&apos;a désactivé aucun appareil de %1.</translation>
    </message>
    <message>
        <source>Would enable %1 of the devices Revoke Console disabled.</source>
        <translation>Activerait %1 des appareils désactivés par Revoke Console.</translation>
    </message>
    <message>
        <source>%1 of %2 devices enabled and read back.</source>
        <translation>%1 sur %2 appareils activés et confirmés par relecture.</translation>
    </message>
    <message>
        <source>Would enable %1.</source>
        <translation>Activerait %1.</translation>
    </message>
    <message>
        <source>Enabled, and read back.</source>
        <translation>Activé, confirmé par relecture.</translation>
    </message>
    <message>
        <source>Enabling was accepted, but the device still reads as disabled.</source>
        <translation>Activation acceptée, mais l&apos;appareil apparaît toujours désactivé.</translation>
    </message>
    <message>
        <source>Enabling was accepted, but reading it back failed: %1</source>
        <translation>Activation acceptée, mais la relecture a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::RevokeFlow</name>
    <message>
        <source>Not available (needs Entra ID P1)</source>
        <translation>Non disponible (nécessite Entra ID P1)</translation>
    </message>
    <message>
        <source>Not available (needs a role that may read sign-in activity, such as Reports Reader)</source>
        <translation>Non disponible (nécessite un rôle autorisé à lire l&apos;activité de connexion, comme Lecteur de rapports)</translation>
    </message>
    <message>
        <source>Not available (needs AuditLog.Read.All)</source>
        <translation>Non disponible (nécessite AuditLog.Read.All)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Non disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a member of this directory</source>
        <translation>pas membre de cet annuaire</translation>
    </message>
    <message>
        <source>the user could not be looked up</source>
        <translation>l&apos;utilisateur n&apos;a pas pu être recherché</translation>
    </message>
    <message>
        <source>they are being read</source>
        <translation>lecture en cours</translation>
    </message>
    <message>
        <source>Will not be applicable for guest users.</source>
        <translation>Ne s&apos;applique pas aux utilisateurs invités.</translation>
    </message>
</context>
<context>
    <name>rc::RevokePermission</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>no directory role</source>
        <translation>aucun rôle d&apos;annuaire</translation>
    </message>
    <message>
        <source>Your directory roles are unknown (%1), so Microsoft 365 will decide.</source>
        <translation>Vos rôles d&apos;annuaire sont inconnus (%1)&#xa0;; Microsoft 365 décidera.</translation>
    </message>
    <message>
        <source>Your roles (%1) may not run the SharePoint operation: a %2 can.</source>
        <translation>Vos rôles (%1) ne permettent pas d&apos;exécuter l&apos;opération SharePoint&#xa0;: un %2 le peut.</translation>
    </message>
    <message>
        <source>None of your directory roles (%1) may revoke sessions: unless a custom or administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.</source>
        <translation>Aucun de vos rôles d&apos;annuaire (%1) ne permet de révoquer des sessions&#xa0;: sauf si un rôle personnalisé ou d&apos;unité administrative l&apos;autorise, Microsoft 365 refusera. Un %2 le peut.</translation>
    </message>
    <message>
        <source>This sign-in was not granted %1, so revocations will be refused. %2</source>
        <translation>Cette connexion ne dispose pas de %1&#xa0;; les révocations seront donc refusées. %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>This sign-in was not granted %1, so users cannot be looked up. %2</source>
        <translation>Cette connexion ne dispose pas de %1&#xa0;; les utilisateurs ne peuvent donc pas être recherchés. %2</translation>
    </message>
    <message>
        <source>Your directory roles are unknown (%1): Microsoft 365 decides what you may revoke.</source>
        <translation>Vos rôles d&apos;annuaire sont inconnus (%1)&#xa0;: Microsoft 365 décide de ce que vous pouvez révoquer.</translation>
    </message>
    <message>
        <source>None of your directory roles may revoke sessions: unless a custom or administrative-unit role allows it, revocations will be refused. Entra ID needs a %1; SharePoint needs a %2.</source>
        <translation>Aucun de vos rôles d&apos;annuaire ne permet de révoquer des sessions&#xa0;: sauf si un rôle personnalisé ou d&apos;unité administrative l&apos;autorise, les révocations seront refusées. Entra ID nécessite un %1&#xa0;; SharePoint nécessite un %2.</translation>
    </message>
    <message>
        <source>Your roles may revoke on SharePoint only; the Entra ID channel needs a %1.</source>
        <translation>Vos rôles ne permettent de révoquer que via SharePoint&#xa0;; le canal Entra ID nécessite un %1.</translation>
    </message>
    <message>
        <source>Your roles may sign out users without an administrator role, but not most administrators: the card says who can sign out each one (a %1 can sign out anyone).</source>
        <translation>Vos rôles permettent de déconnecter les utilisateurs sans rôle d&apos;administrateur, mais pas la plupart des administrateurs&#xa0;: la carte indique qui peut déconnecter chacun (un %1 peut déconnecter tout le monde).</translation>
    </message>
    <message>
        <source>The SharePoint channel needs a %1.</source>
        <translation>Le canal SharePoint nécessite un %1.</translation>
    </message>
    <message>
        <source>This sign-in was not granted %1. %2</source>
        <translation>Cette connexion ne dispose pas de %1. %2</translation>
    </message>
    <message>
        <source>This user&apos;s directory roles are unknown (%1): if they hold an administrator role, a %2 may be needed. Microsoft 365 will decide.</source>
        <translation>Les rôles d&apos;annuaire de cet utilisateur sont inconnus (%1)&#xa0;: s&apos;il détient un rôle d&apos;administrateur, un %2 peut être nécessaire. Microsoft 365 décidera.</translation>
    </message>
    <message>
        <source>This user is an administrator (%1). Your roles (%2) may not sign them out: a %3 can sign them out.</source>
        <translation>Cet utilisateur est un administrateur (%1). Vos rôles (%2) ne permettent pas de le déconnecter&#xa0;: un %3 le peut.</translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation>Administrateur général</translation>
    </message>
    <message>
        <source>Privileged Authentication Administrator</source>
        <translation>Administrateur d&apos;authentification privilégié</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrateur de rôle privilégié</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Administrateur d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Administrateur du support technique</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Administrateur d&apos;authentification</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>Administrateur SharePoint</translation>
    </message>
    <message>
        <source>Cloud Device Administrator</source>
        <translation>Administrateur d&apos;appareils cloud</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Administrateur Intune</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Administrateur Exchange</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Administrateur de la sécurité</translation>
    </message>
</context>
<context>
    <name>rc::RoleSet</name>
    <message>
        <source>they could not be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::SecretStore</name>
    <message>
        <source>The system keychain is not available (no Secret Service on the session bus), so %1.</source>
        <translation>Le trousseau système n&apos;est pas disponible (pas de Secret Service sur le bus de session), donc %1.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so %1.</source>
        <translation>Le trousseau système est verrouillé ou a refusé l&apos;accès, donc %1.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s (it may be waiting to be unlocked), so %2.</source>
        <translation>Le trousseau système n&apos;a pas répondu dans les %1 s (il attend peut-être d&apos;être déverrouillé), donc %2.</translation>
    </message>
    <message>
        <source>The system keychain reported an error, so %1.</source>
        <translation>Le trousseau système a signalé une erreur, donc %1.</translation>
    </message>
    <message>
        <source>the stored secret could not be read</source>
        <translation>le secret stocké n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the secret could not be saved</source>
        <translation>le secret n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>the stored secret could not be removed</source>
        <translation>le secret stocké n&apos;a pas pu être supprimé</translation>
    </message>
</context>
<context>
    <name>rc::ServiceCaller</name>
    <message>
        <source>%1 did not accept the sign-in, even after a refresh. Sign in again.</source>
        <translation>%1 n&apos;a pas accepté la connexion, même après une actualisation. Reconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests or is unavailable, and did not recover after %n attempt(s). Try again in a few minutes.</source>
        <translation>
            <numerusform>Microsoft 365 limite les requêtes ou est indisponible, et ne s&apos;est pas rétabli après %n tentative. Réessayez dans quelques minutes.</numerusform>
            <numerusform>Microsoft 365 limite les requêtes ou est indisponible, et ne s&apos;est pas rétabli après %n tentatives. Réessayez dans quelques minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::Settings</name>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1.</translation>
    </message>
</context>
<context>
    <name>rc::SignInCheck</name>
    <message>
        <source>The sign-in log could not be read: it needs an Entra ID P1 licence, the AuditLog.Read.All permission and a role that reads sign-in logs (Reports Reader, Security Reader, Security Administrator or Global Reader). Microsoft 365 said: %1</source>
        <translation>Le journal des connexions n&apos;a pas pu être lu&#xa0;: il faut une licence Entra ID P1, l&apos;autorisation AuditLog.Read.All et un rôle qui lit les journaux de connexion (Lecteur de rapports, Lecteur de sécurité, Administrateur de la sécurité ou Lecteur général). Microsoft 365 a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in log could not be read: %1</source>
        <translation>Le journal des connexions n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 at %2, after the revocation: something still works. Check again in a few minutes, and block sign-in if it is not blocked.</source>
        <translation>Connexion à %1 le %2, après la révocation&#xa0;: un accès fonctionne encore. Revérifiez dans quelques minutes et bloquez la connexion si elle ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>an app</source>
        <translation>une application</translation>
    </message>
    <message>
        <source>No sign-in since %1. The log lags by a few minutes: check again later.</source>
        <translation>Aucune connexion depuis %1. Le journal a quelques minutes de retard&#xa0;: revérifiez plus tard.</translation>
    </message>
</context>
<context>
    <name>rc::SignInSession</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired or was revoked. Sign in again.</source>
        <translation>Votre connexion enregistrée a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in gave no refresh token, so SharePoint cannot be reached. Check the app registration.</source>
        <translation>La connexion n&apos;a fourni aucun jeton d&apos;actualisation&#xa0;; SharePoint est donc inaccessible. Vérifiez l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>App %1 (certificate %2)</source>
        <translation>Application %1 (certificat %2)</translation>
    </message>
</context>
<context>
    <name>rc::SignedInAdmin</name>
    <message>
        <source>they are being read</source>
        <translation>lecture en cours</translation>
    </message>
    <message>
        <source>your account could not be read</source>
        <translation>votre compte n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>an app-only sign-in holds no directory roles</source>
        <translation>une connexion d&apos;application uniquement ne détient aucun rôle d&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>rc::StatusMessage</name>
    <message>
        <source>New sign-ins and token refreshes are blocked now. Access tokens already issued stay valid until they expire, up to about an hour; apps with continuous access evaluation react within minutes.</source>
        <translation>Les nouvelles connexions et actualisations de jetons sont désormais bloquées. Les jetons d&apos;accès déjà émis restent valides jusqu&apos;à leur expiration, environ une heure au plus&#xa0;; les applications avec évaluation continue de l&apos;accès réagissent en quelques minutes.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and we couldn&apos;t sign out %1 from any device.</source>
        <translation>Désolé, un problème est survenu et nous n&apos;avons pu déconnecter %1 d&apos;aucun appareil.</translation>
    </message>
    <message>
        <source>The SharePoint operation needs a %1.</source>
        <translation>L&apos;opération SharePoint nécessite un %1.</translation>
    </message>
    <message>
        <source>Revoking sessions needs the User.RevokeSessions.All permission and a role that may revoke: %1; for most users who hold an administrator role, %2.</source>
        <translation>La révocation des sessions nécessite l&apos;autorisation User.RevokeSessions.All et un rôle autorisé à révoquer&#xa0;: %1&#xa0;; pour la plupart des utilisateurs ayant un rôle d&apos;administrateur, %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>We successfully signed out %1 from all devices.</source>
        <translation>Nous avons déconnecté %1 de tous les appareils.</translation>
    </message>
    <message>
        <source>It can take up to an hour to sign out %1 from all devices.</source>
        <translation>La déconnexion de %1 de tous les appareils peut prendre jusqu&apos;à une heure.</translation>
    </message>
    <message>
        <source>Verified: sessions valid from %1.</source>
        <translation>Vérifié&#xa0;: sessions valides à partir de %1.</translation>
    </message>
    <message>
        <source>Not confirmed: Microsoft 365 accepted the request to sign out %1, but reading the user back failed, so the sign-out could not be verified.</source>
        <translation>Non confirmé&#xa0;: Microsoft 365 a accepté la demande de déconnexion de %1, mais la relecture de l&apos;utilisateur a échoué&#xa0;; la déconnexion n&apos;a donc pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Not confirmed: Microsoft 365 accepted the request to sign out %1, but their sessions are still valid from %2, so the sign-out did not take effect.</source>
        <translation>Non confirmé&#xa0;: Microsoft 365 a accepté la demande de déconnexion de %1, mais ses sessions sont toujours valides depuis %2&#xa0;; la déconnexion n&apos;a donc pas pris effet.</translation>
    </message>
    <message>
        <source>Try again; if it persists, contact Microsoft support with the correlation id.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, contactez le support Microsoft avec l&apos;ID de corrélation.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find the %1. Check for typos and try again.</source>
        <translation>Nous n&apos;avons pas trouvé %1. Vérifiez l&apos;orthographe et réessayez.</translation>
    </message>
    <message>
        <source>The cmdlet will be available in the future, but it isn&apos;t ready for use in your organization yet.</source>
        <translation>L&apos;applet de commande sera disponible à l&apos;avenir, mais elle n&apos;est pas encore prête à être utilisée dans votre organisation.</translation>
    </message>
    <message>
        <source>Microsoft retired this SharePoint operation in November 2024. The Entra ID channel signs the user out of every Microsoft 365 app.</source>
        <translation>Microsoft a retiré cette opération SharePoint en novembre 2024. Le canal Entra ID déconnecte l&apos;utilisateur de toutes les applications Microsoft 365.</translation>
    </message>
    <message>
        <source>Will not be applicable for guest users.</source>
        <translation>Ne s&apos;applique pas aux utilisateurs invités.</translation>
    </message>
    <message>
        <source>%1 is a guest: their sessions belong to their home organization, which can sign them out.</source>
        <translation>%1 est un invité&#xa0;: ses sessions relèvent de son organisation d&apos;origine, qui peut le déconnecter.</translation>
    </message>
    <message>
        <source>You don&apos;t have permission to sign out %1.</source>
        <translation>Vous n&apos;êtes pas autorisé à déconnecter %1.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests, retrying in %n s.</source>
        <translation>
            <numerusform>Microsoft 365 limite les requêtes, nouvelle tentative dans %n s.</numerusform>
            <numerusform>Microsoft 365 limite les requêtes, nouvelle tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service answered HTTP %1 (busy or unavailable).</source>
        <translation>Le service a répondu HTTP %1 (occupé ou indisponible).</translation>
    </message>
    <message>
        <source>What if: Performing the operation &quot;Revoke-SPOUserSession&quot; on target &quot;%1&quot;.</source>
        <translation>WhatIf&#xa0;: Opération «&#xa0;Revoke-SPOUserSession&#xa0;» en cours sur la cible «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>rc::Tenant</name>
    <message>
        <source>&quot;%1&quot; is not a tenant. Use its domain (for example contoso.onmicrosoft.com) or its tenant ID.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un locataire. Utilisez son domaine (par exemple contoso.onmicrosoft.com) ou son ID de locataire.</translation>
    </message>
</context>
<context>
    <name>rc::TenantProfile</name>
    <message>
        <source>--client-id must be an application (client) ID, a GUID.</source>
        <translation>--client-id doit être un ID d&apos;application (client), un GUID.</translation>
    </message>
    <message>
        <source>This is not a Revoke Console profile (version %1 expected).</source>
        <translation>Ce n&apos;est pas un profil Revoke Console (version %1 attendue).</translation>
    </message>
    <message>
        <source>The profile&apos;s sign-in must be device-code, browser or certificate.</source>
        <translation>La connexion du profil doit être device-code, browser ou certificate.</translation>
    </message>
    <message>
        <source>A certificate profile must name its certificate file.</source>
        <translation>Un profil de certificat doit indiquer son fichier de certificat.</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation>Impossible de lire le profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile.</source>
        <translation>%1 est trop volumineux pour être un profil.</translation>
    </message>
    <message>
        <source>The profile %1 is not JSON (%2).</source>
        <translation>Le profil %1 n&apos;est pas du JSON (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::TokenCache</name>
    <message>
        <source>You stay signed in for this run only: nothing is written to disk instead.</source>
        <translation>Vous restez connecté pour cette exécution seulement&#xa0;: rien n&apos;est écrit sur le disque à la place.</translation>
    </message>
</context>
<context>
    <name>rc::TokenEndpoint</name>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Pour vous connecter, ouvrez %1 et entrez le code %2.</translation>
    </message>
</context>
<context>
    <name>rc::UpnCheck</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: %2. Use the user&apos;s sign-in name, for example user1@contoso.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur valide&#xa0;: %2. Utilisez le nom de connexion de l&apos;utilisateur, par exemple user1@contoso.com.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s sign-in name, for example user1@contoso.com.</source>
        <translation>Entrez le nom de connexion de l&apos;utilisateur, par exemple user1@contoso.com.</translation>
    </message>
    <message>
        <source>it is longer than 113 characters</source>
        <translation>il dépasse 113 caractères</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>il contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <source>it contains &lt;, &gt; or &amp;</source>
        <translation>il contient &lt;, &gt; ou &amp;</translation>
    </message>
    <message>
        <source>it contains %1, and a user name has only letters A-Z, digits and &apos; . - _ ! # ^ ~ $</source>
        <translation>il contient %1, alors qu&apos;un nom d&apos;utilisateur ne comporte que des lettres A-Z, des chiffres et &apos; . - _ ! # ^ ~ $</translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>il ne contient pas de @</translation>
    </message>
    <message>
        <source>it needs one @ between a name and a domain</source>
        <translation>il faut un seul @ entre un nom et un domaine</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation>la partie avant le @ dépasse 64 caractères</translation>
    </message>
    <message>
        <source>the part after the @ is longer than 48 characters</source>
        <translation>la partie après le @ dépasse 48 caractères</translation>
    </message>
    <message>
        <source>a dot cannot come first, last, twice in a row or next to the @</source>
        <translation>un point ne peut pas être en premier, en dernier, doublé ou à côté du @</translation>
    </message>
</context>
<context>
    <name>rc::UpnList</name>
    <message>
        <source>the pasted list</source>
        <translation>la liste collée</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and open it again.</source>
        <translation>%1 n&apos;est pas du texte UTF-8. Enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et rouvrez-le.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a list of user names (over %2 MB).</source>
        <translation>%1 est trop volumineux pour une liste de noms d&apos;utilisateur (plus de %2 Mo).</translation>
    </message>
    <message>
        <source>The quote opened on line %1 of %2 is never closed.</source>
        <translation>Le guillemet ouvert à la ligne %1 de %2 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has more than %3 fields, which is not a list of people. Save only the column of user names and open it again.</source>
        <translation>La ligne %1 de %2 compte plus de %3 champs&#xa0;: ce n&apos;est pas une liste de personnes. Enregistrez uniquement la colonne des noms d&apos;utilisateur et rouvrez le fichier.</translation>
    </message>
    <message>
        <source>There are no user names in %1.</source>
        <translation>Il n&apos;y a aucun nom d&apos;utilisateur dans %1.</translation>
    </message>
    <message>
        <source>The user names of %1 are in column %2 (&quot;%3&quot;), but only its first %4 columns are read. Move that column to the left, or save only it, and open the list again.</source>
        <translation>Les noms d&apos;utilisateur de %1 sont dans la colonne %2 («&#xa0;%3&#xa0;»), mais seules ses %4 premières colonnes sont lues. Déplacez cette colonne vers la gauche, ou enregistrez-la seule, puis rouvrez la liste.</translation>
    </message>
    <message>
        <source>No user names were found in the first %1 columns of %2 (only those are read). Give the column of user names the header UserPrincipalName and move it to the left, or put one user name per line.</source>
        <translation>Aucun nom d&apos;utilisateur trouvé dans les %1 premières colonnes de %2 (seules celles-ci sont lues). Donnez à la colonne des noms d&apos;utilisateur l&apos;en-tête UserPrincipalName et déplacez-la vers la gauche, ou mettez un nom d&apos;utilisateur par ligne.</translation>
    </message>
    <message>
        <source>No user names were found in %1. Give the column of user names the header UserPrincipalName, or put one user name per line.</source>
        <translation>Aucun nom d&apos;utilisateur trouvé dans %1. Donnez à la colonne des noms d&apos;utilisateur l&apos;en-tête UserPrincipalName, ou mettez un nom d&apos;utilisateur par ligne.</translation>
    </message>
</context>
<context>
    <name>rc::cli</name>
    <message>
        <source>Unknown verb &quot;%1&quot;. Use revoke, contain, restore, signin, signout, profile, history or emulator.</source>
        <translation>Verbe inconnu «&#xa0;%1&#xa0;». Utilisez revoke, contain, restore, signin, signout, profile, history ou emulator.</translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID, a GUID.</source>
        <translation>--client-id doit être un ID d&apos;application (client), un GUID.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the certificate: --certificate FILE (PEM or PFX).</source>
        <translation>La connexion par certificat nécessite le certificat&#xa0;: --certificate FILE (PEM ou PFX).</translation>
    </message>
    <message>
        <source>Certificate (app-only) sign-in needs the tenant: --tenant contoso.onmicrosoft.com.</source>
        <translation>La connexion par certificat (application uniquement) nécessite le locataire&#xa0;: --tenant contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The demo tenant has no user %1. Try %2 or %3.</source>
        <translation>Le locataire de démo n&apos;a pas d&apos;utilisateur %1. Essayez %2 ou %3.</translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation>Le locataire de démo n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The emulator could not start: %1</source>
        <translation>L&apos;émulateur n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revocations are throttled to %1 per second (bursts of %2), as Microsoft Graph may do.</source>
        <translation>Les révocations sont limitées à %1 par seconde (rafales de %2), comme Microsoft Graph peut le faire.</translation>
    </message>
    <message>
        <source>Every answer is delayed by %1 ms.</source>
        <translation>Chaque réponse est retardée de %1 ms.</translation>
    </message>
    <message>
        <source>Demo tenant %1 is running on this computer. Save the line above as cloud.json and run, for example:
  revoke-console revoke --cloud-config cloud.json --tenant %1 --user adele.vance@%1
Press Ctrl+C to stop.</source>
        <translation>Le locataire de démo %1 s&apos;exécute sur cet ordinateur. Enregistrez la ligne ci-dessus sous cloud.json et exécutez, par exemple&#xa0;:
  revoke-console revoke --cloud-config cloud.json --tenant %1 --user adele.vance@%1
Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>%1 must be RATE or RATE:BURST, for example 50:100; it is &quot;%2&quot;.</source>
        <translation>%1 doit être RATE ou RATE:BURST, par exemple 50:100&#xa0;; la valeur est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--latency must be whole milliseconds from 0 to %1, for example 200; it is &quot;%2&quot;.</source>
        <translation>--latency doit être un nombre entier de millisecondes de 0 à %1, par exemple 200&#xa0;; la valeur est «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>rc::cli::AccountCommand</name>
    <message>
        <source>The demo tenant lives only as long as one run: there is nothing to sign in to or out of. Use revoke --demo or open the window with --demo.</source>
        <translation>Le locataire de démo n&apos;existe que le temps d&apos;une exécution&#xa0;: il n&apos;y a rien à quoi se connecter ou se déconnecter. Utilisez revoke --demo ou ouvrez la fenêtre avec --demo.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>The keychain items of %1 could not be deleted; see above.</source>
        <translation>Les éléments du trousseau de %1 n&apos;ont pas pu être supprimés&#xa0;; voir ci-dessus.</translation>
    </message>
    <message>
        <source>Signed out of %1: the system keychain no longer holds its sign-in.</source>
        <translation>Déconnecté de %1&#xa0;: le trousseau système ne contient plus sa connexion.</translation>
    </message>
    <message>
        <source>The sign-in is kept in the system keychain for the next run.</source>
        <translation>La connexion est conservée dans le trousseau système pour la prochaine exécution.</translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkProgressLine</name>
    <message>
        <source>Looking up: %1 of %2 (%3%)</source>
        <translation>Recherche&#xa0;: %1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Revoking: %1 of %2 (%3%)</source>
        <translation>Révocation&#xa0;: %1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>, %1 a second</source>
        <translation>, %1 par seconde</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, environ %1 s restantes</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <source> (Microsoft 365 is throttling: resuming in %1 s)</source>
        <translation> (Microsoft 365 limite les requêtes&#xa0;: reprise dans %1 s)</translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkReviewText</name>
    <message>
        <source>%1 ready</source>
        <translation>%1 prêt(s)</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 introuvable(s)</translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation>%1 désactivé(s)</translation>
    </message>
    <message>
        <source>%1 could not be looked up</source>
        <translation>%1 en échec de recherche</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>guest: their home organization signs them out</source>
        <translation>invité&#xa0;: son organisation d&apos;origine le déconnecte</translation>
    </message>
    <message>
        <source>not a user name</source>
        <translation>pas un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>not permitted for this sign-in</source>
        <translation>non autorisé pour cette connexion</translation>
    </message>
    <message>
        <source>could not be looked up</source>
        <translation>échec de la recherche</translation>
    </message>
    <message>
        <source>line %1 %2</source>
        <translation>ligne %1 %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autre(s)</translation>
    </message>
    <message>
        <source>A %1 can sign out:</source>
        <translation>Un %1 peut déconnecter&#xa0;:</translation>
    </message>
    <message>
        <source>  Hold an admin role (signed out all the same): %1</source>
        <translation>  Détiennent un rôle d&apos;administrateur (déconnectés quand même)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Disabled (signed out all the same): %1</source>
        <translation>  Désactivés (déconnectés quand même)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Roles unknown (sent; Microsoft 365 decides, and refuses if they are an admin your roles may not sign out): %1</source>
        <translation>  Rôles inconnus (envoyé&#xa0;; Microsoft 365 décide, et refuse s&apos;il s&apos;agit d&apos;un administrateur que vos rôles ne permettent pas de déconnecter)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Not sent (%1): %2</source>
        <translation>  Non envoyé (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>through Entra ID (every Microsoft 365 app, every device)</source>
        <translation>via Entra ID (toutes les applications Microsoft 365, tous les appareils)</translation>
    </message>
    <message>
        <source>through SharePoint (Revoke-SPOUserSession)</source>
        <translation>via SharePoint (Revoke-SPOUserSession)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>  Signing out: %1</source>
        <translation>  À déconnecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type %1 (the number of people) to confirm; anything else cancels: </source>
        <translation>Tapez %1 (le nombre de personnes) pour confirmer&#xa0;; toute autre saisie annule&#xa0;: </translation>
    </message>
    <message>
        <source>[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation>[O] Oui  [N] Non (la valeur par défaut est «&#xa0;N&#xa0;»)&#xa0;: </translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 already done. Only the rest is sent; anyone whose request was under way when the last run stopped may be signed out again, which is harmless (revoking sessions twice has the same effect as once). Use --restart to start afresh.</source>
        <translation>Reprise&#xa0;: %1 sur %2 déjà traités. Seul le reste est envoyé&#xa0;; toute personne dont la requête était en cours à l&apos;arrêt de la dernière exécution peut être déconnectée à nouveau, ce qui est sans conséquence (révoquer les sessions deux fois a le même effet qu&apos;une seule). Utilisez --restart pour repartir de zéro.</translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n invité</numerusform>
            <numerusform>%n invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid names</source>
        <translation>
            <numerusform>%n nom non valide</numerusform>
            <numerusform>%n noms non valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admins</source>
        <translation>
            <numerusform>%n administrateur</numerusform>
            <numerusform>%n administrateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with roles unknown</source>
        <translation>
            <numerusform>%n aux rôles inconnus</numerusform>
            <numerusform>%n aux rôles inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n non autorisé</numerusform>
            <numerusform>%n non autorisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows: </source>
        <translation>
            <numerusform>%n ligne&#xa0;: </numerusform>
            <numerusform>%n lignes&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people %1?</source>
        <translation>
            <numerusform>Déconnecter %n personne %1&#xa0;?</numerusform>
            <numerusform>Déconnecter %n personnes %1&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkRevokeCommand</name>
    <message>
        <source>Not revoking: there is no terminal to confirm on. Add --yes to confirm, or --whatif to preview.</source>
        <translation>Aucune révocation&#xa0;: aucun terminal pour confirmer. Ajoutez --yes pour confirmer, ou --whatif pour un aperçu.</translation>
    </message>
    <message>
        <source>The results file %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire le fichier de résultats %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>(unknown account)</source>
        <translation>(compte inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n row(s) of %1…</source>
        <translation>
            <numerusform>Recherche de %n ligne de %1…</numerusform>
            <numerusform>Recherche de %n lignes de %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Hint: run the same command with --channel entra to sign the list out through Entra ID.</source>
        <translation>Conseil&#xa0;: exécutez la même commande avec --channel entra pour déconnecter la liste via Entra ID.</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::cli::CliOptions</name>
    <message>
        <source>Sign a Microsoft 365 user out of every session on every device.

Verbs:
  revoke    sign a user out (Entra ID by default; --channel spo is the retired
            Revoke-SPOUserSession operation), or everyone in --csv FILE
  contain   respond to a compromised account: block sign-in, revoke sessions,
            disable the user&apos;s devices, each step read back (--whatif, --yes,
            --reason), then the sign-ins since the revocation
  restore   undo contain: unblock sign-in and enable the devices this app
            blocked and disabled (sessions stay revoked)
  signin    sign in to --tenant and keep the sign-in in the system keychain
            (--auth device-code, browser or certificate --certificate FILE)
  signout   forget --tenant&apos;s sign-in, here and in the keychain
  profile   list | export --file F | import --file F (tenant profiles, no secrets)
  history   list what the audit log recorded (--since DATE, --csv)
  emulator  run the local demo tenant and print its --cloud-config JSON
            (--approve-as UPN|none, --write-quota RATE[:BURST], --latency MS)</source>
        <translation>Déconnecter un utilisateur Microsoft 365 de toutes les sessions sur tous les appareils.

Verbes&#xa0;:
  revoke    déconnecter un utilisateur (Entra ID par défaut&#xa0;; --channel spo est
            l&apos;opération retirée Revoke-SPOUserSession), ou chacun de --csv FILE
  contain   réagir à un compte compromis&#xa0;: bloquer la connexion, révoquer les
            sessions, désactiver ses appareils, chaque étape relue (--whatif,
            --yes, --reason), puis les connexions depuis la révocation
  restore   annuler contain&#xa0;: débloquer la connexion et activer les appareils
            que l&apos;application a désactivés (les sessions restent révoquées)
  signin    se connecter à --tenant, connexion gardée dans le trousseau système
            (--auth device-code, browser ou certificate --certificate FILE)
  signout   oublier la connexion de --tenant, ici et dans le trousseau
  profile   list | export --file F | import --file F (profils, sans secrets)
  history   lister ce que le journal d&apos;audit a enregistré (--since DATE, --csv)
  emulator  lancer le locataire de démo local, afficher son JSON --cloud-config
            (--approve-as UPN|none, --write-quota RATE[:BURST], --latency MS)</translation>
    </message>
    <message>
        <source>revoke, contain, restore, signin, signout, profile, history or emulator</source>
        <translation>revoke, contain, restore, signin, signout, profile, history ou emulator</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name (UPN).</source>
        <translation>Nom de connexion de l&apos;utilisateur (UPN).</translation>
    </message>
    <message>
        <source>upn</source>
        <translation>upn</translation>
    </message>
    <message>
        <source>Show what would happen; send no revoking request.</source>
        <translation>Afficher ce qui se passerait&#xa0;; n&apos;envoyer aucune requête de révocation.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>entra (default) or spo.</source>
        <translation>entra (par défaut) ou spo.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>Tenant domain or ID; its profile (created on first use) keeps the cloud, client ID and sign-in. Default: the profile used last.</source>
        <translation>Domaine ou ID du locataire&#xa0;; son profil (créé à la première utilisation) conserve le cloud, l&apos;ID client et la connexion. Par défaut&#xa0;: le dernier profil utilisé.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <source>signin: device-code, browser or certificate.</source>
        <translation>signin&#xa0;: device-code, browser ou certificate.</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <source>signin: the certificate (PEM or PFX) for app-only.</source>
        <translation>signin&#xa0;: le certificat (PEM ou PFX) pour la connexion d&apos;application uniquement.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>profile: the file to export to or import from.</source>
        <translation>profile&#xa0;: le fichier vers lequel exporter ou depuis lequel importer.</translation>
    </message>
    <message>
        <source>global (default), usgov or china.</source>
        <translation>global (par défaut), usgov ou china.</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>JSON file with authority, graph and sharepointAdmin URLs.</source>
        <translation>Fichier JSON avec les URL authority, graph et sharepointAdmin.</translation>
    </message>
    <message>
        <source>App registration (client) ID.</source>
        <translation>ID de l&apos;inscription d&apos;application (client).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the built-in demo tenant on this computer (no Microsoft account).</source>
        <translation>Utiliser le locataire de démo intégré sur cet ordinateur (sans compte Microsoft).</translation>
    </message>
    <message>
        <source>emulator, and --demo: approve device codes as this user at once (--demo: sign in as this demo user).</source>
        <translation>emulator et --demo&#xa0;: approuver aussitôt les codes d&apos;appareil en tant que cet utilisateur (--demo&#xa0;: se connecter en tant que cet utilisateur de démo).</translation>
    </message>
    <message>
        <source>emulator: throttle revocations to RATE per second in bursts of BURST (default: RATE rounded up), answering 429 with Retry-After as Graph may; overrides REVOKE_EMULATOR_WRITE_QUOTA.</source>
        <translation>emulator&#xa0;: limiter les révocations à RATE par seconde par rafales de BURST (par défaut&#xa0;: RATE arrondi au supérieur), en répondant 429 avec Retry-After comme peut le faire Graph&#xa0;; remplace REVOKE_EMULATOR_WRITE_QUOTA.</translation>
    </message>
    <message>
        <source>rate[:burst]</source>
        <translation>rate[:burst]</translation>
    </message>
    <message>
        <source>emulator: answer every request after this many milliseconds (0 to 60000).</source>
        <translation>emulator&#xa0;: répondre à chaque requête après ce nombre de millisecondes (0 à 60000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Reason or ticket number, kept in the audit log.</source>
        <translation>Motif ou numéro de ticket, conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>history: only entries from this date (2026-11-01).</source>
        <translation>history&#xa0;: uniquement les entrées à partir de cette date (2026-11-01).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>revoke: sign out everyone in this CSV file (a column named UserPrincipalName, upn, user, mail or email). history: print CSV.</source>
        <translation>revoke&#xa0;: déconnecter toutes les personnes de ce fichier CSV (une colonne nommée UserPrincipalName, upn, user, mail ou email). history&#xa0;: afficher au format CSV.</translation>
    </message>
    <message>
        <source>history: print CSV.</source>
        <translation>history&#xa0;: afficher au format CSV.</translation>
    </message>
    <message>
        <source>revoke --csv: write one result per row to this CSV file.</source>
        <translation>revoke --csv&#xa0;: écrire un résultat par ligne dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>revoke --csv: start the list afresh, ignoring an interrupted run of it.</source>
        <translation>revoke --csv&#xa0;: reprendre la liste depuis le début, en ignorant une exécution interrompue.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--write-quota needs RATE or RATE:BURST, for example 50:100.</source>
        <translation>--write-quota attend RATE ou RATE:BURST, par exemple 50:100.</translation>
    </message>
    <message>
        <source>--latency needs a number of milliseconds, for example 200.</source>
        <translation>--latency attend un nombre de millisecondes, par exemple 200.</translation>
    </message>
    <message>
        <source>--channel must be entra or spo.</source>
        <translation>--channel doit valoir entra ou spo.</translation>
    </message>
    <message>
        <source>--auth must be device-code, browser or certificate.</source>
        <translation>--auth doit valoir device-code, browser ou certificate.</translation>
    </message>
    <message>
        <source>Use either --cloud or --cloud-config, not both.</source>
        <translation>Utilisez --cloud ou --cloud-config, pas les deux.</translation>
    </message>
    <message>
        <source>--demo brings its own tenant; leave out --cloud and --cloud-config.</source>
        <translation>--demo fournit son propre locataire&#xa0;; omettez --cloud et --cloud-config.</translation>
    </message>
    <message>
        <source>Use either --user or --csv, not both.</source>
        <translation>Utilisez --user ou --csv, pas les deux.</translation>
    </message>
    <message>
        <source>--results and --restart go with --csv FILE.</source>
        <translation>--results et --restart vont avec --csv FILE.</translation>
    </message>
    <message>
        <source>--csv needs the file to read: revoke --csv users.csv</source>
        <translation>--csv attend le fichier à lire&#xa0;: revoke --csv users.csv</translation>
    </message>
    <message>
        <source>verb</source>
        <translation>verbe</translation>
    </message>
</context>
<context>
    <name>rc::cli::CliSignIn</name>
    <message>
        <source>Finish signing in in your browser. If it did not open, open this address:
%1</source>
        <translation>Terminez la connexion dans votre navigateur. S&apos;il ne s&apos;est pas ouvert, ouvrez cette adresse&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Passphrase for %1 (empty if none): </source>
        <translation>Phrase secrète pour %1 (vide si aucune)&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes, so it was refused. Nothing was sent.</source>
        <translation>La phrase secrète dépasse %1 octets&#xa0;; elle a donc été refusée. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The certificate&apos;s passphrase is not in the keychain. Run: revoke-console signin --tenant %1 --auth certificate</source>
        <translation>La phrase secrète du certificat n&apos;est pas dans le trousseau. Exécutez&#xa0;: revoke-console signin --tenant %1 --auth certificate</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>Le code est valable jusqu&apos;à %1.</translation>
    </message>
</context>
<context>
    <name>rc::cli::Console</name>
    <message>
        <source>Hint: run the same command with --channel entra to sign the user out through Entra ID.</source>
        <translation>Conseil&#xa0;: exécutez la même commande avec --channel entra pour déconnecter l&apos;utilisateur via Entra ID.</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the one-letter answer that confirms a [Y]/[N] prompt, lower case</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the word that confirms a [Y]/[N] prompt, lower case</comment>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>rc::cli::ContainCommand</name>
    <message>
        <source>%1 works through Entra ID only: leave out --channel.</source>
        <translation>%1 fonctionne uniquement via Entra ID&#xa0;: omettez --channel.</translation>
    </message>
    <message>
        <source>Say whose account to restore: --user user1@contoso.com</source>
        <translation>Indiquez le compte à restaurer&#xa0;: --user user1@contoso.com</translation>
    </message>
    <message>
        <source>Say whose account to contain: --user user1@contoso.com</source>
        <translation>Indiquez le compte à confiner&#xa0;: --user user1@contoso.com</translation>
    </message>
    <message>
        <source>Not sending anything: there is no terminal to confirm on. Add --yes to confirm, or --whatif to preview.</source>
        <translation>Aucun envoi&#xa0;: aucun terminal pour confirmer. Ajoutez --yes pour confirmer, ou --whatif pour un aperçu.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 holds an administrator role: %2.
</source>
        <translation>%1 détient un rôle d&apos;administrateur&#xa0;: %2.
</translation>
    </message>
    <message>
        <source>Confirm
Restore %1: unblock the sign-in and enable the devices that Revoke Console blocked and disabled?
%2[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation>Confirmer
Restaurer %1&#xa0;: débloquer la connexion bloquée par Revoke Console et activer les appareils qu&apos;il a désactivés&#xa0;?
%2[O] Oui  [N] Non (la valeur par défaut est «&#xa0;N&#xa0;»)&#xa0;: </translation>
    </message>
    <message>
        <source>Confirm
Contain %1: block sign-in, revoke every session and disable the devices registered to them?
%2[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation>Confirmer
Confiner %1&#xa0;: bloquer la connexion, révoquer toutes les sessions et désactiver les appareils inscrits à son nom&#xa0;?
%2[O] Oui  [N] Non (la valeur par défaut est «&#xa0;N&#xa0;»)&#xa0;: </translation>
    </message>
</context>
<context>
    <name>rc::cli::ContainmentReportText</name>
    <message>
        <source>done and verified</source>
        <translation>terminé et vérifié</translation>
    </message>
    <message>
        <source>done, not verified</source>
        <translation>terminé, non vérifié</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>what if</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>Who can: %1.</source>
        <translation>Qui peut le faire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-ins since the revocation: %1</source>
        <translation>Connexions depuis la révocation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::cli::HistoryCommand</name>
    <message>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-01 (or 2026-11-01T09:00:00Z).</source>
        <translation>--since attend une date comme 2026-11-01 (ou 2026-11-01T09:00:00Z).</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation>elle est fermée</translation>
    </message>
    <message>
        <source>Nothing recorded yet (%1).</source>
        <translation>Rien n&apos;a encore été enregistré (%1).</translation>
    </message>
</context>
<context>
    <name>rc::cli::ProfileCommand</name>
    <message>
        <source>No tenant profiles yet. One is created the first time you use --tenant.</source>
        <translation>Aucun profil de locataire pour l&apos;instant. Un profil est créé la première fois que vous utilisez --tenant.</translation>
    </message>
    <message>
        <source>, last signed in as %1</source>
        <translation>, dernière connexion en tant que %1</translation>
    </message>
    <message>
        <source>Say which file: --file profile.json</source>
        <translation>Indiquez le fichier&#xa0;: --file profile.json</translation>
    </message>
    <message>
        <source>There is no profile for &quot;%1&quot;. See: revoke-console profile list</source>
        <translation>Il n&apos;existe aucun profil pour «&#xa0;%1&#xa0;». Voir&#xa0;: revoke-console profile list</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (no secrets: sign in again on the other computer).</source>
        <translation>%1 exporté vers %2 (sans secrets&#xa0;: reconnectez-vous sur l&apos;autre ordinateur).</translation>
    </message>
    <message>
        <source>Imported %1 (tenant %2). Sign in with: revoke-console signin --tenant %2</source>
        <translation>%1 importé (locataire %2). Connectez-vous avec&#xa0;: revoke-console signin --tenant %2</translation>
    </message>
    <message>
        <source>Unknown profile action &quot;%1&quot;. Use list, export or import.</source>
        <translation>Action de profil inconnue «&#xa0;%1&#xa0;». Utilisez list, export ou import.</translation>
    </message>
    <message>
        <source>%1 %2  tenant %3, cloud %4, sign-in %5%6</source>
        <translation>%1 %2  locataire %3, cloud %4, connexion %5%6</translation>
    </message>
</context>
<context>
    <name>rc::cli::RevokeCommand</name>
    <message>
        <source>(unknown account)</source>
        <translation>(compte inconnu)</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Say whose sessions to revoke: --user user1@contoso.com</source>
        <translation>Indiquez de qui révoquer les sessions&#xa0;: --user user1@contoso.com</translation>
    </message>
    <message>
        <source>Not revoking: there is no terminal to confirm on. Add --yes to confirm, or --whatif to preview.</source>
        <translation>Aucune révocation&#xa0;: aucun terminal pour confirmer. Ajoutez --yes pour confirmer, ou --whatif pour un aperçu.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 holds an administrator role: %2.
</source>
        <translation>%1 détient un rôle d&apos;administrateur&#xa0;: %2.
</translation>
    </message>
    <message>
        <source>Confirm
Are you sure you want to perform this action?
Performing the operation &quot;Revoke-SPOUserSession&quot; on target &quot;%1&quot;: %2 will be signed out of browser, desktop and mobile apps on all devices.
%3[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation>Confirmer
Voulez-vous vraiment effectuer cette action&#xa0;?
Opération «&#xa0;Revoke-SPOUserSession&#xa0;» en cours sur la cible «&#xa0;%1&#xa0;»&#xa0;: %2 sera déconnecté du navigateur et des applications de bureau et mobiles sur tous les appareils.
%3[O] Oui  [N] Non (la valeur par défaut est «&#xa0;N&#xa0;»)&#xa0;: </translation>
    </message>
</context>
<context>
    <name>rc::csom</name>
    <message>
        <source>SharePoint said: %1</source>
        <translation>SharePoint a répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::permissions</name>
    <message>
        <source>An administrator must consent to %1 (Microsoft Graph) for this app in this tenant, or sign in with an app registration that has it.</source>
        <translation>Un administrateur doit consentir à %1 (Microsoft Graph) pour cette application dans ce locataire, ou connectez-vous avec une inscription d&apos;application qui dispose de cette autorisation.</translation>
    </message>
    <message>
        <source>An administrator must consent to %1 (Microsoft Graph) for this app in this tenant, or sign in with an app registration that has them.</source>
        <translation>Un administrateur doit consentir à %1 (Microsoft Graph) pour cette application dans ce locataire, ou connectez-vous avec une inscription d&apos;application qui dispose de ces autorisations.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>rc::ui::AboutDialog</name>
    <message>
        <source>About Revoke Console</source>
        <translation>À propos de Revoke Console</translation>
    </message>
    <message>
        <source>Revoke Console icon</source>
        <translation>Icône de Revoke Console</translation>
    </message>
    <message>
        <source>Revoke Console</source>
        <translation>Revoke Console</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Signs a Microsoft 365 user out of every session, through Entra ID or SharePoint&apos;s Revoke-SPOUserSession.</source>
        <translation>Déconnecte un utilisateur Microsoft 365 de toutes les sessions, via Entra ID ou l&apos;opération Revoke-SPOUserSession de SharePoint.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License 2.0: see the LICENSE file.</source>
        <translation>Sous licence Apache 2.0&#xa0;: voir le fichier LICENSE.</translation>
    </message>
    <message>
        <source>Runs on Qt %1, built with Qt %2.</source>
        <translation>Fonctionne avec Qt %1, compilé avec Qt %2.</translation>
    </message>
    <message>
        <source>Home page: %1</source>
        <translation>Page d&apos;accueil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::AppMenu</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Revoke Console</source>
        <translation>À pr&amp;opos de Revoke Console</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Menu principal</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,), About and the window&apos;s other commands</source>
        <translation>Paramètres (Ctrl+,), À propos et les autres commandes de la fenêtre</translation>
    </message>
</context>
<context>
    <name>rc::ui::BrowserSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>Ouverture de votre navigateur…</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copier l&apos;adresse de connexion</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Finish signing in in your browser, with an admin account.
This window closes by itself once you are signed in.
If no browser opened, open this address:</source>
        <translation>Terminez la connexion dans votre navigateur, avec un compte administrateur.
Cette fenêtre se ferme d&apos;elle-même une fois que vous êtes connecté.
Si aucun navigateur ne s&apos;est ouvert, ouvrez cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser
on this computer and sign in with an admin account:</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez cette adresse dans un navigateur
de cet ordinateur et connectez-vous avec un compte administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>En attente de votre connexion…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Sign-in actions</source>
        <translation>Actions de connexion</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>Attendre &amp;encore</translation>
    </message>
    <message>
        <source>Wait for the browser as long again</source>
        <translation>Attendre le navigateur aussi longtemps encore</translation>
    </message>
    <message>
        <source>Revoke Console stops waiting for the browser in less than a minute. Choose Keep waiting for more time.</source>
        <translation>Revoke Console cessera d&apos;attendre le navigateur dans moins d&apos;une minute. Choisissez « Attendre encore » pour plus de temps.</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkCloseGuard</name>
    <message>
        <source>Stop the sign-out?</source>
        <translation>Arrêter la déconnexion&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Arrêter et fermer</translation>
    </message>
    <message>
        <source>Stop the sign-out and close the window</source>
        <translation>Arrêter la déconnexion et fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Keep the sign-out running</source>
        <translation>Poursuivre la déconnexion</translation>
    </message>
    <message numerus="yes">
        <source>A sign-out of %n people is in progress (%1 done). Stop it and close? Requests already sent may still complete; run the same list again later to finish the rest.</source>
        <translation>
            <numerusform>Une déconnexion de %n personne est en cours (traitée&#xa0;: %1). L&apos;arrêter et fermer&#xa0;? Les requêtes déjà envoyées peuvent encore aboutir&#xa0;; relancez la même liste plus tard pour terminer le reste.</numerusform>
            <numerusform>Une déconnexion de %n personnes est en cours (traitées&#xa0;: %1). L&apos;arrêter et fermer&#xa0;? Les requêtes déjà envoyées peuvent encore aboutir&#xa0;; relancez la même liste plus tard pour terminer le reste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkConfirmDialog</name>
    <message>
        <source>Channel: SharePoint (the original Revoke-SPOUserSession operation), one request per person.</source>
        <translation>Canal&#xa0;: SharePoint (l&apos;opération Revoke-SPOUserSession d&apos;origine), une requête par personne.</translation>
    </message>
    <message>
        <source>Channel: Entra ID (every Microsoft 365 app), in batches; each result is verified.</source>
        <translation>Canal&#xa0;: Entra ID (toutes les applications Microsoft 365), par lots&#xa0;; chaque résultat est vérifié.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signed out:</source>
        <translation>À déconnecter&#xa0;:</translation>
    </message>
    <message>
        <source>Skipped, nothing sent:</source>
        <translation>Ignorés, rien n&apos;est envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people everywhere?</source>
        <translation>
            <numerusform>Déconnecter %n personne partout&#xa0;?</numerusform>
            <numerusform>Déconnecter %n personnes partout&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people from every session?</source>
        <translation>
            <numerusform>Déconnecter %n personne de toutes les sessions&#xa0;?</numerusform>
            <numerusform>Déconnecter %n personnes de toutes les sessions&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Count per category</source>
        <translation>Nombre par catégorie</translation>
    </message>
    <message>
        <source>First:</source>
        <translation>Premières personnes&#xa0;:</translation>
    </message>
    <message>
        <source>The first people to be signed out</source>
        <translation>Les premières personnes à déconnecter</translation>
    </message>
    <message>
        <source>They will be signed out of browser, desktop and mobile apps on every device. Access tokens already issued stay valid until they expire, up to about an hour.</source>
        <translation>Elles seront déconnectées du navigateur et des applications de bureau et mobiles sur tous les appareils. Les jetons d&apos;accès déjà émis restent valides jusqu&apos;à leur expiration, environ une heure au plus.</translation>
    </message>
    <message>
        <source>Reason or ticket number, recorded with every row, optional</source>
        <translation>Motif ou numéro de ticket, enregistré sur chaque ligne, facultatif</translation>
    </message>
    <message>
        <source>For example INC-12345: compromised accounts</source>
        <translation>Par exemple INC-12345&#xa0;: comptes compromis</translation>
    </message>
    <message numerus="yes">
        <source>Sign &amp;out %n people</source>
        <translation>
            <numerusform>&amp;Déconnecter %n personne</numerusform>
            <numerusform>&amp;Déconnecter %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people from every session</source>
        <translation>
            <numerusform>Déconnecter %n personne de toutes les sessions</numerusform>
            <numerusform>Déconnecter %n personnes de toutes les sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of people, %1, to confirm</source>
        <translation>Tapez le nombre de personnes, %1, pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Type the number of people (%1) to confirm:</source>
        <translation>&amp;Tapez le nombre de personnes (%1) pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type %1, the number of people, to confirm.</source>
        <translation>Tapez %1, le nombre de personnes, pour confirmer.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkCounts</name>
    <message>
        <source>Review counts per category</source>
        <translation>Vérification&#xa0;: nombre par catégorie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkLauncher</name>
    <message>
        <source>Sign out many people…</source>
        <translation>Déconnecter plusieurs personnes…</translation>
    </message>
    <message>
        <source>Sign out many people from a list</source>
        <translation>Déconnecter plusieurs personnes à partir d&apos;une liste</translation>
    </message>
    <message>
        <source>Review and sign out a pasted list or a CSV file of people (Ctrl+Shift+B)</source>
        <translation>Vérifier puis déconnecter une liste collée ou un fichier CSV de personnes (Ctrl+Maj+B)</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkListPage</name>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Ouvrir un CSV…</translation>
    </message>
    <message>
        <source>Re&amp;view list</source>
        <translation>&amp;Vérifier la liste</translation>
    </message>
    <message>
        <source>Paste the user names (UPNs) of the people to sign out, one per line or separated by commas, or open a CSV file with a UserPrincipalName, UPN, user, mail or email column. Every name is looked up first; nothing is signed out before you confirm.</source>
        <translation>Collez les noms d&apos;utilisateur (UPN) des personnes à déconnecter, un par ligne ou séparés par des virgules, ou ouvrez un fichier CSV avec une colonne UserPrincipalName, UPN, user, mail ou email. Chaque nom est d&apos;abord recherché&#xa0;; rien n&apos;est déconnecté avant votre confirmation.</translation>
    </message>
    <message>
        <source>&amp;People to sign out:</source>
        <translation>&amp;Personnes à déconnecter&#xa0;:</translation>
    </message>
    <message>
        <source>People to sign out, one user name per line</source>
        <translation>Personnes à déconnecter, un nom d&apos;utilisateur par ligne</translation>
    </message>
    <message>
        <source>adele.vance@contoso.com
alex.wilber@contoso.com
…</source>
        <translation>adele.vance@contoso.com
alex.wilber@contoso.com
…</translation>
    </message>
    <message>
        <source>Open a CSV file of people to sign out</source>
        <translation>Ouvrir un fichier CSV de personnes à déconnecter</translation>
    </message>
    <message>
        <source>Review the pasted list</source>
        <translation>Vérifier la liste collée</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Open a list of people</source>
        <translation>Ouvrir une liste de personnes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The list has no user names. Nothing was sent.</source>
        <translation>La liste ne contient aucun nom d&apos;utilisateur. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 has no user names. Nothing was sent.</source>
        <translation>%1 ne contient aucun nom d&apos;utilisateur. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>List of people</source>
        <translation>Liste des personnes</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkProgressPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Bulk sign-out progress</source>
        <translation>Progression de la déconnexion groupée</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Pause: send no more sign-outs for now</source>
        <translation>Pause&#xa0;: ne plus envoyer de déconnexions pour l&apos;instant</translation>
    </message>
    <message>
        <source>Cancel the run: send no more sign-outs</source>
        <translation>Annuler l&apos;exécution&#xa0;: ne plus envoyer de déconnexions</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the answers already on the way…</source>
        <translation>Annulation&#xa0;: attente des réponses déjà en route…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume: send the rest</source>
        <translation>Reprendre&#xa0;: envoyer le reste</translation>
    </message>
    <message>
        <source>Looking up people: %1 of %2</source>
        <translation>Recherche des personnes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent; answers already on the way are still taken</source>
        <translation>En pause&#xa0;: rien de nouveau n&apos;est envoyé&#xa0;; les réponses déjà en route sont encore prises en compte</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 par seconde</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>reste environ %1</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests, resuming in %n s</source>
        <translation>
            <numerusform>Microsoft 365 limite les requêtes, reprise dans %n s</numerusform>
            <numerusform>Microsoft 365 limite les requêtes, reprise dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
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
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkTableModel</name>
    <message>
        <source>Same person as line %1.</source>
        <translation>Même personne que la ligne %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Invalid UPN</source>
        <translation>UPN non valide</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Échec de la recherche</translation>
    </message>
    <message>
        <source>Roles unknown</source>
        <translation>Rôles inconnus</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Would be signed out</source>
        <translation>Serait déconnecté</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Refused: feature disabled</source>
        <translation>Refusé&#xa0;: fonctionnalité désactivée</translation>
    </message>
    <message>
        <source>Skipped: guest</source>
        <translation>Ignoré&#xa0;: invité</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>Nom non valide</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Autorisation refusée</translation>
    </message>
    <message>
        <source>Not sent: not permitted</source>
        <translation>Non envoyé&#xa0;: non autorisé</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Échec réseau</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkWindow</name>
    <message>
        <source>Sign out many people — %1</source>
        <translation>Déconnecter plusieurs personnes — %1</translation>
    </message>
    <message>
        <source>People and their outcomes</source>
        <translation>Personnes et résultats</translation>
    </message>
    <message>
        <source>&amp;Entra ID: every Microsoft 365 app, verified</source>
        <translation>&amp;Entra ID&#xa0;: toutes les applications Microsoft 365, avec vérification</translation>
    </message>
    <message>
        <source>Channel: Entra ID, every Microsoft 365 app</source>
        <translation>Canal&#xa0;: Entra ID, toutes les applications Microsoft 365</translation>
    </message>
    <message>
        <source>&amp;SharePoint: the original Revoke-SPOUserSession</source>
        <translation>&amp;SharePoint&#xa0;: l&apos;opération Revoke-SPOUserSession d&apos;origine</translation>
    </message>
    <message>
        <source>Channel: SharePoint, the original Revoke-SPOUserSession</source>
        <translation>Canal&#xa0;: SharePoint, l&apos;opération Revoke-SPOUserSession d&apos;origine</translation>
    </message>
    <message>
        <source>Bulk sign-out status</source>
        <translation>État de la déconnexion groupée</translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation>&amp;Nouvelle liste</translation>
    </message>
    <message>
        <source>Start over with another list</source>
        <translation>Recommencer avec une autre liste</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the review or the results to CSV</source>
        <translation>Exporter la vérification ou les résultats en CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close: a run under way asks first</source>
        <translation>Fermer&#xa0;: demande confirmation pendant une exécution</translation>
    </message>
    <message numerus="yes">
        <source>Pasted list: %n rows</source>
        <translation>
            <numerusform>Liste collée&#xa0;: %n ligne</numerusform>
            <numerusform>Liste collée&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne</numerusform>
            <numerusform>%1&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking every name up before anything is sent…</source>
        <translation>Recherche de chaque nom avant tout envoi…</translation>
    </message>
    <message>
        <source>Nobody on this list can be signed out. Nothing was sent.</source>
        <translation>Personne dans cette liste ne peut être déconnecté. Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Review only: nothing was sent. %n people can be signed out; check the flagged rows, then sign them out.</source>
        <translation>
            <numerusform>Vérification uniquement&#xa0;: rien n&apos;a été envoyé. %n personne peut être déconnectée&#xa0;; vérifiez les lignes signalées, puis lancez la déconnexion.</numerusform>
            <numerusform>Vérification uniquement&#xa0;: rien n&apos;a été envoyé. %n personnes peuvent être déconnectées&#xa0;; vérifiez les lignes signalées, puis lancez la déconnexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion en cours…</translation>
    </message>
    <message>
        <source>Signing out… Reason: %1</source>
        <translation>Déconnexion en cours… Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 already done. Only the rest is sent; anyone whose request was on the way when the earlier run stopped is sent again (signing out twice does no harm).</source>
        <translation>Reprise&#xa0;: %1 sur %2 déjà traités. Seul le reste est envoyé&#xa0;; les requêtes qui étaient en route à l&apos;arrêt de l&apos;exécution précédente sont renvoyées (une double déconnexion est sans danger).</translation>
    </message>
    <message>
        <source>Sign out the rest to send only what is left; the same list reviewed again resumes too.</source>
        <translation>«&#xa0;Déconnecter le reste&#xa0;» n&apos;envoie que ce qui manque&#xa0;; vérifier à nouveau la même liste reprend aussi l&apos;exécution.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out the &amp;rest…</source>
        <translation>Déconnecter le &amp;reste…</translation>
    </message>
    <message numerus="yes">
        <source>Sign &amp;out %n people…</source>
        <translation>
            <numerusform>&amp;Déconnecter %n personne…</numerusform>
            <numerusform>&amp;Déconnecter %n personnes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out the people not answered yet</source>
        <translation>Déconnecter les personnes sans réponse pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people</source>
        <translation>
            <numerusform>Déconnecter %n personne</numerusform>
            <numerusform>Déconnecter %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>List or review</source>
        <translation>Liste ou vérification</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Sign out the rest</source>
        <translation>Déconnecter les autres</translation>
    </message>
</context>
<context>
    <name>rc::ui::CertificateDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Sign in to %1 with a certificate</source>
        <translation>Se connecter à %1 avec un certificat</translation>
    </message>
    <message>
        <source>App-only sign-in: the app registration&apos;s certificate, with its private key, as a PEM or PFX file. The passphrase is kept in the system keychain once the tenant accepted the certificate.</source>
        <translation>Connexion d&apos;application uniquement&#xa0;: le certificat de l&apos;inscription d&apos;application, avec sa clé privée, dans un fichier PEM ou PFX. La phrase secrète est conservée dans le trousseau système une fois le certificat accepté par le locataire.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>app.pem or app.pfx</source>
        <translation>app.pem ou app.pfx</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Empty if the key has none</source>
        <translation>Vide si la clé n&apos;en a pas</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Fichier de certificat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Choose the certificate file first.</source>
        <translation>Choisissez d&apos;abord le fichier de certificat.</translation>
    </message>
    <message>
        <source>Choose the app&apos;s certificate</source>
        <translation>Choisir le certificat de l&apos;application</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation>Certificats (*.pem *.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the certificate with Microsoft 365…</source>
        <translation>Vérification du certificat auprès de Microsoft 365…</translation>
    </message>
    <message>
        <source>Sign-in actions</source>
        <translation>Actions de connexion</translation>
    </message>
</context>
<context>
    <name>rc::ui::ConfirmRevokeDialog</name>
    <message>
        <source>Channel: SharePoint (the original Revoke-SPOUserSession operation).</source>
        <translation>Canal&#xa0;: SharePoint (l&apos;opération Revoke-SPOUserSession d&apos;origine).</translation>
    </message>
    <message>
        <source>Channel: Entra ID (every Microsoft 365 app; the result is verified).</source>
        <translation>Canal&#xa0;: Entra ID (toutes les applications Microsoft 365&#xa0;; le résultat est vérifié).</translation>
    </message>
    <message>
        <source>Sign out %1 everywhere?</source>
        <translation>Déconnecter %1 partout&#xa0;?</translation>
    </message>
    <message>
        <source>Sign out %1 from every session?</source>
        <translation>Déconnecter %1 de toutes les sessions&#xa0;?</translation>
    </message>
    <message>
        <source>They will be signed out of browser, desktop and mobile apps across all their devices, and will have to sign in again.</source>
        <translation>L&apos;utilisateur sera déconnecté du navigateur et des applications de bureau et mobiles sur tous ses appareils, et devra se reconnecter.</translation>
    </message>
    <message>
        <source>Access tokens already issued stay valid until they expire, up to about an hour.</source>
        <translation>Les jetons d&apos;accès déjà émis restent valides jusqu&apos;à leur expiration, environ une heure au plus.</translation>
    </message>
    <message>
        <source>For example INC-12345: laptop stolen</source>
        <translation>Par exemple INC-12345&#xa0;: ordinateur portable volé</translation>
    </message>
    <message>
        <source>Re&amp;voke sessions</source>
        <translation>Ré&amp;voquer les sessions</translation>
    </message>
    <message>
        <source>Revoke sessions of %1</source>
        <translation>Révoquer les sessions de %1</translation>
    </message>
    <message>
        <source>Type their user name or display name first.</source>
        <translation>Tapez d&apos;abord son nom d&apos;utilisateur ou son nom d&apos;affichage.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContainDialog</name>
    <message>
        <source>&amp;Preview only (what if): send nothing</source>
        <translation>&amp;Aperçu uniquement (simulation)&#xa0;: ne rien envoyer</translation>
    </message>
    <message>
        <source>&amp;Undo the containment</source>
        <translation>&amp;Lever le confinement</translation>
    </message>
    <message>
        <source>Respond to a compromised account: %1</source>
        <translation>Réagir à un compte compromis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contain %1&apos;s account?</source>
        <translation>Confiner le compte de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Three steps, in the order Microsoft gives for a compromised account. Each is read back and recorded in the audit log; a step that is refused does not stop the next.</source>
        <translation>Trois étapes, dans l&apos;ordre indiqué par Microsoft pour un compte compromis. Chacune est relue et enregistrée dans le journal d&apos;audit&#xa0;; une étape refusée n&apos;empêche pas la suivante.</translation>
    </message>
    <message>
        <source>1. Block sign-in: the account is disabled, so no one can sign in with it or refresh a token.</source>
        <translation>1. Bloquer la connexion&#xa0;: le compte est désactivé, personne ne peut donc s&apos;y connecter ni actualiser un jeton.</translation>
    </message>
    <message>
        <source>2. Revoke sessions: every refresh token and browser session is invalidated, on every device.</source>
        <translation>2. Révoquer les sessions&#xa0;: tous les jetons d&apos;actualisation et toutes les sessions de navigateur sont invalidés, sur tous les appareils.</translation>
    </message>
    <message>
        <source>3. Disable devices: each device registered to them is disabled in Microsoft Entra ID, so it cannot be used to sign in. Wipe them in Intune afterwards.</source>
        <translation>3. Désactiver les appareils&#xa0;: chaque appareil inscrit à son nom est désactivé dans Microsoft Entra ID et ne peut plus servir à se connecter. Effacez-les ensuite dans Intune.</translation>
    </message>
    <message>
        <source>Preview only: list the steps and devices, send nothing</source>
        <translation>Aperçu uniquement&#xa0;: lister les étapes et les appareils, ne rien envoyer</translation>
    </message>
    <message>
        <source>For example INC-12345: phishing</source>
        <translation>Par exemple INC-12345&#xa0;: hameçonnage</translation>
    </message>
    <message>
        <source>Undo the containment of %1</source>
        <translation>Lever le confinement de %1</translation>
    </message>
    <message>
        <source>Re-enables sign-in and the devices this app disabled. Revoked sessions stay revoked: they sign in again.</source>
        <translation>Réactive la connexion et les appareils que cette application a désactivés. Les sessions révoquées le restent&#xa0;: l&apos;utilisateur doit se reconnecter.</translation>
    </message>
    <message>
        <source>&amp;Contain</source>
        <translation>&amp;Confiner</translation>
    </message>
    <message>
        <source>Contain %1</source>
        <translation>Confiner %1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Nothing can be sent for this account.</source>
        <translation>Rien ne peut être envoyé pour ce compte.</translation>
    </message>
    <message>
        <source>Type the user name or display name first.</source>
        <translation>Tapez d&apos;abord le nom d&apos;utilisateur ou le nom d&apos;affichage.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop after the request under way</source>
        <translation>Arrêter après la requête en cours</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContainmentStepList</name>
    <message>
        <source>Containment steps</source>
        <translation>Étapes du confinement</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Done and verified</source>
        <translation>Terminé et vérifié</translation>
    </message>
    <message>
        <source>Done, not verified</source>
        <translation>Terminé, non vérifié</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Who can: %1.</source>
        <translation>Qui peut le faire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::CsvExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>rc::ui::DeviceCodeDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Asking Microsoft 365 for a sign-in code…</source>
        <translation>Demande d&apos;un code de connexion à Microsoft 365…</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>Copier le code de connexion</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Ouvrir le navigateur</translation>
    </message>
    <message>
        <source>Open the sign-in page in a browser</source>
        <translation>Ouvrir la page de connexion dans un navigateur</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>No browser could be opened. On any device, go to %1 and enter the code.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Sur n&apos;importe quel appareil, accédez à %1 et entrez le code.</translation>
    </message>
    <message>
        <source>1. Copy this code.
2. Open the sign-in page and paste it.
3. Sign in with an admin account.
This window closes by itself once you are signed in.</source>
        <translation>1. Copiez ce code.
2. Ouvrez la page de connexion et collez-le.
3. Connectez-vous avec un compte administrateur.
Cette fenêtre se ferme d&apos;elle-même une fois que vous êtes connecté.</translation>
    </message>
    <message>
        <source>Sign-in code: %1</source>
        <translation>Code de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in page: %1</source>
        <translation>Page de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>En attente de votre connexion…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Sign-in actions</source>
        <translation>Actions de connexion</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>&amp;Nouveau code</translation>
    </message>
    <message>
        <source>Replace the code with a new one that works longer</source>
        <translation>Remplacer le code par un nouveau, valable plus longtemps</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Demande d&apos;un nouveau code…</translation>
    </message>
    <message>
        <source>This is a new code; the one before no longer works. Waiting for you to sign in…</source>
        <translation>Voici un nouveau code ; le précédent ne fonctionne plus. En attente de votre connexion…</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>Le code est valable jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>The code expires in less than a minute. Choose New code for another one.</source>
        <translation>Le code expire dans moins d&apos;une minute. Choisissez « Nouveau code » pour en obtenir un autre.</translation>
    </message>
</context>
<context>
    <name>rc::ui::FitScrollArea</name>
    <message>
        <source>Scrolled view</source>
        <translation>Vue défilante</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>Barre de défilement</translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryLauncher</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every preview and revocation on record (Ctrl+H)</source>
        <translation>Tous les aperçus et toutes les révocations enregistrés (Ctrl+H)</translation>
    </message>
    <message>
        <source>History is unavailable: the audit log could not be opened.</source>
        <translation>Historique indisponible&#xa0;: le journal d&apos;audit n&apos;a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryModel</name>
    <message>
        <source>The audit log could not be opened, so there is no history to show.</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être ouvert&#xa0;; il n&apos;y a donc aucun historique à afficher.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Object id %1</source>
        <translation>ID d&apos;objet %1</translation>
    </message>
    <message>
        <source>Preview of the %1 channel</source>
        <translation>Aperçu du canal %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Filtrer l&apos;historique</translation>
    </message>
    <message>
        <source>Filter by user, device, operator, message, reason or correlation id</source>
        <translation>Filtrer par utilisateur, appareil, opérateur, message, motif ou ID de corrélation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <source>Only show entries since a date</source>
        <translation>Afficher uniquement les entrées depuis une date</translation>
    </message>
    <message>
        <source>Since date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entrées de l&apos;historique</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Actualiser l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export every entry the filters match to CSV</source>
        <translation>Exporter en CSV toutes les entrées correspondant aux filtres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close history</source>
        <translation>Fermer l&apos;historique</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries; the export holds all of them.</source>
        <translation>Affichage des %1 entrées les plus récentes sur %2&#xa0;; l&apos;exportation les contient toutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n entrée, les plus récentes en premier</numerusform>
            <numerusform>%n entrées, les plus récentes en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the audit log could not be opened.</source>
        <translation>le journal d&apos;audit n&apos;a pas pu être ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>%n entrée exportée vers %1</numerusform>
            <numerusform>%n entrées exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::MainWindow</name>
    <message>
        <source>Demo tenant: a Microsoft 365 emulator on this computer. No account is needed and nothing leaves this computer.</source>
        <translation>Locataire de démo&#xa0;: un émulateur Microsoft 365 sur cet ordinateur. Aucun compte n&apos;est nécessaire et rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démo</translation>
    </message>
    <message>
        <source>Stopped waiting for Microsoft 365. If the request had already reached it, the sign-out may still take effect.</source>
        <translation>Attente de Microsoft 365 interrompue. Si la requête lui était déjà parvenue, la déconnexion peut encore prendre effet.</translation>
    </message>
    <message>
        <source>Certificate (app-only) sign-in needs the tenant: type its domain, such as contoso.onmicrosoft.com.</source>
        <translation>La connexion par certificat (application uniquement) nécessite le locataire&#xa0;: tapez son domaine, par exemple contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The profile %1 is no longer in the settings.</source>
        <translation>Le profil %1 ne figure plus dans les paramètres.</translation>
    </message>
    <message>
        <source>Removed the profile %1 and deleted its sign-in from the system keychain.</source>
        <translation>Profil %1 supprimé et sa connexion effacée du trousseau système.</translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation>Profil %1 supprimé.</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>Selected user and sign-out</source>
        <translation>Utilisateur sélectionné et déconnexion</translation>
    </message>
    <message>
        <source>Search and selected user</source>
        <translation>Recherche et utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Divider between search and selected user</source>
        <translation>Séparateur entre la recherche et l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>F8 selects it; the arrow keys, Home and End move it; Esc goes back</source>
        <translation>F8 le sélectionne ; les flèches, Début et Fin le déplacent ; Échap revient en arrière</translation>
    </message>
</context>
<context>
    <name>rc::ui::PreCheckList</name>
    <message>
        <source>Before you act</source>
        <translation>Avant d&apos;agir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check %1 of %2</source>
        <translation>Vérification %1 sur %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProfileList</name>
    <message>
        <source>The profile %1 is removed, but the system keychain did not delete its sign-in.</source>
        <translation>Le profil %1 est supprimé, mais le trousseau système n&apos;a pas effacé sa connexion.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProfileMenu</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Import, export or remove tenant profiles</source>
        <translation>Importer, exporter ou supprimer des profils de locataire</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation>&amp;Exporter le profil…</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Forgets the profile and deletes its sign-in from the keychain</source>
        <translation>Oublie le profil et efface sa connexion du trousseau</translation>
    </message>
    <message>
        <source>Import a tenant profile</source>
        <translation>Importer un profil de locataire</translation>
    </message>
    <message>
        <source>Revoke Console profiles (*.json);;All files (*)</source>
        <translation>Profils Revoke Console (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the tenant profile</source>
        <translation>Exporter le profil de locataire</translation>
    </message>
    <message>
        <source>Revoke Console profiles (*.json)</source>
        <translation>Profils Revoke Console (*.json)</translation>
    </message>
    <message>
        <source>Imported the profile %1 (tenant %2). Choose it in the profile list and sign in: sign-ins are never part of a profile file.</source>
        <translation>Profil %1 importé (locataire %2). Choisissez-le dans la liste des profils et connectez-vous&#xa0;: un fichier de profil ne contient jamais de connexion.</translation>
    </message>
    <message>
        <source>The profile %1 is no longer in the settings.</source>
        <translation>Le profil %1 ne figure plus dans les paramètres.</translation>
    </message>
    <message>
        <source>Exported the profile %1 to %2. It holds no sign-in or secret: whoever imports it signs in with their own account.</source>
        <translation>Profil %1 exporté vers %2. Il ne contient ni connexion ni secret&#xa0;: la personne qui l&apos;importe se connecte avec son propre compte.</translation>
    </message>
</context>
<context>
    <name>rc::ui::RevokePanel</name>
    <message>
        <source>Sign out everywhere</source>
        <translation>Déconnecter partout</translation>
    </message>
    <message>
        <source>&amp;Entra ID: every Microsoft 365 app (recommended)</source>
        <translation>&amp;Entra ID&#xa0;: toutes les applications Microsoft 365 (recommandé)</translation>
    </message>
    <message>
        <source>&amp;SharePoint: the original Revoke-SPOUserSession</source>
        <translation>&amp;SharePoint&#xa0;: l&apos;opération Revoke-SPOUserSession d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Preview only (what if): send nothing</source>
        <translation>&amp;Aperçu uniquement (simulation)&#xa0;: ne rien envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Channel: Entra ID, every Microsoft 365 app</source>
        <translation>Canal&#xa0;: Entra ID, toutes les applications Microsoft 365</translation>
    </message>
    <message>
        <source>Channel: SharePoint, the original Revoke-SPOUserSession</source>
        <translation>Canal&#xa0;: SharePoint, l&apos;opération Revoke-SPOUserSession d&apos;origine</translation>
    </message>
    <message>
        <source>Preview only: show what would happen and send nothing</source>
        <translation>Aperçu uniquement&#xa0;: montrer ce qui se passerait sans rien envoyer</translation>
    </message>
    <message>
        <source>Revocation in progress</source>
        <translation>Révocation en cours</translation>
    </message>
    <message>
        <source>Cancel the revocation in progress</source>
        <translation>Annuler la révocation en cours</translation>
    </message>
    <message>
        <source>The original Revoke-SPOUserSession operation: signs the user out of apps that access Office 365, on every device. Microsoft retired it in November 2024, so your tenant may refuse it.</source>
        <translation>L&apos;opération Revoke-SPOUserSession d&apos;origine&#xa0;: déconnecte l&apos;utilisateur des applications qui accèdent à Office 365, sur tous les appareils. Microsoft l&apos;a retirée en novembre 2024&#xa0;; votre locataire peut donc la refuser.</translation>
    </message>
    <message>
        <source>Signs the user out of browser, desktop and mobile apps on every device, then checks that it took effect. Access tokens already issued stay valid until they expire, up to about an hour.</source>
        <translation>Déconnecte l&apos;utilisateur du navigateur et des applications de bureau et mobiles sur tous les appareils, puis vérifie que c&apos;est effectif. Les jetons d&apos;accès déjà émis restent valides jusqu&apos;à leur expiration, environ une heure au plus.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Preview sign-out</source>
        <translation>Aperçu de la déconnexion</translation>
    </message>
    <message>
        <source>Revoke sessions…</source>
        <translation>Révoquer les sessions…</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Révoquer les sessions</translation>
    </message>
    <message>
        <source>Preview sign-out of %1</source>
        <translation>Aperçu de la déconnexion de %1</translation>
    </message>
    <message>
        <source>Revoke sessions of %1</source>
        <translation>Révoquer les sessions de %1</translation>
    </message>
    <message>
        <source>Signing out %1…</source>
        <translation>Déconnexion de %1…</translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <source>Check the sign-&amp;in log after a revocation</source>
        <translation>&amp;Vérifier le journal des connexions après une révocation</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Canal par défaut</translation>
    </message>
    <message>
        <source>Entra ID: every Microsoft 365 app</source>
        <translation>Entra ID&#xa0;: toutes les applications Microsoft 365</translation>
    </message>
    <message>
        <source>SharePoint: the original Revoke-SPOUserSession</source>
        <translation>SharePoint&#xa0;: l&apos;opération Revoke-SPOUserSession d&apos;origine</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Check the sign-in log after a revocation</source>
        <translation>Vérifier le journal des connexions après une révocation</translation>
    </message>
    <message>
        <source>Audit log file</source>
        <translation>Fichier du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Open the audit log&apos;s folder</source>
        <translation>Ouvrir le dossier du journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when Revoke Console is restarted.</source>
        <translation>Une nouvelle langue s&apos;applique au redémarrage de Revoke Console.</translation>
    </message>
    <message>
        <source>&amp;Default channel:</source>
        <translation>&amp;Canal par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>The channel a new window starts with.</source>
        <translation>Le canal utilisé à l&apos;ouverture d&apos;une nouvelle fenêtre.</translation>
    </message>
    <message>
        <source>Colour &amp;scheme:</source>
        <translation>&amp;Jeu de couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Audit log:</source>
        <translation>Journal d&apos;a&amp;udit&#xa0;:</translation>
    </message>
    <message>
        <source>After a verified Entra ID revocation, read the user&apos;s sign-in log since then and offer “Check again”. Needs an Entra ID P1 licence and permission to read sign-in logs.</source>
        <translation>Après une révocation Entra ID vérifiée, lire le journal des connexions de l&apos;utilisateur depuis ce moment et proposer «&#xa0;Vérifier à nouveau&#xa0;». Nécessite une licence Entra ID P1 et l&apos;autorisation de lire les journaux de connexion.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>rc::ui::SeverityStyle</name>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>rc::ui::SignInCheckRow</name>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Sign-ins since the revocation</source>
        <translation>Connexions depuis la révocation</translation>
    </message>
    <message>
        <source>Check the sign-in log again</source>
        <translation>Vérifier à nouveau le journal des connexions</translation>
    </message>
    <message>
        <source>The sign-in log shows a sign-in a few minutes after it happens.</source>
        <translation>Le journal des connexions affiche une connexion quelques minutes après qu&apos;elle a eu lieu.</translation>
    </message>
    <message>
        <source>Reading the sign-in log since %1…</source>
        <translation>Lecture du journal des connexions depuis %1…</translation>
    </message>
    <message>
        <source>Sign-ins since the revocation: %1</source>
        <translation>Connexions depuis la révocation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::StatusBanner</name>
    <message>
        <source>Use Entra ID instead</source>
        <translation>Utiliser plutôt Entra ID</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Use Entra ID instead: sign the same user out of every Microsoft 365 app</source>
        <translation>Utiliser plutôt Entra ID&#xa0;: déconnecter le même utilisateur de toutes les applications Microsoft 365</translation>
    </message>
    <message>
        <source>Copy details of this message</source>
        <translation>Copier les détails de ce message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Service code: %1</source>
        <translation>Code du service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason or ticket: %1</source>
        <translation>Motif ou ticket&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time: %1 (%2)</source>
        <translation>Heure&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>rc::ui::TenantPane</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Profil de locataire</translation>
    </message>
    <message>
        <source>Switch to another tenant; each one&apos;s sign-in is kept in the system keychain</source>
        <translation>Passer à un autre locataire&#xa0;; la connexion de chacun est conservée dans le trousseau système</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain (contoso.onmicrosoft.com) or its ID</source>
        <translation>Le domaine du locataire (contoso.onmicrosoft.com) ou son ID</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Mondial</translation>
    </message>
    <message>
        <source>US Government</source>
        <translation>Gouvernement des États-Unis</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>Chine (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints file…</source>
        <translation>Fichier de points de terminaison personnalisés…</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Code d&apos;appareil</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Certificate (app-only)</source>
        <translation>Certificat (application uniquement)</translation>
    </message>
    <message>
        <source>A code to enter on any device&apos;s browser</source>
        <translation>Un code à entrer dans le navigateur de n&apos;importe quel appareil</translation>
    </message>
    <message>
        <source>Sign in in this computer&apos;s browser</source>
        <translation>Se connecter dans le navigateur de cet ordinateur</translation>
    </message>
    <message>
        <source>As the app itself, with its certificate: no admin account</source>
        <translation>En tant que l&apos;application elle-même, avec son certificat&#xa0;: aucun compte administrateur</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>Clo&amp;ud&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant %1, %2 cloud, %3 sign-in</source>
        <translation>Locataire %1, cloud %2, connexion %3</translation>
    </message>
    <message>
        <source>Sign out to change the tenant or cloud.</source>
        <translation>Déconnectez-vous pour changer de locataire ou de cloud.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>Signed in as %1. App-only: no directory roles apply; the app&apos;s API permissions decide what it may revoke.</source>
        <translation>Connecté en tant que %1. Application uniquement&#xa0;: aucun rôle d&apos;annuaire ne s&apos;applique&#xa0;; les autorisations d&apos;API de l&apos;application déterminent ce qu&apos;elle peut révoquer.</translation>
    </message>
    <message>
        <source>Signed in as %1. Reading your roles…</source>
        <translation>Connecté en tant que %1. Lecture de vos rôles…</translation>
    </message>
    <message>
        <source>Signed in as %1. Your directory roles could not be read.</source>
        <translation>Connecté en tant que %1. Vos rôles d&apos;annuaire n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Signed in as %1, with no directory roles.</source>
        <translation>Connecté en tant que %1, sans rôle d&apos;annuaire.</translation>
    </message>
    <message>
        <source>Signed in as %1: %2.</source>
        <translation>Connecté en tant que %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose a cloud endpoints file</source>
        <translation>Choisir un fichier de points de terminaison cloud</translation>
    </message>
    <message>
        <source>Cloud endpoints (*.json);;All files (*)</source>
        <translation>Points de terminaison cloud (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Personnalisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tenant and sign-in</source>
        <translation>Locataire et connexion</translation>
    </message>
</context>
<context>
    <name>rc::ui::UserCard</name>
    <message>
        <source>Respond to a &amp;compromised account…</source>
        <translation>Réagir à un &amp;compte compromis…</translation>
    </message>
    <message>
        <source>Respond to a compromised account</source>
        <translation>Réagir à un compte compromis</translation>
    </message>
    <message>
        <source>Pick a user from the search results to check who they are before you sign them out.</source>
        <translation>Choisissez un utilisateur dans les résultats de recherche pour vérifier son identité avant de le déconnecter.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Type d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Sessions valid from</source>
        <translation>Sessions valides depuis</translation>
    </message>
    <message>
        <source>Sign-ins and refresh tokens issued before this time are refused. Revoking sessions moves it to now.</source>
        <translation>Les connexions et jetons d&apos;actualisation émis avant cette date sont refusés. La révocation des sessions la ramène à maintenant.</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>Rôles d&apos;annuaire</translation>
    </message>
    <message>
        <source>Initials of %1</source>
        <translation>Initiales de %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled: cannot sign in</source>
        <translation>Désactivé&#xa0;: connexion impossible</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>A guest&apos;s sessions belong to their home organization: they sign them out.</source>
        <translation>Les sessions d&apos;un invité appartiennent à son organisation d&apos;origine&#xa0;: c&apos;est elle qui le déconnecte.</translation>
    </message>
    <message>
        <source>Wait for the request under way.</source>
        <translation>Attendez la fin de la requête en cours.</translation>
    </message>
    <message>
        <source>Block sign-in, revoke every session and disable the devices of %1</source>
        <translation>Bloquer la connexion, révoquer toutes les sessions et désactiver les appareils de %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A guest&apos;s sessions belong to their home organization, whose admins can sign them out.</source>
        <translation>Les sessions d&apos;un invité appartiennent à son organisation d&apos;origine, dont les administrateurs peuvent le déconnecter.</translation>
    </message>
    <message>
        <source>%1 holds an administrator role (%2). Check that signing them out is intended.</source>
        <translation>%1 détient un rôle d&apos;administrateur (%2). Vérifiez que sa déconnexion est bien voulue.</translation>
    </message>
    <message>
        <source>This account is disabled, so it cannot sign in again. Revoke its sessions too, so that apps signed in earlier are signed out.</source>
        <translation>Ce compte est désactivé et ne peut donc plus se connecter. Révoquez aussi ses sessions, afin que les applications connectées auparavant soient déconnectées.</translation>
    </message>
    <message>
        <source>%1 (unchanged by the revocation)</source>
        <translation>%1 (inchangé par la révocation)</translation>
    </message>
    <message>
        <source>%1 → %2 (moved by the revocation)</source>
        <translation>%1 → %2 (modifié par la révocation)</translation>
    </message>
    <message>
        <source>Never revoked</source>
        <translation>Jamais révoqué</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Détails de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Directory details</source>
        <translation>Détails de l&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>rc::ui::UserResultDelegate</name>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>rc::ui::UserSearchBox</name>
    <message>
        <source>Search users by name or sign-in name (Ctrl+F)</source>
        <translation>Rechercher des utilisateurs par nom ou nom de connexion (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Type two or more letters; results appear below. Up and Down move through them, Enter picks one.</source>
        <translation>Tapez au moins deux lettres&#xa0;; les résultats s&apos;affichent en dessous. Haut et Bas permettent de les parcourir, Entrée en choisit un.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Aucun utilisateur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in to search the directory.</source>
        <translation>Connectez-vous pour rechercher dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Type two or more letters of a name, or paste a full sign-in name (user@contoso.com).</source>
        <translation>Tapez au moins deux lettres d&apos;un nom, ou collez un nom de connexion complet (user@contoso.com).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Results or message</source>
        <translation>Résultats ou message</translation>
    </message>
</context>
<context>
    <name>rc::ui::WhatStillWorks</name>
    <message>
        <source>What still works</source>
        <translation>Ce qui fonctionne encore</translation>
    </message>
    <message>
        <source>New sign-ins and token refreshes are blocked since %1.</source>
        <translation>Les nouvelles connexions et actualisations de jetons sont bloquées depuis %1.</translation>
    </message>
    <message>
        <source>Exchange Online, SharePoint Online and Teams use continuous access evaluation: they react within minutes, by about %1 at the latest.</source>
        <translation>Exchange Online, SharePoint Online et Teams utilisent l&apos;évaluation continue de l&apos;accès&#xa0;: ils réagissent en quelques minutes, au plus tard vers %1.</translation>
    </message>
    <message>
        <source>Other apps keep an access token they already hold until it expires, typically 60 to 90 minutes: until about %1.</source>
        <translation>Les autres applications conservent le jeton d&apos;accès qu&apos;elles détiennent jusqu&apos;à son expiration, en général 60 à 90 minutes&#xa0;: jusque vers %1.</translation>
    </message>
    <message>
        <source>Office web apps and the OneDrive sync client do not use continuous access evaluation: they keep working like the other apps until their token expires.</source>
        <translation>Les applications web Office et le client de synchronisation OneDrive n&apos;utilisent pas l&apos;évaluation continue de l&apos;accès&#xa0;: ils continuent de fonctionner comme les autres applications jusqu&apos;à l&apos;expiration de leur jeton.</translation>
    </message>
    <message>
        <source>A guest is not affected here: their home organization has to sign them out.</source>
        <translation>Un invité n&apos;est pas concerné ici&#xa0;: son organisation d&apos;origine doit le déconnecter.</translation>
    </message>
    <message>
        <source>The account is synced from on-premises Active Directory: it stays usable on-premises until it is blocked there.</source>
        <translation>Le compte est synchronisé depuis l&apos;Active Directory local&#xa0;: il reste utilisable en local jusqu&apos;à ce qu&apos;il y soit bloqué.</translation>
    </message>
</context>
</TS>
