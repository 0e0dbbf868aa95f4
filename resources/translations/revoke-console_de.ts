<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConfirmLayout</name>
    <message>
        <source>Cancel: send nothing</source>
        <translation>Abbrechen: nichts senden</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket number (optional):</source>
        <translation>&amp;Grund oder Ticketnummer (optional):</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Bestätigen oder abbrechen</translation>
    </message>
    <message>
        <source>%1 holds an administrator role (%2).</source>
        <translation>%1 hat eine Administratorrolle (%2).</translation>
    </message>
    <message>
        <source>Type their &amp;user name or display name to confirm:</source>
        <translation>Benutzernamen oder Anzeigenamen zur Bes&amp;tätigung eingeben:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
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
        <translation>Ihre Organisation erfordert für diese Anmeldung die Multi-Faktor-Authentifizierung. Melden Sie sich erneut an, und schließen Sie den zweiten Schritt ab.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Benutzername oder Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>Conditional Access blocked this sign-in. Ask your administrator which device or location is allowed.</source>
        <translation>Der bedingte Zugriff hat diese Anmeldung blockiert. Fragen Sie Ihren Administrator, welches Gerät oder welcher Standort zulässig ist.</translation>
    </message>
    <message>
        <source>The app has not been granted consent in this tenant. An administrator must consent to it first.</source>
        <translation>Der App wurde in diesem Mandanten keine Zustimmung erteilt. Ein Administrator muss ihr zuerst zustimmen.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The app (client ID) is not registered in this tenant. Check the client ID and the tenant.</source>
        <translation>Die App (Client-ID) ist in diesem Mandanten nicht registriert. Prüfen Sie die Client-ID und den Mandanten.</translation>
    </message>
    <message>
        <source>The tenant was not found. Check the tenant name or ID.</source>
        <translation>Der Mandant wurde nicht gefunden. Prüfen Sie den Mandantennamen oder die ID.</translation>
    </message>
    <message>
        <source>The app registration does not allow public client flows (device code). Enable &quot;Allow public client flows&quot; on it.</source>
        <translation>Die App-Registrierung lässt keine öffentlichen Clientflows zu (Gerätecode). Aktivieren Sie dort „Öffentliche Clientflows zulassen“.</translation>
    </message>
    <message>
        <source>The tenant did not accept the certificate: it is not registered on the app, or the signature did not verify. Upload the certificate to the app registration.</source>
        <translation>Der Mandant hat das Zertifikat nicht akzeptiert: Es ist nicht bei der App registriert, oder die Signatur konnte nicht überprüft werden. Laden Sie das Zertifikat in die App-Registrierung hoch.</translation>
    </message>
    <message>
        <source>The app&apos;s signed sign-in request was not addressed to this app and tenant. Check the client ID and the tenant.</source>
        <translation>Die signierte Anmeldeanforderung der App war nicht an diese App und diesen Mandanten gerichtet. Prüfen Sie die Client-ID und den Mandanten.</translation>
    </message>
    <message>
        <source>The certificate sign-in was refused because the clocks disagree. Check this computer&apos;s date and time.</source>
        <translation>Die Zertifikatanmeldung wurde abgelehnt, weil die Uhren nicht übereinstimmen. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The app&apos;s secret was refused. Revoke Console signs in app-only with a certificate, never a client secret.</source>
        <translation>Der geheime Schlüssel der App wurde abgelehnt. Revoke Console verwendet für die Nur-App-Anmeldung ein Zertifikat, nie einen geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>The browser sign-in could not be completed (the PKCE check failed). Start the sign-in again.</source>
        <translation>Die Browseranmeldung konnte nicht abgeschlossen werden (die PKCE-Prüfung ist fehlgeschlagen). Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>That sign-in was already used. Start the sign-in again.</source>
        <translation>Diese Anmeldung wurde bereits verwendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The app registration does not list this redirect address. Add &quot;http://localhost&quot; as a mobile and desktop redirect URI.</source>
        <translation>Die App-Registrierung enthält diese Umleitungsadresse nicht. Fügen Sie &quot;http://localhost&quot; als Umleitungs-URI für mobile und Desktopanwendungen hinzu.</translation>
    </message>
    <message>
        <source>Consent was declined, so the sign-in did not complete.</source>
        <translation>Die Zustimmung wurde verweigert, daher wurde die Anmeldung nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The sign-in asked for two resources at once, which Microsoft does not allow.</source>
        <translation>Die Anmeldung hat zwei Ressourcen gleichzeitig angefordert, was Microsoft nicht zulässt.</translation>
    </message>
    <message>
        <source>The resource asked for is not known in this tenant. Check the cloud settings.</source>
        <translation>Die angeforderte Ressource ist in diesem Mandanten unbekannt. Prüfen Sie die Cloudeinstellungen.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in code was not recognised. Start the sign-in again.</source>
        <translation>Der Anmeldecode wurde nicht erkannt. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied.</source>
        <translation>Die Anmeldung wurde abgebrochen, oder der Zugriff wurde verweigert.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service is temporarily unavailable. Try again shortly.</source>
        <translation>Der Microsoft-Anmeldedienst ist vorübergehend nicht verfügbar. Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>Microsoft sign-in failed.</source>
        <translation>Die Microsoft-Anmeldung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>rc::AuditActionText</name>
    <message>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Block sign-in</source>
        <translation>Anmeldung blockieren</translation>
    </message>
    <message>
        <source>Unblock sign-in</source>
        <translation>Blockierung der Anmeldung aufheben</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>Gerät deaktivieren</translation>
    </message>
    <message>
        <source>Enable device</source>
        <translation>Gerät aktivieren</translation>
    </message>
    <message>
        <source>Sign-in check</source>
        <translation>Anmeldeprüfung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rc::AuditExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rc::AuditLog</name>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Das Überwachungsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>rc::AuditTrail</name>
    <message>
        <source>Same person as line %1 of the list: merged into that line, whose row has the outcome.</source>
        <translation>Dieselbe Person wie in Zeile %1 der Liste: mit dieser Zeile zusammengeführt, die das Ergebnis enthält.</translation>
    </message>
    <message>
        <source>Cancelled (may have reached the service): the request was sent, so the sign-out may still take effect.</source>
        <translation>Abgebrochen (hat den Dienst eventuell erreicht): Die Anforderung wurde gesendet, daher kann die Abmeldung noch wirksam werden.</translation>
    </message>
</context>
<context>
    <name>rc::AuditedAction</name>
    <message>
        <source>The audit log is not available.</source>
        <translation>Das Überwachungsprotokoll ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>rc::BatchAnswer</name>
    <message>
        <source>no answer for request %1</source>
        <translation>keine Antwort auf Anforderung %1</translation>
    </message>
    <message>
        <source>request %1 was answered %2 times</source>
        <translation>Anforderung %1 wurde %2-mal beantwortet</translation>
    </message>
    <message>
        <source>no list of responses</source>
        <translation>keine Liste von Antworten</translation>
    </message>
    <message>
        <source>the answer to request %1 has no status</source>
        <translation>die Antwort auf Anforderung %1 hat keinen Status</translation>
    </message>
    <message>
        <source>request %1 was not part of the batch</source>
        <translation>Anforderung %1 war nicht Teil des Batches</translation>
    </message>
    <message>
        <source>no user in the answer to request %1</source>
        <translation>kein Benutzer in der Antwort auf Anforderung %1</translation>
    </message>
</context>
<context>
    <name>rc::BrowserSignIn</name>
    <message>
        <source>The app has not been granted consent in this tenant. An administrator must consent to it first.</source>
        <translation>Der App wurde in diesem Mandanten keine Zustimmung erteilt. Ein Administrator muss ihr zuerst zustimmen.</translation>
    </message>
    <message>
        <source>Microsoft needs you to complete the sign-in in the browser. Start the sign-in again.</source>
        <translation>Microsoft verlangt, dass Sie die Anmeldung im Browser abschließen. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service had an internal error. Try again shortly.</source>
        <translation>Beim Microsoft-Anmeldedienst ist ein interner Fehler aufgetreten. Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Revoke Console.</source>
        <translation>Die Anmeldung wurde in Revoke Console abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>Die Browseranmeldung wurde nicht innerhalb von %n Minute abgeschlossen. Starten Sie die Anmeldung erneut.</numerusform>
            <numerusform>Die Browseranmeldung wurde nicht innerhalb von %n Minuten abgeschlossen. Starten Sie die Anmeldung erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n second(s). Start the sign-in again.</source>
        <translation>
            <numerusform>Die Browseranmeldung wurde nicht innerhalb von %n Sekunde abgeschlossen. Starten Sie die Anmeldung erneut.</numerusform>
            <numerusform>Die Browseranmeldung wurde nicht innerhalb von %n Sekunden abgeschlossen. Starten Sie die Anmeldung erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkJournal</name>
    <message>
        <source>The bulk run journal %1 cannot be written: %2</source>
        <translation>Das Journal %1 der Massenabmeldung kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rc::BulkRecorder</name>
    <message>
        <source>Not sent: the run stopped before this request went out, because it could not be recorded.</source>
        <translation>Nicht gesendet: Der Durchlauf wurde vor dieser Anforderung beendet, da sie nicht erfasst werden konnte.</translation>
    </message>
    <message>
        <source>The run stopped before the sign-out was verified.</source>
        <translation>Der Durchlauf wurde beendet, bevor die Abmeldung bestätigt war.</translation>
    </message>
</context>
<context>
    <name>rc::BulkResults</name>
    <message>
        <source>%1 could not be looked up.</source>
        <translation>%1 konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>Same person as line %1.</source>
        <translation>Dieselbe Person wie in Zeile %1.</translation>
    </message>
    <message>
        <source>The run stopped before the sign-out was verified. Run the same list again to verify it.</source>
        <translation>Der Durchlauf wurde beendet, bevor die Abmeldung bestätigt wurde. Führen Sie dieselbe Liste erneut aus, um sie zu bestätigen.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped before this user. Run the same list again to send the rest.</source>
        <translation>Nicht gesendet: Der Durchlauf wurde vor diesem Benutzer beendet. Führen Sie dieselbe Liste erneut aus, um den Rest zu senden.</translation>
    </message>
    <message>
        <source>%1 revoked and verified</source>
        <translation>%1 widerrufen und bestätigt</translation>
    </message>
    <message>
        <source>%1 signed out</source>
        <translation>%1 abgemeldet</translation>
    </message>
    <message>
        <source>%1 not confirmed</source>
        <translation>%1 nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 nicht gesendet</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 could not be looked up</source>
        <translation>%1 nicht abfragbar</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Durchlauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The results file %1 could not be written: %2</source>
        <translation>Die Ergebnisdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people would be signed out</source>
        <translation>
            <numerusform>%n Person würde abgemeldet</numerusform>
            <numerusform>%n Personen würden abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold admin roles</source>
        <translation>
            <numerusform>davon hat %n Administratorrollen</numerusform>
            <numerusform>davon haben %n Administratorrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are disabled</source>
        <translation>
            <numerusform>davon ist %n deaktiviert</numerusform>
            <numerusform>davon sind %n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have roles that could not be read</source>
        <translation>
            <numerusform>bei %n davon konnten die Rollen nicht gelesen werden</numerusform>
            <numerusform>bei %n davon konnten die Rollen nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guests skipped</source>
        <translation>
            <numerusform>%n Gast übersprungen</numerusform>
            <numerusform>%n Gäste übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid names</source>
        <translation>
            <numerusform>%n ungültiger Name</numerusform>
            <numerusform>%n ungültige Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates merged</source>
        <translation>
            <numerusform>%n Duplikat zusammengeführt</numerusform>
            <numerusform>%n Duplikate zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted for this sign-in</source>
        <translation>
            <numerusform>%n für diese Anmeldung nicht zulässig</numerusform>
            <numerusform>%n für diese Anmeldung nicht zulässig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkReview</name>
    <message>
        <source>%1 was not looked up.</source>
        <translation>%1 wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>Your own account is on the list (line %1): you will be signed out too.</source>
        <translation>Ihr eigenes Konto steht in der Liste (Zeile %1): Sie werden ebenfalls abgemeldet.</translation>
    </message>
</context>
<context>
    <name>rc::BulkReviewer</name>
    <message>
        <source>the answer held no role list</source>
        <translation>die Antwort enthielt keine Rollenliste</translation>
    </message>
    <message>
        <source>The review was cancelled. Nothing was sent.</source>
        <translation>Die Prüfung wurde abgebrochen. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>rc::BulkRun</name>
    <message>
        <source>Not revoking: there is no audit log to record it in.</source>
        <translation>Kein Widerruf: Es gibt kein Überwachungsprotokoll, um ihn zu erfassen.</translation>
    </message>
    <message>
        <source>SharePoint answered that this operation is not available in your organization (for %1). Sign the list out on the Entra ID channel instead.</source>
        <translation>SharePoint meldet, dass dieser Vorgang in Ihrer Organisation nicht verfügbar ist (für %1). Melden Sie die Liste stattdessen über den Entra ID-Kanal ab.</translation>
    </message>
