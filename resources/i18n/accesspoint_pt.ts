<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/ops/about.py" line="89" />
        <location filename="../../ui/ops/about.py" line="90" />
        <source>About AccessPoint</source>
        <translation>Acerca do AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="93" />
        <source>About, getting started and licences</source>
        <translation>Acerca de, primeiros passos e licenças</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="96" />
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="97" />
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="98" />
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="32" />
        <source>Add a user</source>
        <translation>Adicionar um utilizador</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="35" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="37" />
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="41" />
        <source>Signs in with</source>
        <translation>Inicia sessão com</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="42" />
        <source>PIN (6+ digits)</source>
        <translation>PIN (6 ou mais algarismos)</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="43" />
        <source>Password (10+ characters)</source>
        <translation>Palavra-passe (10 ou mais caracteres)</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="47" />
        <source>First PIN or password</source>
        <translation>PIN ou palavra-passe inicial</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="49" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="50" />
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="51" />
        <source>Signs in &amp;with:</source>
        <translation>Inicia sessão &amp;com:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="52" />
        <source>First &amp;PIN or password:</source>
        <translation>&amp;PIN ou palavra-passe inicial:</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="47" />
        <source>Needs attention</source>
        <translation>Precisa de atenção</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="53" />
        <source>Items that need attention</source>
        <translation>Itens que precisam de atenção</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="55" />
        <source>Nothing needs attention.</source>
        <translation>Nada precisa de atenção.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="58" />
        <source>Why this needs attention</source>
        <translation>Porque precisa de atenção</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>This hub's version</source>
        <translation>Versão deste centro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Council server's version</source>
        <translation>Versão do servidor da câmara municipal</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="64" />
        <source>Both versions, field by field</source>
        <translation>As duas versões, campo a campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="68" />
        <source>&amp;Keep this hub's version</source>
        <translation>&amp;Manter a versão deste centro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="69" />
        <source>Keep this hub's version</source>
        <translation>Manter a versão deste centro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="70" />
        <source>&amp;Take the council's version</source>
        <translation>&amp;Usar a versão da câmara municipal</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="71" />
        <source>Take the council server's version</source>
        <translation>Usar a versão do servidor da câmara municipal</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="72" />
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="73" />
        <source>Send it again (after fixing the record)</source>
        <translation>Enviar novamente (depois de corrigir o registo)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="74" />
        <source>&amp;Dismiss</source>
        <translation>Marcar como &amp;tratado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="75" />
        <source>Dismiss: seen and dealt with</source>
        <translation>Marcar como tratado: visto e resolvido</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="100" />
        <source>{status}: {kind} {record}</source>
        <translation>{status}: {kind} {record}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="106" />
        <source>Needs attention: {count}</source>
        <translation>Precisam de atenção: {count}</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="26" />
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="27" />
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="28" />
        <source>Hub</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="29" />
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="30" />
        <source>Member type</source>
        <translation>Tipo de membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="31" />
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="48" />
        <source>Hours by</source>
        <translation>Horas por</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="49" />
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="50" />
        <source>Show the time audit</source>
        <translation>Mostrar a auditoria de horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="51" />
        <source>Save as CS&amp;V…</source>
        <translation>Guardar como CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="52" />
        <source>Save the time audit as CSV</source>
        <translation>Guardar a auditoria de horas como CSV</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="55" />
        <source>Time audit summary</source>
        <translation>Resumo da auditoria de horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="57" />
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="58" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="59" />
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="63" />
        <source>Time audit</source>
        <translation>Auditoria de horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>T&amp;o</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="70" />
        <source>&amp;By</source>
        <translation>&amp;Por</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="96" />
        <source>{0} given by {1} active members; {2} new members joined.</source>
        <translation>{0} dados por {1} membros ativos; {2} novos membros aderiram.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="108" />
        <source>Save time audit</source>
        <translation>Guardar auditoria de horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="109" />
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="116" />
        <source>Saved {0}.</source>
        <translation>{0} guardado.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/security/audit_view.py" line="38" />
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="39" />
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="44" />
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="45" />
        <source>Any action</source>
        <translation>Qualquer ação</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="49" />
        <source>Kind of record</source>
        <translation>Tipo de registo</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="50" />
        <source>person, enquiry, user…</source>
        <translation>pessoa, pedido de ajuda, utilizador…</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="53" />
        <source>Record id</source>
        <translation>ID do registo</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="58" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="61" />
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="62" />
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="65" />
        <source>&amp;Who:</source>
        <translation>&amp;Quem:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="66" />
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="67" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="68" />
        <source>Record &amp;id:</source>
        <translation>&amp;ID do registo:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="73" />
        <source>&amp;From / to:</source>
        <translation>&amp;De / para:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="78" />
        <source>Via</source>
        <translation>Através de</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="81" />
        <source>Audit events</source>
        <translation>Eventos de auditoria</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="92" />
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../ui/services.py" line="312" />
        <source>Working…</source>
        <translation>A processar…</translation>
    </message>
    <message>
        <location filename="../../ui/services.py" line="315" />
        <source>Please wait</source>
        <translation>Aguarde, por favor</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="227" />
        <source>Show as table</source>
        <translation>Mostrar como tabela</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="229" />
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="230" />
        <source>Save data as CSV…</source>
        <translation>Guardar dados como CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="252" />
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="254" />
        <source>%1 data</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="255" />
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabela</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="256" />
        <source>Save %1 as PNG</source>
        <translation>Guardar %1 como PNG</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="257" />
        <source>Save the data of %1 as CSV</source>
        <translation>Guardar os dados de %1 como CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="258" />
        <source>Nothing to show for these dates and hub.</source>
        <translation>Nada a mostrar para estas datas e este centro.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="264" />
        <source>Legend of %1</source>
        <translation>Legenda de %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="300" />
        <source>No data.</source>
        <translation>Sem dados.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="303" />
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="304" />
        <source>{axis}: {count} shown; totals {totals}.</source>
        <translation>{axis}: {count} mostrados; totais {totals}.</translation>
    </message>
