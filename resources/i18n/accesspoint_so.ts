<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="so">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/ops/about.py" line="89" />
        <location filename="../../ui/ops/about.py" line="90" />
        <source>About AccessPoint</source>
        <translation>Ku saabsan AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="93" />
        <source>About, getting started and licences</source>
        <translation>Ku saabsan, sida loo bilaabo iyo shatiyada</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="96" />
        <source>About</source>
        <translation>Ku saabsan</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="97" />
        <source>Getting started</source>
        <translation>Sida loo bilaabo</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="98" />
        <source>Licences</source>
        <translation>Shatiyada</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="32" />
        <source>Add a user</source>
        <translation>Ku dar isticmaale</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="35" />
        <source>Name</source>
        <translation>Magac</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="37" />
        <source>Role</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="41" />
        <source>Signs in with</source>
        <translation>Wuxuu ku soo galaa</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="42" />
        <source>PIN (6+ digits)</source>
        <translation>PIN (6 god ama ka badan)</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="43" />
        <source>Password (10+ characters)</source>
        <translation>Erayga sirta ah (10 xaraf ama ka badan)</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="47" />
        <source>First PIN or password</source>
        <translation>PIN-ka ama erayga sirta ah ee ugu horreeya</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="49" />
        <source>&amp;Name:</source>
        <translation>&amp;Magac:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="50" />
        <source>&amp;Role:</source>
        <translation>&amp;Door:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="51" />
        <source>Signs in &amp;with:</source>
        <translation>Wuxuu ku soo &amp;galaa:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="52" />
        <source>First &amp;PIN or password:</source>
        <translation>PIN-ka ama erayga sirta ah ee ugu &amp;horreeya:</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="47" />
        <source>Needs attention</source>
        <translation>Wuxuu u baahan yahay fiiro gaar ah</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="53" />
        <source>Items that need attention</source>
        <translation>Waxyaabaha u baahan fiiro gaar ah</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="55" />
        <source>Nothing needs attention.</source>
        <translation>Waxba uma baahna fiiro gaar ah.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="58" />
        <source>Why this needs attention</source>
        <translation>Sababta ay tani ugu baahan tahay fiiro gaar ah</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Field</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>This hub's version</source>
        <translation>Nooca xaruntan</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Council server's version</source>
        <translation>Nooca seerfarka golaha degmada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="64" />
        <source>Both versions, field by field</source>
        <translation>Labada nooc, qayb qayb</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="68" />
        <source>&amp;Keep this hub's version</source>
        <translation>&amp;Hay nooca xaruntan</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="69" />
        <source>Keep this hub's version</source>
        <translation>Hay nooca xaruntan</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="70" />
        <source>&amp;Take the council's version</source>
        <translation>&amp;Qaado nooca golaha degmada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="71" />
        <source>Take the council server's version</source>
        <translation>Qaado nooca seerfarka golaha degmada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="72" />
        <source>&amp;Resend</source>
        <translation>&amp;Mar kale dir</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="73" />
        <source>Send it again (after fixing the record)</source>
        <translation>Mar kale dir (kadib markaad saxdo diiwaanka)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="74" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Xal loo helay</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="75" />
        <source>Dismiss: seen and dealt with</source>
        <translation>Xal loo helay: waa la arkay waana la qabtay</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="100" />
        <source>{status}: {kind} {record}</source>
        <translation>{status}: {kind} {record}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="106" />
        <source>Needs attention: {count}</source>
        <translation>U baahan fiiro gaar ah: {count}</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="26" />
        <source>Activity</source>
        <translation>Hawl</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="27" />
        <source>Project</source>
        <translation>Mashruuc</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="28" />
        <source>Hub</source>
        <translation>Xarun</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="29" />
        <source>Month</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="30" />
        <source>Member type</source>
        <translation>Nooca xubinta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="31" />
        <source>Member</source>
        <translation>Xubin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>From</source>
        <translation>Laga bilaabo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>To</source>
        <translation>Ilaa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="48" />
        <source>Hours by</source>
        <translation>Saacadaha iyadoo loo eegayo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="49" />
        <source>&amp;Show</source>
        <translation>&amp;Muuji</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="50" />
        <source>Show the time audit</source>
        <translation>Muuji hubinta waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="51" />
        <source>Save as CS&amp;V…</source>
        <translation>U kaydi sida CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="52" />
        <source>Save the time audit as CSV</source>
        <translation>U kaydi hubinta waqtiga sida CSV</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="55" />
        <source>Time audit summary</source>
        <translation>Soo koobidda hubinta waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="57" />
        <source>Group</source>
        <translation>Koox</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="58" />
        <source>Hours</source>
        <translation>Saacadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="59" />
        <source>Members</source>
        <translation>Xubnaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="63" />
        <source>Time audit</source>
        <translation>Hubinta waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>&amp;From</source>
        <translation>&amp;Laga bilaabo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>T&amp;o</source>
        <translation>&amp;Ilaa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="70" />
        <source>&amp;By</source>
        <translation>&amp;Kala qaybi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="96" />
        <source>{0} given by {1} active members; {2} new members joined.</source>
        <translation>{0} waxaa bixiyay {1} xubnood oo firfircoon; {2} xubnood oo cusub ayaa ku biiray.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="108" />
        <source>Save time audit</source>
        <translation>Kaydi hubinta waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="109" />
        <source>CSV files (*.csv)</source>
        <translation>Faylal CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="116" />
        <source>Saved {0}.</source>
        <translation>Waa la kaydiyay {0}.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/security/audit_view.py" line="38" />
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>Who</source>
        <translation>Yaa</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="39" />
        <source>Anyone</source>
        <translation>Qof kasta</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="44" />
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Action</source>
        <translation>Ficil</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="45" />
        <source>Any action</source>
        <translation>Ficil kasta</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="49" />
        <source>Kind of record</source>
        <translation>Nooca diiwaanka</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="50" />
        <source>person, enquiry, user…</source>
        <translation>qof, codsi, isticmaale…</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="53" />
        <source>Record id</source>
        <translation>Aqoonsiga diiwaanka</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="58" />
        <source>From</source>
        <translation>Laga bilaabo</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="61" />
        <source>To</source>
        <translation>Ilaa</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="62" />
        <source>&amp;Show</source>
        <translation>&amp;Muuji</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="65" />
        <source>&amp;Who:</source>
        <translation>&amp;Yaa:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="66" />
        <source>&amp;Action:</source>
        <translation>&amp;Ficil:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="67" />
        <source>&amp;Kind:</source>
        <translation>&amp;Nooc:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="68" />
        <source>Record &amp;id:</source>
        <translation>&amp;Aqoonsiga diiwaanka:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="73" />
        <source>&amp;From / to:</source>
        <translation>&amp;Ka / ilaa:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>Role</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Kind</source>
        <translation>Nooc</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Record</source>
        <translation>Diiwaan</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Detail</source>
        <translation>Faahfaahin</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="78" />
        <source>Via</source>
        <translation>Iyadoo loo marayo</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="81" />
        <source>Audit events</source>
        <translation>Dhacdooyinka hubinta</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="92" />
        <source>Message</source>
        <translation>Fariin</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../ui/services.py" line="312" />
        <source>Working…</source>
        <translation>Waa la shaqaynayaa…</translation>
    </message>
    <message>
        <location filename="../../ui/services.py" line="315" />
        <source>Please wait</source>
        <translation>Fadlan sug</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="227" />
        <source>Show as table</source>
        <translation>U muuji sida shax</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="229" />
        <source>Save as PNG…</source>
        <translation>U kaydi sida PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="230" />
        <source>Save data as CSV…</source>
        <translation>U kaydi xogta sida CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="252" />
        <source>%1 chart</source>
        <translation>Jaantus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="254" />
        <source>%1 data</source>
        <translation>Xogta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="255" />
        <source>Show %1 as a table</source>
        <translation>U muuji %1 sida shax</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="256" />
        <source>Save %1 as PNG</source>
        <translation>U kaydi %1 sida PNG</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="257" />
        <source>Save the data of %1 as CSV</source>
        <translation>U kaydi xogta %1 sida CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="258" />
        <source>Nothing to show for these dates and hub.</source>
        <translation>Waxba lama muujin karo taariikhahan iyo xaruntan.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="264" />
        <source>Legend of %1</source>
        <translation>Furaha jaantuska %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="300" />
        <source>No data.</source>
        <translation>Xog ma jirto.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="303" />
        <source>Categories</source>
        <translation>Qaybaha</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="304" />
        <source>{axis}: {count} shown; totals {totals}.</source>
        <translation>{axis}: {count} ayaa la muujiyay; wadarta {totals}.</translation>
    </message>