</context>
<context>
    <name>rc::BulkRunLock</name>
    <message>
        <source>This list is already being run by %1 (PID %2 on %3) since %4. Wait for it to finish or stop it.</source>
        <translation>Diese Liste wird seit %4 bereits von %1 ausgeführt (PID %2 auf %3). Warten Sie, bis der Vorgang abgeschlossen ist, oder beenden Sie ihn.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>einem unbekannten Host</translation>
    </message>
    <message>
        <source>This list is already being run by another program. Wait for it to finish or stop it.</source>
        <translation>Diese Liste wird bereits von einem anderen Programm ausgeführt. Warten Sie, bis der Vorgang abgeschlossen ist, oder beenden Sie ihn.</translation>
    </message>
    <message>
        <source>The lock %1 of this list&apos;s run cannot be created.</source>
        <translation>Die Sperrdatei %1 für den Durchlauf dieser Liste kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>rc::BulkScheduler</name>
    <message>
        <source>The service did not answer for this user.</source>
        <translation>Der Dienst hat für diesen Benutzer nicht geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 asked to wait %n s before the next request, longer than this run waits. Run the same command again later: it resumes where it stopped.</source>
        <translation>
            <numerusform>Microsoft 365 hat verlangt, vor der nächsten Anforderung %n s zu warten, länger als dieser Durchlauf wartet. Führen Sie denselben Befehl später erneut aus: Er macht dort weiter, wo er aufgehört hat.</numerusform>
            <numerusform>Microsoft 365 hat verlangt, vor der nächsten Anforderung %n s zu warten, länger als dieser Durchlauf wartet. Führen Sie denselben Befehl später erneut aus: Er macht dort weiter, wo er aufgehört hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 kept throttling for more than %n s, so the run stopped. Run the same command again later: it resumes where it stopped.</source>
        <translation>
            <numerusform>Microsoft 365 hat länger als %n s gedrosselt, daher wurde der Durchlauf beendet. Führen Sie denselben Befehl später erneut aus: Er macht dort weiter, wo er aufgehört hat.</numerusform>
            <numerusform>Microsoft 365 hat länger als %n s gedrosselt, daher wurde der Durchlauf beendet. Führen Sie denselben Befehl später erneut aus: Er macht dort weiter, wo er aufgehört hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkSession</name>
    <message>
        <source>The run&apos;s journal could not be opened, so a run could not resume after a crash: %1</source>
        <translation>Das Journal des Durchlaufs konnte nicht geöffnet werden, daher könnte ein Durchlauf nach einem Absturz nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Revocations are refused: the audit log could not be opened.</source>
        <translation>Widerrufe werden abgelehnt: Das Überwachungsprotokoll konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>rc::CertificateCredential</name>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>Die Passphrase für %1 ist falsch.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Enter the passphrase to use it.</source>
        <translation>%1 ist durch eine Passphrase geschützt. Geben Sie die Passphrase ein, um die Datei zu verwenden.</translation>
    </message>
    <message>
        <source>%1 is not a certificate file. Use a PFX/PKCS#12 file, or a PEM file with the certificate and its private key.</source>
        <translation>%1 ist keine Zertifikatdatei. Verwenden Sie eine PFX/PKCS#12-Datei oder eine PEM-Datei mit dem Zertifikat und seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 contains no private key. Use a PFX/PKCS#12 file, or a PEM file with the certificate and its private key.</source>
        <translation>%1 enthält keinen privaten Schlüssel. Verwenden Sie eine PFX/PKCS#12-Datei oder eine PEM-Datei mit dem Zertifikat und seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 asks for more key-derivation rounds than a certificate file needs (over %2). Export it again with the usual settings.</source>
        <translation>%1 verlangt mehr Schlüsselableitungsrunden, als eine Zertifikatdatei benötigt (über %2). Exportieren Sie die Datei erneut mit den üblichen Einstellungen.</translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>Die Zertifikatdatei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a certificate file.</source>
        <translation>%1 ist ein Ordner, keine Zertifikatdatei.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read. Check that you may open it.</source>
        <translation>Die Zertifikatdatei %1 kann nicht gelesen werden. Prüfen Sie, ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>The certificate in %1 could not be read.</source>
        <translation>Das Zertifikat in %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The private key in %1 could not be read.</source>
        <translation>Der private Schlüssel in %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation>Die Zertifikatdatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The private key in %1 is not an RSA key (it is %2). Microsoft Entra ID accepts only RSA certificates.</source>
        <translation>Der private Schlüssel in %1 ist kein RSA-Schlüssel (sondern %2). Microsoft Entra ID akzeptiert nur RSA-Zertifikate.</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to its certificate (%2).</source>
        <translation>Der private Schlüssel in %1 gehört nicht zu seinem Zertifikat (%2).</translation>
    </message>
    <message>
        <source>The private key in %1 cannot sign: the file is damaged (%2).</source>
        <translation>Der private Schlüssel in %1 kann nicht signieren: Die Datei ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The certificate in %1 (%2) expired on %3. Create a new certificate and upload it to the app registration.</source>
        <translation>Das Zertifikat in %1 (%2) ist am %3 abgelaufen. Erstellen Sie ein neues Zertifikat, und laden Sie es in die App-Registrierung hoch.</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key could not sign the request.</source>
        <translation>Der private Schlüssel des Zertifikats konnte die Anforderung nicht signieren.</translation>
    </message>
</context>
<context>
    <name>rc::CloudEndpoints</name>
    <message>
        <source>The cloud setting &quot;%1&quot; is not a valid base URL: %2</source>
        <translation>Die Cloudeinstellung &quot;%1&quot; ist keine gültige Basis-URL: %2</translation>
    </message>
    <message>
        <source>Refusing to use %1: Microsoft 365 is only reached over https (plain http is allowed for a local emulator on this computer only).</source>
        <translation>%1 wird nicht verwendet: Microsoft 365 wird nur über https erreicht (einfaches http ist nur für einen lokalen Emulator auf diesem Computer zulässig).</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;. Use global, usgov, china or --cloud-config FILE.</source>
        <translation>Unbekannte Cloud &quot;%1&quot;. Verwenden Sie global, usgov, china oder --cloud-config FILE.</translation>
    </message>
    <message>
        <source>The cloud configuration is not a JSON object (%1).</source>
        <translation>Die Cloudkonfiguration ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>The cloud configuration has no &quot;%1&quot; URL.</source>
        <translation>Die Cloudkonfiguration enthält keine URL &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the cloud configuration %1: %2</source>
        <translation>Die Cloudkonfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cloud configuration %1 is larger than %2 KB; it is not one.</source>
        <translation>Die Cloudkonfiguration %1 ist größer als %2 KB und damit keine.</translation>
    </message>
    <message>
        <source>The SharePoint channel needs the tenant&apos;s initial domain (for example contoso.onmicrosoft.com) to find its admin site; &quot;%1&quot; is not one.</source>
        <translation>Der SharePoint-Kanal benötigt die anfängliche Domäne des Mandanten (z. B. contoso.onmicrosoft.com), um dessen Admin-Website zu finden; &quot;%1&quot; ist keine.</translation>
    </message>
</context>
<context>
    <name>rc::Containment</name>
    <message>
        <source>Sign-in was already blocked.</source>
        <translation>Die Anmeldung war bereits blockiert.</translation>
    </message>
    <message>
        <source>Would block sign-in for %1.</source>
        <translation>Würde die Anmeldung für %1 blockieren.</translation>
    </message>
    <message>
        <source>Sign-in blocked, and read back.</source>
        <translation>Anmeldung blockiert und zurückgelesen.</translation>
    </message>
    <message>
        <source>Blocking was accepted, but the account still reads as enabled.</source>
        <translation>Die Blockierung wurde angenommen, aber das Konto ist laut Rücklesen noch aktiviert.</translation>
    </message>
    <message>
        <source>Blocking was accepted, but reading it back failed: %1</source>
        <translation>Die Blockierung wurde angenommen, aber das Zurücklesen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The account is synced from on-premises Active Directory: block it there too, or sync may undo this.</source>
        <translation>Das Konto wird aus dem lokalen Active Directory synchronisiert: Blockieren Sie es auch dort, sonst kann die Synchronisierung dies rückgängig machen.</translation>
    </message>
    <message>
        <source>an on-premises Active Directory administrator</source>
        <translation>ein Administrator des lokalen Active Directory</translation>
    </message>
    <message>
        <source>Sessions revoked, and verified: sessions are valid only from %1.</source>
        <translation>Sitzungen widerrufen und bestätigt: Sitzungen sind erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>Would revoke every session of %1.</source>
        <translation>Würde alle Sitzungen von %1 widerrufen.</translation>
    </message>
    <message>
        <source>Revocation was accepted, but &quot;sessions valid from&quot; did not move.</source>
        <translation>Der Widerruf wurde angenommen, aber „Sitzungen gültig ab“ hat sich nicht geändert.</translation>
    </message>
    <message>
        <source>The user&apos;s devices could not be listed: %1</source>
        <translation>Die Geräte des Benutzers konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No devices are registered to %1.</source>
        <translation>Für %1 sind keine Geräte registriert.</translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation>Bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Would disable %1.</source>
        <translation>Würde %1 deaktivieren.</translation>
    </message>
    <message>
        <source>Not sent: disabling %1 was refused.</source>
        <translation>Nicht gesendet: Das Deaktivieren von %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Disabled, and read back.</source>
        <translation>Deaktiviert und zurückgelesen.</translation>
    </message>
    <message>
        <source>Disabling was accepted, but the device still reads as enabled.</source>
        <translation>Die Deaktivierung wurde angenommen, aber das Gerät ist laut Rücklesen noch aktiviert.</translation>
    </message>
    <message>
        <source>Disabling was accepted, but reading it back failed: %1</source>
        <translation>Die Deaktivierung wurde angenommen, aber das Zurücklesen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Every device was already disabled.</source>
        <translation>Alle Geräte waren bereits deaktiviert.</translation>
    </message>
    <message>
        <source>%1 of %2 devices disabled and read back.</source>
        <translation>%1 von %2 Geräten deaktiviert und zurückgelesen.</translation>
    </message>
    <message>
        <source>Block sign-in</source>
        <translation>Anmeldung blockieren</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Disable devices</source>
        <translation>Geräte deaktivieren</translation>
    </message>
    <message>
        <source>Unblock sign-in</source>
        <translation>Blockierung der Anmeldung aufheben</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Enable devices</source>
        <translation>Geräte aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Would disable %n devices.</source>
        <translation>
            <numerusform>Würde %n Gerät deaktivieren.</numerusform>
            <numerusform>Würde %n Geräte deaktivieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices disabled, and read back.</source>
        <translation>
            <numerusform>%n Gerät deaktiviert und zurückgelesen.</numerusform>
            <numerusform>%n Geräte deaktiviert und zurückgelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ContainmentChecks</name>
    <message>
        <source>A guest: their home organization has to sign them out. Nothing will be sent.</source>
        <translation>Ein Gast: Seine Heimorganisation muss ihn abmelden. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Sign-in is already blocked for this account. Revoking its sessions is still allowed.</source>
        <translation>Die Anmeldung ist für dieses Konto bereits blockiert. Seine Sitzungen dürfen trotzdem widerrufen werden.</translation>
    </message>
    <message>
        <source>Synced from on-premises Active Directory: sync can undo a block made here. Block the account in on-premises Active Directory too.</source>
        <translation>Aus dem lokalen Active Directory synchronisiert: Die Synchronisierung kann eine hier gesetzte Blockierung aufheben. Blockieren Sie das Konto auch im lokalen Active Directory.</translation>
    </message>
    <message>
        <source>Holds an administrator role (%1): check that this is the right person before you act.</source>
        <translation>Hat eine Administratorrolle (%1): Prüfen Sie vor dem Handeln, ob dies die richtige Person ist.</translation>
    </message>
    <message>
        <source>This is your own account: you will be signed out too.</source>
        <translation>Dies ist Ihr eigenes Konto: Sie werden ebenfalls abgemeldet.</translation>
    </message>
</context>
<context>
    <name>rc::ContainmentPermission</name>
    <message>
        <source>Your directory roles are unknown (%1), so Microsoft 365 will decide whether you may block sign-in.</source>
        <translation>Ihre Verzeichnisrollen sind unbekannt (%1), daher entscheidet Microsoft 365, ob Sie die Anmeldung blockieren dürfen.</translation>
    </message>
    <message>
        <source>None of your directory roles (%1) may block sign-in: unless a custom or administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.</source>
        <translation>Keine Ihrer Verzeichnisrollen (%1) darf die Anmeldung blockieren: Sofern keine benutzerdefinierte oder auf eine Verwaltungseinheit bezogene Rolle es erlaubt, lehnt Microsoft 365 ab. Die Rolle %2 darf es.</translation>
    </message>
    <message>
        <source>This user&apos;s directory roles are unknown (%1), so Microsoft 365 will decide whether you may block their sign-in.</source>
        <translation>Die Verzeichnisrollen dieses Benutzers sind unbekannt (%1), daher entscheidet Microsoft 365, ob Sie seine Anmeldung blockieren dürfen.</translation>
    </message>
    <message>
        <source>Your roles (%1) may not block the sign-in of a user who holds %2: a %3 can.</source>
        <translation>Ihre Rollen (%1) dürfen die Anmeldung eines Benutzers mit %2 nicht blockieren: Die Rolle %3 darf es.</translation>
    </message>
    <message>
        <source>Your directory roles are unknown (%1), so Microsoft 365 will decide whether you may disable devices.</source>
        <translation>Ihre Verzeichnisrollen sind unbekannt (%1), daher entscheidet Microsoft 365, ob Sie Geräte deaktivieren dürfen.</translation>
    </message>
    <message>
        <source>None of your directory roles (%1) may disable devices: unless a custom or administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.</source>
        <translation>Keine Ihrer Verzeichnisrollen (%1) darf Geräte deaktivieren: Sofern keine benutzerdefinierte oder auf eine Verwaltungseinheit bezogene Rolle es erlaubt, lehnt Microsoft 365 ab. Die Rolle %2 darf es.</translation>
    </message>
</context>
<context>
    <name>rc::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service named a sign-in page that is not a secure (https) address, so it was not opened: %1. Sign-in stopped; check the cloud settings.</source>
        <translation>Der Anmeldedienst hat eine Anmeldeseite genannt, die keine sichere (https-)Adresse ist; sie wurde daher nicht geöffnet: %1. Die Anmeldung wurde beendet; prüfen Sie die Cloudeinstellungen.</translation>
    </message>
</context>
<context>
    <name>rc::HttpClient</name>
    <message>
        <source>A sign-in token was about to be sent to a host it was not issued for; the request was stopped.</source>
        <translation>Ein Anmeldetoken sollte an einen Host gesendet werden, für den es nicht ausgestellt wurde; die Anforderung wurde beendet.</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to be genuine; it was ignored.</source>
        <translation>%1 hat eine Antwort gesendet, die zu groß ist, um echt zu sein; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 tried to redirect the request to another host (%2). It was not followed, so your sign-in was not sent there.</source>
        <translation>%1 wollte die Anforderung an einen anderen Host (%2) umleiten. Dem wurde nicht gefolgt, Ihre Anmeldung wurde also nicht dorthin gesendet.</translation>
    </message>
</context>
<context>
    <name>rc::LoopbackRedirect</name>
    <message>
        <source>Revoke Console could not open a local port to receive the browser sign-in.</source>
        <translation>Revoke Console konnte keinen lokalen Port öffnen, um die Browseranmeldung zu empfangen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <source>Not the expected sign-in</source>
        <translation>Nicht die erwartete Anmeldung</translation>
    </message>
    <message>
        <source>This is not the sign-in answer Revoke Console is waiting for. Start the sign-in again from Revoke Console if it is still open.</source>
        <translation>Dies ist nicht die Anmeldeantwort, auf die Revoke Console wartet. Starten Sie die Anmeldung erneut in Revoke Console, falls es noch geöffnet ist.</translation>
    </message>
    <message>
        <source>You are signed in to Revoke Console.</source>
        <translation>Sie sind bei Revoke Console angemeldet.</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Sie können diese Registerkarte schließen.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed</source>
        <translation>Die Anmeldung war nicht erfolgreich</translation>
    </message>
</context>
<context>
    <name>rc::NetworkErrorText</name>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Could not find %1. Check the network connection and the cloud settings.</source>
        <translation>%1 wurde nicht gefunden. Prüfen Sie die Netzwerkverbindung und die Cloudeinstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde(n) geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde(n) geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. A proxy or a wrong clock can cause this.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden, daher wurde nichts gesendet. Ursache kann ein Proxy oder eine falsche Uhrzeit sein.</translation>
    </message>
    <message>
        <source>The network proxy did not let the request to %1 through.</source>
        <translation>Der Netzwerkproxy hat die Anforderung an %1 nicht durchgelassen.</translation>
    </message>
    <message>
        <source>The network is not available, so %1 could not be reached.</source>
        <translation>Das Netzwerk ist nicht verfügbar, daher war %1 nicht erreichbar.</translation>
    </message>
    <message>
        <source>Could not reach %1 because of a network error.</source>
        <translation>%1 war wegen eines Netzwerkfehlers nicht erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish answering within %n second(s); the request was stopped.</source>
        <translation>
            <numerusform>%1 hat die Antwort nicht innerhalb von %n Sekunde(n) abgeschlossen; die Anforderung wurde beendet.</numerusform>
            <numerusform>%1 hat die Antwort nicht innerhalb von %n Sekunde(n) abgeschlossen; die Anforderung wurde beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::Pkce</name>
    <message>
        <source>A PKCE code verifier must be 43 to 128 letters, digits or -._~ characters.</source>
        <translation>Ein PKCE-Codeverifizierer muss aus 43 bis 128 Buchstaben, Ziffern oder den Zeichen -._~ bestehen.</translation>
    </message>
