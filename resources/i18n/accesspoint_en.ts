<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ConsentRenewalsView</name>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="116" />
        <source>Lapsed %n day(s) ago</source>
        <translation>
            <numerusform>Lapsed %n day ago</numerusform><numerusform>Lapsed %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="119" />
        <source>Lapses in %n day(s)</source>
        <translation>
            <numerusform>Lapses in %n day</numerusform><numerusform>Lapses in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="121" />
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>%n service in the directory</numerusform><numerusform>%n services in the directory</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="123" />
        <source>%n added by this hub</source>
        <translation>
            <numerusform>%n added by this hub</numerusform><numerusform>%n added by this hub</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="125" />
        <source>%n not verified for over 12 months</source>
        <translation>
            <numerusform>%n not verified for over 12 months</numerusform><numerusform>%n not verified for over 12 months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="128" />
        <source>%n referral(s) due a follow-up</source>
        <translation>
            <numerusform>%n referral due a follow-up</numerusform><numerusform>%n referrals due a follow-up</numerusform></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/enquiries/followups.py" line="96" />
        <source>%n follow-up(s) due today or overdue</source>
        <translation>
            <numerusform>%n follow-up due today or overdue</numerusform><numerusform>%n follow-ups due today or overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>GroupSessionTab</name>
    <message numerus="yes">
        <location filename="../../ui/timebank/log_hours.py" line="224" />
        <source>%n member(s) on the sheet</source>
        <translation>
            <numerusform>%n member on the sheet</numerusform><numerusform>%n members on the sheet</numerusform></translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message numerus="yes">
        <location filename="../../ui/enquiries/intake.py" line="332" />
        <source>Not saved yet: %n thing(s) to fix, shown in red. Nothing you typed is lost.</source>
        <translation>
            <numerusform>Not saved yet: %n thing to fix, shown in red. Nothing you typed is lost.</numerusform><numerusform>Not saved yet: %n things to fix, shown in red. Nothing you typed is lost.</numerusform></translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/person_search.py" line="109" />
        <source>%n person(s) found; Down arrow to choose, Enter to pick.</source>
        <translation>
            <numerusform>%n person found; Down arrow to choose, Enter to pick.</numerusform><numerusform>%n persons found; Down arrow to choose, Enter to pick.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="128" />
        <source>%n open referral(s)</source>
        <translation>
            <numerusform>%n open referral</numerusform><numerusform>%n open referrals</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="129" />
        <source>%n due a follow-up</source>
        <translation>
            <numerusform>%n due a follow-up</numerusform><numerusform>%n due a follow-up</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/directory/search_panel.py" line="262" />
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform><numerusform>%n services found</numerusform></translation>
    </message>
</context>
</TS>