</context>
<context>
    <name>ConsentRenewalsView</name>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="34" />
        <source>Consents due for renewal</source>
        <translation>Ogolaanshaha loo baahan yahay in la cusboonaysiiyo</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="38" />
        <source> days</source>
        <translation> maalmood</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="39" />
        <source>Show consents lapsing within this many days</source>
        <translation>Tus ogolaanshaha dhacaya inta maalmood gudahood</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="40" />
        <source>&amp;Lapsing within:</source>
        <translation>&amp;Dhacaya muddada:</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="43" />
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Purpose</source>
        <translation>Ujeeddo</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="44" />
        <source>All purposes</source>
        <translation>Dhammaan ujeeddooyinka</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="47" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Ujeeddo:</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="49" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Cusboonaysii</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Resident</source>
        <translation>Qofka deggan</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Renew by</source>
        <translation>Cusboonaysii ka hor</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Status</source>
        <translation>Xaaladda</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="58" />
        <source>Language</source>
        <translation>Luqad</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="61" />
        <source>Consents to renew</source>
        <translation>Ogolaanshaha la cusboonaysiinayo</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="69" />
        <source>Choose a resident to see the wording.</source>
        <translation>Dooro qof deggan si aad u aragto qoraalka.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="74" />
        <source>Wording to read to the resident again</source>
        <translation>Qoraalka mar kale loo akhriyo qofka</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="77" />
        <source>Re&amp;new: the resident agrees</source>
        <translation>Cus&amp;boonaysii: qofku wuu oggol yahay</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="78" />
        <source>&amp;Withdraw this consent</source>
        <translation>&amp;Ka noqo ogolaanshahan</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="85" />
        <source>Result</source>
        <translation>Natiijo</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Keep a record</source>
        <translation>Kayd hay</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Share with a service</source>
        <translation>La wadaag adeeg</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="105" />
        <source>Contact later</source>
        <translation>La xiriir mar dambe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="116" />
        <source>Lapsed %n day(s) ago</source>
        <translation>
            <numerusform>Wuu dhacay %n maalmood ka hor</numerusform>
            <numerusform>Wuu dhacay %n maalmood ka hor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="118" />
        <source>Lapses today</source>
        <translation>Maanta ayuu dhacayaa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="119" />
        <source>Lapses in %n day(s)</source>
        <translation>
            <numerusform>Wuu dhacayaa %n maalmood gudahood</numerusform>
            <numerusform>Wuu dhacayaa %n maalmood gudahood</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="129" />
        <source>(no name)</source>
        <translation>(magac ma leh)</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="138" />
        <source>No consents lapse in this period.</source>
        <translation>Ogolaansho ma dhacayo muddadan.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="160" />
        <source> (not available in their language; this is the English wording)</source>
        <translation> (laguma hayo luqaddooda; kani waa qoraalka Ingiriisiga)</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="161" />
        <source>Rea&amp;d this to {name} again ({lang}){note}:</source>
        <translation>Mar kale u akh&amp;ri {name} ({lang}){note}:</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="174" />
        <source>Renewed for {name} until {date}.</source>
        <translation>Waa loo cusboonaysiiyey {name} ilaa {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="190" />
        <source>Withdrawn for {name}: nothing more is done under it from now on.</source>
        <translation>Waa laga noqday {name}: wax dambe laguma sameeyo hadda wixii ka dambeeya.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/ops/crash.py" line="126" />
        <location filename="../../ui/ops/crash.py" line="146" />
        <source>Something went wrong</source>
        <translation>Wax baa khaldamay</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="131" />
        <source>AccessPoint ran into a problem it did not expect.

Everything you saved is safe, and the form you were filling in is kept as a draft. You can carry on working, or close AccessPoint and open it again.</source>
        <translation>AccessPoint wuxuu la kulmay dhibaato aan la filayn.

Wax kasta oo aad kaydisay waa nabad, foomka aad buuxinaysayna waxaa loo hayaa qabyo ahaan. Shaqada waad sii wadan kartaa, ama xir AccessPoint oo mar kale fur.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="137" />
        <source>A report (with no names or personal details) was saved here:
{path}
If this keeps happening, send it to whoever supports your hub.</source>
        <translation>Warbixin (aan lahayn magacyo ama xog shakhsi ah) ayaa halkan lagu kaydiyay:
{path}
Haddii ay sii dhacdo, u dir qofka taageera xaruntaada.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="140" />
        <source>Carry on</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="143" />
        <source>Show the report</source>
        <translation>Muuji warbixinta</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="144" />
        <source>Close AccessPoint</source>
        <translation>Xir AccessPoint</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/directory/detail.py" line="139" />
        <source>Service details</source>
        <translation>Faahfaahinta adeegga</translation>
    </message>
    <message>
        <location filename="../../ui/directory/detail.py" line="149" />
        <source>Choose a service to see its details.</source>
        <translation>Dooro adeeg si aad u aragto faahfaahintiisa.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/directory/page.py" line="37" />
        <location filename="../../ui/directory/page.py" line="76" />
        <source>Directory</source>
        <translation>Tusaha adeegyada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="42" />
        <source>Directory summary</source>
        <translation>Soo koobidda tusaha</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="43" />
        <source>&amp;Report a problem…</source>
        <translation>&amp;Sheeg dhibaato…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="44" />
        <source>Report a problem with this entry</source>
        <translation>Sheeg dhibaato ku saabsan gelintan</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="45" />
        <source>&amp;Print slip…</source>
        <translation>&amp;Daabac warqadda…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="46" />
        <source>Print or save a slip for this service</source>
        <translation>Daabac ama kaydi warqad adeeggan</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="47" />
        <source>Add local ser&amp;vice…</source>
        <translation>Ku dar adeeg maxalli &amp;ah…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="48" />
        <source>Add a hub-local service</source>
        <translation>Ku dar adeeg maxalli ah oo xarunta ah</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="49" />
        <source>I&amp;mport directory…</source>
        <translation>Soo &amp;geli tusaha…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="50" />
        <source>Import or refresh the directory</source>
        <translation>Soo geli ama cusboonaysii tusaha</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="77" />
        <source>Find a service</source>
        <translation>Raadi adeeg</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="78" />
        <source>Referrals to follow up</source>
        <translation>Gudbinta u baahan la-socod</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="121" />
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>Adeegyada ku jira tusaha: %n</numerusform>
            <numerusform>Adeegyada ku jira tusaha: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="123" />
        <source>%n added by this hub</source>
        <translation>
            <numerusform>Xaruntan ayaa ku dartay: %n</numerusform>
            <numerusform>Xaruntan ayaa ku dartay: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="125" />
        <source>%n not verified for over 12 months</source>
        <translation>
            <numerusform>Aan la hubin in ka badan 12 bilood: %n</numerusform>
            <numerusform>Aan la hubin in ka badan 12 bilood: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="128" />
        <source>%n referral(s) due a follow-up</source>
        <translation>
            <numerusform>Gudbin u baahan la-socod: %n</numerusform>
            <numerusform>Gudbin u baahan la-socod: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="130" />
        <source>The directory is empty: import your council's Open Referral feed with `accesspoint directory import`, or add a local service.</source>
        <translation>Tusaha adeegyada waa madhan yahay: ku soo geli xogta Open Referral ee golahaaga degmada `accesspoint directory import`, ama ku dar adeeg maxalli ah.</translation>
    </message>
</context>
<context>
    <name>EnquiriesPage</name>
    <message>
        <location filename="../../ui/enquiries/page.py" line="30" />
        <location filename="../../ui/enquiries/page.py" line="33" />
        <source>Enquiries</source>
        <translation>Codsiyada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="35" />
        <source>Record an enquiry</source>
        <translation>Diiwaangeli codsi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="36" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="40" />
        <source>Enquiry list</source>
        <translation>Liiska codsiyada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="41" />
        <source>People</source>
        <translation>Dad</translation>
    </message>
</context>
<context>
    <name>EnquiryDialog</name>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="91" />
        <source>Enquiry {ref}</source>
        <translation>Codsi {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="93" />
        <source>Enquiry</source>
        <translation>Codsi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="96" />
        <source>Enquiry details</source>
        <translation>Faahfaahinta codsiga</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="99" />
        <source>&amp;Details</source>
        <translation>&amp;Faahfaahin</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="103" />
        <source>You can read this enquiry and add notes. Changing what was recorded is for staff and coordinators.</source>
        <translation>Waad akhrin kartaa su'aashan waadna ku dari kartaa qoraallo. Beddelidda waxa la diiwaangeliyey waxaa iska leh shaqaalaha iyo isku-duwayaasha.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="106" />
        <source>Read only</source>
        <translation>Akhris oo keliya</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="115" />
        <source>Notes</source>
        <translation>Qoraallo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="119" />
        <source>New note</source>
        <translation>Qoraal cusub</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="120" />
        <source>Add a note (Ctrl+Enter to add)</source>
        <translation>Ku dar qoraal (Ctrl+Enter si aad ugu darto)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="122" />
        <source>note</source>
        <translation>qoraal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="123" />
        <source>&amp;Add note</source>
        <translation>&amp;Ku dar qoraal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="124" />
        <source>Add note</source>
        <translation>Ku dar qoraal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="125" />
        <source>&amp;New note:</source>
        <translation>&amp;Qoraal cusub:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="133" />
        <source>&amp;Notes</source>
        <translation>Qoraa&amp;llo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="139" />
        <source>History of edits</source>
        <translation>Taariikhda wax ka beddelka</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="141" />
        <source>&amp;History</source>
        <translation>&amp;Taariikhda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="143" />
        <source>Follow-up done</source>
        <translation>La-socodka waa la dhammeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="144" />
        <source>Mark the follow-up done</source>
        <translation>Calaamadee in la-socodka la dhammeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="145" />
        <source>Si&amp;gnpost…</source>
        <translation>T&amp;ilmaan…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="146" />
        <source>Signpost to a service</source>
        <translation>U tilmaan adeeg</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="150" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation>Tilmaamiddu waxay la imaanaysaa qaybta Tusaha adeegyada; weli lama heli karo.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="151" />
        <source>C&amp;lose</source>
        <translation>&amp;Xir</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="152" />
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="173" />
        <source>{ref} · recorded {when} by {who} · {n} note(s), {r} edit(s)</source>
        <translation>{ref} · waxaa diiwaangeliyay {who} {when} · qoraallo: {n}, wax ka beddel: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="183" />
        <source>{when} · created</source>
        <translation>{when} · la sameeyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="185" />
        <source>no visible change</source>
        <translation>isbeddel la arki karo ma jiro</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="186" />
        <source>{when} · {who} changed: {what}</source>
        <translation>{when} · {who} wuxuu beddelay: {what}</translation>
    </message>
</context>
<context>
    <name>EnquiryListView</name>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="64" />
        <source>Reference, name or words</source>
        <translation>Tixraac, magac ama erayo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="65" />
        <source>Search enquiries</source>
        <translation>Raadi codsiyada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="68" />
        <source>Period</source>
        <translation>Muddo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Today</source>
        <translation>Maanta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 7 days</source>
        <translation>7-dii maalmood ee u dambeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 31 days</source>
        <translation>31-kii maalmood ee u dambeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="71" />
        <source>All</source>
        <translation>Dhammaan</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="75" />
        <source>Outcome filter</source>
        <translation>Shaandhada natiijada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="76" />
        <source>Any outcome</source>
        <translation>Natiijo kasta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="80" />
        <source>Need filter</source>
        <translation>Shaandhada baahiyaha</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="81" />
        <source>Any need</source>
        <translation>Baahi kasta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="89" />
        <source>Follow-up &amp;due</source>
        <translation>La-socodka &amp;waqtigiisa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="90" />
        <source>Only follow-ups due</source>
        <translation>La-socodka waqtigiisa la gaaray oo keliya</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="93" />
        <source>&amp;Search:</source>
        <translation>&amp;Raadi:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="94" />
        <source>&amp;Period:</source>
        <translation>&amp;Muddo:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="95" />
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Natiijo:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="96" />
        <source>N&amp;eed:</source>
        <translation>B&amp;aahi:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="105" />
        <source>Enquiries</source>
        <translation>Codsiyada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="106" />
        <source>Enter opens the selected enquiry</source>
        <translation>Enter ayaa fura codsiga la doortay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="118" />
        <source>Number of enquiries shown</source>
        <translation>Tirada codsiyada la muujiyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="120" />
        <source>&amp;Open / edit</source>
        <translation>&amp;Fur / wax ka beddel</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="121" />
        <source>Open the selected enquiry</source>
        <translation>Fur codsiga la doortay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="122" />
        <source>Follow-up done</source>
        <translation>La-socodka waa la dhammeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="123" />
        <source>Mark the follow-up done</source>
        <translation>Calaamadee in la-socodka la dhammeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="124" />
        <source>Si&amp;gnpost…</source>
        <translation>T&amp;ilmaan…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="125" />
        <source>Signpost to a service</source>
        <translation>U tilmaan adeeg</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="129" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation>Tilmaamiddu waxay la imaanaysaa qaybta Tusaha adeegyada; weli lama heli karo.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="183" />
        <source>Showing {shown} of {total}</source>
        <translation>Waxaa la muujiyay {shown} oo ka mid ah {total}</translation>
    </message>
</context>
<context>
    <name>EnquiryTableModel</name>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>Reference</source>
        <translation>Tixraac</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Person</source>
        <translation>Qof</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Needs</source>
        <translation>Baahiyo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Outcome</source>
        <translation>Natiijo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Urgency</source>
        <translation>Degdeg</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="53" />
        <source>Follow-up</source>
        <translation>La-socod</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="101" />
        <source>Today {time}</source>
        <translation>Maanta {time}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="106" />
        <source>Anonymous</source>
        <translation>Magac la'aan</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="113" />
        <source>safeguarding</source>
        <translation>ilaalinta badbaadada (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="119" />
        <source>{date} (done)</source>
        <translation>{date} (waa la dhammeeyay)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="121" />
        <source>{date} (due)</source>
        <translation>{date} (waqtigiisa)</translation>
    </message>
</context>
<context>
    <name>EnrolBox</name>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="25" />
        <source>Council server</source>
        <translation>Seerfarka golaha degmada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="26" />
        <source>This computer is not enrolled yet.</source>
        <translation>Kombiyuutarkan weli lama diiwaangelin.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="28" />
        <source>Enrolment</source>
        <translation>Diiwaangelinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="31" />
        <source>Council server address</source>
        <translation>Cinwaanka seerfarka golaha degmada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="34" />
        <source>Enrolment code</source>
        <translation>Koodhka diiwaangelinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="36" />
        <source>Only if the council gave you one</source>
        <translation>Keliya haddii golaha degmada uu ku siiyay</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="37" />
        <source>Council CA bundle file</source>
        <translation>Faylka xirmada CA ee golaha degmada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="38" />
        <source>&amp;Browse…</source>
        <translation>&amp;Baadh…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="39" />
        <source>Choose the CA bundle file</source>
        <translation>Dooro faylka xirmada CA</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="42" />
        <source>HTTP proxy</source>
        <translation>Proxy-ga HTTP</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="43" />
        <source>&amp;Enrol this computer</source>
        <translation>&amp;Diiwaangeli kombiyuutarkan</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="44" />
        <source>Enrol this computer with the code</source>
        <translation>Ku diiwaangeli kombiyuutarkan koodhka</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="47" />
        <source>Enrolment result</source>
        <translation>Natiijada diiwaangelinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="51" />
        <source>Server &amp;address:</source>
        <translation>&amp;Cinwaanka seerfarka:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="52" />
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Koodhka diiwaangelinta:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="53" />
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="61" />
        <source>CA b&amp;undle:</source>
        <translation>&amp;Xirmada CA (shahaadooyinka):</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="72" />
        <source>Enrolled with {url} as hub “{hub}”. The device key is kept in this computer's secure password store.</source>
        <translation>Waxaa lagu diiwaangeliyay {url} sida xarunta “{hub}”. Furaha qalabka waxaa lagu hayaa kaydka ammaan ah ee erayada sirta ah ee kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="75" />
        <source>&amp;Enrol again</source>
        <translation>&amp;Mar kale diiwaangeli</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="79" />
        <source>This computer is not enrolled yet. Ask the council for an enrolment code.</source>
        <translation>Kombiyuutarkan weli lama diiwaangelin. Golaha degmada ka codso koodh diiwaangelin.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="90" />
        <source>Council CA bundle</source>
        <translation>Xirmada CA ee golaha degmada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="91" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Shahaadooyin (*.pem *.crt);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="98" />
        <source>Enter the server address and the enrolment code.</source>
        <translation>Geli cinwaanka seerfarka iyo koodhka diiwaangelinta.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="101" />
        <source>Enrolling…</source>
        <translation>Waa la diiwaangelinayaa…</translation>
    </message>
</context>
<context>
    <name>EqualityForm</name>
    <message>
        <location filename="../../ui/security/equality_form.py" line="35" />
        <source>Equality monitoring (optional)</source>
        <translation>La socodka sinnaanta (ikhtiyaari)</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="37" />
        <source>These questions are optional and separate from your enquiry: answering or not makes no difference to the help you get. Answers are not linked to your name or your enquiry and are only ever counted together with others'.</source>
        <translation>Su'aalahan waa ikhtiyaari waana ka gooni codsigaaga: ka jawaabiddooda ama ka jawaab la'aantu wax isbeddel ah kuma keento caawimaadda aad hesho. Jawaabaha laguma xidho magacaaga ama codsigaaga, waxaana keliya lagu tiriyaa iyagoo la jira kuwa dadka kale.</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="46" />
        <source>Not answered</source>
        <translation>Lama jawaabin</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="48" />
        <source>Prefer not to say</source>
        <translation>Waan doorbidayaa inaanan sheegin</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="61" />
        <source>&amp;Save answers</source>
        <translation>&amp;Kaydi jawaabaha</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="63" />
        <source>S&amp;kip</source>
        <translation>Ka &amp;bood</translation>
    </message>
</context>
<context>
    <name>EqualityReportView</name>
    <message>
        <location filename="../../ui/security/page.py" line="144" />
        <source>Equality monitoring counts</source>
        <translation>Tirooyinka la socodka sinnaanta</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="145" />
        <source>&amp;Refresh</source>
        <translation>&amp;Cusboonaysii</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="148" />
        <source>Counts only; numbers under 5 are shown as &lt;5.</source>
        <translation>Tirooyin keliya; tirooyinka ka yar 5 waxaa loo muujiyaa &lt;5.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="156" />
        <source>Responses: {n}</source>
        <translation>Jawaabaha: {n}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/security/rights.py" line="58" />
        <source>Erase this person everywhere</source>
        <translation>Qofkan meel kasta ka tirtir</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="60" />
        <source>This deletes the person's details here and, after sync, at the council and at every other hub. It cannot be undone. Enquiries are kept only as anonymous counts unless you keep one below for a legal reason.</source>
        <translation>Tani waxay tirtiraysaa faahfaahinta qofka halkan iyo, isku-waafajinta kadib, golaha degmada iyo xarun kasta oo kale. Dib looma celin karo. Codsiyada waxaa loo hayaa oo keliya tirooyin magac la'aan ah, haddii aadan hoos mid ugu hayn sabab sharci ah.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="66" />
        <source>Reason for erasure</source>
        <translation>Sababta tirtirka</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="67" />
        <source>e.g. resident's request of 3 May (Art. 17)</source>
        <translation>tusaale: codsiga qofka ee 3 May (Qodobka 17)</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="68" />
        <source>&amp;Reason:</source>
        <translation>&amp;Sabab:</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="79" />
        <source>Keep {ref} ({day})</source>
        <translation>Hay {ref} ({day})</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="82" />
        <source>safeguarding duty</source>
        <translation>waajibka ilaalinta badbaadada (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="84" />
        <source>Why {ref} is kept</source>
        <translation>Sababta {ref} loo hayo</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="94" />
        <source>&amp;Erase</source>
        <translation>&amp;Tirtir</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../ui/widgets/field_error.py" line="21" />
        <source>Problem with {field}</source>
        <translation>Dhibaato ku saabsan: {field}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="100" />
        <source>Need</source>
        <translation>Baahi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="101" />
        <source>Any need</source>
        <translation>Baahi kasta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="105" />
        <source>Language spoken</source>
        <translation>Luqadda lagu hadlo</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="106" />
        <source>Any language</source>
        <translation>Luqad kasta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="111" />
        <source>Any age</source>
        <translation>Da' kasta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="113" />
        <source>Resident's age</source>
        <translation>Da'da qofka</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="114" />
        <source>&amp;Free</source>
        <translation>&amp;Bilaash</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="115" />
        <source>Free of charge only</source>
        <translation>Bilaash oo keliya</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="116" />
        <source>Open no&amp;w</source>
        <translation>Hadda &amp;furan</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="117" />
        <source>Open now only</source>
        <translation>Kuwa hadda furan oo keliya</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="119" />
        <source>Postcode</source>
        <translation>Koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="123" />
        <source>Distance from postcode</source>
        <translation>Masaafada laga bilaabo koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>N&amp;eed:</source>
        <translation>B&amp;aahi:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>&amp;Language:</source>
        <translation>&amp;Luqad:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>A&amp;ge:</source>
        <translation>&amp;Da':</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>Ne&amp;ar:</source>
        <translation>&amp;U dhow:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/session.py" line="72" />
        <source>Welcome to AccessPoint</source>
        <translation>Ku soo dhawoow AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="73" />
        <source>This computer is not set up yet. Tell us the name of this hub and your name; you will be its coordinator.</source>
        <translation>Kombiyuutarkan weli lama diyaarin. Noo sheeg magaca xaruntan iyo magacaaga; adiga ayaa noqon doona isku-duwaheeda.</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="69" />
        <location filename="../../ui/session.py" line="77" />
        <source>Hub name</source>
        <translation>Magaca xarunta</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="78" />
        <source>for example Riverside Community Centre</source>
        <translation>tusaale ahaan Xarunta Bulshada Riverside</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="72" />
        <location filename="../../ui/session.py" line="80" />
        <source>Your name</source>
        <translation>Magacaaga</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="84" />
        <source>Problem</source>
        <translation>Dhibaato</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="62" />
        <source>Set up AccessPoint</source>
        <translation>Diyaari AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="63" />
        <source>This computer is not set up yet. You will be this hub's coordinator: choose a password (at least 10 characters) or a PIN (at least 6 digits).</source>
        <translation>Kombiyuutarkan weli lama diyaarin. Adiga ayaa noqon doona isku-duwaha xaruntan: dooro eray sir ah (ugu yaraan 10 xaraf) ama PIN (ugu yaraan 6 god).</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="73" />
        <source>Pass&amp;word</source>
        <translation>Erayga &amp;sirta ah</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="74" />
        <source>P&amp;IN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="76" />
        <source>Password or PIN</source>
        <translation>Erayga sirta ah ama PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="77" />
        <source>Repeat password or PIN</source>
        <translation>Ku celi erayga sirta ah ama PIN-ka</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="80" />
        <location filename="../../ui/session.py" line="87" />
        <source>&amp;Hub name:</source>
        <translation>Magaca &amp;xarunta:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="81" />
        <location filename="../../ui/session.py" line="88" />
        <source>&amp;Your name:</source>
        <translation>&amp;Magacaaga:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="82" />
        <source>Sign in with:</source>
        <translation>Ku soo gal:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="84" />
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Erayga sirta ah ama PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="85" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ku celi:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="88" />
        <source>&amp;Set up</source>
        <translation>&amp;Diyaari</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="99" />
        <source>The two entries differ; type them again.</source>
        <translation>Labada gelin way kala duwan yihiin; mar kale qor.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="91" />
        <source>&amp;Start</source>
        <translation>&amp;Bilow</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="102" />
        <source>Give the hub a name.</source>
        <translation>Xarunta magac u bixi.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="104" />
        <source>Give your name.</source>
        <translation>Sheeg magacaaga.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="51" />
        <source>Follow-ups due</source>
        <translation>La-socod waqtigiisii la gaaray</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="53" />
        <source>Follow-ups due today or overdue</source>
        <translation>La-socod maanta ah ama dib u dhacay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="55" />
        <source>&amp;Open</source>
        <translation>&amp;Fur</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="56" />
        <source>Open the follow-up's enquiry</source>
        <translation>Fur codsiga la-socodkan</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="57" />
        <source>&amp;Mark done</source>
        <translation>&amp;Calaamadee in la dhammeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="58" />
        <source>Mark the follow-up done</source>
        <translation>Calaamadee in la-socodka la dhammeeyay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/followups.py" line="96" />
        <source>%n follow-up(s) due today or overdue</source>
        <translation>
            <numerusform>La-socod maanta ah ama dib u dhacay: %n</numerusform>
            <numerusform>La-socod maanta ah ama dib u dhacay: %n</numerusform>
        </translation>
    </message>
<message><source>Anonymous</source><translation>Magac la'aan</translation></message><message><source>due today</source><translation>waqtigiisu waa maanta</translation></message><message><source>overdue since {date}</source><translation>dib u dhacay tan iyo {date}</translation></message></context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../ui/ops/about.py" line="30" />
        <source>Getting started</source>
        <translation>Sida loo bilaabo</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="31" />
        <source>AccessPoint keeps a record of the people who come to your hub, what they needed and where you sent them. It works without the internet; everything is saved on this computer as you go.</source>
        <translation>AccessPoint wuxuu diiwaan ka hayaa dadka yimaada xaruntaada, waxa ay u baahnaayeen iyo meesha aad u dirtay. Wuxuu shaqeeyaa internet la'aan; wax walba kombiyuutarkan ayaa lagu kaydiyaa markaad shaqaynayso.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="34" />
        <source>When someone comes in</source>
        <translation>Marka qof soo galo</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="35" />
        <source>1. Open Enquiries and start a new enquiry.</source>
        <translation>1. Fur Codsiyada oo bilow codsi cusub.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="36" />
        <source>2. Ask if they are happy for you to keep a record. If not, leave the person out: the enquiry stays anonymous.</source>
        <translation>2. Weydii inay ku raacsan yihiin inaad diiwaan haysato. Haddii kale, qofka ha gelin: codsigu wuxuu ahaanayaa magac la'aan.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="38" />
        <source>3. Search for the person by name, phone or postcode before adding them, so nobody is entered twice.</source>
        <translation>3. Qofka ku raadi magac, telefoon ama koodhka boostada ka hor intaadan ku darin, si aan qofna laba jeer loo gelin.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="40" />
        <source>4. Choose what they need, then search the directory for a service and note what you did.</source>
        <translation>4. Dooro waxa ay u baahan yihiin, kadib tusaha ka raadi adeeg oo qor waxa aad samaysay.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="42" />
        <source>5. Save. If they need a call back, set a follow-up date.</source>
        <translation>5. Kaydi. Haddii ay u baahan yihiin in dib loo waco, deji taariikh la-socod.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="43" />
        <source>Good to know</source>
        <translation>Waxa fiican in la ogaado</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="44" />
        <source>What you type is kept as a draft, so closing the window or a power cut does not lose it. A copy of everything is made every day in the 'backups' folder.</source>
        <translation>Waxa aad qorto waxaa loo hayaa qabyo ahaan, sidaas darteed xiridda daaqadda ama go'itaanka korontadu ma lumiso. Maalin kasta nuqul wax walba ah ayaa lagu sameeyaa galka 'backups'.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="47" />
        <source>Make the text bigger with Ctrl and +, smaller with Ctrl and -. Every button can be reached with the Tab key.</source>
        <translation>Qoraalka ku weynee Ctrl iyo +, ku yaree Ctrl iyo -. Badhan kasta waxaa lagu gaadhi karaa furaha Tab.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="49" />
        <source>If something goes wrong, use Help → Save diagnostic report and send the file to whoever supports your hub. It contains no names or personal details.</source>
        <translation>Haddii ay wax khaldamaan, isticmaal Caawimaad → Kaydi warbixinta cilad-baadhista oo faylka u dir qofka taageera xaruntaada. Kuma jiraan magacyo ama xog shakhsi ah.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="58" />
        <source>AccessPoint</source>
        <translation>AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="66" />
        <source>Enquiries, signposting and time credits for community hubs.</source>
        <translation>Codsiyo, tilmaamid iyo dhibcaha waqtiga ee xarumaha bulshada.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="79" />
        <source>AccessPoint is free software under the GNU Affero General Public Licence, version 3 or later. It includes these components:</source>
        <translation>AccessPoint waa barnaamij xor ah oo hoos yimaada GNU Affero General Public Licence, nooca 3 ama ka dambe. Waxa ku jira qaybahan:</translation>
    </message>
</context>
<context>
    <name>GroupSessionTab</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="155" />
        <source>Session length</source>
        <translation>Dhererka kulanka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="157" />
        <source>Add a member to the sheet</source>
        <translation>Xubin ku dar warqadda</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Member</source>
        <translation>Xubin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Time</source>
        <translation>Waqti</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="161" />
        <source>Members on the sign-in sheet</source>
        <translation>Xubnaha warqadda imaanshaha ku jira</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="165" />
        <source>Lo&amp;g session</source>
        <translation>&amp;Diiwaangeli kulanka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="166" />
        <source>Log the session for everyone on the sheet</source>
        <translation>Kulanka u diiwaangeli qof kasta oo warqadda ku jira</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="169" />
        <source>Members on the sheet</source>
        <translation>Xubnaha warqadda ku jira</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="171" />
        <source>&amp;Activity</source>
        <translation>&amp;Hawl</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="172" />
        <source>&amp;Date</source>
        <translation>&amp;Taariikh</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="173" />
        <source>Session &amp;length</source>
        <translation>Dhererka &amp;kulanka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="174" />
        <source>&amp;Verified by</source>
        <translation>&amp;Waxaa hubiyay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="175" />
        <source>&amp;Note</source>
        <translation>&amp;Qoraal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="176" />
        <source>Add &amp;member</source>
        <translation>Ku dar &amp;xubin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="202" />
        <source>{0} is already on the sheet.</source>
        <translation>{0} horey ayuu warqadda ugu jiraa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timebank/log_hours.py" line="224" />
        <source>%n member(s) on the sheet</source>
        <translation>
            <numerusform>Xubnaha warqadda ku jira: %n</numerusform>
            <numerusform>Xubnaha warqadda ku jira: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="232" />
        <source>{0}: give the time in 15-minute steps, e.g. 1h 30m.</source>
        <translation>{0}: waqtiga ku qor 15 daqiiqo tallaabo kasta, tusaale 1h 30m.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="237" />
        <source>Add at least one member to the sheet.</source>
        <translation>Ugu yaraan hal xubin ku dar warqadda.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="249" />
        <source>Logged the session: {0} members, {1} in all.</source>
        <translation>Kulanka waa la diiwaangeliyay: {0} xubnood, {1} wadar ahaan.</translation>
    </message>
</context>
<context>
    <name>HeldChangesDialog</name>
    <message>
        <location filename="../../ui/sync/held_view.py" line="45" />
        <location filename="../../ui/sync/held_view.py" line="46" />
        <location filename="../../ui/sync/held_view.py" line="54" />
        <source>Changes waiting to be applied</source>
        <translation>Isbeddello sugaya in la dabaqo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="48" />
        <source>These changes came from the council but are not applied on this computer yet. They are kept, not lost, and applied at a later sync once what holds them back is sorted (usually a change made here that has not been sent yet).</source>
        <translation>Isbeddelladan waxay ka yimaadeen golaha degaanka laakiin weli laguma dabaqin kombuyuutarkan. Waa la hayaa, ma lumin, waxaana lagu dabaqi doonaa isku-waafajin dambe marka la xalliyo waxa celinaya (badanaa isbeddel halkan lagu sameeyay oo aan weli la dirin).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="52" />
        <source>What these changes are</source>
        <translation>Waxa ay yihiin isbeddelladan</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Kind</source>
        <translation>Nooc</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Record</source>
        <translation>Diiwaan</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Why it waits</source>
        <translation>Sababta uu u sugayo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Received</source>
        <translation>La helay</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="74" />
        <source>Showing the oldest {shown} of {total}.</source>
        <translation>Waxaa la muujinayaa {shown} kuwa ugu da'da weyn ee {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="77" />
        <source>How many are shown</source>
        <translation>Inta la muujiyay</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="81" />
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/app.py" line="114" />
        <location filename="../../ui/ops/help_menu.py" line="78" />
        <source>&amp;Help</source>
        <translation>&amp;Caawimaad</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="83" />
        <source>&amp;Getting started</source>
        <translation>&amp;Sida loo bilaabo</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="88" />
        <source>Save &amp;diagnostic report…</source>
        <translation>Kaydi warbixinta &amp;cilad-baadhista…</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="91" />
        <source>&amp;About AccessPoint</source>
        <translation>&amp;Ku saabsan AccessPoint</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/security/lock.py" line="94" />
        <source>AccessPoint is locked</source>
        <translation>AccessPoint waa la quflay</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="96" />
        <source>Sign in to carry on, or choose another name to switch user.</source>
        <translation>Soo gal si aad u sii wado, ama dooro magac kale si aad u beddesho isticmaalaha.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="44" />
        <location filename="../../ui/directory/import_dialog.py" line="45" />
        <source>Import the service directory</source>
        <translation>Soo geli tusaha adeegyada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="46" />
        <source>An Open Referral UK feed (version 3.0 or 1.0): the council's API address, a .json file or a folder of pages. Services that have gone from the same feed are retired.</source>
        <translation>Xog Open Referral UK (nooca 3.0 ama 1.0): cinwaanka API-ga golaha degmada, fayl .json ah ama gal bogag ah. Adeegyada ka baxay isla xogtaas waa la joojinayaa.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="51" />
        <source>Feed address, file or folder</source>
        <translation>Cinwaanka xogta, fayl ama gal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="53" />
        <source>&amp;Feed:</source>
        <translation>Xogta laga soo &amp;qaado:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="55" />
        <source>F&amp;ile…</source>
        <translation>&amp;Fayl…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="56" />
        <source>Choose a file</source>
        <translation>Dooro fayl</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="57" />
        <source>F&amp;older…</source>
        <translation>&amp;Gal…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="58" />
        <source>Choose a folder</source>
        <translation>Dooro gal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="60" />
        <source>Import progress</source>
        <translation>Horumarka soo gelinta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="65" />
        <source>Import status</source>
        <translation>Xaaladda soo gelinta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="66" />
        <source>&amp;Import</source>
        <translation>&amp;Soo geli</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="67" />
        <source>Start the import</source>
        <translation>Bilow soo gelinta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="69" />
        <source>&amp;Cancel</source>
        <translation>&amp;Jooji</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="70" />
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="95" />
        <source>ORUK file</source>
        <translation>Faylka ORUK</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="96" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="101" />
        <source>Folder of ORUK pages</source>
        <translation>Galka bogagga ORUK</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="117" />
        <source>Reading the feed…</source>
        <translation>Waxaa la akhrinayaa xogta…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="153" />
        <source>Done: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation>Waa la dhammeeyay: {added} lagu daray, {changed} la beddelay, {removed} la saaray, {unchanged} aan isbeddelin.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="156" />
        <source>{n} services were last verified more than 12 months ago.</source>
        <translation>{n} adeeg ayaa markii ugu dambeysay la hubiyay in ka badan 12 bilood ka hor.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="159" />
        <source>{n} warnings, e.g.: {first}</source>
        <translation>{n} digniin, tusaale: {first}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="162" />
        <source>&amp;Close</source>
        <translation>&amp;Xir</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="168" />
        <source>Cancelled. The directory was not changed.</source>
        <translation>Waa la joojiyay. Tusaha lama beddelin.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="170" />
        <source>The import stopped and the directory was not changed: {error}</source>
        <translation>Soo gelintu way istaagtay, tusahana lama beddelin: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="176" />
        <source>Cancelling…</source>
        <translation>Waa la joojinayaa…</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="92" />
        <source>Who</source>
        <translation>Yaa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="94" />
        <source>&amp;Who? Find the person:</source>
        <translation>&amp;Yaa? Raadi qofka:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="97" />
        <source>Person chosen</source>
        <translation>Qofka la doortay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="100" />
        <source>Chan&amp;ge person</source>
        <translation>Beddel qo&amp;fka</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="101" />
        <source>Change person</source>
        <translation>Beddel qofka</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="102" />
        <source>New &amp;person…</source>
        <translation>&amp;Qof cusub…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="103" />
        <source>New person</source>
        <translation>Qof cusub</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="105" />
        <source>Add someone who is not found; you are warned about likely duplicates first</source>
        <translation>Ku dar qof aan la helin; marka hore waxaa laguu digayaa haddii uu u badan yahay qof horey u jiray</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="106" />
        <source>&amp;Anonymous</source>
        <translation>&amp;Magac la'aan</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="107" />
        <source>Anonymous enquiry</source>
        <translation>Codsi magac la'aan ah</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="109" />
        <source>No name is recorded; the resident gets a reference number instead</source>
        <translation>Magac lama diiwaangelin; qofku wuxuu helayaa lambar tixraac beddelkiisa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="122" />
        <source>person</source>
        <translation>qof</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="127" />
        <source>What they need</source>
        <translation>Waxa ay u baahan yihiin</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="129" />
        <source>Channel</source>
        <translation>Habka xiriirka</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="133" />
        <source>Description</source>
        <translation>Sharaxaad</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="134" />
        <source>What happened, in their words</source>
        <translation>Waxa dhacay, erayadooda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="137" />
        <source>C&amp;hannel:</source>
        <translation>&amp;Habka xiriirka:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="138" />
        <source>channel</source>
        <translation>habka xiriirka</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="139" />
        <source>&amp;Needs:</source>
        <translation>&amp;Baahiyo:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="140" />
        <source>needs</source>
        <translation>baahiyo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="141" />
        <source>&amp;Description:</source>
        <translation>&amp;Sharaxaad:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="142" />
        <source>description</source>
        <translation>sharaxaad</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="147" />
        <source>How to help</source>
        <translation>Sida loo caawiyo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="149" />
        <source>Preferred language</source>
        <translation>Luqadda la doorbidayo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="150" />
        <source>&amp;Interpreter needed</source>
        <translation>T&amp;urjubaan ayaa loo baahan yahay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="151" />
        <source>Interpreter needed</source>
        <translation>Turjubaan ayaa loo baahan yahay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="153" />
        <source>Accessibility needs</source>
        <translation>Baahiyaha gaadhista (accessibility)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="154" />
        <source>for example large print, wheelchair access</source>
        <translation>tusaale ahaan far waaweyn, gelitaanka kursiga gaadhiga (wheelchair)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="159" />
        <source>&amp;Language:</source>
        <translation>&amp;Luqad:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="160" />
        <source>Acc&amp;essibility:</source>
        <translation>&amp;Gaadhista (accessibility):</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="161" />
        <source>accessibility needs</source>
        <translation>baahiyaha gaadhista (accessibility)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="165" />
        <source>Consent (read the words out)</source>
        <translation>Oggolaansho (kor u akhri erayada)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="169" />
        <source>Consent to &amp;record</source>
        <translation>Oggolaansho in la &amp;kaydiyo diiwaan</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="170" />
        <source>Consent to &amp;share for a referral</source>
        <translation>Oggolaansho in la &amp;wadaago si loo gudbiyo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="171" />
        <source>Consent to be &amp;contacted for follow-up</source>
        <translation>Oggolaansho in lala soo &amp;xiriiro la-socod ahaan</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="178" />
        <source>Wording for {purpose}</source>
        <translation>Erayada: {purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="188" />
        <source>Urgency and what happens next</source>
        <translation>Degdegga iyo waxa xiga</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="190" />
        <source>Urgency</source>
        <translation>Degdeg</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="191" />
        <source>Sa&amp;feguarding concern</source>
        <translation>Welwel &amp;ilaalinta badbaadada (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="192" />
        <source>Safeguarding concern</source>
        <translation>Welwel ilaalinta badbaadada (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="197" />
        <source>&lt;b&gt;Safeguarding: do this now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ilaalinta badbaadada (safeguarding): hadda samee tan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="198" />
        <source>Safeguarding: do this now</source>
        <translation>Ilaalinta badbaadada (safeguarding): hadda samee tan</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="205" />
        <source>Safeguarding guidance</source>
        <translation>Tilmaamaha ilaalinta badbaadada (safeguarding)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="209" />
        <source>Outcome</source>
        <translation>Natiijo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="211" />
        <source>Follow-up date</source>
        <translation>Taariikhda la-socodka</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="213" />
        <source>DD/MM/YYYY, or +7 for a week from today; leave empty for no follow-up</source>
        <translation>DD/MM/YYYY, ama +7 usbuuc kadib maanta; madhan u daa haddii aan la-socod jirin</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="214" />
        <source>DD/MM/YYYY or +7</source>
        <translation>DD/MM/YYYY ama +7</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="216" />
        <source>A date as DD/MM/YYYY, or +7 for a week from today. Empty: no follow-up.</source>
        <translation>Taariikh qaabka DD/MM/YYYY, ama +7 usbuuc kadib maanta. Madhan: la-socod ma jiro.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="219" />
        <source>Follow-up date understood as</source>
        <translation>Taariikhda la-socodka waxaa loo fahmay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="224" />
        <source>&amp;Urgency:</source>
        <translation>&amp;Degdeg:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="229" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Natiijo:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="230" />
        <source>outcome</source>
        <translation>natiijo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="231" />
        <source>Follow-up da&amp;te:</source>
        <translation>&amp;Taariikhda la-socodka:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="232" />
        <source>follow-up date</source>
        <translation>taariikhda la-socodka</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="235" />
        <source>urgency</source>
        <translation>degdeg</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="301" />
        <source>Recording for: {who}</source>
        <translation>Waxaa loo diiwaangelinayaa: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="328" />
        <source>(English wording: use the interpreter to explain it.)</source>
        <translation>(Qoraalka Ingiriisiga: turjubaanka ha sharxo.)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="331" />
        <source>English: {text}</source>
        <translation>Ingiriisi: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="339" />
        <source>not a date yet</source>
        <translation>weli taariikh ma aha</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="135" />
        <source>Problems to fix before saving</source>
        <translation>Dhibaatooyinka la saxayo ka hor kaydinta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="142" />
        <source>Save (Ctrl+S)</source>
        <translation>Kaydi (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="143" />
        <source>Save enquiry</source>
        <translation>Kaydi codsiga</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="145" />
        <source>New enquiry (Ctrl+N)</source>
        <translation>Codsi cusub (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="146" />
        <source>New enquiry</source>
        <translation>Codsi cusub</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="147" />
        <source>Discard (Esc)</source>
        <translation>Iska tuur (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="148" />
        <source>Discard this enquiry</source>
        <translation>Iska tuur codsigan</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="151" />
        <source>E&amp;quality questions (optional)…</source>
        <translation>Su'&amp;aalaha sinnaanta (ikhtiyaari)…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="152" />
        <source>Equality monitoring questions</source>
        <translation>Su'aalaha la socodka sinnaanta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="154" />
        <source>Optional questions, asked only after the enquiry is saved; kept apart from it</source>
        <translation>Su'aalo ikhtiyaari ah, oo la weydiiyo keliya kadib marka codsiga la kaydiyo; waxaa loo hayaa si ka gooni ah codsiga</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="165" />
        <source>Cancel changes (Esc)</source>
        <translation>Jooji isbeddellada (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="166" />
        <source>Cancel changes</source>
        <translation>Jooji isbeddellada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="193" />
        <source>Consent is recorded when the enquiry is first saved.</source>
        <translation>Oggolaanshaha waxaa la diiwaangeliyaa marka codsiga markii ugu horreysay la kaydiyo.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="244" />
        <source>no name yet</source>
        <translation>weli magac ma leh</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="246" />
        <source>An enquiry you had not saved was kept ({what}). Restore it?</source>
        <translation>Codsi aadan kaydin ayaa la hayay ({what}). Ma la soo celiyaa?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="248" />
        <source>&amp;Restore</source>
        <translation>&amp;Soo celi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="249" />
        <source>Dis&amp;card it</source>
        <translation>&amp;Iska tuur</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="289" />
        <source>Saving the enquiry…</source>
        <translation>Waxaa la kaydinayaa codsiga…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="300" />
        <source>an anonymous resident</source>
        <translation>qof magac la'aan ah</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="303" />
        <source>Saved: enquiry {ref} for {name}.</source>
        <translation>Waa la kaydiyay: codsiga {ref} ee {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="317" />
        <source>Not saved: {error}. Everything you typed is kept as a draft; try again, and tell your coordinator if it keeps happening.</source>
        <translation>Lama kaydin: {error}. Wax kasta oo aad qortay waxaa loo hayaa qabyo ahaan; isku day mar kale, una sheeg isku-duwahaaga haddii ay sii dhacdo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/intake.py" line="332" />
        <source>Not saved yet: %n thing(s) to fix, shown in red. Nothing you typed is lost.</source>
        <translation>
            <numerusform>Weli lama kaydin: waxyaabaha la saxayo: %n, waxaa lagu muujiyay casaan. Waxba oo aad qortay ma lumin.</numerusform>
            <numerusform>Weli lama kaydin: waxyaabaha la saxayo: %n, waxaa lagu muujiyay casaan. Waxba oo aad qortay ma lumin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="349" />
        <source>Discard this enquiry?</source>
        <translation>Ma iska tuurtaa codsigan?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="350" />
        <source>What you have typed will be deleted. Discard it?</source>
        <translation>Waxa aad qortay waa la tirtiri doonaa. Ma iska tuurtaa?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="8" />
        <source>Walk-in</source>
        <translation>Si toos ah u yimid</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="9" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="10" />
        <source>Email</source>
        <translation>Iimayl</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="11" />
        <source>Outreach</source>
        <translation>U tagista bulshada (outreach)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="14" />
        <source>Routine</source>
        <translation>Caadi</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="15" />
        <source>Soon (this week)</source>
        <translation>Dhawaan (usbuucan)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="16" />
        <source>Urgent (today)</source>
        <translation>Degdeg (maanta)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="19" />
        <source>Information given</source>
        <translation>Macluumaadka la bixiyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="20" />
        <source>Signposted</source>
        <translation>La tilmaamay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="21" />
        <source>Referred</source>
        <translation>La gudbiyay</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="22" />
        <source>Escalated</source>
        <translation>Loo gudbiyay mas'uul</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="23" />
        <source>No suitable service found</source>
        <translation>Lama helin adeeg ku habboon</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="24" />
        <source>Still open</source>
        <translation>Weli furan</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="31" />
        <source>British Sign Language</source>
        <translation>Luqadda Calaamadaha Ingiriiska (BSL)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="32" />
        <source>Twi</source>
        <translation>Af-Twi</translation>
    </message>
</context>
<context>
    <name>LocalServiceDialog</name>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="33" />
        <location filename="../../ui/directory/local_dialog.py" line="34" />
        <source>Add a local service</source>
        <translation>Ku dar adeeg maxalli ah</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="35" />
        <source>A service the council directory does not list yet. It is marked local and proposed to the council at the next sync.</source>
        <translation>Adeeg aan weli ku jirin tusaha golaha degmada. Waxaa loo calaamadeeyay adeeg maxalli ah, waxaana golaha loo soo jeedinayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>&amp;Name:</source>
        <translation>&amp;Magac:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>Service name</source>
        <translation>Magaca adeegga</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run &amp;by:</source>
        <translation>Waxaa maamu&amp;la:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run by</source>
        <translation>Waxaa maamula</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="54" />
        <source>Description</source>
        <translation>Sharaxaad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="57" />
        <source>&amp;Description:</source>
        <translation>&amp;Sharaxaad:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="60" />
        <source>Helps &amp;with:</source>
        <translation>&amp;Wuxuu ka caawiyaa:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="61" />
        <source>Needs</source>
        <translation>Baahiyo</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>&amp;Email:</source>
        <translation>&amp;Iimayl:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>Email</source>
        <translation>Iimayl</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>&amp;Address:</source>
        <translation>&amp;Cinwaan:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>Address</source>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="65" />
        <source>Post&amp;code:</source>
        <translation>&amp;Koodhka boostada:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="65" />
        <source>Postcode</source>
        <translation>Koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="73" />
        <source>Days:</source>
        <translation>Maalmo:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="74" />
        <source>Days</source>
        <translation>Maalmo</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>&amp;Opens at:</source>
        <translation>Wuxuu furm&amp;aa:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>Opens at</source>
        <translation>Wuxuu furmaa</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>C&amp;loses at:</source>
        <translation>Wuxuu &amp;xirmaa:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>Closes at</source>
        <translation>Wuxuu xirmaa</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="77" />
        <source>&amp;Free of charge</source>
        <translation>&amp;Bilaash</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="79" />
        <source>Free of charge</source>
        <translation>Bilaash</translation>
    </message>
</context>
<context>
    <name>LogHoursTab</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="81" />
        <source>Member who gave the time</source>
        <translation>Xubinta waqtiga bixisay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="83" />
        <source>Who benefited</source>
        <translation>Cidda ka faa'iidaysatay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="84" />
        <source>Another member's number, or an organisation or project</source>
        <translation>Lambarka xubin kale, ama hay'ad ama mashruuc</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="87" />
        <source>Duration</source>
        <translation>Muddada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="88" />
        <source>Up and down arrows change it by 15 minutes</source>
        <translation>Fallaarta kore iyo hoose waxay ku beddelaan 15 daqiiqo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="89" />
        <source>&amp;Log hours</source>
        <translation>&amp;Diiwaangeli saacadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="90" />
        <source>Log hours</source>
        <translation>Diiwaangeli saacadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="93" />
        <source>&amp;Member</source>
        <translation>&amp;Xubin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="94" />
        <source>&amp;Activity</source>
        <translation>&amp;Hawl</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="95" />
        <source>&amp;Who benefited</source>
        <translation>&amp;Cidda ka faa'iidaysatay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="96" />
        <source>&amp;Date</source>
        <translation>&amp;Taariikh</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="97" />
        <source>D&amp;uration</source>
        <translation>&amp;Muddada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="98" />
        <source>&amp;Verified by</source>
        <translation>&amp;Waxaa hubiyay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="99" />
        <source>&amp;Note</source>
        <translation>&amp;Qoraal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="123" />
        <source>Choose the member who gave the time.</source>
        <translation>Dooro xubinta waqtiga bixisay.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="136" />
        <source>Logged {0} for {1}.</source>
        <translation>Waxaa loo diiwaangeliyay {1}: {0}.</translation>
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
        <translation>Qaybaha</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Ctrl+1 to Ctrl+6 jump to a section</source>
        <translation>Ctrl+1 ilaa Ctrl+6 waxay u boodaan qayb</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Current section</source>
        <translation>Qaybta hadda</translation>
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
        <translation>Keydka xogta waa la furayaa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Something went wrong: {message}</source>
        <translation>Wax baa khaldamay: {message}</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="103" />
        <source>Member number or name</source>
        <translation>Lambarka xubinta ama magaca</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="70" />
        <source>Choose a member from the list</source>
        <translation>Xubin ka dooro liiska</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="73" />
        <source>Member</source>
        <translation>Xubin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="76" />
        <source>Balance</source>
        <translation>Haraaga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="77" />
        <source>Details</source>
        <translation>Faahfaahin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="80" />
        <source>Member number / card</source>
        <translation>Lambarka xubinta / kaarka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Member type</source>
        <translation>Nooca xubinta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Skills</source>
        <translation>Xirfadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="82" />
        <source>Interests</source>
        <translation>Xiisaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="83" />
        <source>Available</source>
        <translation>Diyaar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="84" />
        <source>Hubs attended</source>
        <translation>Xarumaha uu tago</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="85" />
        <source>Employment support</source>
        <translation>Taageerada shaqada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="94" />
        <source>Date</source>
        <translation>Taariikh</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="95" />
        <source>What</source>
        <translation>Maxaa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="96" />
        <source>Change</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="97" />
        <source>Balance after</source>
        <translation>Haraaga kadib</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="101" />
        <source>History of earned, spent and given credits</source>
        <translation>Taariikhda dhibcaha la kasbaday, la isticmaalay iyo la bixiyay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="110" />
        <source>Upcoming opportunities for this member</source>
        <translation>Fursadaha soo socda ee xubintan</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="115" />
        <source>&amp;Print statement…</source>
        <translation>Daabac &amp;bayaanka…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="116" />
        <location filename="../../ui/timebank/members_view.py" line="273" />
        <source>Print statement</source>
        <translation>Daabac bayaanka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="117" />
        <source>&amp;Log hours</source>
        <translation>&amp;Diiwaangeli saacadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="118" />
        <source>Log hours for this member</source>
        <translation>Diiwaangeli saacadaha xubintan</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="119" />
        <source>&amp;Redeem a reward</source>
        <translation>&amp;Qaado abaalmarin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="120" />
        <source>Redeem a reward for this member</source>
        <translation>Abaalmarin u qaado xubintan</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="121" />
        <source>&amp;Correct selected entry…</source>
        <translation>&amp;Sax gelinta la doortay…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="123" />
        <source>Correct the selected history entry with a reversing entry</source>
        <translation>Ku sax gelinta taariikhda ee la doortay gelin ka soo horjeedda</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="126" />
        <source>Print car&amp;d…</source>
        <translation>Daabac &amp;kaarka…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="127" />
        <source>Print member card</source>
        <translation>Daabac kaarka xubinta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="129" />
        <source>&amp;Edit member…</source>
        <translation>&amp;Wax ka beddel xubinta…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="130" />
        <source>Edit this member's details</source>
        <translation>Wax ka beddel faahfaahinta xubintan</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="155" />
        <source>&amp;History</source>
        <translation>&amp;Taariikhda</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="159" />
        <source>Show &amp;older entries</source>
        <translation>Muuji gelinnada &amp;hore</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="160" />
        <source>Show older history entries</source>
        <translation>Muuji gelinnada hore ee taariikhda</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="170" />
        <source>&amp;Upcoming opportunities</source>
        <translation>&amp;Fursadaha soo socda</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="188" />
        <source>Balance: {0} ({1} minutes)</source>
        <translation>Haraaga: {0} ({1} daqiiqo)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="193" />
        <source>Youth Privilege Card {0}</source>
        <translation>Kaarka dhallinyarada (Youth Privilege Card) {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="194" />
        <source>(none recorded)</source>
        <translation>(waxba lama diiwaangelin)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="202" />
        <source>Another hub ({0})</source>
        <translation>Xarun kale ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="204" />
        <source>Yes: training, mentoring, placements</source>
        <translation>Haa: tababar, la-talin, shaqo-barasho</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="205" />
        <source>No</source>
        <translation>Maya</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="235" />
        <source>Choose the entry to correct in the history.</source>
        <translation>Taariikhda ka dooro gelinta la saxayo.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="239" />
        <source>Correct an entry</source>
        <translation>Sax gelin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="240" />
        <source>Why is “{0}” ({1}) being corrected?</source>
        <translation>Maxaa “{0}” ({1}) loo saxayaa?</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="249" />
        <source>Corrected: a reversing entry was added.</source>
        <translation>Waa la saxay: gelin ka soo horjeedda ayaa lagu daray.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="276" />
        <source>Statement sent to the printer.</source>
        <translation>Bayaanka waxaa loo diray daabacaha.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="288" />
        <source>Member number or name</source>
        <translation>Lambarka xubinta ama magaca</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="289" />
        <source>Find a member</source>
        <translation>Raadi xubin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="292" />
        <source>Number</source>
        <translation>Lambar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="293" />
        <source>Name</source>
        <translation>Magac</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="294" />
        <source>Type</source>
        <translation>Nooc</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="295" />
        <source>Balance</source>
        <translation>Haraaga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="302" />
        <source>Members</source>
        <translation>Xubnaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="315" />
        <source>&amp;New member…</source>
        <translation>&amp;Xubin cusub…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="316" />
        <source>New member</source>
        <translation>Xubin cusub</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="322" />
        <source>&amp;Find</source>
        <translation>&amp;Raadi</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/people/merge.py" line="40" />
        <source>Merge two records</source>
        <translation>Isku biiri laba diiwaan</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="41" />
        <source>Find the other record of {name}:</source>
        <translation>Raadi diiwaanka kale ee {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>First name(s)</source>
        <translation>Magaca koowaad</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>Family name</source>
        <translation>Magaca qoyska</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Date of birth</source>
        <translation>Taariikhda dhalashada</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Email</source>
        <translation>Iimayl</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Postcode</source>
        <translation>Koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Address</source>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Language</source>
        <translation>Luqad</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="59" />
        <source>Problem</source>
        <translation>Dhibaato</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="64" />
        <source>&amp;Merge into the kept record</source>
        <translation>&amp;Ku biiri diiwaanka la hayo</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="65" />
        <source>Merge into the kept record</source>
        <translation>Ku biiri diiwaanka la hayo</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="79" />
        <source>That is the same record; choose the other one.</source>
        <translation>Waa isla diiwaankii; dooro kan kale.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Kept</source>
        <translation>La hayo</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Merged into it (then hidden)</source>
        <translation>Lagu biiriyay (kadib waa la qariyay)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="99" />
        <source>Check these are the same person. Their enquiries and consent records will all be kept under the left-hand record; empty details are filled from the right.</source>
        <translation>Hubi inay yihiin isla qofka. Dhammaan codsiyadooda iyo diiwaannada oggolaanshahooda waxaa lagu hayn doonaa diiwaanka bidixda; faahfaahinta madhan waxaa laga buuxinayaa midigta.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="148" />
        <source>Monthly hub report: {hub}, {month}</source>
        <translation>Warbixinta bishii ee xarunta: {hub}, {month}</translation>
    </message>
<message><source>Active time bank members</source><translation>Xubnaha firfircoon ee bangiga waqtiga</translation></message><message><source>Enquiries</source><translation>Codsiyada</translation></message><message><source>Figures are this hub's own records and are not suppressed: do not publish this report. Use Open data for anything public.</source><translation>Tirooyinku waa diiwaannada xaruntan oo aan la qarin: ha daabicin warbixintan. U isticmaal Xogta furan wax kasta oo dadweyne ah.</translation></message><message><source>Follow-ups overdue today</source><translation>La-socodyada dib u dhacay maanta</translation></message><message><source>Key figures</source><translation>Tirooyinka muhiimka ah</translation></message><message><source>Monthly hub report: {hub}</source><translation>Warbixinta bishii ee xarunta: {hub}</translation></message><message><source>New time bank members</source><translation>Xubnaha cusub ee bangiga waqtiga</translation></message><message><source>Referred</source><translation>La gudbiyay</translation></message><message><source>Signposted</source><translation>La tilmaamay</translation></message><message><source>Time bank hours given</source><translation>Saacadaha la bixiyay ee bangiga waqtiga</translation></message><message><source>Unmet needs (no suitable service)</source><translation>Baahiyaha aan la buuxin (adeeg ku habboon ma jiro)</translation></message><message><source>{month} ({first} to {last}). Produced by AccessPoint on {today}.</source><translation>{month} ({first} ilaa {last}). Waxaa soo saaray AccessPoint {today}.</translation></message></context>
<context>
    <name>Needs</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="14" />
        <source>Benefits and Universal Credit</source>
        <translation>Gunnooyinka (benefits) iyo Universal Credit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="15" />
        <source>Council Tax</source>
        <translation>Canshuurta golaha (Council Tax)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="16" />
        <source>Housing and repairs</source>
        <translation>Guryaha iyo dayactirka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="17" />
        <source>Homelessness or risk of it</source>
        <translation>Hoy la'aan ama khatarteeda</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="18" />
        <source>Debt and money</source>
        <translation>Deynta iyo lacagta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="19" />
        <source>Jobs, training and skills</source>
        <translation>Shaqooyin, tababar iyo xirfado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="20" />
        <source>Food</source>
        <translation>Cunto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="21" />
        <source>Energy and fuel bills</source>
        <translation>Biilasha tamarta iyo shidaalka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="22" />
        <source>Physical health</source>
        <translation>Caafimaadka jirka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="23" />
        <source>Mental health and wellbeing</source>
        <translation>Caafimaadka maskaxda iyo fayo-qabka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="24" />
        <source>Loneliness and social isolation</source>
        <translation>Kelinnimada iyo go'doominta bulshada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="25" />
        <source>Children and families</source>
        <translation>Carruurta iyo qoysaska</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="26" />
        <source>Disability and care</source>
        <translation>Naafanimada iyo daryeelka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="27" />
        <source>Immigration and visas</source>
        <translation>Socdaalka iyo fiisooyinka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="28" />
        <source>Domestic abuse</source>
        <translation>Xadgudubka qoyska (domestic abuse)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="29" />
        <source>Education and learning</source>
        <translation>Waxbarasho iyo aqoon kororsi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="30" />
        <source>Legal advice</source>
        <translation>Talo sharci</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="31" />
        <source>Drugs and alcohol</source>
        <translation>Daroogada iyo khamriga</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="32" />
        <source>Older people</source>
        <translation>Dadka waayeelka ah</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="33" />
        <source>Digital help and access</source>
        <translation>Caawimaad dhijitaal ah iyo helitaanka internetka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="34" />
        <source>Transport</source>
        <translation>Gaadiidka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="35" />
        <source>Adult at risk of harm</source>
        <translation>Qof weyn oo khatar ku jira</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="36" />
        <source>Child at risk of harm</source>
        <translation>Ilmo khatar ku jira</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="37" />
        <source>Volunteering and time credits</source>
        <translation>Tabarrucidda iyo dhibcaha waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="38" />
        <source>Something else</source>
        <translation>Wax kale</translation>
    </message>
</context>
<context>
    <name>NeedsPicker</name>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="38" />
        <source>Type to filter, Enter to tick</source>
        <translation>Qor si aad u shaandhayso, Enter si aad u calaamadayso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="39" />
        <source>Filter needs</source>
        <translation>Shaandhee baahiyaha</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="41" />
        <source>Enter ticks the first matching need; Down arrow moves to the list</source>
        <translation>Enter ayaa calaamadeeya baahida ugu horreysa ee ku habboon; fallaarta hoose waxay u gudbisaa liiska</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="60" />
        <source>Needs</source>
        <translation>Baahiyo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="61" />
        <source>Space ticks or unticks a need</source>
        <translation>Space ayaa calaamadeeya ama ka saara calaamadda baahi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="65" />
        <source>Needs chosen</source>
        <translation>Baahiyaha la doortay</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="112" />
        <source>Chosen: {needs}</source>
        <translation>La doortay: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="113" />
        <source>No need chosen yet.</source>
        <translation>Weli baahi lama dooran.</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="41" />
        <source>Edit member {0}</source>
        <translation>Wax ka beddel xubinta {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="42" />
        <source>New time-bank member</source>
        <translation>Xubin cusub oo bangiga waqtiga ah</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="46" />
        <source>Who</source>
        <translation>Yaa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="49" />
        <source>Find a person already known to the hub</source>
        <translation>Raadi qof ay xaruntu horey u taqaanay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="50" />
        <source>Name, phone or postcode</source>
        <translation>Magac, telefoon ama koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="53" />
        <source>People found</source>
        <translation>Dadka la helay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="55" />
        <source>&amp;Already known?</source>
        <translation>&amp;Hore ma loo yaqaan?</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="60" />
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>&amp;First name</source>
        <translation>&amp;Magaca koowaad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>First name</source>
        <translation>Magaca koowaad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Famil&amp;y name</source>
        <translation>Magaca &amp;qoyska</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Family name</source>
        <translation>Magaca qoyska</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of &amp;birth</source>
        <translation>&amp;Taariikhda dhalashada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of birth</source>
        <translation>Taariikhda dhalashada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="67" />
        <source>Post&amp;code</source>
        <translation>&amp;Koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="67" />
        <source>Postcode</source>
        <translation>Koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="72" />
        <source>Membership</source>
        <translation>Xubinnimada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Adult</source>
        <translation>Qof weyn</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Young person</source>
        <translation>Qof dhallinyaro ah</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="76" />
        <source>Organisation or project</source>
        <translation>Hay'ad ama mashruuc</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="78" />
        <source>Member type</source>
        <translation>Nooca xubinta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="80" />
        <source>Youth Privilege Card number</source>
        <translation>Lambarka kaarka dhallinyarada (Youth Privilege Card)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="82" />
        <source>Organisation or project name</source>
        <translation>Magaca hay'adda ama mashruuca</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="84" />
        <source>e.g. cooking; IT; listening</source>
        <translation>tusaale: karinta cuntada; IT; dhegaysiga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="85" />
        <source>Skills</source>
        <translation>Xirfadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="87" />
        <source>e.g. older people; environment</source>
        <translation>tusaale: dadka waayeelka ah; deegaanka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="88" />
        <source>Interests and passions</source>
        <translation>Xiisaha iyo waxyaabaha aad jeceshahay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="90" />
        <source>Availability: space ticks a time</source>
        <translation>Waqtiga diyaarka: Space ayaa calaamadeeya waqti</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="97" />
        <source>Wants &amp;employment support (training, mentoring, placements)</source>
        <translation>Wuxuu rabaa &amp;taageerada shaqada (tababar, la-talin, shaqo-barasho)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="99" />
        <source>Wants employment support</source>
        <translation>Wuxuu rabaa taageerada shaqada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="104" />
        <source>Hubs the member attends: space ticks a hub</source>
        <translation>Xarumaha uu xubinku tago: Space ayaa calaamadeeya xarun</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="108" />
        <source>Only staff and coordinators can change the hubs a member attends.</source>
        <translation>Shaqaalaha iyo isku-duwayaasha oo keliya ayaa beddeli kara xarumaha uu xubin tago.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="113" />
        <source>&amp;Type</source>
        <translation>&amp;Nooc</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="114" />
        <source>Youth Privilege Car&amp;d</source>
        <translation>Kaarka dhallin&amp;yarada (Youth Privilege Card)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="119" />
        <source>H&amp;ubs</source>
        <translation>Xa&amp;rumaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="124" />
        <source>The member a&amp;grees to their record being kept</source>
        <translation>Xubintu waxay &amp;oggoshahay in diiwaankeeda la hayo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="243" />
        <source>Tick at least one hub the member attends.</source>
        <translation>Calaamadee ugu yaraan hal xarun oo uu xubinku tago.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="115" />
        <source>&amp;Organisation</source>
        <translation>Hay'&amp;ad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="116" />
        <source>&amp;Skills</source>
        <translation>&amp;Xirfadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="117" />
        <source>&amp;Interests</source>
        <translation>X&amp;iisaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="118" />
        <source>A&amp;vailable</source>
        <translation>&amp;Diyaar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="125" />
        <source>Consent to keep a record</source>
        <translation>Oggolaansho in la kaydiyo diiwaan</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="130" />
        <source>Save member</source>
        <translation>Kaydi xubinta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="161" />
        <source>Another hub ({0})</source>
        <translation>Xarun kale ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="222" />
        <source>Using the record already kept for {0}.</source>
        <translation>Waxaa la isticmaalayaa diiwaanka horey loogu hayay {0}.</translation>
    </message>
</context>
<context>
    <name>NewOpportunityDialog</name>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="32" />
        <location filename="../../ui/timebank/opportunity_dialog.py" line="33" />
        <source>New opportunity</source>
        <translation>Fursad cusub</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="35" />
        <source>Title</source>
        <translation>Madaxa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="36" />
        <source>e.g. Befriender needed on Tuesdays</source>
        <translation>tusaale: Saaxiib-la-joog (befriender) ayaa loo baahan yahay Talaadada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="38" />
        <source>Description</source>
        <translation>Sharaxaad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="40" />
        <source>Activity</source>
        <translation>Hawl</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="41" />
        <source>(any)</source>
        <translation>(mid kasta)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="45" />
        <source>Skills wanted</source>
        <translation>Xirfadaha loo baahan yahay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="46" />
        <source>e.g. listening; driving</source>
        <translation>tusaale: dhegaysiga; baabuur wadidda</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="48" />
        <source>Interests</source>
        <translation>Xiisaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="50" />
        <source>When: space ticks a time</source>
        <translation>Goorma: Space ayaa calaamadeeya waqti</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Starts</source>
        <translation>Bilow</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Ends</source>
        <translation>Dhammaad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="63" />
        <source>Training, mentoring or a &amp;placement</source>
        <translation>Tababar, la-talin (mentoring) ama shaqo-&amp;barasho</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="64" />
        <source>Employment support opportunity</source>
        <translation>Fursad taageerada shaqada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="67" />
        <source>&amp;Title</source>
        <translation>&amp;Madaxa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="68" />
        <source>&amp;Description</source>
        <translation>&amp;Sharaxaad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="69" />
        <source>&amp;Activity</source>
        <translation>&amp;Hawl</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="70" />
        <source>&amp;Skills wanted</source>
        <translation>&amp;Xirfadaha loo baahan yahay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="71" />
        <source>&amp;Interests</source>
        <translation>X&amp;iisaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="72" />
        <source>&amp;When</source>
        <translation>&amp;Goorma</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="73" />
        <source>St&amp;arts</source>
        <translation>Bil&amp;ow</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="74" />
        <source>&amp;Ends</source>
        <translation>&amp;Dhammaad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="79" />
        <source>Save opportunity</source>
        <translation>Kaydi fursadda</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="80" />
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/people/new_person.py" line="65" />
        <source>New person</source>
        <translation>Qof cusub</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>&amp;First name(s):</source>
        <translation>&amp;Magaca koowaad:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>F&amp;amily name:</source>
        <translation>Magaca &amp;qoyska:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Date of birth:</source>
        <translation>&amp;Taariikhda dhalashada:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>P&amp;ostcode:</source>
        <translation>&amp;Koodhka boostada:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>&amp;Email:</source>
        <translation>&amp;Iimayl:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="83" />
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="94" />
        <source>Possible duplicates</source>
        <translation>Kuwa laga yaabo inay laba jeer galeen</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="96" />
        <source>People who may be the same</source>
        <translation>Dadka laga yaabo inay isku qof yihiin</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="97" />
        <source>&amp;Use the selected person</source>
        <translation>Isticmaal qofka la &amp;doortay</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="98" />
        <source>Use the selected person</source>
        <translation>Isticmaal qofka la doortay</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="105" />
        <source>Problem</source>
        <translation>Dhibaato</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="110" />
        <location filename="../../ui/people/new_person.py" line="112" />
        <location filename="../../ui/people/new_person.py" line="135" />
        <source>Add person</source>
        <translation>Ku dar qof</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="168" />
        <source>{who} (same {why})</source>
        <translation>{who} (isku mid: {why})</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="173" />
        <source>This may be someone already recorded. Ask them, then use their record or, if it really is someone new, press “Add as a new person”.</source>
        <translation>Kani waxaa laga yaabaa inuu yahay qof horey loo diiwaangeliyay. Weydii, kadib isticmaal diiwaankooda ama, haddii uu runtii yahay qof cusub, riix “Ku dar qof cusub ahaan”.</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="176" />
        <source>Add as a new person</source>
        <translation>Ku dar qof cusub ahaan</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="196" />
        <source>Could not add the person: {error}</source>
        <translation>Qofka lama darin: {error}</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="36" />
        <source>Opportunity</source>
        <translation>Fursad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="37" />
        <source>From</source>
        <translation>Laga bilaabo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="38" />
        <source>Skills wanted</source>
        <translation>Xirfadaha loo baahan yahay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="39" />
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Employment</source>
        <translation>Shaqo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Yes</source>
        <translation>Haa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="44" />
        <source>Open opportunities</source>
        <translation>Fursadaha furan</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="46" />
        <source>Member</source>
        <translation>Xubin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="47" />
        <source>Score</source>
        <translation>Dhibco</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="48" />
        <source>Why</source>
        <translation>Sababta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="52" />
        <source>Members ranked for this opportunity</source>
        <translation>Xubnaha loo kala horreysiiyay fursaddan</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="61" />
        <source>&amp;New opportunity…</source>
        <translation>Fursad &amp;cusub…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="62" />
        <source>Post a new opportunity</source>
        <translation>Soo dhig fursad cusub</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="64" />
        <source>&amp;Open member</source>
        <translation>Fur &amp;xubinta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="65" />
        <source>Open the selected member</source>
        <translation>Fur xubinta la doortay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="72" />
        <source>O&amp;pportunities</source>
        <translation>&amp;Fursadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="80" />
        <source>Best &amp;matches (skills, interests, availability, hub)</source>
        <translation>Kuwa ugu &amp;habboon (xirfado, xiisayaal, waqti diyaar ah, xarun)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/people/view.py" line="55" />
        <source>&amp;Find a person:</source>
        <translation>&amp;Raadi qof:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="65" />
        <source>Find someone on the left to see their record.</source>
        <translation>Bidixda ka raadi qof si aad u aragto diiwaankiisa.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="67" />
        <source>Person</source>
        <translation>Qof</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="68" />
        <source>Details</source>
        <translation>Faahfaahin</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>First name(s):</source>
        <translation>Magaca koowaad:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>Family name:</source>
        <translation>Magaca qoyska:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Date of birth:</source>
        <translation>Taariikhda dhalashada:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Email:</source>
        <translation>Iimayl:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Postcode:</source>
        <translation>Koodhka boostada:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Address:</source>
        <translation>Cinwaan:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Language code:</source>
        <translation>Koodhka luqadda:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="77" />
        <source>Accessibility needs:</source>
        <translation>Baahiyaha gaadhista (accessibility):</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="88" />
        <location filename="../../ui/people/view.py" line="89" />
        <source>Interpreter needed</source>
        <translation>Turjubaan ayaa loo baahan yahay</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="91" />
        <source>&amp;Save changes</source>
        <translation>&amp;Kaydi isbeddellada</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="92" />
        <source>Save changes to the person</source>
        <translation>Kaydi isbeddellada qofka</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="93" />
        <source>&amp;New enquiry for them</source>
        <translation>Codsi c&amp;usub oo qofkan ah</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="94" />
        <source>Record a new enquiry for this person</source>
        <translation>Codsi cusub u diiwaangeli qofkan</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="95" />
        <source>&amp;Merge with another record…</source>
        <translation>Ku &amp;biiri diiwaan kale…</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="96" />
        <source>Merge with another record</source>
        <translation>Ku biiri diiwaan kale</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="98" />
        <source>Result</source>
        <translation>Natiijo</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="106" />
        <source>Their enquiries</source>
        <translation>Codsiyadooda</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="107" />
        <source>Their &amp;enquiries (Enter opens one):</source>
        <translation>&amp;Codsiyadooda (Enter ayaa mid fura):</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="180" />
        <source>No enquiries yet.</source>
        <translation>Weli codsiyo ma jiraan.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="193" />
        <source>Saved.</source>
        <translation>Waa la kaydiyay.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="201" />
        <source>Not saved: fix what is shown in red.</source>
        <translation>Lama kaydin: sax waxa casaanka lagu muujiyay.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="215" />
        <source>Records merged.</source>
        <translation>Diiwaannada waa la isku biiriyay.</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="50" />
        <source>Name, phone, postcode or date of birth</source>
        <translation>Magac, telefoon, koodhka boostada ama taariikhda dhalashada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="51" />
        <source>Find a person</source>
        <translation>Raadi qof</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="53" />
        <source>Type to search; Down arrow moves to the results, Enter picks one</source>
        <translation>Qor si aad u raadiso; fallaarta hoose waxay u gudbisaa natiijooyinka, Enter ayaa mid dooranaya</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="56" />
        <source>People found</source>
        <translation>Dadka la helay</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="59" />
        <source>Search result count</source>
        <translation>Tirada natiijooyinka raadinta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/person_search.py" line="109" />
        <source>%n person(s) found; Down arrow to choose, Enter to pick.</source>
        <translation>
            <numerusform>Dadka la helay: %n; fallaarta hoose si aad u doorato, Enter si aad u qaadato.</numerusform>
            <numerusform>Dadka la helay: %n; fallaarta hoose si aad u doorato, Enter si aad u qaadato.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="111" />
        <source>Nobody found. Check the spelling, or add a new person.</source>
        <translation>Qofna lama helin. Hubi higgaadda, ama ku dar qof cusub.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/sections.py" line="67" />
        <source>The {section} section is not available yet (issue {issue}).</source>
        <translation>Qaybta {section} weli lama heli karo (arrinta {issue}).</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="73" />
        <source>{section}: not available yet</source>
        <translation>{section}: weli lama heli karo</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="84" />
        <source>Details</source>
        <translation>Faahfaahin</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="124" />
        <location filename="../../ui/security/login.py" line="133" />
        <source>Recovery key</source>
        <translation>Furaha soo celinta</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="126" />
        <source>Print this recovery key now and keep it locked away, apart from this computer. If this computer's keyring is lost (a new user profile, a rebuilt PC), the key is the only way to open records that have not reached the council yet. Anyone with it and a copy of the data folder can read the records.</source>
        <translation>Hadda daabac furahan soo celinta oo meel xiran ku hay, kana fog kombiyuutarkan. Haddii kaydka furayaasha (keyring) ee kombiyuutarkan uu lumo (astaan isticmaale cusub, kombiyuutar dib loo dhisay), furahan ayaa ah habka keliya ee lagu furi karo diiwaannada aan weli gaadhin golaha degmada. Qof kasta oo haysta furahan iyo nuqul galka xogta wuu akhrin karaa diiwaannada.</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="136" />
        <source>&amp;Copy</source>
        <translation>&amp;Koobi</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="138" />
        <source>&amp;Print…</source>
        <translation>&amp;Daabac…</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Follow up by</source>
        <translation>La-socod ka hor</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Enquiry</source>
        <translation>Codsi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Service</source>
        <translation>Adeeg</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="47" />
        <source>Status</source>
        <translation>Xaaladda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>made</source>
        <translation>la sameeyay</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>sent</source>
        <translation>la diray</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>seen</source>
        <translation>la arkay</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="52" />
        <source>accepted</source>
        <translation>la aqbalay</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="52" />
        <source>declined</source>
        <translation>la diiday</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="53" />
        <source>closed</source>
        <translation>la xiray</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="78" />
        <source>Open referrals</source>
        <translation>Gudbinta furan</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="86" />
        <source>Note about this change</source>
        <translation>Qoraal ku saabsan isbeddelkan</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="87" />
        <source>No&amp;te:</source>
        <translation>&amp;Qoraal:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="91" />
        <source>Referrals status</source>
        <translation>Xaaladda gudbinta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="94" />
        <source>Mark s&amp;ent</source>
        <translation>&amp;Calaamadee la diray</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="94" />
        <source>Mark see&amp;n</source>
        <translation>Calaamadee la &amp;arkay</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="95" />
        <source>A&amp;ccepted</source>
        <translation>&amp;La aqbalay</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="96" />
        <source>Decl&amp;ined</source>
        <translation>La &amp;diiday</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="97" />
        <source>Cl&amp;ose</source>
        <translation>&amp;Xir</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="99" />
        <source>Set status: {status}</source>
        <translation>Deji xaaladda: {status}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="128" />
        <source>%n open referral(s)</source>
        <translation>
            <numerusform>Gudbin furan: %n</numerusform>
            <numerusform>Gudbin furan: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="129" />
        <source>%n due a follow-up</source>
        <translation>
            <numerusform>La-socod la gaaray: %n</numerusform>
            <numerusform>La-socod la gaaray: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="28" />
        <source>Report a problem</source>
        <translation>Sheeg dhibaato</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="29" />
        <source>Report a problem with {name}</source>
        <translation>Sheeg dhibaato ku saabsan {name}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="30" />
        <source>What is wrong with “{name}”? The council will be told at the next sync.</source>
        <translation>Maxaa khaldan “{name}”? Golaha degmada waa loo sheegi doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="34" />
        <source>What is wrong</source>
        <translation>Waxa khaldan</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>It has closed</source>
        <translation>Adeeggu wuu xirmay</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>Phone or email is wrong</source>
        <translation>Telefoonka ama iimaylka waa khalad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="36" />
        <source>Address is wrong</source>
        <translation>Cinwaanka waa khalad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="37" />
        <source>Opening times are wrong</source>
        <translation>Saacadaha furitaanka waa khalad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="38" />
        <source>Who it is for is wrong</source>
        <translation>Cidda loogu talagalay waa khalad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="39" />
        <source>Something else</source>
        <translation>Wax kale</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="43" />
        <source>Details</source>
        <translation>Faahfaahin</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="45" />
        <source>details</source>
        <translation>faahfaahin</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="47" />
        <source>&amp;Problem:</source>
        <translation>&amp;Dhibaato:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="48" />
        <source>&amp;Details:</source>
        <translation>&amp;Faahfaahin:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="51" />
        <source>&amp;Send report</source>
        <translation>Di&amp;r warbixinta</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/reports/words.py" line="24" />
        <source>Enquiries</source>
        <translation>Codsiyada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="25" />
        <source>Signposting</source>
        <translation>Tilmaamid</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="26" />
        <source>Time bank</source>
        <translation>Bangiga waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="27" />
        <source>Time audit</source>
        <translation>Hubinta waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="29" />
        <source>Enquiries by channel</source>
        <translation>Codsiyada sida ay u yimaadeen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="30" />
        <source>Enquiries by outcome</source>
        <translation>Codsiyada natiijadooda</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="31" />
        <source>Enquiries by need (six most common)</source>
        <translation>Codsiyada baahida (lixda ugu badan)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="32" />
        <source>Unmet needs by need</source>
        <translation>Baahiyaha aan la daboolin, baahi ahaan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="33" />
        <source>Unmet needs by area</source>
        <translation>Baahiyaha aan la daboolin, aag ahaan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="34" />
        <source>Top services signposted and referred</source>
        <translation>Adeegyada ugu badan ee la tilmaamay iyo la gudbiyay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="35" />
        <source>Referral outcomes</source>
        <translation>Natiijooyinka gudbinta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="36" />
        <source>Follow-ups overdue</source>
        <translation>La-socodyada dib u dhacay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="37" />
        <source>Time bank hours by activity</source>
        <translation>Saacadaha bangiga waqtiga, hawl ahaan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="38" />
        <source>Active and new members</source>
        <translation>Xubnaha firfircoon iyo kuwa cusub</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="39" />
        <source>Credits earned and spent</source>
        <translation>Dhibcaha la helay iyo kuwa la isticmaalay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="40" />
        <source>Time audit: who gives</source>
        <translation>Hubinta waqtiga: yaa bixiya</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="41" />
        <source>Time audit: how much each member gives</source>
        <translation>Hubinta waqtiga: inta xubin kastaa bixiso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="42" />
        <source>Time audit: when time is given</source>
        <translation>Hubinta waqtiga: goorta waqtiga la bixiyo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="43" />
        <source>Time audit: where time is given</source>
        <translation>Hubinta waqtiga: halka waqtiga lagu bixiyo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="45" />
        <source>Day</source>
        <translation>Maalin</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="46" />
        <source>ISO week</source>
        <translation>Toddobaadka ISO</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="47" />
        <source>Month</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="48" />
        <source>Need</source>
        <translation>Baahi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="49" />
        <source>Needs not met</source>
        <translation>Baahiyo aan la daboolin</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="50" />
        <source>Unmet needs</source>
        <translation>Baahiyaha aan la daboolin</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="51" />
        <source>All other needs</source>
        <translation>Dhammaan baahiyaha kale</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="52" />
        <source>Other needs</source>
        <translation>Baahiyo kale</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="53" />
        <source>Postcode district</source>
        <translation>Degmada koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="54" />
        <source>Service</source>
        <translation>Adeeg</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="55" />
        <source>Times used</source>
        <translation>Inta jeer la isticmaalay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="56" />
        <source>Signposted</source>
        <translation>La tilmaamay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="57" />
        <source>Referred</source>
        <translation>La gudbiyay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="58" />
        <source>Referrals</source>
        <translation>Gudbinno</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="59" />
        <source>Status now</source>
        <translation>Xaaladda hadda</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="60" />
        <source>Days overdue</source>
        <translation>Maalmaha dib u dhaca</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="61" />
        <source>Follow-ups</source>
        <translation>La-socodyo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="62" />
        <source>Hours given</source>
        <translation>Saacadaha la bixiyay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="63" />
        <source>Hours of credit</source>
        <translation>Saacadaha dhibcaha</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="64" />
        <source>Other activities</source>
        <translation>Hawlo kale</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="65" />
        <source>Not recorded</source>
        <translation>Lama diiwaangelin</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="66" />
        <source>Active members</source>
        <translation>Xubnaha firfircoon</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="67" />
        <source>New members</source>
        <translation>Xubno cusub</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="68" />
        <source>Members</source>
        <translation>Xubnaha</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="69" />
        <source>Earned</source>
        <translation>La helay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="70" />
        <source>Spent</source>
        <translation>La isticmaalay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="71" />
        <source>Hours</source>
        <translation>Saacadaha</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="72" />
        <source>Hours given in the period</source>
        <translation>Saacadaha la bixiyay muddada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="73" />
        <source>Day of the week</source>
        <translation>Maalinta toddobaadka</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="74" />
        <source>Hub</source>
        <translation>Xarun</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="76" />
        <source>Walk-in</source>
        <translation>Si toos ah u yimid</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="77" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="78" />
        <source>Email</source>
        <translation>Iimayl</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="79" />
        <source>Outreach</source>
        <translation>U tagista bulshada (outreach)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="80" />
        <source>Information given</source>
        <translation>Macluumaadka la bixiyay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="81" />
        <source>Escalated</source>
        <translation>Loo gudbiyay mas'uul</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="82" />
        <source>No suitable service</source>
        <translation>Adeeg ku habboon ma jiro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="83" />
        <source>Still open</source>
        <translation>Weli furan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="84" />
        <source>Made</source>
        <translation>La sameeyay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="85" />
        <source>Sent</source>
        <translation>La diray</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="86" />
        <source>Seen</source>
        <translation>La arkay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="87" />
        <source>Accepted</source>
        <translation>La aqbalay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="88" />
        <source>Declined</source>
        <translation>La diiday</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="89" />
        <source>Closed</source>
        <translation>La xiray</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="90" />
        <source>Adults</source>
        <translation>Dadka waaweyn</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="91" />
        <source>Young people</source>
        <translation>Dhallinyarada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="92" />
        <source>Organisations</source>
        <translation>Ururada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="93" />
        <source>1-7 days</source>
        <translation>1-7 maalmood</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="94" />
        <source>8-14 days</source>
        <translation>8-14 maalmood</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="95" />
        <source>15-30 days</source>
        <translation>15-30 maalmood</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="96" />
        <source>Over 30 days</source>
        <translation>In ka badan 30 maalmood</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="97" />
        <source>Under 5 h</source>
        <translation>Ka yar 5 saacadood</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="98" />
        <source>5-10 h</source>
        <translation>5-10 saacadood</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="99" />
        <source>10-20 h</source>
        <translation>10-20 saacadood</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="100" />
        <source>20-50 h</source>
        <translation>20-50 saacadood</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="101" />
        <source>50 h or more</source>
        <translation>50 saacadood ama ka badan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="102" />
        <source>Mon</source>
        <translation>Isn.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="103" />
        <source>Tue</source>
        <translation>Tal.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="104" />
        <source>Wed</source>
        <translation>Arb.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="105" />
        <source>Thu</source>
        <translation>Kha.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="106" />
        <source>Fri</source>
        <translation>Jim.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="107" />
        <source>Sat</source>
        <translation>Sab.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="108" />
        <source>Sun</source>
        <translation>Axd.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="110" />
        <source>Each enquiry once, by how the resident came.</source>
        <translation>Codsi kasta hal mar, sida qofka deegaanku u yimid.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="111" />
        <source>Each enquiry once, by its outcome now.</source>
        <translation>Codsi kasta hal mar, natiijadiisa hadda.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="112" />
        <source>An enquiry with two needs counts under both.</source>
        <translation>Codsi leh laba baahiyood wuxuu ku tirsan yahay labadaba.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="113" />
        <source>"No suitable service found", in the period.</source>
        <translation>"Lama helin adeeg ku habboon", muddada.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="114" />
        <source>The ten districts with most unmet needs; "unknown": anonymous or no postcode.</source>
        <translation>Tobanka degmo ee baahiyaha aan la daboolin ugu badan; "unknown": qof aan magac lahayn ama koodh boosto la'aan.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="116" />
        <source>Signposting and referrals are not recorded on this device yet.</source>
        <translation>Tilmaamidda iyo gudbinta weli laguma diiwaangeliyo qalabkan.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="118" />
        <source>The ten services used most in the period.</source>
        <translation>Tobanka adeeg ee ugu badan ee la isticmaalay muddada.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="119" />
        <source>Referrals made in the period, by their status now.</source>
        <translation>Gudbinnada la sameeyay muddada, xaaladdooda hadda.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="120" />
        <source>The time bank is not set up on this device yet.</source>
        <translation>Bangiga waqtiga weli laguma dejin qalabkan.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="121" />
        <source>Credits earned for time given, net of corrections.</source>
        <translation>Dhibcaha lagu helay waqtiga la bixiyay, sixitaannada ka dib.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="122" />
        <source>Active: earned or spent credits in the month.</source>
        <translation>Firfircoon: dhibco helay ama isticmaalay bishaas.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="123" />
        <source>Spent: on rewards. Net of corrections.</source>
        <translation>La isticmaalay: abaalmarinno. Sixitaannada ka dib.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="124" />
        <source>Hours given by members of each type.</source>
        <translation>Saacadaha ay bixiyeen xubnaha nooc kasta.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="125" />
        <source>Members by the hours they gave in the period.</source>
        <translation>Xubnaha iyadoo loo eegayo saacadaha ay bixiyeen muddada.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="126" />
        <source>By the day the time was given.</source>
        <translation>Maalinta waqtiga la bixiyay.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="127" />
        <source>By the hub that logged the hours.</source>
        <translation>Xarunta diiwaangelisay saacadaha.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="140" />
        <source>Whole months, {first} to {last}.</source>
        <translation>Bilo dhan, {first} ilaa {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="145" />
        <source>Not done and past their date, as of {date}.</source>
        <translation>Aan la samayn oo taariikhdoodu dhaaftay, ilaa {date}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="37" />
        <source>Last 4 weeks</source>
        <translation>4-tii toddobaad ee u dambeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="38" />
        <source>Last 3 months</source>
        <translation>3-dii bilood ee u dambeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="39" />
        <source>Last 12 months</source>
        <translation>12-kii bilood ee u dambeeyay</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="40" />
        <source>Custom</source>
        <translation>Gaar ah</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="41" />
        <source>Week</source>
        <translation>Toddobaad</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="42" />
        <source>Day</source>
        <translation>Maalin</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="43" />
        <source>Month</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="74" />
        <source>All hubs</source>
        <translation>Dhammaan xarumaha</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="83" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Cusboonaysii</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="84" />
        <source>Monthly &amp;PDF…</source>
        <translation>&amp;PDF bille ah…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="85" />
        <source>&amp;Spreadsheet…</source>
        <translation>Xaashi xi&amp;saabeed…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="86" />
        <source>&amp;Open data…</source>
        <translation>Xog &amp;furan…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>&amp;Range</source>
        <translation>&amp;Muddada taariikhaha</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>Fro&amp;m</source>
        <translation>&amp;Laga bilaabo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="90" />
        <source>&amp;To</source>
        <translation>&amp;Ilaa</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="90" />
        <source>&amp;Hub</source>
        <translation>&amp;Xarun</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="91" />
        <source>&amp;Group by</source>
        <translation>&amp;U kooxee</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="100" />
        <source>Dashboard status</source>
        <translation>Xaaladda bogga warbixinta guud</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="108" />
        <source>Refresh the dashboard</source>
        <translation>Cusboonaysii shaxda warbixinta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="109" />
        <source>Save the monthly hub report as PDF</source>
        <translation>U kaydi warbixinta bishii ee xarunta PDF ahaan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="111" />
        <source>Save every chart's data as a spreadsheet</source>
        <translation>Ku kaydi xogta shax kasta xaashi xisaabeed</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="113" />
        <source>Export open data with small numbers hidden</source>
        <translation>Dhoofi xogta furan adigoo qarinaya tirooyinka yaryar</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="118" />
        <source>Dashboard sections</source>
        <translation>Qaybaha bogga warbixinta guud</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="147" />
        <source>%1 charts</source>
        <translation>Jaantusyo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="199" />
        <source>The start date is after the end date.</source>
        <translation>Taariikhda bilowgu waxay ka dambaysaa taariikhda dhammaadka.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="219" />
        <source>Working…</source>
        <translation>Waa la shaqaynayaa…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="231" />
        <source>Reading the records… (step %1)</source>
        <translation>Waxaa la akhrinayaa diiwaannada… (tallaabada %1)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="255" />
        <source>Could not compute the dashboard: %1</source>
        <translation>Bogga warbixinta guud lama xisaabin karin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="273" />
        <source>%1 to %2 · computed in %3 ms</source>
        <translation>%1 ilaa %2 · waxaa lagu xisaabiyay %3 ms</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="324" />
        <source>Save chart as PNG</source>
        <translation>U kaydi jaantuska sida PNG</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="325" />
        <source>PNG image (*.png)</source>
        <translation>Sawir PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="330" />
        <source>Save chart data as CSV</source>
        <translation>U kaydi xogta jaantuska sida CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="331" />
        <source>CSV file (*.csv)</source>
        <translation>Fayl CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="339" />
        <source>Not saved</source>
        <translation>Lama kaydin</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="340" />
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Lama qori karin %1: %2. Dooro gal kale.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="343" />
        <source>Saved %1</source>
        <translation>Waa la kaydiyay %1</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Service</source>
        <translation>Adeeg</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Run by</source>
        <translation>Waxaa maamula</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Where</source>
        <translation>Halkee</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="67" />
        <source>{km:.1f} km</source>
        <translation>{km:.1f} km</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="68" />
        <source>Phone or online</source>
        <translation>Telefoon ama internet</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="69" />
        <source>Address confidential</source>
        <translation>Cinwaanka waa qarsoodi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="79" />
        <source>local</source>
        <translation>maxalli</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="81" />
        <source>not checked for over a year</source>
        <translation>lama hubin in ka badan sannad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="89" />
        <source>Last verified {date}: check the details before relying on them.</source>
        <translation>Markii ugu dambeysay ee la hubiyay {date}: hubi faahfaahinta ka hor intaadan ku tiirsanaan.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="90" />
        <source>never</source>
        <translation>weligeed</translation>
    </message>
</context>
<context>
    <name>RewardsTab</name>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="49" />
        <source>Member spending credits</source>
        <translation>Xubinta dhibcaha isticmaalaysa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="51" />
        <source>Choose a member to see their balance.</source>
        <translation>Dooro xubin si aad u aragto haraagooda.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="52" />
        <source>Balance</source>
        <translation>Haraaga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="54" />
        <source>Reward</source>
        <translation>Abaalmarin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="55" />
        <source>Provider</source>
        <translation>Bixiyaha adeegga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="56" />
        <source>Cost</source>
        <translation>Qiimaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Kind</source>
        <translation>Nooc</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Financial</source>
        <translation>Lacageed</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="58" />
        <source>Non-financial</source>
        <translation>Aan lacageed ahayn</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="59" />
        <source>For</source>
        <translation>Loogu talagalay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>Left</source>
        <translation>Hadhay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>No limit</source>
        <translation>Xad ma leh</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="63" />
        <source>Valid</source>
        <translation>Ansax</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="64" />
        <source>Always</source>
        <translation>Had iyo jeer</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="68" />
        <source>Rewards</source>
        <translation>Abaalmarinno</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="76" />
        <source>&amp;Redeem for this member</source>
        <translation>&amp;U qaado xubintan</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="77" />
        <source>Redeem the selected reward</source>
        <translation>Qaado abaalmarinta la doortay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="82" />
        <source>Voucher code issued</source>
        <translation>Koodhka kuuboonka ee la bixiyay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="86" />
        <location filename="../../ui/timebank/rewards_view.py" line="93" />
        <source>Give credits</source>
        <translation>Bixi dhibco</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="89" />
        <source>Member receiving the gift</source>
        <translation>Xubinta hadiyadda helaysa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="91" />
        <source>Credits to give</source>
        <translation>Dhibcaha la bixinayo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="92" />
        <source>&amp;Give</source>
        <translation>&amp;Sii</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="95" />
        <source>T&amp;o member</source>
        <translation>Xubinta &amp;loo dirayo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="110" />
        <source>Minu&amp;tes</source>
        <translation>&amp;Daqiiqado</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="118" />
        <source>Check</source>
        <translation>Hubi</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="96" />
        <source>&amp;Amount</source>
        <translation>&amp;Qaddar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="98" />
        <source>Convert to local currency</source>
        <translation>U beddel lacagta maxalliga ah</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="103" />
        <source> min</source>
        <translation> daq</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="104" />
        <source>Minutes to convert</source>
        <translation>Daqiiqadaha la beddelayo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="106" />
        <source>Conversion rate</source>
        <translation>Heerka beddelka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="107" />
        <source>&amp;Convert</source>
        <translation>&amp;Beddel</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="108" />
        <source>Convert credits</source>
        <translation>Beddel dhibcaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="111" />
        <source>Rate</source>
        <translation>Heerka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="113" />
        <source>Check a voucher</source>
        <translation>Hubi kuuboon</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="116" />
        <source>Voucher code to check</source>
        <translation>Koodhka kuuboonka ee la hubinayo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="119" />
        <source>Check voucher</source>
        <translation>Hubi kuuboonka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="122" />
        <source>Voucher check result</source>
        <translation>Natiijada hubinta kuuboonka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="125" />
        <source>Vouc&amp;her code</source>
        <translation>Koodhka kuuboo&amp;nka</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="132" />
        <source>&amp;Member</source>
        <translation>&amp;Xubin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="136" />
        <source>&amp;Voucher:</source>
        <translation>&amp;Kuuboon:</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="173" />
        <source>Balance: {0}</source>
        <translation>Haraaga: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="175" />
        <source>{0:.2f} {1} an hour</source>
        <translation>{0:.2f} {1} saacaddii</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="176" />
        <source>No rate set up</source>
        <translation>Heer beddel lama dejin</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="181" />
        <source>Choose the member first.</source>
        <translation>Marka hore dooro xubinta.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="191" />
        <source>Choose a reward in the list.</source>
        <translation>Abaalmarin ka dooro liiska.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="200" />
        <source>{0} redeemed: give the member voucher {1} for {2}.</source>
        <translation>{0} waa la qaatay: xubinta sii kuuboonka {1} ee {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="201" />
        <source>the provider</source>
        <translation>bixiyaha adeegga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="212" />
        <source>Choose who receives the gift.</source>
        <translation>Dooro cidda hadiyadda helaysa.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="218" />
        <source>Gave {0} to {1}.</source>
        <translation>{1} waxaa la siiyay {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="228" />
        <source>Converted {0}: {1:.2f} {2}.</source>
        <translation>Waa la beddelay {0}: {1:.2f} {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="244" />
        <source>{0} ({1}), member {2}, issued {3}.</source>
        <translation>{0} ({1}), xubinta {2}, la bixiyay {3}.</translation>
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <location filename="../../ui/security/rights_view.py" line="33" />
        <location filename="../../ui/security/rights_view.py" line="103" />
        <source>Find the resident first.</source>
        <translation>Marka hore raadi qofka.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="35" />
        <source>Chosen resident</source>
        <translation>Qofka la doortay</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="38" />
        <source>&amp;Subject access export…</source>
        <translation>&amp;Bixi xogta qofka (subject access)…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="39" />
        <source>&amp;Withdraw all consent</source>
        <translation>&amp;Ka noqo dhammaan oggolaanshaha</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="40" />
        <source>Legal &amp;hold…</source>
        <translation>&amp;Hayn sharci ah…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="41" />
        <source>&amp;Erase…</source>
        <translation>&amp;Tirtir…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="72" />
        <source>Written: {html} and {json}</source>
        <translation>Waa la qoray: {html} iyo {json}</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="77" />
        <source>Consent withdrawn for {n} purpose(s); nothing more is shared from now on.</source>
        <translation>Oggolaanshaha waa laga noqday (ujeeddooyinka: {n}); hadda kadib waxba lama wadaagi doono.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="82" />
        <source>Legal hold</source>
        <translation>Hayn sharci ah</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="83" />
        <source>Why must this record be kept?</source>
        <translation>Waa maxay sababta diiwaankan ay tahay in la hayo?</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="91" />
        <source>Not done</source>
        <translation>Lama samayn</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="93" />
        <source>Legal hold placed: exempt from retention and erasure.</source>
        <translation>Hayn sharci ah ayaa la dhigay: kama khuseeyo xeerka kaydinta iyo tirtirka.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="101" />
        <source>Erased. The erasure reaches the council at the next sync.</source>
        <translation>Waa la tirtiray. Tirtiridda waxay gaadhi doontaa golaha degmada isku-waafajinta xigta.</translation>
    </message>
</context>
<context>
    <name>Safeguarding</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="42" />
        <source>If anyone is in immediate danger, call 999 now.</source>
        <translation>Haddii qof uu khatar degdeg ah ku jiro, hadda wac 999.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="43" />
        <source>Do not promise to keep it secret; explain who you will tell and why.</source>
        <translation>Ha ballan qaadin inaad qarsoodi ka dhigayso; u sharax cidda aad u sheegayso iyo sababta.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="44" />
        <source>Tell the hub's safeguarding lead today, in person or by phone, and note who you told.</source>
        <translation>Maanta u sheeg mas'uulka ilaalinta badbaadada (safeguarding lead) ee xarunta, qof ahaan ama telefoon, oo qor cidda aad u sheegtay.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="45" />
        <source>Domestic abuse: the National Domestic Abuse Helpline is 0808 2000 247 (free, 24 hours).</source>
        <translation>Xadgudubka qoyska: khadka caawimaadda qaranka (National Domestic Abuse Helpline) waa 0808 2000 247 (bilaash, 24 saacadood).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="46" />
        <source>Children: the council's children's front door (MASH) takes referrals the same day.</source>
        <translation>Carruurta: albaabka hore ee carruurta ee golaha degmada (MASH) wuxuu qaataa gudbinta isla maalintaas.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="47" />
        <source>Never write a refuge address on a slip or in notes.</source>
        <translation>Weligaa ha ku qorin cinwaanka hoyga gabbaadka (refuge) warqad ama qoraallo.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="181" />
        <source>Search services: words, a need, an organisation</source>
        <translation>Raadi adeegyo: erayo, baahi, hay'ad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="182" />
        <source>Search the directory</source>
        <translation>Raadi tusaha</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="183" />
        <source>Results update as you type; Down arrow moves to the results</source>
        <translation>Natiijooyinku waxay isbeddelaan markaad qorayso; fallaarta hoose waxay u gudbisaa natiijooyinka</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="186" />
        <source>Searc&amp;h:</source>
        <translation>&amp;Raadi:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="192" />
        <source>Services found</source>
        <translation>Adeegyada la helay</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="212" />
        <source>Search status</source>
        <translation>Xaaladda raadinta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="254" />
        <source>Searched for “{right}” instead of “{wrong}”.</source>
        <translation>Waxaa la raadiyay “{right}” halkii “{wrong}”.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="257" />
        <source>Many services match: best name matches first; type more to narrow.</source>
        <translation>Adeegyo badan ayaa ku habboon: magacyada ugu habboon ayaa hore; wax badan qor si aad u yarayso.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="261" />
        <source>No services found. If nothing suits, record it as an unmet need.</source>
        <translation>Adeegyo lama helin. Haddii aanay waxba ku habboonayn, u diiwaangeli baahi aan la buuxin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/search_panel.py" line="262" />
        <source>%n service(s) found</source>
        <translation>
            <numerusform>Adeegyada la helay: %n</numerusform>
            <numerusform>Adeegyada la helay: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="263" />
        <source> (showing the first 100)</source>
        <translation> (waxaa la muujinayaa 100-ka ugu horreeya)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="273" />
        <source>“{postcode}” is not a full postcode or district yet.</source>
        <translation>“{postcode}” weli ma aha koodh boosto oo dhammaystiran ama degmo.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="276" />
        <source>No position is known for {postcode} or its district, so distances cannot be shown.</source>
        <translation>Meel lagama yaqaan {postcode} ama degmadiisa, sidaas darteed masaafooyinka lama muujin karo.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="281" />
        <source>{postcode} is not in the postcode table; distances are from the centre of its sector.</source>
        <translation>{postcode} kuma jiro shaxda koodhadhka boostada; masaafooyinka waxaa laga xisaabiyaa bartamaha qaybtiisa.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="283" />
        <source>{postcode} is not in the postcode table; distances are from the approximate centre of its district.</source>
        <translation>{postcode} kuma jiro shaxda koodhadhka boostada; masaafooyinka waxaa laga xisaabiyaa qiyaas ahaan bartamaha degmadiisa.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="29" />
        <source>Enquiries</source>
        <translation>Codsiyada</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="31" />
        <source>Directory</source>
        <translation>Tusaha adeegyada</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="33" />
        <source>Time bank</source>
        <translation>Bangiga waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="35" />
        <source>Sync</source>
        <translation>Isku-waafajin</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="36" />
        <source>Reports</source>
        <translation>Warbixinno</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="38" />
        <source>Security</source>
        <translation>Ammaanka</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="40" />
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="112" />
        <source>It could not be loaded; the log file has the details.</source>
        <translation>Lama soo shubi karin; faylka diiwaanka (log) ayaa faahfaahinta haya.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="121" />
        <source>It could not be started; the log file has the details.</source>
        <translation>Lama bilaabi karin; faylka diiwaanka (log) ayaa faahfaahinta haya.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/security/page.py" line="169" />
        <source>Security settings are for coordinators. Press Ctrl+L to lock the screen when you step away.</source>
        <translation>Dejinta ammaanka waxaa iska leh isku-duwayaasha. Riix Ctrl+L si aad u qufusho shaashadda markaad tagayso.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="180" />
        <source>Security</source>
        <translation>Ammaanka</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="181" />
        <source>&amp;Users</source>
        <translation>&amp;Isticmaalayaasha</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="182" />
        <source>&amp;Audit trail</source>
        <translation>&amp;Diiwaanka hubinta</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="183" />
        <source>Se&amp;ttings and retention</source>
        <translation>De&amp;jinta iyo kaydinta</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="184" />
        <source>&amp;Residents' rights</source>
        <translation>X&amp;uquuqda dadka deegaanka</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="186" />
        <source>&amp;Consent renewals</source>
        <translation>Cusboonaysiinta &amp;ogolaanshaha</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="187" />
        <source>E&amp;quality</source>
        <translation>&amp;Sinnaanta</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="72" />
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="74" />
        <source>This hub</source>
        <translation>Xaruntan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="76" />
        <source>Hub name</source>
        <translation>Magaca xarunta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="77" />
        <source>hub name</source>
        <translation>magaca xarunta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="78" />
        <source>Save &amp;name</source>
        <translation>Kaydi &amp;magaca</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="79" />
        <source>Save hub name</source>
        <translation>Kaydi magaca xarunta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="81" />
        <source>Hub name status</source>
        <translation>Xaaladda magaca xarunta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="84" />
        <source>Council server</source>
        <translation>Seerfarka golaha degmada</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="85" />
        <source>Set up on the Sync page</source>
        <translation>Ka diyaari bogga Isku-waafajinta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="86" />
        <source>Set up on the S&amp;ync page…</source>
        <translation>Ka diyaari bogga &amp;Isku-waafajinta…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="87" />
        <source>Open the Sync page</source>
        <translation>Fur bogga Isku-waafajinta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="95" />
        <source>Hub &amp;name:</source>
        <translation>Magaca &amp;xarunta:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="98" />
        <source>Council &amp;server:</source>
        <translation>&amp;Seerfarka golaha:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="100" />
        <source>Language and text size (this computer, this user)</source>
        <translation>Luqadda iyo cabbirka qoraalka (kombiyuutarkan, isticmaalahan)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="102" />
        <source>Language of the app</source>
        <translation>Luqadda barnaamijka</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="107" />
        <source>Language note</source>
        <translation>Xusuusin luqadda</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="115" />
        <source>Text size</source>
        <translation>Cabbirka qoraalka</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="116" />
        <source>Ctrl+= and Ctrl+- also change it anywhere</source>
        <translation>Ctrl+= iyo Ctrl+- ayaa sidoo kale meel kasta ka beddela</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="118" />
        <source>&amp;Language:</source>
        <translation>&amp;Luqad:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="120" />
        <source>&amp;Text size:</source>
        <translation>&amp;Cabbirka qoraalka:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="121" />
        <source>High &amp;contrast (white on black, yellow focus)</source>
        <translation>Midabyo &amp;aad u kala duwan (qoraal cad oo madow ku yaal, calaamadda doorashada oo jaalle ah)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="122" />
        <source>High contrast</source>
        <translation>Midabyo aad u kala duwan (high contrast)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="123" />
        <source>Ctrl+Shift+H also switches it</source>
        <translation>Ctrl+Shift+H ayaa sidoo kale shida ama dama</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="127" />
        <source>Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 normal. The window's size and place are remembered.</source>
        <translation>Ctrl+= weynee, Ctrl+- yaree, Ctrl+0 caadi. Cabbirka iyo meesha daaqadda waa la xasuustaa.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="168" />
        <source>Not set up: working offline</source>
        <translation>Lama diyaarin: internet la'aan ayaa loo shaqaynayaa</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="173" />
        <source>Only a coordinator can rename the hub.</source>
        <translation>Isku-duwaha oo keliya ayaa beddeli kara magaca xarunta.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="180" />
        <source>Saved.</source>
        <translation>Waa la kaydiyay.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="195" />
        <source>The new language is used the next time AccessPoint starts.</source>
        <translation>Luqadda cusub waxaa la isticmaali doonaa marka xigta ee AccessPoint la bilaabo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="197" />
        <source>* Not yet checked by a native speaker.</source>
        <translation>* Weli ma hubin qof luqaddan ay hooyo u tahay.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/security/page.py" line="44" />
        <source>Lock the screen after minutes</source>
        <translation>Quful shaashadda kadib daqiiqado</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="45" />
        <source>Wrong attempts before lock-out</source>
        <translation>Isku dayo khaldan ka hor xannibaadda</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="46" />
        <source>Lock-out minutes</source>
        <translation>Daqiiqadaha xannibaadda</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="47" />
        <source>Allow the &amp;command line (acts as a coordinator)</source>
        <translation>Oggolow khadka &amp;amarrada (wuxuu u dhaqmaa sidii isku-duwe)</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="51" />
        <source>Keep enquiry details for days</source>
        <translation>Hay faahfaahinta codsiyada muddo (maalmood)</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="54" />
        <source>Anonymise people not seen for days</source>
        <translation>Qari magaca dadka aan la arag muddo (maalmood)</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="55" />
        <source>&amp;Save settings</source>
        <translation>&amp;Kaydi dejinta</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="57" />
        <source>&amp;Run retention now</source>
        <translation>&amp;Hadda fuli xeerka kaydinta</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="59" />
        <source>&amp;Back up to a file…</source>
        <translation>&amp;Nuqul kayd ah u samee fayl…</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="61" />
        <source>Show the reco&amp;very key…</source>
        <translation>Muuji &amp;furaha soo celinta…</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="64" />
        <source>&amp;Idle lock (minutes):</source>
        <translation>&amp;Quful marka aan la isticmaalin (daqiiqado):</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="65" />
        <source>&amp;Wrong attempts before lock-out:</source>
        <translation>Isku dayo khaldan ka hor xanni&amp;baadda:</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="66" />
        <source>Lock-out &amp;minutes:</source>
        <translation>Daqiiqadaha &amp;xannibaadda:</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="68" />
        <source>&amp;Enquiry details kept (days):</source>
        <translation>Faahfaahinta &amp;codsiyada la hayo (maalmood):</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="69" />
        <source>&amp;People not seen, anonymised after (days):</source>
        <translation>Dadka aan la arag, &amp;magacooda waa la qarinayaa kadib (maalmood):</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="90" />
        <source>Not done</source>
        <translation>Lama samayn</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="110" />
        <source>Saved.</source>
        <translation>Waa la kaydiyay.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="115" />
        <source>Retention run: {r}</source>
        <translation>Fulinta xeerka kaydinta: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="118" />
        <source>Back up to</source>
        <translation>Nuqul kayd ah u samee</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="123" />
        <source>Encrypted backup written.</source>
        <translation>Nuqul kayd ah oo la sireeyay (encrypted) ayaa la qoray.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="131" />
        <source>Recovery key</source>
        <translation>Furaha soo celinta</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="132" />
        <source>This database is not encrypted.</source>
        <translation>Xogtan (database) ma aha mid la sireeyay (encrypted).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="166" />
        <source>Sign in to AccessPoint</source>
        <translation>Soo gal AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="168" />
        <source>Your name</source>
        <translation>Magacaaga</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="173" />
        <source>PIN or password</source>
        <translation>PIN ama erayga sirta ah</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="176" />
        <source>&amp;Name:</source>
        <translation>&amp;Magac:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="177" />
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN ama erayga sirta ah:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="180" />
        <source>&amp;Sign in</source>
        <translation>&amp;Soo gal</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="194" />
        <source>Choose your name.</source>
        <translation>Dooro magacaaga.</translation>
    </message>
</context>
<context>
    <name>SignpostDialog</name>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="60" />
        <location filename="../../ui/directory/signpost_dialog.py" line="61" />
        <source>Signpost or refer</source>
        <translation>Tilmaan ama gudbi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="64" />
        <source>Enquiry</source>
        <translation>Codsi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="67" />
        <source>Services chosen</source>
        <translation>Adeegyada la doortay</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="68" />
        <source>Delete removes a service from the list</source>
        <translation>Furaha Delete ayaa adeeg ka saara liiska</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="70" />
        <source>Chosen serv&amp;ices (Enter in the results adds one):</source>
        <translation>&amp;Adeegyada la doortay (Enter natiijooyinka ayaa mid ku daraya):</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="72" />
        <source>A&amp;dd to list</source>
        <translation>Ku dar lii&amp;ska</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="73" />
        <source>Add the selected service to the list</source>
        <translation>Adeegga la doortay ku dar liiska</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="74" />
        <source>Signpos&amp;t: the resident was given the details</source>
        <translation>&amp;Tilmaan: qofka waxaa la siiyay faahfaahinta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="76" />
        <source>&amp;Refer: send their details to the service (needs consent to share)</source>
        <translation>&amp;Gudbi: u dir xogtooda adeegga (waxay u baahan tahay oggolaansho wadaag)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Signpost</source>
        <translation>Tilmaan</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Refer</source>
        <translation>Gudbi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="86" />
        <source>Consent to share</source>
        <translation>Oggolaansho wadaag</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="88" />
        <source>Note</source>
        <translation>Qoraal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="89" />
        <source>N&amp;ote:</source>
        <translation>&amp;Qoraal:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="91" />
        <source>signposting</source>
        <translation>tilmaamid</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="92" />
        <source>&amp;No suitable service found</source>
        <translation>&amp;Lama helin adeeg ku habboon</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="93" />
        <source>No suitable service found: record the unmet need</source>
        <translation>Lama helin adeeg ku habboon: diiwaangeli baahida aan la buuxin</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="95" />
        <source>&amp;Save</source>
        <translation>&amp;Kaydi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="96" />
        <source>Save</source>
        <translation>Kaydi</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="97" />
        <source>Save and &amp;print slip…</source>
        <translation>Kaydi oo &amp;daabac warqadda…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="98" />
        <source>Save and print the slip</source>
        <translation>Kaydi oo daabac warqadda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="99" />
        <location filename="../../ui/directory/signpost_dialog.py" line="100" />
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="139" />
        <source>Enquiry {ref} · needs: {needs}</source>
        <translation>Codsi {ref} · baahiyaha: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="140" />
        <source>none recorded</source>
        <translation>waxba lama diiwaangelin</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="146" />
        <source>The resident has given consent to share: you may refer.</source>
        <translation>Qofku wuxuu bixiyay oggolaansho wadaag: waad gudbin kartaa.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="148" />
        <source>No consent to share is recorded, so you can signpost but not refer. Ask the resident and record consent on the enquiry to refer.</source>
        <translation>Oggolaansho wadaag lama diiwaangelin, sidaas darteed waad tilmaami kartaa laakiin ma gudbin kartid. Weydii qofka oo ku diiwaangeli oggolaanshaha codsiga si aad u gudbiso.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="45" />
        <location filename="../../ui/directory/slip_print.py" line="89" />
        <location filename="../../ui/directory/slip_print.py" line="90" />
        <source>Signposting slip</source>
        <translation>Warqadda tilmaamidda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="92" />
        <source>Slip language</source>
        <translation>Luqadda warqadda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="95" />
        <source>&amp;Language:</source>
        <translation>&amp;Luqad:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="97" />
        <source>Lar&amp;ge print</source>
        <translation>&amp;Far waaweyn</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="98" />
        <source>Large print</source>
        <translation>Far waaweyn</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="101" />
        <source>Slip language note</source>
        <translation>Xusuusin luqadda warqadda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="103" />
        <source>Slip preview</source>
        <translation>Eegitaanka warqadda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="105" />
        <source>&amp;Print…</source>
        <translation>&amp;Daabac…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="106" />
        <source>Print the slip</source>
        <translation>Daabac warqadda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="107" />
        <source>Save as P&amp;DF…</source>
        <translation>U kaydi sida &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="108" />
        <source>Save the slip as PDF</source>
        <translation>U kaydi warqadda sida PDF</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="109" />
        <location filename="../../ui/directory/slip_print.py" line="110" />
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="151" />
        <source>The slip wording is not translated into {language} yet; it is in English.</source>
        <translation>Qoraalka warqadda weli looma turjumin {language}; waa Ingiriisi.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="155" />
        <source>Save slip as PDF</source>
        <translation>U kaydi warqadda sida PDF</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="156" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="159" />
        <source>Saved</source>
        <translation>Waa la kaydiyay</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="160" />
        <source>The slip was saved to {path}.</source>
        <translation>Warqadda waxaa lagu kaydiyay {path}.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/statusbar.py" line="73" />
        <source>Signed in as</source>
        <translation>Waxaad u soo gashay sida</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="74" />
        <source>Offline</source>
        <translation>Internet la'aan</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="75" />
        <source>Connection</source>
        <translation>Xiriirka</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="77" />
        <source>Changes not yet synced</source>
        <translation>Isbeddellada aan weli la isku waafajin</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="100" />
        <source>Nothing waiting to sync</source>
        <translation>Waxba ma sugayaan isku-waafajin</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="101" />
        <source>Not yet synced: {count}</source>
        <translation>Weli lama isku waafajin: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="102" />
        <source>{user} at {hub}</source>
        <translation>{user} ({hub})</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="128" />
        <source>● Online</source>
        <translation>● Internet ku xiran</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="129" />
        <source>The council server answered.</source>
        <translation>Seerfarka golaha degmada wuu jawaabay.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="131" />
        <location filename="../../ui/statusbar.py" line="135" />
        <source>○ Offline</source>
        <translation>○ Internet la'aan</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="132" />
        <source>No council server is set up; see the Sync page. Everything is saved on this computer.</source>
        <translation>Seerfarka golaha degmada lama diyaarin; eeg bogga Isku-waafajinta. Wax walba kombiyuutarkan ayaa lagu kaydiyaa.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="136" />
        <source>The council server cannot be reached. Carry on: changes are kept and sent when it is back.</source>
        <translation>Seerfarka golaha degmada lama gaadhi karo. Sii wad: isbeddellada waa la hayaa waxaana la diri doonaa marka uu soo laabto.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="177" />
        <source>Status</source>
        <translation>Xaaladda</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="187" />
        <source>Something went wrong: {0}</source>
        <translation>Wax baa khaldamay: {0}</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../ui/sync/labels.py" line="8" />
        <source>Person</source>
        <translation>Qof</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="9" />
        <source>Enquiry</source>
        <translation>Codsi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="10" />
        <source>Enquiry note</source>
        <translation>Qoraalka codsiga</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="11" />
        <source>Consent record</source>
        <translation>Diiwaanka oggolaanshaha</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="12" />
        <source>Signposting</source>
        <translation>Tilmaamid</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="13" />
        <source>Referral</source>
        <translation>Gudbin</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="14" />
        <source>Referral update</source>
        <translation>Cusboonaysiinta gudbinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="15" />
        <source>Time-bank member</source>
        <translation>Xubinta bangiga waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="16" />
        <source>Hours (ledger entry)</source>
        <translation>Saacadaha (gelinta diiwaanka)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="17" />
        <source>Reward redemption</source>
        <translation>Qaadashada abaalmarinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="18" />
        <source>Local service</source>
        <translation>Adeeg maxalli ah</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="19" />
        <source>Directory problem report</source>
        <translation>Warbixinta dhibaatada tusaha</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="20" />
        <source>Audit entry</source>
        <translation>Gelinta diiwaanka hubinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="24" />
        <source>Connecting to the council server…</source>
        <translation>Waxaa la xiriirayaa seerfarka golaha degmada…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="25" />
        <source>Sending this hub's changes…</source>
        <translation>Waxaa la dirayaa isbeddellada xaruntan…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="26" />
        <source>Receiving changes from the council…</source>
        <translation>Waxaa la helayaa isbeddellada golaha degmada…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="27" />
        <source>Checking both sides agree…</source>
        <translation>Waxaa la hubinayaa in labada dhinac ay isku raacsan yihiin…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="28" />
        <source>Sync finished.</source>
        <translation>Isku-waafajinta waa dhammaatay.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="29" />
        <source>Sync stopped.</source>
        <translation>Isku-waafajinta waa istaagtay.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="33" />
        <source>Changed in two places</source>
        <translation>Laba meelood ayaa lagu beddelay</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="34" />
        <source>Refused by the council server</source>
        <translation>Seerfarka golaha degmada ayaa diiday</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="35" />
        <source>Balance went below zero</source>
        <translation>Haraagu wuxuu ka hooseeyay eber</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="42" />
        <source>This computer is not enrolled with the council server yet. Enter the server address and an enrolment code below.</source>
        <translation>Kombiyuutarkan weli laguma diiwaangelin seerfarka golaha degmada. Hoos geli cinwaanka seerfarka iyo koodh diiwaangelin.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="45" />
        <source>The council server no longer accepts this computer (its access was revoked or has expired). Enrol it again with a new code; nothing unsynced is lost.</source>
        <translation>Seerfarka golaha degmada mar dambe ma aqbalo kombiyuutarkan (ogolaanshihiisa waa la joojiyay ama wuu dhacay). Mar kale ku diiwaangeli koodh cusub; waxba oo aan la isku waafajin ma lumin.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="48" />
        <source>Could not reach the council server. Check the internet connection; the sync will carry on next time and nothing is lost.</source>
        <translation>Seerfarka golaha degmada lama gaadhin. Hubi internetka; isku-waafajintu way sii socon doontaa marka xigta, waxbana ma lumin.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="51" />
        <source>The council server is having problems; the sync will carry on next time and nothing is lost.</source>
        <translation>Seerfarka golaha degmada wuxuu la kulmay dhibaatooyin; isku-waafajintu way sii socon doontaa marka xigta, waxbana ma lumin.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="54" />
        <source>This version of AccessPoint and the council server cannot talk to each other. Install the current version; nothing unsynced is lost.</source>
        <translation>Noocan AccessPoint iyo seerfarka golaha degmada isma fahmi karaan. Ku rakib nooca hadda jira; waxba oo aan la isku waafajin ma lumin.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="57" />
        <source>Another sync is already running for this hub; wait for it to finish.</source>
        <translation>Isku-waafajin kale ayaa hadda u socota xaruntan; sug inta ay dhammaanayso.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="59" />
        <source>The database on this computer was busy; the sync stopped safely and will carry on next time.</source>
        <translation>Xogta (database) kombiyuutarkan way mashquulsanayd; isku-waafajintu si ammaan ah ayay u istaagtay, waxayna sii socon doontaa marka xigta.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="62" />
        <source>This computer has no secure password store, so it cannot be enrolled. Ask IT to enable the system keyring.</source>
        <translation>Kombiyuutarkan ma laha kayd ammaan ah oo erayada sirta ah, sidaas darteed lama diiwaangelin karo. Ka codso qaybta IT-ga inay shidaan kaydka furayaasha (keyring) ee nidaamka.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="71" />
        <source>The council server's certificate could not be verified. If the council uses its own certificate authority, choose its CA bundle below.</source>
        <translation>Shahaadada seerfarka golaha degmada lama xaqiijin karin. Haddii golaha degmada uu isticmaalo hay'ad shahaado bixisa oo u gaar ah, hoos ka dooro xirmadiisa CA.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="58" />
        <source>Sync</source>
        <translation>Isku-waafajin</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="62" />
        <source>Last successful sync</source>
        <translation>Isku-waafajintii ugu dambeysay ee guulaysatay</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="65" />
        <source>Sync reminder</source>
        <translation>Xusuusinta isku-waafajinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="68" />
        <source>Changes waiting to be sent</source>
        <translation>Isbeddellada sugaya in la diro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="71" />
        <source>Changes received but not applied yet</source>
        <translation>Isbeddello la helay oo aan weli la dabaqin</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="72" />
        <source>Show &amp;waiting changes…</source>
        <translation>Tus isbeddellada &amp;sugaya…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="73" />
        <source>Show the changes waiting to be applied</source>
        <translation>Tus isbeddellada sugaya in la dabaqo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="77" />
        <source>&amp;Sync now</source>
        <translation>&amp;Hadda isku waafaji</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="78" />
        <source>Sync now</source>
        <translation>Hadda isku waafaji</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="82" />
        <source>Who can sync</source>
        <translation>Cidda isku-waafajin karta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="85" />
        <source>&amp;Cancel</source>
        <translation>&amp;Jooji</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="86" />
        <source>Cancel the sync</source>
        <translation>Jooji isku-waafajinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="89" />
        <source>Press Sync now at the end of the day.</source>
        <translation>Dhammaadka maalinta riix Hadda isku waafaji.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="90" />
        <source>Sync progress</source>
        <translation>Horumarka isku-waafajinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="93" />
        <source>Sync progress bar</source>
        <translation>Xariiqda horumarka isku-waafajinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="98" />
        <source>Sync summary</source>
        <translation>Soo koobidda isku-waafajinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="104" />
        <source>End-of-day sync</source>
        <translation>Isku-waafajinta dhammaadka maalinta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="115" />
        <source>Sync in the &amp;background when online</source>
        <translation>Si &amp;toos ah u isku waafaji marka internet jiro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="116" />
        <source>Sync in the background when online</source>
        <translation>Si toos ah u isku waafaji marka internet jiro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="119" />
        <source> days</source>
        <translation> maalmood</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="120" />
        <source>Remind me when not synced for this many days</source>
        <translation>I xasuusi marka aan la isku waafajin tiradan maalmood</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="121" />
        <source>&amp;Remind me after:</source>
        <translation>&amp;I xasuusi kadib:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="171" />
        <source>Last successful sync: {when} ({days} days ago)</source>
        <translation>Isku-waafajintii ugu dambeysay ee guulaysatay: {when} ({days} maalmood ka hor)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="173" />
        <source>Last successful sync: {when}</source>
        <translation>Isku-waafajintii ugu dambeysay ee guulaysatay: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="175" />
        <source>Last successful sync: never</source>
        <translation>Isku-waafajintii ugu dambeysay ee guulaysatay: weligeed</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="177" />
        <source>This hub has not synced for more than {days} days. Sync today so the council has your records.</source>
        <translation>Xaruntan lama isku waafajin in ka badan {days} maalmood. Maanta isku waafaji si golaha degmada u helo diiwaannadaada.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="180" />
        <source>Waiting to be sent: {count}</source>
        <translation>Sugaya in la diro: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="184" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync)</source>
        <translation>La helay laakiin aan weli la dabaqin: {count} (waa la hayaa; waxaa la dabaqi doonaa isku-waafajin dambe)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="195" />
        <source>Enrol this computer below to start syncing. Everything is saved on this computer meanwhile.</source>
        <translation>Hoos ka diiwaangeli kombiyuutarkan si aad u bilowdo isku-waafajinta. Inta la sugayo, wax walba kombiyuutarkan ayaa lagu kaydiyaa.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="204" />
        <source>The last sync did not finish: {reason}</source>
        <translation>Isku-waafajintii ugu dambeysay ma dhammaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216" />
        <source>Only a coordinator can sync this computer. Everything you record is saved here and will be sent at the coordinator's next sync.</source>
        <translation>Isku-duwaha oo keliya ayaa isku-waafajin kara kombiyuutarkan. Wax kasta oo aad diiwaangeliso halkan ayaa lagu keydiyaa waxaana la diri doonaa marka xigta ee isku-duwuhu isku-waafajiyo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="248" />
        <source>Cancelling at the next safe point…</source>
        <translation>Waxaa la joojinayaa meesha ammaan ah ee xigta…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="259" />
        <source>{stage} {done} of {total}</source>
        <translation>{stage} {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="263" />
        <source>{stage} {done} so far</source>
        <translation>{stage} {done} ilaa hadda</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="279" />
        <source>Enrolled as hub “{hub}”. You can sync now.</source>
        <translation>Waxaa loo diiwaangeliyay xarunta “{hub}”. Hadda waad isku waafajin kartaa.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="304" />
        <source>Something went wrong ({error}); the log has the details. Nothing unsynced is lost.</source>
        <translation>Wax baa khaldamay ({error}); diiwaanka (log) ayaa faahfaahinta haya. Waxba oo aan la isku waafajin ma lumin.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="309" />
        <source>Sync cancelled. Nothing was lost; the next sync carries on from here.</source>
        <translation>Isku-waafajinta waa la joojiyay. Waxba ma lumin; isku-waafajinta xigta halkan ayay ka sii wadaysaa.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="313" />
        <source>The sync did not finish: {reason}</source>
        <translation>Isku-waafajintu ma dhammaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="320" />
        <source>Sent: {enquiries} enquiries, {referrals} referrals, {hours} hours (all changes: {total}).</source>
        <translation>La diray: codsiyada {enquiries}, gudbinta {referrals}, saacadaha {hours} (dhammaan isbeddellada: {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="324" />
        <source>Received: {directory} directory changes, {members} members, {balances} balances (all changes: {total}).</source>
        <translation>La helay: isbeddellada tusaha {directory}, xubnaha {members}, haraagyada {balances} (dhammaan isbeddellada: {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="329" />
        <source>Needs attention: {count}.</source>
        <translation>U baahan fiiro gaar ah: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="332" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync).</source>
        <translation>La helay laakiin aan weli la dabaqin: {count} (waa la hayaa; waxaa la dabaqi doonaa isku-waafajin dambe).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="335" />
        <source>Some records will be sent again at the next sync: the council server is missing them.</source>
        <translation>Diiwaannada qaarkood mar kale ayaa la diri doonaa isku-waafajinta xigta: seerfarka golaha degmada ayaa ka maqan.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="350" />
        <source>Wait for the sync to finish first.</source>
        <translation>Marka hore sug inta isku-waafajintu dhammaanayso.</translation>
    </message>
</context>
<context>
    <name>TimeBank</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Mon</source>
        <translation>Isn.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Tue</source>
        <translation>Tal.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Wed</source>
        <translation>Arb.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Thu</source>
        <translation>Kha.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="199" />
        <source>Fri</source>
        <translation>Jim.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="199" />
        <source>Sat</source>
        <translation>Sab.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="200" />
        <source>Sun</source>
        <translation>Axd.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="201" />
        <source>morning</source>
        <translation>subax</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="202" />
        <source>afternoon</source>
        <translation>galab</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="203" />
        <source>evening</source>
        <translation>fiid</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="206" />
        <source>Adult</source>
        <translation>Qof weyn</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="207" />
        <source>Young person</source>
        <translation>Qof dhallinyaro ah</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="208" />
        <source>Organisation</source>
        <translation>Hay'ad</translation>
    </message>
<message><source>Converted to local currency</source><translation>Loo beddelay lacagta maxalliga ah</translation></message><message><source>Correction: {0}</source><translation>Sixid: {0}</translation></message><message><source>Earned: {0} ({1})</source><translation>La kasbaday: {0} ({1})</translation></message><message><source>Gift from {0}</source><translation>Hadiyad ka timid {0}</translation></message><message><source>Gift to {0}</source><translation>Hadiyad la siiyay {0}</translation></message><message><source>Opening balance brought across</source><translation>Haraagii hore ee la soo wareejiyay</translation></message><message><source>Spent: {0}</source><translation>La isticmaalay: {0}</translation></message><message><source>activity</source><translation>hawl</translation></message><message><source>attends this hub</source><translation>wuxuu yimaadaa xaruntan</translation></message><message><source>free: {0}</source><translation>waqti bannaan: {0}</translation></message><message><source>interests: {0}</source><translation>xiisaha: {0}</translation></message><message><source>reward</source><translation>abaalmarin</translation></message><message><source>skills: {0}</source><translation>xirfadaha: {0}</translation></message><message><source>wants employment support</source><translation>wuxuu rabaa taageerada shaqada</translation></message></context>
<context>
    <name>TimeBankPage</name>
    <message>
        <location filename="../../ui/timebank/page.py" line="36" />
        <source>Time bank</source>
        <translation>Bangiga waqtiga</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="43" />
        <source>Members</source>
        <translation>Xubnaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="44" />
        <source>Log hours</source>
        <translation>Diiwaangeli saacadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="45" />
        <source>Group session</source>
        <translation>Kulan kooxeed</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="46" />
        <source>Rewards</source>
        <translation>Abaalmarinno</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="47" />
        <source>Opportunities</source>
        <translation>Fursadaha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="48" />
        <source>Time audit</source>
        <translation>Hubinta waqtiga</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Name</source>
        <translation>Magac</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Role</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="67" />
        <source>Signs in with</source>
        <translation>Wuxuu ku soo galaa</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="68" />
        <source>Active</source>
        <translation>Firfircoon</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="71" />
        <source>Users</source>
        <translation>Isticmaalayaasha</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="75" />
        <source>&amp;Add user…</source>
        <translation>&amp;Ku dar isticmaale…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="76" />
        <source>Change &amp;role…</source>
        <translation>Beddel doo&amp;rka…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="77" />
        <source>&amp;Reset PIN…</source>
        <translation>Dib u deji &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="78" />
        <source>&amp;Deactivate / reactivate</source>
        <translation>&amp;Jooji / dib u hawlgeli</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="83" />
        <source>Someone who leaves is deactivated, not deleted: the records they made still name them.</source>
        <translation>Qofka taga waa la damiyaa, lama tirtiro: diiwaannadii uu sameeyay weli magaciisa ayay sitaan.</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="108" />
        <source>Not done</source>
        <translation>Lama samayn</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Change role</source>
        <translation>Beddel doorka</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Role:</source>
        <translation>Door:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="139" />
        <source>Reset PIN</source>
        <translation>Dib u deji PIN-ka</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="140" />
        <source>New PIN (6+ digits):</source>
        <translation>PIN cusub (6 god ama ka badan):</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="49" />
        <source>Activity</source>
        <translation>Hawl</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="51" />
        <source>Date the time was given</source>
        <translation>Taariikhda waqtiga la bixiyay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="53" />
        <source>Verified by</source>
        <translation>Waxaa hubiyay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="54" />
        <source>Who confirms the time was given</source>
        <translation>Cidda xaqiijinaysa in waqtiga la bixiyay</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="56" />
        <source>Note</source>
        <translation>Qoraal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="57" />
        <source>Coordinator confirms more than 12 hours in a day</source>
        <translation>Isku-duwaha ayaa xaqiijiya in ka badan 12 saacadood maalintii</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="59" />
        <source>Confirm more than 12 hours in a day</source>
        <translation>Xaqiiji in ka badan 12 saacadood maalintii</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="92" />
        <source>AccessPoint cannot start</source>
        <translation>AccessPoint ma bilaabmi karo</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="163" />
        <location filename="../../ui/ops/startup.py" line="170" />
        <source>The database is damaged</source>
        <translation>Xogta (database) waa waxyeelloobtay</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="164" />
        <source>AccessPoint's database file is damaged and there is no backup to restore. Nothing has been deleted. Please contact whoever supports your hub, and do not delete this folder:
{folder}

A report for them was saved as:
{report}</source>
        <translation>Faylka xogta AccessPoint waa waxyeelloobay, mana jiro nuqul kayd ah oo la soo celin karo. Waxba lama tirtirin. Fadlan la xiriir qofka taageera xaruntaada, hana tirtirin galkan:
{folder}

Warbixin iyaga loogu talagalay ayaa lagu kaydiyay:
{report}</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="171" />
        <source>AccessPoint's database file is damaged, so it has not been opened.

Restore the latest backup, from {when}? Anything entered after that will be missing. The damaged file is kept aside, not deleted, in case an expert can recover more from it.</source>
        <translation>Faylka xogta AccessPoint waa waxyeelloobay, sidaas darteed lama furin.

Ma la soo celiyaa nuqulkii kaydka ahaa ee ugu dambeeyay, ee {when}? Wixii la geliyay intaas kadib way maqnaan doonaan. Faylka waxyeelloobay dhinac ayaa la dhigayaa, lama tirtirayo, haddii khabiir uu wax badan ka soo celin karo.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="181" />
        <source>The backup could not be restored</source>
        <translation>Nuqulka kaydka ah lama soo celin karin</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="232" />
        <source>Not saved</source>
        <translation>Lama kaydin</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="172" />
        <source>Monthly hub report</source>
        <translation>Warbixinta bishii ee xarunta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="179" />
        <source>Month</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="181" />
        <source>&amp;Month</source>
        <translation>&amp;Bil</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="190" />
        <source>Save monthly report</source>
        <translation>Kaydi warbixinta bishii</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="191" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="208" />
        <source>Not saved</source>
        <translation>Lama kaydin</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="210" />
        <source>Saved %1</source>
        <translation>Waa la kaydiyay %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="215" />
        <source>Preparing the monthly report…</source>
        <translation>Waxaa la diyaarinayaa warbixinta bishii…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="221" />
        <source>CSV, every chart in one table (*.csv)</source>
        <translation>CSV, dhammaan jaantusyada hal shax (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="223" />
        <source>Excel workbook, a sheet per chart (*.xlsx)</source>
        <translation>Buug Excel ah, xaashi jaantus kasta (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="224" />
        <source>Save the dashboard's data</source>
        <translation>Kaydi xogta bogga warbixinta guud</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="242" />
        <source>Folder for the open data</source>
        <translation>Galka xogta furan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="252" />
        <source>Wrote %1 open-data files to %2</source>
        <translation>Faylasha xogta furan ee la qoray: %1, gudaha %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="254" />
        <source>Writing open data…</source>
        <translation>Waxaa la qorayaa xogta furan…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/security/login.py" line="42" />
        <source>Problem</source>
        <translation>Dhibaato</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="154" />
        <source>AccessPoint recovery key</source>
        <translation>Furaha soo celinta AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="32" />
        <source>Save the subject access export in</source>
        <translation>Xogta codsiga helitaanka (subject access) ku kaydi</translation>
    </message>
</context>
<context>
    <name>self.app</name>
    <message>
        <location filename="../../ui/ops/opening.py" line="214" />
        <source>AccessPoint cannot start</source>
        <translation>AccessPoint ma bilaabmi karo</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="53" />
        <source>Save diagnostic report</source>
        <translation>Kaydi warbixinta cilad-baadhista</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="54" />
        <source>Zip files (*.zip)</source>
        <translation>Faylal Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="62" />
        <source>Report not saved</source>
        <translation>Warbixinta lama kaydin</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="66" />
        <source>Report saved</source>
        <translation>Warbixinta waa la kaydiyay</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="67" />
        <source>The report was saved as:
{path}

It contains the app's logs and versions, and no names or personal details. Send it to whoever supports your hub.</source>
        <translation>Warbixinta waxaa lagu kaydiyay:
{path}

Waxaa ku jira diiwaannada (logs) iyo noocyada barnaamijka, kumana jiraan magacyo ama xog shakhsi ah. U dir qofka taageera xaruntaada.</translation>
    </message>
</context>
<context><name>DirectoryDetail</name><message><source>Address</source><translation>Cinwaan</translation></message><message><source>Aged {lo} and over</source><translation>Da'da {lo} iyo ka weyn</translation></message><message><source>Aged {lo} to {hi}</source><translation>Da'da {lo} ilaa {hi}</translation></message><message><source>Area</source><translation>Aagga</translation></message><message><source>Closed now</source><translation>Hadda wuu xiran yahay</translation></message><message><source>Confidential: never given out or printed. Use the phone contact to arrange a visit.</source><translation>Qarsoodi: weligeed lama bixiyo lamana daabaco. Isticmaal telefoonka xiriirka si aad u qabsato booqasho.</translation></message><message><source>Contact</source><translation>Xiriir</translation></message><message><source>Cost</source><translation>Qiimaha</translation></message><message><source>Email</source><translation>Iimayl</translation></message><message><source>Free</source><translation>Bilaash</translation></message><message><source>Helps with</source><translation>Wuxuu ka caawiyaa</translation></message><message><source>How to access</source><translation>Sida loo helo</translation></message><message><source>Hub-local service (added here, not yet in the council directory)</source><translation>Adeeg maxalli ah oo xarunta (halkan lagu daray, weli kuma jiro tusaha golaha degmada)</translation></message><message><source>Interpreting</source><translation>Turjubaan</translation></message><message><source>Languages spoken</source><translation>Luqadaha lagu hadlo</translation></message><message><source>Last verified</source><translation>Markii ugu dambeysay ee la hubiyay</translation></message><message><source>Last verified {date}: more than 12 months ago. Check the details (phone first) before relying on them.</source><translation>Markii ugu dambeysay ee la hubiyay {date}: in ka badan 12 bilood ka hor. Hubi faahfaahinta (marka hore wac) ka hor intaadan ku tiirsanaan.</translation></message><message><source>No building to visit: phone or online.</source><translation>Ma jiro dhismo la booqdo: telefoon ama internet.</translation></message><message><source>Not given</source><translation>Lama sheegin</translation></message><message><source>Not given: phone to check.</source><translation>Lama sheegin: wac si aad u hubiso.</translation></message><message><source>Open now</source><translation>Hadda wuu furan yahay</translation></message><message><source>Opening times</source><translation>Saacadaha furitaanka</translation></message><message><source>Run by {org}</source><translation>Waxaa maamula {org}</translation></message><message><source>This service is no longer in the directory.</source><translation>Adeeggan mar dambe kuma jiro tusaha.</translation></message><message><source>Up to age {hi}</source><translation>Ilaa da'da {hi}</translation></message><message><source>Website</source><translation>Bogga internetka (website)</translation></message><message><source>Who it is for</source><translation>Cidda loogu talagalay</translation></message><message><source>never</source><translation>weligeed</translation></message></context><context><name>DomainMessages</name><message><source>'{acct}' is not a ledger account.</source><translation>'{acct}' ma aha koonto diiwaanka xisaabta.</translation></message><message><source>'{number}' is not a member number (letters, digits and dashes, up to 20).</source><translation>'{number}' ma aha lambar xubin (xarfo, tirooyin iyo xarriijimo, ilaa 20).</translation></message><message><source>'{text}' is not a UK postcode (for example E1 6AN).</source><translation>'{text}' ma aha koodh boosto oo UK ah (tusaale ahaan E1 6AN).</translation></message><message><source>'{text}' is not a date (use DD/MM/YYYY).</source><translation>'{text}' ma aha taariikh (u qor maalin/bil/sannad, tusaale ahaan 01/12/2026).</translation></message><message><source>'{text}' is not a date (use YYYY-MM-DD).</source><translation>'{text}' ma aha taariikh (isticmaal SSSS-BB-MM).</translation></message><message><source>'{text}' is not a date: write it as DD/MM/YYYY (for example 01/12/2026), or +7 for a week from today.</source><translation>'{text}' ma aha taariikh: u qor maalin/bil/sannad (tusaale ahaan 01/12/2026), ama +7 toddobaad kadib maanta.</translation></message><message><source>'{value}' is not a whole number of minutes.</source><translation>'{value}' ma aha tiro dhan oo daqiiqado ah.</translation></message><message><source>({lat}, {lon}) is not on Earth; ignored</source><translation>({lat}, {lon}) dhulka kuma yaallo; waa la iska dhaafay</translation></message><message><source>A PIN is digits only.</source><translation>PIN-ku waa tirooyin oo keliya.</translation></message><message><source>A PIN needs at least {min_pin} digits.</source><translation>PIN-ku wuxuu u baahan yahay ugu yaraan {min_pin} tiro.</translation></message><message><source>A code is 2-40 lower-case letters, digits or underscores.</source><translation>Koodku waa 2 ilaa 40 xaraf yaryar, tirooyin ama xarriijimo hoose.</translation></message><message><source>A local change to this record has not been sent yet.</source><translation>Isbeddel maxalli ah oo diiwaankan ku dhacay weli lama dirin.</translation></message><message><source>A member is on the sheet twice.</source><translation>Xubin ayaa laba jeer ku jirta warqadda.</translation></message><message><source>A member must agree to their record being kept.</source><translation>Xubintu waa inay oggolaato in diiwaankeeda la hayo.</translation></message><message><source>A password needs at least {min_password} characters (a short phrase is easy to remember).</source><translation>Erayga sirta ah wuxuu u baahan yahay ugu yaraan {min_password} xaraf (weedh gaaban way fududahay in la xusuusto).</translation></message><message><source>A person needs a first or family name.</source><translation>Qofku wuxuu u baahan yahay magac koowaad ama magac qoys.</translation></message><message><source>A phone number needs at least 6 digits.</source><translation>Lambarka telefoonku wuxuu u baahan yahay ugu yaraan 6 god.</translation></message><message><source>A referral shares the resident's details, so it needs their consent to share. Ask for consent and record it on the enquiry, or signpost instead.</source><translation>Gudbintu waxay wadaagtaa xogta qofka deggan, sidaa darteed waxay u baahan tahay oggolaanshihiisa wadaagista. Weydii oggolaansho oo ku diiwaangeli codsiga, ama bal u tilmaan adeegga.</translation></message><message><source>A referral that is {before} cannot become {after}.</source><translation>Gudbin xaaladdeedu tahay {before} ma noqon karto {after}.</translation></message><message><source>A transfer needs two different accounts.</source><translation>Wareejintu waxay u baahan tahay laba koonto oo kala duwan.</translation></message><message><source>A young person needs their Youth Privilege Card number.</source><translation>Qof dhallinyaro ah wuxuu u baahan yahay lambarka kaarkiisa Youth Privilege Card.</translation></message><message><source>AccessPoint cannot write to its data folder ({folder}). It may be on a read-only drive or its permissions changed. Ask whoever looks after this computer to give your user write access to that folder, then start AccessPoint again.</source><translation>AccessPoint wax kuma qori karo galkiisa xogta ({folder}). Waxaa laga yaabaa inuu ku jiro darawal akhris-keliya ah ama oggolaanshihiisa la beddelay. Weydii qofka daryeela kombiyuutarkan inuu isticmaalahaaga siiyo oggolaansho uu wax ugu qoro galkaas, kadibna mar kale bilow AccessPoint.</translation></message><message><source>Accessibility needs: at most {limit} characters.</source><translation>Baahiyaha gelitaanka: ugu badnaan {limit} xaraf.</translation></message><message><source>Ages are between 0 and 120.</source><translation>Da'du waxay u dhaxaysaa 0 ilaa 120.</translation></message><message><source>An activity '{name}' ({code}) already exists.</source><translation>Hawl la yiraahdo '{name}' ({code}) horay ayay u jirtay.</translation></message><message><source>At most 100 characters.</source><translation>Ugu badnaan 100 xaraf.</translation></message><message><source>At most {max_secret} characters.</source><translation>Ugu badnaan {max_secret} xaraf.</translation></message><message><source>Both members must be active.</source><translation>Labada xubnoodba waa inay firfircoon yihiin.</translation></message><message><source>Cancelled: the credits were refunded.</source><translation>Waa la joojiyay: dhibcaha waa la celiyay.</translation></message><message><source>Category must be one of {categories}.</source><translation>Qaybtu waa inay noqotaa mid ka mid ah {categories}.</translation></message><message><source>Choose a password or a PIN.</source><translation>Dooro erey sir ah ama PIN.</translation></message><message><source>Choose a person or give their name.</source><translation>Dooro qof ama sheeg magaciisa.</translation></message><message><source>Choose an outcome.</source><translation>Dooro natiijada.</translation></message><message><source>Choose an urgency.</source><translation>Dooro heerka degdegga.</translation></message><message><source>Choose at least one member.</source><translation>Dooro ugu yaraan hal xubin.</translation></message><message><source>Choose at least one need it helps with.</source><translation>Dooro ugu yaraan hal baahi oo uu ka caawiyo.</translation></message><message><source>Choose at least one need.</source><translation>Dooro ugu yaraan hal baahi.</translation></message><message><source>Choose at least one service.</source><translation>Dooro ugu yaraan hal adeeg.</translation></message><message><source>Choose between 0 and {max_days} days.</source><translation>Dooro inta u dhexaysa 0 iyo {max_days} maalmood.</translation></message><message><source>Choose between {low} and {high}.</source><translation>Dooro inta u dhexaysa {low} iyo {high}.</translation></message><message><source>Choose between {min_days} and {max_days} days.</source><translation>Dooro inta u dhexaysa {min_days} iyo {max_days} maalmood.</translation></message><message><source>Choose how the resident contacted us.</source><translation>Dooro sida qofka deggani nala soo xiriiray.</translation></message><message><source>Choose one of the answers listed.</source><translation>Dooro mid ka mid ah jawaabaha liiska ku jira.</translation></message><message><source>Choose one of: {purposes}.</source><translation>Dooro mid ka mid ah: {purposes}.</translation></message><message><source>Choose signposting or referral.</source><translation>Dooro tilmaamid ama gudbin.</translation></message><message><source>Choose someone else to give credits to.</source><translation>Dooro qof kale oo aad dhibcaha siiso.</translation></message><message><source>Choose the days it runs.</source><translation>Dooro maalmaha uu shaqeeyo.</translation></message><message><source>Choose two different people to merge.</source><translation>Dooro laba qof oo kala duwan si la isugu daro.</translation></message><message><source>Choose what is wrong.</source><translation>Dooro waxa khaldan.</translation></message><message><source>Consent to share needs consent to record first.</source><translation>Oggolaanshaha wadaagistu wuxuu marka hore u baahan yahay oggolaanshaha diiwaangelinta.</translation></message><message><source>Could not be applied: {error}</source><translation>Lama dabaqi karin: {error}</translation></message><message><source>Date of birth is before 1900.</source><translation>Taariikhda dhalashadu waa ka hor 1900.</translation></message><message><source>Date of birth is in the future.</source><translation>Taariikhda dhalashadu waa mustaqbalka.</translation></message><message><source>Days are MO, TU, WE, TH, FR, SA, SU.</source><translation>Maalmuhu waa MO, TU, WE, TH, FR, SA, SU (Isniin ilaa Axad).</translation></message><message><source>Find the person, add a new person, or tick Anonymous.</source><translation>Hel qofka, ku dar qof cusub, ama calaamadee Magac la'aan.</translation></message><message><source>Give at least a first name or a family name.</source><translation>Bixi ugu yaraan magac koowaad ama magac qoys.</translation></message><message><source>Give at least one way to reach it: phone, email, website or address.</source><translation>Bixi ugu yaraan hal hab oo lagu gaaro: telefoon, iimayl, bog internet ama cinwaan.</translation></message><message><source>Give opening and closing times such as 10:00 and 12:30.</source><translation>Bixi waqtiga furitaanka iyo xiritaanka, tusaale ahaan 10:00 iyo 12:30.</translation></message><message><source>Give the activity a name.</source><translation>Hawsha magac u sii.</translation></message><message><source>Give the hub a name.</source><translation>Xarunta magac u bixi.</translation></message><message><source>Give the opportunity a title.</source><translation>Fursadda cinwaan u sii.</translation></message><message><source>Give the organisation or project's name.</source><translation>Sheeg magaca ururka ama mashruuca.</translation></message><message><source>Give the reward a name.</source><translation>Abaalmarinta magac u sii.</translation></message><message><source>Give the service a name.</source><translation>Adeegga magac u sii.</translation></message><message><source>Give the user a name.</source><translation>Isticmaalaha magac u sii.</translation></message><message><source>Give your name.</source><translation>Sheeg magacaaga.</translation></message><message><source>Import cancelled; the directory was not changed.</source><translation>Soo dejinta waa la joojiyey; tusaha adeegyada lama beddelin.</translation></message><message><source>It must close after it opens.</source><translation>Waa inuu xirmaa kadib markuu furmo.</translation></message><message><source>Member number {member_number} is used by two different members; a coordinator must renumber one of them.</source><translation>Lambarka xubinta {member_number} waxaa isticmaala laba xubnood oo kala duwan; isku-duwe waa inuu mid ka mid ah lambar cusub siiyaa.</translation></message><message><source>Member number {number} is already used.</source><translation>Lambarka xubinta {number} horay ayaa loo isticmaalay.</translation></message><message><source>Member type must be adult, young person or organisation.</source><translation>Nooca xubintu waa inuu noqdaa qof weyn, dhallinyaro ama urur.</translation></message><message><source>Minutes must be a whole number above zero.</source><translation>Daqiiqaduhu waa inay noqdaan tiro dhan oo ka badan eber.</translation></message><message><source>Minutes must be above zero.</source><translation>Daqiiqaduhu waa inay ka badnaadaan eber.</translation></message><message><source>No activity with id {activity_id}.</source><translation>Ma jirto hawl leh aqoonsiga {activity_id}.</translation></message><message><source>No conversion rate is set up for this scheme.</source><translation>Qorshahan looma dejin heer beddelaad.</translation></message><message><source>No enquiry with id {enquiry_id}.</source><translation>Ma jiro codsi leh aqoonsiga {enquiry_id}.</translation></message><message><source>No ledger transfer with id {transfer_id}.</source><translation>Ma jirto wareejin diiwaanka ku jirta oo leh aqoonsiga {transfer_id}.</translation></message><message><source>No one can give more than 24 hours in a day.</source><translation>Qofna ma bixin karo in ka badan 24 saacadood maalintii.</translation></message><message><source>No opportunity with id {opportunity_id}.</source><translation>Ma jirto fursad leh aqoonsiga {opportunity_id}.</translation></message><message><source>No person with id {person_id}.</source><translation>Ma jiro qof leh aqoonsiga {person_id}.</translation></message><message><source>No redemption with id {redemption_id}.</source><translation>Ma jiro isweydaarsi abaalmarin oo leh aqoonsiga {redemption_id}.</translation></message><message><source>No referral with id {referral_id}.</source><translation>Ma jiro gudbin leh aqoonsiga {referral_id}.</translation></message><message><source>No reward with id {reward_id}.</source><translation>Ma jirto abaalmarin leh aqoonsiga {reward_id}.</translation></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted and AccessPoint will not open it. Ask IT to enable the system keyring; on a test machine with no real residents' data you may start with --insecure-no-encryption (or ACCESSPOINT_ALLOW_PLAINTEXT=1).</source><translation>Kombiyuutarkan ma laha kayd sir ah oo ammaan ah (keyring-ka nidaamka), sidaa darteed kaydka xogta lama qarin karo oo AccessPoint ma furayo. Ka codso IT inay daaraan keyring-ka nidaamka; kombiyuutar tijaabo ah oo aan lahayn xog dhab ah oo dadka deegaanka ah waxaad ku bilaabi kartaa --insecure-no-encryption (ama ACCESSPOINT_ALLOW_PLAINTEXT=1).</translation></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted. Ask IT to enable the system keyring, or start with --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) for a test machine holding no real residents' data.</source><translation>Kombiyuutarkan ma laha kayd sir ah oo ammaan ah (keyring-ka nidaamka), sidaa darteed kaydka xogta lama qarin karo. Ka codso IT inay daaraan keyring-ka nidaamka, ama ku bilow --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) kombiyuutar tijaabo ah oo aan lahayn xog dhab ah oo dadka deegaanka ah.</translation></message><message><source>No service with id {service_id} in the directory.</source><translation>Ma jiro adeeg leh aqoonsiga {service_id} oo ku jira hagaha.</translation></message><message><source>No service with id {sid} in the directory.</source><translation>Ma jiro adeeg leh aqoonsiga {sid} oo ku jira hagaha.</translation></message><message><source>No such legal hold.</source><translation>Haynta sharciga ah ee noocaas ah ma jirto.</translation></message><message><source>No such person (already erased?).</source><translation>Qofkaas ma jiro (miyaa horay loo tirtiray?).</translation></message><message><source>No such user.</source><translation>Isticmaalahaas ma jiro.</translation></message><message><source>No time-bank member with id {member_id}.</source><translation>Ma jiro xubin bangiga waqtiga ah oo leh aqoonsiga {member_id}.</translation></message><message><source>No voucher with this code was issued here.</source><translation>Halkan lagama bixin foojar leh koodkan.</translation></message><message><source>Not a security setting.</source><translation>Ma aha dejin amni.</translation></message><message><source>Not applied yet: {error}.</source><translation>Weli lama dabaqin: {error}.</translation></message><message><source>Not enough time credits: the balance is {have}, this needs {total}.</source><translation>Dhibcaha waqtiga kuma filna: haraaga waa {have}, tanina waxay u baahan tahay {total}.</translation></message><message><source>Nothing imported: {bad} of {rows} rows need fixing.</source><translation>Waxba lama soo dejin: {bad} ka mid ah {rows} saf ayaa u baahan sixid.</translation></message><message><source>One of these records was already merged; reopen it.</source><translation>Mid ka mid ah diiwaannadan horay ayaa loo isku daray; dib u fur.</translation></message><message><source>Only a coordinator can confirm more than 12 hours in a day.</source><translation>Isku-duwe keliya ayaa xaqiijin kara in ka badan 12 saacadood maalintii.</translation></message><message><source>Only coordinators can do this ({action}). Ask a coordinator.</source><translation>Isku-duweyaasha keliya ayaa samayn kara tan ({action}). Weydii isku-duwe.</translation></message><message><source>Only staff and above can do this ({action}). Ask a coordinator.</source><translation>Shaqaalaha iyo kuwa ka sarreeya keliya ayaa samayn kara tan ({action}). Weydii isku-duwe.</translation></message><message><source>Only the council can release a hold it placed.</source><translation>Golaha degaanka oo keliya ayaa qaadi kara haynta uu isagu dhigay.</translation></message><message><source>Only this hub's own local services can be edited here.</source><translation>Halkan waxaa lagu beddeli karaa adeegyada maxalliga ah ee xaruntan keliya.</translation></message><message><source>Only this hub's own local services can be removed here.</source><translation>Halkan waxaa laga saari karaa adeegyada maxalliga ah ee xaruntan keliya.</translation></message><message><source>Only volunteers and above can do this ({action}). Ask a coordinator.</source><translation>Mutadawiciinta iyo kuwa ka sarreeya keliya ayaa samayn kara tan ({action}). Weydii isku-duwe.</translation></message><message><source>Organisation accounts cannot convert credits.</source><translation>Koontooyinka ururada ma beddeli karaan dhibcaha.</translation></message><message><source>Retention applies to: {defaults}.</source><translation>Muddada haynta waxay khusaysaa: {defaults}.</translation></message><message><source>Role must be one of {roles}.</source><translation>Doorku waa inuu noqdaa mid ka mid ah {roles}.</translation></message><message><source>Say what is wrong.</source><translation>Sheeg waxa khaldan.</translation></message><message><source>Say which need could not be met.</source><translation>Sheeg baahida aan la buuxin karin.</translation></message><message><source>Say why (at most 500 characters).</source><translation>Sheeg sababta (ugu badnaan 500 xaraf).</translation></message><message><source>Say why the person is erased (at most 500 characters).</source><translation>Sheeg sababta qofka loo tirtirayo (ugu badnaan 500 xaraf).</translation></message><message><source>Say why this transfer is being corrected.</source><translation>Sheeg sababta wareejintan loo sixayo.</translation></message><message><source>Signposting has no status to follow.</source><translation>Tilmaamidda ma laha xaalad la raaco.</translation></message><message><source>Status is one of {statuses}.</source><translation>Xaaladdu waa mid ka mid ah: {statuses}.</translation></message><message><source>Status must be active or left.</source><translation>Xaaladdu waa inay noqotaa firfircoon ama ka tagay.</translation></message><message><source>Stock cannot be negative.</source><translation>Kaydku ma noqon karo tiro taban.</translation></message><message><source>That PIN is too easy to guess.</source><translation>PIN-kaas aad ayuu u fudud yahay in la qiyaaso.</translation></message><message><source>That PIN or password is not right. Try again.</source><translation>PIN-kaas ama erayga sirta ahi sax ma aha. Isku day mar kale.</translation></message><message><source>That backup's header is damaged.</source><translation>Madaxa kaydka nuqulkaas wuu xumaaday.</translation></message><message><source>That file is not an AccessPoint backup.</source><translation>Faylkaasi ma aha nuqul kayd ah oo AccessPoint.</translation></message><message><source>That is not a UK postcode.</source><translation>Taasi ma aha koodh boosto oo UK ah.</translation></message><message><source>That is one of the most common choices; pick another.</source><translation>Taasi waa mid ka mid ah doorashooyinka ugu caansan; dooro mid kale.</translation></message><message><source>That makes {total} on one day: more than 24 hours.</source><translation>Taasi waxay noqonaysaa {total} hal maalin: in ka badan 24 saacadood.</translation></message><message><source>That makes {total} on one day: over 12 hours needs a coordinator to confirm.</source><translation>Taasi waxay noqonaysaa {total} hal maalin: in ka badan 12 saacadood waxay u baahan tahay xaqiijin isku-duwe.</translation></message><message><source>That person no longer exists; refresh the list.</source><translation>Qofkaasi mar dambe ma jiro; cusboonaysii liiska.</translation></message><message><source>That person no longer exists; search again.</source><translation>Qofkaas hadda ma jiro; mar kale raadi.</translation></message><message><source>That recovery key has a character that cannot be in one.</source><translation>Furahaas soo celinta wuxuu leeyahay xaraf aan ku jiri karin.</translation></message><message><source>That recovery key is not right: check each group and retype it.</source><translation>Furahaas soo celinta sax ma aha: hubi koox kasta oo dib u qor.</translation></message><message><source>That user cannot sign in here; ask a coordinator.</source><translation>Isticmaalahaas halkan kuma soo gali karo; weydii isku-duwe.</translation></message><message><source>The OS keyring did not keep the database key.</source><translation>Keyring-ka nidaamku ma hayn furaha kaydka xogta.</translation></message><message><source>The OS keyring refused to store the key: {exc}</source><translation>Keyring-ka nidaamku wuu diiday inuu kaydiyo furaha: {exc}</translation></message><message><source>The backup could not be read: it is damaged or the key is wrong.</source><translation>Nuqulka kaydka lama akhrin karin: wuu xumaaday ama furuhu waa khalad.</translation></message><message><source>The command line is switched off for this hub. A coordinator can switch it back on in the app: Settings, Security, 'Allow the command line'.</source><translation>Khadka amarrada waa loo damiyay xaruntan. Isku-duwe ayaa dib ugu daari kara barnaamijka: Dejinta, Amniga, 'Oggolow khadka amarrada'.</translation></message><message><source>The command line's user cannot sign in to the app.</source><translation>Isticmaalaha khadka amarrada kuma soo gali karo barnaamijka.</translation></message><message><source>The computer's disk is full, so the last change could not be saved. Everything saved before it is safe. Free some space (empty the Recycle Bin, delete large downloads), then try again; what you typed is still on the screen.</source><translation>Diskiga kombiyuutarku wuu buuxaa, sidaa darteed isbeddelkii ugu dambeeyay lama kaydin karin. Wax kasta oo ka hor la kaydiyay waa ammaan. Bannee meel (madhi Qashin-qubka, tirtir waxyaabaha waaweyn ee la soo dejiyay), kadibna isku day mar kale; waxaad qortay weli shaashadda ayay ku yaalliin.</translation></message><message><source>The coordinator took the server's version; waiting for the part of the app that stores it.</source><translation>Isku-duwaha wuxuu qaatay nooca seerfarka; waxaa la sugayaa qaybta barnaamijka ee kaydisa.</translation></message><message><source>The cost must be a whole number of minutes above zero.</source><translation>Qiimuhu waa inuu noqdaa tiro dhan oo daqiiqado ah oo ka badan eber.</translation></message><message><source>The database file is damaged and cannot be read safely. AccessPoint can restore the latest backup; the damaged file is kept aside, not deleted.</source><translation>Faylka kaydka xogta wuu xumaaday oo si ammaan ah looma akhrin karo. AccessPoint wuxuu soo celin karaa nuqulkii kaydka ahaa ee ugu dambeeyay; faylka xumaaday dhinac ayaa la dhigayaa, lama tirtirayo.</translation></message><message><source>The database is busy in another program (perhaps a second copy of AccessPoint or a backup tool). Close it and try again; nothing was lost.</source><translation>Kaydka xogta waxaa mashquul ku haya barnaamij kale (malaha nuqul labaad oo AccessPoint ah ama qalab kayd). Xir kadibna isku day mar kale; waxba ma lumin.</translation></message><message><source>The description is {length} characters; the limit is {limit}. Shorten it or add the rest as notes after saving.</source><translation>Sharraxaaddu waa {length} xaraf; xadku waa {limit}. Soo gaabi ama inta kale ku dar qoraallo ahaan kadib markaad kaydiso.</translation></message><message><source>The end date is before the start date.</source><translation>Taariikhda dhammaadku waxay ka horraysaa taariikhda bilowga.</translation></message><message><source>The follow-up date is in the past.</source><translation>Taariikhda dabagalku way dhaaftay.</translation></message><message><source>The follow-up date is more than a year away.</source><translation>Taariikhda dabagalku waa in ka badan hal sano.</translation></message><message><source>The follow-up date is not a date.</source><translation>Taariikhda dabagalku ma aha taariikh.</translation></message><message><source>The header row lacks: {missing}.</source><translation>Safka madaxa waxaa ka maqan: {missing}.</translation></message><message><source>The maximum age is below the minimum.</source><translation>Da'da ugu badan ayaa ka hooseysa ta ugu yar.</translation></message><message><source>The merged record could not be applied: {error}</source><translation>Diiwaanka la isku daray lama dabaqi karin: {error}</translation></message><message><source>The name is too long ({limit} characters at most).</source><translation>Magacu aad buu u dheer yahay (ugu badnaan {limit} xaraf).</translation></message><message><source>The note is empty.</source><translation>Qoraalku waa madhan yahay.</translation></message><message><source>The note is limited to {limit} characters.</source><translation>Qoraalku wuxuu ku xaddidan yahay {limit} xaraf.</translation></message><message><source>The note is {length} characters; the limit is {limit}.</source><translation>Qoraalku waa {length} xaraf; xadku waa {limit}.</translation></message><message><source>The server refused it (HTTP {status}).</source><translation>Seerfarku wuu diiday (HTTP {status}).</translation></message><message><source>The sheet has a header but no rows.</source><translation>Warqaddu waxay leedahay madax laakiin saf ma leh.</translation></message><message><source>The sheet is empty.</source><translation>Warqaddu waa madhan tahay.</translation></message><message><source>There must always be one coordinator who can sign in.</source><translation>Waa inuu had iyo jeer jiraa hal isku-duwe oo soo gali kara.</translation></message><message><source>This backup is encrypted with a key this computer does not hold. Give the recovery key printed when that hub was set up (--recovery-key).</source><translation>Nuqulkan kaydka ah wuxuu ku qarsoon yahay fure uusan kombiyuutarkani haysan. Geli furaha soo celinta ee la daabacay markii xaruntaas la dejiyay (--recovery-key).</translation></message><message><source>This computer already has a coordinator; sign in instead.</source><translation>Kombiyuutarkan horay ayuu u lahaa isku-duwe; bal soo gal.</translation></message><message><source>This data folder already holds real records, so demo data will not be added. Run --demo without --data-dir (it has a folder of its own) or with an empty folder.</source><translation>Galkan xogta wuxuu horay u hayay diiwaanno dhab ah, sidaa darteed xog tijaabo ah laguma darayo. Ku shid --demo adigoon isticmaalin --data-dir (wuxuu leeyahay gal u gaar ah) ama gal madhan.</translation></message><message><source>This database is encrypted and this computer's keyring has no key for it (a new user profile, or the folder was copied from elsewhere). Recover it with the printed recovery key: accesspoint security recover --data-dir FOLDER.</source><translation>Kaydka xogtan wuu qarsoon yahay, keyring-ka kombiyuutarkanna fure uma hayo (astaan isticmaale cusub, ama galka meel kale ayaa laga soo koobiyeeyay). Ku soo celi furaha soo celinta ee la daabacay: accesspoint security recover --data-dir FOLDER.</translation></message><message><source>This database is encrypted but no OS keyring is available to unlock it. Start AccessPoint in your own Windows/desktop session, or recover it with the printed recovery key (accesspoint security recover).</source><translation>Kaydka xogtan wuu qarsoon yahay laakiin ma jiro keyring nidaam oo lagu furo. Ku bilow AccessPoint fadhigaaga Windows/desktop-ka ee gaarka ah, ama ku soo celi furaha soo celinta ee la daabacay (accesspoint security recover).</translation></message><message><source>This database was written by a newer AccessPoint (schema {have}; this version understands up to {newest}). Install the newer version; the data is untouched.</source><translation>Kaydka xogtan waxaa qoray AccessPoint ka cusub (qaabka {have}; noocani wuxuu fahmaa ilaa {newest}). Ku rakib nooca cusub; xogta waxba lagama beddelin.</translation></message><message><source>This is already a correction; log the entry again instead of correcting a correction.</source><translation>Tani horay ayay sixid u ahayd; mar kale diiwaangeli gelinta halkii aad sixid sixi lahayd.</translation></message><message><source>This is not a voucher code (check for a typo).</source><translation>Tani ma aha koodka foojarka (hubi qalad qoraal).</translation></message><message><source>This member has left the time bank.</source><translation>Xubintani waxay ka tagtay bangiga waqtiga.</translation></message><message><source>This person is under a legal hold; release it first.</source><translation>Qofkan wuxuu ku jiraa hayn sharci ah; marka hore ka sii daa.</translation></message><message><source>This sheet was already imported ({filename}, {day}); nothing was imported again.</source><translation>Warqaddan horay ayaa loo soo dejiyay ({filename}, {day}); waxba mar kale lama soo dejin.</translation></message><message><source>This transfer has already been corrected.</source><translation>Wareejintan horay ayaa loo saxay.</translation></message><message><source>This transfer took the member's balance below zero.</source><translation>Wareejintani waxay haraaga xubinta ka dhigtay mid ka hooseeya eber.</translation></message><message><source>Too long (at most 120 characters).</source><translation>Aad ayuu u dheer yahay (ugu badnaan 120 xaraf).</translation></message><message><source>Too long: {length} characters, at most {limit}.</source><translation>Aad buu u dheer yahay: {length} xaraf, ugu badnaan {limit}.</translation></message><message><source>Too many wrong attempts. This account is locked for about a minute; try again then or ask a coordinator.</source><translation>Isku dayo khaldan oo aad u badan. Koontadan waa la xiray muddo hal daqiiqo ku dhow; markaas isku day mar kale ama weydii isku-duwe.</translation></message><message><source>Too many wrong attempts. This account is locked for about {minutes} minutes; try again then or ask a coordinator.</source><translation>Isku dayo khaldan oo aad u badan. Koontadan waa la xiray muddo {minutes} daqiiqo ku dhow; markaas isku day mar kale ama weydii isku-duwe.</translation></message><message><source>Unknown field '{field}'.</source><translation>Goob aan la aqoon '{field}'.</translation></message><message><source>Unknown member field '{key}'.</source><translation>Goob xubin aan la aqoon '{key}'.</translation></message><message><source>Unknown member type.</source><translation>Nooc xubin aan la aqoon.</translation></message><message><source>Unknown need: {codes}.</source><translation>Baahi aan la aqoon: {codes}.</translation></message><message><source>Unknown question.</source><translation>Su'aal aan la aqoon.</translation></message><message><source>Unknown times {bad} (use e.g. mon_am, tue_eve).</source><translation>Waqtiyo aan la aqoon {bad} (isticmaal tusaale ahaan mon_am, tue_eve).</translation></message><message><source>Unknown transfer kind '{kind}'.</source><translation>Nooc wareejin aan la aqoon '{kind}'.</translation></message><message><source>Use times such as mon_am, tue_pm, wed_eve.</source><translation>Isticmaal waqtiyo sida mon_am, tue_pm, wed_eve.</translation></message><message><source>Valid.</source><translation>Waa ansax.</translation></message><message><source>Waiting for the coordinator to choose between two versions.</source><translation>Waxaa la sugayaa in isku-duwuhu kala doorto laba nooc.</translation></message><message><source>Without consent to record, the enquiry must be anonymous: remove the person or ask for consent.</source><translation>Oggolaansho diiwaangelin la'aantiis, codsigu waa inuu noqdaa qof aan la magacaabin: ka saar qofka ama weydii oggolaansho.</translation></message><message><source>a service must be an object, got {name}</source><translation>adeeggu waa inuu noqdaa shay (object), waxaa yimid {name}</translation></message><message><source>could not reach {url} ({reason}) after {attempt} tries</source><translation>lama gaari karin {url} ({reason}) kadib {attempt} isku day</translation></message><message><source>expected a JSON object or list, got {name}</source><translation>waxaa la filayay shay ama liis JSON ah, waxaa yimid {name}</translation></message><message><source>expected a list</source><translation>waxaa la filayay liis</translation></message><message><source>expected a list, got {name}</source><translation>waxaa la filayay liis, waxaa yimid {name}</translation></message><message><source>expected a number, got true/false</source><translation>waxaa la filayay tiro, waxaa yimid run/been</translation></message><message><source>expected a number, got {value}</source><translation>waxaa la filayay tiro, waxaa yimid {value}</translation></message><message><source>expected a whole number, got true/false</source><translation>waxaa la filayay tiro dhan, waxaa yimid run/been</translation></message><message><source>expected a whole number, got {value}</source><translation>waxaa la filayay tiro dhan, waxaa yimid {value}</translation></message><message><source>expected an object</source><translation>waxaa la filayay shay (object)</translation></message><message><source>expected an object, got {name}</source><translation>waxaa la filayay shay (object), waxaa yimid {name}</translation></message><message><source>expected text, got {name}</source><translation>waxaa la filayay qoraal, waxaa yimid {name}</translation></message><message><source>field '{field}'</source><translation>goobta '{field}'</translation></message><message><source>no .json files in {path}</source><translation>ma jiraan faylal .json ah oo ku jira {path}</translation></message><message><source>not UTF-8 text</source><translation>ma aha qoraal UTF-8 ah</translation></message><message><source>not valid JSON at line {lineno}, column {colno} ({msg}); the file may be truncated or damaged</source><translation>JSON aan sax ahayn safka {lineno}, tiirka {colno} ({msg}); faylka waa laga yaabaa inuu go'an yahay ama xumaaday</translation></message><message><source>response larger than {limit} MB</source><translation>jawaabta ayaa ka weyn {limit} MB</translation></message><message><source>service {record}</source><translation>adeegga {record}</translation></message><message><source>service {record}, field '{field}': {problem}</source><translation>adeegga {record}, goobta '{field}': {problem}</translation></message><message><source>the data folder</source><translation>galka xogta</translation></message><message><source>the feed promised {expected} services but only {arrived} arrived; it looks cut short, so nothing was changed</source><translation>feed-ku wuxuu ballan qaaday {expected} adeeg laakiin {arrived} keliya ayaa yimid; wuxuu u muuqdaa mid go'an, sidaa darteed waxba lama beddelin</translation></message><message><source>the local service record is missing or not this one</source><translation>diiwaanka adeegga maxalliga ah wuu maqan yahay ama ma aha kan</translation></message><message><source>the record says it is {id}</source><translation>diiwaanku wuxuu leeyahay waa {id}</translation></message><message><source>the server answered {code} {reason} for {url}</source><translation>seerfarku wuxuu ku jawaabay {code} {reason} ee {url}</translation></message><message><source>the server sent something that is not JSON ({exc}); the response may be cut short</source><translation>seerfarku wuxuu soo diray wax aan JSON ahayn ({exc}); jawaabta waa laga yaabaa inay go'an tahay</translation></message><message><source>the server sent the same page again; it does not seem to support paging with ?page=</source><translation>seerfarku mar kale ayuu soo diray bog isku mid ah; uma muuqdo inuu taageero bogagga ?page=</translation></message><message><source>the service has no id</source><translation>adeeggu aqoonsi (id) ma leh</translation></message><message><source>the service has no name</source><translation>adeeggu magac ma leh</translation></message><message><source>this is not an ORUK service, list or page (no 'contents', 'content' or service 'id' and 'name')</source><translation>tani ma aha adeeg, liis ama bog ORUK ah (ma jiro 'contents', 'content' ama 'id' iyo 'name' adeeg)</translation></message><message><source>{count} entries; kept the first {limit}</source><translation>{count} gelin; waxaa la hayay {limit}-ka ugu horreeya</translation></message><message><source>{count} services appeared more than once; the last copy of each was kept.</source><translation>{count} adeeg ayaa in ka badan hal mar soo muuqday; nuqulkii ugu dambeeyay ee mid kasta ayaa la hayay.</translation></message><message><source>{day} is in the future.</source><translation>{day} waa mustaqbalka.</translation></message><message><source>{day} is too long ago.</source><translation>{day} waa waqti aad u fog oo hore.</translation></message><message><source>{length} characters; kept the first {limit}</source><translation>{length} xaraf; waxaa la hayay {limit}-ka ugu horreeya</translation></message><message><source>{member_number} has left the time bank.</source><translation>{member_number} wuxuu ka tagay bangiga waqtiga.</translation></message><message><source>{member_number} is an organisation account: log the hours for the people who gave the time.</source><translation>{member_number} waa koonto urur: diiwaangeli saacadaha dadkii waqtiga bixiyay.</translation></message><message><source>{name} ended on {valid_to}.</source><translation>{name} wuxuu dhammaaday {valid_to}.</translation></message><message><source>{name} has no column {missing}; an ONS Postcode Directory CSV has pcds, lat and long.</source><translation>{name} ma laha tiirka {missing}; CSV-ga ONS Postcode Directory wuxuu leeyahay pcds, lat iyo long.</translation></message><message><source>{name} is no longer offered.</source><translation>{name} mar dambe lama bixiyo.</translation></message><message><source>{name} is not open to this member type.</source><translation>{name} uma furna nooca xubintan.</translation></message><message><source>{name} is offered from {valid_from}.</source><translation>{name} waxaa la bixiyaa laga bilaabo {valid_from}.</translation></message><message><source>{name} is one page of a feed of {pages} pages: its services were imported, none were retired.</source><translation>{name} waa hal bog oo ka mid ah feed ka kooban {pages} bog: adeegyadiisa waa la soo dejiyay, midna lama saarin.</translation></message><message><source>{name} is out of stock.</source><translation>{name} wuu dhammaaday (kayd ma jiro).</translation></message><message><source>{number} on {day}: {problem}</source><translation>{number} {day}: {problem}</translation></message><message><source>{number}: this person is already a member.</source><translation>{number}: qofkani horay ayuu xubin u ahaa.</translation></message><message><source>{source} does not exist</source><translation>{source} ma jiro</translation></message><message><source>{text} is not a UK postcode.</source><translation>{text} ma aha koodh boosteed UK.</translation></message><message><source>{where}: {problem}</source><translation>{where}: {problem}</translation></message></context><context><name>Opening</name><message><source>AccessPoint could not open its database ({error}). Nothing has been changed. Close other programs that may be using the data folder and start AccessPoint again; if it keeps happening, send the diagnostic report (Help menu) to whoever supports your hub.</source><translation>AccessPoint wuu furi waayay keydkiisa xogta ({error}). Waxba lama beddelin. Xir barnaamijyada kale ee laga yaabo inay isticmaalayaan galka xogta, kadibna mar kale fur AccessPoint; haddii ay sii dhacdo, u dir warbixinta cilad-baarista (liiska Caawinaad) qofka taageera xaruntaada.</translation></message><message><source>Preparing the demo data…</source><translation>Xogta tijaabada ayaa la diyaarinayaa…</translation></message></context></TS>