</context>
<context>
    <name>rc::PrivateFile</name>
    <message>
        <source>%1 cannot be made private: %2</source>
        <translation>Der Zugriff auf %1 kann nicht auf den Besitzer beschränkt werden: %2</translation>
    </message>
</context>
<context>
    <name>rc::ReadCapped</name>
    <message numerus="yes">
        <source>It is larger than %n bytes.</source>
        <translation>
            <numerusform>Die Datei ist größer als %n Byte.</numerusform>
            <numerusform>Die Datei ist größer als %n Byte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ResponseError</name>
    <message>
        <source>%1 did not accept the sign-in. Sign in again.</source>
        <translation>%1 hat die Anmeldung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 refused: the signed-in account is not allowed to do this.</source>
        <translation>%1 hat abgelehnt: Das angemeldete Konto ist dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>%1 did not find what was asked for.</source>
        <translation>%1 hat das Angeforderte nicht gefunden.</translation>
    </message>
    <message>
        <source>Microsoft 365 is busy or throttling requests (%1 answered %2).</source>
        <translation>Microsoft 365 ist ausgelastet oder drosselt Anforderungen (%1 hat mit %2 geantwortet).</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Meldung des Diensts: %1</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read (%2).</source>
        <translation>%1 hat eine Antwort gesendet, die nicht gelesen werden konnte (%2).</translation>
    </message>
</context>
<context>
    <name>rc::Restore</name>
    <message>
        <source>The audit log is not open, so nothing can be restored.</source>
        <translation>Das Überwachungsprotokoll ist nicht geöffnet, daher kann nichts wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>A revoked session cannot come back: %1 signs in again.</source>
        <translation>Eine widerrufene Sitzung lässt sich nicht zurückholen: %1 meldet sich neu an.</translation>
    </message>
    <message>
        <source>Sign-in is not blocked.</source>
        <translation>Die Anmeldung ist nicht blockiert.</translation>
    </message>
    <message>
        <source>Sign-in was not blocked by Revoke Console: it is left as it is.</source>
        <translation>Die Anmeldung wurde nicht von Revoke Console blockiert: Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>Would unblock sign-in for %1.</source>
        <translation>Würde die Blockierung der Anmeldung für %1 aufheben.</translation>
    </message>
    <message>
        <source>Sign-in unblocked, and read back.</source>
        <translation>Blockierung der Anmeldung aufgehoben und zurückgelesen.</translation>
    </message>
    <message>
        <source>Unblocking was accepted, but the account still reads as blocked.</source>
        <translation>Die Aufhebung der Blockierung wurde angenommen, aber das Konto ist laut Rücklesen noch blockiert.</translation>
    </message>
    <message>
        <source>Unblocking was accepted, but reading it back failed: %1</source>
        <translation>Die Aufhebung der Blockierung wurde angenommen, aber das Zurücklesen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Revoke Console disabled no device of %1.</source>
        <translation>Revoke Console hat kein Gerät von %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Would enable %1 of the devices Revoke Console disabled.</source>
        <translation>Würde %1 der von Revoke Console deaktivierten Geräte aktivieren.</translation>
    </message>
    <message>
        <source>%1 of %2 devices enabled and read back.</source>
        <translation>%1 von %2 Geräten aktiviert und zurückgelesen.</translation>
    </message>
    <message>
        <source>Would enable %1.</source>
        <translation>Würde %1 aktivieren.</translation>
    </message>
    <message>
        <source>Enabled, and read back.</source>
        <translation>Aktiviert und zurückgelesen.</translation>
    </message>
    <message>
        <source>Enabling was accepted, but the device still reads as disabled.</source>
        <translation>Die Aktivierung wurde angenommen, aber das Gerät ist laut Rücklesen noch deaktiviert.</translation>
    </message>
    <message>
        <source>Enabling was accepted, but reading it back failed: %1</source>
        <translation>Die Aktivierung wurde angenommen, aber das Zurücklesen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>rc::RevokeFlow</name>
    <message>
        <source>Not available (needs Entra ID P1)</source>
        <translation>Nicht verfügbar (erfordert Entra ID P1)</translation>
    </message>
    <message>
        <source>Not available (needs a role that may read sign-in activity, such as Reports Reader)</source>
        <translation>Nicht verfügbar (erfordert eine Rolle, die Anmeldeaktivitäten lesen darf, z. B. Berichtsleseberechtigter)</translation>
    </message>
    <message>
        <source>Not available (needs AuditLog.Read.All)</source>
        <translation>Nicht verfügbar (erfordert AuditLog.Read.All)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>not a member of this directory</source>
        <translation>kein Mitglied dieses Verzeichnisses</translation>
    </message>
    <message>
        <source>the user could not be looked up</source>
        <translation>der Benutzer konnte nicht abgefragt werden</translation>
    </message>
    <message>
        <source>they are being read</source>
        <translation>sie werden gerade gelesen</translation>
    </message>
    <message>
        <source>Will not be applicable for guest users.</source>
        <translation>Gilt nicht für Gastbenutzer.</translation>
    </message>
</context>
<context>
    <name>rc::RevokePermission</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>no directory role</source>
        <translation>keine Verzeichnisrolle</translation>
    </message>
    <message>
        <source>Your directory roles are unknown (%1), so Microsoft 365 will decide.</source>
        <translation>Ihre Verzeichnisrollen sind unbekannt (%1), daher entscheidet Microsoft 365.</translation>
    </message>
    <message>
        <source>Your roles (%1) may not run the SharePoint operation: a %2 can.</source>
        <translation>Ihre Rollen (%1) dürfen den SharePoint-Vorgang nicht ausführen: Die Rolle %2 darf es.</translation>
    </message>
    <message>
        <source>None of your directory roles (%1) may revoke sessions: unless a custom or administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.</source>
        <translation>Keine Ihrer Verzeichnisrollen (%1) darf Sitzungen widerrufen: Sofern keine benutzerdefinierte oder auf eine Verwaltungseinheit bezogene Rolle es erlaubt, lehnt Microsoft 365 ab. Die Rolle %2 darf es.</translation>
    </message>
    <message>
        <source>This sign-in was not granted %1, so revocations will be refused. %2</source>
        <translation>Dieser Anmeldung wurde %1 nicht erteilt, daher werden Widerrufe abgelehnt. %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>This sign-in was not granted %1, so users cannot be looked up. %2</source>
        <translation>Dieser Anmeldung wurde %1 nicht erteilt, daher können keine Benutzer abgefragt werden. %2</translation>
    </message>
    <message>
        <source>Your directory roles are unknown (%1): Microsoft 365 decides what you may revoke.</source>
        <translation>Ihre Verzeichnisrollen sind unbekannt (%1): Microsoft 365 entscheidet, was Sie widerrufen dürfen.</translation>
    </message>
    <message>
        <source>None of your directory roles may revoke sessions: unless a custom or administrative-unit role allows it, revocations will be refused. Entra ID needs a %1; SharePoint needs a %2.</source>
        <translation>Keine Ihrer Verzeichnisrollen darf Sitzungen widerrufen: Sofern keine benutzerdefinierte oder auf eine Verwaltungseinheit bezogene Rolle es erlaubt, werden Widerrufe abgelehnt. Entra ID erfordert die Rolle %1, SharePoint die Rolle %2.</translation>
    </message>
    <message>
        <source>Your roles may revoke on SharePoint only; the Entra ID channel needs a %1.</source>
        <translation>Ihre Rollen dürfen nur über SharePoint widerrufen; der Entra ID-Kanal erfordert die Rolle %1.</translation>
    </message>
    <message>
        <source>Your roles may sign out users without an administrator role, but not most administrators: the card says who can sign out each one (a %1 can sign out anyone).</source>
        <translation>Ihre Rollen dürfen Benutzer ohne Administratorrolle abmelden, aber nicht die meisten Administratoren: Die Karte zeigt, wer jeden Einzelnen abmelden darf (ein %1 darf jeden abmelden).</translation>
    </message>
    <message>
        <source>The SharePoint channel needs a %1.</source>
        <translation>Der SharePoint-Kanal erfordert die Rolle %1.</translation>
    </message>
    <message>
        <source>This sign-in was not granted %1. %2</source>
        <translation>Dieser Anmeldung wurde %1 nicht erteilt. %2</translation>
    </message>
    <message>
        <source>This user&apos;s directory roles are unknown (%1): if they hold an administrator role, a %2 may be needed. Microsoft 365 will decide.</source>
        <translation>Die Verzeichnisrollen dieses Benutzers sind unbekannt (%1): Hat er eine Administratorrolle, ist eventuell die Rolle %2 nötig. Microsoft 365 entscheidet.</translation>
    </message>
    <message>
        <source>This user is an administrator (%1). Your roles (%2) may not sign them out: a %3 can sign them out.</source>
        <translation>Dieser Benutzer ist Administrator (%1). Ihre Rollen (%2) dürfen ihn nicht abmelden: Die Rolle %3 darf ihn abmelden.</translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation>Globaler Administrator</translation>
    </message>
    <message>
        <source>Privileged Authentication Administrator</source>
        <translation>Administrator für privilegierte Authentifizierung</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrator für privilegierte Rollen</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Benutzeradministrator</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Helpdeskadministrator</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Authentifizierungsadministrator</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>SharePoint-Administrator</translation>
    </message>
    <message>
        <source>Cloud Device Administrator</source>
        <translation>Cloudgeräteadministrator</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Intune-Administrator</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Exchange-Administrator</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Sicherheitsadministrator</translation>
    </message>
</context>
<context>
    <name>rc::RoleSet</name>
    <message>
        <source>they could not be read: %1</source>
        <translation>sie konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>rc::SecretStore</name>
    <message>
        <source>The system keychain is not available (no Secret Service on the session bus), so %1.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar (kein Secret Service auf dem Sitzungsbus): %1.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so %1.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert: %1.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s (it may be waiting to be unlocked), so %2.</source>
        <translation>Der Systemschlüsselbund hat nicht innerhalb von %1 s geantwortet (er wartet eventuell auf die Entsperrung): %2.</translation>
    </message>
    <message>
        <source>The system keychain reported an error, so %1.</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message>
        <source>the stored secret could not be read</source>
        <translation>das gespeicherte Geheimnis konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the secret could not be saved</source>
        <translation>das Geheimnis konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the stored secret could not be removed</source>
        <translation>das gespeicherte Geheimnis konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>rc::ServiceCaller</name>
    <message>
        <source>%1 did not accept the sign-in, even after a refresh. Sign in again.</source>
        <translation>%1 hat die Anmeldung auch nach einer Aktualisierung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests or is unavailable, and did not recover after %n attempt(s). Try again in a few minutes.</source>
        <translation>
            <numerusform>Microsoft 365 drosselt Anforderungen oder ist nicht verfügbar und hat sich nach %n Versuch nicht erholt. Versuchen Sie es in einigen Minuten erneut.</numerusform>
            <numerusform>Microsoft 365 drosselt Anforderungen oder ist nicht verfügbar und hat sich nach %n Versuchen nicht erholt. Versuchen Sie es in einigen Minuten erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::Settings</name>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>rc::SignInCheck</name>
    <message>
        <source>The sign-in log could not be read: it needs an Entra ID P1 licence, the AuditLog.Read.All permission and a role that reads sign-in logs (Reports Reader, Security Reader, Security Administrator or Global Reader). Microsoft 365 said: %1</source>
        <translation>Das Anmeldeprotokoll konnte nicht gelesen werden: Es erfordert eine Entra ID P1-Lizenz, die Berechtigung AuditLog.Read.All und eine Rolle, die Anmeldeprotokolle lesen darf (Berichtsleseberechtigter, Sicherheitsleseberechtigter, Sicherheitsadministrator oder Globaler Leser). Antwort von Microsoft 365: %1</translation>
    </message>
    <message>
        <source>The sign-in log could not be read: %1</source>
        <translation>Das Anmeldeprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 at %2, after the revocation: something still works. Check again in a few minutes, and block sign-in if it is not blocked.</source>
        <translation>Anmeldung bei %1 um %2, nach dem Widerruf: Etwas funktioniert noch. Prüfen Sie in einigen Minuten erneut, und blockieren Sie die Anmeldung, falls sie nicht blockiert ist.</translation>
    </message>
    <message>
        <source>an app</source>
        <translation>einer App</translation>
    </message>
    <message>
        <source>No sign-in since %1. The log lags by a few minutes: check again later.</source>
        <translation>Keine Anmeldung seit %1. Das Protokoll hinkt einige Minuten hinterher: Prüfen Sie später erneut.</translation>
    </message>
</context>
<context>
    <name>rc::SignInSession</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired or was revoked. Sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in gave no refresh token, so SharePoint cannot be reached. Check the app registration.</source>
        <translation>Die Anmeldung hat kein Aktualisierungstoken geliefert, daher ist SharePoint nicht erreichbar. Prüfen Sie die App-Registrierung.</translation>
    </message>
    <message>
        <source>App %1 (certificate %2)</source>
        <translation>App %1 (Zertifikat %2)</translation>
    </message>
</context>
<context>
    <name>rc::SignedInAdmin</name>
    <message>
        <source>they are being read</source>
        <translation>sie werden gerade gelesen</translation>
    </message>
    <message>
        <source>your account could not be read</source>
        <translation>Ihr Konto konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>an app-only sign-in holds no directory roles</source>
        <translation>eine Nur-App-Anmeldung hat keine Verzeichnisrollen</translation>
    </message>
