<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>rc::BrowserSignIn</name>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>The browser sign-in did not finish within %n minute. Start the sign-in again.</numerusform>
            <numerusform>The browser sign-in did not finish within %n minutes. Start the sign-in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n second(s). Start the sign-in again.</source>
        <translation>
            <numerusform>The browser sign-in did not finish within %n second. Start the sign-in again.</numerusform>
            <numerusform>The browser sign-in did not finish within %n seconds. Start the sign-in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkResults</name>
    <message numerus="yes">
        <source>%n people would be signed out</source>
        <translation>
            <numerusform>%n person would be signed out</numerusform>
            <numerusform>%n people would be signed out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold admin roles</source>
        <translation>
            <numerusform>%n of them holds an admin role</numerusform>
            <numerusform>%n of them hold admin roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are disabled</source>
        <translation>
            <numerusform>%n of them is disabled</numerusform>
            <numerusform>%n of them are disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have roles that could not be read</source>
        <translation>
            <numerusform>%n of them has roles that could not be read</numerusform>
            <numerusform>%n of them have roles that could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guests skipped</source>
        <translation>
            <numerusform>%n guest skipped</numerusform>
            <numerusform>%n guests skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid names</source>
        <translation>
            <numerusform>%n invalid name</numerusform>
            <numerusform>%n invalid names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates merged</source>
        <translation>
            <numerusform>%n duplicate merged</numerusform>
            <numerusform>%n duplicates merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted for this sign-in</source>
        <translation>
            <numerusform>%n not permitted for this sign-in</numerusform>
            <numerusform>%n not permitted for this sign-in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::BulkScheduler</name>
    <message numerus="yes">
        <source>Microsoft 365 asked to wait %n s before the next request, longer than this run waits. Run the same command again later: it resumes where it stopped.</source>
        <translation>
            <numerusform>Microsoft 365 asked to wait %n s before the next request, longer than this run waits. Run the same command again later: it resumes where it stopped.</numerusform>
            <numerusform>Microsoft 365 asked to wait %n s before the next request, longer than this run waits. Run the same command again later: it resumes where it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 kept throttling for more than %n s, so the run stopped. Run the same command again later: it resumes where it stopped.</source>
        <translation>
            <numerusform>Microsoft 365 kept throttling for more than %n s, so the run stopped. Run the same command again later: it resumes where it stopped.</numerusform>
            <numerusform>Microsoft 365 kept throttling for more than %n s, so the run stopped. Run the same command again later: it resumes where it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::Containment</name>
    <message numerus="yes">
        <source>Would disable %n devices.</source>
        <translation>
            <numerusform>Would disable %n device.</numerusform>
            <numerusform>Would disable %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices disabled, and read back.</source>
        <translation>
            <numerusform>%n device disabled, and read back.</numerusform>
            <numerusform>%n devices disabled, and read back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::NetworkErrorText</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish answering within %n second(s); the request was stopped.</source>
        <translation>
            <numerusform>%1 did not finish answering within %n second; the request was stopped.</numerusform>
            <numerusform>%1 did not finish answering within %n seconds; the request was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ReadCapped</name>
    <message numerus="yes">
        <source>It is larger than %n bytes.</source>
        <translation>
            <numerusform>It is larger than %n byte.</numerusform>
            <numerusform>It is larger than %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ServiceCaller</name>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests or is unavailable, and did not recover after %n attempt(s). Try again in a few minutes.</source>
        <translation>
            <numerusform>Microsoft 365 is throttling requests or is unavailable, and did not recover after %n attempt. Try again in a few minutes.</numerusform>
            <numerusform>Microsoft 365 is throttling requests or is unavailable, and did not recover after %n attempts. Try again in a few minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::StatusMessage</name>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests, retrying in %n s.</source>
        <translation>
            <numerusform>Microsoft 365 is throttling requests, retrying in %n s.</numerusform>
            <numerusform>Microsoft 365 is throttling requests, retrying in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkReviewText</name>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid names</source>
        <translation>
            <numerusform>%n invalid name</numerusform>
            <numerusform>%n invalid names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admins</source>
        <translation>
            <numerusform>%n admin</numerusform>
            <numerusform>%n admins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with roles unknown</source>
        <translation>
            <numerusform>%n with roles unknown</numerusform>
            <numerusform>%n with roles unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n not permitted</numerusform>
            <numerusform>%n not permitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows: </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people %1?</source>
        <translation>
            <numerusform>Sign out %n person %1?</numerusform>
            <numerusform>Sign out %n people %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::cli::BulkRevokeCommand</name>
    <message numerus="yes">
        <source>Looking up %n row(s) of %1…</source>
        <translation>
            <numerusform>Looking up %n row of %1…</numerusform>
            <numerusform>Looking up %n rows of %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkCloseGuard</name>
    <message numerus="yes">
        <source>A sign-out of %n people is in progress (%1 done). Stop it and close? Requests already sent may still complete; run the same list again later to finish the rest.</source>
        <translation>
            <numerusform>A sign-out of %n person is in progress (%1 done). Stop it and close? Requests already sent may still complete; run the same list again later to finish the rest.</numerusform>
            <numerusform>A sign-out of %n people is in progress (%1 done). Stop it and close? Requests already sent may still complete; run the same list again later to finish the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkConfirmDialog</name>
    <message numerus="yes">
        <source>Sign out %n people everywhere?</source>
        <translation>
            <numerusform>Sign out %n person everywhere?</numerusform>
            <numerusform>Sign out %n people everywhere?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people from every session?</source>
        <translation>
            <numerusform>Sign out %n person from every session?</numerusform>
            <numerusform>Sign out %n people from every session?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign &amp;out %n people</source>
        <translation>
            <numerusform>Sign &amp;out %n person</numerusform>
            <numerusform>Sign &amp;out %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people from every session</source>
        <translation>
            <numerusform>Sign out %n person from every session</numerusform>
            <numerusform>Sign out %n people from every session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BulkProgressPanel</name>
    <message numerus="yes">
        <source>Microsoft 365 is throttling requests, resuming in %n s</source>
        <translation>
            <numerusform>Microsoft 365 is throttling requests, resuming in %n s</numerusform>
            <numerusform>Microsoft 365 is throttling requests, resuming in %n s</numerusform>
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
</context>
<context>
    <name>rc::ui::BulkWindow</name>
    <message numerus="yes">
        <source>Pasted list: %n rows</source>
        <translation>
            <numerusform>Pasted list: %n row</numerusform>
            <numerusform>Pasted list: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review only: nothing was sent. %n people can be signed out; check the flagged rows, then sign them out.</source>
        <translation>
            <numerusform>Review only: nothing was sent. %n person can be signed out; check the flagged rows, then sign them out.</numerusform>
            <numerusform>Review only: nothing was sent. %n people can be signed out; check the flagged rows, then sign them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign &amp;out %n people…</source>
        <translation>
            <numerusform>Sign &amp;out %n person…</numerusform>
            <numerusform>Sign &amp;out %n people…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n people</source>
        <translation>
            <numerusform>Sign out %n person</numerusform>
            <numerusform>Sign out %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryView</name>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n entry, newest first</numerusform>
            <numerusform>%n entries, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>Exported %n entry to %1</numerusform>
            <numerusform>Exported %n entries to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
