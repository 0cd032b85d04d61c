<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="yo">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/ops/about.py" line="89" />
        <location filename="../../ui/ops/about.py" line="90" />
        <source>About AccessPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="93" />
        <source>About, getting started and licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="96" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="97" />
        <source>Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="98" />
        <source>Licences</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="32" />
        <source>Add a user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="35" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="37" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="41" />
        <source>Signs in with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="42" />
        <source>PIN (6+ digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="43" />
        <source>Password (10+ characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="47" />
        <source>First PIN or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="49" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="50" />
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="51" />
        <source>Signs in &amp;with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="52" />
        <source>First &amp;PIN or password:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="47" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="53" />
        <source>Items that need attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="55" />
        <source>Nothing needs attention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="58" />
        <source>Why this needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>This hub's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Council server's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="64" />
        <source>Both versions, field by field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="68" />
        <source>&amp;Keep this hub's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="69" />
        <source>Keep this hub's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="70" />
        <source>&amp;Take the council's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="71" />
        <source>Take the council server's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="72" />
        <source>&amp;Resend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="73" />
        <source>Send it again (after fixing the record)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="74" />
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="75" />
        <source>Dismiss: seen and dealt with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="100" />
        <source>{status}: {kind} {record}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="106" />
        <source>Needs attention: {count}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="26" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="27" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="28" />
        <source>Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="29" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="30" />
        <source>Member type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="31" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="48" />
        <source>Hours by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="49" />
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="50" />
        <source>Show the time audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="51" />
        <source>Save as CS&amp;V…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="52" />
        <source>Save the time audit as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="55" />
        <source>Time audit summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="57" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="58" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="59" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="63" />
        <source>Time audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>T&amp;o</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="70" />
        <source>&amp;By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="96" />
        <source>{0} given by {1} active members; {2} new members joined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="108" />
        <source>Save time audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="109" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="116" />
        <source>Saved {0}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/security/audit_view.py" line="38" />
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>Who</source>
        <translation>Ta ni</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="39" />
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="44" />
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="45" />
        <source>Any action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="49" />
        <source>Kind of record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="50" />
        <source>person, enquiry, user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="53" />
        <source>Record id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="58" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="61" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="62" />
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="65" />
        <source>&amp;Who:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="66" />
        <source>&amp;Action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="67" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="68" />
        <source>Record &amp;id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="73" />
        <source>&amp;From / to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="78" />
        <source>Via</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="81" />
        <source>Audit events</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="92" />
        <source>Message</source>
        <translation>Ìfiránṣẹ́</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../ui/services.py" line="312" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/services.py" line="315" />
        <source>Please wait</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="227" />
        <source>Show as table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="229" />
        <source>Save as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="230" />
        <source>Save data as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="252" />
        <source>%1 chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="254" />
        <source>%1 data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="255" />
        <source>Show %1 as a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="256" />
        <source>Save %1 as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="257" />
        <source>Save the data of %1 as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="258" />
        <source>Nothing to show for these dates and hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="264" />
        <source>Legend of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="300" />
        <source>No data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="303" />
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="304" />
        <source>{axis}: {count} shown; totals {totals}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsentRenewalsView</name>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="34" />
        <source>Consents due for renewal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="38" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="39" />
        <source>Show consents lapsing within this many days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="40" />
        <source>&amp;Lapsing within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="43" />
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="44" />
        <source>All purposes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="47" />
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="49" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Renew by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="58" />
        <source>Language</source>
        <translation>Èdè</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="61" />
        <source>Consents to renew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="69" />
        <source>Choose a resident to see the wording.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="74" />
        <source>Wording to read to the resident again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="77" />
        <source>Re&amp;new: the resident agrees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="78" />
        <source>&amp;Withdraw this consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="85" />
        <source>Result</source>
        <translation>Èsì</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Keep a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Share with a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="105" />
        <source>Contact later</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="116" />
        <source>Lapsed %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="118" />
        <source>Lapses today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="119" />
        <source>Lapses in %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="129" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="138" />
        <source>No consents lapse in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="160" />
        <source> (not available in their language; this is the English wording)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="161" />
        <source>Rea&amp;d this to {name} again ({lang}){note}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="174" />
        <source>Renewed for {name} until {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="190" />
        <source>Withdrawn for {name}: nothing more is done under it from now on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/ops/crash.py" line="126" />
        <location filename="../../ui/ops/crash.py" line="146" />
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="131" />
        <source>AccessPoint ran into a problem it did not expect.

Everything you saved is safe, and the form you were filling in is kept as a draft. You can carry on working, or close AccessPoint and open it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="137" />
        <source>A report (with no names or personal details) was saved here:
{path}
If this keeps happening, send it to whoever supports your hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="140" />
        <source>Carry on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="143" />
        <source>Show the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="144" />
        <source>Close AccessPoint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/directory/detail.py" line="139" />
        <source>Service details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/detail.py" line="149" />
        <source>Choose a service to see its details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/directory/page.py" line="37" />
        <location filename="../../ui/directory/page.py" line="76" />
        <source>Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="42" />
        <source>Directory summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="43" />
        <source>&amp;Report a problem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="44" />
        <source>Report a problem with this entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="45" />
        <source>&amp;Print slip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="46" />
        <source>Print or save a slip for this service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="47" />
        <source>Add local ser&amp;vice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="48" />
        <source>Add a hub-local service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="49" />
        <source>I&amp;mport directory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="50" />
        <source>Import or refresh the directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="77" />
        <source>Find a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="78" />
        <source>Referrals to follow up</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="121" />
        <source>%n service(s) in the directory</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="123" />
        <source>%n added by this hub</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="125" />
        <source>%n not verified for over 12 months</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="128" />
        <source>%n referral(s) due a follow-up</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="130" />
        <source>The directory is empty: import your council's Open Referral feed with `accesspoint directory import`, or add a local service.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnquiriesPage</name>
    <message>
        <location filename="../../ui/enquiries/page.py" line="30" />
        <location filename="../../ui/enquiries/page.py" line="33" />
        <source>Enquiries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="35" />
        <source>Record an enquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="36" />
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="40" />
        <source>Enquiry list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="41" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnquiryDialog</name>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="91" />
        <source>Enquiry {ref}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="93" />
        <source>Enquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="96" />
        <source>Enquiry details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="99" />
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="103" />
        <source>You can read this enquiry and add notes. Changing what was recorded is for staff and coordinators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="106" />
        <source>Read only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="115" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="119" />
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="120" />
        <source>Add a note (Ctrl+Enter to add)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="122" />
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="123" />
        <source>&amp;Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="124" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="125" />
        <source>&amp;New note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="133" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="139" />
        <source>History of edits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="141" />
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="143" />
        <source>Follow-up done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="144" />
        <source>Mark the follow-up done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="145" />
        <source>Si&amp;gnpost…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="146" />
        <source>Signpost to a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="150" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="151" />
        <source>C&amp;lose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="152" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="173" />
        <source>{ref} · recorded {when} by {who} · {n} note(s), {r} edit(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="183" />
        <source>{when} · created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="185" />
        <source>no visible change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="186" />
        <source>{when} · {who} changed: {what}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnquiryListView</name>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="64" />
        <source>Reference, name or words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="65" />
        <source>Search enquiries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="68" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 31 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="71" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="75" />
        <source>Outcome filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="76" />
        <source>Any outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="80" />
        <source>Need filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="81" />
        <source>Any need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="89" />
        <source>Follow-up &amp;due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="90" />
        <source>Only follow-ups due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="93" />
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="94" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="95" />
        <source>Ou&amp;tcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="96" />
        <source>N&amp;eed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="105" />
        <source>Enquiries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="106" />
        <source>Enter opens the selected enquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="118" />
        <source>Number of enquiries shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="120" />
        <source>&amp;Open / edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="121" />
        <source>Open the selected enquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="122" />
        <source>Follow-up done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="123" />
        <source>Mark the follow-up done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="124" />
        <source>Si&amp;gnpost…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="125" />
        <source>Signpost to a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="129" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="183" />
        <source>Showing {shown} of {total}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnquiryTableModel</name>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Person</source>
        <translation>Ènìyàn</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Needs</source>
        <translation>Àwọn àìní</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Outcome</source>
        <translation>Àbájáde</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Urgency</source>
        <translation>Ìkánjú</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="53" />
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="101" />
        <source>Today {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="106" />
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="113" />
        <source>safeguarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="119" />
        <source>{date} (done)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="121" />
        <source>{date} (due)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnrolBox</name>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="25" />
        <source>Council server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="26" />
        <source>This computer is not enrolled yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="28" />
        <source>Enrolment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="31" />
        <source>Council server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="34" />
        <source>Enrolment code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="36" />
        <source>Only if the council gave you one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="37" />
        <source>Council CA bundle file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="38" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="39" />
        <source>Choose the CA bundle file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="42" />
        <source>HTTP proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="43" />
        <source>&amp;Enrol this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="44" />
        <source>Enrol this computer with the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="47" />
        <source>Enrolment result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="51" />
        <source>Server &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="52" />
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="53" />
        <source>&amp;Proxy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="61" />
        <source>CA b&amp;undle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="72" />
        <source>Enrolled with {url} as hub “{hub}”. The device key is kept in this computer's secure password store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="75" />
        <source>&amp;Enrol again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="79" />
        <source>This computer is not enrolled yet. Ask the council for an enrolment code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="90" />
        <source>Council CA bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="91" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="98" />
        <source>Enter the server address and the enrolment code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="101" />
        <source>Enrolling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EqualityForm</name>
    <message>
        <location filename="../../ui/security/equality_form.py" line="35" />
        <source>Equality monitoring (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="37" />
        <source>These questions are optional and separate from your enquiry: answering or not makes no difference to the help you get. Answers are not linked to your name or your enquiry and are only ever counted together with others'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="46" />
        <source>Not answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="48" />
        <source>Prefer not to say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="61" />
        <source>&amp;Save answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="63" />
        <source>S&amp;kip</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EqualityReportView</name>
    <message>
        <location filename="../../ui/security/page.py" line="144" />
        <source>Equality monitoring counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="145" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="148" />
        <source>Counts only; numbers under 5 are shown as &lt;5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="156" />
        <source>Responses: {n}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/security/rights.py" line="58" />
        <source>Erase this person everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="60" />
        <source>This deletes the person's details here and, after sync, at the council and at every other hub. It cannot be undone. Enquiries are kept only as anonymous counts unless you keep one below for a legal reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="66" />
        <source>Reason for erasure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="67" />
        <source>e.g. resident's request of 3 May (Art. 17)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="68" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="79" />
        <source>Keep {ref} ({day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="82" />
        <source>safeguarding duty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="84" />
        <source>Why {ref} is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="94" />
        <source>&amp;Erase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../ui/widgets/field_error.py" line="21" />
        <source>Problem with {field}</source>
        <translation>Ìṣòro pẹ̀lú {field}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="100" />
        <source>Need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="101" />
        <source>Any need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="105" />
        <source>Language spoken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="106" />
        <source>Any language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="111" />
        <source>Any age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="113" />
        <source>Resident's age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="114" />
        <source>&amp;Free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="115" />
        <source>Free of charge only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="116" />
        <source>Open no&amp;w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="117" />
        <source>Open now only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="119" />
        <source>Postcode</source>
        <translation>Kóòdù ìfìwéránṣẹ́ (postcode)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="123" />
        <source>Distance from postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>N&amp;eed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>&amp;Language:</source>
        <translation>È&amp;dè:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>A&amp;ge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>Ne&amp;ar:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/session.py" line="72" />
        <source>Welcome to AccessPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/session.py" line="73" />
        <source>This computer is not set up yet. Tell us the name of this hub and your name; you will be its coordinator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="69" />
        <location filename="../../ui/session.py" line="77" />
        <source>Hub name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/session.py" line="78" />
        <source>for example Riverside Community Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="72" />
        <location filename="../../ui/session.py" line="80" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/session.py" line="84" />
        <source>Problem</source>
        <translation>Ìṣòro</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="62" />
        <source>Set up AccessPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="63" />
        <source>This computer is not set up yet. You will be this hub's coordinator: choose a password (at least 10 characters) or a PIN (at least 6 digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="73" />
        <source>Pass&amp;word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="74" />
        <source>P&amp;IN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="76" />
        <source>Password or PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="77" />
        <source>Repeat password or PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="80" />
        <location filename="../../ui/session.py" line="87" />
        <source>&amp;Hub name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="81" />
        <location filename="../../ui/session.py" line="88" />
        <source>&amp;Your name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="82" />
        <source>Sign in with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="84" />
        <source>&amp;Password or PIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="85" />
        <source>&amp;Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="88" />
        <source>&amp;Set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="99" />
        <source>The two entries differ; type them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/session.py" line="91" />
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/session.py" line="102" />
        <source>Give the hub a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/session.py" line="104" />
        <source>Give your name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="51" />
        <source>Follow-ups due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="53" />
        <source>Follow-ups due today or overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="55" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="56" />
        <source>Open the follow-up's enquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="57" />
        <source>&amp;Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="58" />
        <source>Mark the follow-up done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/followups.py" line="96" />
        <source>%n follow-up(s) due today or overdue</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
<message><source>Anonymous</source><translation type="unfinished" /></message><message><source>due today</source><translation type="unfinished" /></message><message><source>overdue since {date}</source><translation type="unfinished" /></message></context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../ui/ops/about.py" line="30" />
        <source>Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="31" />
        <source>AccessPoint keeps a record of the people who come to your hub, what they needed and where you sent them. It works without the internet; everything is saved on this computer as you go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="34" />
        <source>When someone comes in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="35" />
        <source>1. Open Enquiries and start a new enquiry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="36" />
        <source>2. Ask if they are happy for you to keep a record. If not, leave the person out: the enquiry stays anonymous.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="38" />
        <source>3. Search for the person by name, phone or postcode before adding them, so nobody is entered twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="40" />
        <source>4. Choose what they need, then search the directory for a service and note what you did.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="42" />
        <source>5. Save. If they need a call back, set a follow-up date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="43" />
        <source>Good to know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="44" />
        <source>What you type is kept as a draft, so closing the window or a power cut does not lose it. A copy of everything is made every day in the 'backups' folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="47" />
        <source>Make the text bigger with Ctrl and +, smaller with Ctrl and -. Every button can be reached with the Tab key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="49" />
        <source>If something goes wrong, use Help → Save diagnostic report and send the file to whoever supports your hub. It contains no names or personal details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="58" />
        <source>AccessPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="66" />
        <source>Enquiries, signposting and time credits for community hubs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="79" />
        <source>AccessPoint is free software under the GNU Affero General Public Licence, version 3 or later. It includes these components:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupSessionTab</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="155" />
        <source>Session length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="157" />
        <source>Add a member to the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="161" />
        <source>Members on the sign-in sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="165" />
        <source>Lo&amp;g session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="166" />
        <source>Log the session for everyone on the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="169" />
        <source>Members on the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="171" />
        <source>&amp;Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="172" />
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="173" />
        <source>Session &amp;length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="174" />
        <source>&amp;Verified by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="175" />
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="176" />
        <source>Add &amp;member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="202" />
        <source>{0} is already on the sheet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/timebank/log_hours.py" line="224" />
        <source>%n member(s) on the sheet</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="232" />
        <source>{0}: give the time in 15-minute steps, e.g. 1h 30m.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="237" />
        <source>Add at least one member to the sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="249" />
        <source>Logged the session: {0} members, {1} in all.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeldChangesDialog</name>
    <message>
        <location filename="../../ui/sync/held_view.py" line="45" />
        <location filename="../../ui/sync/held_view.py" line="46" />
        <location filename="../../ui/sync/held_view.py" line="54" />
        <source>Changes waiting to be applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="48" />
        <source>These changes came from the council but are not applied on this computer yet. They are kept, not lost, and applied at a later sync once what holds them back is sorted (usually a change made here that has not been sent yet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="52" />
        <source>What these changes are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Why it waits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="74" />
        <source>Showing the oldest {shown} of {total}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="77" />
        <source>How many are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="81" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/app.py" line="114" />
        <location filename="../../ui/ops/help_menu.py" line="78" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="83" />
        <source>&amp;Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="88" />
        <source>Save &amp;diagnostic report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="91" />
        <source>&amp;About AccessPoint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/security/lock.py" line="94" />
        <source>AccessPoint is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="96" />
        <source>Sign in to carry on, or choose another name to switch user.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="44" />
        <location filename="../../ui/directory/import_dialog.py" line="45" />
        <source>Import the service directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="46" />
        <source>An Open Referral UK feed (version 3.0 or 1.0): the council's API address, a .json file or a folder of pages. Services that have gone from the same feed are retired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="51" />
        <source>Feed address, file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="53" />
        <source>&amp;Feed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="55" />
        <source>F&amp;ile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="56" />
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="57" />
        <source>F&amp;older…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="58" />
        <source>Choose a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="60" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="65" />
        <source>Import status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="66" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="67" />
        <source>Start the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="69" />
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="70" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="95" />
        <source>ORUK file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="96" />
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="101" />
        <source>Folder of ORUK pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="117" />
        <source>Reading the feed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="153" />
        <source>Done: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="156" />
        <source>{n} services were last verified more than 12 months ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="159" />
        <source>{n} warnings, e.g.: {first}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="162" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="168" />
        <source>Cancelled. The directory was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="170" />
        <source>The import stopped and the directory was not changed: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="176" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="92" />
        <source>Who</source>
        <translation>Ta ni</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="94" />
        <source>&amp;Who? Find the person:</source>
        <translation>&amp;Ta ni? Wá ènìyàn náà:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="97" />
        <source>Person chosen</source>
        <translation>Ènìyàn tí a yàn</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="100" />
        <source>Chan&amp;ge person</source>
        <translation>&amp;Yí ènìyàn padà</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="101" />
        <source>Change person</source>
        <translation>Yí ènìyàn padà</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="102" />
        <source>New &amp;person…</source>
        <translation>Ènìyàn tu&amp;ntun…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="103" />
        <source>New person</source>
        <translation>Ènìyàn tuntun</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="105" />
        <source>Add someone who is not found; you are warned about likely duplicates first</source>
        <translation>Fi ẹni tí a kò rí kún un; a ó kọ́kọ́ kìlọ̀ fún ọ bí ó bá jọ pé ẹni náà ti wà tẹ́lẹ̀</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="106" />
        <source>&amp;Anonymous</source>
        <translation>&amp;Láìsí orúkọ</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="107" />
        <source>Anonymous enquiry</source>
        <translation>Ìbéèrè láìsí orúkọ</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="109" />
        <source>No name is recorded; the resident gets a reference number instead</source>
        <translation>A kò kọ orúkọ sílẹ̀; olùgbé náà yóò gba nọ́mbà ìtọ́kasí dípò rẹ̀</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="122" />
        <source>person</source>
        <translation>ènìyàn</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="127" />
        <source>What they need</source>
        <translation>Ohun tí wọ́n nílò</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="129" />
        <source>Channel</source>
        <translation>Ọ̀nà ìkànsí</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="133" />
        <source>Description</source>
        <translation>Àpèjúwe</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="134" />
        <source>What happened, in their words</source>
        <translation>Ohun tó ṣẹlẹ̀, ní ọ̀rọ̀ ẹnu wọn</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="137" />
        <source>C&amp;hannel:</source>
        <translation>Ọ̀nà ì&amp;kànsí:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="138" />
        <source>channel</source>
        <translation>ọ̀nà ìkànsí</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="139" />
        <source>&amp;Needs:</source>
        <translation>À&amp;wọn àìní:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="140" />
        <source>needs</source>
        <translation>àwọn àìní</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="141" />
        <source>&amp;Description:</source>
        <translation>À&amp;pèjúwe:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="142" />
        <source>description</source>
        <translation>àpèjúwe</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="147" />
        <source>How to help</source>
        <translation>Bí a ṣe lè ṣèrànwọ́</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="149" />
        <source>Preferred language</source>
        <translation>Èdè tí wọ́n fẹ́ràn</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="150" />
        <source>&amp;Interpreter needed</source>
        <translation>A nílò ògbu&amp;fọ̀</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="151" />
        <source>Interpreter needed</source>
        <translation>A nílò ògbufọ̀</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="153" />
        <source>Accessibility needs</source>
        <translation>Àwọn àìní ìráàyè (accessibility)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="154" />
        <source>for example large print, wheelchair access</source>
        <translation>fún àpẹẹrẹ, ìkọ̀wé ńlá, ọ̀nà ìwọlé fún àga oníkẹ̀kẹ́ (wheelchair)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="159" />
        <source>&amp;Language:</source>
        <translation>È&amp;dè:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="160" />
        <source>Acc&amp;essibility:</source>
        <translation>Ìráàyè (&amp;accessibility):</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="161" />
        <source>accessibility needs</source>
        <translation>àwọn àìní ìráàyè (accessibility)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="165" />
        <source>Consent (read the words out)</source>
        <translation>Ìyọ̀ǹda (ka ọ̀rọ̀ náà sókè fún wọn)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="169" />
        <source>Consent to &amp;record</source>
        <translation>Ìyọ̀ǹda láti ṣe àkọsílẹ̀ (&amp;record)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="170" />
        <source>Consent to &amp;share for a referral</source>
        <translation>Ìyọ̀ǹda láti pín àlàyé fún ìtọ́kasí (&amp;share)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="171" />
        <source>Consent to be &amp;contacted for follow-up</source>
        <translation>Ìyọ̀ǹda láti kàn sí wọn fún ìtẹ̀lé (&amp;contact)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="178" />
        <source>Wording for {purpose}</source>
        <translation>Ọ̀rọ̀ fún: {purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="188" />
        <source>Urgency and what happens next</source>
        <translation>Ìkánjú àti ohun tí yóò ṣẹlẹ̀ tẹ̀lé e</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="190" />
        <source>Urgency</source>
        <translation>Ìkánjú</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="191" />
        <source>Sa&amp;feguarding concern</source>
        <translation>Àníyàn nípa ààbò (safe&amp;guarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="192" />
        <source>Safeguarding concern</source>
        <translation>Àníyàn nípa ààbò (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="197" />
        <source>&lt;b&gt;Safeguarding: do this now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ààbò (safeguarding): ṣe èyí nísinsìnyí&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="198" />
        <source>Safeguarding: do this now</source>
        <translation>Ààbò (safeguarding): ṣe èyí nísinsìnyí</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="205" />
        <source>Safeguarding guidance</source>
        <translation>Ìtọ́sọ́nà nípa ààbò (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="209" />
        <source>Outcome</source>
        <translation>Àbájáde</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="211" />
        <source>Follow-up date</source>
        <translation>Ọjọ́ tí a ó tún bá wọn sọ̀rọ̀</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="213" />
        <source>DD/MM/YYYY, or +7 for a week from today; leave empty for no follow-up</source>
        <translation>DD/MM/YYYY, tàbí +7 fún ọ̀sẹ̀ kan láti òní; fi í sílẹ̀ ní òfo bí kò bá sí ìtẹ̀lé</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="214" />
        <source>DD/MM/YYYY or +7</source>
        <translation>DD/MM/YYYY tàbí +7</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="216" />
        <source>A date as DD/MM/YYYY, or +7 for a week from today. Empty: no follow-up.</source>
        <translation>Ọjọ́ bíi DD/MM/YYYY, tàbí +7 fún ọ̀sẹ̀ kan láti òní. Tí ó bá ṣófo: kò sí ìtẹ̀lé.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="219" />
        <source>Follow-up date understood as</source>
        <translation>Ọjọ́ tí a ó tún bá wọn sọ̀rọ̀ tí a lóye</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="224" />
        <source>&amp;Urgency:</source>
        <translation>Ìkán&amp;jú:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="229" />
        <source>&amp;Outcome:</source>
        <translation>Àbájáde (&amp;outcome):</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="230" />
        <source>outcome</source>
        <translation>àbájáde</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="231" />
        <source>Follow-up da&amp;te:</source>
        <translation>Ọjọ́ tí a ó tún &amp;bá wọn sọ̀rọ̀:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="232" />
        <source>follow-up date</source>
        <translation>ọjọ́ tí a ó tún bá wọn sọ̀rọ̀</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="235" />
        <source>urgency</source>
        <translation>ìkánjú</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="301" />
        <source>Recording for: {who}</source>
        <translation>À ń kọ sílẹ̀ fún: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="328" />
        <source>(English wording: use the interpreter to explain it.)</source>
        <translation>(Ọ̀rọ̀ Gẹ̀ẹ́sì ni: jẹ́ kí ògbufọ̀ ṣàlàyé rẹ̀.)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="331" />
        <source>English: {text}</source>
        <translation>Gẹ̀ẹ́sì: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="339" />
        <source>not a date yet</source>
        <translation>kì í ṣe ọjọ́ síbẹ̀</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="135" />
        <source>Problems to fix before saving</source>
        <translation>Àwọn ìṣòro tí ó yẹ kí o yanjú kí o tó fi pamọ́</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="142" />
        <source>Save (Ctrl+S)</source>
        <translation>Fi pamọ́ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="143" />
        <source>Save enquiry</source>
        <translation>Fi ìbéèrè pamọ́</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="145" />
        <source>New enquiry (Ctrl+N)</source>
        <translation>Ìbéèrè tuntun (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="146" />
        <source>New enquiry</source>
        <translation>Ìbéèrè tuntun</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="147" />
        <source>Discard (Esc)</source>
        <translation>Jù ú nù (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="148" />
        <source>Discard this enquiry</source>
        <translation>Ju ìbéèrè yìí nù</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="151" />
        <source>E&amp;quality questions (optional)…</source>
        <translation>Ìbéèrè ìdọ́&amp;gba (kò pọn dandan)…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="152" />
        <source>Equality monitoring questions</source>
        <translation>Ìbéèrè àbójútó ìdọ́gba</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="154" />
        <source>Optional questions, asked only after the enquiry is saved; kept apart from it</source>
        <translation>Ìbéèrè tí kò pọn dandan, tí a ń béèrè lẹ́yìn tí a bá ti fi ìbéèrè rẹ pamọ́ nìkan; a tọ́jú wọn lọ́tọ̀.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="165" />
        <source>Cancel changes (Esc)</source>
        <translation>Fagi lé àwọn àyípadà (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="166" />
        <source>Cancel changes</source>
        <translation>Fagi lé àwọn àyípadà</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="193" />
        <source>Consent is recorded when the enquiry is first saved.</source>
        <translation>A ó ṣe àkọsílẹ̀ ìyọ̀ǹda nígbà tí a bá kọ́kọ́ fi ìbéèrè náà pamọ́.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="244" />
        <source>no name yet</source>
        <translation>kò tíì sí orúkọ</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="246" />
        <source>An enquiry you had not saved was kept ({what}). Restore it?</source>
        <translation>A tọ́jú ìbéèrè kan tí o kò tíì fi pamọ́ ({what}). Ṣé kí a mú un padà?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="248" />
        <source>&amp;Restore</source>
        <translation>&amp;Mú un padà</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="249" />
        <source>Dis&amp;card it</source>
        <translation>&amp;Jù ú nù</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="289" />
        <source>Saving the enquiry…</source>
        <translation>À ń fi ìbéèrè náà pamọ́…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="300" />
        <source>an anonymous resident</source>
        <translation>olùgbé kan tí kò fi orúkọ sílẹ̀</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="303" />
        <source>Saved: enquiry {ref} for {name}.</source>
        <translation>A ti fi pamọ́: ìbéèrè {ref} fún {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="317" />
        <source>Not saved: {error}. Everything you typed is kept as a draft; try again, and tell your coordinator if it keeps happening.</source>
        <translation>A kò fi pamọ́: {error}. A tọ́jú gbogbo ohun tí o tẹ̀ bí ìwé àkọ́pamọ́ (draft); gbìyànjú lẹ́ẹ̀kan sí i, kí o sì sọ fún olùṣètò rẹ bí ó bá ń ṣẹlẹ̀ léraléra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/intake.py" line="332" />
        <source>Not saved yet: %n thing(s) to fix, shown in red. Nothing you typed is lost.</source>
        <translation>
            <numerusform>A kò tíì fi pamọ́: ohun tí o gbọ́dọ̀ tún ṣe: %n, wọ́n hàn ní pupa. Kò sí ohun tí o tẹ̀ tó sọnù.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="349" />
        <source>Discard this enquiry?</source>
        <translation>Ṣé kí a ju ìbéèrè yìí nù?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="350" />
        <source>What you have typed will be deleted. Discard it?</source>
        <translation>Ohun tí o ti tẹ̀ yóò parẹ́. Ṣé kí a jù ú nù?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="8" />
        <source>Walk-in</source>
        <translation>Wọ́n wá fúnra wọn</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="9" />
        <source>Phone</source>
        <translation>Fóònù</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="10" />
        <source>Email</source>
        <translation>Í-meèlì</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="11" />
        <source>Outreach</source>
        <translation>Ìjáde sí àwùjọ (outreach)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="14" />
        <source>Routine</source>
        <translation>Kò kánjú</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="15" />
        <source>Soon (this week)</source>
        <translation>Láìpẹ́ (ọ̀sẹ̀ yìí)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="16" />
        <source>Urgent (today)</source>
        <translation>Kánjúkánjú (lónìí)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="19" />
        <source>Information given</source>
        <translation>A fún wọn ní àlàyé</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="20" />
        <source>Signposted</source>
        <translation>A júwe ibi tí wọ́n lè lọ fún wọn (signposted)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="21" />
        <source>Referred</source>
        <translation>A tọ́ wọn sí iṣẹ́ kan (referred)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="22" />
        <source>Escalated</source>
        <translation>A gbé e lọ sókè (escalated)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="23" />
        <source>No suitable service found</source>
        <translation>A kò rí iṣẹ́ tó bá a mu</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="24" />
        <source>Still open</source>
        <translation>Ó ṣì wà ní ṣíṣí</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="31" />
        <source>British Sign Language</source>
        <translation>Èdè Àmì ti Britain (British Sign Language)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="32" />
        <source>Twi</source>
        <translation>Èdè Twi</translation>
    </message>
</context>
<context>
    <name>LocalServiceDialog</name>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="33" />
        <location filename="../../ui/directory/local_dialog.py" line="34" />
        <source>Add a local service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="35" />
        <source>A service the council directory does not list yet. It is marked local and proposed to the council at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>Service name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="54" />
        <source>Description</source>
        <translation>Àpèjúwe</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="57" />
        <source>&amp;Description:</source>
        <translation>À&amp;pèjúwe:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="60" />
        <source>Helps &amp;with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="61" />
        <source>Needs</source>
        <translation>Àwọn àìní</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>&amp;Phone:</source>
        <translation>&amp;Fóònù:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>Phone</source>
        <translation>Fóònù</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>&amp;Email:</source>
        <translation>Í-&amp;meèlì:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>Email</source>
        <translation>Í-meèlì</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>Address</source>
        <translation>Àdírẹ́sì</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="65" />
        <source>Post&amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="65" />
        <source>Postcode</source>
        <translation>Kóòdù ìfìwéránṣẹ́ (postcode)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="73" />
        <source>Days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="74" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>&amp;Opens at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>Opens at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>C&amp;loses at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>Closes at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="77" />
        <source>&amp;Free of charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="79" />
        <source>Free of charge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogHoursTab</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="81" />
        <source>Member who gave the time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="83" />
        <source>Who benefited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="84" />
        <source>Another member's number, or an organisation or project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="87" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="88" />
        <source>Up and down arrows change it by 15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="89" />
        <source>&amp;Log hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="90" />
        <source>Log hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="93" />
        <source>&amp;Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="94" />
        <source>&amp;Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="95" />
        <source>&amp;Who benefited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="96" />
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="97" />
        <source>D&amp;uration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="98" />
        <source>&amp;Verified by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="99" />
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="123" />
        <source>Choose the member who gave the time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="136" />
        <source>Logged {0} for {1}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49" />
        <source>AccessPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Ctrl+1 to Ctrl+6 jump to a section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Current section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64" />
        <source>Ctrl+{n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <location filename="../../ui/main_window.py" line="75" />
        <source>Opening the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Something went wrong: {message}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="103" />
        <source>Member number or name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="70" />
        <source>Choose a member from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="73" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="76" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="77" />
        <source>Details</source>
        <translation>Àlàyé</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="80" />
        <source>Member number / card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Member type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="82" />
        <source>Interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="83" />
        <source>Available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="84" />
        <source>Hubs attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="85" />
        <source>Employment support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="94" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="95" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="96" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="97" />
        <source>Balance after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="101" />
        <source>History of earned, spent and given credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="110" />
        <source>Upcoming opportunities for this member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="115" />
        <source>&amp;Print statement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="116" />
        <location filename="../../ui/timebank/members_view.py" line="273" />
        <source>Print statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="117" />
        <source>&amp;Log hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="118" />
        <source>Log hours for this member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="119" />
        <source>&amp;Redeem a reward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="120" />
        <source>Redeem a reward for this member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="121" />
        <source>&amp;Correct selected entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="123" />
        <source>Correct the selected history entry with a reversing entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="126" />
        <source>Print car&amp;d…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="127" />
        <source>Print member card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="129" />
        <source>&amp;Edit member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="130" />
        <source>Edit this member's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="155" />
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="159" />
        <source>Show &amp;older entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="160" />
        <source>Show older history entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="170" />
        <source>&amp;Upcoming opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="188" />
        <source>Balance: {0} ({1} minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="193" />
        <source>Youth Privilege Card {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="194" />
        <source>(none recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="202" />
        <source>Another hub ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="204" />
        <source>Yes: training, mentoring, placements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="205" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="235" />
        <source>Choose the entry to correct in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="239" />
        <source>Correct an entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="240" />
        <source>Why is “{0}” ({1}) being corrected?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="249" />
        <source>Corrected: a reversing entry was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="276" />
        <source>Statement sent to the printer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="288" />
        <source>Member number or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="289" />
        <source>Find a member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="292" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="293" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="294" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="295" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="302" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="315" />
        <source>&amp;New member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="316" />
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="322" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/people/merge.py" line="40" />
        <source>Merge two records</source>
        <translation>Da àkọsílẹ̀ méjì pọ̀</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="41" />
        <source>Find the other record of {name}:</source>
        <translation>Wá àkọsílẹ̀ kejì ti {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>First name(s)</source>
        <translation>Orúkọ àkọ́kọ́</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>Family name</source>
        <translation>Orúkọ ìdílé</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Date of birth</source>
        <translation>Ọjọ́ ìbí</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Phone</source>
        <translation>Fóònù</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Email</source>
        <translation>Í-meèlì</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Postcode</source>
        <translation>Kóòdù ìfìwéránṣẹ́ (postcode)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Address</source>
        <translation>Àdírẹ́sì</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Language</source>
        <translation>Èdè</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="59" />
        <source>Problem</source>
        <translation>Ìṣòro</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="64" />
        <source>&amp;Merge into the kept record</source>
        <translation>&amp;Dà á pọ̀ mọ́ àkọsílẹ̀ tí a ń tọ́jú</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="65" />
        <source>Merge into the kept record</source>
        <translation>Dà á pọ̀ mọ́ àkọsílẹ̀ tí a ń tọ́jú</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="79" />
        <source>That is the same record; choose the other one.</source>
        <translation>Àkọsílẹ̀ kan náà nìyẹn; yan èkejì.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Kept</source>
        <translation>Èyí tí a ń tọ́jú</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Merged into it (then hidden)</source>
        <translation>A dà á pọ̀ mọ́ ọn (kò ní hàn mọ́ lẹ́yìn náà)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="99" />
        <source>Check these are the same person. Their enquiries and consent records will all be kept under the left-hand record; empty details are filled from the right.</source>
        <translation>Rí i dájú pé ẹni kan náà ni wọ́n. Gbogbo ìbéèrè wọn àti àkọsílẹ̀ ìyọ̀ǹda wọn ni a ó tọ́jú sábẹ́ àkọsílẹ̀ ti ọwọ́ òsì; a ó fi ti ọwọ́ ọ̀tún kún àwọn àlàyé tó ṣófo.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="148" />
        <source>Monthly hub report: {hub}, {month}</source>
        <translation type="unfinished" />
    </message>
<message><source>Active time bank members</source><translation type="unfinished" /></message><message><source>Enquiries</source><translation type="unfinished" /></message><message><source>Figures are this hub's own records and are not suppressed: do not publish this report. Use Open data for anything public.</source><translation type="unfinished" /></message><message><source>Follow-ups overdue today</source><translation type="unfinished" /></message><message><source>Key figures</source><translation type="unfinished" /></message><message><source>Monthly hub report: {hub}</source><translation type="unfinished" /></message><message><source>New time bank members</source><translation type="unfinished" /></message><message><source>Referred</source><translation>A tọ́ wọn sí iṣẹ́ kan (referred)</translation></message><message><source>Signposted</source><translation>A júwe ibi tí wọ́n lè lọ fún wọn (signposted)</translation></message><message><source>Time bank hours given</source><translation type="unfinished" /></message><message><source>Unmet needs (no suitable service)</source><translation type="unfinished" /></message><message><source>{month} ({first} to {last}). Produced by AccessPoint on {today}.</source><translation type="unfinished" /></message></context>
<context>
    <name>Needs</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="14" />
        <source>Benefits and Universal Credit</source>
        <translation>Owó ìrànlọ́wọ́ ìjọba (benefits) àti Universal Credit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="15" />
        <source>Council Tax</source>
        <translation>Owó orí ìjọba ìbílẹ̀ (Council Tax)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="16" />
        <source>Housing and repairs</source>
        <translation>Ilé gbígbé àti àtúnṣe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="17" />
        <source>Homelessness or risk of it</source>
        <translation>Àìnílé tàbí ewu àìnílé</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="18" />
        <source>Debt and money</source>
        <translation>Gbèsè àti owó</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="19" />
        <source>Jobs, training and skills</source>
        <translation>Iṣẹ́, ìdánilẹ́kọ̀ọ́ àti ọgbọ́n iṣẹ́</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="20" />
        <source>Food</source>
        <translation>Oúnjẹ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="21" />
        <source>Energy and fuel bills</source>
        <translation>Owó iná mànàmáná àti gáàsì</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="22" />
        <source>Physical health</source>
        <translation>Ìlera ara</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="23" />
        <source>Mental health and wellbeing</source>
        <translation>Ìlera ọpọlọ àti àlàáfíà</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="24" />
        <source>Loneliness and social isolation</source>
        <translation>Ìdánìkanwà àti yíyà sọ́tọ̀ kúrò láwùjọ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="25" />
        <source>Children and families</source>
        <translation>Àwọn ọmọdé àti ìdílé</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="26" />
        <source>Disability and care</source>
        <translation>Ìpèníjà ara (disability) àti ìtọ́jú</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="27" />
        <source>Immigration and visas</source>
        <translation>Ìwọlé sí orílẹ̀-èdè (immigration) àti físà</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="28" />
        <source>Domestic abuse</source>
        <translation>Ìwà ipá nínú ilé (domestic abuse)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="29" />
        <source>Education and learning</source>
        <translation>Ẹ̀kọ́ àti ìmọ̀</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="30" />
        <source>Legal advice</source>
        <translation>Ìmọ̀ràn lórí òfin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="31" />
        <source>Drugs and alcohol</source>
        <translation>Oògùn olóró àti ọtí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="32" />
        <source>Older people</source>
        <translation>Àwọn àgbàlagbà</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="33" />
        <source>Digital help and access</source>
        <translation>Ìrànlọ́wọ́ lórí ẹ̀rọ ayélujára àti kọ̀ǹpútà</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="34" />
        <source>Transport</source>
        <translation>Ìrìnnà</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="35" />
        <source>Adult at risk of harm</source>
        <translation>Àgbàlagbà tó wà nínú ewu ìpalára</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="36" />
        <source>Child at risk of harm</source>
        <translation>Ọmọdé tó wà nínú ewu ìpalára</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="37" />
        <source>Volunteering and time credits</source>
        <translation>Iṣẹ́ àṣeyọ̀ǹda (volunteering) àti kírẹ́díìtì àkókò (time credits)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="38" />
        <source>Something else</source>
        <translation>Nǹkan mìíràn</translation>
    </message>
</context>
<context>
    <name>NeedsPicker</name>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="38" />
        <source>Type to filter, Enter to tick</source>
        <translation>Tẹ̀ láti ṣà á, Enter láti sàmì sí i</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="39" />
        <source>Filter needs</source>
        <translation>Ṣà àwọn àìní</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="41" />
        <source>Enter ticks the first matching need; Down arrow moves to the list</source>
        <translation>Enter máa sàmì sí àìní àkọ́kọ́ tó bá a mu; ọfà ìsàlẹ̀ (Down arrow) máa lọ sí àkójọ náà</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="60" />
        <source>Needs</source>
        <translation>Àwọn àìní</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="61" />
        <source>Space ticks or unticks a need</source>
        <translation>Space máa sàmì sí àìní kan tàbí yọ àmì rẹ̀ kúrò</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="65" />
        <source>Needs chosen</source>
        <translation>Àwọn àìní tí a yàn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="112" />
        <source>Chosen: {needs}</source>
        <translation>Ohun tí a yàn: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="113" />
        <source>No need chosen yet.</source>
        <translation>A kò tíì yan àìní kankan.</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="41" />
        <source>Edit member {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="42" />
        <source>New time-bank member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="46" />
        <source>Who</source>
        <translation>Ta ni</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="49" />
        <source>Find a person already known to the hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="50" />
        <source>Name, phone or postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="53" />
        <source>People found</source>
        <translation>Àwọn ènìyàn tí a rí</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="55" />
        <source>&amp;Already known?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="60" />
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>&amp;First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Famil&amp;y name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Family name</source>
        <translation>Orúkọ ìdílé</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of &amp;birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of birth</source>
        <translation>Ọjọ́ ìbí</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>P&amp;hone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>Phone</source>
        <translation>Fóònù</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="67" />
        <source>Post&amp;code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="67" />
        <source>Postcode</source>
        <translation>Kóòdù ìfìwéránṣẹ́ (postcode)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="72" />
        <source>Membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Adult</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Young person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="76" />
        <source>Organisation or project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="78" />
        <source>Member type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="80" />
        <source>Youth Privilege Card number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="82" />
        <source>Organisation or project name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="84" />
        <source>e.g. cooking; IT; listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="85" />
        <source>Skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="87" />
        <source>e.g. older people; environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="88" />
        <source>Interests and passions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="90" />
        <source>Availability: space ticks a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="97" />
        <source>Wants &amp;employment support (training, mentoring, placements)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="99" />
        <source>Wants employment support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="104" />
        <source>Hubs the member attends: space ticks a hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="108" />
        <source>Only staff and coordinators can change the hubs a member attends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="113" />
        <source>&amp;Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="114" />
        <source>Youth Privilege Car&amp;d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="119" />
        <source>H&amp;ubs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="124" />
        <source>The member a&amp;grees to their record being kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="243" />
        <source>Tick at least one hub the member attends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="115" />
        <source>&amp;Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="116" />
        <source>&amp;Skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="117" />
        <source>&amp;Interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="118" />
        <source>A&amp;vailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="125" />
        <source>Consent to keep a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="130" />
        <source>Save member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="131" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="161" />
        <source>Another hub ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="222" />
        <source>Using the record already kept for {0}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewOpportunityDialog</name>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="32" />
        <location filename="../../ui/timebank/opportunity_dialog.py" line="33" />
        <source>New opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="35" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="36" />
        <source>e.g. Befriender needed on Tuesdays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="38" />
        <source>Description</source>
        <translation>Àpèjúwe</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="40" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="41" />
        <source>(any)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="45" />
        <source>Skills wanted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="46" />
        <source>e.g. listening; driving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="48" />
        <source>Interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="50" />
        <source>When: space ticks a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="63" />
        <source>Training, mentoring or a &amp;placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="64" />
        <source>Employment support opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="67" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="68" />
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="69" />
        <source>&amp;Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="70" />
        <source>&amp;Skills wanted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="71" />
        <source>&amp;Interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="72" />
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="73" />
        <source>St&amp;arts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="74" />
        <source>&amp;Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="79" />
        <source>Save opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="80" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/people/new_person.py" line="65" />
        <source>New person</source>
        <translation>Ènìyàn tuntun</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>&amp;First name(s):</source>
        <translation>&amp;Orúkọ àkọ́kọ́:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>F&amp;amily name:</source>
        <translation>Orúkọ ì&amp;dílé:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Date of birth:</source>
        <translation>Ọjọ́ ì&amp;bí:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Phone:</source>
        <translation>&amp;Fóònù:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>P&amp;ostcode:</source>
        <translation>Kóòdù ìfìwéránṣẹ́ (&amp;postcode):</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>&amp;Email:</source>
        <translation>Í-&amp;meèlì:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="83" />
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="94" />
        <source>Possible duplicates</source>
        <translation>Àkọsílẹ̀ tí ó lè jẹ́ ẹ̀ẹ̀mejì</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="96" />
        <source>People who may be the same</source>
        <translation>Àwọn tí ó lè jẹ́ ẹni kan náà</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="97" />
        <source>&amp;Use the selected person</source>
        <translation>&amp;Lo ènìyàn tí a yàn</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="98" />
        <source>Use the selected person</source>
        <translation>Lo ènìyàn tí a yàn</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="105" />
        <source>Problem</source>
        <translation>Ìṣòro</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="110" />
        <location filename="../../ui/people/new_person.py" line="112" />
        <location filename="../../ui/people/new_person.py" line="135" />
        <source>Add person</source>
        <translation>Fi ènìyàn kún un</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="168" />
        <source>{who} (same {why})</source>
        <translation>{who} (bákan náà: {why})</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="173" />
        <source>This may be someone already recorded. Ask them, then use their record or, if it really is someone new, press “Add as a new person”.</source>
        <translation>Ó ṣeé ṣe kí ẹni yìí ti wà nínú àkọsílẹ̀. Bi wọ́n léèrè, lẹ́yìn náà lo àkọsílẹ̀ wọn tàbí, bí ó bá jẹ́ ẹni tuntun lóòótọ́, tẹ “Fi kún un bí ènìyàn tuntun”.</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="176" />
        <source>Add as a new person</source>
        <translation>Fi kún un bí ènìyàn tuntun</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="196" />
        <source>Could not add the person: {error}</source>
        <translation>A kò lè fi ẹni náà kún un: {error}</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="36" />
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="37" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="38" />
        <source>Skills wanted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="39" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Employment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="44" />
        <source>Open opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="46" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="47" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="48" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="52" />
        <source>Members ranked for this opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="61" />
        <source>&amp;New opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="62" />
        <source>Post a new opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="64" />
        <source>&amp;Open member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="65" />
        <source>Open the selected member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="72" />
        <source>O&amp;pportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="80" />
        <source>Best &amp;matches (skills, interests, availability, hub)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/people/view.py" line="55" />
        <source>&amp;Find a person:</source>
        <translation>&amp;Wá ènìyàn:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="65" />
        <source>Find someone on the left to see their record.</source>
        <translation>Wá ẹnì kan ní apá òsì láti rí àkọsílẹ̀ wọn.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="67" />
        <source>Person</source>
        <translation>Ènìyàn</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="68" />
        <source>Details</source>
        <translation>Àlàyé</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>First name(s):</source>
        <translation>Orúkọ àkọ́kọ́:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>Family name:</source>
        <translation>Orúkọ ìdílé:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Date of birth:</source>
        <translation>Ọjọ́ ìbí:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Phone:</source>
        <translation>Fóònù:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Email:</source>
        <translation>Í-meèlì:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Postcode:</source>
        <translation>Kóòdù ìfìwéránṣẹ́ (postcode):</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Address:</source>
        <translation>Àdírẹ́sì:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Language code:</source>
        <translation>Kóòdù èdè:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="77" />
        <source>Accessibility needs:</source>
        <translation>Àwọn àìní ìráàyè (accessibility):</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="88" />
        <location filename="../../ui/people/view.py" line="89" />
        <source>Interpreter needed</source>
        <translation>A nílò ògbufọ̀</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="91" />
        <source>&amp;Save changes</source>
        <translation>Fi àwọn àyípadà &amp;pamọ́</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="92" />
        <source>Save changes to the person</source>
        <translation>Fi àwọn àyípadà sí ẹni náà pamọ́</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="93" />
        <source>&amp;New enquiry for them</source>
        <translation>Ìbéèrè tuntun &amp;fún wọn</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="94" />
        <source>Record a new enquiry for this person</source>
        <translation>Kọ ìbéèrè tuntun sílẹ̀ fún ẹni yìí</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="95" />
        <source>&amp;Merge with another record…</source>
        <translation>Dà á pọ̀ mọ́ àkọsílẹ̀ &amp;míì…</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="96" />
        <source>Merge with another record</source>
        <translation>Dà á pọ̀ mọ́ àkọsílẹ̀ míì</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="98" />
        <source>Result</source>
        <translation>Èsì</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="106" />
        <source>Their enquiries</source>
        <translation>Àwọn ìbéèrè wọn</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="107" />
        <source>Their &amp;enquiries (Enter opens one):</source>
        <translation>Àwọn ì&amp;béèrè wọn (Enter máa ṣí ọ̀kan):</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="180" />
        <source>No enquiries yet.</source>
        <translation>Kò tíì sí ìbéèrè kankan.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="193" />
        <source>Saved.</source>
        <translation>A ti fi pamọ́.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="201" />
        <source>Not saved: fix what is shown in red.</source>
        <translation>A kò fi pamọ́: tún ohun tí ó hàn ní pupa ṣe.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="215" />
        <source>Records merged.</source>
        <translation>A ti da àwọn àkọsílẹ̀ náà pọ̀.</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="50" />
        <source>Name, phone, postcode or date of birth</source>
        <translation>Orúkọ, fóònù, kóòdù ìfìwéránṣẹ́ (postcode) tàbí ọjọ́ ìbí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="51" />
        <source>Find a person</source>
        <translation>Wá ènìyàn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="53" />
        <source>Type to search; Down arrow moves to the results, Enter picks one</source>
        <translation>Tẹ̀ láti wá; ọfà ìsàlẹ̀ (Down arrow) máa lọ sí àwọn èsì, Enter máa yan ọ̀kan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="56" />
        <source>People found</source>
        <translation>Àwọn ènìyàn tí a rí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="59" />
        <source>Search result count</source>
        <translation>Iye èsì ìwádìí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/person_search.py" line="109" />
        <source>%n person(s) found; Down arrow to choose, Enter to pick.</source>
        <translation>
            <numerusform>Àwọn ènìyàn tí a rí: %n; tẹ ọfà ìsàlẹ̀ (Down arrow) láti yàn, Enter láti mú ọ̀kan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="111" />
        <source>Nobody found. Check the spelling, or add a new person.</source>
        <translation>A kò rí ẹnikẹ́ni. Ṣàyẹ̀wò bí a ṣe kọ orúkọ náà, tàbí fi ènìyàn tuntun kún un.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/sections.py" line="67" />
        <source>The {section} section is not available yet (issue {issue}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="73" />
        <source>{section}: not available yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="84" />
        <source>Details</source>
        <translation>Àlàyé</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="124" />
        <location filename="../../ui/security/login.py" line="133" />
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="126" />
        <source>Print this recovery key now and keep it locked away, apart from this computer. If this computer's keyring is lost (a new user profile, a rebuilt PC), the key is the only way to open records that have not reached the council yet. Anyone with it and a copy of the data folder can read the records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="136" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="138" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Follow up by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Enquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="47" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="52" />
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="52" />
        <source>declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="53" />
        <source>closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="78" />
        <source>Open referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="86" />
        <source>Note about this change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="87" />
        <source>No&amp;te:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="91" />
        <source>Referrals status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="94" />
        <source>Mark s&amp;ent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="94" />
        <source>Mark see&amp;n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="95" />
        <source>A&amp;ccepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="96" />
        <source>Decl&amp;ined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="97" />
        <source>Cl&amp;ose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="99" />
        <source>Set status: {status}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="128" />
        <source>%n open referral(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="129" />
        <source>%n due a follow-up</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="28" />
        <source>Report a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="29" />
        <source>Report a problem with {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="30" />
        <source>What is wrong with “{name}”? The council will be told at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="34" />
        <source>What is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>It has closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>Phone or email is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="36" />
        <source>Address is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="37" />
        <source>Opening times are wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="38" />
        <source>Who it is for is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="39" />
        <source>Something else</source>
        <translation>Nǹkan mìíràn</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="43" />
        <source>Details</source>
        <translation>Àlàyé</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="45" />
        <source>details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="47" />
        <source>&amp;Problem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="48" />
        <source>&amp;Details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="51" />
        <source>&amp;Send report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/reports/words.py" line="24" />
        <source>Enquiries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="25" />
        <source>Signposting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="26" />
        <source>Time bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="27" />
        <source>Time audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="29" />
        <source>Enquiries by channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="30" />
        <source>Enquiries by outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="31" />
        <source>Enquiries by need (six most common)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="32" />
        <source>Unmet needs by need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="33" />
        <source>Unmet needs by area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="34" />
        <source>Top services signposted and referred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="35" />
        <source>Referral outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="36" />
        <source>Follow-ups overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="37" />
        <source>Time bank hours by activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="38" />
        <source>Active and new members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="39" />
        <source>Credits earned and spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="40" />
        <source>Time audit: who gives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="41" />
        <source>Time audit: how much each member gives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="42" />
        <source>Time audit: when time is given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="43" />
        <source>Time audit: where time is given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="45" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="46" />
        <source>ISO week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="47" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="48" />
        <source>Need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="49" />
        <source>Needs not met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="50" />
        <source>Unmet needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="51" />
        <source>All other needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="52" />
        <source>Other needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="53" />
        <source>Postcode district</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="54" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="55" />
        <source>Times used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="56" />
        <source>Signposted</source>
        <translation>A júwe ibi tí wọ́n lè lọ fún wọn (signposted)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="57" />
        <source>Referred</source>
        <translation>A tọ́ wọn sí iṣẹ́ kan (referred)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="58" />
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="59" />
        <source>Status now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="60" />
        <source>Days overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="61" />
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="62" />
        <source>Hours given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="63" />
        <source>Hours of credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="64" />
        <source>Other activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="65" />
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="66" />
        <source>Active members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="67" />
        <source>New members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="68" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="69" />
        <source>Earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="70" />
        <source>Spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="71" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="72" />
        <source>Hours given in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="73" />
        <source>Day of the week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="74" />
        <source>Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="76" />
        <source>Walk-in</source>
        <translation>Wọ́n wá fúnra wọn</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="77" />
        <source>Phone</source>
        <translation>Fóònù</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="78" />
        <source>Email</source>
        <translation>Í-meèlì</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="79" />
        <source>Outreach</source>
        <translation>Ìjáde sí àwùjọ (outreach)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="80" />
        <source>Information given</source>
        <translation>A fún wọn ní àlàyé</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="81" />
        <source>Escalated</source>
        <translation>A gbé e lọ sókè (escalated)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="82" />
        <source>No suitable service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="83" />
        <source>Still open</source>
        <translation>Ó ṣì wà ní ṣíṣí</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="84" />
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="85" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="86" />
        <source>Seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="87" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="88" />
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="89" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="90" />
        <source>Adults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="91" />
        <source>Young people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="92" />
        <source>Organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="93" />
        <source>1-7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="94" />
        <source>8-14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="95" />
        <source>15-30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="96" />
        <source>Over 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="97" />
        <source>Under 5 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="98" />
        <source>5-10 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="99" />
        <source>10-20 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="100" />
        <source>20-50 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="101" />
        <source>50 h or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="102" />
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="103" />
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="104" />
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="105" />
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="106" />
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="107" />
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="108" />
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="110" />
        <source>Each enquiry once, by how the resident came.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="111" />
        <source>Each enquiry once, by its outcome now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="112" />
        <source>An enquiry with two needs counts under both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="113" />
        <source>"No suitable service found", in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="114" />
        <source>The ten districts with most unmet needs; "unknown": anonymous or no postcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="116" />
        <source>Signposting and referrals are not recorded on this device yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="118" />
        <source>The ten services used most in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="119" />
        <source>Referrals made in the period, by their status now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="120" />
        <source>The time bank is not set up on this device yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="121" />
        <source>Credits earned for time given, net of corrections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="122" />
        <source>Active: earned or spent credits in the month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="123" />
        <source>Spent: on rewards. Net of corrections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="124" />
        <source>Hours given by members of each type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="125" />
        <source>Members by the hours they gave in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="126" />
        <source>By the day the time was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="127" />
        <source>By the hub that logged the hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="140" />
        <source>Whole months, {first} to {last}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="145" />
        <source>Not done and past their date, as of {date}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="37" />
        <source>Last 4 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="38" />
        <source>Last 3 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="39" />
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="40" />
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="41" />
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="42" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="43" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="74" />
        <source>All hubs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="83" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="84" />
        <source>Monthly &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="85" />
        <source>&amp;Spreadsheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="86" />
        <source>&amp;Open data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>&amp;Range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>Fro&amp;m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="90" />
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="90" />
        <source>&amp;Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="91" />
        <source>&amp;Group by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="100" />
        <source>Dashboard status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="108" />
        <source>Refresh the dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="109" />
        <source>Save the monthly hub report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="111" />
        <source>Save every chart's data as a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="113" />
        <source>Export open data with small numbers hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="118" />
        <source>Dashboard sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="147" />
        <source>%1 charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="199" />
        <source>The start date is after the end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="219" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="231" />
        <source>Reading the records… (step %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="255" />
        <source>Could not compute the dashboard: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="273" />
        <source>%1 to %2 · computed in %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="324" />
        <source>Save chart as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="325" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="330" />
        <source>Save chart data as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="331" />
        <source>CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="339" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="340" />
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="343" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Run by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="67" />
        <source>{km:.1f} km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="68" />
        <source>Phone or online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="69" />
        <source>Address confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="79" />
        <source>local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="81" />
        <source>not checked for over a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="89" />
        <source>Last verified {date}: check the details before relying on them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="90" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RewardsTab</name>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="49" />
        <source>Member spending credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="51" />
        <source>Choose a member to see their balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="52" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="54" />
        <source>Reward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="55" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="56" />
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Financial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="58" />
        <source>Non-financial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="59" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>No limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="63" />
        <source>Valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="64" />
        <source>Always</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="68" />
        <source>Rewards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="76" />
        <source>&amp;Redeem for this member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="77" />
        <source>Redeem the selected reward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="82" />
        <source>Voucher code issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="86" />
        <location filename="../../ui/timebank/rewards_view.py" line="93" />
        <source>Give credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="89" />
        <source>Member receiving the gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="91" />
        <source>Credits to give</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="92" />
        <source>&amp;Give</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="95" />
        <source>T&amp;o member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="110" />
        <source>Minu&amp;tes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="118" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="96" />
        <source>&amp;Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="98" />
        <source>Convert to local currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="103" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="104" />
        <source>Minutes to convert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="106" />
        <source>Conversion rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="107" />
        <source>&amp;Convert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="108" />
        <source>Convert credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="111" />
        <source>Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="113" />
        <source>Check a voucher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="116" />
        <source>Voucher code to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="119" />
        <source>Check voucher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="122" />
        <source>Voucher check result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="125" />
        <source>Vouc&amp;her code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="132" />
        <source>&amp;Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="136" />
        <source>&amp;Voucher:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="173" />
        <source>Balance: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="175" />
        <source>{0:.2f} {1} an hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="176" />
        <source>No rate set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="181" />
        <source>Choose the member first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="191" />
        <source>Choose a reward in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="200" />
        <source>{0} redeemed: give the member voucher {1} for {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="201" />
        <source>the provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="212" />
        <source>Choose who receives the gift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="218" />
        <source>Gave {0} to {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="228" />
        <source>Converted {0}: {1:.2f} {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="244" />
        <source>{0} ({1}), member {2}, issued {3}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <location filename="../../ui/security/rights_view.py" line="33" />
        <location filename="../../ui/security/rights_view.py" line="103" />
        <source>Find the resident first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="35" />
        <source>Chosen resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="38" />
        <source>&amp;Subject access export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="39" />
        <source>&amp;Withdraw all consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="40" />
        <source>Legal &amp;hold…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="41" />
        <source>&amp;Erase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="72" />
        <source>Written: {html} and {json}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="77" />
        <source>Consent withdrawn for {n} purpose(s); nothing more is shared from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="82" />
        <source>Legal hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="83" />
        <source>Why must this record be kept?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="91" />
        <source>Not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="93" />
        <source>Legal hold placed: exempt from retention and erasure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="101" />
        <source>Erased. The erasure reaches the council at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Safeguarding</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="42" />
        <source>If anyone is in immediate danger, call 999 now.</source>
        <translation>Bí ẹnikẹ́ni bá wà nínú ewu lójú ẹsẹ̀, pe 999 nísinsìnyí.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="43" />
        <source>Do not promise to keep it secret; explain who you will tell and why.</source>
        <translation>Má ṣe ṣèlérí pé o ó pa á mọ́ ní àṣírí; ṣàlàyé ẹni tí o máa sọ fún àti ìdí rẹ̀.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="44" />
        <source>Tell the hub's safeguarding lead today, in person or by phone, and note who you told.</source>
        <translation>Sọ fún olórí ààbò (safeguarding lead) ibùdó yìí lónìí, ní ojúkojú tàbí lórí fóònù, kí o sì kọ orúkọ ẹni tí o sọ fún sílẹ̀.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="45" />
        <source>Domestic abuse: the National Domestic Abuse Helpline is 0808 2000 247 (free, 24 hours).</source>
        <translation>Ìwà ipá nínú ilé: nọ́mbà National Domestic Abuse Helpline ni 0808 2000 247 (ọ̀fẹ́, wákàtí 24).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="46" />
        <source>Children: the council's children's front door (MASH) takes referrals the same day.</source>
        <translation>Àwọn ọmọdé: ẹ̀ka ìgbàlejò ọmọdé ìjọba ìbílẹ̀ (MASH) ń gba ìtọ́kasí ní ọjọ́ kan náà.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="47" />
        <source>Never write a refuge address on a slip or in notes.</source>
        <translation>Má ṣe kọ àdírẹ́sì ibi ààbò (refuge) sórí ìwé ìtọ́kasí tàbí sínú àkọsílẹ̀ láéláé.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="181" />
        <source>Search services: words, a need, an organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="182" />
        <source>Search the directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="183" />
        <source>Results update as you type; Down arrow moves to the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="186" />
        <source>Searc&amp;h:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="192" />
        <source>Services found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="212" />
        <source>Search status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="254" />
        <source>Searched for “{right}” instead of “{wrong}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="257" />
        <source>Many services match: best name matches first; type more to narrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="261" />
        <source>No services found. If nothing suits, record it as an unmet need.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/search_panel.py" line="262" />
        <source>%n service(s) found</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="263" />
        <source> (showing the first 100)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="273" />
        <source>“{postcode}” is not a full postcode or district yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="276" />
        <source>No position is known for {postcode} or its district, so distances cannot be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="281" />
        <source>{postcode} is not in the postcode table; distances are from the centre of its sector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="283" />
        <source>{postcode} is not in the postcode table; distances are from the approximate centre of its district.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="29" />
        <source>Enquiries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="31" />
        <source>Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="33" />
        <source>Time bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="35" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="36" />
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="38" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="40" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="112" />
        <source>It could not be loaded; the log file has the details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sections.py" line="121" />
        <source>It could not be started; the log file has the details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/security/page.py" line="169" />
        <source>Security settings are for coordinators. Press Ctrl+L to lock the screen when you step away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="180" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="181" />
        <source>&amp;Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="182" />
        <source>&amp;Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="183" />
        <source>Se&amp;ttings and retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="184" />
        <source>&amp;Residents' rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="186" />
        <source>&amp;Consent renewals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="187" />
        <source>E&amp;quality</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="72" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="74" />
        <source>This hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="76" />
        <source>Hub name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="77" />
        <source>hub name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="78" />
        <source>Save &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="79" />
        <source>Save hub name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="81" />
        <source>Hub name status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="84" />
        <source>Council server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="85" />
        <source>Set up on the Sync page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="86" />
        <source>Set up on the S&amp;ync page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="87" />
        <source>Open the Sync page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="95" />
        <source>Hub &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="98" />
        <source>Council &amp;server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="100" />
        <source>Language and text size (this computer, this user)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="102" />
        <source>Language of the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="107" />
        <source>Language note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="115" />
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="116" />
        <source>Ctrl+= and Ctrl+- also change it anywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="118" />
        <source>&amp;Language:</source>
        <translation>È&amp;dè:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="120" />
        <source>&amp;Text size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="121" />
        <source>High &amp;contrast (white on black, yellow focus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="122" />
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="123" />
        <source>Ctrl+Shift+H also switches it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="127" />
        <source>Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 normal. The window's size and place are remembered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="168" />
        <source>Not set up: working offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="173" />
        <source>Only a coordinator can rename the hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="180" />
        <source>Saved.</source>
        <translation>A ti fi pamọ́.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="195" />
        <source>The new language is used the next time AccessPoint starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="197" />
        <source>* Not yet checked by a native speaker.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/security/page.py" line="44" />
        <source>Lock the screen after minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="45" />
        <source>Wrong attempts before lock-out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="46" />
        <source>Lock-out minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="47" />
        <source>Allow the &amp;command line (acts as a coordinator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="51" />
        <source>Keep enquiry details for days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="54" />
        <source>Anonymise people not seen for days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="55" />
        <source>&amp;Save settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="57" />
        <source>&amp;Run retention now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="59" />
        <source>&amp;Back up to a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="61" />
        <source>Show the reco&amp;very key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="64" />
        <source>&amp;Idle lock (minutes):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="65" />
        <source>&amp;Wrong attempts before lock-out:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="66" />
        <source>Lock-out &amp;minutes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="68" />
        <source>&amp;Enquiry details kept (days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="69" />
        <source>&amp;People not seen, anonymised after (days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="90" />
        <source>Not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="110" />
        <source>Saved.</source>
        <translation>A ti fi pamọ́.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="115" />
        <source>Retention run: {r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="118" />
        <source>Back up to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="123" />
        <source>Encrypted backup written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="131" />
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="132" />
        <source>This database is not encrypted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="166" />
        <source>Sign in to AccessPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="168" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="173" />
        <source>PIN or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="176" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="177" />
        <source>&amp;PIN or password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="180" />
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="194" />
        <source>Choose your name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignpostDialog</name>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="60" />
        <location filename="../../ui/directory/signpost_dialog.py" line="61" />
        <source>Signpost or refer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="64" />
        <source>Enquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="67" />
        <source>Services chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="68" />
        <source>Delete removes a service from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="70" />
        <source>Chosen serv&amp;ices (Enter in the results adds one):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="72" />
        <source>A&amp;dd to list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="73" />
        <source>Add the selected service to the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="74" />
        <source>Signpos&amp;t: the resident was given the details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="76" />
        <source>&amp;Refer: send their details to the service (needs consent to share)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Signpost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Refer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="86" />
        <source>Consent to share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="88" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="89" />
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="91" />
        <source>signposting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="92" />
        <source>&amp;No suitable service found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="93" />
        <source>No suitable service found: record the unmet need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="95" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="96" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="97" />
        <source>Save and &amp;print slip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="98" />
        <source>Save and print the slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="99" />
        <location filename="../../ui/directory/signpost_dialog.py" line="100" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="139" />
        <source>Enquiry {ref} · needs: {needs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="140" />
        <source>none recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="146" />
        <source>The resident has given consent to share: you may refer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="148" />
        <source>No consent to share is recorded, so you can signpost but not refer. Ask the resident and record consent on the enquiry to refer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="45" />
        <location filename="../../ui/directory/slip_print.py" line="89" />
        <location filename="../../ui/directory/slip_print.py" line="90" />
        <source>Signposting slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="92" />
        <source>Slip language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="95" />
        <source>&amp;Language:</source>
        <translation>È&amp;dè:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="97" />
        <source>Lar&amp;ge print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="98" />
        <source>Large print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="101" />
        <source>Slip language note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="103" />
        <source>Slip preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="105" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="106" />
        <source>Print the slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="107" />
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="108" />
        <source>Save the slip as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="109" />
        <location filename="../../ui/directory/slip_print.py" line="110" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="151" />
        <source>The slip wording is not translated into {language} yet; it is in English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="155" />
        <source>Save slip as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="156" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="159" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="160" />
        <source>The slip was saved to {path}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/statusbar.py" line="73" />
        <source>Signed in as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="74" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="75" />
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="77" />
        <source>Changes not yet synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="100" />
        <source>Nothing waiting to sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="101" />
        <source>Not yet synced: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="102" />
        <source>{user} at {hub}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="128" />
        <source>● Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="129" />
        <source>The council server answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="131" />
        <location filename="../../ui/statusbar.py" line="135" />
        <source>○ Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="132" />
        <source>No council server is set up; see the Sync page. Everything is saved on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="136" />
        <source>The council server cannot be reached. Carry on: changes are kept and sent when it is back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="177" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="187" />
        <source>Something went wrong: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../ui/sync/labels.py" line="8" />
        <source>Person</source>
        <translation>Ènìyàn</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="9" />
        <source>Enquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="10" />
        <source>Enquiry note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="11" />
        <source>Consent record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="12" />
        <source>Signposting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="13" />
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="14" />
        <source>Referral update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="15" />
        <source>Time-bank member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="16" />
        <source>Hours (ledger entry)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="17" />
        <source>Reward redemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="18" />
        <source>Local service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="19" />
        <source>Directory problem report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="20" />
        <source>Audit entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="24" />
        <source>Connecting to the council server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="25" />
        <source>Sending this hub's changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="26" />
        <source>Receiving changes from the council…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="27" />
        <source>Checking both sides agree…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="28" />
        <source>Sync finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="29" />
        <source>Sync stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="33" />
        <source>Changed in two places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="34" />
        <source>Refused by the council server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="35" />
        <source>Balance went below zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="42" />
        <source>This computer is not enrolled with the council server yet. Enter the server address and an enrolment code below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="45" />
        <source>The council server no longer accepts this computer (its access was revoked or has expired). Enrol it again with a new code; nothing unsynced is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="48" />
        <source>Could not reach the council server. Check the internet connection; the sync will carry on next time and nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="51" />
        <source>The council server is having problems; the sync will carry on next time and nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="54" />
        <source>This version of AccessPoint and the council server cannot talk to each other. Install the current version; nothing unsynced is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="57" />
        <source>Another sync is already running for this hub; wait for it to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="59" />
        <source>The database on this computer was busy; the sync stopped safely and will carry on next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="62" />
        <source>This computer has no secure password store, so it cannot be enrolled. Ask IT to enable the system keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="71" />
        <source>The council server's certificate could not be verified. If the council uses its own certificate authority, choose its CA bundle below.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="58" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="62" />
        <source>Last successful sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="65" />
        <source>Sync reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="68" />
        <source>Changes waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="71" />
        <source>Changes received but not applied yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="72" />
        <source>Show &amp;waiting changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="73" />
        <source>Show the changes waiting to be applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="77" />
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="78" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="82" />
        <source>Who can sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="85" />
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="86" />
        <source>Cancel the sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="89" />
        <source>Press Sync now at the end of the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="90" />
        <source>Sync progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="93" />
        <source>Sync progress bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="98" />
        <source>Sync summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="104" />
        <source>End-of-day sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="115" />
        <source>Sync in the &amp;background when online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="116" />
        <source>Sync in the background when online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="119" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="120" />
        <source>Remind me when not synced for this many days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="121" />
        <source>&amp;Remind me after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="171" />
        <source>Last successful sync: {when} ({days} days ago)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="173" />
        <source>Last successful sync: {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="175" />
        <source>Last successful sync: never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="177" />
        <source>This hub has not synced for more than {days} days. Sync today so the council has your records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="180" />
        <source>Waiting to be sent: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="184" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="195" />
        <source>Enrol this computer below to start syncing. Everything is saved on this computer meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="204" />
        <source>The last sync did not finish: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216" />
        <source>Only a coordinator can sync this computer. Everything you record is saved here and will be sent at the coordinator's next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="248" />
        <source>Cancelling at the next safe point…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="259" />
        <source>{stage} {done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="263" />
        <source>{stage} {done} so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="279" />
        <source>Enrolled as hub “{hub}”. You can sync now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="304" />
        <source>Something went wrong ({error}); the log has the details. Nothing unsynced is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="309" />
        <source>Sync cancelled. Nothing was lost; the next sync carries on from here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="313" />
        <source>The sync did not finish: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="320" />
        <source>Sent: {enquiries} enquiries, {referrals} referrals, {hours} hours (all changes: {total}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="324" />
        <source>Received: {directory} directory changes, {members} members, {balances} balances (all changes: {total}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="329" />
        <source>Needs attention: {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="332" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="335" />
        <source>Some records will be sent again at the next sync: the council server is missing them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="350" />
        <source>Wait for the sync to finish first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeBank</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="199" />
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="199" />
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="200" />
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="201" />
        <source>morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="202" />
        <source>afternoon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="203" />
        <source>evening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="206" />
        <source>Adult</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="207" />
        <source>Young person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="208" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
<message><source>Converted to local currency</source><translation type="unfinished" /></message><message><source>Correction: {0}</source><translation type="unfinished" /></message><message><source>Earned: {0} ({1})</source><translation type="unfinished" /></message><message><source>Gift from {0}</source><translation type="unfinished" /></message><message><source>Gift to {0}</source><translation type="unfinished" /></message><message><source>Opening balance brought across</source><translation type="unfinished" /></message><message><source>Spent: {0}</source><translation type="unfinished" /></message><message><source>activity</source><translation type="unfinished" /></message><message><source>attends this hub</source><translation type="unfinished" /></message><message><source>free: {0}</source><translation type="unfinished" /></message><message><source>interests: {0}</source><translation type="unfinished" /></message><message><source>reward</source><translation type="unfinished" /></message><message><source>skills: {0}</source><translation type="unfinished" /></message><message><source>wants employment support</source><translation type="unfinished" /></message></context>
<context>
    <name>TimeBankPage</name>
    <message>
        <location filename="../../ui/timebank/page.py" line="36" />
        <source>Time bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="43" />
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="44" />
        <source>Log hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="45" />
        <source>Group session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="46" />
        <source>Rewards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="47" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="48" />
        <source>Time audit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="67" />
        <source>Signs in with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="68" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="71" />
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="75" />
        <source>&amp;Add user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="76" />
        <source>Change &amp;role…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="77" />
        <source>&amp;Reset PIN…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="78" />
        <source>&amp;Deactivate / reactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="83" />
        <source>Someone who leaves is deactivated, not deleted: the records they made still name them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="108" />
        <source>Not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Change role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="139" />
        <source>Reset PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="140" />
        <source>New PIN (6+ digits):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="49" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="51" />
        <source>Date the time was given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="53" />
        <source>Verified by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="54" />
        <source>Who confirms the time was given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="56" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="57" />
        <source>Coordinator confirms more than 12 hours in a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="59" />
        <source>Confirm more than 12 hours in a day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="92" />
        <source>AccessPoint cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="163" />
        <location filename="../../ui/ops/startup.py" line="170" />
        <source>The database is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="164" />
        <source>AccessPoint's database file is damaged and there is no backup to restore. Nothing has been deleted. Please contact whoever supports your hub, and do not delete this folder:
{folder}

A report for them was saved as:
{report}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="171" />
        <source>AccessPoint's database file is damaged, so it has not been opened.

Restore the latest backup, from {when}? Anything entered after that will be missing. The damaged file is kept aside, not deleted, in case an expert can recover more from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="181" />
        <source>The backup could not be restored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="232" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="172" />
        <source>Monthly hub report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="179" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="181" />
        <source>&amp;Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="190" />
        <source>Save monthly report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="191" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="208" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="210" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="215" />
        <source>Preparing the monthly report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="221" />
        <source>CSV, every chart in one table (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="223" />
        <source>Excel workbook, a sheet per chart (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="224" />
        <source>Save the dashboard's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="242" />
        <source>Folder for the open data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="252" />
        <source>Wrote %1 open-data files to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="254" />
        <source>Writing open data…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/security/login.py" line="42" />
        <source>Problem</source>
        <translation>Ìṣòro</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="154" />
        <source>AccessPoint recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="32" />
        <source>Save the subject access export in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.app</name>
    <message>
        <location filename="../../ui/ops/opening.py" line="214" />
        <source>AccessPoint cannot start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="53" />
        <source>Save diagnostic report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="54" />
        <source>Zip files (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="62" />
        <source>Report not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="66" />
        <source>Report saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="67" />
        <source>The report was saved as:
{path}

It contains the app's logs and versions, and no names or personal details. Send it to whoever supports your hub.</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>DirectoryDetail</name><message><source>Address</source><translation>Àdírẹ́sì</translation></message><message><source>Aged {lo} and over</source><translation type="unfinished" /></message><message><source>Aged {lo} to {hi}</source><translation type="unfinished" /></message><message><source>Area</source><translation type="unfinished" /></message><message><source>Closed now</source><translation type="unfinished" /></message><message><source>Confidential: never given out or printed. Use the phone contact to arrange a visit.</source><translation type="unfinished" /></message><message><source>Contact</source><translation type="unfinished" /></message><message><source>Cost</source><translation type="unfinished" /></message><message><source>Email</source><translation>Í-meèlì</translation></message><message><source>Free</source><translation type="unfinished" /></message><message><source>Helps with</source><translation type="unfinished" /></message><message><source>How to access</source><translation type="unfinished" /></message><message><source>Hub-local service (added here, not yet in the council directory)</source><translation type="unfinished" /></message><message><source>Interpreting</source><translation type="unfinished" /></message><message><source>Languages spoken</source><translation type="unfinished" /></message><message><source>Last verified</source><translation type="unfinished" /></message><message><source>Last verified {date}: more than 12 months ago. Check the details (phone first) before relying on them.</source><translation type="unfinished" /></message><message><source>No building to visit: phone or online.</source><translation type="unfinished" /></message><message><source>Not given</source><translation type="unfinished" /></message><message><source>Not given: phone to check.</source><translation type="unfinished" /></message><message><source>Open now</source><translation type="unfinished" /></message><message><source>Opening times</source><translation type="unfinished" /></message><message><source>Run by {org}</source><translation type="unfinished" /></message><message><source>This service is no longer in the directory.</source><translation type="unfinished" /></message><message><source>Up to age {hi}</source><translation type="unfinished" /></message><message><source>Website</source><translation type="unfinished" /></message><message><source>Who it is for</source><translation type="unfinished" /></message><message><source>never</source><translation type="unfinished" /></message></context><context><name>DomainMessages</name><message><source>'{acct}' is not a ledger account.</source><translation type="unfinished" /></message><message><source>'{number}' is not a member number (letters, digits and dashes, up to 20).</source><translation type="unfinished" /></message><message><source>'{text}' is not a UK postcode (for example E1 6AN).</source><translation>'{text}' kì í ṣe kóòdù ìfìwéránṣẹ́ UK (fún àpẹẹrẹ E1 6AN).</translation></message><message><source>'{text}' is not a date (use DD/MM/YYYY).</source><translation>'{text}' kì í ṣe déètì (kọ ọ́ bí ọjọ́/oṣù/ọdún, fún àpẹẹrẹ 01/12/2026).</translation></message><message><source>'{text}' is not a date (use YYYY-MM-DD).</source><translation type="unfinished" /></message><message><source>'{text}' is not a date: write it as DD/MM/YYYY (for example 01/12/2026), or +7 for a week from today.</source><translation>'{text}' kì í ṣe déètì: kọ ọ́ bí ọjọ́/oṣù/ọdún (fún àpẹẹrẹ 01/12/2026), tàbí +7 fún ọ̀sẹ̀ kan láti òní.</translation></message><message><source>'{value}' is not a whole number of minutes.</source><translation type="unfinished" /></message><message><source>({lat}, {lon}) is not on Earth; ignored</source><translation>({lat}, {lon}) kò sí lórí ilẹ̀ ayé; a fojú fò ó</translation></message><message><source>A PIN is digits only.</source><translation type="unfinished" /></message><message><source>A PIN needs at least {min_pin} digits.</source><translation type="unfinished" /></message><message><source>A code is 2-40 lower-case letters, digits or underscores.</source><translation type="unfinished" /></message><message><source>A local change to this record has not been sent yet.</source><translation type="unfinished" /></message><message><source>A member is on the sheet twice.</source><translation type="unfinished" /></message><message><source>A member must agree to their record being kept.</source><translation type="unfinished" /></message><message><source>A password needs at least {min_password} characters (a short phrase is easy to remember).</source><translation type="unfinished" /></message><message><source>A person needs a first or family name.</source><translation>Ènìyàn gbọ́dọ̀ ní orúkọ àkọ́kọ́ tàbí orúkọ ìdílé.</translation></message><message><source>A phone number needs at least 6 digits.</source><translation>Nọ́mbà fóònù gbọ́dọ̀ ní ó kéré tán nọ́mbà 6.</translation></message><message><source>A referral shares the resident's details, so it needs their consent to share. Ask for consent and record it on the enquiry, or signpost instead.</source><translation>Ìfiránṣẹ́ máa ń pín àlàyé olùgbé, nítorí náà ó nílò ìyọ̀ǹda wọn láti pín in. Béèrè fún ìyọ̀ǹda kí o sì kọ ọ́ sí ìbéèrè náà, tàbí kí o kàn tọ́ka wọn sí iṣẹ́ náà.</translation></message><message><source>A referral that is {before} cannot become {after}.</source><translation>Ìfiránṣẹ́ tí ó jẹ́ {before} kò lè di {after}.</translation></message><message><source>A transfer needs two different accounts.</source><translation type="unfinished" /></message><message><source>A young person needs their Youth Privilege Card number.</source><translation type="unfinished" /></message><message><source>AccessPoint cannot write to its data folder ({folder}). It may be on a read-only drive or its permissions changed. Ask whoever looks after this computer to give your user write access to that folder, then start AccessPoint again.</source><translation type="unfinished" /></message><message><source>Accessibility needs: at most {limit} characters.</source><translation>Àwọn ohun tí ó nílò fún ìráyè: lẹ́tà {limit} ní púpọ̀ jù.</translation></message><message><source>Ages are between 0 and 120.</source><translation>Ọjọ́ orí wà láàárín 0 àti 120.</translation></message><message><source>An activity '{name}' ({code}) already exists.</source><translation type="unfinished" /></message><message><source>At most 100 characters.</source><translation type="unfinished" /></message><message><source>At most {max_secret} characters.</source><translation type="unfinished" /></message><message><source>Both members must be active.</source><translation type="unfinished" /></message><message><source>Cancelled: the credits were refunded.</source><translation type="unfinished" /></message><message><source>Category must be one of {categories}.</source><translation type="unfinished" /></message><message><source>Choose a password or a PIN.</source><translation type="unfinished" /></message><message><source>Choose a person or give their name.</source><translation type="unfinished" /></message><message><source>Choose an outcome.</source><translation>Yan àbájáde kan.</translation></message><message><source>Choose an urgency.</source><translation>Yan bí ó ṣe yá tó.</translation></message><message><source>Choose at least one member.</source><translation type="unfinished" /></message><message><source>Choose at least one need it helps with.</source><translation>Yan ó kéré tán àìní kan tí ó ń ṣèrànwọ́ fún.</translation></message><message><source>Choose at least one need.</source><translation>Yan ó kéré tán àìní kan.</translation></message><message><source>Choose at least one service.</source><translation>Yan ó kéré tán iṣẹ́ kan.</translation></message><message><source>Choose between 0 and {max_days} days.</source><translation type="unfinished" /></message><message><source>Choose between {low} and {high}.</source><translation type="unfinished" /></message><message><source>Choose between {min_days} and {max_days} days.</source><translation type="unfinished" /></message><message><source>Choose how the resident contacted us.</source><translation>Yan bí olùgbé ṣe kàn sí wa.</translation></message><message><source>Choose one of the answers listed.</source><translation type="unfinished" /></message><message><source>Choose one of: {purposes}.</source><translation type="unfinished" /></message><message><source>Choose signposting or referral.</source><translation>Yan ìtọ́kasí tàbí ìfiránṣẹ́.</translation></message><message><source>Choose someone else to give credits to.</source><translation type="unfinished" /></message><message><source>Choose the days it runs.</source><translation>Yan àwọn ọjọ́ tí ó ń ṣiṣẹ́.</translation></message><message><source>Choose two different people to merge.</source><translation>Yan ènìyàn méjì tí ó yàtọ̀ láti dà pọ̀.</translation></message><message><source>Choose what is wrong.</source><translation>Yan ohun tí kò tọ́.</translation></message><message><source>Consent to share needs consent to record first.</source><translation>Ìfọwọ́sí láti pín nílò ìfọwọ́sí láti kọ sílẹ̀ ní àkọ́kọ́.</translation></message><message><source>Could not be applied: {error}</source><translation type="unfinished" /></message><message><source>Date of birth is before 1900.</source><translation>Ọjọ́ ìbí wà ṣáájú 1900.</translation></message><message><source>Date of birth is in the future.</source><translation>Ọjọ́ ìbí wà lọ́jọ́ iwájú.</translation></message><message><source>Days are MO, TU, WE, TH, FR, SA, SU.</source><translation>Àwọn ọjọ́ ni MO, TU, WE, TH, FR, SA, SU.</translation></message><message><source>Find the person, add a new person, or tick Anonymous.</source><translation>Wá ènìyàn náà, fi ènìyàn tuntun kún un, tàbí fi àmì sí Láìdárúkọ.</translation></message><message><source>Give at least a first name or a family name.</source><translation>Fún wa ní ó kéré tán orúkọ àkọ́kọ́ tàbí orúkọ ìdílé.</translation></message><message><source>Give at least one way to reach it: phone, email, website or address.</source><translation>Fún wa ní ó kéré tán ọ̀nà kan láti kàn sí i: fóònù, í-meèlì, ojú òpó wẹ́ẹ̀bù tàbí àdírẹ́sì.</translation></message><message><source>Give opening and closing times such as 10:00 and 12:30.</source><translation>Fún wa ní àkókò ṣíṣí àti títì bíi 10:00 àti 12:30.</translation></message><message><source>Give the activity a name.</source><translation type="unfinished" /></message><message><source>Give the hub a name.</source><translation type="unfinished" /></message><message><source>Give the opportunity a title.</source><translation type="unfinished" /></message><message><source>Give the organisation or project's name.</source><translation type="unfinished" /></message><message><source>Give the reward a name.</source><translation type="unfinished" /></message><message><source>Give the service a name.</source><translation>Fún iṣẹ́ náà ní orúkọ.</translation></message><message><source>Give the user a name.</source><translation type="unfinished" /></message><message><source>Give your name.</source><translation type="unfinished" /></message><message><source>Import cancelled; the directory was not changed.</source><translation>A fagilé gbígbé wọlé; a kò yí ìwé àkọsílẹ̀ iṣẹ́ padà.</translation></message><message><source>It must close after it opens.</source><translation>Ó gbọ́dọ̀ tì lẹ́yìn tí ó bá ṣí.</translation></message><message><source>Member number {member_number} is used by two different members; a coordinator must renumber one of them.</source><translation type="unfinished" /></message><message><source>Member number {number} is already used.</source><translation type="unfinished" /></message><message><source>Member type must be adult, young person or organisation.</source><translation type="unfinished" /></message><message><source>Minutes must be a whole number above zero.</source><translation type="unfinished" /></message><message><source>Minutes must be above zero.</source><translation type="unfinished" /></message><message><source>No activity with id {activity_id}.</source><translation type="unfinished" /></message><message><source>No conversion rate is set up for this scheme.</source><translation type="unfinished" /></message><message><source>No enquiry with id {enquiry_id}.</source><translation>Kò sí ìbéèrè kankan tí id rẹ̀ jẹ́ {enquiry_id}.</translation></message><message><source>No ledger transfer with id {transfer_id}.</source><translation type="unfinished" /></message><message><source>No one can give more than 24 hours in a day.</source><translation type="unfinished" /></message><message><source>No opportunity with id {opportunity_id}.</source><translation type="unfinished" /></message><message><source>No person with id {person_id}.</source><translation>Kò sí ènìyàn kankan tí id rẹ̀ jẹ́ {person_id}.</translation></message><message><source>No redemption with id {redemption_id}.</source><translation type="unfinished" /></message><message><source>No referral with id {referral_id}.</source><translation>Kò sí ìfiránṣẹ́ kankan tí id rẹ̀ jẹ́ {referral_id}.</translation></message><message><source>No reward with id {reward_id}.</source><translation type="unfinished" /></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted and AccessPoint will not open it. Ask IT to enable the system keyring; on a test machine with no real residents' data you may start with --insecure-no-encryption (or ACCESSPOINT_ALLOW_PLAINTEXT=1).</source><translation type="unfinished" /></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted. Ask IT to enable the system keyring, or start with --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) for a test machine holding no real residents' data.</source><translation type="unfinished" /></message><message><source>No service with id {service_id} in the directory.</source><translation>Kò sí iṣẹ́ kankan tí id rẹ̀ jẹ́ {service_id} nínú ìwé àkọsílẹ̀ iṣẹ́.</translation></message><message><source>No service with id {sid} in the directory.</source><translation>Kò sí iṣẹ́ kankan tí id rẹ̀ jẹ́ {sid} nínú ìwé àkọsílẹ̀ iṣẹ́.</translation></message><message><source>No such legal hold.</source><translation type="unfinished" /></message><message><source>No such person (already erased?).</source><translation type="unfinished" /></message><message><source>No such user.</source><translation type="unfinished" /></message><message><source>No time-bank member with id {member_id}.</source><translation type="unfinished" /></message><message><source>No voucher with this code was issued here.</source><translation type="unfinished" /></message><message><source>Not a security setting.</source><translation type="unfinished" /></message><message><source>Not applied yet: {error}.</source><translation type="unfinished" /></message><message><source>Not enough time credits: the balance is {have}, this needs {total}.</source><translation type="unfinished" /></message><message><source>Nothing imported: {bad} of {rows} rows need fixing.</source><translation type="unfinished" /></message><message><source>One of these records was already merged; reopen it.</source><translation>A ti dà ọ̀kan nínú àwọn àkọsílẹ̀ yìí pọ̀ tẹ́lẹ̀; ṣí i lẹ́ẹ̀kan sí i.</translation></message><message><source>Only a coordinator can confirm more than 12 hours in a day.</source><translation type="unfinished" /></message><message><source>Only coordinators can do this ({action}). Ask a coordinator.</source><translation type="unfinished" /></message><message><source>Only staff and above can do this ({action}). Ask a coordinator.</source><translation type="unfinished" /></message><message><source>Only the council can release a hold it placed.</source><translation type="unfinished" /></message><message><source>Only this hub's own local services can be edited here.</source><translation>Àwọn iṣẹ́ àdúgbò ti ibùdó yìí nìkan ni a lè ṣàtúnṣe níbí.</translation></message><message><source>Only this hub's own local services can be removed here.</source><translation>Àwọn iṣẹ́ àdúgbò ti ibùdó yìí nìkan ni a lè yọ kúrò níbí.</translation></message><message><source>Only volunteers and above can do this ({action}). Ask a coordinator.</source><translation type="unfinished" /></message><message><source>Organisation accounts cannot convert credits.</source><translation type="unfinished" /></message><message><source>Retention applies to: {defaults}.</source><translation type="unfinished" /></message><message><source>Role must be one of {roles}.</source><translation type="unfinished" /></message><message><source>Say what is wrong.</source><translation>Sọ ohun tí kò tọ́.</translation></message><message><source>Say which need could not be met.</source><translation>Sọ àìní wo ni a kò lè pèsè.</translation></message><message><source>Say why (at most 500 characters).</source><translation type="unfinished" /></message><message><source>Say why the person is erased (at most 500 characters).</source><translation type="unfinished" /></message><message><source>Say why this transfer is being corrected.</source><translation type="unfinished" /></message><message><source>Signposting has no status to follow.</source><translation>Ìtọ́kasí kò ní ipò kankan láti tẹ̀lé.</translation></message><message><source>Status is one of {statuses}.</source><translation>Ipò jẹ́ ọ̀kan lára {statuses}.</translation></message><message><source>Status must be active or left.</source><translation type="unfinished" /></message><message><source>Stock cannot be negative.</source><translation type="unfinished" /></message><message><source>That PIN is too easy to guess.</source><translation type="unfinished" /></message><message><source>That PIN or password is not right. Try again.</source><translation type="unfinished" /></message><message><source>That backup's header is damaged.</source><translation type="unfinished" /></message><message><source>That file is not an AccessPoint backup.</source><translation type="unfinished" /></message><message><source>That is not a UK postcode.</source><translation>Ìyẹn kì í ṣe kóòdù ìfìwéránṣẹ́ UK.</translation></message><message><source>That is one of the most common choices; pick another.</source><translation type="unfinished" /></message><message><source>That makes {total} on one day: more than 24 hours.</source><translation type="unfinished" /></message><message><source>That makes {total} on one day: over 12 hours needs a coordinator to confirm.</source><translation type="unfinished" /></message><message><source>That person no longer exists; refresh the list.</source><translation type="unfinished" /></message><message><source>That person no longer exists; search again.</source><translation>Ènìyàn yẹn kò sí mọ́; tún wá a.</translation></message><message><source>That recovery key has a character that cannot be in one.</source><translation type="unfinished" /></message><message><source>That recovery key is not right: check each group and retype it.</source><translation type="unfinished" /></message><message><source>That user cannot sign in here; ask a coordinator.</source><translation type="unfinished" /></message><message><source>The OS keyring did not keep the database key.</source><translation type="unfinished" /></message><message><source>The OS keyring refused to store the key: {exc}</source><translation type="unfinished" /></message><message><source>The backup could not be read: it is damaged or the key is wrong.</source><translation type="unfinished" /></message><message><source>The command line is switched off for this hub. A coordinator can switch it back on in the app: Settings, Security, 'Allow the command line'.</source><translation type="unfinished" /></message><message><source>The command line's user cannot sign in to the app.</source><translation type="unfinished" /></message><message><source>The computer's disk is full, so the last change could not be saved. Everything saved before it is safe. Free some space (empty the Recycle Bin, delete large downloads), then try again; what you typed is still on the screen.</source><translation type="unfinished" /></message><message><source>The coordinator took the server's version; waiting for the part of the app that stores it.</source><translation type="unfinished" /></message><message><source>The cost must be a whole number of minutes above zero.</source><translation type="unfinished" /></message><message><source>The database file is damaged and cannot be read safely. AccessPoint can restore the latest backup; the damaged file is kept aside, not deleted.</source><translation type="unfinished" /></message><message><source>The database is busy in another program (perhaps a second copy of AccessPoint or a backup tool). Close it and try again; nothing was lost.</source><translation type="unfinished" /></message><message><source>The description is {length} characters; the limit is {limit}. Shorten it or add the rest as notes after saving.</source><translation>Àpèjúwe náà jẹ́ lẹ́tà {length}; ààlà rẹ̀ jẹ́ {limit}. Dín in kù tàbí fi èyí tó kù kún un bí àkọsílẹ̀ lẹ́yìn tí o bá fi pamọ́.</translation></message><message><source>The end date is before the start date.</source><translation type="unfinished" /></message><message><source>The follow-up date is in the past.</source><translation>Ọjọ́ àtẹ̀lé ti kọjá.</translation></message><message><source>The follow-up date is more than a year away.</source><translation>Ọjọ́ àtẹ̀lé ju ọdún kan lọ síwájú.</translation></message><message><source>The follow-up date is not a date.</source><translation>Ọjọ́ àtẹ̀lé kì í ṣe déètì.</translation></message><message><source>The header row lacks: {missing}.</source><translation type="unfinished" /></message><message><source>The maximum age is below the minimum.</source><translation>Ọjọ́ orí tí ó pọ̀ jù kéré ju èyí tí ó kéré jù lọ.</translation></message><message><source>The merged record could not be applied: {error}</source><translation type="unfinished" /></message><message><source>The name is too long ({limit} characters at most).</source><translation>Orúkọ náà gùn jù (ó pọ̀ jù ní àmì {limit}).</translation></message><message><source>The note is empty.</source><translation>Àkọsílẹ̀ náà ṣófo.</translation></message><message><source>The note is limited to {limit} characters.</source><translation>Àkọsílẹ̀ náà kò gbọdọ̀ ju àmì {limit} lọ.</translation></message><message><source>The note is {length} characters; the limit is {limit}.</source><translation>Àkọsílẹ̀ náà jẹ́ lẹ́tà {length}; ààlà rẹ̀ jẹ́ {limit}.</translation></message><message><source>The server refused it (HTTP {status}).</source><translation type="unfinished" /></message><message><source>The sheet has a header but no rows.</source><translation type="unfinished" /></message><message><source>The sheet is empty.</source><translation type="unfinished" /></message><message><source>There must always be one coordinator who can sign in.</source><translation type="unfinished" /></message><message><source>This backup is encrypted with a key this computer does not hold. Give the recovery key printed when that hub was set up (--recovery-key).</source><translation type="unfinished" /></message><message><source>This computer already has a coordinator; sign in instead.</source><translation type="unfinished" /></message><message><source>This data folder already holds real records, so demo data will not be added. Run --demo without --data-dir (it has a folder of its own) or with an empty folder.</source><translation type="unfinished" /></message><message><source>This database is encrypted and this computer's keyring has no key for it (a new user profile, or the folder was copied from elsewhere). Recover it with the printed recovery key: accesspoint security recover --data-dir FOLDER.</source><translation type="unfinished" /></message><message><source>This database is encrypted but no OS keyring is available to unlock it. Start AccessPoint in your own Windows/desktop session, or recover it with the printed recovery key (accesspoint security recover).</source><translation type="unfinished" /></message><message><source>This database was written by a newer AccessPoint (schema {have}; this version understands up to {newest}). Install the newer version; the data is untouched.</source><translation type="unfinished" /></message><message><source>This is already a correction; log the entry again instead of correcting a correction.</source><translation type="unfinished" /></message><message><source>This is not a voucher code (check for a typo).</source><translation type="unfinished" /></message><message><source>This member has left the time bank.</source><translation type="unfinished" /></message><message><source>This person is under a legal hold; release it first.</source><translation type="unfinished" /></message><message><source>This sheet was already imported ({filename}, {day}); nothing was imported again.</source><translation type="unfinished" /></message><message><source>This transfer has already been corrected.</source><translation type="unfinished" /></message><message><source>This transfer took the member's balance below zero.</source><translation type="unfinished" /></message><message><source>Too long (at most 120 characters).</source><translation type="unfinished" /></message><message><source>Too long: {length} characters, at most {limit}.</source><translation>Ó gùn jù: lẹ́tà {length}, {limit} ní púpọ̀ jù.</translation></message><message><source>Too many wrong attempts. This account is locked for about a minute; try again then or ask a coordinator.</source><translation type="unfinished" /></message><message><source>Too many wrong attempts. This account is locked for about {minutes} minutes; try again then or ask a coordinator.</source><translation type="unfinished" /></message><message><source>Unknown field '{field}'.</source><translation>Àyè tí a kò mọ̀ '{field}'.</translation></message><message><source>Unknown member field '{key}'.</source><translation type="unfinished" /></message><message><source>Unknown member type.</source><translation type="unfinished" /></message><message><source>Unknown need: {codes}.</source><translation>Àìní tí a kò mọ̀: {codes}.</translation></message><message><source>Unknown question.</source><translation type="unfinished" /></message><message><source>Unknown times {bad} (use e.g. mon_am, tue_eve).</source><translation type="unfinished" /></message><message><source>Unknown transfer kind '{kind}'.</source><translation type="unfinished" /></message><message><source>Use times such as mon_am, tue_pm, wed_eve.</source><translation type="unfinished" /></message><message><source>Valid.</source><translation type="unfinished" /></message><message><source>Waiting for the coordinator to choose between two versions.</source><translation type="unfinished" /></message><message><source>Without consent to record, the enquiry must be anonymous: remove the person or ask for consent.</source><translation>Láìsí ìfọwọ́sí láti kọ sílẹ̀, ìbéèrè náà gbọ́dọ̀ jẹ́ láìdárúkọ: yọ ènìyàn náà kúrò tàbí béèrè fún ìfọwọ́sí.</translation></message><message><source>a service must be an object, got {name}</source><translation>iṣẹ́ kan gbọ́dọ̀ jẹ́ object, {name} ni ó dé</translation></message><message><source>could not reach {url} ({reason}) after {attempt} tries</source><translation>a kò lè dé {url} ({reason}) lẹ́yìn ìgbìyànjú {attempt}</translation></message><message><source>expected a JSON object or list, got {name}</source><translation>a ń retí object tàbí àkójọ JSON, {name} ni ó dé</translation></message><message><source>expected a list</source><translation>a ń retí àkójọ (list)</translation></message><message><source>expected a list, got {name}</source><translation>a ń retí àkójọ (list), {name} ni ó dé</translation></message><message><source>expected a number, got true/false</source><translation>a ń retí nọ́mbà, true/false ni ó dé</translation></message><message><source>expected a number, got {value}</source><translation>a ń retí nọ́mbà, {value} ni ó dé</translation></message><message><source>expected a whole number, got true/false</source><translation>a ń retí odindi nọ́mbà, true/false ni ó dé</translation></message><message><source>expected a whole number, got {value}</source><translation>a ń retí odindi nọ́mbà, {value} ni ó dé</translation></message><message><source>expected an object</source><translation>a ń retí object</translation></message><message><source>expected an object, got {name}</source><translation>a ń retí object, {name} ni ó dé</translation></message><message><source>expected text, got {name}</source><translation>a ń retí ọ̀rọ̀ (text), {name} ni ó dé</translation></message><message><source>field '{field}'</source><translation type="unfinished" /></message><message><source>no .json files in {path}</source><translation>kò sí fáìlì .json kankan nínú {path}</translation></message><message><source>not UTF-8 text</source><translation>kì í ṣe ọ̀rọ̀ UTF-8</translation></message><message><source>not valid JSON at line {lineno}, column {colno} ({msg}); the file may be truncated or damaged</source><translation>JSON tí kò tọ́ ní ìlà {lineno}, òpó {colno} ({msg}); fáìlì náà lè ti gé kúrú tàbí bàjẹ́</translation></message><message><source>response larger than {limit} MB</source><translation>èsì tí ó tóbi ju {limit} MB lọ</translation></message><message><source>service {record}</source><translation type="unfinished" /></message><message><source>service {record}, field '{field}': {problem}</source><translation>iṣẹ́ {record}, pápá '{field}': {problem}</translation></message><message><source>the data folder</source><translation type="unfinished" /></message><message><source>the feed promised {expected} services but only {arrived} arrived; it looks cut short, so nothing was changed</source><translation>feed náà ṣèlérí iṣẹ́ {expected} ṣùgbọ́n {arrived} nìkan ló dé; ó dà bí ẹni pé wọ́n gé e kúrú, nítorí náà a kò yí nǹkan kan padà</translation></message><message><source>the local service record is missing or not this one</source><translation>àkọsílẹ̀ iṣẹ́ àdúgbò náà kò sí tàbí kì í ṣe èyí</translation></message><message><source>the record says it is {id}</source><translation>àkọsílẹ̀ náà sọ pé òun ni {id}</translation></message><message><source>the server answered {code} {reason} for {url}</source><translation>sáfà náà dáhùn {code} {reason} fún {url}</translation></message><message><source>the server sent something that is not JSON ({exc}); the response may be cut short</source><translation>sáfà náà fi nǹkan tí kì í ṣe JSON ránṣẹ́ ({exc}); ó lè jẹ́ pé èsì náà ti gé kúrú</translation></message><message><source>the server sent the same page again; it does not seem to support paging with ?page=</source><translation>sáfà náà tún fi ojú-ìwé kan náà ránṣẹ́; kò dà bí ẹni pé ó ń ṣe àtìlẹ́yìn fún ojú-ìwé pẹ̀lú ?page=</translation></message><message><source>the service has no id</source><translation>iṣẹ́ náà kò ní id</translation></message><message><source>the service has no name</source><translation>iṣẹ́ náà kò ní orúkọ</translation></message><message><source>this is not an ORUK service, list or page (no 'contents', 'content' or service 'id' and 'name')</source><translation>èyí kì í ṣe iṣẹ́, àkójọ tàbí ojú-ìwé ORUK (kò sí 'contents', 'content' tàbí 'id' àti 'name' iṣẹ́)</translation></message><message><source>{count} entries; kept the first {limit}</source><translation>ohun {count}; a pa àwọn {limit} àkọ́kọ́ mọ́</translation></message><message><source>{count} services appeared more than once; the last copy of each was kept.</source><translation>iṣẹ́ {count} farahàn ju ẹ̀ẹ̀kan lọ; a pa ẹ̀dà tí ó kẹ́yìn ti ọ̀kọ̀ọ̀kan mọ́.</translation></message><message><source>{day} is in the future.</source><translation type="unfinished" /></message><message><source>{day} is too long ago.</source><translation type="unfinished" /></message><message><source>{length} characters; kept the first {limit}</source><translation>àmì {length}; a pa àwọn {limit} àkọ́kọ́ mọ́</translation></message><message><source>{member_number} has left the time bank.</source><translation type="unfinished" /></message><message><source>{member_number} is an organisation account: log the hours for the people who gave the time.</source><translation type="unfinished" /></message><message><source>{name} ended on {valid_to}.</source><translation type="unfinished" /></message><message><source>{name} has no column {missing}; an ONS Postcode Directory CSV has pcds, lat and long.</source><translation>{name} kò ní òpó {missing}; CSV ONS Postcode Directory ní pcds, lat àti long.</translation></message><message><source>{name} is no longer offered.</source><translation type="unfinished" /></message><message><source>{name} is not open to this member type.</source><translation type="unfinished" /></message><message><source>{name} is offered from {valid_from}.</source><translation type="unfinished" /></message><message><source>{name} is one page of a feed of {pages} pages: its services were imported, none were retired.</source><translation>{name} jẹ́ ojú-ìwé kan nínú feed tí ó ní ojú-ìwé {pages}: a gbé àwọn iṣẹ́ rẹ̀ wọlé, a kò yọ ọ̀kankan kúrò.</translation></message><message><source>{name} is out of stock.</source><translation type="unfinished" /></message><message><source>{number} on {day}: {problem}</source><translation type="unfinished" /></message><message><source>{number}: this person is already a member.</source><translation type="unfinished" /></message><message><source>{source} does not exist</source><translation>{source} kò sí</translation></message><message><source>{text} is not a UK postcode.</source><translation>{text} kì í ṣe kóòdù ìfìwéránṣẹ́ UK.</translation></message><message><source>{where}: {problem}</source><translation type="unfinished" /></message></context><context><name>Opening</name><message><source>AccessPoint could not open its database ({error}). Nothing has been changed. Close other programs that may be using the data folder and start AccessPoint again; if it keeps happening, send the diagnostic report (Help menu) to whoever supports your hub.</source><translation type="unfinished" /></message><message><source>Preparing the demo data…</source><translation type="unfinished" /></message></context></TS>