</context>
<context>
    <name>rc::StatusMessage</name>
    <message>
        <source>New sign-ins and token refreshes are blocked now. Access tokens already issued stay valid until they expire, up to about an hour; apps with continuous access evaluation react within minutes.</source>
        <translation>Neue Anmeldungen und Tokenaktualisierungen sind jetzt blockiert. Bereits ausgestellte Zugriffstoken bleiben bis zu ihrem Ablauf gültig, höchstens etwa eine Stunde; Apps mit fortlaufender Zugriffsevaluierung reagieren innerhalb von Minuten.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and we couldn&apos;t sign out %1 from any device.</source>
        <translation>Leider ist ein Fehler aufgetreten, und %1 konnte von keinem Gerät abgemeldet werden.</translation>
    </message>
    <message>
        <source>The SharePoint operation needs a %1.</source>
        <translation>Der SharePoint-Vorgang erfordert die Rolle %1.</translation>
    </message>
    <message>
        <source>Revoking sessions needs the User.RevokeSessions.All permission and a role that may revoke: %1; for most users who hold an administrator role, %2.</source>
        <translation>Zum Widerrufen von Sitzungen sind die Berechtigung User.RevokeSessions.All und eine Rolle mit Widerrufsrecht erforderlich: %1; für die meisten Benutzer mit Administratorrolle %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>We successfully signed out %1 from all devices.</source>
        <translation>Wir haben %1 erfolgreich von allen Geräten abgemeldet.</translation>
    </message>
    <message>
        <source>It can take up to an hour to sign out %1 from all devices.</source>
        <translation>Es kann bis zu einer Stunde dauern, bis %1 von allen Geräten abgemeldet ist.</translation>
    </message>
    <message>
        <source>Verified: sessions valid from %1.</source>
        <translation>Bestätigt: Sitzungen gültig ab %1.</translation>
    </message>
    <message>
        <source>Not confirmed: Microsoft 365 accepted the request to sign out %1, but reading the user back failed, so the sign-out could not be verified.</source>
        <translation>Nicht bestätigt: Microsoft 365 hat die Anforderung zum Abmelden von %1 angenommen, aber das Zurücklesen des Benutzers ist fehlgeschlagen, daher konnte die Abmeldung nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Not confirmed: Microsoft 365 accepted the request to sign out %1, but their sessions are still valid from %2, so the sign-out did not take effect.</source>
        <translation>Nicht bestätigt: Microsoft 365 hat die Anforderung zum Abmelden von %1 angenommen, aber die Sitzungen sind weiterhin ab %2 gültig, die Abmeldung wurde also nicht wirksam.</translation>
    </message>
    <message>
        <source>Try again; if it persists, contact Microsoft support with the correlation id.</source>
        <translation>Versuchen Sie es erneut. Besteht das Problem weiterhin, wenden Sie sich mit der Korrelations-ID an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find the %1. Check for typos and try again.</source>
        <translation>Wir konnten %1 nicht finden. Prüfen Sie die Eingabe auf Tippfehler, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cmdlet will be available in the future, but it isn&apos;t ready for use in your organization yet.</source>
        <translation>Das Cmdlet wird künftig verfügbar sein, ist aber in Ihrer Organisation noch nicht einsatzbereit.</translation>
    </message>
    <message>
        <source>Microsoft retired this SharePoint operation in November 2024. The Entra ID channel signs the user out of every Microsoft 365 app.</source>
        <translation>Microsoft hat diesen SharePoint-Vorgang im November 2024 eingestellt. Der Entra ID-Kanal meldet den Benutzer von allen Microsoft 365-Apps ab.</translation>
    </message>
    <message>
        <source>Will not be applicable for guest users.</source>
        <translation>Gilt nicht für Gastbenutzer.</translation>
    </message>
    <message>
        <source>%1 is a guest: their sessions belong to their home organization, which can sign them out.</source>
        <translation>%1 ist Gast: Die Sitzungen gehören zur Heimorganisation, die den Gast abmelden kann.</translation>
    </message>
    <message>
        <source>You don&apos;t have permission to sign out %1.</source>
        <translation>Sie haben keine Berechtigung, %1 abzumelden.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Es ist ein Fehler aufgetreten.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests, retrying in %n s.</source>
        <translation>
            <numerusform>Microsoft 365 drosselt Anforderungen, neuer Versuch in %n s.</numerusform>
            <numerusform>Microsoft 365 drosselt Anforderungen, neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service answered HTTP %1 (busy or unavailable).</source>
        <translation>Der Dienst hat mit HTTP %1 geantwortet (ausgelastet oder nicht verfügbar).</translation>
    </message>
    <message>
        <source>What if: Performing the operation &quot;Revoke-SPOUserSession&quot; on target &quot;%1&quot;.</source>
        <translation>Was-wäre-wenn: Ausführen des Vorgangs &quot;Revoke-SPOUserSession&quot; für das Ziel &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>rc::Tenant</name>
    <message>
        <source>&quot;%1&quot; is not a tenant. Use its domain (for example contoso.onmicrosoft.com) or its tenant ID.</source>
        <translation>&quot;%1&quot; ist kein Mandant. Verwenden Sie die Domäne (z. B. contoso.onmicrosoft.com) oder die Mandanten-ID.</translation>
    </message>
