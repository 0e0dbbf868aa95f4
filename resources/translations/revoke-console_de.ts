<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConfirmLayout</name>
    <message>
        <source>Cancel: send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason or ticket number (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user name or display name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an administrator role (%2). Type their &amp;user name or display name to confirm:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional Access blocked this sign-in. Ask your administrator which device or location is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has not been granted consent in this tenant. An administrator must consent to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app (client ID) is not registered in this tenant. Check the client ID and the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant was not found. Check the tenant name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not allow public client flows (device code). Enable &quot;Allow public client flows&quot; on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant did not accept the certificate: it is not registered on the app, or the signature did not verify. Upload the certificate to the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s signed sign-in request was not addressed to this app and tenant. Check the client ID and the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate sign-in was refused because the clocks disagree. Check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s secret was refused. Revoke Console signs in app-only with a certificate, never a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser sign-in could not be completed (the PKCE check failed). Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sign-in was already used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not list this redirect address. Add &quot;http://localhost&quot; as a mobile and desktop redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was declined, so the sign-in did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in asked for two resources at once, which Microsoft does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource asked for is not known in this tenant. Check the cloud settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code was not recognised. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft sign-in service is temporarily unavailable. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AuditActionText</name>
    <message>
        <source>Revoke sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AuditExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AuditLog</name>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AuditTrail</name>
    <message>
        <source>Same person as line %1 of the list: merged into that line, whose row has the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (may have reached the service): the request was sent, so the sign-out may still take effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::AuditedAction</name>
    <message>
        <source>The audit log is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BatchAnswer</name>
    <message>
        <source>no answer for request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 was answered %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to request %1 has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 was not part of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user in the answer to request %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BrowserSignIn</name>
    <message>
        <source>The app has not been granted consent in this tenant. An administrator must consent to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft needs you to complete the sign-in in the browser. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft sign-in service had an internal error. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Revoke Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n minute(s). Start the sign-in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n second(s). Start the sign-in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkJournal</name>
    <message>
        <source>The bulk run journal %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BulkRecorder</name>
    <message>
        <source>Not sent: the run stopped before this request went out, because it could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped before the sign-out was verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BulkResults</name>
    <message>
        <source>%1 could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped before the sign-out was verified. Run the same list again to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the run stopped before this user. Run the same list again to send the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people would be signed out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold admin roles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are disabled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have roles that could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guests skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid names</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates merged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted for this sign-in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkReview</name>
    <message>
        <source>%1 was not looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account is on the list (line %1): you will be signed out too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BulkReviewer</name>
    <message>
        <source>the answer held no role list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was cancelled. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BulkRun</name>
    <message>
        <source>Not revoking: there is no audit log to record it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint answered that this operation is not available in your organization (for %1). Sign the list out on the Entra ID channel instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BulkRunLock</name>
    <message>
        <source>This list is already being run by %1 (PID %2 on %3) since %4. Wait for it to finish or stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is already being run by another program. Wait for it to finish or stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock %1 of this list&apos;s run cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BulkScheduler</name>
    <message>
        <source>The service did not answer for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 asked to wait %n s before the next request, longer than this run waits. Run the same command again later: it resumes where it stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 kept throttling for more than %n s, so the run stopped. Run the same command again later: it resumes where it stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkSession</name>
    <message>
        <source>The run&apos;s journal could not be opened, so a run could not resume after a crash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocations are refused: the audit log could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::CertificateCredential</name>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Enter the passphrase to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate file. Use a PFX/PKCS#12 file, or a PEM file with the certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no private key. Use a PFX/PKCS#12 file, or a PEM file with the certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for more key-derivation rounds than a certificate file needs (over %2). Export it again with the usual settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read. Check that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 is not an RSA key (it is %2). Microsoft Entra ID accepts only RSA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to its certificate (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 cannot sign: the file is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 (%2) expired on %3. Create a new certificate and upload it to the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s private key could not sign the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::CloudEndpoints</name>
    <message>
        <source>The cloud setting &quot;%1&quot; is not a valid base URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to use %1: Microsoft 365 is only reached over https (plain http is allowed for a local emulator on this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;. Use global, usgov, china or --cloud-config FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud configuration is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud configuration has no &quot;%1&quot; URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cloud configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud configuration %1 is larger than %2 KB; it is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SharePoint channel needs the tenant&apos;s initial domain (for example contoso.onmicrosoft.com) to find its admin site; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::Containment</name>
    <message>
        <source>Sign-in was already blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would block sign-in for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in blocked, and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking was accepted, but the account still reads as enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking was accepted, but reading it back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is synced from on-premises Active Directory: block it there too, or sync may undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an on-premises Active Directory administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions revoked, and verified: sessions are valid only from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would revoke every session of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation was accepted, but &quot;sessions valid from&quot; did not move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s devices could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices are registered to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would disable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: disabling %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled, and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling was accepted, but the device still reads as enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling was accepted, but reading it back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device was already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 devices disabled and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would disable %n devices.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices disabled, and read back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ContainmentChecks</name>
    <message>
        <source>A guest: their home organization has to sign them out. Nothing will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is already blocked for this account. Revoking its sessions is still allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from on-premises Active Directory: sync can undo a block made here. Block the account in on-premises Active Directory too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds an administrator role (%1): check that this is the right person before you act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own account: you will be signed out too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ContainmentPermission</name>
    <message>
        <source>Your directory roles are unknown (%1), so Microsoft 365 will decide whether you may block sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your directory roles (%1) may block sign-in: unless a custom or administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s directory roles are unknown (%1), so Microsoft 365 will decide whether you may block their sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles (%1) may not block the sign-in of a user who holds %2: a %3 can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your directory roles are unknown (%1), so Microsoft 365 will decide whether you may disable devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your directory roles (%1) may disable devices: unless a custom or administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service named a sign-in page that is not a secure (https) address, so it was not opened: %1. Sign-in stopped; check the cloud settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::HttpClient</name>
    <message>
        <source>A sign-in token was about to be sent to a host it was not issued for; the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer too large to be genuine; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tried to redirect the request to another host (%2). It was not followed, so your sign-in was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::LoopbackRedirect</name>
    <message>
        <source>Revoke Console could not open a local port to receive the browser sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the expected sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the sign-in answer Revoke Console is waiting for. Start the sign-in again from Revoke Console if it is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to Revoke Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::NetworkErrorText</name>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find %1. Check the network connection and the cloud settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. A proxy or a wrong clock can cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy did not let the request to %1 through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available, so %1 could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 because of a network error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish answering within %n second(s); the request was stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::Pkce</name>
    <message>
        <source>A PKCE code verifier must be 43 to 128 letters, digits or -._~ characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::PrivateFile</name>
    <message>
        <source>%1 cannot be made private: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ReadCapped</name>
    <message numerus="yes">
        <source>It is larger than %n bytes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ResponseError</name>
    <message>
        <source>%1 did not accept the sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: the signed-in account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not find what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 is busy or throttling requests (%1 answered %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::Restore</name>
    <message>
        <source>The audit log is not open, so nothing can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revoked session cannot come back: %1 signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was not blocked by Revoke Console: it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would unblock sign-in for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in unblocked, and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking was accepted, but the account still reads as blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking was accepted, but reading it back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Console disabled no device of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would enable %1 of the devices Revoke Console disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 devices enabled and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would enable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled, and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling was accepted, but the device still reads as disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling was accepted, but reading it back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::RevokeFlow</name>
    <message>
        <source>Not available (needs Entra ID P1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available (needs a role that may read sign-in activity, such as Reports Reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available (needs AuditLog.Read.All)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member of this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user could not be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they are being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not be applicable for guest users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::RevokePermission</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no directory role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your directory roles are unknown (%1), so Microsoft 365 will decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles (%1) may not run the SharePoint operation: a %2 can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your directory roles (%1) may revoke sessions: unless a custom or administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in was not granted %1, so revocations will be refused. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in was not granted %1, so users cannot be looked up. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your directory roles are unknown (%1): Microsoft 365 decides what you may revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your directory roles may revoke sessions: unless a custom or administrative-unit role allows it, revocations will be refused. Entra ID needs a %1; SharePoint needs a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles may revoke on SharePoint only; the Entra ID channel needs a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles may sign out users without an administrator role, but not most administrators: the card says who can sign out each one (a %1 can sign out anyone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SharePoint channel needs a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in was not granted %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s directory roles are unknown (%1): if they hold an administrator role, a %2 may be needed. Microsoft 365 will decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is an administrator (%1). Your roles (%2) may not sign them out: a %3 can sign them out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::RoleSet</name>
    <message>
        <source>they could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::SecretStore</name>
    <message>
        <source>The system keychain is not available (no Secret Service on the session bus), so %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s (it may be waiting to be unlocked), so %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error, so %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored secret could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored secret could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ServiceCaller</name>
    <message>
        <source>%1 did not accept the sign-in, even after a refresh. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests or is unavailable, and did not recover after %n attempt(s). Try again in a few minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::Settings</name>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::SignInCheck</name>
    <message>
        <source>The sign-in log could not be read: it needs an Entra ID P1 licence, the AuditLog.Read.All permission and a role that reads sign-in logs (Reports Reader, Security Reader, Security Administrator or Global Reader). Microsoft 365 said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 at %2, after the revocation: something still works. Check again in a few minutes, and block sign-in if it is not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in since %1. The log lags by a few minutes: check again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::SignInSession</name>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in has expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in gave no refresh token, so SharePoint cannot be reached. Check the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1 (certificate %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::SignedInAdmin</name>
    <message>
        <source>they are being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app-only sign-in holds no directory roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::StatusMessage</name>
    <message>
        <source>New sign-ins and token refreshes are blocked now. Access tokens already issued stay valid until they expire, up to about an hour; apps with continuous access evaluation react within minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong and we couldn&apos;t sign out %1 from any device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SharePoint operation needs a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking sessions needs the User.RevokeSessions.All permission and a role that may revoke: %1; for most users who hold an administrator role, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We successfully signed out %1 from all devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can take up to an hour to sign out %1 from all devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: sessions valid from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: Microsoft 365 accepted the request to sign out %1, but reading the user back failed, so the sign-out could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: Microsoft 365 accepted the request to sign out %1, but their sessions are still valid from %2, so the sign-out did not take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, contact Microsoft support with the correlation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t find the %1. Check for typos and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cmdlet will be available in the future, but it isn&apos;t ready for use in your organization yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft retired this SharePoint operation in November 2024. The Entra ID channel signs the user out of every Microsoft 365 app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not be applicable for guest users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a guest: their sessions belong to their home organization, which can sign them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have permission to sign out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests, retrying in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The service answered HTTP %1 (busy or unavailable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: Performing the operation &quot;Revoke-SPOUserSession&quot; on target &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::Tenant</name>
    <message>
        <source>&quot;%1&quot; is not a tenant. Use its domain (for example contoso.onmicrosoft.com) or its tenant ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::TenantProfile</name>
    <message>
        <source>--client-id must be an application (client) ID, a GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Revoke Console profile (version %1 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s sign-in must be device-code, browser or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate profile must name its certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is not JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::TokenCache</name>
    <message>
        <source>You stay signed in for this run only: nothing is written to disk instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::TokenEndpoint</name>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::UpnCheck</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: %2. Use the user&apos;s sign-in name, for example user1@contoso.com.</source>
        <translation>„%1“ ist kein gültiger Benutzername: %2. Verwenden Sie den Anmeldenamen des Benutzers, zum Beispiel user1@contoso.com.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s sign-in name, for example user1@contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than 113 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &lt;, &gt; or &amp;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains %1, and a user name has only letters A-Z, digits and &apos; . - _ ! # ^ ~ $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>es fehlt das @</translation>
    </message>
    <message>
        <source>it needs one @ between a name and a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part after the @ is longer than 48 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dot cannot come first, last, twice in a row or next to the @</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::UpnList</name>
    <message>
        <source>the pasted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a list of user names (over %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened on line %1 of %2 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 has more than %3 fields, which is not a list of people. Save only the column of user names and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no user names in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user names of %1 are in column %2 (&quot;%3&quot;), but only its first %4 columns are read. Move that column to the left, or save only it, and open the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user names were found in the first %1 columns of %2 (only those are read). Give the column of user names the header UserPrincipalName and move it to the left, or put one user name per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user names were found in %1. Give the column of user names the header UserPrincipalName, or put one user name per line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli</name>
    <message>
        <source>Unknown verb &quot;%1&quot;. Use revoke, contain, restore, signin, signout, profile, history or emulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID, a GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate sign-in needs the certificate: --certificate FILE (PEM or PFX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (app-only) sign-in needs the tenant: --tenant contoso.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant has no user %1. Try %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocations are throttled to %1 per second (bursts of %2), as Microsoft Graph may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer is delayed by %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant %1 is running on this computer. Save the line above as cloud.json and run, for example:
  revoke-console revoke --cloud-config cloud.json --tenant %1 --user adele.vance@%1
Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be RATE or RATE:BURST, for example 50:100; it is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency must be whole milliseconds from 0 to %1, for example 200; it is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::AccountCommand</name>
    <message>
        <source>The demo tenant lives only as long as one run: there is nothing to sign in to or out of. Use revoke --demo or open the window with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain items of %1 could not be deleted; see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1: the system keychain no longer holds its sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is kept in the system keychain for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkProgressLine</name>
    <message>
        <source>Looking up: %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking: %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Microsoft 365 is throttling: resuming in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkReviewText</name>
    <message>
        <source>%1 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest: their home organization signs them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not permitted for this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 can sign out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Hold an admin role (signed out all the same): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Disabled (signed out all the same): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Roles unknown (sent; Microsoft 365 decides, and refuses if they are an admin your roles may not sign out): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Not sent (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through Entra ID (every Microsoft 365 app, every device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through SharePoint (Revoke-SPOUserSession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Signing out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 (the number of people) to confirm; anything else cancels: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 already done. Only the rest is sent; anyone whose request was under way when the last run stopped may be signed out again, which is harmless (revoking sessions twice has the same effect as once). Use --restart to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid names</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with roles unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkRevokeCommand</name>
    <message>
        <source>Not revoking: there is no terminal to confirm on. Add --yes to confirm, or --whatif to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n row(s) of %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: run the same command with --channel entra to sign the list out through Entra ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation type="unfinished"></translation>
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
        <translation>Einen Microsoft-365-Benutzer von jeder Sitzung auf jedem Gerät abmelden.

Befehle:
  revoke    einen Benutzer abmelden (standardmäßig über Entra ID; --channel spo ist der
            eingestellte Vorgang Revoke-SPOUserSession) oder alle in --csv DATEI
  contain   auf ein kompromittiertes Konto reagieren: Anmeldung sperren, Sitzungen
            widerrufen, die Geräte des Benutzers deaktivieren, jeden Schritt
            zurückgelesen (--whatif, --yes, --reason), dann die Anmeldungen seit dem Widerruf
  restore   contain rückgängig machen: Anmeldung entsperren und die Geräte aktivieren,
            die diese App gesperrt und deaktiviert hat (Sitzungen bleiben widerrufen)
  signin    bei --tenant anmelden und die Anmeldung im Schlüsselbund des Systems
            behalten (--auth device-code, browser oder certificate --certificate DATEI)
  signout   die Anmeldung von --tenant vergessen, hier und im Schlüsselbund
  profile   list | export --file D | import --file D (Mandantenprofile, ohne Geheimnisse)
  history   auflisten, was das Prüfprotokoll aufgezeichnet hat (--since DATUM, --csv)
  emulator  den lokalen Demo-Mandanten starten und sein --cloud-config-JSON ausgeben
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
        <translation>Zeigen, was geschehen würde; keine Widerrufsanfrage senden.</translation>
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
        <translation>kanal</translation>
    </message>
    <message>
        <source>Tenant domain or ID; its profile (created on first use) keeps the cloud, client ID and sign-in. Default: the profile used last.</source>
        <translation>Domäne oder ID des Mandanten; sein Profil (bei der ersten Verwendung angelegt) behält Cloud, Client-ID und Anmeldung. Standard: das zuletzt verwendete Profil.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>mandant</translation>
    </message>
    <message>
        <source>signin: device-code, browser or certificate.</source>
        <translation>signin: device-code, browser oder certificate.</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>verfahren</translation>
    </message>
    <message>
        <source>signin: the certificate (PEM or PFX) for app-only.</source>
        <translation>signin: das Zertifikat (PEM oder PFX) für die reine App-Anmeldung.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>profile: the file to export to or import from.</source>
        <translation>profile: die Datei, in die exportiert oder aus der importiert wird.</translation>
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
        <translation>ID der App-Registrierung (Client-ID).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the built-in demo tenant on this computer (no Microsoft account).</source>
        <translation>Den eingebauten Demo-Mandanten auf diesem Computer verwenden (kein Microsoft-Konto).</translation>
    </message>
    <message>
        <source>emulator, and --demo: approve device codes as this user at once (--demo: sign in as this demo user).</source>
        <translation>emulator und --demo: Gerätecodes sofort als dieser Benutzer bestätigen (--demo: als dieser Demo-Benutzer anmelden).</translation>
    </message>
    <message>
        <source>emulator: throttle revocations to RATE per second in bursts of BURST (default: RATE rounded up), answering 429 with Retry-After as Graph may; overrides REVOKE_EMULATOR_WRITE_QUOTA.</source>
        <translation>emulator: Widerrufe auf RATE pro Sekunde in Schüben von BURST drosseln (Standard: RATE aufgerundet) und wie Graph mit 429 und Retry-After antworten; ersetzt REVOKE_EMULATOR_WRITE_QUOTA.</translation>
    </message>
    <message>
        <source>rate[:burst]</source>
        <translation>rate[:burst]</translation>
    </message>
    <message>
        <source>emulator: answer every request after this many milliseconds (0 to 60000).</source>
        <translation>emulator: jede Anfrage nach so vielen Millisekunden beantworten (0 bis 60000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Reason or ticket number, kept in the audit log.</source>
        <translation>Grund oder Ticketnummer, im Prüfprotokoll festgehalten.</translation>
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
        <translation>datum</translation>
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
        <translation>revoke --csv: die Liste neu beginnen und einen unterbrochenen Lauf nicht fortsetzen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--write-quota needs RATE or RATE:BURST, for example 50:100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency needs a number of milliseconds, for example 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be entra or spo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be device-code, browser or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --cloud or --cloud-config, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo brings its own tenant; leave out --cloud and --cloud-config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --user or --csv, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--results and --restart go with --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv needs the file to read: revoke --csv users.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verb</source>
        <translation>befehl</translation>
    </message>
</context>
<context>
    <name>rc::cli::CliSignIn</name>
    <message>
        <source>Finish signing in in your browser. If it did not open, open this address:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1 (empty if none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes, so it was refused. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s passphrase is not in the keychain. Run: revoke-console signin --tenant %1 --auth certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::Console</name>
    <message>
        <source>Hint: run the same command with --channel entra to sign the user out through Entra ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::ContainCommand</name>
    <message>
        <source>%1 works through Entra ID only: leave out --channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose account to restore: --user user1@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose account to contain: --user user1@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sending anything: there is no terminal to confirm on. Add --yes to confirm, or --whatif to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an administrator role: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm
Restore %1: unblock the sign-in and enable the devices that Revoke Console blocked and disabled?
%2[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm
Contain %1: block sign-in, revoke every session and disable the devices registered to them?
%2[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::ContainmentReportText</name>
    <message>
        <source>done and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins since the revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::HistoryCommand</name>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-01 (or 2026-11-01T09:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::ProfileCommand</name>
    <message>
        <source>No tenant profiles yet. One is created the first time you use --tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file: --file profile.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile for &quot;%1&quot;. See: revoke-console profile list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2 (no secrets: sign in again on the other computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (tenant %2). Sign in with: revoke-console signin --tenant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile action &quot;%1&quot;. Use list, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2  tenant %3, cloud %4, sign-in %5%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::RevokeCommand</name>
    <message>
        <source>(unknown account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose sessions to revoke: --user user1@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoking: there is no terminal to confirm on. Add --yes to confirm, or --whatif to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an administrator role: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm
Are you sure you want to perform this action?
Performing the operation &quot;Revoke-SPOUserSession&quot; on target &quot;%1&quot;: %2 will be signed out of browser, desktop and mobile apps on all devices.
%3[Y] Yes  [N] No (default is &quot;N&quot;): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::csom</name>
    <message>
        <source>SharePoint said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::permissions</name>
    <message>
        <source>An administrator must consent to %1 (Microsoft Graph) for this app in this tenant, or sign in with an app registration that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator must consent to %1 (Microsoft Graph) for this app in this tenant, or sign in with an app registration that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BrowserSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser, with an admin account.
This window closes by itself once you are signed in.
If no browser opened, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser
on this computer and sign in with an admin account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkCloseGuard</name>
    <message>
        <source>Stop the sign-out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sign-out and close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the sign-out running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A sign-out of %n people is in progress (%1 done). Stop it and close? Requests already sent may still complete; run the same list again later to finish the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkConfirmDialog</name>
    <message>
        <source>Channel: SharePoint (the original Revoke-SPOUserSession operation), one request per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: Entra ID (every Microsoft 365 app), in batches; each result is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, nothing sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people everywhere?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people from every session?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Count per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first people to be signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be signed out of browser, desktop and mobile apps on every device. Access tokens already issued stay valid until they expire, up to about an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or ticket number, recorded with every row, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example INC-12345: compromised accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign &amp;out %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people from every session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of people, %1, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type the number of people (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1, the number of people, to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkCounts</name>
    <message>
        <source>Review counts per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkLauncher</name>
    <message>
        <source>Sign out many people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out many people from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign out a pasted list or a CSV file of people (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkListPage</name>
    <message>
        <source>&amp;Open CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the user names (UPNs) of the people to sign out, one per line or separated by commas, or open a CSV file with a UserPrincipalName, UPN, user, mail or email column. Every name is looked up first; nothing is signed out before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People to sign out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to sign out, one user name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adele.vance@contoso.com
alex.wilber@contoso.com
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV file of people to sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the pasted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no user names. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no user names. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkProgressPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk sign-out progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause: send no more sign-outs for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run: send no more sign-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: waiting for the answers already on the way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume: send the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up people: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: nothing new is sent; answers already on the way are still taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests, resuming in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkTableModel</name>
    <message>
        <source>Same person as line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: feature disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkWindow</name>
    <message>
        <source>Sign out many people — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and their outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entra ID: every Microsoft 365 app, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: Entra ID, every Microsoft 365 app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SharePoint: the original Revoke-SPOUserSession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: SharePoint, the original Revoke-SPOUserSession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk sign-out status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over with another list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review or the results to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: a run under way asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted list: %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking every name up before anything is sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this list can be signed out. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review only: nothing was sent. %n people can be signed out; check the flagged rows, then sign them out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out… Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 already done. Only the rest is sent; anyone whose request was on the way when the earlier run stopped is sent again (signing out twice does no harm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out the rest to send only what is left; the same list reviewed again resumes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out the &amp;rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign &amp;out %n people…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out the people not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::CertificateDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 with a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-only sign-in: the app registration&apos;s certificate, with its private key, as a PEM or PFX file. The passphrase is kept in the system keychain once the tenant accepted the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app.pem or app.pfx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty if the key has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the app&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the certificate with Microsoft 365…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ConfirmRevokeDialog</name>
    <message>
        <source>Channel: SharePoint (the original Revoke-SPOUserSession operation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: Entra ID (every Microsoft 365 app; the result is verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out %1 everywhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out %1 from every session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be signed out of browser, desktop and mobile apps across all their devices, and will have to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens already issued stay valid until they expire, up to about an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or ticket number, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example INC-12345: laptop stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their user name or display name first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ContainDialog</name>
    <message>
        <source>&amp;Preview only (what if): send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the containment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond to a compromised account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contain %1&apos;s account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three steps, in the order Microsoft gives for a compromised account. Each is read back and recorded in the audit log; a step that is refused does not stop the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Block sign-in: the account is disabled, so no one can sign in with it or refresh a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Revoke sessions: every refresh token and browser session is invalidated, on every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Disable devices: each device registered to them is disabled in Microsoft Entra ID, so it cannot be used to sign in. Wipe them in Intune afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview only: list the steps and devices, send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or ticket number, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example INC-12345: phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the containment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enables sign-in and the devices this app disabled. Revoked sessions stay revoked: they sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be sent for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user name or display name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the request under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ContainmentStepList</name>
    <message>
        <source>Containment steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::DeviceCodeDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Microsoft 365 for a sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in page in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. On any device, go to %1 and enter the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Copy this code.
2. Open the sign-in page and paste it.
3. Sign in with an admin account.
This window closes by itself once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryLauncher</name>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every preview and revocation on record (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is unavailable: the audit log could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryModel</name>
    <message>
        <source>The audit log could not be opened, so there is no history to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the %1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user, device, operator, message, reason or correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show entries since a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every entry the filters match to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries; the export holds all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::MainWindow</name>
    <message>
        <source>Demo tenant: a Microsoft 365 emulator on this computer. No account is needed and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
    <message>
        <source>Revoke Console — Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for Microsoft 365. If the request had already reached it, the sign-out may still take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (app-only) sign-in needs the tenant: type its domain, such as contoso.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is no longer in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile %1 and deleted its sign-in from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::PreCheckList</name>
    <message>
        <source>Before you act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ProfileList</name>
    <message>
        <source>The profile %1 is removed, but the system keychain did not delete its sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ProfileMenu</name>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import, export or remove tenant profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets the profile and deletes its sign-in from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Console profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Console profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the profile %1 (tenant %2). Choose it in the profile list and sign in: sign-ins are never part of a profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is no longer in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the profile %1 to %2. It holds no sign-in or secret: whoever imports it signs in with their own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::RevokePanel</name>
    <message>
        <source>Sign out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entra ID: every Microsoft 365 app (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SharePoint: the original Revoke-SPOUserSession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview only (what if): send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: Entra ID, every Microsoft 365 app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: SharePoint, the original Revoke-SPOUserSession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview only: show what would happen and send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the revocation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original Revoke-SPOUserSession operation: signs the user out of apps that access Office 365, on every device. Microsoft retired it in November 2024, so your tenant may refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the user out of browser, desktop and mobile apps on every device, then checks that it took effect. Access tokens already issued stay valid until they expire, up to about an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview sign-out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SeverityStyle</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SignInCheckRow</name>
    <message>
        <source>C&amp;heck again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins since the revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sign-in log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in log shows a sign-in a few minutes after it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sign-in log since %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins since the revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::StatusBanner</name>
    <message>
        <source>Use Entra ID instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Entra ID instead: sign the same user out of every Microsoft 365 app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details of this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another tenant; each one&apos;s sign-in is kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s domain (contoso.onmicrosoft.com) or its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoints file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code to enter on any device&apos;s browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in this computer&apos;s browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the app itself, with its certificate: no admin account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>Tenant %1, %2 cloud, %3 sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out to change the tenant or cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. App-only: no directory roles apply; the app&apos;s API permissions decide what it may revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Reading your roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Your directory roles could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1, with no directory roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cloud endpoints file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud endpoints (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::UserCard</name>
    <message>
        <source>Respond to a &amp;compromised account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond to a compromised account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user from the search results to check who they are before you sign them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins and refresh tokens issued before this time are refused. Revoking sessions moves it to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest&apos;s sessions belong to their home organization: they sign them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the request under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block sign-in, revoke every session and disable the devices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest&apos;s sessions belong to their home organization, whose admins can sign them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an administrator role (%2). Check that signing them out is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled, so it cannot sign in again. Revoke its sessions too, so that apps signed in earlier are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged by the revocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (moved by the revocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::UserResultDelegate</name>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::UserSearchBox</name>
    <message>
        <source>Search users by name or sign-in name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two or more letters; results appear below. Up and Down move through them, Enter picks one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to search the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two or more letters of a name, or paste a full sign-in name (user@contoso.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::WhatStillWorks</name>
    <message>
        <source>What still works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sign-ins and token refreshes are blocked since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online, SharePoint Online and Teams use continuous access evaluation: they react within minutes, by about %1 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other apps keep an access token they already hold until it expires, typically 60 to 90 minutes: until about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office web apps and the OneDrive sync client do not use continuous access evaluation: they keep working like the other apps until their token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest is not affected here: their home organization has to sign them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is synced from on-premises Active Directory: it stays usable on-premises until it is blocked there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