</context>
<context>
    <name>ConsentRenewalsView</name>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="34" />
        <source>Consents due for renewal</source>
        <translation>Consentimentos a renovar</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="38" />
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="39" />
        <source>Show consents lapsing within this many days</source>
        <translation>Mostrar consentimentos que caducam dentro deste número de dias</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="40" />
        <source>&amp;Lapsing within:</source>
        <translation>A ca&amp;ducar nos próximos:</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="43" />
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="44" />
        <source>All purposes</source>
        <translation>Todas as finalidades</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="47" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidade:</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="49" />
        <source>Re&amp;fresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Renew by</source>
        <translation>Renovar até</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="58" />
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="61" />
        <source>Consents to renew</source>
        <translation>Consentimentos a renovar</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="69" />
        <source>Choose a resident to see the wording.</source>
        <translation>Escolha um residente para ver o texto.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="74" />
        <source>Wording to read to the resident again</source>
        <translation>Texto a ler novamente ao residente</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="77" />
        <source>Re&amp;new: the resident agrees</source>
        <translation>Re&amp;novar: o residente concorda</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="78" />
        <source>&amp;Withdraw this consent</source>
        <translation>&amp;Retirar este consentimento</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="85" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Keep a record</source>
        <translation>Guardar um registo</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Share with a service</source>
        <translation>Partilhar com um serviço</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="105" />
        <source>Contact later</source>
        <translation>Contactar mais tarde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="116" />
        <source>Lapsed %n day(s) ago</source>
        <translation>
            <numerusform>Caducou há %n dia(s)</numerusform>
            <numerusform>Caducou há %n dia(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="118" />
        <source>Lapses today</source>
        <translation>Caduca hoje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="119" />
        <source>Lapses in %n day(s)</source>
        <translation>
            <numerusform>Caduca dentro de %n dia(s)</numerusform>
            <numerusform>Caduca dentro de %n dia(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="129" />
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="138" />
        <source>No consents lapse in this period.</source>
        <translation>Nenhum consentimento caduca neste período.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="160" />
        <source> (not available in their language; this is the English wording)</source>
        <translation> (não disponível na língua da pessoa; este é o texto em inglês)</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="161" />
        <source>Rea&amp;d this to {name} again ({lang}){note}:</source>
        <translation>&amp;Leia isto novamente a {name} ({lang}){note}:</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="174" />
        <source>Renewed for {name} until {date}.</source>
        <translation>Renovado para {name} até {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="190" />
        <source>Withdrawn for {name}: nothing more is done under it from now on.</source>
        <translation>Retirado para {name}: a partir de agora nada mais é feito ao abrigo dele.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/ops/crash.py" line="126" />
        <location filename="../../ui/ops/crash.py" line="146" />
        <source>Something went wrong</source>
        <translation>Algo correu mal</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="131" />
        <source>AccessPoint ran into a problem it did not expect.

Everything you saved is safe, and the form you were filling in is kept as a draft. You can carry on working, or close AccessPoint and open it again.</source>
        <translation>O AccessPoint encontrou um problema inesperado.

Tudo o que guardou está seguro, e o formulário que estava a preencher fica guardado como rascunho. Pode continuar a trabalhar, ou fechar o AccessPoint e abri-lo de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="137" />
        <source>A report (with no names or personal details) was saved here:
{path}
If this keeps happening, send it to whoever supports your hub.</source>
        <translation>Foi guardado aqui um relatório (sem nomes nem dados pessoais):
{path}
Se isto continuar a acontecer, envie-o a quem dá apoio ao seu centro.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="140" />
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="143" />
        <source>Show the report</source>
        <translation>Mostrar o relatório</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="144" />
        <source>Close AccessPoint</source>
        <translation>Fechar o AccessPoint</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/directory/detail.py" line="139" />
        <source>Service details</source>
        <translation>Detalhes do serviço</translation>
    </message>
    <message>
        <location filename="../../ui/directory/detail.py" line="149" />
        <source>Choose a service to see its details.</source>
        <translation>Escolha um serviço para ver os detalhes.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/directory/page.py" line="37" />
        <location filename="../../ui/directory/page.py" line="76" />
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="42" />
        <source>Directory summary</source>
        <translation>Resumo do diretório</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="43" />
        <source>&amp;Report a problem…</source>
        <translation>&amp;Comunicar um problema…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="44" />
        <source>Report a problem with this entry</source>
        <translation>Comunicar um problema com esta entrada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="45" />
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimir folha…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="46" />
        <source>Print or save a slip for this service</source>
        <translation>Imprimir ou guardar uma folha para este serviço</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="47" />
        <source>Add local ser&amp;vice…</source>
        <translation>Adicionar ser&amp;viço local…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="48" />
        <source>Add a hub-local service</source>
        <translation>Adicionar um serviço local do centro</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="49" />
        <source>I&amp;mport directory…</source>
        <translation>I&amp;mportar diretório…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="50" />
        <source>Import or refresh the directory</source>
        <translation>Importar ou atualizar o diretório</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="77" />
        <source>Find a service</source>
        <translation>Procurar um serviço</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="78" />
        <source>Referrals to follow up</source>
        <translation>Referenciações para seguimento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="121" />
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>%n serviço(s) no diretório</numerusform>
            <numerusform>%n serviço(s) no diretório</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="123" />
        <source>%n added by this hub</source>
        <translation>
            <numerusform>%n adicionado(s) por este centro</numerusform>
            <numerusform>%n adicionado(s) por este centro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="125" />
        <source>%n not verified for over 12 months</source>
        <translation>
            <numerusform>%n sem verificação há mais de 12 meses</numerusform>
            <numerusform>%n sem verificação há mais de 12 meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="128" />
        <source>%n referral(s) due a follow-up</source>
        <translation>
            <numerusform>%n referenciação(ões) a precisar de seguimento</numerusform>
            <numerusform>%n referenciação(ões) a precisar de seguimento</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="130" />
        <source>The directory is empty: import your council's Open Referral feed with `accesspoint directory import`, or add a local service.</source>
        <translation>O diretório está vazio: importe o feed Open Referral da sua câmara municipal com `accesspoint directory import`, ou adicione um serviço local.</translation>
    </message>
</context>
<context>
    <name>EnquiriesPage</name>
    <message>
        <location filename="../../ui/enquiries/page.py" line="30" />
        <location filename="../../ui/enquiries/page.py" line="33" />
        <source>Enquiries</source>
        <translation>Pedidos de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="35" />
        <source>Record an enquiry</source>
        <translation>Registar um pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="36" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="40" />
        <source>Enquiry list</source>
        <translation>Lista de pedidos de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="41" />
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>EnquiryDialog</name>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="91" />
        <source>Enquiry {ref}</source>
        <translation>Pedido de ajuda {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="93" />
        <source>Enquiry</source>
        <translation>Pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="96" />
        <source>Enquiry details</source>
        <translation>Detalhes do pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="99" />
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="103" />
        <source>You can read this enquiry and add notes. Changing what was recorded is for staff and coordinators.</source>
        <translation>Pode ler este pedido e acrescentar notas. Alterar o que foi registado cabe ao pessoal e aos coordenadores.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="106" />
        <source>Read only</source>
        <translation>Só de leitura</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="115" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="119" />
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="120" />
        <source>Add a note (Ctrl+Enter to add)</source>
        <translation>Adicionar uma nota (Ctrl+Enter para adicionar)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="122" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="123" />
        <source>&amp;Add note</source>
        <translation>&amp;Adicionar nota</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="124" />
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="125" />
        <source>&amp;New note:</source>
        <translation>&amp;Nova nota:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="133" />
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="139" />
        <source>History of edits</source>
        <translation>Histórico de edições</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="141" />
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="143" />
        <source>Follow-up done</source>
        <translation>Seguimento feito</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="144" />
        <source>Mark the follow-up done</source>
        <translation>Marcar o seguimento como feito</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="145" />
        <source>Si&amp;gnpost…</source>
        <translation>En&amp;caminhar…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="146" />
        <source>Signpost to a service</source>
        <translation>Encaminhar para um serviço</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="150" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation>O encaminhamento chega com a secção Diretório; ainda não está disponível.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="151" />
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="152" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="173" />
        <source>{ref} · recorded {when} by {who} · {n} note(s), {r} edit(s)</source>
        <translation>{ref} · registado em {when} por {who} · {n} nota(s), {r} edição(ões)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="183" />
        <source>{when} · created</source>
        <translation>{when} · criado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="185" />
        <source>no visible change</source>
        <translation>sem alteração visível</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="186" />
        <source>{when} · {who} changed: {what}</source>
        <translation>{when} · {who} alterou: {what}</translation>
    </message>
</context>
<context>
    <name>EnquiryListView</name>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="64" />
        <source>Reference, name or words</source>
        <translation>Referência, nome ou palavras</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="65" />
        <source>Search enquiries</source>
        <translation>Pesquisar pedidos de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="68" />
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 31 days</source>
        <translation>Últimos 31 dias</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="71" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="75" />
        <source>Outcome filter</source>
        <translation>Filtro de resultado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="76" />
        <source>Any outcome</source>
        <translation>Qualquer resultado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="80" />
        <source>Need filter</source>
        <translation>Filtro de necessidades</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="81" />
        <source>Any need</source>
        <translation>Qualquer necessidade</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="89" />
        <source>Follow-up &amp;due</source>
        <translation>Seguimento pre&amp;visto</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="90" />
        <source>Only follow-ups due</source>
        <translation>Só seguimentos previstos</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="93" />
        <source>&amp;Search:</source>
        <translation>Pes&amp;quisar:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="94" />
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="95" />
        <source>Ou&amp;tcome:</source>
        <translation>Resul&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="96" />
        <source>N&amp;eed:</source>
        <translation>N&amp;ecessidade:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="105" />
        <source>Enquiries</source>
        <translation>Pedidos de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="106" />
        <source>Enter opens the selected enquiry</source>
        <translation>Enter abre o pedido de ajuda selecionado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="118" />
        <source>Number of enquiries shown</source>
        <translation>Número de pedidos de ajuda mostrados</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="120" />
        <source>&amp;Open / edit</source>
        <translation>&amp;Abrir / editar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="121" />
        <source>Open the selected enquiry</source>
        <translation>Abrir o pedido de ajuda selecionado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="122" />
        <source>Follow-up done</source>
        <translation>Seguimento feito</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="123" />
        <source>Mark the follow-up done</source>
        <translation>Marcar o seguimento como feito</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="124" />
        <source>Si&amp;gnpost…</source>
        <translation>En&amp;caminhar…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="125" />
        <source>Signpost to a service</source>
        <translation>Encaminhar para um serviço</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="129" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation>O encaminhamento chega com a secção Diretório; ainda não está disponível.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="183" />
        <source>Showing {shown} of {total}</source>
        <translation>A mostrar {shown} de {total}</translation>
    </message>
</context>
<context>
    <name>EnquiryTableModel</name>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Needs</source>
        <translation>Necessidades</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="53" />
        <source>Follow-up</source>
        <translation>Seguimento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="101" />
        <source>Today {time}</source>
        <translation>Hoje {time}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="106" />
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="113" />
        <source>safeguarding</source>
        <translation>proteção de pessoas em risco</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="119" />
        <source>{date} (done)</source>
        <translation>{date} (feito)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="121" />
        <source>{date} (due)</source>
        <translation>{date} (previsto)</translation>
    </message>
</context>
<context>
    <name>EnrolBox</name>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="25" />
        <source>Council server</source>
        <translation>Servidor da câmara municipal</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="26" />
        <source>This computer is not enrolled yet.</source>
        <translation>Este computador ainda não está inscrito.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="28" />
        <source>Enrolment</source>
        <translation>Inscrição</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="31" />
        <source>Council server address</source>
        <translation>Endereço do servidor da câmara municipal</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="34" />
        <source>Enrolment code</source>
        <translation>Código de inscrição</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="36" />
        <source>Only if the council gave you one</source>
        <translation>Só se a câmara municipal lhe tiver dado um</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="37" />
        <source>Council CA bundle file</source>
        <translation>Ficheiro do pacote de CA da câmara municipal</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="38" />
        <source>&amp;Browse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="39" />
        <source>Choose the CA bundle file</source>
        <translation>Escolha o ficheiro do pacote de CA</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="42" />
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="43" />
        <source>&amp;Enrol this computer</source>
        <translation>&amp;Inscrever este computador</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="44" />
        <source>Enrol this computer with the code</source>
        <translation>Inscrever este computador com o código</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="47" />
        <source>Enrolment result</source>
        <translation>Resultado da inscrição</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="51" />
        <source>Server &amp;address:</source>
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="52" />
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Código de inscrição:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="53" />
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="61" />
        <source>CA b&amp;undle:</source>
        <translation>Pacote de C&amp;A:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="72" />
        <source>Enrolled with {url} as hub “{hub}”. The device key is kept in this computer's secure password store.</source>
        <translation>Inscrito em {url} como centro “{hub}”. A chave do dispositivo é guardada no armazenamento seguro de palavras-passe deste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="75" />
        <source>&amp;Enrol again</source>
        <translation>&amp;Inscrever novamente</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="79" />
        <source>This computer is not enrolled yet. Ask the council for an enrolment code.</source>
        <translation>Este computador ainda não está inscrito. Peça à câmara municipal um código de inscrição.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="90" />
        <source>Council CA bundle</source>
        <translation>Pacote de CA da câmara municipal</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="91" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="98" />
        <source>Enter the server address and the enrolment code.</source>
        <translation>Introduza o endereço do servidor e o código de inscrição.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="101" />
        <source>Enrolling…</source>
        <translation>A inscrever…</translation>
    </message>
</context>
<context>
    <name>EqualityForm</name>
    <message>
        <location filename="../../ui/security/equality_form.py" line="35" />
        <source>Equality monitoring (optional)</source>
        <translation>Monitorização da igualdade (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="37" />
        <source>These questions are optional and separate from your enquiry: answering or not makes no difference to the help you get. Answers are not linked to your name or your enquiry and are only ever counted together with others'.</source>
        <translation>Estas perguntas são opcionais e separadas do seu pedido de ajuda: responder ou não, não altera em nada a ajuda que recebe. As respostas não ficam ligadas ao seu nome nem ao seu pedido de ajuda e só são contadas em conjunto com as de outras pessoas.</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="46" />
        <source>Not answered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="48" />
        <source>Prefer not to say</source>
        <translation>Prefiro não dizer</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="61" />
        <source>&amp;Save answers</source>
        <translation>&amp;Guardar respostas</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="63" />
        <source>S&amp;kip</source>
        <translation>&amp;Saltar</translation>
    </message>
</context>
<context>
    <name>EqualityReportView</name>
    <message>
        <location filename="../../ui/security/page.py" line="144" />
        <source>Equality monitoring counts</source>
        <translation>Contagens da monitorização da igualdade</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="145" />
        <source>&amp;Refresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="148" />
        <source>Counts only; numbers under 5 are shown as &lt;5.</source>
        <translation>Apenas contagens; números abaixo de 5 aparecem como &lt;5.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="156" />
        <source>Responses: {n}</source>
        <translation>Respostas: {n}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/security/rights.py" line="58" />
        <source>Erase this person everywhere</source>
        <translation>Apagar esta pessoa em todo o lado</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="60" />
        <source>This deletes the person's details here and, after sync, at the council and at every other hub. It cannot be undone. Enquiries are kept only as anonymous counts unless you keep one below for a legal reason.</source>
        <translation>Isto apaga os dados da pessoa aqui e, após a sincronização, na câmara municipal e em todos os outros centros. Não pode ser desfeito. Os pedidos de ajuda ficam apenas como contagens anónimas, a menos que guarde algum abaixo por um motivo legal.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="66" />
        <source>Reason for erasure</source>
        <translation>Motivo do apagamento</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="67" />
        <source>e.g. resident's request of 3 May (Art. 17)</source>
        <translation>p. ex. pedido do residente de 3 de maio (art. 17.º)</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="68" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="79" />
        <source>Keep {ref} ({day})</source>
        <translation>Manter {ref} ({day})</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="82" />
        <source>safeguarding duty</source>
        <translation>dever de proteção de pessoas em risco</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="84" />
        <source>Why {ref} is kept</source>
        <translation>Motivo para guardar {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="94" />
        <source>&amp;Erase</source>
        <translation>&amp;Apagar</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../ui/widgets/field_error.py" line="21" />
        <source>Problem with {field}</source>
        <translation>Problema com: {field}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="100" />
        <source>Need</source>
        <translation>Necessidade</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="101" />
        <source>Any need</source>
        <translation>Qualquer necessidade</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="105" />
        <source>Language spoken</source>
        <translation>Língua falada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="106" />
        <source>Any language</source>
        <translation>Qualquer língua</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="111" />
        <source>Any age</source>
        <translation>Qualquer idade</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="113" />
        <source>Resident's age</source>
        <translation>Idade do residente</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="114" />
        <source>&amp;Free</source>
        <translation>&amp;Gratuito</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="115" />
        <source>Free of charge only</source>
        <translation>Só gratuitos</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="116" />
        <source>Open no&amp;w</source>
        <translation>Abe&amp;rto agora</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="117" />
        <source>Open now only</source>
        <translation>Só abertos agora</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="119" />
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="123" />
        <source>Distance from postcode</source>
        <translation>Distância a partir do código postal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>N&amp;eed:</source>
        <translation>N&amp;ecessidade:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>A&amp;ge:</source>
        <translation>I&amp;dade:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>Ne&amp;ar:</source>
        <translation>&amp;Perto de:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/session.py" line="72" />
        <source>Welcome to AccessPoint</source>
        <translation>Boas-vindas ao AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="73" />
        <source>This computer is not set up yet. Tell us the name of this hub and your name; you will be its coordinator.</source>
        <translation>Este computador ainda não está configurado. Indique o nome deste centro e o seu nome; será o coordenador do centro.</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="69" />
        <location filename="../../ui/session.py" line="77" />
        <source>Hub name</source>
        <translation>Nome do centro</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="78" />
        <source>for example Riverside Community Centre</source>
        <translation>por exemplo Centro Comunitário Riverside</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="72" />
        <location filename="../../ui/session.py" line="80" />
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="84" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="62" />
        <source>Set up AccessPoint</source>
        <translation>Configurar o AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="63" />
        <source>This computer is not set up yet. You will be this hub's coordinator: choose a password (at least 10 characters) or a PIN (at least 6 digits).</source>
        <translation>Este computador ainda não está configurado. Será o coordenador deste centro: escolha uma palavra-passe (pelo menos 10 caracteres) ou um PIN (pelo menos 6 algarismos).</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="73" />
        <source>Pass&amp;word</source>
        <translation>Pala&amp;vra-passe</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="74" />
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="76" />
        <source>Password or PIN</source>
        <translation>Palavra-passe ou PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="77" />
        <source>Repeat password or PIN</source>
        <translation>Repita a palavra-passe ou o PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="80" />
        <location filename="../../ui/session.py" line="87" />
        <source>&amp;Hub name:</source>
        <translation>&amp;Nome do centro:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="81" />
        <location filename="../../ui/session.py" line="88" />
        <source>&amp;Your name:</source>
        <translation>&amp;O seu nome:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="82" />
        <source>Sign in with:</source>
        <translation>Iniciar sessão com:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="84" />
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Palavra-passe ou PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="85" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="88" />
        <source>&amp;Set up</source>
        <translation>&amp;Configurar</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="99" />
        <source>The two entries differ; type them again.</source>
        <translation>As duas entradas são diferentes; escreva-as novamente.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="91" />
        <source>&amp;Start</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="102" />
        <source>Give the hub a name.</source>
        <translation>Dê um nome ao centro.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="104" />
        <source>Give your name.</source>
        <translation>Indique o seu nome.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="51" />
        <source>Follow-ups due</source>
        <translation>Seguimentos previstos</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="53" />
        <source>Follow-ups due today or overdue</source>
        <translation>Seguimentos para hoje ou em atraso</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="55" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="56" />
        <source>Open the follow-up's enquiry</source>
        <translation>Abrir o pedido de ajuda deste seguimento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="57" />
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como feito</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="58" />
        <source>Mark the follow-up done</source>
        <translation>Marcar o seguimento como feito</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/followups.py" line="96" />
        <source>%n follow-up(s) due today or overdue</source>
        <translation>
            <numerusform>%n seguimento(s) para hoje ou em atraso</numerusform>
            <numerusform>%n seguimento(s) para hoje ou em atraso</numerusform>
        </translation>
    </message>
<message><source>Anonymous</source><translation>Anónimo</translation></message><message><source>due today</source><translation>previsto para hoje</translation></message><message><source>overdue since {date}</source><translation>em atraso desde {date}</translation></message></context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../ui/ops/about.py" line="30" />
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="31" />
        <source>AccessPoint keeps a record of the people who come to your hub, what they needed and where you sent them. It works without the internet; everything is saved on this computer as you go.</source>
        <translation>O AccessPoint guarda um registo das pessoas que vêm ao seu centro, do que precisavam e para onde as encaminhou. Funciona sem internet; tudo é guardado neste computador à medida que trabalha.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="34" />
        <source>When someone comes in</source>
        <translation>Quando alguém chega</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="35" />
        <source>1. Open Enquiries and start a new enquiry.</source>
        <translation>1. Abra Pedidos de ajuda e comece um novo pedido de ajuda.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="36" />
        <source>2. Ask if they are happy for you to keep a record. If not, leave the person out: the enquiry stays anonymous.</source>
        <translation>2. Pergunte se a pessoa aceita que guarde um registo. Se não aceitar, não indique a pessoa: o pedido de ajuda fica anónimo.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="38" />
        <source>3. Search for the person by name, phone or postcode before adding them, so nobody is entered twice.</source>
        <translation>3. Procure a pessoa pelo nome, telefone ou código postal antes de a adicionar, para que ninguém fique registado duas vezes.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="40" />
        <source>4. Choose what they need, then search the directory for a service and note what you did.</source>
        <translation>4. Escolha o que a pessoa precisa, procure um serviço no diretório e anote o que fez.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="42" />
        <source>5. Save. If they need a call back, set a follow-up date.</source>
        <translation>5. Guarde. Se a pessoa precisar que lhe liguem de volta, defina uma data de seguimento.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="43" />
        <source>Good to know</source>
        <translation>É bom saber</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="44" />
        <source>What you type is kept as a draft, so closing the window or a power cut does not lose it. A copy of everything is made every day in the 'backups' folder.</source>
        <translation>O que escreve fica guardado como rascunho, por isso nada se perde se fechar a janela ou houver um corte de energia. Todos os dias é feita uma cópia de tudo na pasta 'backups'.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="47" />
        <source>Make the text bigger with Ctrl and +, smaller with Ctrl and -. Every button can be reached with the Tab key.</source>
        <translation>Aumente o texto com Ctrl e +, diminua-o com Ctrl e -. Todos os botões podem ser alcançados com a tecla Tab.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="49" />
        <source>If something goes wrong, use Help → Save diagnostic report and send the file to whoever supports your hub. It contains no names or personal details.</source>
        <translation>Se algo correr mal, use Ajuda → Guardar relatório de diagnóstico e envie o ficheiro a quem dá apoio ao seu centro. Não contém nomes nem dados pessoais.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="58" />
        <source>AccessPoint</source>
        <translation>AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="66" />
        <source>Enquiries, signposting and time credits for community hubs.</source>
        <translation>Pedidos de ajuda, encaminhamento e créditos de tempo para centros comunitários.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="79" />
        <source>AccessPoint is free software under the GNU Affero General Public Licence, version 3 or later. It includes these components:</source>
        <translation>O AccessPoint é software livre, ao abrigo da GNU Affero General Public Licence, versão 3 ou posterior. Inclui estes componentes:</translation>
    </message>
</context>
<context>
    <name>GroupSessionTab</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="155" />
        <source>Session length</source>
        <translation>Duração da sessão</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="157" />
        <source>Add a member to the sheet</source>
        <translation>Adicionar um membro à folha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="161" />
        <source>Members on the sign-in sheet</source>
        <translation>Membros na folha de presenças</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="165" />
        <source>Lo&amp;g session</source>
        <translation>Re&amp;gistar sessão</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="166" />
        <source>Log the session for everyone on the sheet</source>
        <translation>Registar a sessão para todos os que estão na folha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="169" />
        <source>Members on the sheet</source>
        <translation>Membros na folha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="171" />
        <source>&amp;Activity</source>
        <translation>&amp;Atividade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="172" />
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="173" />
        <source>Session &amp;length</source>
        <translation>Duração da &amp;sessão</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="174" />
        <source>&amp;Verified by</source>
        <translation>&amp;Verificado por</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="175" />
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="176" />
        <source>Add &amp;member</source>
        <translation>Adicionar &amp;membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="202" />
        <source>{0} is already on the sheet.</source>
        <translation>{0} já está na folha.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timebank/log_hours.py" line="224" />
        <source>%n member(s) on the sheet</source>
        <translation>
            <numerusform>%n membro(s) na folha</numerusform>
            <numerusform>%n membro(s) na folha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="232" />
        <source>{0}: give the time in 15-minute steps, e.g. 1h 30m.</source>
        <translation>{0}: indique o tempo em intervalos de 15 minutos, p. ex. 1h 30m.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="237" />
        <source>Add at least one member to the sheet.</source>
        <translation>Adicione pelo menos um membro à folha.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="249" />
        <source>Logged the session: {0} members, {1} in all.</source>
        <translation>Sessão registada: {0} membros, {1} no total.</translation>
    </message>
</context>
<context>
    <name>HeldChangesDialog</name>
    <message>
        <location filename="../../ui/sync/held_view.py" line="45" />
        <location filename="../../ui/sync/held_view.py" line="46" />
        <location filename="../../ui/sync/held_view.py" line="54" />
        <source>Changes waiting to be applied</source>
        <translation>Alterações à espera de serem aplicadas</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="48" />
        <source>These changes came from the council but are not applied on this computer yet. They are kept, not lost, and applied at a later sync once what holds them back is sorted (usually a change made here that has not been sent yet).</source>
        <translation>Estas alterações vieram da câmara mas ainda não estão aplicadas neste computador. Estão guardadas, não perdidas, e serão aplicadas numa sincronização posterior quando o que as retém estiver resolvido (normalmente uma alteração feita aqui que ainda não foi enviada).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="52" />
        <source>What these changes are</source>
        <translation>O que são estas alterações</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Why it waits</source>
        <translation>Porque espera</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="74" />
        <source>Showing the oldest {shown} of {total}.</source>
        <translation>A mostrar as {shown} mais antigas de {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="77" />
        <source>How many are shown</source>
        <translation>Quantas são mostradas</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="81" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/app.py" line="114" />
        <location filename="../../ui/ops/help_menu.py" line="78" />
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="83" />
        <source>&amp;Getting started</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="88" />
        <source>Save &amp;diagnostic report…</source>
        <translation>Guardar relatório de &amp;diagnóstico…</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="91" />
        <source>&amp;About AccessPoint</source>
        <translation>&amp;Acerca do AccessPoint</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/security/lock.py" line="94" />
        <source>AccessPoint is locked</source>
        <translation>O AccessPoint está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="96" />
        <source>Sign in to carry on, or choose another name to switch user.</source>
        <translation>Inicie sessão para continuar, ou escolha outro nome para mudar de utilizador.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="44" />
        <location filename="../../ui/directory/import_dialog.py" line="45" />
        <source>Import the service directory</source>
        <translation>Importar o diretório de serviços</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="46" />
        <source>An Open Referral UK feed (version 3.0 or 1.0): the council's API address, a .json file or a folder of pages. Services that have gone from the same feed are retired.</source>
        <translation>Um feed Open Referral UK (versão 3.0 ou 1.0): o endereço da API da câmara municipal, um ficheiro .json ou uma pasta de páginas. Os serviços que desapareceram do mesmo feed são retirados.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="51" />
        <source>Feed address, file or folder</source>
        <translation>Endereço do feed, ficheiro ou pasta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="53" />
        <source>&amp;Feed:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="55" />
        <source>F&amp;ile…</source>
        <translation>&amp;Ficheiro…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="56" />
        <source>Choose a file</source>
        <translation>Escolha um ficheiro</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="57" />
        <source>F&amp;older…</source>
        <translation>&amp;Pasta…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="58" />
        <source>Choose a folder</source>
        <translation>Escolha uma pasta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="60" />
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="65" />
        <source>Import status</source>
        <translation>Estado da importação</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="66" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="67" />
        <source>Start the import</source>
        <translation>Iniciar a importação</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="69" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="70" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="95" />
        <source>ORUK file</source>
        <translation>Ficheiro ORUK</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="96" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="101" />
        <source>Folder of ORUK pages</source>
        <translation>Pasta de páginas ORUK</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="117" />
        <source>Reading the feed…</source>
        <translation>A ler o feed…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="153" />
        <source>Done: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation>Concluído: {added} adicionados, {changed} alterados, {removed} removidos, {unchanged} sem alterações.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="156" />
        <source>{n} services were last verified more than 12 months ago.</source>
        <translation>{n} serviços foram verificados pela última vez há mais de 12 meses.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="159" />
        <source>{n} warnings, e.g.: {first}</source>
        <translation>{n} avisos, p. ex.: {first}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="162" />
        <source>&amp;Close</source>
        <translation>Fe&amp;char</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="168" />
        <source>Cancelled. The directory was not changed.</source>
        <translation>Cancelado. O diretório não foi alterado.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="170" />
        <source>The import stopped and the directory was not changed: {error}</source>
        <translation>A importação parou e o diretório não foi alterado: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="176" />
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="92" />
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="94" />
        <source>&amp;Who? Find the person:</source>
        <translation>&amp;Quem? Procure a pessoa:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="97" />
        <source>Person chosen</source>
        <translation>Pessoa escolhida</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="100" />
        <source>Chan&amp;ge person</source>
        <translation>&amp;Mudar de pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="101" />
        <source>Change person</source>
        <translation>Mudar de pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="102" />
        <source>New &amp;person…</source>
        <translation>Nova pe&amp;ssoa…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="103" />
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="105" />
        <source>Add someone who is not found; you are warned about likely duplicates first</source>
        <translation>Adicionar alguém que não foi encontrado; primeiro é avisado sobre prováveis duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="106" />
        <source>&amp;Anonymous</source>
        <translation>&amp;Anónimo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="107" />
        <source>Anonymous enquiry</source>
        <translation>Pedido de ajuda anónimo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="109" />
        <source>No name is recorded; the resident gets a reference number instead</source>
        <translation>Não é registado nenhum nome; o residente recebe um número de referência</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="122" />
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="127" />
        <source>What they need</source>
        <translation>O que a pessoa precisa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="129" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="133" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="134" />
        <source>What happened, in their words</source>
        <translation>O que aconteceu, nas palavras da pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="137" />
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="138" />
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="139" />
        <source>&amp;Needs:</source>
        <translation>&amp;Necessidades:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="140" />
        <source>needs</source>
        <translation>necessidades</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="141" />
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="142" />
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="147" />
        <source>How to help</source>
        <translation>Como ajudar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="149" />
        <source>Preferred language</source>
        <translation>Língua preferida</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="150" />
        <source>&amp;Interpreter needed</source>
        <translation>Precisa de &amp;intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="151" />
        <source>Interpreter needed</source>
        <translation>Precisa de intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="153" />
        <source>Accessibility needs</source>
        <translation>Necessidades de acessibilidade</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="154" />
        <source>for example large print, wheelchair access</source>
        <translation>por exemplo letra grande, acesso em cadeira de rodas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="159" />
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="160" />
        <source>Acc&amp;essibility:</source>
        <translation>Ac&amp;essibilidade:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="161" />
        <source>accessibility needs</source>
        <translation>necessidades de acessibilidade</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="165" />
        <source>Consent (read the words out)</source>
        <translation>Consentimento (leia o texto em voz alta)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="169" />
        <source>Consent to &amp;record</source>
        <translation>Consentimento para re&amp;gisto</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="170" />
        <source>Consent to &amp;share for a referral</source>
        <translation>Consentimento para partil&amp;har numa referenciação</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="171" />
        <source>Consent to be &amp;contacted for follow-up</source>
        <translation>Consentimento para ser c&amp;ontactado para seguimento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="178" />
        <source>Wording for {purpose}</source>
        <translation>Texto para {purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="188" />
        <source>Urgency and what happens next</source>
        <translation>Urgência e próximos passos</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="190" />
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="191" />
        <source>Sa&amp;feguarding concern</source>
        <translation>&amp;Preocupação de proteção (pessoa em risco)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="192" />
        <source>Safeguarding concern</source>
        <translation>Preocupação de proteção (pessoa em risco)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="197" />
        <source>&lt;b&gt;Safeguarding: do this now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proteção de pessoas em risco: faça isto agora&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="198" />
        <source>Safeguarding: do this now</source>
        <translation>Proteção de pessoas em risco: faça isto agora</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="205" />
        <source>Safeguarding guidance</source>
        <translation>Orientações de proteção de pessoas em risco</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="209" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="211" />
        <source>Follow-up date</source>
        <translation>Data de seguimento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="213" />
        <source>DD/MM/YYYY, or +7 for a week from today; leave empty for no follow-up</source>
        <translation>DD/MM/AAAA, ou +7 para daqui a uma semana; deixe vazio para não haver seguimento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="214" />
        <source>DD/MM/YYYY or +7</source>
        <translation>DD/MM/AAAA ou +7</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="216" />
        <source>A date as DD/MM/YYYY, or +7 for a week from today. Empty: no follow-up.</source>
        <translation>Uma data no formato DD/MM/AAAA, ou +7 para daqui a uma semana. Vazio: sem seguimento.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="219" />
        <source>Follow-up date understood as</source>
        <translation>Data de seguimento entendida como</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="224" />
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgência:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="229" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="230" />
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="231" />
        <source>Follow-up da&amp;te:</source>
        <translation>Da&amp;ta de seguimento:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="232" />
        <source>follow-up date</source>
        <translation>data de seguimento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="235" />
        <source>urgency</source>
        <translation>urgência</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="301" />
        <source>Recording for: {who}</source>
        <translation>A registar para: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="328" />
        <source>(English wording: use the interpreter to explain it.)</source>
        <translation>(Texto em inglês: peça ao intérprete que o explique.)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="331" />
        <source>English: {text}</source>
        <translation>Inglês: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="339" />
        <source>not a date yet</source>
        <translation>ainda não é uma data</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="135" />
        <source>Problems to fix before saving</source>
        <translation>Problemas a corrigir antes de guardar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="142" />
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="143" />
        <source>Save enquiry</source>
        <translation>Guardar pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="145" />
        <source>New enquiry (Ctrl+N)</source>
        <translation>Novo pedido de ajuda (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="146" />
        <source>New enquiry</source>
        <translation>Novo pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="147" />
        <source>Discard (Esc)</source>
        <translation>Descartar (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="148" />
        <source>Discard this enquiry</source>
        <translation>Descartar este pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="151" />
        <source>E&amp;quality questions (optional)…</source>
        <translation>Perguntas so&amp;bre igualdade (opcionais)…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="152" />
        <source>Equality monitoring questions</source>
        <translation>Perguntas de monitorização da igualdade</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="154" />
        <source>Optional questions, asked only after the enquiry is saved; kept apart from it</source>
        <translation>Perguntas opcionais, feitas só depois de o pedido de ajuda ser guardado; guardadas à parte</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="165" />
        <source>Cancel changes (Esc)</source>
        <translation>Cancelar alterações (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="166" />
        <source>Cancel changes</source>
        <translation>Cancelar alterações</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="193" />
        <source>Consent is recorded when the enquiry is first saved.</source>
        <translation>O consentimento é registado quando o pedido de ajuda é guardado pela primeira vez.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="244" />
        <source>no name yet</source>
        <translation>ainda sem nome</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="246" />
        <source>An enquiry you had not saved was kept ({what}). Restore it?</source>
        <translation>Foi guardado um pedido de ajuda que não tinha gravado ({what}). Restaurá-lo?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="248" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="249" />
        <source>Dis&amp;card it</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="289" />
        <source>Saving the enquiry…</source>
        <translation>A guardar o pedido de ajuda…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="300" />
        <source>an anonymous resident</source>
        <translation>um residente anónimo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="303" />
        <source>Saved: enquiry {ref} for {name}.</source>
        <translation>Guardado: pedido de ajuda {ref} de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="317" />
        <source>Not saved: {error}. Everything you typed is kept as a draft; try again, and tell your coordinator if it keeps happening.</source>
        <translation>Não guardado: {error}. Tudo o que escreveu fica guardado como rascunho; tente de novo e avise o seu coordenador se isto continuar a acontecer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/intake.py" line="332" />
        <source>Not saved yet: %n thing(s) to fix, shown in red. Nothing you typed is lost.</source>
        <translation>
            <numerusform>Ainda não guardado: %n coisa(s) a corrigir, a vermelho. Nada do que escreveu se perdeu.</numerusform>
            <numerusform>Ainda não guardado: %n coisa(s) a corrigir, a vermelho. Nada do que escreveu se perdeu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="349" />
        <source>Discard this enquiry?</source>
        <translation>Descartar este pedido de ajuda?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="350" />
        <source>What you have typed will be deleted. Discard it?</source>
        <translation>O que escreveu será apagado. Descartar?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="8" />
        <source>Walk-in</source>
        <translation>Presencial (sem marcação)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="9" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="10" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="11" />
        <source>Outreach</source>
        <translation>Trabalho de proximidade</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="14" />
        <source>Routine</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="15" />
        <source>Soon (this week)</source>
        <translation>Em breve (esta semana)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="16" />
        <source>Urgent (today)</source>
        <translation>Urgente (hoje)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="19" />
        <source>Information given</source>
        <translation>Informação dada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="20" />
        <source>Signposted</source>
        <translation>Encaminhado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="21" />
        <source>Referred</source>
        <translation>Referenciado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="22" />
        <source>Escalated</source>
        <translation>Remetido a um responsável</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="23" />
        <source>No suitable service found</source>
        <translation>Nenhum serviço adequado encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="24" />
        <source>Still open</source>
        <translation>Ainda em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="31" />
        <source>British Sign Language</source>
        <translation>Língua Gestual Britânica (BSL)</translation>
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
        <translation>Adicionar um serviço local</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="35" />
        <source>A service the council directory does not list yet. It is marked local and proposed to the council at the next sync.</source>
        <translation>Um serviço que ainda não consta do diretório da câmara municipal. Fica marcado como local e é proposto à câmara municipal na próxima sincronização.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>Service name</source>
        <translation>Nome do serviço</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run &amp;by:</source>
        <translation>Ge&amp;rido por:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run by</source>
        <translation>Gerido por</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="54" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="57" />
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="60" />
        <source>Helps &amp;with:</source>
        <translation>Aj&amp;uda com:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="61" />
        <source>Needs</source>
        <translation>Necessidades</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>&amp;Address:</source>
        <translation>&amp;Morada:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="65" />
        <source>Post&amp;code:</source>
        <translation>&amp;Código postal:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="65" />
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="73" />
        <source>Days:</source>
        <translation>Dias:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="74" />
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>&amp;Opens at:</source>
        <translation>&amp;Abre às:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>Opens at</source>
        <translation>Abre às</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>C&amp;loses at:</source>
        <translation>&amp;Fecha às:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>Closes at</source>
        <translation>Fecha às</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="77" />
        <source>&amp;Free of charge</source>
        <translation>&amp;Gratuito</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="79" />
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
</context>
<context>
    <name>LogHoursTab</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="81" />
        <source>Member who gave the time</source>
        <translation>Membro que deu o tempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="83" />
        <source>Who benefited</source>
        <translation>Quem beneficiou</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="84" />
        <source>Another member's number, or an organisation or project</source>
        <translation>Número de outro membro, ou uma organização ou projeto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="87" />
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="88" />
        <source>Up and down arrows change it by 15 minutes</source>
        <translation>As setas para cima e para baixo alteram-no em 15 minutos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="89" />
        <source>&amp;Log hours</source>
        <translation>&amp;Registar horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="90" />
        <source>Log hours</source>
        <translation>Registar horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="93" />
        <source>&amp;Member</source>
        <translation>&amp;Membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="94" />
        <source>&amp;Activity</source>
        <translation>&amp;Atividade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="95" />
        <source>&amp;Who benefited</source>
        <translation>&amp;Quem beneficiou</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="96" />
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="97" />
        <source>D&amp;uration</source>
        <translation>D&amp;uração</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="98" />
        <source>&amp;Verified by</source>
        <translation>&amp;Verificado por</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="99" />
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="123" />
        <source>Choose the member who gave the time.</source>
        <translation>Escolha o membro que deu o tempo.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="136" />
        <source>Logged {0} for {1}.</source>
        <translation>Registado {0} para {1}.</translation>
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
        <translation>Secções</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Ctrl+1 to Ctrl+6 jump to a section</source>
        <translation>Ctrl+1 a Ctrl+6 saltam para uma secção</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Current section</source>
        <translation>Secção atual</translation>
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
        <translation>A abrir a base de dados…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Something went wrong: {message}</source>
        <translation>Algo correu mal: {message}</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="103" />
        <source>Member number or name</source>
        <translation>Número de membro ou nome</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="70" />
        <source>Choose a member from the list</source>
        <translation>Escolha um membro da lista</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="73" />
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="76" />
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="77" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="80" />
        <source>Member number / card</source>
        <translation>Número / cartão de membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Member type</source>
        <translation>Tipo de membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Skills</source>
        <translation>Competências</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="82" />
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="83" />
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="84" />
        <source>Hubs attended</source>
        <translation>Centros frequentados</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="85" />
        <source>Employment support</source>
        <translation>Apoio ao emprego</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="94" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="95" />
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="96" />
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="97" />
        <source>Balance after</source>
        <translation>Saldo depois</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="101" />
        <source>History of earned, spent and given credits</source>
        <translation>Histórico de créditos ganhos, gastos e oferecidos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="110" />
        <source>Upcoming opportunities for this member</source>
        <translation>Próximas oportunidades para este membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="115" />
        <source>&amp;Print statement…</source>
        <translation>&amp;Imprimir extrato…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="116" />
        <location filename="../../ui/timebank/members_view.py" line="273" />
        <source>Print statement</source>
        <translation>Imprimir extrato</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="117" />
        <source>&amp;Log hours</source>
        <translation>&amp;Registar horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="118" />
        <source>Log hours for this member</source>
        <translation>Registar horas para este membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="119" />
        <source>&amp;Redeem a reward</source>
        <translation>&amp;Trocar por uma recompensa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="120" />
        <source>Redeem a reward for this member</source>
        <translation>Trocar créditos por uma recompensa para este membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="121" />
        <source>&amp;Correct selected entry…</source>
        <translation>&amp;Corrigir o movimento selecionado…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="123" />
        <source>Correct the selected history entry with a reversing entry</source>
        <translation>Corrigir o movimento selecionado do histórico com um movimento de anulação</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="126" />
        <source>Print car&amp;d…</source>
        <translation>I&amp;mprimir cartão…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="127" />
        <source>Print member card</source>
        <translation>Imprimir cartão de membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="129" />
        <source>&amp;Edit member…</source>
        <translation>&amp;Editar membro…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="130" />
        <source>Edit this member's details</source>
        <translation>Editar os dados deste membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="155" />
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="159" />
        <source>Show &amp;older entries</source>
        <translation>Mostrar entradas mais &amp;antigas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="160" />
        <source>Show older history entries</source>
        <translation>Mostrar entradas mais antigas do histórico</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="170" />
        <source>&amp;Upcoming opportunities</source>
        <translation>&amp;Próximas oportunidades</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="188" />
        <source>Balance: {0} ({1} minutes)</source>
        <translation>Saldo: {0} ({1} minutos)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="193" />
        <source>Youth Privilege Card {0}</source>
        <translation>Cartão jovem (Youth Privilege Card) {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="194" />
        <source>(none recorded)</source>
        <translation>(nada registado)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="202" />
        <source>Another hub ({0})</source>
        <translation>Outro centro ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="204" />
        <source>Yes: training, mentoring, placements</source>
        <translation>Sim: formação, mentoria, estágios</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="205" />
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="235" />
        <source>Choose the entry to correct in the history.</source>
        <translation>Escolha no histórico o movimento a corrigir.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="239" />
        <source>Correct an entry</source>
        <translation>Corrigir um movimento</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="240" />
        <source>Why is “{0}” ({1}) being corrected?</source>
        <translation>Porque está a ser corrigido “{0}” ({1})?</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="249" />
        <source>Corrected: a reversing entry was added.</source>
        <translation>Corrigido: foi adicionado um movimento de anulação.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="276" />
        <source>Statement sent to the printer.</source>
        <translation>Extrato enviado para a impressora.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="288" />
        <source>Member number or name</source>
        <translation>Número de membro ou nome</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="289" />
        <source>Find a member</source>
        <translation>Procurar um membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="292" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="293" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="294" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="295" />
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="302" />
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="315" />
        <source>&amp;New member…</source>
        <translation>&amp;Novo membro…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="316" />
        <source>New member</source>
        <translation>Novo membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="322" />
        <source>&amp;Find</source>
        <translation>Pr&amp;ocurar</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/people/merge.py" line="40" />
        <source>Merge two records</source>
        <translation>Juntar dois registos</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="41" />
        <source>Find the other record of {name}:</source>
        <translation>Procure o outro registo de {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>First name(s)</source>
        <translation>Nome(s) próprio(s)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>Family name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="59" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="64" />
        <source>&amp;Merge into the kept record</source>
        <translation>&amp;Juntar no registo mantido</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="65" />
        <source>Merge into the kept record</source>
        <translation>Juntar no registo mantido</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="79" />
        <source>That is the same record; choose the other one.</source>
        <translation>É o mesmo registo; escolha o outro.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Kept</source>
        <translation>Mantido</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Merged into it (then hidden)</source>
        <translation>Juntado a este (depois ocultado)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="99" />
        <source>Check these are the same person. Their enquiries and consent records will all be kept under the left-hand record; empty details are filled from the right.</source>
        <translation>Confirme que se trata da mesma pessoa. Todos os pedidos de ajuda e registos de consentimento ficarão no registo da esquerda; os dados em falta são preenchidos a partir do da direita.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="148" />
        <source>Monthly hub report: {hub}, {month}</source>
        <translation>Relatório mensal do centro: {hub}, {month}</translation>
    </message>
<message><source>Active time bank members</source><translation>Membros ativos do banco de tempo</translation></message><message><source>Enquiries</source><translation>Pedidos de ajuda</translation></message><message><source>Figures are this hub's own records and are not suppressed: do not publish this report. Use Open data for anything public.</source><translation>Os números são registos próprios deste centro e não estão ocultados: não publique este relatório. Use os Dados abertos para tudo o que for público.</translation></message><message><source>Follow-ups overdue today</source><translation>Acompanhamentos em atraso hoje</translation></message><message><source>Key figures</source><translation>Números principais</translation></message><message><source>Monthly hub report: {hub}</source><translation>Relatório mensal do centro: {hub}</translation></message><message><source>New time bank members</source><translation>Novos membros do banco de tempo</translation></message><message><source>Referred</source><translation>Referenciado</translation></message><message><source>Signposted</source><translation>Encaminhado</translation></message><message><source>Time bank hours given</source><translation>Horas dadas no banco de tempo</translation></message><message><source>Unmet needs (no suitable service)</source><translation>Necessidades não satisfeitas (nenhum serviço adequado)</translation></message><message><source>{month} ({first} to {last}). Produced by AccessPoint on {today}.</source><translation>{month} ({first} a {last}). Produzido pelo AccessPoint em {today}.</translation></message></context>
<context>
    <name>Needs</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="14" />
        <source>Benefits and Universal Credit</source>
        <translation>Prestações sociais e Universal Credit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="15" />
        <source>Council Tax</source>
        <translation>Imposto Municipal (Council Tax)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="16" />
        <source>Housing and repairs</source>
        <translation>Habitação e reparações</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="17" />
        <source>Homelessness or risk of it</source>
        <translation>Situação de sem-abrigo ou risco de ficar sem casa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="18" />
        <source>Debt and money</source>
        <translation>Dívidas e dinheiro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="19" />
        <source>Jobs, training and skills</source>
        <translation>Emprego, formação e competências</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="20" />
        <source>Food</source>
        <translation>Alimentação</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="21" />
        <source>Energy and fuel bills</source>
        <translation>Contas de energia (eletricidade e gás)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="22" />
        <source>Physical health</source>
        <translation>Saúde física</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="23" />
        <source>Mental health and wellbeing</source>
        <translation>Saúde mental e bem-estar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="24" />
        <source>Loneliness and social isolation</source>
        <translation>Solidão e isolamento social</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="25" />
        <source>Children and families</source>
        <translation>Crianças e famílias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="26" />
        <source>Disability and care</source>
        <translation>Deficiência e cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="27" />
        <source>Immigration and visas</source>
        <translation>Imigração e vistos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="28" />
        <source>Domestic abuse</source>
        <translation>Violência doméstica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="29" />
        <source>Education and learning</source>
        <translation>Educação e aprendizagem</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="30" />
        <source>Legal advice</source>
        <translation>Aconselhamento jurídico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="31" />
        <source>Drugs and alcohol</source>
        <translation>Drogas e álcool</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="32" />
        <source>Older people</source>
        <translation>Pessoas idosas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="33" />
        <source>Digital help and access</source>
        <translation>Ajuda e acesso digital</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="34" />
        <source>Transport</source>
        <translation>Transportes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="35" />
        <source>Adult at risk of harm</source>
        <translation>Adulto em risco de sofrer danos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="36" />
        <source>Child at risk of harm</source>
        <translation>Criança em risco de sofrer danos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="37" />
        <source>Volunteering and time credits</source>
        <translation>Voluntariado e créditos de tempo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="38" />
        <source>Something else</source>
        <translation>Outra coisa</translation>
    </message>
</context>
<context>
    <name>NeedsPicker</name>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="38" />
        <source>Type to filter, Enter to tick</source>
        <translation>Escreva para filtrar, Enter para assinalar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="39" />
        <source>Filter needs</source>
        <translation>Filtrar necessidades</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="41" />
        <source>Enter ticks the first matching need; Down arrow moves to the list</source>
        <translation>Enter assinala a primeira necessidade correspondente; a seta para baixo passa para a lista</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="60" />
        <source>Needs</source>
        <translation>Necessidades</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="61" />
        <source>Space ticks or unticks a need</source>
        <translation>A barra de espaço assinala ou desassinala uma necessidade</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="65" />
        <source>Needs chosen</source>
        <translation>Necessidades escolhidas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="112" />
        <source>Chosen: {needs}</source>
        <translation>Escolhidas: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="113" />
        <source>No need chosen yet.</source>
        <translation>Ainda não foi escolhida nenhuma necessidade.</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="41" />
        <source>Edit member {0}</source>
        <translation>Editar membro {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="42" />
        <source>New time-bank member</source>
        <translation>Novo membro do banco de tempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="46" />
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="49" />
        <source>Find a person already known to the hub</source>
        <translation>Procurar uma pessoa já conhecida do centro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="50" />
        <source>Name, phone or postcode</source>
        <translation>Nome, telefone ou código postal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="53" />
        <source>People found</source>
        <translation>Pessoas encontradas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="55" />
        <source>&amp;Already known?</source>
        <translation>&amp;Já é conhecido?</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="60" />
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>&amp;First name</source>
        <translation>&amp;Nome próprio</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Famil&amp;y name</source>
        <translation>Ape&amp;lido</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Family name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of &amp;birth</source>
        <translation>Data de na&amp;scimento</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>P&amp;hone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="67" />
        <source>Post&amp;code</source>
        <translation>&amp;Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="67" />
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="72" />
        <source>Membership</source>
        <translation>Adesão</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Young person</source>
        <translation>Jovem</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="76" />
        <source>Organisation or project</source>
        <translation>Organização ou projeto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="78" />
        <source>Member type</source>
        <translation>Tipo de membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="80" />
        <source>Youth Privilege Card number</source>
        <translation>Número do cartão jovem (Youth Privilege Card)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="82" />
        <source>Organisation or project name</source>
        <translation>Nome da organização ou projeto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="84" />
        <source>e.g. cooking; IT; listening</source>
        <translation>p. ex. cozinha; informática; escuta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="85" />
        <source>Skills</source>
        <translation>Competências</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="87" />
        <source>e.g. older people; environment</source>
        <translation>p. ex. pessoas idosas; ambiente</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="88" />
        <source>Interests and passions</source>
        <translation>Interesses e paixões</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="90" />
        <source>Availability: space ticks a time</source>
        <translation>Disponibilidade: a barra de espaço assinala um horário</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="97" />
        <source>Wants &amp;employment support (training, mentoring, placements)</source>
        <translation>Quer apoio ao &amp;emprego (formação, mentoria, estágios)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="99" />
        <source>Wants employment support</source>
        <translation>Quer apoio ao emprego</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="104" />
        <source>Hubs the member attends: space ticks a hub</source>
        <translation>Centros que o membro frequenta: Espaço marca um centro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="108" />
        <source>Only staff and coordinators can change the hubs a member attends.</source>
        <translation>Só o pessoal e os coordenadores podem alterar os centros que um membro frequenta.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="113" />
        <source>&amp;Type</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="114" />
        <source>Youth Privilege Car&amp;d</source>
        <translation>Cartão jovem (&amp;Youth Privilege Card)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="119" />
        <source>H&amp;ubs</source>
        <translation>Cent&amp;ros</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="124" />
        <source>The member a&amp;grees to their record being kept</source>
        <translation>O membro &amp;aceita que o seu registo seja guardado</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="243" />
        <source>Tick at least one hub the member attends.</source>
        <translation>Marque pelo menos um centro que o membro frequenta.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="115" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="116" />
        <source>&amp;Skills</source>
        <translation>Co&amp;mpetências</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="117" />
        <source>&amp;Interests</source>
        <translation>&amp;Interesses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="118" />
        <source>A&amp;vailable</source>
        <translation>&amp;Disponível</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="125" />
        <source>Consent to keep a record</source>
        <translation>Consentimento para guardar um registo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="130" />
        <source>Save member</source>
        <translation>Guardar membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="161" />
        <source>Another hub ({0})</source>
        <translation>Outro centro ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="222" />
        <source>Using the record already kept for {0}.</source>
        <translation>A usar o registo já existente de {0}.</translation>
    </message>
</context>
<context>
    <name>NewOpportunityDialog</name>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="32" />
        <location filename="../../ui/timebank/opportunity_dialog.py" line="33" />
        <source>New opportunity</source>
        <translation>Nova oportunidade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="35" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="36" />
        <source>e.g. Befriender needed on Tuesdays</source>
        <translation>p. ex. Precisa-se de voluntário de companhia às terças-feiras</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="38" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="40" />
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="41" />
        <source>(any)</source>
        <translation>(qualquer)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="45" />
        <source>Skills wanted</source>
        <translation>Competências procuradas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="46" />
        <source>e.g. listening; driving</source>
        <translation>p. ex. escuta; condução</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="48" />
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="50" />
        <source>When: space ticks a time</source>
        <translation>Quando: a barra de espaço assinala um horário</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Starts</source>
        <translation>Começa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="63" />
        <source>Training, mentoring or a &amp;placement</source>
        <translation>Formação, mentoria ou &amp;estágio</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="64" />
        <source>Employment support opportunity</source>
        <translation>Oportunidade de apoio ao emprego</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="67" />
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="68" />
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="69" />
        <source>&amp;Activity</source>
        <translation>&amp;Atividade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="70" />
        <source>&amp;Skills wanted</source>
        <translation>&amp;Competências procuradas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="71" />
        <source>&amp;Interests</source>
        <translation>&amp;Interesses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="72" />
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="73" />
        <source>St&amp;arts</source>
        <translation>Co&amp;meça</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="74" />
        <source>&amp;Ends</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="79" />
        <source>Save opportunity</source>
        <translation>Guardar oportunidade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="80" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/people/new_person.py" line="65" />
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>&amp;First name(s):</source>
        <translation>&amp;Nome(s) próprio(s):</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>F&amp;amily name:</source>
        <translation>&amp;Apelido:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Date of birth:</source>
        <translation>&amp;Data de nascimento:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>P&amp;ostcode:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="83" />
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="94" />
        <source>Possible duplicates</source>
        <translation>Possíveis duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="96" />
        <source>People who may be the same</source>
        <translation>Pessoas que podem ser a mesma</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="97" />
        <source>&amp;Use the selected person</source>
        <translation>&amp;Usar a pessoa selecionada</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="98" />
        <source>Use the selected person</source>
        <translation>Usar a pessoa selecionada</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="105" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="110" />
        <location filename="../../ui/people/new_person.py" line="112" />
        <location filename="../../ui/people/new_person.py" line="135" />
        <source>Add person</source>
        <translation>Adicionar pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="168" />
        <source>{who} (same {why})</source>
        <translation>{who} (coincide: {why})</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="173" />
        <source>This may be someone already recorded. Ask them, then use their record or, if it really is someone new, press “Add as a new person”.</source>
        <translation>Pode ser alguém já registado. Pergunte à pessoa e use o registo existente ou, se for mesmo alguém novo, carregue em “Adicionar como nova pessoa”.</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="176" />
        <source>Add as a new person</source>
        <translation>Adicionar como nova pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="196" />
        <source>Could not add the person: {error}</source>
        <translation>Não foi possível adicionar a pessoa: {error}</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="36" />
        <source>Opportunity</source>
        <translation>Oportunidade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="37" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="38" />
        <source>Skills wanted</source>
        <translation>Competências procuradas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="39" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Employment</source>
        <translation>Emprego</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="44" />
        <source>Open opportunities</source>
        <translation>Oportunidades em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="46" />
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="47" />
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="48" />
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="52" />
        <source>Members ranked for this opportunity</source>
        <translation>Membros ordenados para esta oportunidade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="61" />
        <source>&amp;New opportunity…</source>
        <translation>&amp;Nova oportunidade…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="62" />
        <source>Post a new opportunity</source>
        <translation>Publicar uma nova oportunidade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="64" />
        <source>&amp;Open member</source>
        <translation>&amp;Abrir membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="65" />
        <source>Open the selected member</source>
        <translation>Abrir o membro selecionado</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="72" />
        <source>O&amp;pportunities</source>
        <translation>O&amp;portunidades</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="80" />
        <source>Best &amp;matches (skills, interests, availability, hub)</source>
        <translation>Melhores &amp;correspondências (competências, interesses, disponibilidade, centro)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/people/view.py" line="55" />
        <source>&amp;Find a person:</source>
        <translation>&amp;Procurar uma pessoa:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="65" />
        <source>Find someone on the left to see their record.</source>
        <translation>Procure alguém à esquerda para ver o seu registo.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="67" />
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="68" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>First name(s):</source>
        <translation>Nome(s) próprio(s):</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>Family name:</source>
        <translation>Apelido:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Date of birth:</source>
        <translation>Data de nascimento:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Postcode:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Address:</source>
        <translation>Morada:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Language code:</source>
        <translation>Código da língua:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="77" />
        <source>Accessibility needs:</source>
        <translation>Necessidades de acessibilidade:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="88" />
        <location filename="../../ui/people/view.py" line="89" />
        <source>Interpreter needed</source>
        <translation>Precisa de intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="91" />
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar alterações</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="92" />
        <source>Save changes to the person</source>
        <translation>Guardar as alterações à pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="93" />
        <source>&amp;New enquiry for them</source>
        <translation>&amp;Novo pedido de ajuda para esta pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="94" />
        <source>Record a new enquiry for this person</source>
        <translation>Registar um novo pedido de ajuda para esta pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="95" />
        <source>&amp;Merge with another record…</source>
        <translation>&amp;Juntar com outro registo…</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="96" />
        <source>Merge with another record</source>
        <translation>Juntar com outro registo</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="98" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="106" />
        <source>Their enquiries</source>
        <translation>Os seus pedidos de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="107" />
        <source>Their &amp;enquiries (Enter opens one):</source>
        <translation>&amp;Os seus pedidos de ajuda (Enter abre um):</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="180" />
        <source>No enquiries yet.</source>
        <translation>Ainda não há pedidos de ajuda.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="193" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="201" />
        <source>Not saved: fix what is shown in red.</source>
        <translation>Não guardado: corrija o que aparece a vermelho.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="215" />
        <source>Records merged.</source>
        <translation>Registos juntados.</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="50" />
        <source>Name, phone, postcode or date of birth</source>
        <translation>Nome, telefone, código postal ou data de nascimento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="51" />
        <source>Find a person</source>
        <translation>Procurar uma pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="53" />
        <source>Type to search; Down arrow moves to the results, Enter picks one</source>
        <translation>Escreva para pesquisar; a seta para baixo passa para os resultados, Enter seleciona um</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="56" />
        <source>People found</source>
        <translation>Pessoas encontradas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="59" />
        <source>Search result count</source>
        <translation>Número de resultados da pesquisa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/person_search.py" line="109" />
        <source>%n person(s) found; Down arrow to choose, Enter to pick.</source>
        <translation>
            <numerusform>%n pessoa(s) encontrada(s); seta para baixo para escolher, Enter para selecionar.</numerusform>
            <numerusform>%n pessoa(s) encontrada(s); seta para baixo para escolher, Enter para selecionar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="111" />
        <source>Nobody found. Check the spelling, or add a new person.</source>
        <translation>Ninguém encontrado. Verifique a ortografia ou adicione uma nova pessoa.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/sections.py" line="67" />
        <source>The {section} section is not available yet (issue {issue}).</source>
        <translation>A secção {section} ainda não está disponível (issue {issue}).</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="73" />
        <source>{section}: not available yet</source>
        <translation>{section}: ainda não disponível</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="84" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="124" />
        <location filename="../../ui/security/login.py" line="133" />
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="126" />
        <source>Print this recovery key now and keep it locked away, apart from this computer. If this computer's keyring is lost (a new user profile, a rebuilt PC), the key is the only way to open records that have not reached the council yet. Anyone with it and a copy of the data folder can read the records.</source>
        <translation>Imprima já esta chave de recuperação e guarde-a fechada à chave, longe deste computador. Se o porta-chaves deste computador se perder (um novo perfil de utilizador, um PC reinstalado), a chave é a única forma de abrir os registos que ainda não chegaram à câmara municipal. Quem tiver a chave e uma cópia da pasta de dados pode ler os registos.</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="136" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="138" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Follow up by</source>
        <translation>Seguimento até</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Enquiry</source>
        <translation>Pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="47" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>made</source>
        <translation>feita</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>seen</source>
        <translation>vista</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="52" />
        <source>accepted</source>
        <translation>aceite</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="52" />
        <source>declined</source>
        <translation>recusada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="53" />
        <source>closed</source>
        <translation>encerrada</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="78" />
        <source>Open referrals</source>
        <translation>Referenciações em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="86" />
        <source>Note about this change</source>
        <translation>Nota sobre esta alteração</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="87" />
        <source>No&amp;te:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="91" />
        <source>Referrals status</source>
        <translation>Estado das referenciações</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="94" />
        <source>Mark s&amp;ent</source>
        <translation>Marcar como &amp;enviada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="94" />
        <source>Mark see&amp;n</source>
        <translation>Marcar como &amp;vista</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="95" />
        <source>A&amp;ccepted</source>
        <translation>&amp;Aceite</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="96" />
        <source>Decl&amp;ined</source>
        <translation>&amp;Recusada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="97" />
        <source>Cl&amp;ose</source>
        <translation>En&amp;cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="99" />
        <source>Set status: {status}</source>
        <translation>Definir estado: {status}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="128" />
        <source>%n open referral(s)</source>
        <translation>
            <numerusform>%n referenciação(ões) em aberto</numerusform>
            <numerusform>%n referenciação(ões) em aberto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="129" />
        <source>%n due a follow-up</source>
        <translation>
            <numerusform>%n com seguimento previsto</numerusform>
            <numerusform>%n com seguimento previsto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="28" />
        <source>Report a problem</source>
        <translation>Comunicar um problema</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="29" />
        <source>Report a problem with {name}</source>
        <translation>Comunicar um problema com {name}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="30" />
        <source>What is wrong with “{name}”? The council will be told at the next sync.</source>
        <translation>O que está errado em “{name}”? A câmara municipal será informada na próxima sincronização.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="34" />
        <source>What is wrong</source>
        <translation>O que está errado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>It has closed</source>
        <translation>Fechou</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>Phone or email is wrong</source>
        <translation>O telefone ou o e-mail está errado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="36" />
        <source>Address is wrong</source>
        <translation>A morada está errada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="37" />
        <source>Opening times are wrong</source>
        <translation>O horário está errado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="38" />
        <source>Who it is for is wrong</source>
        <translation>O público-alvo está errado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="39" />
        <source>Something else</source>
        <translation>Outra coisa</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="43" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="45" />
        <source>details</source>
        <translation>detalhes</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="47" />
        <source>&amp;Problem:</source>
        <translation>&amp;Problema:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="48" />
        <source>&amp;Details:</source>
        <translation>&amp;Detalhes:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="51" />
        <source>&amp;Send report</source>
        <translation>&amp;Enviar relatório</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/reports/words.py" line="24" />
        <source>Enquiries</source>
        <translation>Pedidos de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="25" />
        <source>Signposting</source>
        <translation>Encaminhamento</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="26" />
        <source>Time bank</source>
        <translation>Banco de tempo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="27" />
        <source>Time audit</source>
        <translation>Auditoria de horas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="29" />
        <source>Enquiries by channel</source>
        <translation>Pedidos de ajuda por canal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="30" />
        <source>Enquiries by outcome</source>
        <translation>Pedidos de ajuda por resultado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="31" />
        <source>Enquiries by need (six most common)</source>
        <translation>Pedidos de ajuda por necessidade (as seis mais comuns)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="32" />
        <source>Unmet needs by need</source>
        <translation>Necessidades não satisfeitas por necessidade</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="33" />
        <source>Unmet needs by area</source>
        <translation>Necessidades não satisfeitas por zona</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="34" />
        <source>Top services signposted and referred</source>
        <translation>Serviços mais indicados e referenciados</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="35" />
        <source>Referral outcomes</source>
        <translation>Resultados das referenciações</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="36" />
        <source>Follow-ups overdue</source>
        <translation>Seguimentos em atraso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="37" />
        <source>Time bank hours by activity</source>
        <translation>Horas do banco de tempo por atividade</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="38" />
        <source>Active and new members</source>
        <translation>Membros ativos e novos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="39" />
        <source>Credits earned and spent</source>
        <translation>Créditos ganhos e gastos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="40" />
        <source>Time audit: who gives</source>
        <translation>Auditoria de horas: quem dá</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="41" />
        <source>Time audit: how much each member gives</source>
        <translation>Auditoria de horas: quanto dá cada membro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="42" />
        <source>Time audit: when time is given</source>
        <translation>Auditoria de horas: quando o tempo é dado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="43" />
        <source>Time audit: where time is given</source>
        <translation>Auditoria de horas: onde o tempo é dado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="45" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="46" />
        <source>ISO week</source>
        <translation>Semana ISO</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="47" />
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="48" />
        <source>Need</source>
        <translation>Necessidade</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="49" />
        <source>Needs not met</source>
        <translation>Necessidades não satisfeitas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="50" />
        <source>Unmet needs</source>
        <translation>Necessidades não satisfeitas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="51" />
        <source>All other needs</source>
        <translation>Todas as outras necessidades</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="52" />
        <source>Other needs</source>
        <translation>Outras necessidades</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="53" />
        <source>Postcode district</source>
        <translation>Distrito postal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="54" />
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="55" />
        <source>Times used</source>
        <translation>Vezes usado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="56" />
        <source>Signposted</source>
        <translation>Encaminhado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="57" />
        <source>Referred</source>
        <translation>Referenciado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="58" />
        <source>Referrals</source>
        <translation>Referenciações</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="59" />
        <source>Status now</source>
        <translation>Estado atual</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="60" />
        <source>Days overdue</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="61" />
        <source>Follow-ups</source>
        <translation>Seguimentos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="62" />
        <source>Hours given</source>
        <translation>Horas dadas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="63" />
        <source>Hours of credit</source>
        <translation>Horas de crédito</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="64" />
        <source>Other activities</source>
        <translation>Outras atividades</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="65" />
        <source>Not recorded</source>
        <translation>Não registado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="66" />
        <source>Active members</source>
        <translation>Membros ativos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="67" />
        <source>New members</source>
        <translation>Novos membros</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="68" />
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="69" />
        <source>Earned</source>
        <translation>Ganhos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="70" />
        <source>Spent</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="71" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="72" />
        <source>Hours given in the period</source>
        <translation>Horas dadas no período</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="73" />
        <source>Day of the week</source>
        <translation>Dia da semana</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="74" />
        <source>Hub</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="76" />
        <source>Walk-in</source>
        <translation>Presencial (sem marcação)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="77" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="78" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="79" />
        <source>Outreach</source>
        <translation>Trabalho de proximidade</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="80" />
        <source>Information given</source>
        <translation>Informação dada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="81" />
        <source>Escalated</source>
        <translation>Remetido a um responsável</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="82" />
        <source>No suitable service</source>
        <translation>Nenhum serviço adequado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="83" />
        <source>Still open</source>
        <translation>Ainda em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="84" />
        <source>Made</source>
        <translation>Feita</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="85" />
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="86" />
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="87" />
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="88" />
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="89" />
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="90" />
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="91" />
        <source>Young people</source>
        <translation>Jovens</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="92" />
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="93" />
        <source>1-7 days</source>
        <translation>1-7 dias</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="94" />
        <source>8-14 days</source>
        <translation>8-14 dias</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="95" />
        <source>15-30 days</source>
        <translation>15-30 dias</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="96" />
        <source>Over 30 days</source>
        <translation>Mais de 30 dias</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="97" />
        <source>Under 5 h</source>
        <translation>Menos de 5 h</translation>
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
        <translation>50 h ou mais</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="102" />
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="103" />
        <source>Tue</source>
        <translation>Ter</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="104" />
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="105" />
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="106" />
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="107" />
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="108" />
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="110" />
        <source>Each enquiry once, by how the resident came.</source>
        <translation>Cada pedido uma vez, pela forma como o residente veio.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="111" />
        <source>Each enquiry once, by its outcome now.</source>
        <translation>Cada pedido uma vez, pelo seu resultado atual.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="112" />
        <source>An enquiry with two needs counts under both.</source>
        <translation>Um pedido com duas necessidades conta em ambas.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="113" />
        <source>"No suitable service found", in the period.</source>
        <translation>"Nenhum serviço adequado encontrado", no período.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="114" />
        <source>The ten districts with most unmet needs; "unknown": anonymous or no postcode.</source>
        <translation>Os dez distritos com mais necessidades não satisfeitas; "unknown": anónimo ou sem código postal.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="116" />
        <source>Signposting and referrals are not recorded on this device yet.</source>
        <translation>As indicações e referenciações ainda não são registadas neste dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="118" />
        <source>The ten services used most in the period.</source>
        <translation>Os dez serviços mais usados no período.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="119" />
        <source>Referrals made in the period, by their status now.</source>
        <translation>Referenciações feitas no período, pelo seu estado atual.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="120" />
        <source>The time bank is not set up on this device yet.</source>
        <translation>O banco de tempo ainda não está configurado neste dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="121" />
        <source>Credits earned for time given, net of corrections.</source>
        <translation>Créditos ganhos pelo tempo dado, descontadas as correções.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="122" />
        <source>Active: earned or spent credits in the month.</source>
        <translation>Ativos: ganharam ou gastaram créditos no mês.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="123" />
        <source>Spent: on rewards. Net of corrections.</source>
        <translation>Gastos: em recompensas. Descontadas as correções.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="124" />
        <source>Hours given by members of each type.</source>
        <translation>Horas dadas pelos membros de cada tipo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="125" />
        <source>Members by the hours they gave in the period.</source>
        <translation>Membros pelas horas que deram no período.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="126" />
        <source>By the day the time was given.</source>
        <translation>Pelo dia em que o tempo foi dado.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="127" />
        <source>By the hub that logged the hours.</source>
        <translation>Pelo centro que registou as horas.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="140" />
        <source>Whole months, {first} to {last}.</source>
        <translation>Meses completos, de {first} a {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="145" />
        <source>Not done and past their date, as of {date}.</source>
        <translation>Não feitos e com a data ultrapassada, em {date}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="37" />
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="38" />
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="39" />
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="40" />
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="41" />
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="42" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="43" />
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="74" />
        <source>All hubs</source>
        <translation>Todos os centros</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="83" />
        <source>Re&amp;fresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="84" />
        <source>Monthly &amp;PDF…</source>
        <translation>&amp;PDF mensal…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="85" />
        <source>&amp;Spreadsheet…</source>
        <translation>&amp;Folha de cálculo…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="86" />
        <source>&amp;Open data…</source>
        <translation>Dados a&amp;bertos…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>&amp;Range</source>
        <translation>&amp;Intervalo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>Fro&amp;m</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="90" />
        <source>&amp;To</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="90" />
        <source>&amp;Hub</source>
        <translation>&amp;Centro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="91" />
        <source>&amp;Group by</source>
        <translation>&amp;Agrupar por</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="100" />
        <source>Dashboard status</source>
        <translation>Estado do painel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="108" />
        <source>Refresh the dashboard</source>
        <translation>Atualizar o painel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="109" />
        <source>Save the monthly hub report as PDF</source>
        <translation>Guardar o relatório mensal do centro em PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="111" />
        <source>Save every chart's data as a spreadsheet</source>
        <translation>Guardar os dados de todos os gráficos numa folha de cálculo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="113" />
        <source>Export open data with small numbers hidden</source>
        <translation>Exportar dados abertos com os números pequenos ocultos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="118" />
        <source>Dashboard sections</source>
        <translation>Secções do painel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="147" />
        <source>%1 charts</source>
        <translation>Gráficos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="199" />
        <source>The start date is after the end date.</source>
        <translation>A data de início é posterior à data de fim.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="219" />
        <source>Working…</source>
        <translation>A processar…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="231" />
        <source>Reading the records… (step %1)</source>
        <translation>A ler os registos… (passo %1)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="255" />
        <source>Could not compute the dashboard: %1</source>
        <translation>Não foi possível calcular o painel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="273" />
        <source>%1 to %2 · computed in %3 ms</source>
        <translation>%1 a %2 · calculado em %3 ms</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="324" />
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="325" />
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="330" />
        <source>Save chart data as CSV</source>
        <translation>Guardar os dados do gráfico como CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="331" />
        <source>CSV file (*.csv)</source>
        <translation>Ficheiro CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="339" />
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="340" />
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Não foi possível escrever %1: %2. Escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="343" />
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Run by</source>
        <translation>Gerido por</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="67" />
        <source>{km:.1f} km</source>
        <translation>{km:.1f} km</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="68" />
        <source>Phone or online</source>
        <translation>Telefone ou online</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="69" />
        <source>Address confidential</source>
        <translation>Morada confidencial</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="79" />
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="81" />
        <source>not checked for over a year</source>
        <translation>sem verificação há mais de um ano</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="89" />
        <source>Last verified {date}: check the details before relying on them.</source>
        <translation>Última verificação em {date}: confirme os dados antes de confiar neles.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="90" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>RewardsTab</name>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="49" />
        <source>Member spending credits</source>
        <translation>Membro que gasta os créditos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="51" />
        <source>Choose a member to see their balance.</source>
        <translation>Escolha um membro para ver o seu saldo.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="52" />
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="54" />
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="55" />
        <source>Provider</source>
        <translation>Prestador</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="56" />
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Financial</source>
        <translation>Financeira</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="58" />
        <source>Non-financial</source>
        <translation>Não financeira</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="59" />
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>Left</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="63" />
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="64" />
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="68" />
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="76" />
        <source>&amp;Redeem for this member</source>
        <translation>&amp;Trocar para este membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="77" />
        <source>Redeem the selected reward</source>
        <translation>Trocar pela recompensa selecionada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="82" />
        <source>Voucher code issued</source>
        <translation>Código de vale emitido</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="86" />
        <location filename="../../ui/timebank/rewards_view.py" line="93" />
        <source>Give credits</source>
        <translation>Oferecer créditos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="89" />
        <source>Member receiving the gift</source>
        <translation>Membro que recebe a oferta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="91" />
        <source>Credits to give</source>
        <translation>Créditos a oferecer</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="92" />
        <source>&amp;Give</source>
        <translation>&amp;Oferecer</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="95" />
        <source>T&amp;o member</source>
        <translation>P&amp;ara o membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="110" />
        <source>Minu&amp;tes</source>
        <translation>Mi&amp;nutos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="118" />
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="96" />
        <source>&amp;Amount</source>
        <translation>&amp;Quantidade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="98" />
        <source>Convert to local currency</source>
        <translation>Converter em moeda local</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="103" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="104" />
        <source>Minutes to convert</source>
        <translation>Minutos a converter</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="106" />
        <source>Conversion rate</source>
        <translation>Taxa de conversão</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="107" />
        <source>&amp;Convert</source>
        <translation>&amp;Converter</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="108" />
        <source>Convert credits</source>
        <translation>Converter créditos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="111" />
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="113" />
        <source>Check a voucher</source>
        <translation>Verificar um vale</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="116" />
        <source>Voucher code to check</source>
        <translation>Código do vale a verificar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="119" />
        <source>Check voucher</source>
        <translation>Verificar vale</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="122" />
        <source>Voucher check result</source>
        <translation>Resultado da verificação do vale</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="125" />
        <source>Vouc&amp;her code</source>
        <translation>Códi&amp;go do vale</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="132" />
        <source>&amp;Member</source>
        <translation>&amp;Membro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="136" />
        <source>&amp;Voucher:</source>
        <translation>&amp;Vale:</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="173" />
        <source>Balance: {0}</source>
        <translation>Saldo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="175" />
        <source>{0:.2f} {1} an hour</source>
        <translation>{0:.2f} {1} por hora</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="176" />
        <source>No rate set up</source>
        <translation>Nenhuma taxa configurada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="181" />
        <source>Choose the member first.</source>
        <translation>Escolha primeiro o membro.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="191" />
        <source>Choose a reward in the list.</source>
        <translation>Escolha uma recompensa na lista.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="200" />
        <source>{0} redeemed: give the member voucher {1} for {2}.</source>
        <translation>{0} trocado: entregue ao membro o vale {1} para {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="201" />
        <source>the provider</source>
        <translation>o prestador</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="212" />
        <source>Choose who receives the gift.</source>
        <translation>Escolha quem recebe a oferta.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="218" />
        <source>Gave {0} to {1}.</source>
        <translation>Ofereceu {0} a {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="228" />
        <source>Converted {0}: {1:.2f} {2}.</source>
        <translation>Convertido {0}: {1:.2f} {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="244" />
        <source>{0} ({1}), member {2}, issued {3}.</source>
        <translation>{0} ({1}), membro {2}, emitido em {3}.</translation>
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <location filename="../../ui/security/rights_view.py" line="33" />
        <location filename="../../ui/security/rights_view.py" line="103" />
        <source>Find the resident first.</source>
        <translation>Procure primeiro o residente.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="35" />
        <source>Chosen resident</source>
        <translation>Residente escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="38" />
        <source>&amp;Subject access export…</source>
        <translation>Exportação de acesso aos &amp;dados…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="39" />
        <source>&amp;Withdraw all consent</source>
        <translation>&amp;Retirar todo o consentimento</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="40" />
        <source>Legal &amp;hold…</source>
        <translation>Retenção &amp;legal…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="41" />
        <source>&amp;Erase…</source>
        <translation>Apa&amp;gar…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="72" />
        <source>Written: {html} and {json}</source>
        <translation>Gravado: {html} e {json}</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="77" />
        <source>Consent withdrawn for {n} purpose(s); nothing more is shared from now on.</source>
        <translation>Consentimento retirado para {n} finalidade(s); a partir de agora nada mais é partilhado.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="82" />
        <source>Legal hold</source>
        <translation>Retenção legal</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="83" />
        <source>Why must this record be kept?</source>
        <translation>Porque é que este registo tem de ser guardado?</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="91" />
        <source>Not done</source>
        <translation>Por fazer</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="93" />
        <source>Legal hold placed: exempt from retention and erasure.</source>
        <translation>Retenção legal aplicada: isento das regras de conservação de dados e do apagamento.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="101" />
        <source>Erased. The erasure reaches the council at the next sync.</source>
        <translation>Apagado. O apagamento chega à câmara municipal na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>Safeguarding</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="42" />
        <source>If anyone is in immediate danger, call 999 now.</source>
        <translation>Se alguém estiver em perigo imediato, ligue já para o 999.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="43" />
        <source>Do not promise to keep it secret; explain who you will tell and why.</source>
        <translation>Não prometa guardar segredo; explique a quem vai contar e porquê.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="44" />
        <source>Tell the hub's safeguarding lead today, in person or by phone, and note who you told.</source>
        <translation>Informe hoje o responsável pela proteção de pessoas em risco do centro, pessoalmente ou por telefone, e anote a quem contou.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="45" />
        <source>Domestic abuse: the National Domestic Abuse Helpline is 0808 2000 247 (free, 24 hours).</source>
        <translation>Violência doméstica: a linha nacional de apoio (National Domestic Abuse Helpline) é o 0808 2000 247 (gratuita, 24 horas).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="46" />
        <source>Children: the council's children's front door (MASH) takes referrals the same day.</source>
        <translation>Crianças: o ponto de contacto da câmara municipal para crianças (MASH) aceita referenciações no próprio dia.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="47" />
        <source>Never write a refuge address on a slip or in notes.</source>
        <translation>Nunca escreva a morada de uma casa de abrigo numa folha nem nas notas.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="181" />
        <source>Search services: words, a need, an organisation</source>
        <translation>Pesquisar serviços: palavras, uma necessidade, uma organização</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="182" />
        <source>Search the directory</source>
        <translation>Pesquisar no diretório</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="183" />
        <source>Results update as you type; Down arrow moves to the results</source>
        <translation>Os resultados atualizam-se enquanto escreve; a seta para baixo passa para os resultados</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="186" />
        <source>Searc&amp;h:</source>
        <translation>Pes&amp;quisar:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="192" />
        <source>Services found</source>
        <translation>Serviços encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="212" />
        <source>Search status</source>
        <translation>Estado da pesquisa</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="254" />
        <source>Searched for “{right}” instead of “{wrong}”.</source>
        <translation>Pesquisou-se “{right}” em vez de “{wrong}”.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="257" />
        <source>Many services match: best name matches first; type more to narrow.</source>
        <translation>Muitos serviços correspondem: primeiro os nomes mais parecidos; escreva mais para restringir.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="261" />
        <source>No services found. If nothing suits, record it as an unmet need.</source>
        <translation>Nenhum serviço encontrado. Se nada for adequado, registe uma necessidade não satisfeita.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/search_panel.py" line="262" />
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n serviço(s) encontrado(s)</numerusform>
            <numerusform>%n serviço(s) encontrado(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="263" />
        <source> (showing the first 100)</source>
        <translation> (a mostrar os primeiros 100)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="273" />
        <source>“{postcode}” is not a full postcode or district yet.</source>
        <translation>“{postcode}” ainda não é um código postal ou distrito postal completo.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="276" />
        <source>No position is known for {postcode} or its district, so distances cannot be shown.</source>
        <translation>Não se conhece a localização de {postcode} nem do seu distrito postal, por isso não é possível mostrar distâncias.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="281" />
        <source>{postcode} is not in the postcode table; distances are from the centre of its sector.</source>
        <translation>{postcode} não está na tabela de códigos postais; as distâncias são calculadas a partir do centro do seu setor.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="283" />
        <source>{postcode} is not in the postcode table; distances are from the approximate centre of its district.</source>
        <translation>{postcode} não está na tabela de códigos postais; as distâncias são calculadas a partir do centro aproximado do seu distrito postal.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="29" />
        <source>Enquiries</source>
        <translation>Pedidos de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="31" />
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="33" />
        <source>Time bank</source>
        <translation>Banco de tempo</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="35" />
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="36" />
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="38" />
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="40" />
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="112" />
        <source>It could not be loaded; the log file has the details.</source>
        <translation>Não foi possível carregá-lo; o ficheiro de registo tem os detalhes.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="121" />
        <source>It could not be started; the log file has the details.</source>
        <translation>Não foi possível iniciá-lo; o ficheiro de registo tem os detalhes.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/security/page.py" line="169" />
        <source>Security settings are for coordinators. Press Ctrl+L to lock the screen when you step away.</source>
        <translation>As definições de segurança são para coordenadores. Carregue em Ctrl+L para bloquear o ecrã quando se afastar.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="180" />
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="181" />
        <source>&amp;Users</source>
        <translation>&amp;Utilizadores</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="182" />
        <source>&amp;Audit trail</source>
        <translation>Registo de &amp;auditoria</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="183" />
        <source>Se&amp;ttings and retention</source>
        <translation>De&amp;finições e conservação de dados</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="184" />
        <source>&amp;Residents' rights</source>
        <translation>Direitos dos reside&amp;ntes</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="186" />
        <source>&amp;Consent renewals</source>
        <translation>Renovação de &amp;consentimentos</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="187" />
        <source>E&amp;quality</source>
        <translation>&amp;Igualdade</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="72" />
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="74" />
        <source>This hub</source>
        <translation>Este centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="76" />
        <source>Hub name</source>
        <translation>Nome do centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="77" />
        <source>hub name</source>
        <translation>nome do centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="78" />
        <source>Save &amp;name</source>
        <translation>Guardar &amp;nome</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="79" />
        <source>Save hub name</source>
        <translation>Guardar nome do centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="81" />
        <source>Hub name status</source>
        <translation>Estado do nome do centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="84" />
        <source>Council server</source>
        <translation>Servidor da câmara municipal</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="85" />
        <source>Set up on the Sync page</source>
        <translation>Configurar na página Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="86" />
        <source>Set up on the S&amp;ync page…</source>
        <translation>Con&amp;figurar na página Sincronizar…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="87" />
        <source>Open the Sync page</source>
        <translation>Abrir a página Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="95" />
        <source>Hub &amp;name:</source>
        <translation>&amp;Nome do centro:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="98" />
        <source>Council &amp;server:</source>
        <translation>&amp;Servidor da câmara municipal:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="100" />
        <source>Language and text size (this computer, this user)</source>
        <translation>Língua e tamanho do texto (este computador, este utilizador)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="102" />
        <source>Language of the app</source>
        <translation>Língua da aplicação</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="107" />
        <source>Language note</source>
        <translation>Nota sobre a língua</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="115" />
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="116" />
        <source>Ctrl+= and Ctrl+- also change it anywhere</source>
        <translation>Ctrl+= e Ctrl+- também o alteram em qualquer sítio</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="118" />
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="120" />
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="121" />
        <source>High &amp;contrast (white on black, yellow focus)</source>
        <translation>Alto &amp;contraste (branco sobre preto, foco amarelo)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="122" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="123" />
        <source>Ctrl+Shift+H also switches it</source>
        <translation>Ctrl+Shift+H também o ativa ou desativa</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="127" />
        <source>Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 normal. The window's size and place are remembered.</source>
        <translation>Ctrl+= maior, Ctrl+- menor, Ctrl+0 normal. O tamanho e a posição da janela são memorizados.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="168" />
        <source>Not set up: working offline</source>
        <translation>Não configurado: a trabalhar sem ligação</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="173" />
        <source>Only a coordinator can rename the hub.</source>
        <translation>Só um coordenador pode mudar o nome do centro.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="180" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="195" />
        <source>The new language is used the next time AccessPoint starts.</source>
        <translation>A nova língua é usada da próxima vez que o AccessPoint for iniciado.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="197" />
        <source>* Not yet checked by a native speaker.</source>
        <translation>* Ainda não revisto por um falante nativo.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/security/page.py" line="44" />
        <source>Lock the screen after minutes</source>
        <translation>Bloquear o ecrã após minutos</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="45" />
        <source>Wrong attempts before lock-out</source>
        <translation>Tentativas erradas antes do bloqueio</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="46" />
        <source>Lock-out minutes</source>
        <translation>Minutos de bloqueio</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="47" />
        <source>Allow the &amp;command line (acts as a coordinator)</source>
        <translation>Permitir a linha de &amp;comandos (atua como coordenador)</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="51" />
        <source>Keep enquiry details for days</source>
        <translation>Guardar os detalhes dos pedidos de ajuda durante dias</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="54" />
        <source>Anonymise people not seen for days</source>
        <translation>Anonimizar pessoas sem visitas há dias</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="55" />
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar definições</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="57" />
        <source>&amp;Run retention now</source>
        <translation>Aplicar a conse&amp;rvação de dados agora</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="59" />
        <source>&amp;Back up to a file…</source>
        <translation>Fazer cópia de &amp;segurança para um ficheiro…</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="61" />
        <source>Show the reco&amp;very key…</source>
        <translation>Mostrar a cha&amp;ve de recuperação…</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="64" />
        <source>&amp;Idle lock (minutes):</source>
        <translation>&amp;Bloqueio por inatividade (minutos):</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="65" />
        <source>&amp;Wrong attempts before lock-out:</source>
        <translation>&amp;Tentativas erradas antes do bloqueio:</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="66" />
        <source>Lock-out &amp;minutes:</source>
        <translation>&amp;Minutos de bloqueio:</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="68" />
        <source>&amp;Enquiry details kept (days):</source>
        <translation>&amp;Detalhes dos pedidos de ajuda guardados (dias):</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="69" />
        <source>&amp;People not seen, anonymised after (days):</source>
        <translation>&amp;Pessoas sem visitas, anonimizadas após (dias):</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="90" />
        <source>Not done</source>
        <translation>Por fazer</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="110" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="115" />
        <source>Retention run: {r}</source>
        <translation>Conservação de dados aplicada: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="118" />
        <source>Back up to</source>
        <translation>Fazer cópia de segurança para</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="123" />
        <source>Encrypted backup written.</source>
        <translation>Cópia de segurança encriptada gravada.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="131" />
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="132" />
        <source>This database is not encrypted.</source>
        <translation>Esta base de dados não está encriptada.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="166" />
        <source>Sign in to AccessPoint</source>
        <translation>Iniciar sessão no AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="168" />
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="173" />
        <source>PIN or password</source>
        <translation>PIN ou palavra-passe</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="176" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="177" />
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN ou palavra-passe:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="180" />
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sessão</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="194" />
        <source>Choose your name.</source>
        <translation>Escolha o seu nome.</translation>
    </message>
</context>
<context>
    <name>SignpostDialog</name>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="60" />
        <location filename="../../ui/directory/signpost_dialog.py" line="61" />
        <source>Signpost or refer</source>
        <translation>Encaminhar ou referenciar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="64" />
        <source>Enquiry</source>
        <translation>Pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="67" />
        <source>Services chosen</source>
        <translation>Serviços escolhidos</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="68" />
        <source>Delete removes a service from the list</source>
        <translation>Delete remove um serviço da lista</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="70" />
        <source>Chosen serv&amp;ices (Enter in the results adds one):</source>
        <translation>Serviços &amp;escolhidos (Enter nos resultados adiciona um):</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="72" />
        <source>A&amp;dd to list</source>
        <translation>A&amp;dicionar à lista</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="73" />
        <source>Add the selected service to the list</source>
        <translation>Adicionar o serviço selecionado à lista</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="74" />
        <source>Signpos&amp;t: the resident was given the details</source>
        <translation>Encamin&amp;har: o residente recebeu os contactos</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="76" />
        <source>&amp;Refer: send their details to the service (needs consent to share)</source>
        <translation>&amp;Referenciar: enviar os dados da pessoa ao serviço (exige consentimento para partilhar)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Signpost</source>
        <translation>Encaminhar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Refer</source>
        <translation>Referenciar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="86" />
        <source>Consent to share</source>
        <translation>Consentimento para partilhar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="88" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="89" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="91" />
        <source>signposting</source>
        <translation>encaminhamento</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="92" />
        <source>&amp;No suitable service found</source>
        <translation>&amp;Nenhum serviço adequado encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="93" />
        <source>No suitable service found: record the unmet need</source>
        <translation>Nenhum serviço adequado encontrado: registar a necessidade não satisfeita</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="95" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="96" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="97" />
        <source>Save and &amp;print slip…</source>
        <translation>Guardar e &amp;imprimir folha…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="98" />
        <source>Save and print the slip</source>
        <translation>Guardar e imprimir a folha</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="99" />
        <location filename="../../ui/directory/signpost_dialog.py" line="100" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="139" />
        <source>Enquiry {ref} · needs: {needs}</source>
        <translation>Pedido de ajuda {ref} · necessidades: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="140" />
        <source>none recorded</source>
        <translation>nada registado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="146" />
        <source>The resident has given consent to share: you may refer.</source>
        <translation>O residente deu consentimento para partilhar: pode referenciar.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="148" />
        <source>No consent to share is recorded, so you can signpost but not refer. Ask the resident and record consent on the enquiry to refer.</source>
        <translation>Não está registado consentimento para partilhar, por isso pode encaminhar mas não referenciar. Para referenciar, pergunte ao residente e registe o consentimento no pedido de ajuda.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="45" />
        <location filename="../../ui/directory/slip_print.py" line="89" />
        <location filename="../../ui/directory/slip_print.py" line="90" />
        <source>Signposting slip</source>
        <translation>Folha de encaminhamento</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="92" />
        <source>Slip language</source>
        <translation>Língua da folha</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="95" />
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="97" />
        <source>Lar&amp;ge print</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="98" />
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="101" />
        <source>Slip language note</source>
        <translation>Nota sobre a língua da folha</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="103" />
        <source>Slip preview</source>
        <translation>Pré-visualização da folha</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="105" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="106" />
        <source>Print the slip</source>
        <translation>Imprimir a folha</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="107" />
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="108" />
        <source>Save the slip as PDF</source>
        <translation>Guardar a folha como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="109" />
        <location filename="../../ui/directory/slip_print.py" line="110" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="151" />
        <source>The slip wording is not translated into {language} yet; it is in English.</source>
        <translation>O texto da folha ainda não está traduzido para {language}; está em inglês.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="155" />
        <source>Save slip as PDF</source>
        <translation>Guardar folha como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="156" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="159" />
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="160" />
        <source>The slip was saved to {path}.</source>
        <translation>A folha foi guardada em {path}.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/statusbar.py" line="73" />
        <source>Signed in as</source>
        <translation>Sessão iniciada como</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="74" />
        <source>Offline</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="75" />
        <source>Connection</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="77" />
        <source>Changes not yet synced</source>
        <translation>Alterações ainda não sincronizadas</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="100" />
        <source>Nothing waiting to sync</source>
        <translation>Nada à espera de sincronização</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="101" />
        <source>Not yet synced: {count}</source>
        <translation>Ainda não sincronizados: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="102" />
        <source>{user} at {hub}</source>
        <translation>{user} em {hub}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="128" />
        <source>● Online</source>
        <translation>● Com ligação</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="129" />
        <source>The council server answered.</source>
        <translation>O servidor da câmara municipal respondeu.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="131" />
        <location filename="../../ui/statusbar.py" line="135" />
        <source>○ Offline</source>
        <translation>○ Sem ligação</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="132" />
        <source>No council server is set up; see the Sync page. Everything is saved on this computer.</source>
        <translation>Não há servidor da câmara municipal configurado; veja a página Sincronizar. Tudo é guardado neste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="136" />
        <source>The council server cannot be reached. Carry on: changes are kept and sent when it is back.</source>
        <translation>Não é possível contactar o servidor da câmara municipal. Continue a trabalhar: as alterações ficam guardadas e são enviadas quando o servidor voltar.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="177" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="187" />
        <source>Something went wrong: {0}</source>
        <translation>Algo correu mal: {0}</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../ui/sync/labels.py" line="8" />
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="9" />
        <source>Enquiry</source>
        <translation>Pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="10" />
        <source>Enquiry note</source>
        <translation>Nota do pedido de ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="11" />
        <source>Consent record</source>
        <translation>Registo de consentimento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="12" />
        <source>Signposting</source>
        <translation>Encaminhamento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="13" />
        <source>Referral</source>
        <translation>Referenciação</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="14" />
        <source>Referral update</source>
        <translation>Atualização da referenciação</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="15" />
        <source>Time-bank member</source>
        <translation>Membro do banco de tempo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="16" />
        <source>Hours (ledger entry)</source>
        <translation>Horas (movimento)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="17" />
        <source>Reward redemption</source>
        <translation>Troca por recompensa</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="18" />
        <source>Local service</source>
        <translation>Serviço local</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="19" />
        <source>Directory problem report</source>
        <translation>Comunicação de problema no diretório</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="20" />
        <source>Audit entry</source>
        <translation>Entrada de auditoria</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="24" />
        <source>Connecting to the council server…</source>
        <translation>A ligar ao servidor da câmara municipal…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="25" />
        <source>Sending this hub's changes…</source>
        <translation>A enviar as alterações deste centro…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="26" />
        <source>Receiving changes from the council…</source>
        <translation>A receber alterações da câmara municipal…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="27" />
        <source>Checking both sides agree…</source>
        <translation>A verificar se os dois lados coincidem…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="28" />
        <source>Sync finished.</source>
        <translation>Sincronização concluída.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="29" />
        <source>Sync stopped.</source>
        <translation>Sincronização interrompida.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="33" />
        <source>Changed in two places</source>
        <translation>Alterado em dois sítios</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="34" />
        <source>Refused by the council server</source>
        <translation>Recusado pelo servidor da câmara municipal</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="35" />
        <source>Balance went below zero</source>
        <translation>O saldo ficou abaixo de zero</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="42" />
        <source>This computer is not enrolled with the council server yet. Enter the server address and an enrolment code below.</source>
        <translation>Este computador ainda não está inscrito no servidor da câmara municipal. Introduza abaixo o endereço do servidor e um código de inscrição.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="45" />
        <source>The council server no longer accepts this computer (its access was revoked or has expired). Enrol it again with a new code; nothing unsynced is lost.</source>
        <translation>O servidor da câmara municipal já não aceita este computador (o acesso foi revogado ou expirou). Inscreva-o novamente com um novo código; nada do que não foi sincronizado se perde.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="48" />
        <source>Could not reach the council server. Check the internet connection; the sync will carry on next time and nothing is lost.</source>
        <translation>Não foi possível contactar o servidor da câmara municipal. Verifique a ligação à internet; a sincronização continua da próxima vez e nada se perde.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="51" />
        <source>The council server is having problems; the sync will carry on next time and nothing is lost.</source>
        <translation>O servidor da câmara municipal está com problemas; a sincronização continua da próxima vez e nada se perde.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="54" />
        <source>This version of AccessPoint and the council server cannot talk to each other. Install the current version; nothing unsynced is lost.</source>
        <translation>Esta versão do AccessPoint e o servidor da câmara municipal não conseguem comunicar. Instale a versão atual; nada do que não foi sincronizado se perde.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="57" />
        <source>Another sync is already running for this hub; wait for it to finish.</source>
        <translation>Já está a decorrer outra sincronização para este centro; aguarde que termine.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="59" />
        <source>The database on this computer was busy; the sync stopped safely and will carry on next time.</source>
        <translation>A base de dados deste computador estava ocupada; a sincronização parou em segurança e continua da próxima vez.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="62" />
        <source>This computer has no secure password store, so it cannot be enrolled. Ask IT to enable the system keyring.</source>
        <translation>Este computador não tem um armazenamento seguro de palavras-passe, por isso não pode ser inscrito. Peça à informática que ative o porta-chaves do sistema.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="71" />
        <source>The council server's certificate could not be verified. If the council uses its own certificate authority, choose its CA bundle below.</source>
        <translation>Não foi possível verificar o certificado do servidor da câmara municipal. Se a câmara municipal usar a sua própria autoridade de certificação, escolha abaixo o respetivo pacote de CA.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="58" />
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="62" />
        <source>Last successful sync</source>
        <translation>Última sincronização bem-sucedida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="65" />
        <source>Sync reminder</source>
        <translation>Lembrete de sincronização</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="68" />
        <source>Changes waiting to be sent</source>
        <translation>Alterações à espera de envio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="71" />
        <source>Changes received but not applied yet</source>
        <translation>Alterações recebidas mas ainda não aplicadas</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="72" />
        <source>Show &amp;waiting changes…</source>
        <translation>Mostrar alterações em &amp;espera…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="73" />
        <source>Show the changes waiting to be applied</source>
        <translation>Mostrar as alterações à espera de serem aplicadas</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="77" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="78" />
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="82" />
        <source>Who can sync</source>
        <translation>Quem pode sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="85" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="86" />
        <source>Cancel the sync</source>
        <translation>Cancelar a sincronização</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="89" />
        <source>Press Sync now at the end of the day.</source>
        <translation>Carregue em Sincronizar agora no fim do dia.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="90" />
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="93" />
        <source>Sync progress bar</source>
        <translation>Barra de progresso da sincronização</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="98" />
        <source>Sync summary</source>
        <translation>Resumo da sincronização</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="104" />
        <source>End-of-day sync</source>
        <translation>Sincronização de fim do dia</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="115" />
        <source>Sync in the &amp;background when online</source>
        <translation>Sincronizar em segundo &amp;plano quando houver ligação</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="116" />
        <source>Sync in the background when online</source>
        <translation>Sincronizar em segundo plano quando houver ligação</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="119" />
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="120" />
        <source>Remind me when not synced for this many days</source>
        <translation>Lembrar-me quando não houver sincronização há este número de dias</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="121" />
        <source>&amp;Remind me after:</source>
        <translation>&amp;Lembrar-me após:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="171" />
        <source>Last successful sync: {when} ({days} days ago)</source>
        <translation>Última sincronização bem-sucedida: {when} (há {days} dias)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="173" />
        <source>Last successful sync: {when}</source>
        <translation>Última sincronização bem-sucedida: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="175" />
        <source>Last successful sync: never</source>
        <translation>Última sincronização bem-sucedida: nunca</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="177" />
        <source>This hub has not synced for more than {days} days. Sync today so the council has your records.</source>
        <translation>Este centro não sincroniza há mais de {days} dias. Sincronize hoje para que a câmara municipal tenha os seus registos.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="180" />
        <source>Waiting to be sent: {count}</source>
        <translation>À espera de envio: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="184" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync)</source>
        <translation>Recebidas mas ainda não aplicadas: {count} (guardadas; aplicadas numa sincronização posterior)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="195" />
        <source>Enrol this computer below to start syncing. Everything is saved on this computer meanwhile.</source>
        <translation>Inscreva este computador abaixo para começar a sincronizar. Entretanto, tudo é guardado neste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="204" />
        <source>The last sync did not finish: {reason}</source>
        <translation>A última sincronização não terminou: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216" />
        <source>Only a coordinator can sync this computer. Everything you record is saved here and will be sent at the coordinator's next sync.</source>
        <translation>Só um coordenador pode sincronizar este computador. Tudo o que registar fica guardado aqui e será enviado na próxima sincronização do coordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="248" />
        <source>Cancelling at the next safe point…</source>
        <translation>A cancelar no próximo ponto seguro…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="259" />
        <source>{stage} {done} of {total}</source>
        <translation>{stage} {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="263" />
        <source>{stage} {done} so far</source>
        <translation>{stage} {done} até agora</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="279" />
        <source>Enrolled as hub “{hub}”. You can sync now.</source>
        <translation>Inscrito como centro “{hub}”. Já pode sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="304" />
        <source>Something went wrong ({error}); the log has the details. Nothing unsynced is lost.</source>
        <translation>Algo correu mal ({error}); o registo de erros tem os detalhes. Nada do que não foi sincronizado se perdeu.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="309" />
        <source>Sync cancelled. Nothing was lost; the next sync carries on from here.</source>
        <translation>Sincronização cancelada. Nada se perdeu; a próxima sincronização continua a partir daqui.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="313" />
        <source>The sync did not finish: {reason}</source>
        <translation>A sincronização não terminou: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="320" />
        <source>Sent: {enquiries} enquiries, {referrals} referrals, {hours} hours (all changes: {total}).</source>
        <translation>Enviado: {enquiries} pedidos de ajuda, {referrals} referenciações, {hours} horas (total de alterações: {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="324" />
        <source>Received: {directory} directory changes, {members} members, {balances} balances (all changes: {total}).</source>
        <translation>Recebido: {directory} alterações no diretório, {members} membros, {balances} saldos (total de alterações: {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="329" />
        <source>Needs attention: {count}.</source>
        <translation>Precisam de atenção: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="332" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync).</source>
        <translation>Recebidas mas ainda não aplicadas: {count} (guardadas; aplicadas numa sincronização posterior).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="335" />
        <source>Some records will be sent again at the next sync: the council server is missing them.</source>
        <translation>Alguns registos serão enviados novamente na próxima sincronização: faltam no servidor da câmara municipal.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="350" />
        <source>Wait for the sync to finish first.</source>
        <translation>Aguarde primeiro que a sincronização termine.</translation>
    </message>
</context>
<context>
    <name>TimeBank</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Tue</source>
        <translation>Ter</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="199" />
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="199" />
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="200" />
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="201" />
        <source>morning</source>
        <translation>manhã</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="202" />
        <source>afternoon</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="203" />
        <source>evening</source>
        <translation>noite</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="206" />
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="207" />
        <source>Young person</source>
        <translation>Jovem</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="208" />
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
<message><source>Converted to local currency</source><translation>Convertido em moeda local</translation></message><message><source>Correction: {0}</source><translation>Correção: {0}</translation></message><message><source>Earned: {0} ({1})</source><translation>Ganho: {0} ({1})</translation></message><message><source>Gift from {0}</source><translation>Oferta de {0}</translation></message><message><source>Gift to {0}</source><translation>Oferta para {0}</translation></message><message><source>Opening balance brought across</source><translation>Saldo inicial transitado</translation></message><message><source>Spent: {0}</source><translation>Gasto: {0}</translation></message><message><source>activity</source><translation>atividade</translation></message><message><source>attends this hub</source><translation>frequenta este centro</translation></message><message><source>free: {0}</source><translation>disponível: {0}</translation></message><message><source>interests: {0}</source><translation>interesses: {0}</translation></message><message><source>reward</source><translation>recompensa</translation></message><message><source>skills: {0}</source><translation>competências: {0}</translation></message><message><source>wants employment support</source><translation>quer apoio ao emprego</translation></message></context>
<context>
    <name>TimeBankPage</name>
    <message>
        <location filename="../../ui/timebank/page.py" line="36" />
        <source>Time bank</source>
        <translation>Banco de tempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="43" />
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="44" />
        <source>Log hours</source>
        <translation>Registar horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="45" />
        <source>Group session</source>
        <translation>Sessão de grupo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="46" />
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="47" />
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="48" />
        <source>Time audit</source>
        <translation>Auditoria de horas</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="67" />
        <source>Signs in with</source>
        <translation>Inicia sessão com</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="68" />
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="71" />
        <source>Users</source>
        <translation>Utilizadores</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="75" />
        <source>&amp;Add user…</source>
        <translation>&amp;Adicionar utilizador…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="76" />
        <source>Change &amp;role…</source>
        <translation>Alterar &amp;função…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="77" />
        <source>&amp;Reset PIN…</source>
        <translation>&amp;Repor PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="78" />
        <source>&amp;Deactivate / reactivate</source>
        <translation>&amp;Desativar / reativar</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="83" />
        <source>Someone who leaves is deactivated, not deleted: the records they made still name them.</source>
        <translation>Quem sai é desativado, não apagado: os registos que fez continuam a indicar o seu nome.</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="108" />
        <source>Not done</source>
        <translation>Por fazer</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Change role</source>
        <translation>Alterar função</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="139" />
        <source>Reset PIN</source>
        <translation>Repor PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="140" />
        <source>New PIN (6+ digits):</source>
        <translation>Novo PIN (6 ou mais algarismos):</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="49" />
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="51" />
        <source>Date the time was given</source>
        <translation>Data em que o tempo foi dado</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="53" />
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="54" />
        <source>Who confirms the time was given</source>
        <translation>Quem confirma que o tempo foi dado</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="56" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="57" />
        <source>Coordinator confirms more than 12 hours in a day</source>
        <translation>O coordenador confirma mais de 12 horas num dia</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="59" />
        <source>Confirm more than 12 hours in a day</source>
        <translation>Confirmar mais de 12 horas num dia</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="92" />
        <source>AccessPoint cannot start</source>
        <translation>Não é possível iniciar o AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="163" />
        <location filename="../../ui/ops/startup.py" line="170" />
        <source>The database is damaged</source>
        <translation>A base de dados está danificada</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="164" />
        <source>AccessPoint's database file is damaged and there is no backup to restore. Nothing has been deleted. Please contact whoever supports your hub, and do not delete this folder:
{folder}

A report for them was saved as:
{report}</source>
        <translation>O ficheiro da base de dados do AccessPoint está danificado e não há nenhuma cópia de segurança para restaurar. Nada foi apagado. Contacte quem dá apoio ao seu centro e não apague esta pasta:
{folder}

Foi guardado um relatório para essa pessoa em:
{report}</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="171" />
        <source>AccessPoint's database file is damaged, so it has not been opened.

Restore the latest backup, from {when}? Anything entered after that will be missing. The damaged file is kept aside, not deleted, in case an expert can recover more from it.</source>
        <translation>O ficheiro da base de dados do AccessPoint está danificado, por isso não foi aberto.

Restaurar a cópia de segurança mais recente, de {when}? O que tiver sido introduzido depois disso ficará em falta. O ficheiro danificado é guardado à parte, não apagado, para o caso de um especialista conseguir recuperar mais dados.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="181" />
        <source>The backup could not be restored</source>
        <translation>Não foi possível restaurar a cópia de segurança</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="232" />
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="172" />
        <source>Monthly hub report</source>
        <translation>Relatório mensal do centro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="179" />
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="181" />
        <source>&amp;Month</source>
        <translation>&amp;Mês</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="190" />
        <source>Save monthly report</source>
        <translation>Guardar relatório mensal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="191" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="208" />
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="210" />
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="215" />
        <source>Preparing the monthly report…</source>
        <translation>A preparar o relatório mensal…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="221" />
        <source>CSV, every chart in one table (*.csv)</source>
        <translation>CSV, todos os gráficos numa só tabela (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="223" />
        <source>Excel workbook, a sheet per chart (*.xlsx)</source>
        <translation>Livro do Excel, uma folha por gráfico (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="224" />
        <source>Save the dashboard's data</source>
        <translation>Guardar os dados do painel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="242" />
        <source>Folder for the open data</source>
        <translation>Pasta para os dados abertos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="252" />
        <source>Wrote %1 open-data files to %2</source>
        <translation>Foram escritos %1 ficheiros de dados abertos em %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="254" />
        <source>Writing open data…</source>
        <translation>A escrever os dados abertos…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/security/login.py" line="42" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="154" />
        <source>AccessPoint recovery key</source>
        <translation>Chave de recuperação do AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="32" />
        <source>Save the subject access export in</source>
        <translation>Guardar a exportação do pedido de acesso aos dados em</translation>
    </message>
</context>
<context>
    <name>self.app</name>
    <message>
        <location filename="../../ui/ops/opening.py" line="214" />
        <source>AccessPoint cannot start</source>
        <translation>Não é possível iniciar o AccessPoint</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="53" />
        <source>Save diagnostic report</source>
        <translation>Guardar relatório de diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="54" />
        <source>Zip files (*.zip)</source>
        <translation>Ficheiros ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="62" />
        <source>Report not saved</source>
        <translation>Relatório não guardado</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="66" />
        <source>Report saved</source>
        <translation>Relatório guardado</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="67" />
        <source>The report was saved as:
{path}

It contains the app's logs and versions, and no names or personal details. Send it to whoever supports your hub.</source>
        <translation>O relatório foi guardado como:
{path}

Contém os registos e versões da aplicação, sem nomes nem dados pessoais. Envie-o a quem dá apoio ao seu centro.</translation>
    </message>
</context>
<context><name>DirectoryDetail</name><message><source>Address</source><translation>Morada</translation></message><message><source>Aged {lo} and over</source><translation>A partir dos {lo} anos</translation></message><message><source>Aged {lo} to {hi}</source><translation>Dos {lo} aos {hi} anos</translation></message><message><source>Area</source><translation>Área</translation></message><message><source>Closed now</source><translation>Fechado agora</translation></message><message><source>Confidential: never given out or printed. Use the phone contact to arrange a visit.</source><translation>Confidencial: nunca é divulgada nem impressa. Use o contacto telefónico para combinar uma visita.</translation></message><message><source>Contact</source><translation>Contacto</translation></message><message><source>Cost</source><translation>Custo</translation></message><message><source>Email</source><translation>E-mail</translation></message><message><source>Free</source><translation>Gratuito</translation></message><message><source>Helps with</source><translation>Ajuda com</translation></message><message><source>How to access</source><translation>Como aceder</translation></message><message><source>Hub-local service (added here, not yet in the council directory)</source><translation>Serviço local do centro (adicionado aqui, ainda não consta do diretório da câmara municipal)</translation></message><message><source>Interpreting</source><translation>Interpretação</translation></message><message><source>Languages spoken</source><translation>Línguas faladas</translation></message><message><source>Last verified</source><translation>Última verificação</translation></message><message><source>Last verified {date}: more than 12 months ago. Check the details (phone first) before relying on them.</source><translation>Última verificação em {date}: há mais de 12 meses. Confirme os dados (ligue primeiro) antes de confiar neles.</translation></message><message><source>No building to visit: phone or online.</source><translation>Sem instalações para visitar: por telefone ou online.</translation></message><message><source>Not given</source><translation>Não indicado</translation></message><message><source>Not given: phone to check.</source><translation>Não indicado: ligue para confirmar.</translation></message><message><source>Open now</source><translation>Aberto agora</translation></message><message><source>Opening times</source><translation>Horário</translation></message><message><source>Run by {org}</source><translation>Gerido por {org}</translation></message><message><source>This service is no longer in the directory.</source><translation>Este serviço já não consta do diretório.</translation></message><message><source>Up to age {hi}</source><translation>Até aos {hi} anos</translation></message><message><source>Website</source><translation>Sítio web</translation></message><message><source>Who it is for</source><translation>Público-alvo</translation></message><message><source>never</source><translation>nunca</translation></message></context><context><name>DomainMessages</name><message><source>'{acct}' is not a ledger account.</source><translation>'{acct}' não é uma conta do livro-razão.</translation></message><message><source>'{number}' is not a member number (letters, digits and dashes, up to 20).</source><translation>'{number}' não é um número de membro (letras, algarismos e hífenes, até 20).</translation></message><message><source>'{text}' is not a UK postcode (for example E1 6AN).</source><translation>'{text}' não é um código postal do Reino Unido (por exemplo E1 6AN).</translation></message><message><source>'{text}' is not a date (use DD/MM/YYYY).</source><translation>'{text}' não é uma data (use DD/MM/AAAA).</translation></message><message><source>'{text}' is not a date (use YYYY-MM-DD).</source><translation>'{text}' não é uma data (use AAAA-MM-DD).</translation></message><message><source>'{text}' is not a date: write it as DD/MM/YYYY (for example 01/12/2026), or +7 for a week from today.</source><translation>'{text}' não é uma data: escreva DD/MM/AAAA (por exemplo 01/12/2026), ou +7 para daqui a uma semana.</translation></message><message><source>'{value}' is not a whole number of minutes.</source><translation>'{value}' não é um número inteiro de minutos.</translation></message><message><source>({lat}, {lon}) is not on Earth; ignored</source><translation>({lat}, {lon}) não fica na Terra; ignorado</translation></message><message><source>A PIN is digits only.</source><translation>Um PIN tem apenas algarismos.</translation></message><message><source>A PIN needs at least {min_pin} digits.</source><translation>Um PIN precisa de pelo menos {min_pin} algarismos.</translation></message><message><source>A code is 2-40 lower-case letters, digits or underscores.</source><translation>Um código tem 2 a 40 letras minúsculas, algarismos ou sublinhados.</translation></message><message><source>A local change to this record has not been sent yet.</source><translation>Uma alteração local a este registo ainda não foi enviada.</translation></message><message><source>A member is on the sheet twice.</source><translation>Um membro aparece duas vezes na folha.</translation></message><message><source>A member must agree to their record being kept.</source><translation>O membro tem de concordar que o seu registo seja guardado.</translation></message><message><source>A password needs at least {min_password} characters (a short phrase is easy to remember).</source><translation>Uma palavra-passe precisa de pelo menos {min_password} caracteres (uma frase curta é fácil de lembrar).</translation></message><message><source>A person needs a first or family name.</source><translation>Uma pessoa precisa de um nome próprio ou de um apelido.</translation></message><message><source>A phone number needs at least 6 digits.</source><translation>Um número de telefone precisa de pelo menos 6 algarismos.</translation></message><message><source>A referral shares the resident's details, so it needs their consent to share. Ask for consent and record it on the enquiry, or signpost instead.</source><translation>Uma referenciação partilha os dados do residente, por isso precisa do consentimento dele para partilhar. Peça o consentimento e registe-o no pedido, ou faça antes um encaminhamento.</translation></message><message><source>A referral that is {before} cannot become {after}.</source><translation>Uma referenciação no estado {before} não pode passar a {after}.</translation></message><message><source>A transfer needs two different accounts.</source><translation>Uma transferência precisa de duas contas diferentes.</translation></message><message><source>A young person needs their Youth Privilege Card number.</source><translation>Um jovem precisa do número do seu Youth Privilege Card.</translation></message><message><source>AccessPoint cannot write to its data folder ({folder}). It may be on a read-only drive or its permissions changed. Ask whoever looks after this computer to give your user write access to that folder, then start AccessPoint again.</source><translation>O AccessPoint não consegue escrever na sua pasta de dados ({folder}). Pode estar numa unidade só de leitura ou as permissões mudaram. Peça a quem cuida deste computador que dê ao seu utilizador acesso de escrita a essa pasta e volte a iniciar o AccessPoint.</translation></message><message><source>Accessibility needs: at most {limit} characters.</source><translation>Necessidades de acessibilidade: no máximo {limit} caracteres.</translation></message><message><source>Ages are between 0 and 120.</source><translation>As idades vão de 0 a 120.</translation></message><message><source>An activity '{name}' ({code}) already exists.</source><translation>Já existe uma atividade '{name}' ({code}).</translation></message><message><source>At most 100 characters.</source><translation>No máximo 100 caracteres.</translation></message><message><source>At most {max_secret} characters.</source><translation>No máximo {max_secret} caracteres.</translation></message><message><source>Both members must be active.</source><translation>Ambos os membros têm de estar ativos.</translation></message><message><source>Cancelled: the credits were refunded.</source><translation>Cancelado: os créditos foram devolvidos.</translation></message><message><source>Category must be one of {categories}.</source><translation>A categoria tem de ser uma destas: {categories}.</translation></message><message><source>Choose a password or a PIN.</source><translation>Escolha uma palavra-passe ou um PIN.</translation></message><message><source>Choose a person or give their name.</source><translation>Escolha uma pessoa ou indique o nome dela.</translation></message><message><source>Choose an outcome.</source><translation>Escolha um resultado.</translation></message><message><source>Choose an urgency.</source><translation>Escolha a urgência.</translation></message><message><source>Choose at least one member.</source><translation>Escolha pelo menos um membro.</translation></message><message><source>Choose at least one need it helps with.</source><translation>Escolha pelo menos uma necessidade a que o serviço responde.</translation></message><message><source>Choose at least one need.</source><translation>Escolha pelo menos uma necessidade.</translation></message><message><source>Choose at least one service.</source><translation>Escolha pelo menos um serviço.</translation></message><message><source>Choose between 0 and {max_days} days.</source><translation>Escolha entre 0 e {max_days} dias.</translation></message><message><source>Choose between {low} and {high}.</source><translation>Escolha entre {low} e {high}.</translation></message><message><source>Choose between {min_days} and {max_days} days.</source><translation>Escolha entre {min_days} e {max_days} dias.</translation></message><message><source>Choose how the resident contacted us.</source><translation>Escolha como o residente nos contactou.</translation></message><message><source>Choose one of the answers listed.</source><translation>Escolha uma das respostas da lista.</translation></message><message><source>Choose one of: {purposes}.</source><translation>Escolha um destes: {purposes}.</translation></message><message><source>Choose signposting or referral.</source><translation>Escolha encaminhamento ou referenciação.</translation></message><message><source>Choose someone else to give credits to.</source><translation>Escolha outra pessoa a quem oferecer os créditos.</translation></message><message><source>Choose the days it runs.</source><translation>Escolha os dias em que funciona.</translation></message><message><source>Choose two different people to merge.</source><translation>Escolha duas pessoas diferentes para juntar.</translation></message><message><source>Choose what is wrong.</source><translation>Escolha o que está errado.</translation></message><message><source>Consent to share needs consent to record first.</source><translation>O consentimento para partilhar exige primeiro o consentimento para registar.</translation></message><message><source>Could not be applied: {error}</source><translation>Não foi possível aplicar: {error}</translation></message><message><source>Date of birth is before 1900.</source><translation>A data de nascimento é anterior a 1900.</translation></message><message><source>Date of birth is in the future.</source><translation>A data de nascimento está no futuro.</translation></message><message><source>Days are MO, TU, WE, TH, FR, SA, SU.</source><translation>Os dias são MO, TU, WE, TH, FR, SA, SU (segunda a domingo).</translation></message><message><source>Find the person, add a new person, or tick Anonymous.</source><translation>Encontre a pessoa, acrescente uma pessoa nova ou assinale Anónimo.</translation></message><message><source>Give at least a first name or a family name.</source><translation>Indique pelo menos um nome próprio ou um apelido.</translation></message><message><source>Give at least one way to reach it: phone, email, website or address.</source><translation>Indique pelo menos uma forma de contacto: telefone, e-mail, site ou morada.</translation></message><message><source>Give opening and closing times such as 10:00 and 12:30.</source><translation>Indique as horas de abertura e de fecho, por exemplo 10:00 e 12:30.</translation></message><message><source>Give the activity a name.</source><translation>Dê um nome à atividade.</translation></message><message><source>Give the hub a name.</source><translation>Dê um nome ao centro.</translation></message><message><source>Give the opportunity a title.</source><translation>Dê um título à oportunidade.</translation></message><message><source>Give the organisation or project's name.</source><translation>Indique o nome da organização ou do projeto.</translation></message><message><source>Give the reward a name.</source><translation>Dê um nome à recompensa.</translation></message><message><source>Give the service a name.</source><translation>Dê um nome ao serviço.</translation></message><message><source>Give the user a name.</source><translation>Dê um nome ao utilizador.</translation></message><message><source>Give your name.</source><translation>Indique o seu nome.</translation></message><message><source>Import cancelled; the directory was not changed.</source><translation>Importação cancelada; o diretório não foi alterado.</translation></message><message><source>It must close after it opens.</source><translation>Tem de fechar depois de abrir.</translation></message><message><source>Member number {member_number} is used by two different members; a coordinator must renumber one of them.</source><translation>O número de membro {member_number} é usado por dois membros diferentes; um coordenador tem de renumerar um deles.</translation></message><message><source>Member number {number} is already used.</source><translation>O número de membro {number} já está a ser usado.</translation></message><message><source>Member type must be adult, young person or organisation.</source><translation>O tipo de membro tem de ser adulto, jovem ou organização.</translation></message><message><source>Minutes must be a whole number above zero.</source><translation>Os minutos têm de ser um número inteiro acima de zero.</translation></message><message><source>Minutes must be above zero.</source><translation>Os minutos têm de ser acima de zero.</translation></message><message><source>No activity with id {activity_id}.</source><translation>Não há nenhuma atividade com o id {activity_id}.</translation></message><message><source>No conversion rate is set up for this scheme.</source><translation>Não há taxa de conversão definida para este programa.</translation></message><message><source>No enquiry with id {enquiry_id}.</source><translation>Não há nenhum pedido com o id {enquiry_id}.</translation></message><message><source>No ledger transfer with id {transfer_id}.</source><translation>Não há nenhuma transferência no livro-razão com o id {transfer_id}.</translation></message><message><source>No one can give more than 24 hours in a day.</source><translation>Ninguém pode dar mais de 24 horas num dia.</translation></message><message><source>No opportunity with id {opportunity_id}.</source><translation>Não há nenhuma oportunidade com o id {opportunity_id}.</translation></message><message><source>No person with id {person_id}.</source><translation>Não há nenhuma pessoa com o id {person_id}.</translation></message><message><source>No redemption with id {redemption_id}.</source><translation>Não há nenhum resgate com o id {redemption_id}.</translation></message><message><source>No referral with id {referral_id}.</source><translation>Não há nenhuma referenciação com o id {referral_id}.</translation></message><message><source>No reward with id {reward_id}.</source><translation>Não há nenhuma recompensa com o id {reward_id}.</translation></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted and AccessPoint will not open it. Ask IT to enable the system keyring; on a test machine with no real residents' data you may start with --insecure-no-encryption (or ACCESSPOINT_ALLOW_PLAINTEXT=1).</source><translation>Este computador não tem um cofre seguro de palavras-passe (porta-chaves do sistema), por isso a base de dados não pode ser cifrada e o AccessPoint não a abre. Peça à informática que ative o porta-chaves do sistema; num computador de teste sem dados reais de residentes pode iniciar com --insecure-no-encryption (ou ACCESSPOINT_ALLOW_PLAINTEXT=1).</translation></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted. Ask IT to enable the system keyring, or start with --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) for a test machine holding no real residents' data.</source><translation>Este computador não tem um cofre seguro de palavras-passe (porta-chaves do sistema), por isso a base de dados não pode ser cifrada. Peça à informática que ative o porta-chaves do sistema, ou inicie com --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) num computador de teste sem dados reais de residentes.</translation></message><message><source>No service with id {service_id} in the directory.</source><translation>Não há nenhum serviço com o id {service_id} no diretório.</translation></message><message><source>No service with id {sid} in the directory.</source><translation>Não há nenhum serviço com o id {sid} no diretório.</translation></message><message><source>No such legal hold.</source><translation>Essa retenção legal não existe.</translation></message><message><source>No such person (already erased?).</source><translation>Essa pessoa não existe (já foi apagada?).</translation></message><message><source>No such user.</source><translation>Esse utilizador não existe.</translation></message><message><source>No time-bank member with id {member_id}.</source><translation>Não há nenhum membro do banco de tempo com o id {member_id}.</translation></message><message><source>No voucher with this code was issued here.</source><translation>Nenhum vale com este código foi emitido aqui.</translation></message><message><source>Not a security setting.</source><translation>Não é uma definição de segurança.</translation></message><message><source>Not applied yet: {error}.</source><translation>Ainda não aplicado: {error}.</translation></message><message><source>Not enough time credits: the balance is {have}, this needs {total}.</source><translation>Créditos de tempo insuficientes: o saldo é {have}, isto precisa de {total}.</translation></message><message><source>Nothing imported: {bad} of {rows} rows need fixing.</source><translation>Nada foi importado: {bad} de {rows} linhas precisam de correção.</translation></message><message><source>One of these records was already merged; reopen it.</source><translation>Um destes registos já foi juntado a outro; volte a abri-lo.</translation></message><message><source>Only a coordinator can confirm more than 12 hours in a day.</source><translation>Só um coordenador pode confirmar mais de 12 horas num dia.</translation></message><message><source>Only coordinators can do this ({action}). Ask a coordinator.</source><translation>Só os coordenadores podem fazer isto ({action}). Peça a um coordenador.</translation></message><message><source>Only staff and above can do this ({action}). Ask a coordinator.</source><translation>Só o pessoal e acima pode fazer isto ({action}). Peça a um coordenador.</translation></message><message><source>Only the council can release a hold it placed.</source><translation>Só a câmara municipal pode levantar uma retenção que ela própria colocou.</translation></message><message><source>Only this hub's own local services can be edited here.</source><translation>Só os serviços locais deste centro podem ser editados aqui.</translation></message><message><source>Only this hub's own local services can be removed here.</source><translation>Só os serviços locais deste centro podem ser removidos aqui.</translation></message><message><source>Only volunteers and above can do this ({action}). Ask a coordinator.</source><translation>Só os voluntários e acima podem fazer isto ({action}). Peça a um coordenador.</translation></message><message><source>Organisation accounts cannot convert credits.</source><translation>As contas de organizações não podem converter créditos.</translation></message><message><source>Retention applies to: {defaults}.</source><translation>A retenção aplica-se a: {defaults}.</translation></message><message><source>Role must be one of {roles}.</source><translation>A função tem de ser uma destas: {roles}.</translation></message><message><source>Say what is wrong.</source><translation>Diga o que está errado.</translation></message><message><source>Say which need could not be met.</source><translation>Diga que necessidade não foi possível satisfazer.</translation></message><message><source>Say why (at most 500 characters).</source><translation>Diga porquê (no máximo 500 caracteres).</translation></message><message><source>Say why the person is erased (at most 500 characters).</source><translation>Diga porque é que a pessoa é apagada (no máximo 500 caracteres).</translation></message><message><source>Say why this transfer is being corrected.</source><translation>Diga porque é que esta transferência está a ser corrigida.</translation></message><message><source>Signposting has no status to follow.</source><translation>Um encaminhamento não tem estado a acompanhar.</translation></message><message><source>Status is one of {statuses}.</source><translation>O estado é um de: {statuses}.</translation></message><message><source>Status must be active or left.</source><translation>O estado tem de ser ativo ou saiu.</translation></message><message><source>Stock cannot be negative.</source><translation>O stock não pode ser negativo.</translation></message><message><source>That PIN is too easy to guess.</source><translation>Esse PIN é demasiado fácil de adivinhar.</translation></message><message><source>That PIN or password is not right. Try again.</source><translation>Esse PIN ou palavra-passe não está certo. Tente de novo.</translation></message><message><source>That backup's header is damaged.</source><translation>O cabeçalho dessa cópia de segurança está danificado.</translation></message><message><source>That file is not an AccessPoint backup.</source><translation>Esse ficheiro não é uma cópia de segurança do AccessPoint.</translation></message><message><source>That is not a UK postcode.</source><translation>Isso não é um código postal do Reino Unido.</translation></message><message><source>That is one of the most common choices; pick another.</source><translation>Essa é uma das escolhas mais comuns; escolha outra.</translation></message><message><source>That makes {total} on one day: more than 24 hours.</source><translation>Isso dá {total} num só dia: mais de 24 horas.</translation></message><message><source>That makes {total} on one day: over 12 hours needs a coordinator to confirm.</source><translation>Isso dá {total} num só dia: mais de 12 horas precisa da confirmação de um coordenador.</translation></message><message><source>That person no longer exists; refresh the list.</source><translation>Essa pessoa já não existe; atualize a lista.</translation></message><message><source>That person no longer exists; search again.</source><translation>Essa pessoa já não existe; pesquise de novo.</translation></message><message><source>That recovery key has a character that cannot be in one.</source><translation>Essa chave de recuperação tem um carácter que não pode fazer parte dela.</translation></message><message><source>That recovery key is not right: check each group and retype it.</source><translation>Essa chave de recuperação não está certa: verifique cada grupo e escreva-a de novo.</translation></message><message><source>That user cannot sign in here; ask a coordinator.</source><translation>Esse utilizador não pode entrar aqui; peça a um coordenador.</translation></message><message><source>The OS keyring did not keep the database key.</source><translation>O porta-chaves do sistema não guardou a chave da base de dados.</translation></message><message><source>The OS keyring refused to store the key: {exc}</source><translation>O porta-chaves do sistema recusou guardar a chave: {exc}</translation></message><message><source>The backup could not be read: it is damaged or the key is wrong.</source><translation>Não foi possível ler a cópia de segurança: está danificada ou a chave está errada.</translation></message><message><source>The command line is switched off for this hub. A coordinator can switch it back on in the app: Settings, Security, 'Allow the command line'.</source><translation>A linha de comandos está desligada para este centro. Um coordenador pode voltar a ligá-la na aplicação: Definições, Segurança, 'Permitir a linha de comandos'.</translation></message><message><source>The command line's user cannot sign in to the app.</source><translation>O utilizador da linha de comandos não pode entrar na aplicação.</translation></message><message><source>The computer's disk is full, so the last change could not be saved. Everything saved before it is safe. Free some space (empty the Recycle Bin, delete large downloads), then try again; what you typed is still on the screen.</source><translation>O disco do computador está cheio, por isso a última alteração não foi guardada. Tudo o que foi guardado antes está seguro. Liberte algum espaço (esvazie a Reciclagem, apague transferências grandes) e tente de novo; o que escreveu continua no ecrã.</translation></message><message><source>The coordinator took the server's version; waiting for the part of the app that stores it.</source><translation>O coordenador escolheu a versão do servidor; à espera da parte da aplicação que a guarda.</translation></message><message><source>The cost must be a whole number of minutes above zero.</source><translation>O custo tem de ser um número inteiro de minutos acima de zero.</translation></message><message><source>The database file is damaged and cannot be read safely. AccessPoint can restore the latest backup; the damaged file is kept aside, not deleted.</source><translation>O ficheiro da base de dados está danificado e não pode ser lido com segurança. O AccessPoint pode restaurar a cópia de segurança mais recente; o ficheiro danificado é posto de parte, não apagado.</translation></message><message><source>The database is busy in another program (perhaps a second copy of AccessPoint or a backup tool). Close it and try again; nothing was lost.</source><translation>A base de dados está ocupada noutro programa (talvez uma segunda cópia do AccessPoint ou uma ferramenta de cópias de segurança). Feche-o e tente de novo; nada se perdeu.</translation></message><message><source>The description is {length} characters; the limit is {limit}. Shorten it or add the rest as notes after saving.</source><translation>A descrição tem {length} caracteres; o limite é {limit}. Encurte-a ou acrescente o resto como notas depois de guardar.</translation></message><message><source>The end date is before the start date.</source><translation>A data de fim é anterior à data de início.</translation></message><message><source>The follow-up date is in the past.</source><translation>A data de acompanhamento já passou.</translation></message><message><source>The follow-up date is more than a year away.</source><translation>A data de acompanhamento é daqui a mais de um ano.</translation></message><message><source>The follow-up date is not a date.</source><translation>A data de acompanhamento não é uma data.</translation></message><message><source>The header row lacks: {missing}.</source><translation>Falta na linha de cabeçalho: {missing}.</translation></message><message><source>The maximum age is below the minimum.</source><translation>A idade máxima é inferior à mínima.</translation></message><message><source>The merged record could not be applied: {error}</source><translation>Não foi possível aplicar o registo combinado: {error}</translation></message><message><source>The name is too long ({limit} characters at most).</source><translation>O nome é demasiado longo (no máximo {limit} caracteres).</translation></message><message><source>The note is empty.</source><translation>A nota está vazia.</translation></message><message><source>The note is limited to {limit} characters.</source><translation>A nota está limitada a {limit} caracteres.</translation></message><message><source>The note is {length} characters; the limit is {limit}.</source><translation>A nota tem {length} caracteres; o limite é {limit}.</translation></message><message><source>The server refused it (HTTP {status}).</source><translation>O servidor recusou-o (HTTP {status}).</translation></message><message><source>The sheet has a header but no rows.</source><translation>A folha tem cabeçalho mas não tem linhas.</translation></message><message><source>The sheet is empty.</source><translation>A folha está vazia.</translation></message><message><source>There must always be one coordinator who can sign in.</source><translation>Tem de haver sempre um coordenador que possa entrar.</translation></message><message><source>This backup is encrypted with a key this computer does not hold. Give the recovery key printed when that hub was set up (--recovery-key).</source><translation>Esta cópia de segurança está cifrada com uma chave que este computador não tem. Indique a chave de recuperação impressa quando esse centro foi configurado (--recovery-key).</translation></message><message><source>This computer already has a coordinator; sign in instead.</source><translation>Este computador já tem um coordenador; entre em vez disso.</translation></message><message><source>This data folder already holds real records, so demo data will not be added. Run --demo without --data-dir (it has a folder of its own) or with an empty folder.</source><translation>Esta pasta de dados já tem registos reais, por isso não serão acrescentados dados de demonstração. Execute --demo sem --data-dir (tem uma pasta própria) ou com uma pasta vazia.</translation></message><message><source>This database is encrypted and this computer's keyring has no key for it (a new user profile, or the folder was copied from elsewhere). Recover it with the printed recovery key: accesspoint security recover --data-dir FOLDER.</source><translation>Esta base de dados está cifrada e o porta-chaves deste computador não tem chave para ela (um novo perfil de utilizador, ou a pasta foi copiada de outro sítio). Recupere-a com a chave de recuperação impressa: accesspoint security recover --data-dir FOLDER.</translation></message><message><source>This database is encrypted but no OS keyring is available to unlock it. Start AccessPoint in your own Windows/desktop session, or recover it with the printed recovery key (accesspoint security recover).</source><translation>Esta base de dados está cifrada mas não há porta-chaves do sistema para a desbloquear. Inicie o AccessPoint na sua própria sessão do Windows/ambiente de trabalho, ou recupere-a com a chave de recuperação impressa (accesspoint security recover).</translation></message><message><source>This database was written by a newer AccessPoint (schema {have}; this version understands up to {newest}). Install the newer version; the data is untouched.</source><translation>Esta base de dados foi escrita por um AccessPoint mais recente (esquema {have}; esta versão entende até {newest}). Instale a versão mais recente; os dados não foram alterados.</translation></message><message><source>This is already a correction; log the entry again instead of correcting a correction.</source><translation>Isto já é uma correção; registe de novo a entrada em vez de corrigir uma correção.</translation></message><message><source>This is not a voucher code (check for a typo).</source><translation>Isto não é um código de vale (verifique se há um erro de escrita).</translation></message><message><source>This member has left the time bank.</source><translation>Este membro saiu do banco de tempo.</translation></message><message><source>This person is under a legal hold; release it first.</source><translation>Esta pessoa está sob retenção legal; levante-a primeiro.</translation></message><message><source>This sheet was already imported ({filename}, {day}); nothing was imported again.</source><translation>Esta folha já foi importada ({filename}, {day}); nada foi importado de novo.</translation></message><message><source>This transfer has already been corrected.</source><translation>Esta transferência já foi corrigida.</translation></message><message><source>This transfer took the member's balance below zero.</source><translation>Esta transferência deixou o saldo do membro abaixo de zero.</translation></message><message><source>Too long (at most 120 characters).</source><translation>Demasiado longo (no máximo 120 caracteres).</translation></message><message><source>Too long: {length} characters, at most {limit}.</source><translation>Demasiado longo: {length} caracteres, no máximo {limit}.</translation></message><message><source>Too many wrong attempts. This account is locked for about a minute; try again then or ask a coordinator.</source><translation>Demasiadas tentativas erradas. Esta conta fica bloqueada durante cerca de um minuto; tente de novo depois ou peça a um coordenador.</translation></message><message><source>Too many wrong attempts. This account is locked for about {minutes} minutes; try again then or ask a coordinator.</source><translation>Demasiadas tentativas erradas. Esta conta fica bloqueada durante cerca de {minutes} minutos; tente de novo depois ou peça a um coordenador.</translation></message><message><source>Unknown field '{field}'.</source><translation>Campo desconhecido '{field}'.</translation></message><message><source>Unknown member field '{key}'.</source><translation>Campo de membro desconhecido '{key}'.</translation></message><message><source>Unknown member type.</source><translation>Tipo de membro desconhecido.</translation></message><message><source>Unknown need: {codes}.</source><translation>Necessidade desconhecida: {codes}.</translation></message><message><source>Unknown question.</source><translation>Pergunta desconhecida.</translation></message><message><source>Unknown times {bad} (use e.g. mon_am, tue_eve).</source><translation>Horários desconhecidos {bad} (use, por exemplo, mon_am, tue_eve).</translation></message><message><source>Unknown transfer kind '{kind}'.</source><translation>Tipo de transferência desconhecido '{kind}'.</translation></message><message><source>Use times such as mon_am, tue_pm, wed_eve.</source><translation>Use horários como mon_am, tue_pm, wed_eve.</translation></message><message><source>Valid.</source><translation>Válido.</translation></message><message><source>Waiting for the coordinator to choose between two versions.</source><translation>À espera de que o coordenador escolha entre duas versões.</translation></message><message><source>Without consent to record, the enquiry must be anonymous: remove the person or ask for consent.</source><translation>Sem consentimento para registar, o pedido tem de ser anónimo: retire a pessoa ou peça o consentimento.</translation></message><message><source>a service must be an object, got {name}</source><translation>um serviço tem de ser um objeto, veio {name}</translation></message><message><source>could not reach {url} ({reason}) after {attempt} tries</source><translation>não foi possível contactar {url} ({reason}) após {attempt} tentativas</translation></message><message><source>expected a JSON object or list, got {name}</source><translation>esperava-se um objeto ou lista JSON, veio {name}</translation></message><message><source>expected a list</source><translation>esperava-se uma lista</translation></message><message><source>expected a list, got {name}</source><translation>esperava-se uma lista, veio {name}</translation></message><message><source>expected a number, got true/false</source><translation>esperava-se um número, veio verdadeiro/falso</translation></message><message><source>expected a number, got {value}</source><translation>esperava-se um número, veio {value}</translation></message><message><source>expected a whole number, got true/false</source><translation>esperava-se um número inteiro, veio verdadeiro/falso</translation></message><message><source>expected a whole number, got {value}</source><translation>esperava-se um número inteiro, veio {value}</translation></message><message><source>expected an object</source><translation>esperava-se um objeto</translation></message><message><source>expected an object, got {name}</source><translation>esperava-se um objeto, veio {name}</translation></message><message><source>expected text, got {name}</source><translation>esperava-se texto, veio {name}</translation></message><message><source>field '{field}'</source><translation>campo '{field}'</translation></message><message><source>no .json files in {path}</source><translation>não há ficheiros .json em {path}</translation></message><message><source>not UTF-8 text</source><translation>não é texto UTF-8</translation></message><message><source>not valid JSON at line {lineno}, column {colno} ({msg}); the file may be truncated or damaged</source><translation>JSON inválido na linha {lineno}, coluna {colno} ({msg}); o ficheiro pode estar cortado ou danificado</translation></message><message><source>response larger than {limit} MB</source><translation>resposta maior do que {limit} MB</translation></message><message><source>service {record}</source><translation>serviço {record}</translation></message><message><source>service {record}, field '{field}': {problem}</source><translation>serviço {record}, campo '{field}': {problem}</translation></message><message><source>the data folder</source><translation>a pasta de dados</translation></message><message><source>the feed promised {expected} services but only {arrived} arrived; it looks cut short, so nothing was changed</source><translation>o feed prometia {expected} serviços mas só chegaram {arrived}; parece cortado, por isso nada foi alterado</translation></message><message><source>the local service record is missing or not this one</source><translation>o registo do serviço local falta ou não é este</translation></message><message><source>the record says it is {id}</source><translation>o registo diz que é {id}</translation></message><message><source>the server answered {code} {reason} for {url}</source><translation>o servidor respondeu {code} {reason} para {url}</translation></message><message><source>the server sent something that is not JSON ({exc}); the response may be cut short</source><translation>o servidor enviou algo que não é JSON ({exc}); a resposta pode estar cortada</translation></message><message><source>the server sent the same page again; it does not seem to support paging with ?page=</source><translation>o servidor enviou a mesma página outra vez; parece não suportar paginação com ?page=</translation></message><message><source>the service has no id</source><translation>o serviço não tem id</translation></message><message><source>the service has no name</source><translation>o serviço não tem nome</translation></message><message><source>this is not an ORUK service, list or page (no 'contents', 'content' or service 'id' and 'name')</source><translation>isto não é um serviço, lista ou página ORUK (sem 'contents', 'content' nem 'id' e 'name' de serviço)</translation></message><message><source>{count} entries; kept the first {limit}</source><translation>{count} entradas; ficaram as primeiras {limit}</translation></message><message><source>{count} services appeared more than once; the last copy of each was kept.</source><translation>{count} serviços apareceram mais de uma vez; ficou a última cópia de cada um.</translation></message><message><source>{day} is in the future.</source><translation>{day} está no futuro.</translation></message><message><source>{day} is too long ago.</source><translation>{day} foi há demasiado tempo.</translation></message><message><source>{length} characters; kept the first {limit}</source><translation>{length} caracteres; ficaram os primeiros {limit}</translation></message><message><source>{member_number} has left the time bank.</source><translation>{member_number} saiu do banco de tempo.</translation></message><message><source>{member_number} is an organisation account: log the hours for the people who gave the time.</source><translation>{member_number} é uma conta de organização: registe as horas das pessoas que deram o tempo.</translation></message><message><source>{name} ended on {valid_to}.</source><translation>{name} terminou em {valid_to}.</translation></message><message><source>{name} has no column {missing}; an ONS Postcode Directory CSV has pcds, lat and long.</source><translation>{name} não tem a coluna {missing}; um CSV do ONS Postcode Directory tem pcds, lat e long.</translation></message><message><source>{name} is no longer offered.</source><translation>{name} já não é oferecido.</translation></message><message><source>{name} is not open to this member type.</source><translation>{name} não está aberto a este tipo de membro.</translation></message><message><source>{name} is offered from {valid_from}.</source><translation>{name} é oferecido a partir de {valid_from}.</translation></message><message><source>{name} is one page of a feed of {pages} pages: its services were imported, none were retired.</source><translation>{name} é uma página de um feed de {pages} páginas: os seus serviços foram importados, nenhum foi retirado.</translation></message><message><source>{name} is out of stock.</source><translation>{name} está esgotado.</translation></message><message><source>{number} on {day}: {problem}</source><translation>{number} em {day}: {problem}</translation></message><message><source>{number}: this person is already a member.</source><translation>{number}: esta pessoa já é membro.</translation></message><message><source>{source} does not exist</source><translation>{source} não existe</translation></message><message><source>{text} is not a UK postcode.</source><translation>{text} não é um código postal do Reino Unido.</translation></message><message><source>{where}: {problem}</source><translation>{where}: {problem}</translation></message></context><context><name>Opening</name><message><source>AccessPoint could not open its database ({error}). Nothing has been changed. Close other programs that may be using the data folder and start AccessPoint again; if it keeps happening, send the diagnostic report (Help menu) to whoever supports your hub.</source><translation>O AccessPoint não conseguiu abrir a sua base de dados ({error}). Nada foi alterado. Feche outros programas que possam estar a usar a pasta de dados e inicie o AccessPoint novamente; se voltar a acontecer, envie o relatório de diagnóstico (menu Ajuda) a quem dá apoio ao seu centro.</translation></message><message><source>Preparing the demo data…</source><translation>A preparar os dados de demonstração…</translation></message></context></TS>