</context>
<context>
    <name>rc::TenantProfile</name>
    <message>
        <source>--client-id must be an application (client) ID, a GUID.</source>
        <translation>--client-id muss eine Anwendungs-ID (Client) sein, also eine GUID.</translation>
    </message>
    <message>
        <source>This is not a Revoke Console profile (version %1 expected).</source>
        <translation>Dies ist kein Revoke Console-Profil (Version %1 erwartet).</translation>
    </message>
    <message>
        <source>The profile&apos;s sign-in must be device-code, browser or certificate.</source>
        <translation>Die Anmeldung des Profils muss device-code, browser oder certificate sein.</translation>
    </message>
    <message>
        <source>A certificate profile must name its certificate file.</source>
        <translation>Ein Zertifikatprofil muss seine Zertifikatdatei angeben.</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation>Das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile.</source>
        <translation>%1 ist zu groß für ein Profil.</translation>
    </message>
    <message>
        <source>The profile %1 is not JSON (%2).</source>
        <translation>Das Profil %1 ist kein JSON (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rc::TokenCache</name>
    <message>
        <source>You stay signed in for this run only: nothing is written to disk instead.</source>
        <translation>Sie bleiben nur für diese Ausführung angemeldet: Ersatzweise wird nichts auf den Datenträger geschrieben.</translation>
    </message>
</context>
<context>
    <name>rc::TokenEndpoint</name>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Öffnen Sie zum Anmelden %1, und geben Sie den Code %2 ein.</translation>
    </message>
</context>
<context>
    <name>rc::UpnCheck</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: %2. Use the user&apos;s sign-in name, for example user1@contoso.com.</source>
        <translation>&quot;%1&quot; ist kein gültiger Benutzername: %2. Verwenden Sie den Anmeldenamen des Benutzers, z. B. user1@contoso.com.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s sign-in name, for example user1@contoso.com.</source>
        <translation>Geben Sie den Anmeldenamen des Benutzers ein, z. B. user1@contoso.com.</translation>
    </message>
    <message>
        <source>it is longer than 113 characters</source>
        <translation>er ist länger als 113 Zeichen</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>er enthält Leerzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>it contains &lt;, &gt; or &amp;</source>
        <translation>er enthält &lt;, &gt; oder &amp;</translation>
    </message>
    <message>
        <source>it contains %1, and a user name has only letters A-Z, digits and &apos; . - _ ! # ^ ~ $</source>
        <translation>er enthält %1, ein Benutzername darf aber nur Buchstaben A-Z, Ziffern und &apos; . - _ ! # ^ ~ $ enthalten</translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>er enthält kein @</translation>
    </message>
    <message>
        <source>it needs one @ between a name and a domain</source>
        <translation>er braucht genau ein @ zwischen Name und Domäne</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation>der Teil vor dem @ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>the part after the @ is longer than 48 characters</source>
        <translation>der Teil nach dem @ ist länger als 48 Zeichen</translation>
    </message>
    <message>
        <source>a dot cannot come first, last, twice in a row or next to the @</source>
        <translation>ein Punkt darf nicht am Anfang, am Ende, doppelt hintereinander oder neben dem @ stehen</translation>
    </message>
</context>
<context>
    <name>rc::UpnList</name>
    <message>
        <source>the pasted list</source>
        <translation>der eingefügten Liste</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and open it again.</source>
        <translation>%1 ist kein UTF-8-Text. Speichern Sie die Datei als &quot;CSV UTF-8&quot;, und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a list of user names (over %2 MB).</source>
        <translation>%1 ist zu groß für eine Liste von Benutzernamen (über %2 MB).</translation>
    </message>
    <message>
        <source>The quote opened on line %1 of %2 is never closed.</source>
        <translation>Das in Zeile %1 in %2 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has more than %3 fields, which is not a list of people. Save only the column of user names and open it again.</source>
        <translation>Zeile %1 in %2 hat mehr als %3 Felder; das ist keine Personenliste. Speichern Sie nur die Spalte mit den Benutzernamen, und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>There are no user names in %1.</source>
        <translation>In %1 stehen keine Benutzernamen.</translation>
    </message>
    <message>
        <source>The user names of %1 are in column %2 (&quot;%3&quot;), but only its first %4 columns are read. Move that column to the left, or save only it, and open the list again.</source>
        <translation>Die Benutzernamen in %1 stehen in Spalte %2 (&quot;%3&quot;), aber nur die ersten %4 Spalten werden gelesen. Verschieben Sie diese Spalte nach links oder speichern Sie nur sie, und öffnen Sie die Liste erneut.</translation>
    </message>
    <message>
        <source>No user names were found in the first %1 columns of %2 (only those are read). Give the column of user names the header UserPrincipalName and move it to the left, or put one user name per line.</source>
        <translation>In den ersten %1 Spalten in %2 wurden keine Benutzernamen gefunden (nur diese werden gelesen). Geben Sie der Spalte mit den Benutzernamen die Überschrift UserPrincipalName, und verschieben Sie sie nach links, oder schreiben Sie einen Benutzernamen pro Zeile.</translation>
    </message>
    <message>
        <source>No user names were found in %1. Give the column of user names the header UserPrincipalName, or put one user name per line.</source>
        <translation>In %1 wurden keine Benutzernamen gefunden. Geben Sie der Spalte mit den Benutzernamen die Überschrift UserPrincipalName, oder schreiben Sie einen Benutzernamen pro Zeile.</translation>
    </message>
</context>
<context>
    <name>rc::cli</name>
    <message>
        <source>Unknown verb &quot;%1&quot;. Use revoke, contain, restore, signin, signout, profile, history or emulator.</source>
        <translation>Unbekanntes Verb &quot;%1&quot;. Verwenden Sie revoke, contain, restore, signin, signout, profile, history oder emulator.</translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID, a GUID.</source>
        <translation>--client-id muss eine Anwendungs-ID (Client) sein, also eine GUID.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the certificate: --certificate FILE (PEM or PFX).</source>
        <translation>Die Zertifikatanmeldung erfordert das Zertifikat: --certificate FILE (PEM oder PFX).</translation>
    </message>
    <message>
        <source>Certificate (app-only) sign-in needs the tenant: --tenant contoso.onmicrosoft.com.</source>
        <translation>Die Zertifikatanmeldung (Nur-App) erfordert den Mandanten: --tenant contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The demo tenant has no user %1. Try %2 or %3.</source>
        <translation>Der Demomandant hat keinen Benutzer %1. Versuchen Sie %2 oder %3.</translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation>Der Demomandant konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The emulator could not start: %1</source>
        <translation>Der Emulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Revocations are throttled to %1 per second (bursts of %2), as Microsoft Graph may do.</source>
        <translation>Widerrufe werden auf %1 pro Sekunde gedrosselt (Schübe von %2), wie es Microsoft Graph tun kann.</translation>
    </message>
    <message>
        <source>Every answer is delayed by %1 ms.</source>
        <translation>Jede Antwort wird um %1 ms verzögert.</translation>
    </message>
    <message>
        <source>Demo tenant %1 is running on this computer. Save the line above as cloud.json and run, for example:
  revoke-console revoke --cloud-config cloud.json --tenant %1 --user adele.vance@%1
Press Ctrl+C to stop.</source>
        <translation>Demomandant %1 läuft auf diesem Computer. Speichern Sie die Zeile oben als cloud.json, und führen Sie z. B. Folgendes aus:
  revoke-console revoke --cloud-config cloud.json --tenant %1 --user adele.vance@%1
Drücken Sie Strg+C zum Beenden.</translation>
    </message>
    <message>
        <source>%1 must be RATE or RATE:BURST, for example 50:100; it is &quot;%2&quot;.</source>
        <translation>%1 muss RATE oder RATE:BURST sein, z. B. 50:100; angegeben ist &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--latency must be whole milliseconds from 0 to %1, for example 200; it is &quot;%2&quot;.</source>
        <translation>--latency muss ganze Millisekunden von 0 bis %1 angeben, z. B. 200; angegeben ist &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>rc::cli::AccountCommand</name>
    <message>
        <source>The demo tenant lives only as long as one run: there is nothing to sign in to or out of. Use revoke --demo or open the window with --demo.</source>
        <translation>Der Demomandant besteht nur für die Dauer einer Ausführung: An- oder Abmelden ist dort nicht möglich. Verwenden Sie revoke --demo, oder öffnen Sie das Fenster mit --demo.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>The keychain items of %1 could not be deleted; see above.</source>
        <translation>Die Schlüsselbundeinträge von %1 konnten nicht gelöscht werden; siehe oben.</translation>
    </message>
    <message>
        <source>Signed out of %1: the system keychain no longer holds its sign-in.</source>
        <translation>Von %1 abgemeldet: Der Systemschlüsselbund enthält die Anmeldung nicht mehr.</translation>
    </message>
    <message>
        <source>The sign-in is kept in the system keychain for the next run.</source>
        <translation>Die Anmeldung wird für die nächste Ausführung im Systemschlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkProgressLine</name>
    <message>
        <source>Looking up: %1 of %2 (%3%)</source>
        <translation>Abfrage: %1 von %2 (%3%)</translation>
    </message>
    <message>
        <source>Revoking: %1 of %2 (%3%)</source>
        <translation>Widerruf: %1 von %2 (%3%)</translation>
    </message>
    <message>
        <source>, %1 a second</source>
        <translation>, %1 pro Sekunde</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <source> (Microsoft 365 is throttling: resuming in %1 s)</source>
        <translation> (Microsoft 365 drosselt: Fortsetzung in %1 s)</translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkReviewText</name>
    <message>
        <source>%1 ready</source>
        <translation>%1 bereit</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>%1 could not be looked up</source>
        <translation>%1 nicht abfragbar</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>guest: their home organization signs them out</source>
        <translation>Gast: Abmeldung durch die Heimorganisation</translation>
    </message>
    <message>
        <source>not a user name</source>
        <translation>kein Benutzername</translation>
    </message>
    <message>
        <source>not permitted for this sign-in</source>
        <translation>für diese Anmeldung nicht zulässig</translation>
    </message>
    <message>
        <source>could not be looked up</source>
        <translation>nicht abfragbar</translation>
    </message>
    <message>
        <source>line %1 %2</source>
        <translation>Zeile %1 %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>A %1 can sign out:</source>
        <translation>Abmelden darf die Rolle %1:</translation>
    </message>
    <message>
        <source>  Hold an admin role (signed out all the same): %1</source>
        <translation>  Mit Administratorrolle (trotzdem abgemeldet): %1</translation>
    </message>
    <message>
        <source>  Disabled (signed out all the same): %1</source>
        <translation>  Deaktiviert (trotzdem abgemeldet): %1</translation>
    </message>
    <message>
        <source>  Roles unknown (sent; Microsoft 365 decides, and refuses if they are an admin your roles may not sign out): %1</source>
        <translation>  Rollen unbekannt (gesendet; Microsoft 365 entscheidet und lehnt ab, wenn Ihre Rollen diese Administratoren nicht abmelden dürfen): %1</translation>
    </message>
    <message>
        <source>  Not sent (%1): %2</source>
        <translation>  Nicht gesendet (%1): %2</translation>
    </message>
    <message>
        <source>through Entra ID (every Microsoft 365 app, every device)</source>
        <translation>über Entra ID (alle Microsoft 365-Apps, alle Geräte)</translation>
    </message>
    <message>
        <source>through SharePoint (Revoke-SPOUserSession)</source>
        <translation>über SharePoint (Revoke-SPOUserSession)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>  Signing out: %1</source>
        <translation>  Abzumelden: %1</translation>
    </message>
    <message>
        <source>Type %1 (the number of people) to confirm; anything else cancels: </source>
        <translation>Geben Sie zur Bestätigung %1 (die Anzahl der Personen) ein; jede andere Eingabe bricht ab: </translation>
    </message>
    <message>
        <source>[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation>[J] Ja  [N] Nein (Standard ist &quot;N&quot;): </translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 already done. Only the rest is sent; anyone whose request was under way when the last run stopped may be signed out again, which is harmless (revoking sessions twice has the same effect as once). Use --restart to start afresh.</source>
        <translation>Fortsetzung: %1 von %2 bereits erledigt. Nur der Rest wird gesendet; Personen, deren Anforderung beim Ende des letzten Durchlaufs unterwegs war, werden eventuell erneut abgemeldet. Das ist unschädlich (zweimal widerrufene Sitzungen wirken wie einmal widerrufene). Mit --restart beginnen Sie neu.</translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid names</source>
        <translation>
            <numerusform>%n ungültiger Name</numerusform>
            <numerusform>%n ungültige Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admins</source>
        <translation>
            <numerusform>%n Administrator</numerusform>
            <numerusform>%n Administratoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with roles unknown</source>
        <translation>
            <numerusform>%n mit unbekannten Rollen</numerusform>
            <numerusform>%n mit unbekannten Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n nicht berechtigt</numerusform>
            <numerusform>%n nicht berechtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows: </source>
        <translation>
            <numerusform>%n Zeile: </numerusform>
            <numerusform>%n Zeilen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people %1?</source>
        <translation>
            <numerusform>%n Person %1 abmelden?</numerusform>
            <numerusform>%n Personen %1 abmelden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkRevokeCommand</name>
    <message>
        <source>Not revoking: there is no terminal to confirm on. Add --yes to confirm, or --whatif to preview.</source>
        <translation>Kein Widerruf: Es gibt kein Terminal für die Bestätigung. Fügen Sie --yes zum Bestätigen oder --whatif für eine Vorschau hinzu.</translation>
    </message>
    <message>
        <source>The results file %1 cannot be written: %2</source>
        <translation>Die Ergebnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>(unknown account)</source>
        <translation>(unbekanntes Konto)</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n row(s) of %1…</source>
        <translation>
            <numerusform>%n Zeile von %1 wird abgefragt…</numerusform>
            <numerusform>%n Zeilen von %1 werden abgefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Hint: run the same command with --channel entra to sign the list out through Entra ID.</source>
        <translation>Tipp: Führen Sie denselben Befehl mit --channel entra aus, um die Liste über Entra ID abzumelden.</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
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
        <translation>Meldet einen Microsoft 365-Benutzer auf allen Geräten von allen Sitzungen ab.

Verben:
  revoke    einen Benutzer abmelden (Standard: Entra ID; --channel spo ist der
            eingestellte Vorgang Revoke-SPOUserSession) oder alle in --csv FILE
  contain   auf ein kompromittiertes Konto reagieren: Anmeldung blockieren, Sitzungen
            widerrufen, Geräte des Benutzers deaktivieren, jeder Schritt zurückgelesen
            (--whatif, --yes, --reason), danach die Anmeldungen seit dem Widerruf
  restore   contain rückgängig machen: Blockierung der Anmeldung aufheben und die von
            dieser App deaktivierten Geräte aktivieren (Sitzungen bleiben widerrufen)
  signin    bei --tenant anmelden und die Anmeldung im Systemschlüsselbund speichern
            (--auth device-code, browser oder certificate --certificate FILE)
  signout   die Anmeldung von --tenant vergessen, hier und im Schlüsselbund
  profile   list | export --file F | import --file F (Mandantenprofile ohne Geheimnisse)
  history   zeigen, was das Überwachungsprotokoll erfasst hat (--since DATE, --csv)
  emulator  den lokalen Demomandanten starten und sein JSON für --cloud-config ausgeben
            (--approve-as UPN|none, --write-quota RATE[:BURST], --latency MS)</translation>
    </message>
    <message>
        <source>revoke, contain, restore, signin, signout, profile, history or emulator</source>
        <translation>revoke, contain, restore, signin, signout, profile, history oder emulator</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name (UPN).</source>
        <translation>Der Anmeldename des Benutzers (UPN).</translation>
    </message>
    <message>
        <source>upn</source>
        <translation>upn</translation>
    </message>
    <message>
        <source>Show what would happen; send no revoking request.</source>
        <translation>Zeigen, was geschehen würde; keine Widerrufsanforderung senden.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach einer Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>entra (default) or spo.</source>
        <translation>entra (Standard) oder spo.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>Tenant domain or ID; its profile (created on first use) keeps the cloud, client ID and sign-in. Default: the profile used last.</source>
        <translation>Domäne oder ID des Mandanten; sein Profil (bei der ersten Verwendung erstellt) speichert Cloud, Client-ID und Anmeldung. Standard: das zuletzt verwendete Profil.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <source>signin: device-code, browser or certificate.</source>
        <translation>signin: device-code, browser oder certificate.</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <source>signin: the certificate (PEM or PFX) for app-only.</source>
        <translation>signin: das Zertifikat (PEM oder PFX) für die Nur-App-Anmeldung.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>profile: the file to export to or import from.</source>
        <translation>profile: die Datei für Export oder Import.</translation>
    </message>
    <message>
        <source>global (default), usgov or china.</source>
        <translation>global (Standard), usgov oder china.</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>JSON file with authority, graph and sharepointAdmin URLs.</source>
        <translation>JSON-Datei mit den URLs authority, graph und sharepointAdmin.</translation>
    </message>
    <message>
        <source>App registration (client) ID.</source>
        <translation>Anwendungs-ID (Client) der App-Registrierung.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the built-in demo tenant on this computer (no Microsoft account).</source>
        <translation>Den integrierten Demomandanten auf diesem Computer verwenden (kein Microsoft-Konto).</translation>
    </message>
    <message>
        <source>emulator, and --demo: approve device codes as this user at once (--demo: sign in as this demo user).</source>
        <translation>emulator und --demo: Gerätecodes sofort als dieser Benutzer genehmigen (--demo: als dieser Demobenutzer anmelden).</translation>
    </message>
    <message>
        <source>emulator: throttle revocations to RATE per second in bursts of BURST (default: RATE rounded up), answering 429 with Retry-After as Graph may; overrides REVOKE_EMULATOR_WRITE_QUOTA.</source>
        <translation>emulator: Widerrufe auf RATE pro Sekunde in Schüben von BURST drosseln (Standard: RATE aufgerundet) und wie Graph mit 429 und Retry-After antworten; überschreibt REVOKE_EMULATOR_WRITE_QUOTA.</translation>
    </message>
    <message>
        <source>rate[:burst]</source>
        <translation>rate[:burst]</translation>
    </message>
    <message>
        <source>emulator: answer every request after this many milliseconds (0 to 60000).</source>
        <translation>emulator: jede Anforderung nach so vielen Millisekunden beantworten (0 bis 60000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Reason or ticket number, kept in the audit log.</source>
        <translation>Grund oder Ticketnummer, wird im Überwachungsprotokoll gespeichert.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>history: only entries from this date (2026-11-01).</source>
        <translation>history: nur Einträge ab diesem Datum (2026-11-01).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>revoke: sign out everyone in this CSV file (a column named UserPrincipalName, upn, user, mail or email). history: print CSV.</source>
        <translation>revoke: alle in dieser CSV-Datei abmelden (eine Spalte namens UserPrincipalName, upn, user, mail oder email). history: CSV ausgeben.</translation>
    </message>
    <message>
        <source>history: print CSV.</source>
        <translation>history: CSV ausgeben.</translation>
    </message>
    <message>
        <source>revoke --csv: write one result per row to this CSV file.</source>
        <translation>revoke --csv: ein Ergebnis pro Zeile in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>revoke --csv: start the list afresh, ignoring an interrupted run of it.</source>
        <translation>revoke --csv: die Liste neu beginnen und einen unterbrochenen Durchlauf ignorieren.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--write-quota needs RATE or RATE:BURST, for example 50:100.</source>
        <translation>--write-quota erfordert RATE oder RATE:BURST, z. B. 50:100.</translation>
    </message>
    <message>
        <source>--latency needs a number of milliseconds, for example 200.</source>
        <translation>--latency erfordert eine Anzahl Millisekunden, z. B. 200.</translation>
    </message>
    <message>
        <source>--channel must be entra or spo.</source>
        <translation>--channel muss entra oder spo sein.</translation>
    </message>
    <message>
        <source>--auth must be device-code, browser or certificate.</source>
        <translation>--auth muss device-code, browser oder certificate sein.</translation>
    </message>
    <message>
        <source>Use either --cloud or --cloud-config, not both.</source>
        <translation>Verwenden Sie entweder --cloud oder --cloud-config, nicht beides.</translation>
    </message>
    <message>
        <source>--demo brings its own tenant; leave out --cloud and --cloud-config.</source>
        <translation>--demo bringt einen eigenen Mandanten mit; lassen Sie --cloud und --cloud-config weg.</translation>
    </message>
    <message>
        <source>Use either --user or --csv, not both.</source>
        <translation>Verwenden Sie entweder --user oder --csv, nicht beides.</translation>
    </message>
    <message>
        <source>--results and --restart go with --csv FILE.</source>
        <translation>--results und --restart gehören zu --csv FILE.</translation>
    </message>
    <message>
        <source>--csv needs the file to read: revoke --csv users.csv</source>
        <translation>--csv erfordert die zu lesende Datei: revoke --csv users.csv</translation>
    </message>
    <message>
        <source>verb</source>
        <translation>Verb</translation>
    </message>
</context>
<context>
    <name>rc::cli::CliSignIn</name>
    <message>
        <source>Finish signing in in your browser. If it did not open, open this address:
%1</source>
        <translation>Schließen Sie die Anmeldung im Browser ab. Falls er sich nicht geöffnet hat, öffnen Sie diese Adresse:
%1</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1</source>
        <translation>Öffnen Sie zum Anmelden diese Adresse in einem Browser:
%1</translation>
    </message>
    <message>
        <source>Passphrase for %1 (empty if none): </source>
        <translation>Passphrase für %1 (leer, falls keine): </translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes, so it was refused. Nothing was sent.</source>
        <translation>Die Passphrase ist länger als %1 Byte und wurde daher abgelehnt. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The certificate&apos;s passphrase is not in the keychain. Run: revoke-console signin --tenant %1 --auth certificate</source>
        <translation>Die Passphrase des Zertifikats ist nicht im Schlüsselbund. Führen Sie aus: revoke-console signin --tenant %1 --auth certificate</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>Der Code gilt bis %1.</translation>
    </message>
</context>
<context>
    <name>rc::cli::Console</name>
    <message>
        <source>Hint: run the same command with --channel entra to sign the user out through Entra ID.</source>
        <translation>Tipp: Führen Sie denselben Befehl mit --channel entra aus, um den Benutzer über Entra ID abzumelden.</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the one-letter answer that confirms a [Y]/[N] prompt, lower case</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the word that confirms a [Y]/[N] prompt, lower case</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>rc::cli::ContainCommand</name>
    <message>
        <source>%1 works through Entra ID only: leave out --channel.</source>
        <translation>%1 funktioniert nur über Entra ID: Lassen Sie --channel weg.</translation>
    </message>
    <message>
        <source>Say whose account to restore: --user user1@contoso.com</source>
        <translation>Geben Sie an, wessen Konto wiederhergestellt werden soll: --user user1@contoso.com</translation>
    </message>
    <message>
        <source>Say whose account to contain: --user user1@contoso.com</source>
        <translation>Geben Sie an, wessen Konto eingedämmt werden soll: --user user1@contoso.com</translation>
    </message>
    <message>
        <source>Not sending anything: there is no terminal to confirm on. Add --yes to confirm, or --whatif to preview.</source>
        <translation>Es wird nichts gesendet: Es gibt kein Terminal für die Bestätigung. Fügen Sie --yes zum Bestätigen oder --whatif für eine Vorschau hinzu.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 holds an administrator role: %2.
</source>
        <translation>%1 hat eine Administratorrolle: %2.
</translation>
    </message>
    <message>
        <source>Confirm
Restore %1: unblock the sign-in and enable the devices that Revoke Console blocked and disabled?
%2[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation>Bestätigung
%1 wiederherstellen: die Blockierung der Anmeldung aufheben und die Geräte aktivieren, die Revoke Console blockiert und deaktiviert hat?
%2[J] Ja  [N] Nein (Standard ist &quot;N&quot;): </translation>
    </message>
    <message>
        <source>Confirm
Contain %1: block sign-in, revoke every session and disable the devices registered to them?
%2[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation>Bestätigung
%1 eindämmen: Anmeldung blockieren, alle Sitzungen widerrufen und die registrierten Geräte deaktivieren?
%2[J] Ja  [N] Nein (Standard ist &quot;N&quot;): </translation>
    </message>
</context>
<context>
    <name>rc::cli::ContainmentReportText</name>
    <message>
        <source>done and verified</source>
        <translation>erledigt und bestätigt</translation>
    </message>
    <message>
        <source>done, not verified</source>
        <translation>erledigt, nicht bestätigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>what if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Who can: %1.</source>
        <translation>Berechtigt: %1.</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Sign-ins since the revocation: %1</source>
        <translation>Anmeldungen seit dem Widerruf: %1</translation>
    </message>
</context>
<context>
    <name>rc::cli::HistoryCommand</name>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-01 (or 2026-11-01T09:00:00Z).</source>
        <translation>--since erfordert ein Datum wie 2026-11-01 (oder 2026-11-01T09:00:00Z).</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation>sie ist geschlossen</translation>
    </message>
    <message>
        <source>Nothing recorded yet (%1).</source>
        <translation>Noch nichts erfasst (%1).</translation>
    </message>
</context>
<context>
    <name>rc::cli::ProfileCommand</name>
    <message>
        <source>No tenant profiles yet. One is created the first time you use --tenant.</source>
        <translation>Noch keine Mandantenprofile. Eines wird erstellt, wenn Sie --tenant zum ersten Mal verwenden.</translation>
    </message>
    <message>
        <source>, last signed in as %1</source>
        <translation>, zuletzt angemeldet als %1</translation>
    </message>
    <message>
        <source>Say which file: --file profile.json</source>
        <translation>Geben Sie die Datei an: --file profile.json</translation>
    </message>
    <message>
        <source>There is no profile for &quot;%1&quot;. See: revoke-console profile list</source>
        <translation>Es gibt kein Profil für &quot;%1&quot;. Siehe: revoke-console profile list</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (no secrets: sign in again on the other computer).</source>
        <translation>%1 nach %2 exportiert (ohne Geheimnisse: Melden Sie sich auf dem anderen Computer erneut an).</translation>
    </message>
    <message>
        <source>Imported %1 (tenant %2). Sign in with: revoke-console signin --tenant %2</source>
        <translation>%1 importiert (Mandant %2). Anmelden mit: revoke-console signin --tenant %2</translation>
    </message>
    <message>
        <source>Unknown profile action &quot;%1&quot;. Use list, export or import.</source>
        <translation>Unbekannte Profilaktion &quot;%1&quot;. Verwenden Sie list, export oder import.</translation>
    </message>
    <message>
        <source>%1 %2  tenant %3, cloud %4, sign-in %5%6</source>
        <translation>%1 %2  Mandant %3, Cloud %4, Anmeldung: %5%6</translation>
    </message>
</context>
<context>
    <name>rc::cli::RevokeCommand</name>
    <message>
        <source>(unknown account)</source>
        <translation>(unbekanntes Konto)</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Say whose sessions to revoke: --user user1@contoso.com</source>
        <translation>Geben Sie an, wessen Sitzungen widerrufen werden sollen: --user user1@contoso.com</translation>
    </message>
    <message>
        <source>Not revoking: there is no terminal to confirm on. Add --yes to confirm, or --whatif to preview.</source>
        <translation>Kein Widerruf: Es gibt kein Terminal für die Bestätigung. Fügen Sie --yes zum Bestätigen oder --whatif für eine Vorschau hinzu.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 holds an administrator role: %2.
</source>
        <translation>%1 hat eine Administratorrolle: %2.
</translation>
    </message>
    <message>
        <source>Confirm
Are you sure you want to perform this action?
Performing the operation &quot;Revoke-SPOUserSession&quot; on target &quot;%1&quot;: %2 will be signed out of browser, desktop and mobile apps on all devices.
%3[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation>Bestätigung
Möchten Sie diese Aktion wirklich ausführen?
Ausführen des Vorgangs &quot;Revoke-SPOUserSession&quot; für das Ziel &quot;%1&quot;: %2 wird in Browser-, Desktop- und mobilen Apps auf allen Geräten abgemeldet.
%3[J] Ja  [N] Nein (Standard ist &quot;N&quot;): </translation>
    </message>
</context>
<context>
    <name>rc::csom</name>
    <message>
        <source>SharePoint said: %1</source>
        <translation>Antwort von SharePoint: %1</translation>
    </message>
</context>
<context>
    <name>rc::permissions</name>
    <message>
        <source>An administrator must consent to %1 (Microsoft Graph) for this app in this tenant, or sign in with an app registration that has it.</source>
        <translation>Ein Administrator muss für diese App in diesem Mandanten die Zustimmung zu %1 (Microsoft Graph) erteilen, oder Sie melden sich mit einer App-Registrierung an, die diese Berechtigung hat.</translation>
    </message>
    <message>
        <source>An administrator must consent to %1 (Microsoft Graph) for this app in this tenant, or sign in with an app registration that has them.</source>
        <translation>Ein Administrator muss für diese App in diesem Mandanten die Zustimmung zu %1 (Microsoft Graph) erteilen, oder Sie melden sich mit einer App-Registrierung an, die diese Berechtigungen hat.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>rc::ui::AboutDialog</name>
    <message>
        <source>About Revoke Console</source>
        <translation>Info über Revoke Console</translation>
    </message>
    <message>
        <source>Revoke Console icon</source>
        <translation>Revoke Console-Symbol</translation>
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
        <translation>Meldet einen Microsoft 365-Benutzer von allen Sitzungen ab, über Entra ID oder Revoke-SPOUserSession von SharePoint.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License 2.0: see the LICENSE file.</source>
        <translation>Lizenziert unter der Apache License 2.0: siehe Datei LICENSE.</translation>
    </message>
    <message>
        <source>Runs on Qt %1, built with Qt %2.</source>
        <translation>Läuft mit Qt %1, erstellt mit Qt %2.</translation>
    </message>
    <message>
        <source>Home page: %1</source>
        <translation>Homepage: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::AppMenu</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Revoke Console</source>
        <translation>&amp;Info über Revoke Console</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Hauptmenü</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,), About and the window&apos;s other commands</source>
        <translation>Einstellungen (Strg+,), Info und die weiteren Befehle des Fensters</translation>
    </message>
</context>
<context>
    <name>rc::ui::BrowserSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>Ihr Browser wird geöffnet…</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Finish signing in in your browser, with an admin account.
This window closes by itself once you are signed in.
If no browser opened, open this address:</source>
        <translation>Schließen Sie die Anmeldung im Browser mit einem Administratorkonto ab.
Dieses Fenster schließt sich, sobald Sie angemeldet sind.
Wenn sich kein Browser geöffnet hat, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser
on this computer and sign in with an admin account:</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser
auf diesem Computer, und melden Sie sich mit einem Administratorkonto an:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Warten auf Ihre Anmeldung…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Sign-in actions</source>
        <translation>Anmeldeaktionen</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Weiter warten</translation>
    </message>
    <message>
        <source>Wait for the browser as long again</source>
        <translation>Noch einmal so lange auf den Browser warten</translation>
    </message>
    <message>
        <source>Revoke Console stops waiting for the browser in less than a minute. Choose Keep waiting for more time.</source>
        <translation>Revoke Console wartet in weniger als einer Minute nicht mehr auf den Browser. Wählen Sie „Weiter warten“ für mehr Zeit.</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkCloseGuard</name>
    <message>
        <source>Stop the sign-out?</source>
        <translation>Abmeldung beenden?</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Beenden und schließen</translation>
    </message>
    <message>
        <source>Stop the sign-out and close the window</source>
        <translation>Abmeldung beenden und Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Keep the sign-out running</source>
        <translation>Abmeldung weiterlaufen lassen</translation>
    </message>
    <message numerus="yes">
        <source>A sign-out of %n people is in progress (%1 done). Stop it and close? Requests already sent may still complete; run the same list again later to finish the rest.</source>
        <translation>
            <numerusform>Die Abmeldung von %n Person läuft (%1 erledigt). Beenden und schließen? Bereits gesendete Anforderungen werden eventuell noch ausgeführt; führen Sie dieselbe Liste später erneut aus, um den Rest abzuschließen.</numerusform>
            <numerusform>Die Abmeldung von %n Personen läuft (%1 erledigt). Beenden und schließen? Bereits gesendete Anforderungen werden eventuell noch ausgeführt; führen Sie dieselbe Liste später erneut aus, um den Rest abzuschließen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkConfirmDialog</name>
    <message>
        <source>Channel: SharePoint (the original Revoke-SPOUserSession operation), one request per person.</source>
        <translation>Kanal: SharePoint (der ursprüngliche Vorgang Revoke-SPOUserSession), eine Anforderung pro Person.</translation>
    </message>
    <message>
        <source>Channel: Entra ID (every Microsoft 365 app), in batches; each result is verified.</source>
        <translation>Kanal: Entra ID (alle Microsoft 365-Apps), gebündelt; jedes Ergebnis wird bestätigt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed out:</source>
        <translation>Werden abgemeldet:</translation>
    </message>
    <message>
        <source>Skipped, nothing sent:</source>
        <translation>Übersprungen, nichts gesendet:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people everywhere?</source>
        <translation>
            <numerusform>%n Person überall abmelden?</numerusform>
            <numerusform>%n Personen überall abmelden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people from every session?</source>
        <translation>
            <numerusform>%n Person von allen Sitzungen abmelden?</numerusform>
            <numerusform>%n Personen von allen Sitzungen abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Count per category</source>
        <translation>Anzahl pro Kategorie</translation>
    </message>
    <message>
        <source>First:</source>
        <translation>Erste:</translation>
    </message>
    <message>
        <source>The first people to be signed out</source>
        <translation>Die ersten Personen, die abgemeldet werden</translation>
    </message>
    <message>
        <source>They will be signed out of browser, desktop and mobile apps on every device. Access tokens already issued stay valid until they expire, up to about an hour.</source>
        <translation>Sie werden auf allen Geräten von Browser-, Desktop- und mobilen Apps abgemeldet. Bereits ausgestellte Zugriffstoken bleiben bis zu ihrem Ablauf gültig, höchstens etwa eine Stunde.</translation>
    </message>
    <message>
        <source>Reason or ticket number, recorded with every row, optional</source>
        <translation>Grund oder Ticketnummer, wird bei jeder Zeile erfasst, optional</translation>
    </message>
    <message>
        <source>For example INC-12345: compromised accounts</source>
        <translation>Zum Beispiel INC-12345: kompromittierte Konten</translation>
    </message>
    <message numerus="yes">
        <source>Sign &amp;out %n people</source>
        <translation>
            <numerusform>%n Person &amp;abmelden</numerusform>
            <numerusform>%n Personen &amp;abmelden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people from every session</source>
        <translation>
            <numerusform>%n Person von allen Sitzungen abmelden</numerusform>
            <numerusform>%n Personen von allen Sitzungen abmelden</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of people, %1, to confirm</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Personen (%1) ein</translation>
    </message>
    <message>
        <source>&amp;Type the number of people (%1) to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der &amp;Personen (%1) ein:</translation>
    </message>
    <message>
        <source>Type %1, the number of people, to confirm.</source>
        <translation>Geben Sie zur Bestätigung %1 (die Anzahl der Personen) ein.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkCounts</name>
    <message>
        <source>Review counts per category</source>
        <translation>Prüfung: Anzahl pro Kategorie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkLauncher</name>
    <message>
        <source>Sign out many people…</source>
        <translation>Viele Personen abmelden…</translation>
    </message>
    <message>
        <source>Sign out many people from a list</source>
        <translation>Viele Personen aus einer Liste abmelden</translation>
    </message>
    <message>
        <source>Review and sign out a pasted list or a CSV file of people (Ctrl+Shift+B)</source>
        <translation>Eine eingefügte Liste oder CSV-Datei mit Personen prüfen und abmelden (Strg+Umschalt+B)</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkListPage</name>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>&amp;CSV öffnen…</translation>
    </message>
    <message>
        <source>Re&amp;view list</source>
        <translation>&amp;Liste prüfen</translation>
    </message>
    <message>
        <source>Paste the user names (UPNs) of the people to sign out, one per line or separated by commas, or open a CSV file with a UserPrincipalName, UPN, user, mail or email column. Every name is looked up first; nothing is signed out before you confirm.</source>
        <translation>Fügen Sie die Benutzernamen (UPNs) der abzumeldenden Personen ein, einen pro Zeile oder durch Kommas getrennt, oder öffnen Sie eine CSV-Datei mit einer Spalte UserPrincipalName, UPN, user, mail oder email. Jeder Name wird zuerst abgefragt; vor Ihrer Bestätigung wird niemand abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;People to sign out:</source>
        <translation>Abzumeldende &amp;Personen:</translation>
    </message>
    <message>
        <source>People to sign out, one user name per line</source>
        <translation>Abzumeldende Personen, ein Benutzername pro Zeile</translation>
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
        <translation>CSV-Datei mit abzumeldenden Personen öffnen</translation>
    </message>
    <message>
        <source>Review the pasted list</source>
        <translation>Eingefügte Liste prüfen</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Liste wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Open a list of people</source>
        <translation>Liste von Personen öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The list has no user names. Nothing was sent.</source>
        <translation>Die Liste enthält keine Benutzernamen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 has no user names. Nothing was sent.</source>
        <translation>%1 enthält keine Benutzernamen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>List of people</source>
        <translation>Liste der Personen</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkProgressPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Durchlauf abbrechen</translation>
    </message>
    <message>
        <source>Bulk sign-out progress</source>
        <translation>Fortschritt der Massenabmeldung</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Pause: send no more sign-outs for now</source>
        <translation>Pausieren: vorerst keine weiteren Abmeldungen senden</translation>
    </message>
    <message>
        <source>Cancel the run: send no more sign-outs</source>
        <translation>Durchlauf abbrechen: keine weiteren Abmeldungen senden</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the answers already on the way…</source>
        <translation>Abbruch: Warten auf die Antworten, die bereits unterwegs sind…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume: send the rest</source>
        <translation>Fortsetzen: den Rest senden</translation>
    </message>
    <message>
        <source>Looking up people: %1 of %2</source>
        <translation>Personen werden abgefragt: %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent; answers already on the way are still taken</source>
        <translation>Pausiert: Es wird nichts Neues gesendet; Antworten, die bereits unterwegs sind, werden noch angenommen</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests, resuming in %n s</source>
        <translation>
            <numerusform>Microsoft 365 drosselt Anforderungen, Fortsetzung in %n s</numerusform>
            <numerusform>Microsoft 365 drosselt Anforderungen, Fortsetzung in %n s</numerusform>
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
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkTableModel</name>
    <message>
        <source>Same person as line %1.</source>
        <translation>Dieselbe Person wie in Zeile %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Invalid UPN</source>
        <translation>Ungültiger UPN</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Roles unknown</source>
        <translation>Rollen unbekannt</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Would be signed out</source>
        <translation>Würde abgemeldet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Refused: feature disabled</source>
        <translation>Abgelehnt: Funktion deaktiviert</translation>
    </message>
    <message>
        <source>Skipped: guest</source>
        <translation>Übersprungen: Gast</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>Ungültiger Name</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not sent: not permitted</source>
        <translation>Nicht gesendet: nicht berechtigt</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkWindow</name>
    <message>
        <source>Sign out many people — %1</source>
        <translation>Viele Personen abmelden — %1</translation>
    </message>
    <message>
        <source>People and their outcomes</source>
        <translation>Personen und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Entra ID: every Microsoft 365 app, verified</source>
        <translation>&amp;Entra ID: alle Microsoft 365-Apps, bestätigt</translation>
    </message>
    <message>
        <source>Channel: Entra ID, every Microsoft 365 app</source>
        <translation>Kanal: Entra ID, alle Microsoft 365-Apps</translation>
    </message>
    <message>
        <source>&amp;SharePoint: the original Revoke-SPOUserSession</source>
        <translation>&amp;SharePoint: das ursprüngliche Revoke-SPOUserSession</translation>
    </message>
    <message>
        <source>Channel: SharePoint, the original Revoke-SPOUserSession</source>
        <translation>Kanal: SharePoint, das ursprüngliche Revoke-SPOUserSession</translation>
    </message>
    <message>
        <source>Bulk sign-out status</source>
        <translation>Status der Massenabmeldung</translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation>&amp;Neue Liste</translation>
    </message>
    <message>
        <source>Start over with another list</source>
        <translation>Mit einer anderen Liste neu beginnen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the review or the results to CSV</source>
        <translation>Prüfung oder Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close: a run under way asks first</source>
        <translation>Schließen: Bei laufendem Durchlauf wird zuerst nachgefragt</translation>
    </message>
    <message numerus="yes">
        <source>Pasted list: %n rows</source>
        <translation>
            <numerusform>Eingefügte Liste: %n Zeile</numerusform>
            <numerusform>Eingefügte Liste: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking every name up before anything is sent…</source>
        <translation>Jeder Name wird abgefragt, bevor etwas gesendet wird…</translation>
    </message>
    <message>
        <source>Nobody on this list can be signed out. Nothing was sent.</source>
        <translation>Niemand auf dieser Liste kann abgemeldet werden. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Review only: nothing was sent. %n people can be signed out; check the flagged rows, then sign them out.</source>
        <translation>
            <numerusform>Nur Prüfung: Es wurde nichts gesendet. %n Person kann abgemeldet werden; prüfen Sie die markierten Zeilen, und melden Sie sie dann ab.</numerusform>
            <numerusform>Nur Prüfung: Es wurde nichts gesendet. %n Personen können abgemeldet werden; prüfen Sie die markierten Zeilen, und melden Sie sie dann ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Signing out… Reason: %1</source>
        <translation>Abmeldung läuft… Grund: %1</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 already done. Only the rest is sent; anyone whose request was on the way when the earlier run stopped is sent again (signing out twice does no harm).</source>
        <translation>Fortsetzung: %1 von %2 bereits erledigt. Nur der Rest wird gesendet; Anforderungen, die beim Beenden des vorherigen Durchlaufs unterwegs waren, werden erneut gesendet (zweimaliges Abmelden schadet nicht).</translation>
    </message>
    <message>
        <source>Sign out the rest to send only what is left; the same list reviewed again resumes too.</source>
        <translation>Mit „Rest abmelden“ wird nur das Verbleibende gesendet; wird dieselbe Liste erneut geprüft, wird der Durchlauf ebenfalls fortgesetzt.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out the &amp;rest…</source>
        <translation>&amp;Rest abmelden…</translation>
    </message>
    <message numerus="yes">
        <source>Sign &amp;out %n people…</source>
        <translation>
            <numerusform>%n Person &amp;abmelden…</numerusform>
            <numerusform>%n Personen &amp;abmelden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out the people not answered yet</source>
        <translation>Personen ohne bisherige Antwort abmelden</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people</source>
        <translation>
            <numerusform>%n Person abmelden</numerusform>
            <numerusform>%n Personen abmelden</numerusform>
        </translation>
    </message>
    <message>
        <source>List or review</source>
        <translation>Liste oder Prüfung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Sign out the rest</source>
        <translation>Die übrigen abmelden</translation>
    </message>
</context>
<context>
    <name>rc::ui::CertificateDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Sign in to %1 with a certificate</source>
        <translation>Mit einem Zertifikat bei %1 anmelden</translation>
    </message>
    <message>
        <source>App-only sign-in: the app registration&apos;s certificate, with its private key, as a PEM or PFX file. The passphrase is kept in the system keychain once the tenant accepted the certificate.</source>
        <translation>Nur-App-Anmeldung: das Zertifikat der App-Registrierung mit privatem Schlüssel als PEM- oder PFX-Datei. Die Passphrase wird im Systemschlüsselbund gespeichert, sobald der Mandant das Zertifikat akzeptiert hat.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>app.pem or app.pfx</source>
        <translation>app.pem oder app.pfx</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatdatei auswählen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Empty if the key has none</source>
        <translation>Leer, wenn der Schlüssel keine hat</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Zertifikatdatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Choose the certificate file first.</source>
        <translation>Wählen Sie zuerst die Zertifikatdatei aus.</translation>
    </message>
    <message>
        <source>Choose the app&apos;s certificate</source>
        <translation>Zertifikat der App auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation>Zertifikate (*.pem *.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the certificate with Microsoft 365…</source>
        <translation>Zertifikat wird bei Microsoft 365 geprüft…</translation>
    </message>
    <message>
        <source>Sign-in actions</source>
        <translation>Anmeldeaktionen</translation>
    </message>
</context>
<context>
    <name>rc::ui::ConfirmRevokeDialog</name>
    <message>
        <source>Channel: SharePoint (the original Revoke-SPOUserSession operation).</source>
        <translation>Kanal: SharePoint (der ursprüngliche Vorgang Revoke-SPOUserSession).</translation>
    </message>
    <message>
        <source>Channel: Entra ID (every Microsoft 365 app; the result is verified).</source>
        <translation>Kanal: Entra ID (alle Microsoft 365-Apps; das Ergebnis wird bestätigt).</translation>
    </message>
    <message>
        <source>Sign out %1 everywhere?</source>
        <translation>%1 überall abmelden?</translation>
    </message>
    <message>
        <source>Sign out %1 from every session?</source>
        <translation>%1 von allen Sitzungen abmelden?</translation>
    </message>
    <message>
        <source>They will be signed out of browser, desktop and mobile apps across all their devices, and will have to sign in again.</source>
        <translation>Die Person wird auf allen ihren Geräten von Browser-, Desktop- und mobilen Apps abgemeldet und muss sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Access tokens already issued stay valid until they expire, up to about an hour.</source>
        <translation>Bereits ausgestellte Zugriffstoken bleiben bis zu ihrem Ablauf gültig, höchstens etwa eine Stunde.</translation>
    </message>
    <message>
        <source>For example INC-12345: laptop stolen</source>
        <translation>Zum Beispiel INC-12345: Laptop gestohlen</translation>
    </message>
    <message>
        <source>Re&amp;voke sessions</source>
        <translation>Sitzungen &amp;widerrufen</translation>
    </message>
    <message>
        <source>Revoke sessions of %1</source>
        <translation>Sitzungen von %1 widerrufen</translation>
    </message>
    <message>
        <source>Type their user name or display name first.</source>
        <translation>Geben Sie zuerst den Benutzernamen oder Anzeigenamen ein.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContainDialog</name>
    <message>
        <source>&amp;Preview only (what if): send nothing</source>
        <translation>&amp;Nur Vorschau (Was-wäre-wenn): nichts senden</translation>
    </message>
    <message>
        <source>&amp;Undo the containment</source>
        <translation>Eindämmung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Respond to a compromised account: %1</source>
        <translation>Auf ein kompromittiertes Konto reagieren: %1</translation>
    </message>
    <message>
        <source>Contain %1&apos;s account?</source>
        <translation>Konto von %1 eindämmen?</translation>
    </message>
    <message>
        <source>Three steps, in the order Microsoft gives for a compromised account. Each is read back and recorded in the audit log; a step that is refused does not stop the next.</source>
        <translation>Drei Schritte in der Reihenfolge, die Microsoft für ein kompromittiertes Konto vorgibt. Jeder wird zurückgelesen und im Überwachungsprotokoll erfasst; ein abgelehnter Schritt hält den nächsten nicht auf.</translation>
    </message>
    <message>
        <source>1. Block sign-in: the account is disabled, so no one can sign in with it or refresh a token.</source>
        <translation>1. Anmeldung blockieren: Das Konto wird deaktiviert, sodass sich niemand damit anmelden oder ein Token aktualisieren kann.</translation>
    </message>
    <message>
        <source>2. Revoke sessions: every refresh token and browser session is invalidated, on every device.</source>
        <translation>2. Sitzungen widerrufen: Alle Aktualisierungstoken und Browsersitzungen werden auf allen Geräten ungültig.</translation>
    </message>
    <message>
        <source>3. Disable devices: each device registered to them is disabled in Microsoft Entra ID, so it cannot be used to sign in. Wipe them in Intune afterwards.</source>
        <translation>3. Geräte deaktivieren: Jedes für die Person registrierte Gerät wird in Microsoft Entra ID deaktiviert und kann nicht mehr zur Anmeldung verwendet werden. Setzen Sie die Geräte anschließend in Intune zurück.</translation>
    </message>
    <message>
        <source>Preview only: list the steps and devices, send nothing</source>
        <translation>Nur Vorschau: Schritte und Geräte auflisten, nichts senden</translation>
    </message>
    <message>
        <source>For example INC-12345: phishing</source>
        <translation>Zum Beispiel INC-12345: Phishing</translation>
    </message>
    <message>
        <source>Undo the containment of %1</source>
        <translation>Eindämmung von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Re-enables sign-in and the devices this app disabled. Revoked sessions stay revoked: they sign in again.</source>
        <translation>Aktiviert die Anmeldung und die von dieser App deaktivierten Geräte wieder. Widerrufene Sitzungen bleiben widerrufen: Die Person meldet sich erneut an.</translation>
    </message>
    <message>
        <source>&amp;Contain</source>
        <translation>&amp;Eindämmen</translation>
    </message>
    <message>
        <source>Contain %1</source>
        <translation>%1 eindämmen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Nothing can be sent for this account.</source>
        <translation>Für dieses Konto kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>Type the user name or display name first.</source>
        <translation>Geben Sie zuerst den Benutzernamen oder Anzeigenamen ein.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Stop after the request under way</source>
        <translation>Nach der laufenden Anforderung beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContainmentStepList</name>
    <message>
        <source>Containment steps</source>
        <translation>Eindämmungsschritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Done and verified</source>
        <translation>Erledigt und bestätigt</translation>
    </message>
    <message>
        <source>Done, not verified</source>
        <translation>Erledigt, nicht bestätigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Who can: %1.</source>
        <translation>Berechtigt: %1.</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::CsvExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>rc::ui::DeviceCodeDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Asking Microsoft 365 for a sign-in code…</source>
        <translation>Anmeldecode wird bei Microsoft 365 angefordert…</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Code kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>Anmeldecode kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page in a browser</source>
        <translation>Anmeldeseite in einem Browser öffnen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>No browser could be opened. On any device, go to %1 and enter the code.</source>
        <translation>Es konnte kein Browser geöffnet werden. Rufen Sie auf einem beliebigen Gerät %1 auf, und geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>1. Copy this code.
2. Open the sign-in page and paste it.
3. Sign in with an admin account.
This window closes by itself once you are signed in.</source>
        <translation>1. Kopieren Sie diesen Code.
2. Öffnen Sie die Anmeldeseite, und fügen Sie ihn ein.
3. Melden Sie sich mit einem Administratorkonto an.
Dieses Fenster schließt sich, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Sign-in code: %1</source>
        <translation>Anmeldecode: %1</translation>
    </message>
    <message>
        <source>Sign-in page: %1</source>
        <translation>Anmeldeseite: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Warten auf Ihre Anmeldung…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Sign-in actions</source>
        <translation>Anmeldeaktionen</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>&amp;Neuer Code</translation>
    </message>
    <message>
        <source>Replace the code with a new one that works longer</source>
        <translation>Den Code durch einen neuen ersetzen, der länger gilt</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Neuer Code wird angefordert…</translation>
    </message>
    <message>
        <source>This is a new code; the one before no longer works. Waiting for you to sign in…</source>
        <translation>Dies ist ein neuer Code; der vorherige gilt nicht mehr. Warten auf Ihre Anmeldung…</translation>
    </message>
    <message>
        <source>The code works until %1.</source>
        <translation>Der Code gilt bis %1.</translation>
    </message>
    <message>
        <source>The code expires in less than a minute. Choose New code for another one.</source>
        <translation>Der Code läuft in weniger als einer Minute ab. Wählen Sie „Neuer Code“ für einen weiteren.</translation>
    </message>
</context>
<context>
    <name>rc::ui::FitScrollArea</name>
    <message>
        <source>Scrolled view</source>
        <translation>Bildlaufansicht</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>Bildlaufleiste</translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryLauncher</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every preview and revocation on record (Ctrl+H)</source>
        <translation>Alle erfassten Vorschauen und Widerrufe (Strg+H)</translation>
    </message>
    <message>
        <source>History is unavailable: the audit log could not be opened.</source>
        <translation>Der Verlauf ist nicht verfügbar: Das Überwachungsprotokoll konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryModel</name>
    <message>
        <source>The audit log could not be opened, so there is no history to show.</source>
        <translation>Das Überwachungsprotokoll konnte nicht geöffnet werden, daher gibt es keinen Verlauf.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Object id %1</source>
        <translation>Objekt-ID %1</translation>
    </message>
    <message>
        <source>Preview of the %1 channel</source>
        <translation>Vorschau des Kanals %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>Filter by user, device, operator, message, reason or correlation id</source>
        <translation>Nach Benutzer, Gerät, Bediener, Meldung, Grund oder Korrelations-ID filtern</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Seit</translation>
    </message>
    <message>
        <source>Only show entries since a date</source>
        <translation>Nur Einträge seit einem Datum anzeigen</translation>
    </message>
    <message>
        <source>Since date</source>
        <translation>Seit Datum</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Verlaufseinträge</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Verlauf aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export every entry the filters match to CSV</source>
        <translation>Alle Einträge, die den Filtern entsprechen, als CSV exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close history</source>
        <translation>Verlauf schließen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries; the export holds all of them.</source>
        <translation>Die neuesten %1 von %2 Einträgen werden angezeigt; der Export enthält alle.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n Eintrag, neueste zuerst</numerusform>
            <numerusform>%n Einträge, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the audit log could not be opened.</source>
        <translation>das Überwachungsprotokoll konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert</numerusform>
            <numerusform>%n Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::MainWindow</name>
    <message>
        <source>Demo tenant: a Microsoft 365 emulator on this computer. No account is needed and nothing leaves this computer.</source>
        <translation>Demomandant: ein Microsoft 365-Emulator auf diesem Computer. Es ist kein Konto erforderlich, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demomandant</translation>
    </message>
    <message>
        <source>Stopped waiting for Microsoft 365. If the request had already reached it, the sign-out may still take effect.</source>
        <translation>Das Warten auf Microsoft 365 wurde beendet. Falls die Anforderung bereits angekommen war, kann die Abmeldung trotzdem wirksam werden.</translation>
    </message>
    <message>
        <source>Certificate (app-only) sign-in needs the tenant: type its domain, such as contoso.onmicrosoft.com.</source>
        <translation>Die Zertifikatanmeldung (Nur-App) erfordert den Mandanten: Geben Sie seine Domäne ein, z. B. contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The profile %1 is no longer in the settings.</source>
        <translation>Das Profil %1 ist nicht mehr in den Einstellungen vorhanden.</translation>
    </message>
    <message>
        <source>Removed the profile %1 and deleted its sign-in from the system keychain.</source>
        <translation>Das Profil %1 wurde entfernt und seine Anmeldung aus dem Systemschlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation>Das Profil %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Ausgewählter Benutzer</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Selected user and sign-out</source>
        <translation>Ausgewählter Benutzer und Abmeldung</translation>
    </message>
    <message>
        <source>Search and selected user</source>
        <translation>Suche und ausgewählter Benutzer</translation>
    </message>
    <message>
        <source>Divider between search and selected user</source>
        <translation>Trennlinie zwischen Suche und ausgewähltem Benutzer</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>F8 selects it; the arrow keys, Home and End move it; Esc goes back</source>
        <translation>F8 wählt sie aus; die Pfeiltasten, Pos1 und Ende verschieben sie; Esc kehrt zurück</translation>
    </message>
</context>
<context>
    <name>rc::ui::PreCheckList</name>
    <message>
        <source>Before you act</source>
        <translation>Bevor Sie handeln</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check %1 of %2</source>
        <translation>Prüfung %1 von %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProfileList</name>
    <message>
        <source>The profile %1 is removed, but the system keychain did not delete its sign-in.</source>
        <translation>Das Profil %1 wurde entfernt, aber der Systemschlüsselbund hat seine Anmeldung nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProfileMenu</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Import, export or remove tenant profiles</source>
        <translation>Mandantenprofile importieren, exportieren oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation>Profil &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>Profil ent&amp;fernen</translation>
    </message>
    <message>
        <source>Forgets the profile and deletes its sign-in from the keychain</source>
        <translation>Vergisst das Profil und löscht seine Anmeldung aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Import a tenant profile</source>
        <translation>Mandantenprofil importieren</translation>
    </message>
    <message>
        <source>Revoke Console profiles (*.json);;All files (*)</source>
        <translation>Revoke Console-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the tenant profile</source>
        <translation>Mandantenprofil exportieren</translation>
    </message>
    <message>
        <source>Revoke Console profiles (*.json)</source>
        <translation>Revoke Console-Profile (*.json)</translation>
    </message>
    <message>
        <source>Imported the profile %1 (tenant %2). Choose it in the profile list and sign in: sign-ins are never part of a profile file.</source>
        <translation>Das Profil %1 (Mandant %2) wurde importiert. Wählen Sie es in der Profilliste aus, und melden Sie sich an: Anmeldungen sind nie Teil einer Profildatei.</translation>
    </message>
    <message>
        <source>The profile %1 is no longer in the settings.</source>
        <translation>Das Profil %1 ist nicht mehr in den Einstellungen vorhanden.</translation>
    </message>
    <message>
        <source>Exported the profile %1 to %2. It holds no sign-in or secret: whoever imports it signs in with their own account.</source>
        <translation>Das Profil %1 wurde nach %2 exportiert. Es enthält keine Anmeldung und kein Geheimnis: Wer es importiert, meldet sich mit dem eigenen Konto an.</translation>
    </message>
</context>
<context>
    <name>rc::ui::RevokePanel</name>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>&amp;Entra ID: every Microsoft 365 app (recommended)</source>
        <translation>&amp;Entra ID: alle Microsoft 365-Apps (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;SharePoint: the original Revoke-SPOUserSession</source>
        <translation>&amp;SharePoint: das ursprüngliche Revoke-SPOUserSession</translation>
    </message>
    <message>
        <source>&amp;Preview only (what if): send nothing</source>
        <translation>&amp;Nur Vorschau (Was-wäre-wenn): nichts senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Channel: Entra ID, every Microsoft 365 app</source>
        <translation>Kanal: Entra ID, alle Microsoft 365-Apps</translation>
    </message>
    <message>
        <source>Channel: SharePoint, the original Revoke-SPOUserSession</source>
        <translation>Kanal: SharePoint, das ursprüngliche Revoke-SPOUserSession</translation>
    </message>
    <message>
        <source>Preview only: show what would happen and send nothing</source>
        <translation>Nur Vorschau: anzeigen, was passieren würde, und nichts senden</translation>
    </message>
    <message>
        <source>Revocation in progress</source>
        <translation>Widerruf läuft</translation>
    </message>
    <message>
        <source>Cancel the revocation in progress</source>
        <translation>Laufenden Widerruf abbrechen</translation>
    </message>
    <message>
        <source>The original Revoke-SPOUserSession operation: signs the user out of apps that access Office 365, on every device. Microsoft retired it in November 2024, so your tenant may refuse it.</source>
        <translation>Der ursprüngliche Vorgang Revoke-SPOUserSession: meldet den Benutzer auf allen Geräten von Apps ab, die auf Office 365 zugreifen. Microsoft hat ihn im November 2024 eingestellt, daher lehnt Ihr Mandant ihn möglicherweise ab.</translation>
    </message>
    <message>
        <source>Signs the user out of browser, desktop and mobile apps on every device, then checks that it took effect. Access tokens already issued stay valid until they expire, up to about an hour.</source>
        <translation>Meldet den Benutzer auf allen Geräten von Browser-, Desktop- und mobilen Apps ab und prüft dann, ob dies wirksam wurde. Bereits ausgestellte Zugriffstoken bleiben bis zu ihrem Ablauf gültig, höchstens etwa eine Stunde.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Widerruf läuft…</translation>
    </message>
    <message>
        <source>Preview sign-out</source>
        <translation>Vorschau der Abmeldung</translation>
    </message>
    <message>
        <source>Revoke sessions…</source>
        <translation>Sitzungen widerrufen…</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Preview sign-out of %1</source>
        <translation>Vorschau der Abmeldung von %1</translation>
    </message>
    <message>
        <source>Revoke sessions of %1</source>
        <translation>Sitzungen von %1 widerrufen</translation>
    </message>
    <message>
        <source>Signing out %1…</source>
        <translation>%1 wird abgemeldet…</translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <source>Check the sign-&amp;in log after a revocation</source>
        <translation>Anmeldeprotokoll nach einem Widerruf &amp;prüfen</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>O&amp;rdner öffnen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Standardkanal</translation>
    </message>
    <message>
        <source>Entra ID: every Microsoft 365 app</source>
        <translation>Entra ID: alle Microsoft 365-Apps</translation>
    </message>
    <message>
        <source>SharePoint: the original Revoke-SPOUserSession</source>
        <translation>SharePoint: das ursprüngliche Revoke-SPOUserSession</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Check the sign-in log after a revocation</source>
        <translation>Anmeldeprotokoll nach einem Widerruf prüfen</translation>
    </message>
    <message>
        <source>Audit log file</source>
        <translation>Überwachungsprotokolldatei</translation>
    </message>
    <message>
        <source>Open the audit log&apos;s folder</source>
        <translation>Ordner des Überwachungsprotokolls öffnen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Revoke Console is restarted.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Revoke Console.</translation>
    </message>
    <message>
        <source>&amp;Default channel:</source>
        <translation>Standard&amp;kanal:</translation>
    </message>
    <message>
        <source>The channel a new window starts with.</source>
        <translation>Der Kanal, mit dem ein neues Fenster startet.</translation>
    </message>
    <message>
        <source>Colour &amp;scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Audit log:</source>
        <translation>Über&amp;wachungsprotokoll:</translation>
    </message>
    <message>
        <source>After a verified Entra ID revocation, read the user&apos;s sign-in log since then and offer “Check again”. Needs an Entra ID P1 licence and permission to read sign-in logs.</source>
        <translation>Nach einem bestätigten Entra ID-Widerruf das Anmeldeprotokoll des Benutzers seit diesem Zeitpunkt lesen und „Erneut prüfen“ anbieten. Erfordert eine Entra ID P1-Lizenz und die Berechtigung, Anmeldeprotokolle zu lesen.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>rc::ui::SeverityStyle</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>rc::ui::SignInCheckRow</name>
    <message>
        <source>C&amp;heck again</source>
        <translation>E&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Sign-ins since the revocation</source>
        <translation>Anmeldungen seit dem Widerruf</translation>
    </message>
    <message>
        <source>Check the sign-in log again</source>
        <translation>Anmeldeprotokoll erneut prüfen</translation>
    </message>
    <message>
        <source>The sign-in log shows a sign-in a few minutes after it happens.</source>
        <translation>Das Anmeldeprotokoll zeigt eine Anmeldung erst einige Minuten danach an.</translation>
    </message>
    <message>
        <source>Reading the sign-in log since %1…</source>
        <translation>Anmeldeprotokoll seit %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Sign-ins since the revocation: %1</source>
        <translation>Anmeldungen seit dem Widerruf: %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::StatusBanner</name>
    <message>
        <source>Use Entra ID instead</source>
        <translation>Stattdessen Entra ID verwenden</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Use Entra ID instead: sign the same user out of every Microsoft 365 app</source>
        <translation>Stattdessen Entra ID verwenden: denselben Benutzer von allen Microsoft 365-Apps abmelden</translation>
    </message>
    <message>
        <source>Copy details of this message</source>
        <translation>Details dieser Meldung kopieren</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Service code: %1</source>
        <translation>Dienstcode: %1</translation>
    </message>
    <message>
        <source>Reason or ticket: %1</source>
        <translation>Grund oder Ticket: %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Time: %1 (%2)</source>
        <translation>Zeit: %1 (%2)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>rc::ui::TenantPane</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Mandantenprofil</translation>
    </message>
    <message>
        <source>Switch to another tenant; each one&apos;s sign-in is kept in the system keychain</source>
        <translation>Zu einem anderen Mandanten wechseln; die Anmeldung jedes Mandanten wird im Systemschlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain (contoso.onmicrosoft.com) or its ID</source>
        <translation>Domäne des Mandanten (contoso.onmicrosoft.com) oder seine ID</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>US Government</source>
        <translation>US Government</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>China (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints file…</source>
        <translation>Datei mit benutzerdefinierten Endpunkten…</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Certificate (app-only)</source>
        <translation>Zertifikat (Nur-App)</translation>
    </message>
    <message>
        <source>A code to enter on any device&apos;s browser</source>
        <translation>Ein Code zur Eingabe im Browser eines beliebigen Geräts</translation>
    </message>
    <message>
        <source>Sign in in this computer&apos;s browser</source>
        <translation>Im Browser dieses Computers anmelden</translation>
    </message>
    <message>
        <source>As the app itself, with its certificate: no admin account</source>
        <translation>Als App selbst, mit ihrem Zertifikat: kein Administratorkonto</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Anmeldemethode:</translation>
    </message>
    <message>
        <source>Tenant %1, %2 cloud, %3 sign-in</source>
        <translation>Mandant %1, Cloud %2, Anmeldung: %3</translation>
    </message>
    <message>
        <source>Sign out to change the tenant or cloud.</source>
        <translation>Melden Sie sich ab, um den Mandanten oder die Cloud zu ändern.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Signed in as %1. App-only: no directory roles apply; the app&apos;s API permissions decide what it may revoke.</source>
        <translation>Angemeldet als %1. Nur-App: Es gelten keine Verzeichnisrollen; die API-Berechtigungen der App bestimmen, was sie widerrufen darf.</translation>
    </message>
    <message>
        <source>Signed in as %1. Reading your roles…</source>
        <translation>Angemeldet als %1. Ihre Rollen werden gelesen…</translation>
    </message>
    <message>
        <source>Signed in as %1. Your directory roles could not be read.</source>
        <translation>Angemeldet als %1. Ihre Verzeichnisrollen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Signed in as %1, with no directory roles.</source>
        <translation>Angemeldet als %1, ohne Verzeichnisrollen.</translation>
    </message>
    <message>
        <source>Signed in as %1: %2.</source>
        <translation>Angemeldet als %1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose a cloud endpoints file</source>
        <translation>Datei mit Cloudendpunkten auswählen</translation>
    </message>
    <message>
        <source>Cloud endpoints (*.json);;All files (*)</source>
        <translation>Cloudendpunkte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Benutzerdefiniert: %1</translation>
    </message>
    <message>
        <source>Tenant and sign-in</source>
        <translation>Mandant und Anmeldung</translation>
    </message>
</context>
<context>
    <name>rc::ui::UserCard</name>
    <message>
        <source>Respond to a &amp;compromised account…</source>
        <translation>Auf ein &amp;kompromittiertes Konto reagieren…</translation>
    </message>
    <message>
        <source>Respond to a compromised account</source>
        <translation>Auf ein kompromittiertes Konto reagieren</translation>
    </message>
    <message>
        <source>Pick a user from the search results to check who they are before you sign them out.</source>
        <translation>Wählen Sie einen Benutzer aus den Suchergebnissen aus, um vor der Abmeldung zu prüfen, um wen es sich handelt.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sessions valid from</source>
        <translation>Sitzungen gültig ab</translation>
    </message>
    <message>
        <source>Sign-ins and refresh tokens issued before this time are refused. Revoking sessions moves it to now.</source>
        <translation>Anmeldungen und Aktualisierungstoken, die vor diesem Zeitpunkt ausgestellt wurden, werden abgelehnt. Der Widerruf von Sitzungen setzt ihn auf den aktuellen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>Verzeichnisrollen</translation>
    </message>
    <message>
        <source>Initials of %1</source>
        <translation>Initialen von %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled: cannot sign in</source>
        <translation>Deaktiviert: keine Anmeldung möglich</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>A guest&apos;s sessions belong to their home organization: they sign them out.</source>
        <translation>Die Sitzungen eines Gasts gehören zu seiner Heimorganisation: Diese meldet ihn ab.</translation>
    </message>
    <message>
        <source>Wait for the request under way.</source>
        <translation>Warten Sie auf die laufende Anforderung.</translation>
    </message>
    <message>
        <source>Block sign-in, revoke every session and disable the devices of %1</source>
        <translation>Anmeldung blockieren, alle Sitzungen widerrufen und Geräte von %1 deaktivieren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>A guest&apos;s sessions belong to their home organization, whose admins can sign them out.</source>
        <translation>Die Sitzungen eines Gasts gehören zu seiner Heimorganisation, deren Administratoren ihn abmelden können.</translation>
    </message>
    <message>
        <source>%1 holds an administrator role (%2). Check that signing them out is intended.</source>
        <translation>%1 hat eine Administratorrolle (%2). Prüfen Sie, ob die Abmeldung beabsichtigt ist.</translation>
    </message>
    <message>
        <source>This account is disabled, so it cannot sign in again. Revoke its sessions too, so that apps signed in earlier are signed out.</source>
        <translation>Dieses Konto ist deaktiviert und kann sich nicht erneut anmelden. Widerrufen Sie auch seine Sitzungen, damit zuvor angemeldete Apps abgemeldet werden.</translation>
    </message>
    <message>
        <source>%1 (unchanged by the revocation)</source>
        <translation>%1 (durch den Widerruf unverändert)</translation>
    </message>
    <message>
        <source>%1 → %2 (moved by the revocation)</source>
        <translation>%1 → %2 (durch den Widerruf verschoben)</translation>
    </message>
    <message>
        <source>Never revoked</source>
        <translation>Nie widerrufen</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>Directory details</source>
        <translation>Verzeichnisdetails</translation>
    </message>
</context>
<context>
    <name>rc::ui::UserResultDelegate</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>rc::ui::UserSearchBox</name>
    <message>
        <source>Search users by name or sign-in name (Ctrl+F)</source>
        <translation>Benutzer nach Name oder Anmeldename suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Type two or more letters; results appear below. Up and Down move through them, Enter picks one.</source>
        <translation>Geben Sie mindestens zwei Buchstaben ein; die Ergebnisse erscheinen darunter. Mit den Pfeiltasten nach oben und unten wechseln Sie zwischen ihnen, mit der Eingabetaste wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Keine Benutzer entsprechen „%1“.</translation>
    </message>
    <message>
        <source>Sign in to search the directory.</source>
        <translation>Melden Sie sich an, um das Verzeichnis zu durchsuchen.</translation>
    </message>
    <message>
        <source>Type two or more letters of a name, or paste a full sign-in name (user@contoso.com).</source>
        <translation>Geben Sie mindestens zwei Buchstaben eines Namens ein, oder fügen Sie einen vollständigen Anmeldenamen ein (user@contoso.com).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Results or message</source>
        <translation>Ergebnisse oder Meldung</translation>
    </message>
</context>
<context>
    <name>rc::ui::WhatStillWorks</name>
    <message>
        <source>What still works</source>
        <translation>Was noch funktioniert</translation>
    </message>
    <message>
        <source>New sign-ins and token refreshes are blocked since %1.</source>
        <translation>Neue Anmeldungen und Tokenaktualisierungen sind seit %1 blockiert.</translation>
    </message>
    <message>
        <source>Exchange Online, SharePoint Online and Teams use continuous access evaluation: they react within minutes, by about %1 at the latest.</source>
        <translation>Exchange Online, SharePoint Online und Teams verwenden die fortlaufende Zugriffsevaluierung: Sie reagieren innerhalb von Minuten, spätestens etwa um %1.</translation>
    </message>
    <message>
        <source>Other apps keep an access token they already hold until it expires, typically 60 to 90 minutes: until about %1.</source>
        <translation>Andere Apps behalten ein bereits erhaltenes Zugriffstoken bis zu seinem Ablauf, meist 60 bis 90 Minuten: bis etwa %1.</translation>
    </message>
    <message>
        <source>Office web apps and the OneDrive sync client do not use continuous access evaluation: they keep working like the other apps until their token expires.</source>
        <translation>Office-Web-Apps und der OneDrive-Synchronisierungsclient verwenden keine fortlaufende Zugriffsevaluierung: Sie funktionieren wie die anderen Apps weiter, bis ihr Token abläuft.</translation>
    </message>
    <message>
        <source>A guest is not affected here: their home organization has to sign them out.</source>
        <translation>Ein Gast ist hier nicht betroffen: Seine Heimorganisation muss ihn abmelden.</translation>
    </message>
    <message>
        <source>The account is synced from on-premises Active Directory: it stays usable on-premises until it is blocked there.</source>
        <translation>Das Konto wird aus dem lokalen Active Directory synchronisiert: Es bleibt lokal nutzbar, bis es dort blockiert wird.</translation>
    </message>
</context>
</TS>
