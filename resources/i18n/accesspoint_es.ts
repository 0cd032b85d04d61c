<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/ops/about.py" line="89" />
        <location filename="../../ui/ops/about.py" line="90" />
        <source>About AccessPoint</source>
        <translation>Acerca de AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="93" />
        <source>About, getting started and licences</source>
        <translation>Acerca de, primeros pasos y licencias</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="96" />
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="97" />
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="98" />
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="32" />
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="35" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="37" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="41" />
        <source>Signs in with</source>
        <translation>Inicia sesión con</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="42" />
        <source>PIN (6+ digits)</source>
        <translation>PIN (6 o más dígitos)</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="43" />
        <source>Password (10+ characters)</source>
        <translation>Contraseña (10 o más caracteres)</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="47" />
        <source>First PIN or password</source>
        <translation>PIN o contraseña inicial</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="49" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="50" />
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="51" />
        <source>Signs in &amp;with:</source>
        <translation>Inicia sesión &amp;con:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="52" />
        <source>First &amp;PIN or password:</source>
        <translation>&amp;PIN o contraseña inicial:</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="47" />
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="53" />
        <source>Items that need attention</source>
        <translation>Elementos que requieren atención</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="55" />
        <source>Nothing needs attention.</source>
        <translation>Nada requiere atención.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="58" />
        <source>Why this needs attention</source>
        <translation>Por qué requiere atención</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>This hub's version</source>
        <translation>Versión de este centro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="63" />
        <source>Council server's version</source>
        <translation>Versión del servidor del ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="64" />
        <source>Both versions, field by field</source>
        <translation>Las dos versiones, campo por campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="68" />
        <source>&amp;Keep this hub's version</source>
        <translation>&amp;Mantener la versión de este centro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="69" />
        <source>Keep this hub's version</source>
        <translation>Mantener la versión de este centro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="70" />
        <source>&amp;Take the council's version</source>
        <translation>&amp;Usar la versión del ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="71" />
        <source>Take the council server's version</source>
        <translation>Usar la versión del servidor del ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="72" />
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="73" />
        <source>Send it again (after fixing the record)</source>
        <translation>Enviar de nuevo (tras corregir el registro)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="74" />
        <source>&amp;Dismiss</source>
        <translation>Marcar como re&amp;suelto</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="75" />
        <source>Dismiss: seen and dealt with</source>
        <translation>Marcar como resuelto: visto y atendido</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="100" />
        <source>{status}: {kind} {record}</source>
        <translation>{status}: {kind} {record}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/attention_view.py" line="106" />
        <source>Needs attention: {count}</source>
        <translation>Requieren atención: {count}</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="26" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="27" />
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="28" />
        <source>Hub</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="29" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="30" />
        <source>Member type</source>
        <translation>Tipo de miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="31" />
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="41" />
        <source>To</source>
        <translation>Hasta</translation>
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
        <translation>Mostrar la auditoría de horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="51" />
        <source>Save as CS&amp;V…</source>
        <translation>Guardar como CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="52" />
        <source>Save the time audit as CSV</source>
        <translation>Guardar la auditoría de horas como CSV</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="55" />
        <source>Time audit summary</source>
        <translation>Resumen de la auditoría de horas</translation>
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
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="63" />
        <source>Time audit</source>
        <translation>Auditoría de horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="69" />
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="70" />
        <source>&amp;By</source>
        <translation>&amp;Por</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="96" />
        <source>{0} given by {1} active members; {2} new members joined.</source>
        <translation>{0} aportados por {1} miembros activos; se unieron {2} miembros nuevos.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="108" />
        <source>Save time audit</source>
        <translation>Guardar auditoría de horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/audit_view.py" line="109" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
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
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="39" />
        <source>Anyone</source>
        <translation>Cualquier persona</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="44" />
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="45" />
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="49" />
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="50" />
        <source>person, enquiry, user…</source>
        <translation>persona, consulta, usuario…</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="53" />
        <source>Record id</source>
        <translation>ID del registro</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="58" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="61" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="62" />
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="65" />
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="66" />
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="67" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="68" />
        <source>Record &amp;id:</source>
        <translation>&amp;ID del registro:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="73" />
        <source>&amp;From / to:</source>
        <translation>&amp;De / para:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="75" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="76" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="77" />
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="78" />
        <source>Via</source>
        <translation>A través de</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="81" />
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="92" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../ui/services.py" line="312" />
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location filename="../../ui/services.py" line="315" />
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="227" />
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="229" />
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="230" />
        <source>Save data as CSV…</source>
        <translation>Guardar datos como CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="252" />
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="254" />
        <source>%1 data</source>
        <translation>Datos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="255" />
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="256" />
        <source>Save %1 as PNG</source>
        <translation>Guardar %1 como PNG</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="257" />
        <source>Save the data of %1 as CSV</source>
        <translation>Guardar los datos de %1 como CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="258" />
        <source>Nothing to show for these dates and hub.</source>
        <translation>No hay nada que mostrar para estas fechas y este centro.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="264" />
        <source>Legend of %1</source>
        <translation>Leyenda de %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="300" />
        <source>No data.</source>
        <translation>Sin datos.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="303" />
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="304" />
        <source>{axis}: {count} shown; totals {totals}.</source>
        <translation>{axis}: {count} mostrados; totales {totals}.</translation>
    </message>
</context>
<context>
    <name>ConsentRenewalsView</name>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="34" />
        <source>Consents due for renewal</source>
        <translation>Consentimientos pendientes de renovar</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="38" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="39" />
        <source>Show consents lapsing within this many days</source>
        <translation>Mostrar los consentimientos que caducan en este número de días</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="40" />
        <source>&amp;Lapsing within:</source>
        <translation>Cad&amp;ucan en los próximos:</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="43" />
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="44" />
        <source>All purposes</source>
        <translation>Todas las finalidades</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="47" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="49" />
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="56" />
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Renew by</source>
        <translation>Renovar antes de</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="57" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="58" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="61" />
        <source>Consents to renew</source>
        <translation>Consentimientos por renovar</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="69" />
        <source>Choose a resident to see the wording.</source>
        <translation>Elija a un residente para ver el texto.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="74" />
        <source>Wording to read to the resident again</source>
        <translation>Texto para volver a leer al residente</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="77" />
        <source>Re&amp;new: the resident agrees</source>
        <translation>Re&amp;novar: el residente está de acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="78" />
        <source>&amp;Withdraw this consent</source>
        <translation>&amp;Retirar este consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="85" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Keep a record</source>
        <translation>Guardar un registro</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="104" />
        <source>Share with a service</source>
        <translation>Compartir con un servicio</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="105" />
        <source>Contact later</source>
        <translation>Contactar más adelante</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="116" />
        <source>Lapsed %n day(s) ago</source>
        <translation>
            <numerusform>Caducó hace %n día(s)</numerusform>
            <numerusform>Caducó hace %n día(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="118" />
        <source>Lapses today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/consent_renewals.py" line="119" />
        <source>Lapses in %n day(s)</source>
        <translation>
            <numerusform>Caduca en %n día(s)</numerusform>
            <numerusform>Caduca en %n día(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="129" />
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="138" />
        <source>No consents lapse in this period.</source>
        <translation>Ningún consentimiento caduca en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="160" />
        <source> (not available in their language; this is the English wording)</source>
        <translation> (no disponible en su idioma; este es el texto en inglés)</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="161" />
        <source>Rea&amp;d this to {name} again ({lang}){note}:</source>
        <translation>Lea &amp;de nuevo esto a {name} ({lang}){note}:</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="174" />
        <source>Renewed for {name} until {date}.</source>
        <translation>Renovado para {name} hasta el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/security/consent_renewals.py" line="190" />
        <source>Withdrawn for {name}: nothing more is done under it from now on.</source>
        <translation>Retirado para {name}: desde ahora no se hace nada más al amparo de él.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/ops/crash.py" line="126" />
        <location filename="../../ui/ops/crash.py" line="146" />
        <source>Something went wrong</source>
        <translation>Algo ha ido mal</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="131" />
        <source>AccessPoint ran into a problem it did not expect.

Everything you saved is safe, and the form you were filling in is kept as a draft. You can carry on working, or close AccessPoint and open it again.</source>
        <translation>AccessPoint ha tenido un problema inesperado.

Todo lo que guardó está a salvo y el formulario que estaba rellenando se conserva como borrador. Puede seguir trabajando, o cerrar AccessPoint y volver a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="137" />
        <source>A report (with no names or personal details) was saved here:
{path}
If this keeps happening, send it to whoever supports your hub.</source>
        <translation>Se ha guardado aquí un informe (sin nombres ni datos personales):
{path}
Si sigue ocurriendo, envíelo a quien da soporte a su centro.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="140" />
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="143" />
        <source>Show the report</source>
        <translation>Mostrar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/ops/crash.py" line="144" />
        <source>Close AccessPoint</source>
        <translation>Cerrar AccessPoint</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/directory/detail.py" line="139" />
        <source>Service details</source>
        <translation>Detalles del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/detail.py" line="149" />
        <source>Choose a service to see its details.</source>
        <translation>Elija un servicio para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/directory/page.py" line="37" />
        <location filename="../../ui/directory/page.py" line="76" />
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="42" />
        <source>Directory summary</source>
        <translation>Resumen del directorio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="43" />
        <source>&amp;Report a problem…</source>
        <translation>Informar de un &amp;problema…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="44" />
        <source>Report a problem with this entry</source>
        <translation>Informar de un problema con esta entrada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="45" />
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimir hoja…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="46" />
        <source>Print or save a slip for this service</source>
        <translation>Imprimir o guardar una hoja para este servicio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="47" />
        <source>Add local ser&amp;vice…</source>
        <translation>Añadir ser&amp;vicio local…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="48" />
        <source>Add a hub-local service</source>
        <translation>Añadir un servicio local del centro</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="49" />
        <source>I&amp;mport directory…</source>
        <translation>I&amp;mportar directorio…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="50" />
        <source>Import or refresh the directory</source>
        <translation>Importar o actualizar el directorio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="77" />
        <source>Find a service</source>
        <translation>Buscar un servicio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="78" />
        <source>Referrals to follow up</source>
        <translation>Derivaciones para seguimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="121" />
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>%n servicio(s) en el directorio</numerusform>
            <numerusform>%n servicio(s) en el directorio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="123" />
        <source>%n added by this hub</source>
        <translation>
            <numerusform>%n añadido(s) por este centro</numerusform>
            <numerusform>%n añadido(s) por este centro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="125" />
        <source>%n not verified for over 12 months</source>
        <translation>
            <numerusform>%n sin verificar desde hace más de 12 meses</numerusform>
            <numerusform>%n sin verificar desde hace más de 12 meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/page.py" line="128" />
        <source>%n referral(s) due a follow-up</source>
        <translation>
            <numerusform>%n derivación(es) pendiente(s) de seguimiento</numerusform>
            <numerusform>%n derivación(es) pendiente(s) de seguimiento</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/page.py" line="130" />
        <source>The directory is empty: import your council's Open Referral feed with `accesspoint directory import`, or add a local service.</source>
        <translation>El directorio está vacío: importe el feed Open Referral de su ayuntamiento con `accesspoint directory import`, o añada un servicio local.</translation>
    </message>
</context>
<context>
    <name>EnquiriesPage</name>
    <message>
        <location filename="../../ui/enquiries/page.py" line="30" />
        <location filename="../../ui/enquiries/page.py" line="33" />
        <source>Enquiries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="35" />
        <source>Record an enquiry</source>
        <translation>Registrar una consulta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="36" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="40" />
        <source>Enquiry list</source>
        <translation>Lista de consultas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/page.py" line="41" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>EnquiryDialog</name>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="91" />
        <source>Enquiry {ref}</source>
        <translation>Consulta {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="93" />
        <source>Enquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="96" />
        <source>Enquiry details</source>
        <translation>Detalles de la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="99" />
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="103" />
        <source>You can read this enquiry and add notes. Changing what was recorded is for staff and coordinators.</source>
        <translation>Puede leer esta consulta y añadir notas. Cambiar lo registrado corresponde al personal y a los coordinadores.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="106" />
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="115" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="119" />
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="120" />
        <source>Add a note (Ctrl+Enter to add)</source>
        <translation>Añadir una nota (Ctrl+Enter para añadir)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="122" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="123" />
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="124" />
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="125" />
        <source>&amp;New note:</source>
        <translation>&amp;Nueva nota:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="133" />
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="139" />
        <source>History of edits</source>
        <translation>Historial de ediciones</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="141" />
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="143" />
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="144" />
        <source>Mark the follow-up done</source>
        <translation>Marcar el seguimiento como hecho</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="145" />
        <source>Si&amp;gnpost…</source>
        <translation>&amp;Orientar…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="146" />
        <source>Signpost to a service</source>
        <translation>Orientar hacia un servicio</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="150" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation>La orientación llegará con la sección Directorio; aún no está disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="151" />
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="152" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="173" />
        <source>{ref} · recorded {when} by {who} · {n} note(s), {r} edit(s)</source>
        <translation>{ref} · registrada el {when} por {who} · {n} nota(s), {r} edición(es)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="183" />
        <source>{when} · created</source>
        <translation>{when} · creado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="185" />
        <source>no visible change</source>
        <translation>sin cambios visibles</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/detail.py" line="186" />
        <source>{when} · {who} changed: {what}</source>
        <translation>{when} · {who} cambió: {what}</translation>
    </message>
</context>
<context>
    <name>EnquiryListView</name>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="64" />
        <source>Reference, name or words</source>
        <translation>Referencia, nombre o palabras</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="65" />
        <source>Search enquiries</source>
        <translation>Buscar consultas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="68" />
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="70" />
        <source>Last 31 days</source>
        <translation>Últimos 31 días</translation>
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
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="80" />
        <source>Need filter</source>
        <translation>Filtro de necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="81" />
        <source>Any need</source>
        <translation>Cualquier necesidad</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="89" />
        <source>Follow-up &amp;due</source>
        <translation>Seguimiento pen&amp;diente</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="90" />
        <source>Only follow-ups due</source>
        <translation>Solo seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="93" />
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="94" />
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="95" />
        <source>Ou&amp;tcome:</source>
        <translation>Resul&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="96" />
        <source>N&amp;eed:</source>
        <translation>N&amp;ecesidad:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="105" />
        <source>Enquiries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="106" />
        <source>Enter opens the selected enquiry</source>
        <translation>Intro abre la consulta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="118" />
        <source>Number of enquiries shown</source>
        <translation>Número de consultas mostradas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="120" />
        <source>&amp;Open / edit</source>
        <translation>&amp;Abrir / editar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="121" />
        <source>Open the selected enquiry</source>
        <translation>Abrir la consulta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="122" />
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="123" />
        <source>Mark the follow-up done</source>
        <translation>Marcar el seguimiento como hecho</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="124" />
        <source>Si&amp;gnpost…</source>
        <translation>&amp;Orientar…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="125" />
        <source>Signpost to a service</source>
        <translation>Orientar hacia un servicio</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="129" />
        <source>Signposting arrives with the Directory section; not available yet.</source>
        <translation>La orientación llegará con la sección Directorio; aún no está disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_view.py" line="183" />
        <source>Showing {shown} of {total}</source>
        <translation>Se muestran {shown} de {total}</translation>
    </message>
</context>
<context>
    <name>EnquiryTableModel</name>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="50" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="51" />
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="52" />
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="53" />
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="101" />
        <source>Today {time}</source>
        <translation>Hoy {time}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="106" />
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="113" />
        <source>safeguarding</source>
        <translation>protección de personas en riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="119" />
        <source>{date} (done)</source>
        <translation>{date} (hecho)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/list_model.py" line="121" />
        <source>{date} (due)</source>
        <translation>{date} (pendiente)</translation>
    </message>
</context>
<context>
    <name>EnrolBox</name>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="25" />
        <source>Council server</source>
        <translation>Servidor del ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="26" />
        <source>This computer is not enrolled yet.</source>
        <translation>Este equipo aún no está inscrito.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="28" />
        <source>Enrolment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="31" />
        <source>Council server address</source>
        <translation>Dirección del servidor del ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="34" />
        <source>Enrolment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="36" />
        <source>Only if the council gave you one</source>
        <translation>Solo si el ayuntamiento le dio uno</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="37" />
        <source>Council CA bundle file</source>
        <translation>Archivo del paquete de CA del ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="38" />
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="39" />
        <source>Choose the CA bundle file</source>
        <translation>Elija el archivo del paquete de CA</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="42" />
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="43" />
        <source>&amp;Enrol this computer</source>
        <translation>&amp;Inscribir este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="44" />
        <source>Enrol this computer with the code</source>
        <translation>Inscribir este equipo con el código</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="47" />
        <source>Enrolment result</source>
        <translation>Resultado de la inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="51" />
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="52" />
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Código de inscripción:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="53" />
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="61" />
        <source>CA b&amp;undle:</source>
        <translation>Paquete de C&amp;A:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="72" />
        <source>Enrolled with {url} as hub “{hub}”. The device key is kept in this computer's secure password store.</source>
        <translation>Inscrito en {url} como centro «{hub}». La clave del dispositivo se guarda en el almacén seguro de contraseñas de este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="75" />
        <source>&amp;Enrol again</source>
        <translation>&amp;Inscribir de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="79" />
        <source>This computer is not enrolled yet. Ask the council for an enrolment code.</source>
        <translation>Este equipo aún no está inscrito. Pida al ayuntamiento un código de inscripción.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="90" />
        <source>Council CA bundle</source>
        <translation>Paquete de CA del ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="91" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="98" />
        <source>Enter the server address and the enrolment code.</source>
        <translation>Introduzca la dirección del servidor y el código de inscripción.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrol_box.py" line="101" />
        <source>Enrolling…</source>
        <translation>Inscribiendo…</translation>
    </message>
</context>
<context>
    <name>EqualityForm</name>
    <message>
        <location filename="../../ui/security/equality_form.py" line="35" />
        <source>Equality monitoring (optional)</source>
        <translation>Monitorización de la igualdad (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="37" />
        <source>These questions are optional and separate from your enquiry: answering or not makes no difference to the help you get. Answers are not linked to your name or your enquiry and are only ever counted together with others'.</source>
        <translation>Estas preguntas son opcionales y están separadas de su consulta: responder o no, no cambia en nada la ayuda que recibe. Las respuestas no se vinculan a su nombre ni a su consulta y solo se cuentan junto con las de otras personas.</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="46" />
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="48" />
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="61" />
        <source>&amp;Save answers</source>
        <translation>&amp;Guardar respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/security/equality_form.py" line="63" />
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
</context>
<context>
    <name>EqualityReportView</name>
    <message>
        <location filename="../../ui/security/page.py" line="144" />
        <source>Equality monitoring counts</source>
        <translation>Recuentos de la monitorización de la igualdad</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="145" />
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="148" />
        <source>Counts only; numbers under 5 are shown as &lt;5.</source>
        <translation>Solo recuentos; los números inferiores a 5 se muestran como &lt;5.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="156" />
        <source>Responses: {n}</source>
        <translation>Respuestas: {n}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/security/rights.py" line="58" />
        <source>Erase this person everywhere</source>
        <translation>Borrar a esta persona en todas partes</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="60" />
        <source>This deletes the person's details here and, after sync, at the council and at every other hub. It cannot be undone. Enquiries are kept only as anonymous counts unless you keep one below for a legal reason.</source>
        <translation>Esto borra los datos de la persona aquí y, tras la sincronización, en el ayuntamiento y en todos los demás centros. No se puede deshacer. Las consultas se conservan solo como recuentos anónimos, salvo que conserve alguna abajo por un motivo legal.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="66" />
        <source>Reason for erasure</source>
        <translation>Motivo del borrado</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="67" />
        <source>e.g. resident's request of 3 May (Art. 17)</source>
        <translation>p. ej. solicitud del residente del 3 de mayo (art. 17)</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="68" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="79" />
        <source>Keep {ref} ({day})</source>
        <translation>Conservar {ref} ({day})</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="82" />
        <source>safeguarding duty</source>
        <translation>deber de protección de personas en riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="84" />
        <source>Why {ref} is kept</source>
        <translation>Motivo para conservar {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="94" />
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../ui/widgets/field_error.py" line="21" />
        <source>Problem with {field}</source>
        <translation>Problema con: {field}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="100" />
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="101" />
        <source>Any need</source>
        <translation>Cualquier necesidad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="105" />
        <source>Language spoken</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="106" />
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="111" />
        <source>Any age</source>
        <translation>Cualquier edad</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="113" />
        <source>Resident's age</source>
        <translation>Edad del residente</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="114" />
        <source>&amp;Free</source>
        <translation>&amp;Gratuito</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="115" />
        <source>Free of charge only</source>
        <translation>Solo gratuitos</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="116" />
        <source>Open no&amp;w</source>
        <translation>Abierto a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="117" />
        <source>Open now only</source>
        <translation>Solo abiertos ahora</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="119" />
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="123" />
        <source>Distance from postcode</source>
        <translation>Distancia desde el código postal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>N&amp;eed:</source>
        <translation>N&amp;ecesidad:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="129" />
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>A&amp;ge:</source>
        <translation>E&amp;dad:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="130" />
        <source>Ne&amp;ar:</source>
        <translation>Cer&amp;ca de:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/session.py" line="72" />
        <source>Welcome to AccessPoint</source>
        <translation>Le damos la bienvenida a AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="73" />
        <source>This computer is not set up yet. Tell us the name of this hub and your name; you will be its coordinator.</source>
        <translation>Este equipo aún no está configurado. Indique el nombre de este centro y su nombre; usted será su coordinador.</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="69" />
        <location filename="../../ui/session.py" line="77" />
        <source>Hub name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="78" />
        <source>for example Riverside Community Centre</source>
        <translation>por ejemplo, Centro Comunitario Riverside</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="72" />
        <location filename="../../ui/session.py" line="80" />
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="84" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="62" />
        <source>Set up AccessPoint</source>
        <translation>Configurar AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="63" />
        <source>This computer is not set up yet. You will be this hub's coordinator: choose a password (at least 10 characters) or a PIN (at least 6 digits).</source>
        <translation>Este equipo aún no está configurado. Usted será el coordinador de este centro: elija una contraseña (al menos 10 caracteres) o un PIN (al menos 6 dígitos).</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="73" />
        <source>Pass&amp;word</source>
        <translation>Contrase&amp;ña</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="74" />
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="76" />
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="77" />
        <source>Repeat password or PIN</source>
        <translation>Repita la contraseña o el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="80" />
        <location filename="../../ui/session.py" line="87" />
        <source>&amp;Hub name:</source>
        <translation>&amp;Nombre del centro:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="81" />
        <location filename="../../ui/session.py" line="88" />
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="82" />
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="84" />
        <source>&amp;Password or PIN:</source>
        <translation>Con&amp;traseña o PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="85" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítalo:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="88" />
        <source>&amp;Set up</source>
        <translation>&amp;Configurar</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="99" />
        <source>The two entries differ; type them again.</source>
        <translation>Las dos entradas no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="91" />
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="102" />
        <source>Give the hub a name.</source>
        <translation>Ponga un nombre al centro.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="104" />
        <source>Give your name.</source>
        <translation>Indique su nombre.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="51" />
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="53" />
        <source>Follow-ups due today or overdue</source>
        <translation>Seguimientos para hoy o atrasados</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="55" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="56" />
        <source>Open the follow-up's enquiry</source>
        <translation>Abrir la consulta de este seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="57" />
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como hecho</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/followups.py" line="58" />
        <source>Mark the follow-up done</source>
        <translation>Marcar el seguimiento como hecho</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/followups.py" line="96" />
        <source>%n follow-up(s) due today or overdue</source>
        <translation>
            <numerusform>%n seguimiento(s) para hoy o atrasado(s)</numerusform>
            <numerusform>%n seguimiento(s) para hoy o atrasado(s)</numerusform>
        </translation>
    </message>
<message><source>Anonymous</source><translation>Anónimo</translation></message><message><source>due today</source><translation>pendiente para hoy</translation></message><message><source>overdue since {date}</source><translation>atrasado desde el {date}</translation></message></context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../ui/ops/about.py" line="30" />
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="31" />
        <source>AccessPoint keeps a record of the people who come to your hub, what they needed and where you sent them. It works without the internet; everything is saved on this computer as you go.</source>
        <translation>AccessPoint guarda un registro de las personas que acuden a su centro, de lo que necesitaban y de adónde las orientó. Funciona sin internet; todo se guarda en este equipo sobre la marcha.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="34" />
        <source>When someone comes in</source>
        <translation>Cuando llega alguien</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="35" />
        <source>1. Open Enquiries and start a new enquiry.</source>
        <translation>1. Abra Consultas y empiece una nueva consulta.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="36" />
        <source>2. Ask if they are happy for you to keep a record. If not, leave the person out: the enquiry stays anonymous.</source>
        <translation>2. Pregunte si está de acuerdo con que se guarde un registro. Si no, no indique a la persona: la consulta queda anónima.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="38" />
        <source>3. Search for the person by name, phone or postcode before adding them, so nobody is entered twice.</source>
        <translation>3. Busque a la persona por nombre, teléfono o código postal antes de añadirla, para que nadie quede registrado dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="40" />
        <source>4. Choose what they need, then search the directory for a service and note what you did.</source>
        <translation>4. Elija lo que necesita, busque un servicio en el directorio y anote lo que hizo.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="42" />
        <source>5. Save. If they need a call back, set a follow-up date.</source>
        <translation>5. Guarde. Si necesita que le devuelvan la llamada, fije una fecha de seguimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="43" />
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="44" />
        <source>What you type is kept as a draft, so closing the window or a power cut does not lose it. A copy of everything is made every day in the 'backups' folder.</source>
        <translation>Lo que escribe se conserva como borrador, así que no se pierde si cierra la ventana o se va la luz. Cada día se hace una copia de todo en la carpeta 'backups'.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="47" />
        <source>Make the text bigger with Ctrl and +, smaller with Ctrl and -. Every button can be reached with the Tab key.</source>
        <translation>Agrande el texto con Ctrl y +, redúzcalo con Ctrl y -. Se puede llegar a todos los botones con la tecla Tab.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="49" />
        <source>If something goes wrong, use Help → Save diagnostic report and send the file to whoever supports your hub. It contains no names or personal details.</source>
        <translation>Si algo va mal, use Ayuda → Guardar informe de diagnóstico y envíe el archivo a quien da soporte a su centro. No contiene nombres ni datos personales.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="58" />
        <source>AccessPoint</source>
        <translation>AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="66" />
        <source>Enquiries, signposting and time credits for community hubs.</source>
        <translation>Consultas, orientación y créditos de tiempo para centros comunitarios.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/about.py" line="79" />
        <source>AccessPoint is free software under the GNU Affero General Public Licence, version 3 or later. It includes these components:</source>
        <translation>AccessPoint es software libre bajo la GNU Affero General Public Licence, versión 3 o posterior. Incluye estos componentes:</translation>
    </message>
</context>
<context>
    <name>GroupSessionTab</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="155" />
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="157" />
        <source>Add a member to the sheet</source>
        <translation>Añadir un miembro a la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="160" />
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="161" />
        <source>Members on the sign-in sheet</source>
        <translation>Miembros en la hoja de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="165" />
        <source>Lo&amp;g session</source>
        <translation>Registrar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="166" />
        <source>Log the session for everyone on the sheet</source>
        <translation>Registrar la sesión para todos los de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="169" />
        <source>Members on the sheet</source>
        <translation>Miembros en la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="171" />
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="172" />
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="173" />
        <source>Session &amp;length</source>
        <translation>&amp;Duración de la sesión</translation>
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
        <translation>Añadir &amp;miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="202" />
        <source>{0} is already on the sheet.</source>
        <translation>{0} ya está en la hoja.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timebank/log_hours.py" line="224" />
        <source>%n member(s) on the sheet</source>
        <translation>
            <numerusform>%n miembro(s) en la hoja</numerusform>
            <numerusform>%n miembro(s) en la hoja</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="232" />
        <source>{0}: give the time in 15-minute steps, e.g. 1h 30m.</source>
        <translation>{0}: indique el tiempo en intervalos de 15 minutos, p. ej. 1h 30m.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="237" />
        <source>Add at least one member to the sheet.</source>
        <translation>Añada al menos un miembro a la hoja.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="249" />
        <source>Logged the session: {0} members, {1} in all.</source>
        <translation>Sesión registrada: {0} miembros, {1} en total.</translation>
    </message>
</context>
<context>
    <name>HeldChangesDialog</name>
    <message>
        <location filename="../../ui/sync/held_view.py" line="45" />
        <location filename="../../ui/sync/held_view.py" line="46" />
        <location filename="../../ui/sync/held_view.py" line="54" />
        <source>Changes waiting to be applied</source>
        <translation>Cambios en espera de ser aplicados</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="48" />
        <source>These changes came from the council but are not applied on this computer yet. They are kept, not lost, and applied at a later sync once what holds them back is sorted (usually a change made here that has not been sent yet).</source>
        <translation>Estos cambios vinieron del ayuntamiento pero aún no están aplicados en este ordenador. Se guardan, no se pierden, y se aplicarán en una sincronización posterior cuando se resuelva lo que los retiene (normalmente un cambio hecho aquí que aún no se ha enviado).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="52" />
        <source>What these changes are</source>
        <translation>Qué son estos cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Why it waits</source>
        <translation>Por qué espera</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="56" />
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="74" />
        <source>Showing the oldest {shown} of {total}.</source>
        <translation>Mostrando los {shown} más antiguos de {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="77" />
        <source>How many are shown</source>
        <translation>Cuántos se muestran</translation>
    </message>
    <message>
        <location filename="../../ui/sync/held_view.py" line="81" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/app.py" line="114" />
        <location filename="../../ui/ops/help_menu.py" line="78" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="83" />
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="88" />
        <source>Save &amp;diagnostic report…</source>
        <translation>Guardar informe de &amp;diagnóstico…</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="91" />
        <source>&amp;About AccessPoint</source>
        <translation>&amp;Acerca de AccessPoint</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/security/lock.py" line="94" />
        <source>AccessPoint is locked</source>
        <translation>AccessPoint está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="96" />
        <source>Sign in to carry on, or choose another name to switch user.</source>
        <translation>Inicie sesión para continuar, o elija otro nombre para cambiar de usuario.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="44" />
        <location filename="../../ui/directory/import_dialog.py" line="45" />
        <source>Import the service directory</source>
        <translation>Importar el directorio de servicios</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="46" />
        <source>An Open Referral UK feed (version 3.0 or 1.0): the council's API address, a .json file or a folder of pages. Services that have gone from the same feed are retired.</source>
        <translation>Un feed Open Referral UK (versión 3.0 o 1.0): la dirección de la API del ayuntamiento, un archivo .json o una carpeta de páginas. Los servicios que han desaparecido del mismo feed se retiran.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="51" />
        <source>Feed address, file or folder</source>
        <translation>Dirección del feed, archivo o carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="53" />
        <source>&amp;Feed:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="55" />
        <source>F&amp;ile…</source>
        <translation>&amp;Archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="56" />
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="57" />
        <source>F&amp;older…</source>
        <translation>&amp;Carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="58" />
        <source>Choose a folder</source>
        <translation>Elija una carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="60" />
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="65" />
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="66" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="67" />
        <source>Start the import</source>
        <translation>Iniciar la importación</translation>
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
        <translation>Archivo ORUK</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="96" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="101" />
        <source>Folder of ORUK pages</source>
        <translation>Carpeta de páginas ORUK</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="117" />
        <source>Reading the feed…</source>
        <translation>Leyendo el feed…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="153" />
        <source>Done: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation>Hecho: {added} añadidos, {changed} modificados, {removed} eliminados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="156" />
        <source>{n} services were last verified more than 12 months ago.</source>
        <translation>{n} servicios se verificaron por última vez hace más de 12 meses.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="159" />
        <source>{n} warnings, e.g.: {first}</source>
        <translation>{n} avisos, p. ej.: {first}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="162" />
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="168" />
        <source>Cancelled. The directory was not changed.</source>
        <translation>Cancelado. El directorio no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="170" />
        <source>The import stopped and the directory was not changed: {error}</source>
        <translation>La importación se detuvo y el directorio no se ha modificado: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/import_dialog.py" line="176" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="92" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="94" />
        <source>&amp;Who? Find the person:</source>
        <translation>¿&amp;Quién? Busque a la persona:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="97" />
        <source>Person chosen</source>
        <translation>Persona elegida</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="100" />
        <source>Chan&amp;ge person</source>
        <translation>Cam&amp;biar de persona</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="101" />
        <source>Change person</source>
        <translation>Cambiar de persona</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="102" />
        <source>New &amp;person…</source>
        <translation>Nueva per&amp;sona…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="103" />
        <source>New person</source>
        <translation>Persona nueva</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="105" />
        <source>Add someone who is not found; you are warned about likely duplicates first</source>
        <translation>Añadir a alguien que no aparece; antes se le avisa de posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="106" />
        <source>&amp;Anonymous</source>
        <translation>&amp;Anónimo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="107" />
        <source>Anonymous enquiry</source>
        <translation>Consulta anónima</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="109" />
        <source>No name is recorded; the resident gets a reference number instead</source>
        <translation>No se registra ningún nombre; el residente recibe un número de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="122" />
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="127" />
        <source>What they need</source>
        <translation>Lo que necesita</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="129" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="133" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="134" />
        <source>What happened, in their words</source>
        <translation>Qué pasó, en sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="137" />
        <source>C&amp;hannel:</source>
        <translation>Cana&amp;l:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="138" />
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="139" />
        <source>&amp;Needs:</source>
        <translation>&amp;Necesidades:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="140" />
        <source>needs</source>
        <translation>necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="141" />
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="142" />
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="147" />
        <source>How to help</source>
        <translation>Cómo ayudar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="149" />
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="150" />
        <source>&amp;Interpreter needed</source>
        <translation>Necesita &amp;intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="151" />
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="153" />
        <source>Accessibility needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="154" />
        <source>for example large print, wheelchair access</source>
        <translation>por ejemplo, letra grande, acceso en silla de ruedas</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="159" />
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="160" />
        <source>Acc&amp;essibility:</source>
        <translation>Acc&amp;esibilidad:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="161" />
        <source>accessibility needs</source>
        <translation>necesidades de accesibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="165" />
        <source>Consent (read the words out)</source>
        <translation>Consentimiento (lea el texto en voz alta)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="169" />
        <source>Consent to &amp;record</source>
        <translation>Consentimiento para el re&amp;gistro</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="170" />
        <source>Consent to &amp;share for a referral</source>
        <translation>Consentimiento para &amp;compartir en una derivación</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="171" />
        <source>Consent to be &amp;contacted for follow-up</source>
        <translation>Consentimiento para ser c&amp;ontactado para seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="178" />
        <source>Wording for {purpose}</source>
        <translation>Texto para {purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="188" />
        <source>Urgency and what happens next</source>
        <translation>Urgencia y próximos pasos</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="190" />
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="191" />
        <source>Sa&amp;feguarding concern</source>
        <translation>&amp;Preocupación de protección (persona en riesgo)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="192" />
        <source>Safeguarding concern</source>
        <translation>Preocupación de protección (persona en riesgo)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="197" />
        <source>&lt;b&gt;Safeguarding: do this now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Protección de personas en riesgo: haga esto ahora&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="198" />
        <source>Safeguarding: do this now</source>
        <translation>Protección de personas en riesgo: haga esto ahora</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="205" />
        <source>Safeguarding guidance</source>
        <translation>Orientaciones de protección de personas en riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="209" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="211" />
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="213" />
        <source>DD/MM/YYYY, or +7 for a week from today; leave empty for no follow-up</source>
        <translation>DD/MM/AAAA, o +7 para dentro de una semana; déjelo vacío si no hay seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="214" />
        <source>DD/MM/YYYY or +7</source>
        <translation>DD/MM/AAAA o +7</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="216" />
        <source>A date as DD/MM/YYYY, or +7 for a week from today. Empty: no follow-up.</source>
        <translation>Una fecha en formato DD/MM/AAAA, o +7 para dentro de una semana. Vacío: sin seguimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="219" />
        <source>Follow-up date understood as</source>
        <translation>Fecha de seguimiento entendida como</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="224" />
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
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
        <translation>&amp;Fecha de seguimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="232" />
        <source>follow-up date</source>
        <translation>fecha de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="235" />
        <source>urgency</source>
        <translation>urgencia</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="301" />
        <source>Recording for: {who}</source>
        <translation>Registrando para: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="328" />
        <source>(English wording: use the interpreter to explain it.)</source>
        <translation>(Texto en inglés: pida al intérprete que lo explique.)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="331" />
        <source>English: {text}</source>
        <translation>Inglés: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake_form.py" line="339" />
        <source>not a date yet</source>
        <translation>aún no es una fecha</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="135" />
        <source>Problems to fix before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="142" />
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="143" />
        <source>Save enquiry</source>
        <translation>Guardar consulta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="145" />
        <source>New enquiry (Ctrl+N)</source>
        <translation>Nueva consulta (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="146" />
        <source>New enquiry</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="147" />
        <source>Discard (Esc)</source>
        <translation>Descartar (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="148" />
        <source>Discard this enquiry</source>
        <translation>Descartar esta consulta</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="151" />
        <source>E&amp;quality questions (optional)…</source>
        <translation>Pregun&amp;tas sobre igualdad (opcionales)…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="152" />
        <source>Equality monitoring questions</source>
        <translation>Preguntas de monitorización de la igualdad</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="154" />
        <source>Optional questions, asked only after the enquiry is saved; kept apart from it</source>
        <translation>Preguntas opcionales, que se hacen solo después de guardar la consulta; se guardan aparte</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="165" />
        <source>Cancel changes (Esc)</source>
        <translation>Cancelar cambios (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="166" />
        <source>Cancel changes</source>
        <translation>Cancelar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="193" />
        <source>Consent is recorded when the enquiry is first saved.</source>
        <translation>El consentimiento se registra cuando la consulta se guarda por primera vez.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="244" />
        <source>no name yet</source>
        <translation>aún sin nombre</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="246" />
        <source>An enquiry you had not saved was kept ({what}). Restore it?</source>
        <translation>Se conservó una consulta que no había guardado ({what}). ¿Restaurarla?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="248" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="249" />
        <source>Dis&amp;card it</source>
        <translation>&amp;Descartarla</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="289" />
        <source>Saving the enquiry…</source>
        <translation>Guardando la consulta…</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="300" />
        <source>an anonymous resident</source>
        <translation>un residente anónimo</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="303" />
        <source>Saved: enquiry {ref} for {name}.</source>
        <translation>Guardada: consulta {ref} de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="317" />
        <source>Not saved: {error}. Everything you typed is kept as a draft; try again, and tell your coordinator if it keeps happening.</source>
        <translation>No guardado: {error}. Todo lo que escribió se conserva como borrador; inténtelo de nuevo y avise a su coordinador si sigue ocurriendo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enquiries/intake.py" line="332" />
        <source>Not saved yet: %n thing(s) to fix, shown in red. Nothing you typed is lost.</source>
        <translation>
            <numerusform>Aún no guardado: %n cosa(s) que corregir, en rojo. No se ha perdido nada de lo que escribió.</numerusform>
            <numerusform>Aún no guardado: %n cosa(s) que corregir, en rojo. No se ha perdido nada de lo que escribió.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="349" />
        <source>Discard this enquiry?</source>
        <translation>¿Descartar esta consulta?</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/intake.py" line="350" />
        <source>What you have typed will be deleted. Discard it?</source>
        <translation>Lo que ha escrito se borrará. ¿Descartarlo?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="8" />
        <source>Walk-in</source>
        <translation>Presencial (sin cita)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="9" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="10" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="11" />
        <source>Outreach</source>
        <translation>Acción de proximidad</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="14" />
        <source>Routine</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="15" />
        <source>Soon (this week)</source>
        <translation>Pronto (esta semana)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="16" />
        <source>Urgent (today)</source>
        <translation>Urgente (hoy)</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="19" />
        <source>Information given</source>
        <translation>Información dada</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="20" />
        <source>Signposted</source>
        <translation>Orientado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="21" />
        <source>Referred</source>
        <translation>Derivado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="22" />
        <source>Escalated</source>
        <translation>Remitido a un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="23" />
        <source>No suitable service found</source>
        <translation>No se encontró ningún servicio adecuado</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="24" />
        <source>Still open</source>
        <translation>Aún abierto</translation>
    </message>
    <message>
        <location filename="../../ui/enquiries/labels.py" line="31" />
        <source>British Sign Language</source>
        <translation>Lengua de signos británica (BSL)</translation>
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
        <translation>Añadir un servicio local</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="35" />
        <source>A service the council directory does not list yet. It is marked local and proposed to the council at the next sync.</source>
        <translation>Un servicio que el directorio del ayuntamiento aún no incluye. Se marca como local y se propone al ayuntamiento en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="51" />
        <source>Service name</source>
        <translation>Nombre del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run &amp;by:</source>
        <translation>Ge&amp;stionado por:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="52" />
        <source>Run by</source>
        <translation>Gestionado por</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="54" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="57" />
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="60" />
        <source>Helps &amp;with:</source>
        <translation>Ay&amp;uda con:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="61" />
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="62" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="63" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="64" />
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>Días:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="74" />
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>&amp;Opens at:</source>
        <translation>&amp;Abre a las:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="75" />
        <source>Opens at</source>
        <translation>Abre a las</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>C&amp;loses at:</source>
        <translation>C&amp;ierra a las:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/local_dialog.py" line="76" />
        <source>Closes at</source>
        <translation>Cierra a las</translation>
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
        <translation>Miembro que dio el tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="83" />
        <source>Who benefited</source>
        <translation>Quién se benefició</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="84" />
        <source>Another member's number, or an organisation or project</source>
        <translation>Número de otro miembro, o una organización o proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="87" />
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="88" />
        <source>Up and down arrows change it by 15 minutes</source>
        <translation>Las flechas arriba y abajo lo cambian de 15 en 15 minutos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="89" />
        <source>&amp;Log hours</source>
        <translation>&amp;Registrar horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="90" />
        <source>Log hours</source>
        <translation>Registrar horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="93" />
        <source>&amp;Member</source>
        <translation>&amp;Miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="94" />
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="95" />
        <source>&amp;Who benefited</source>
        <translation>&amp;Quién se benefició</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="96" />
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="97" />
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
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
        <translation>Elija el miembro que dio el tiempo.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="136" />
        <source>Logged {0} for {1}.</source>
        <translation>Registrado {0} para {1}.</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Ctrl+1 to Ctrl+6 jump to a section</source>
        <translation>Ctrl+1 a Ctrl+6 saltan a una sección</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Current section</source>
        <translation>Sección actual</translation>
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
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Something went wrong: {message}</source>
        <translation>Algo ha ido mal: {message}</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="103" />
        <source>Member number or name</source>
        <translation>Número de miembro o nombre</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="70" />
        <source>Choose a member from the list</source>
        <translation>Elija un miembro de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="73" />
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="76" />
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="77" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="80" />
        <source>Member number / card</source>
        <translation>Número / tarjeta de miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Member type</source>
        <translation>Tipo de miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="81" />
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="82" />
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="83" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="84" />
        <source>Hubs attended</source>
        <translation>Centros a los que acude</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="85" />
        <source>Employment support</source>
        <translation>Apoyo al empleo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="94" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="95" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="96" />
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="97" />
        <source>Balance after</source>
        <translation>Saldo después</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="101" />
        <source>History of earned, spent and given credits</source>
        <translation>Historial de créditos ganados, gastados y regalados</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="110" />
        <source>Upcoming opportunities for this member</source>
        <translation>Próximas oportunidades para este miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="115" />
        <source>&amp;Print statement…</source>
        <translation>&amp;Imprimir extracto…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="116" />
        <location filename="../../ui/timebank/members_view.py" line="273" />
        <source>Print statement</source>
        <translation>Imprimir extracto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="117" />
        <source>&amp;Log hours</source>
        <translation>&amp;Registrar horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="118" />
        <source>Log hours for this member</source>
        <translation>Registrar horas para este miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="119" />
        <source>&amp;Redeem a reward</source>
        <translation>Can&amp;jear una recompensa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="120" />
        <source>Redeem a reward for this member</source>
        <translation>Canjear una recompensa para este miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="121" />
        <source>&amp;Correct selected entry…</source>
        <translation>&amp;Corregir el movimiento seleccionado…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="123" />
        <source>Correct the selected history entry with a reversing entry</source>
        <translation>Corregir el movimiento seleccionado del historial con un movimiento de anulación</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="126" />
        <source>Print car&amp;d…</source>
        <translation>Imprimir &amp;tarjeta…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="127" />
        <source>Print member card</source>
        <translation>Imprimir tarjeta de miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="129" />
        <source>&amp;Edit member…</source>
        <translation>&amp;Editar miembro…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="130" />
        <source>Edit this member's details</source>
        <translation>Editar los datos de este miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="155" />
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="159" />
        <source>Show &amp;older entries</source>
        <translation>Mostrar entradas más &amp;antiguas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="160" />
        <source>Show older history entries</source>
        <translation>Mostrar entradas más antiguas del historial</translation>
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
        <translation>Tarjeta joven (Youth Privilege Card) {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="194" />
        <source>(none recorded)</source>
        <translation>(nada registrado)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="202" />
        <source>Another hub ({0})</source>
        <translation>Otro centro ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="204" />
        <source>Yes: training, mentoring, placements</source>
        <translation>Sí: formación, mentoría, prácticas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="205" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="235" />
        <source>Choose the entry to correct in the history.</source>
        <translation>Elija en el historial el movimiento que quiere corregir.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="239" />
        <source>Correct an entry</source>
        <translation>Corregir un movimiento</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="240" />
        <source>Why is “{0}” ({1}) being corrected?</source>
        <translation>¿Por qué se corrige «{0}» ({1})?</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="249" />
        <source>Corrected: a reversing entry was added.</source>
        <translation>Corregido: se ha añadido un movimiento de anulación.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="276" />
        <source>Statement sent to the printer.</source>
        <translation>Extracto enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="288" />
        <source>Member number or name</source>
        <translation>Número de miembro o nombre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="289" />
        <source>Find a member</source>
        <translation>Buscar un miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="292" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="293" />
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="315" />
        <source>&amp;New member…</source>
        <translation>&amp;Nuevo miembro…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="316" />
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/members_view.py" line="322" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/people/merge.py" line="40" />
        <source>Merge two records</source>
        <translation>Fusionar dos registros</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="41" />
        <source>Find the other record of {name}:</source>
        <translation>Busque el otro registro de {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>First name(s)</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="49" />
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="50" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="51" />
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="52" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="59" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="64" />
        <source>&amp;Merge into the kept record</source>
        <translation>&amp;Fusionar en el registro que se conserva</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="65" />
        <source>Merge into the kept record</source>
        <translation>Fusionar en el registro que se conserva</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="79" />
        <source>That is the same record; choose the other one.</source>
        <translation>Es el mismo registro; elija el otro.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="86" />
        <source>Merged into it (then hidden)</source>
        <translation>Fusionado en este (después oculto)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge.py" line="99" />
        <source>Check these are the same person. Their enquiries and consent records will all be kept under the left-hand record; empty details are filled from the right.</source>
        <translation>Compruebe que son la misma persona. Todas sus consultas y registros de consentimiento se conservarán en el registro de la izquierda; los datos vacíos se rellenan con los de la derecha.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="148" />
        <source>Monthly hub report: {hub}, {month}</source>
        <translation>Informe mensual del centro: {hub}, {month}</translation>
    </message>
<message><source>Active time bank members</source><translation>Miembros activos del banco de tiempo</translation></message><message><source>Enquiries</source><translation>Consultas</translation></message><message><source>Figures are this hub's own records and are not suppressed: do not publish this report. Use Open data for anything public.</source><translation>Las cifras son registros propios de este centro y no están ocultadas: no publique este informe. Use Datos abiertos para todo lo que sea público.</translation></message><message><source>Follow-ups overdue today</source><translation>Seguimientos atrasados hoy</translation></message><message><source>Key figures</source><translation>Cifras clave</translation></message><message><source>Monthly hub report: {hub}</source><translation>Informe mensual del centro: {hub}</translation></message><message><source>New time bank members</source><translation>Nuevos miembros del banco de tiempo</translation></message><message><source>Referred</source><translation>Derivado</translation></message><message><source>Signposted</source><translation>Orientado</translation></message><message><source>Time bank hours given</source><translation>Horas dadas en el banco de tiempo</translation></message><message><source>Unmet needs (no suitable service)</source><translation>Necesidades no cubiertas (ningún servicio adecuado)</translation></message><message><source>{month} ({first} to {last}). Produced by AccessPoint on {today}.</source><translation>{month} ({first} a {last}). Generado por AccessPoint el {today}.</translation></message></context>
<context>
    <name>Needs</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="14" />
        <source>Benefits and Universal Credit</source>
        <translation>Prestaciones sociales y Universal Credit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="15" />
        <source>Council Tax</source>
        <translation>Impuesto municipal (Council Tax)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="16" />
        <source>Housing and repairs</source>
        <translation>Vivienda y reparaciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="17" />
        <source>Homelessness or risk of it</source>
        <translation>Sin hogar o en riesgo de quedarse sin hogar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="18" />
        <source>Debt and money</source>
        <translation>Deudas y dinero</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="19" />
        <source>Jobs, training and skills</source>
        <translation>Empleo, formación y habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="20" />
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="21" />
        <source>Energy and fuel bills</source>
        <translation>Facturas de energía (luz y gas)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="22" />
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="23" />
        <source>Mental health and wellbeing</source>
        <translation>Salud mental y bienestar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="24" />
        <source>Loneliness and social isolation</source>
        <translation>Soledad y aislamiento social</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="25" />
        <source>Children and families</source>
        <translation>Infancia y familias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="26" />
        <source>Disability and care</source>
        <translation>Discapacidad y cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="27" />
        <source>Immigration and visas</source>
        <translation>Inmigración y visados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="28" />
        <source>Domestic abuse</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="29" />
        <source>Education and learning</source>
        <translation>Educación y aprendizaje</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="30" />
        <source>Legal advice</source>
        <translation>Asesoramiento jurídico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="31" />
        <source>Drugs and alcohol</source>
        <translation>Drogas y alcohol</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="32" />
        <source>Older people</source>
        <translation>Personas mayores</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="33" />
        <source>Digital help and access</source>
        <translation>Ayuda y acceso digital</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="34" />
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="35" />
        <source>Adult at risk of harm</source>
        <translation>Adulto en riesgo de sufrir daños</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="36" />
        <source>Child at risk of harm</source>
        <translation>Menor en riesgo de sufrir daños</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="37" />
        <source>Volunteering and time credits</source>
        <translation>Voluntariado y créditos de tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="38" />
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
<context>
    <name>NeedsPicker</name>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="38" />
        <source>Type to filter, Enter to tick</source>
        <translation>Escriba para filtrar, Intro para marcar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="39" />
        <source>Filter needs</source>
        <translation>Filtrar necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="41" />
        <source>Enter ticks the first matching need; Down arrow moves to the list</source>
        <translation>Intro marca la primera necesidad que coincide; la flecha abajo pasa a la lista</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="60" />
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="61" />
        <source>Space ticks or unticks a need</source>
        <translation>La barra espaciadora marca o desmarca una necesidad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="65" />
        <source>Needs chosen</source>
        <translation>Necesidades elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="112" />
        <source>Chosen: {needs}</source>
        <translation>Elegidas: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/needs_picker.py" line="113" />
        <source>No need chosen yet.</source>
        <translation>Aún no se ha elegido ninguna necesidad.</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="41" />
        <source>Edit member {0}</source>
        <translation>Editar miembro {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="42" />
        <source>New time-bank member</source>
        <translation>Nuevo miembro del banco de tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="46" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="49" />
        <source>Find a person already known to the hub</source>
        <translation>Buscar a una persona que el centro ya conoce</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="50" />
        <source>Name, phone or postcode</source>
        <translation>Nombre, teléfono o código postal</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="53" />
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="55" />
        <source>&amp;Already known?</source>
        <translation>¿&amp;Ya se le conoce?</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="60" />
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="63" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Famil&amp;y name</source>
        <translation>Ape&amp;llidos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="64" />
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="65" />
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="66" />
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Afiliación</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="75" />
        <source>Young person</source>
        <translation>Joven</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="76" />
        <source>Organisation or project</source>
        <translation>Organización o proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="78" />
        <source>Member type</source>
        <translation>Tipo de miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="80" />
        <source>Youth Privilege Card number</source>
        <translation>Número de la tarjeta joven (Youth Privilege Card)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="82" />
        <source>Organisation or project name</source>
        <translation>Nombre de la organización o proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="84" />
        <source>e.g. cooking; IT; listening</source>
        <translation>p. ej. cocina; informática; escucha</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="85" />
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="87" />
        <source>e.g. older people; environment</source>
        <translation>p. ej. personas mayores; medio ambiente</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="88" />
        <source>Interests and passions</source>
        <translation>Intereses y aficiones</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="90" />
        <source>Availability: space ticks a time</source>
        <translation>Disponibilidad: la barra espaciadora marca un horario</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="97" />
        <source>Wants &amp;employment support (training, mentoring, placements)</source>
        <translation>Quiere apoyo al &amp;empleo (formación, mentoría, prácticas)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="99" />
        <source>Wants employment support</source>
        <translation>Quiere apoyo al empleo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="104" />
        <source>Hubs the member attends: space ticks a hub</source>
        <translation>Centros a los que acude el miembro: Espacio marca un centro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="108" />
        <source>Only staff and coordinators can change the hubs a member attends.</source>
        <translation>Solo el personal y los coordinadores pueden cambiar los centros a los que acude un miembro.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="113" />
        <source>&amp;Type</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="114" />
        <source>Youth Privilege Car&amp;d</source>
        <translation>Tarjeta &amp;joven (Youth Privilege Card)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="119" />
        <source>H&amp;ubs</source>
        <translation>Cent&amp;ros</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="124" />
        <source>The member a&amp;grees to their record being kept</source>
        <translation>El miembro &amp;acepta que se guarde su registro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="243" />
        <source>Tick at least one hub the member attends.</source>
        <translation>Marque al menos un centro al que acude el miembro.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="115" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="116" />
        <source>&amp;Skills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="117" />
        <source>&amp;Interests</source>
        <translation>&amp;Intereses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="118" />
        <source>A&amp;vailable</source>
        <translation>&amp;Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="125" />
        <source>Consent to keep a record</source>
        <translation>Consentimiento para guardar un registro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="130" />
        <source>Save member</source>
        <translation>Guardar miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="161" />
        <source>Another hub ({0})</source>
        <translation>Otro centro ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/member_dialog.py" line="222" />
        <source>Using the record already kept for {0}.</source>
        <translation>Se usa el registro ya existente de {0}.</translation>
    </message>
</context>
<context>
    <name>NewOpportunityDialog</name>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="32" />
        <location filename="../../ui/timebank/opportunity_dialog.py" line="33" />
        <source>New opportunity</source>
        <translation>Nueva oportunidad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="35" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="36" />
        <source>e.g. Befriender needed on Tuesdays</source>
        <translation>p. ej. Se necesita voluntario/a de acompañamiento los martes</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="38" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="40" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="41" />
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="45" />
        <source>Skills wanted</source>
        <translation>Habilidades buscadas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="46" />
        <source>e.g. listening; driving</source>
        <translation>p. ej. escucha; conducción</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="48" />
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="50" />
        <source>When: space ticks a time</source>
        <translation>Cuándo: la barra espaciadora marca un horario</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="59" />
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="63" />
        <source>Training, mentoring or a &amp;placement</source>
        <translation>Formación, mentoría o &amp;prácticas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="64" />
        <source>Employment support opportunity</source>
        <translation>Oportunidad de apoyo al empleo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="67" />
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="68" />
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="69" />
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="70" />
        <source>&amp;Skills wanted</source>
        <translation>&amp;Habilidades buscadas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="71" />
        <source>&amp;Interests</source>
        <translation>&amp;Intereses</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="72" />
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="73" />
        <source>St&amp;arts</source>
        <translation>&amp;Empieza</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="74" />
        <source>&amp;Ends</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunity_dialog.py" line="79" />
        <source>Save opportunity</source>
        <translation>Guardar oportunidad</translation>
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
        <translation>Persona nueva</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>&amp;First name(s):</source>
        <translation>&amp;Nombre(s):</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="70" />
        <source>F&amp;amily name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="71" />
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>P&amp;ostcode:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="72" />
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="83" />
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="94" />
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="96" />
        <source>People who may be the same</source>
        <translation>Personas que pueden ser la misma</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="97" />
        <source>&amp;Use the selected person</source>
        <translation>&amp;Usar la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="98" />
        <source>Use the selected person</source>
        <translation>Usar la persona seleccionada</translation>
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
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="168" />
        <source>{who} (same {why})</source>
        <translation>{who} (coincide: {why})</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="173" />
        <source>This may be someone already recorded. Ask them, then use their record or, if it really is someone new, press “Add as a new person”.</source>
        <translation>Puede que esta persona ya esté registrada. Pregúntele y use su registro o, si de verdad es alguien nuevo, pulse «Añadir como persona nueva».</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="176" />
        <source>Add as a new person</source>
        <translation>Añadir como persona nueva</translation>
    </message>
    <message>
        <location filename="../../ui/people/new_person.py" line="196" />
        <source>Could not add the person: {error}</source>
        <translation>No se pudo añadir a la persona: {error}</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="36" />
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="37" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="38" />
        <source>Skills wanted</source>
        <translation>Habilidades buscadas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="39" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="40" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="44" />
        <source>Open opportunities</source>
        <translation>Oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="46" />
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="47" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="48" />
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="52" />
        <source>Members ranked for this opportunity</source>
        <translation>Miembros ordenados para esta oportunidad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="61" />
        <source>&amp;New opportunity…</source>
        <translation>&amp;Nueva oportunidad…</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="62" />
        <source>Post a new opportunity</source>
        <translation>Publicar una nueva oportunidad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="64" />
        <source>&amp;Open member</source>
        <translation>&amp;Abrir miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="65" />
        <source>Open the selected member</source>
        <translation>Abrir el miembro seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="72" />
        <source>O&amp;pportunities</source>
        <translation>O&amp;portunidades</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/opportunities_view.py" line="80" />
        <source>Best &amp;matches (skills, interests, availability, hub)</source>
        <translation>Mejores &amp;coincidencias (habilidades, intereses, disponibilidad, centro)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/people/view.py" line="55" />
        <source>&amp;Find a person:</source>
        <translation>&amp;Buscar a una persona:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="65" />
        <source>Find someone on the left to see their record.</source>
        <translation>Busque a alguien a la izquierda para ver su registro.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="67" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="68" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>First name(s):</source>
        <translation>Nombre(s):</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73" />
        <source>Family name:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74" />
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="75" />
        <source>Postcode:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="76" />
        <source>Language code:</source>
        <translation>Código del idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="77" />
        <source>Accessibility needs:</source>
        <translation>Necesidades de accesibilidad:</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="88" />
        <location filename="../../ui/people/view.py" line="89" />
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="91" />
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="92" />
        <source>Save changes to the person</source>
        <translation>Guardar los cambios de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="93" />
        <source>&amp;New enquiry for them</source>
        <translation>&amp;Nueva consulta para esta persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="94" />
        <source>Record a new enquiry for this person</source>
        <translation>Registrar una nueva consulta para esta persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="95" />
        <source>&amp;Merge with another record…</source>
        <translation>&amp;Fusionar con otro registro…</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="96" />
        <source>Merge with another record</source>
        <translation>Fusionar con otro registro</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="98" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="106" />
        <source>Their enquiries</source>
        <translation>Sus consultas</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="107" />
        <source>Their &amp;enquiries (Enter opens one):</source>
        <translation>Sus &amp;consultas (Intro abre una):</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="180" />
        <source>No enquiries yet.</source>
        <translation>Aún no hay consultas.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="193" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="201" />
        <source>Not saved: fix what is shown in red.</source>
        <translation>No guardado: corrija lo que aparece en rojo.</translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="215" />
        <source>Records merged.</source>
        <translation>Registros fusionados.</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="50" />
        <source>Name, phone, postcode or date of birth</source>
        <translation>Nombre, teléfono, código postal o fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="51" />
        <source>Find a person</source>
        <translation>Buscar a una persona</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="53" />
        <source>Type to search; Down arrow moves to the results, Enter picks one</source>
        <translation>Escriba para buscar; la flecha abajo pasa a los resultados, Intro elige uno</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="56" />
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="59" />
        <source>Search result count</source>
        <translation>Número de resultados de la búsqueda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/person_search.py" line="109" />
        <source>%n person(s) found; Down arrow to choose, Enter to pick.</source>
        <translation>
            <numerusform>%n persona(s) encontrada(s); flecha abajo para elegir, Intro para seleccionar.</numerusform>
            <numerusform>%n persona(s) encontrada(s); flecha abajo para elegir, Intro para seleccionar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_search.py" line="111" />
        <source>Nobody found. Check the spelling, or add a new person.</source>
        <translation>No se encontró a nadie. Compruebe la ortografía o añada una persona nueva.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/sections.py" line="67" />
        <source>The {section} section is not available yet (issue {issue}).</source>
        <translation>La sección {section} aún no está disponible (incidencia {issue}).</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="73" />
        <source>{section}: not available yet</source>
        <translation>{section}: aún no disponible</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="84" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="124" />
        <location filename="../../ui/security/login.py" line="133" />
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="126" />
        <source>Print this recovery key now and keep it locked away, apart from this computer. If this computer's keyring is lost (a new user profile, a rebuilt PC), the key is the only way to open records that have not reached the council yet. Anyone with it and a copy of the data folder can read the records.</source>
        <translation>Imprima ahora esta clave de recuperación y guárdela bajo llave, lejos de este equipo. Si se pierde el llavero de este equipo (un perfil de usuario nuevo, un PC reinstalado), la clave es la única forma de abrir los registros que aún no han llegado al ayuntamiento. Cualquiera que tenga la clave y una copia de la carpeta de datos puede leer los registros.</translation>
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
        <translation>Seguimiento hasta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Enquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="46" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="47" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="51" />
        <source>made</source>
        <translation>hecha</translation>
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
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="52" />
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="53" />
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="78" />
        <source>Open referrals</source>
        <translation>Derivaciones abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="86" />
        <source>Note about this change</source>
        <translation>Nota sobre este cambio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="87" />
        <source>No&amp;te:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="91" />
        <source>Referrals status</source>
        <translation>Estado de las derivaciones</translation>
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
        <translation>&amp;Aceptada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="96" />
        <source>Decl&amp;ined</source>
        <translation>&amp;Rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="97" />
        <source>Cl&amp;ose</source>
        <translation>&amp;Cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/directory/referrals_panel.py" line="99" />
        <source>Set status: {status}</source>
        <translation>Establecer estado: {status}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="128" />
        <source>%n open referral(s)</source>
        <translation>
            <numerusform>%n derivación(es) abierta(s)</numerusform>
            <numerusform>%n derivación(es) abierta(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/referrals_panel.py" line="129" />
        <source>%n due a follow-up</source>
        <translation>
            <numerusform>%n con seguimiento pendiente</numerusform>
            <numerusform>%n con seguimiento pendiente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="28" />
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="29" />
        <source>Report a problem with {name}</source>
        <translation>Informar de un problema con {name}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="30" />
        <source>What is wrong with “{name}”? The council will be told at the next sync.</source>
        <translation>¿Qué es incorrecto en «{name}»? Se informará al ayuntamiento en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="34" />
        <source>What is wrong</source>
        <translation>Qué es incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>It has closed</source>
        <translation>Ha cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="35" />
        <source>Phone or email is wrong</source>
        <translation>El teléfono o el correo electrónico es incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="36" />
        <source>Address is wrong</source>
        <translation>La dirección es incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="37" />
        <source>Opening times are wrong</source>
        <translation>El horario es incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="38" />
        <source>Who it is for is wrong</source>
        <translation>El público destinatario es incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="39" />
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="43" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="45" />
        <source>details</source>
        <translation>detalles</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="47" />
        <source>&amp;Problem:</source>
        <translation>&amp;Problema:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="48" />
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/report_dialog.py" line="51" />
        <source>&amp;Send report</source>
        <translation>&amp;Enviar informe</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/reports/words.py" line="24" />
        <source>Enquiries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="25" />
        <source>Signposting</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="26" />
        <source>Time bank</source>
        <translation>Banco de tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="27" />
        <source>Time audit</source>
        <translation>Auditoría de horas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="29" />
        <source>Enquiries by channel</source>
        <translation>Consultas por canal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="30" />
        <source>Enquiries by outcome</source>
        <translation>Consultas por resultado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="31" />
        <source>Enquiries by need (six most common)</source>
        <translation>Consultas por necesidad (las seis más comunes)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="32" />
        <source>Unmet needs by need</source>
        <translation>Necesidades no cubiertas por necesidad</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="33" />
        <source>Unmet needs by area</source>
        <translation>Necesidades no cubiertas por zona</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="34" />
        <source>Top services signposted and referred</source>
        <translation>Servicios más indicados y derivados</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="35" />
        <source>Referral outcomes</source>
        <translation>Resultados de las derivaciones</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="36" />
        <source>Follow-ups overdue</source>
        <translation>Seguimientos atrasados</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="37" />
        <source>Time bank hours by activity</source>
        <translation>Horas del banco de tiempo por actividad</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="38" />
        <source>Active and new members</source>
        <translation>Miembros activos y nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="39" />
        <source>Credits earned and spent</source>
        <translation>Créditos ganados y gastados</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="40" />
        <source>Time audit: who gives</source>
        <translation>Auditoría de horas: quién da</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="41" />
        <source>Time audit: how much each member gives</source>
        <translation>Auditoría de horas: cuánto da cada miembro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="42" />
        <source>Time audit: when time is given</source>
        <translation>Auditoría de horas: cuándo se da el tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="43" />
        <source>Time audit: where time is given</source>
        <translation>Auditoría de horas: dónde se da el tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="45" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="46" />
        <source>ISO week</source>
        <translation>Semana ISO</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="47" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="48" />
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="49" />
        <source>Needs not met</source>
        <translation>Necesidades no cubiertas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="50" />
        <source>Unmet needs</source>
        <translation>Necesidades no cubiertas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="51" />
        <source>All other needs</source>
        <translation>Todas las demás necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="52" />
        <source>Other needs</source>
        <translation>Otras necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="53" />
        <source>Postcode district</source>
        <translation>Distrito postal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="54" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="55" />
        <source>Times used</source>
        <translation>Veces usado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="56" />
        <source>Signposted</source>
        <translation>Orientado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="57" />
        <source>Referred</source>
        <translation>Derivado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="58" />
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="59" />
        <source>Status now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="60" />
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="61" />
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
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
        <translation>Otras actividades</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="65" />
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="66" />
        <source>Active members</source>
        <translation>Miembros activos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="67" />
        <source>New members</source>
        <translation>Miembros nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="68" />
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="69" />
        <source>Earned</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="70" />
        <source>Spent</source>
        <translation>Gastados</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="71" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="72" />
        <source>Hours given in the period</source>
        <translation>Horas dadas en el periodo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="73" />
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="74" />
        <source>Hub</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="76" />
        <source>Walk-in</source>
        <translation>Presencial (sin cita)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="77" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="78" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="79" />
        <source>Outreach</source>
        <translation>Acción de proximidad</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="80" />
        <source>Information given</source>
        <translation>Información dada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="81" />
        <source>Escalated</source>
        <translation>Remitido a un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="82" />
        <source>No suitable service</source>
        <translation>Ningún servicio adecuado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="83" />
        <source>Still open</source>
        <translation>Aún abierto</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="84" />
        <source>Made</source>
        <translation>Hecha</translation>
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
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="88" />
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="89" />
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="90" />
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="91" />
        <source>Young people</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="92" />
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="93" />
        <source>1-7 days</source>
        <translation>1-7 días</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="94" />
        <source>8-14 days</source>
        <translation>8-14 días</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="95" />
        <source>15-30 days</source>
        <translation>15-30 días</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="96" />
        <source>Over 30 days</source>
        <translation>Más de 30 días</translation>
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
        <translation>50 h o más</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="102" />
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="103" />
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="104" />
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="105" />
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="106" />
        <source>Fri</source>
        <translation>Vie</translation>
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
        <translation>Cada consulta una vez, según cómo vino el residente.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="111" />
        <source>Each enquiry once, by its outcome now.</source>
        <translation>Cada consulta una vez, según su resultado actual.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="112" />
        <source>An enquiry with two needs counts under both.</source>
        <translation>Una consulta con dos necesidades cuenta en ambas.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="113" />
        <source>"No suitable service found", in the period.</source>
        <translation>"No se encontró ningún servicio adecuado", en el periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="114" />
        <source>The ten districts with most unmet needs; "unknown": anonymous or no postcode.</source>
        <translation>Los diez distritos con más necesidades no cubiertas; "unknown": anónimo o sin código postal.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="116" />
        <source>Signposting and referrals are not recorded on this device yet.</source>
        <translation>Las indicaciones y derivaciones aún no se registran en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="118" />
        <source>The ten services used most in the period.</source>
        <translation>Los diez servicios más usados en el periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="119" />
        <source>Referrals made in the period, by their status now.</source>
        <translation>Derivaciones hechas en el periodo, según su estado actual.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="120" />
        <source>The time bank is not set up on this device yet.</source>
        <translation>El banco de tiempo aún no está configurado en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="121" />
        <source>Credits earned for time given, net of corrections.</source>
        <translation>Créditos ganados por el tiempo dado, descontadas las correcciones.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="122" />
        <source>Active: earned or spent credits in the month.</source>
        <translation>Activos: ganaron o gastaron créditos en el mes.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="123" />
        <source>Spent: on rewards. Net of corrections.</source>
        <translation>Gastados: en recompensas. Descontadas las correcciones.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="124" />
        <source>Hours given by members of each type.</source>
        <translation>Horas dadas por los miembros de cada tipo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="125" />
        <source>Members by the hours they gave in the period.</source>
        <translation>Miembros según las horas que dieron en el periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="126" />
        <source>By the day the time was given.</source>
        <translation>Según el día en que se dio el tiempo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="127" />
        <source>By the hub that logged the hours.</source>
        <translation>Según el centro que registró las horas.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="140" />
        <source>Whole months, {first} to {last}.</source>
        <translation>Meses completos, del {first} al {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="145" />
        <source>Not done and past their date, as of {date}.</source>
        <translation>No hechos y con la fecha pasada, a {date}.</translation>
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
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="43" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="74" />
        <source>All hubs</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="83" />
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="84" />
        <source>Monthly &amp;PDF…</source>
        <translation>&amp;PDF mensual…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="85" />
        <source>&amp;Spreadsheet…</source>
        <translation>&amp;Hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="86" />
        <source>&amp;Open data…</source>
        <translation>Datos a&amp;biertos…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>&amp;Range</source>
        <translation>&amp;Intervalo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89" />
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="90" />
        <source>&amp;To</source>
        <translation>Has&amp;ta</translation>
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
        <translation>Estado del panel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="108" />
        <source>Refresh the dashboard</source>
        <translation>Actualizar el panel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="109" />
        <source>Save the monthly hub report as PDF</source>
        <translation>Guardar el informe mensual del centro en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="111" />
        <source>Save every chart's data as a spreadsheet</source>
        <translation>Guardar los datos de todos los gráficos en una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="113" />
        <source>Export open data with small numbers hidden</source>
        <translation>Exportar datos abiertos con los números pequeños ocultos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="118" />
        <source>Dashboard sections</source>
        <translation>Secciones del panel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="147" />
        <source>%1 charts</source>
        <translation>Gráficos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="199" />
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la fecha de fin.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="219" />
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="231" />
        <source>Reading the records… (step %1)</source>
        <translation>Leyendo los registros… (paso %1)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="255" />
        <source>Could not compute the dashboard: %1</source>
        <translation>No se pudo calcular el panel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="273" />
        <source>%1 to %2 · computed in %3 ms</source>
        <translation>%1 a %2 · calculado en %3 ms</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="324" />
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="325" />
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="330" />
        <source>Save chart data as CSV</source>
        <translation>Guardar los datos del gráfico como CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="331" />
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="339" />
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="340" />
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta.</translation>
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
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Run by</source>
        <translation>Gestionado por</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="62" />
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="67" />
        <source>{km:.1f} km</source>
        <translation>{km:.1f} km</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="68" />
        <source>Phone or online</source>
        <translation>Teléfono o en línea</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="69" />
        <source>Address confidential</source>
        <translation>Dirección confidencial</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="79" />
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="81" />
        <source>not checked for over a year</source>
        <translation>sin comprobar desde hace más de un año</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="89" />
        <source>Last verified {date}: check the details before relying on them.</source>
        <translation>Última verificación el {date}: compruebe los datos antes de fiarse de ellos.</translation>
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
        <translation>Miembro que gasta los créditos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="51" />
        <source>Choose a member to see their balance.</source>
        <translation>Elija un miembro para ver su saldo.</translation>
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
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="56" />
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="57" />
        <source>Financial</source>
        <translation>Económica</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="58" />
        <source>Non-financial</source>
        <translation>No económica</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="59" />
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>Left</source>
        <translation>Quedan</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="61" />
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="63" />
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="64" />
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="68" />
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="76" />
        <source>&amp;Redeem for this member</source>
        <translation>Can&amp;jear para este miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="77" />
        <source>Redeem the selected reward</source>
        <translation>Canjear la recompensa seleccionada</translation>
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
        <translation>Regalar créditos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="89" />
        <source>Member receiving the gift</source>
        <translation>Miembro que recibe el regalo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="91" />
        <source>Credits to give</source>
        <translation>Créditos que regalar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="92" />
        <source>&amp;Give</source>
        <translation>&amp;Regalar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="95" />
        <source>T&amp;o member</source>
        <translation>P&amp;ara el miembro</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="110" />
        <source>Minu&amp;tes</source>
        <translation>Minu&amp;tos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="118" />
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="96" />
        <source>&amp;Amount</source>
        <translation>Ca&amp;ntidad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="98" />
        <source>Convert to local currency</source>
        <translation>Convertir a moneda local</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="103" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="104" />
        <source>Minutes to convert</source>
        <translation>Minutos que convertir</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="106" />
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="107" />
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="108" />
        <source>Convert credits</source>
        <translation>Convertir créditos</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="111" />
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="113" />
        <source>Check a voucher</source>
        <translation>Comprobar un vale</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="116" />
        <source>Voucher code to check</source>
        <translation>Código del vale que comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="119" />
        <source>Check voucher</source>
        <translation>Comprobar vale</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="122" />
        <source>Voucher check result</source>
        <translation>Resultado de la comprobación del vale</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="125" />
        <source>Vouc&amp;her code</source>
        <translation>Códi&amp;go del vale</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="132" />
        <source>&amp;Member</source>
        <translation>&amp;Miembro</translation>
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
        <translation>No hay ninguna tasa configurada</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="181" />
        <source>Choose the member first.</source>
        <translation>Elija primero el miembro.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="191" />
        <source>Choose a reward in the list.</source>
        <translation>Elija una recompensa de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="200" />
        <source>{0} redeemed: give the member voucher {1} for {2}.</source>
        <translation>{0} canjeado: entregue al miembro el vale {1} para {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="201" />
        <source>the provider</source>
        <translation>el proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="212" />
        <source>Choose who receives the gift.</source>
        <translation>Elija quién recibe el regalo.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="218" />
        <source>Gave {0} to {1}.</source>
        <translation>Se regaló {0} a {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="228" />
        <source>Converted {0}: {1:.2f} {2}.</source>
        <translation>Convertido {0}: {1:.2f} {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/rewards_view.py" line="244" />
        <source>{0} ({1}), member {2}, issued {3}.</source>
        <translation>{0} ({1}), miembro {2}, emitido el {3}.</translation>
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <location filename="../../ui/security/rights_view.py" line="33" />
        <location filename="../../ui/security/rights_view.py" line="103" />
        <source>Find the resident first.</source>
        <translation>Busque primero al residente.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="35" />
        <source>Chosen resident</source>
        <translation>Residente elegido</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="38" />
        <source>&amp;Subject access export…</source>
        <translation>Exportación de acceso a los &amp;datos…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="39" />
        <source>&amp;Withdraw all consent</source>
        <translation>&amp;Retirar todo el consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="40" />
        <source>Legal &amp;hold…</source>
        <translation>Retención &amp;legal…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="41" />
        <source>&amp;Erase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="72" />
        <source>Written: {html} and {json}</source>
        <translation>Guardado: {html} y {json}</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="77" />
        <source>Consent withdrawn for {n} purpose(s); nothing more is shared from now on.</source>
        <translation>Consentimiento retirado para {n} finalidad(es); a partir de ahora no se comparte nada más.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="82" />
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="83" />
        <source>Why must this record be kept?</source>
        <translation>¿Por qué hay que conservar este registro?</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="91" />
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="93" />
        <source>Legal hold placed: exempt from retention and erasure.</source>
        <translation>Retención legal aplicada: exento de las reglas de conservación de datos y del borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights_view.py" line="101" />
        <source>Erased. The erasure reaches the council at the next sync.</source>
        <translation>Borrado. El borrado llegará al ayuntamiento en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>Safeguarding</name>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="42" />
        <source>If anyone is in immediate danger, call 999 now.</source>
        <translation>Si alguien está en peligro inmediato, llame ahora al 999.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="43" />
        <source>Do not promise to keep it secret; explain who you will tell and why.</source>
        <translation>No prometa guardar el secreto; explique a quién se lo va a contar y por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="44" />
        <source>Tell the hub's safeguarding lead today, in person or by phone, and note who you told.</source>
        <translation>Informe hoy al responsable de protección de personas en riesgo del centro, en persona o por teléfono, y anote a quién se lo dijo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="45" />
        <source>Domestic abuse: the National Domestic Abuse Helpline is 0808 2000 247 (free, 24 hours).</source>
        <translation>Violencia doméstica: la línea nacional de ayuda (National Domestic Abuse Helpline) es el 0808 2000 247 (gratuita, 24 horas).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="46" />
        <source>Children: the council's children's front door (MASH) takes referrals the same day.</source>
        <translation>Menores: el punto de entrada del ayuntamiento para menores (MASH) acepta derivaciones el mismo día.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/taxonomy_strings.py" line="47" />
        <source>Never write a refuge address on a slip or in notes.</source>
        <translation>Nunca escriba la dirección de una casa de acogida en una hoja ni en las notas.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="181" />
        <source>Search services: words, a need, an organisation</source>
        <translation>Buscar servicios: palabras, una necesidad, una organización</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="182" />
        <source>Search the directory</source>
        <translation>Buscar en el directorio</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="183" />
        <source>Results update as you type; Down arrow moves to the results</source>
        <translation>Los resultados se actualizan mientras escribe; la flecha abajo pasa a los resultados</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="186" />
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="192" />
        <source>Services found</source>
        <translation>Servicios encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="212" />
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="254" />
        <source>Searched for “{right}” instead of “{wrong}”.</source>
        <translation>Se ha buscado «{right}» en lugar de «{wrong}».</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="257" />
        <source>Many services match: best name matches first; type more to narrow.</source>
        <translation>Muchos servicios coinciden: primero los nombres más parecidos; escriba más para acotar.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="261" />
        <source>No services found. If nothing suits, record it as an unmet need.</source>
        <translation>No se encontró ningún servicio. Si nada es adecuado, regístrelo como necesidad no cubierta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory/search_panel.py" line="262" />
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n servicio(s) encontrado(s)</numerusform>
            <numerusform>%n servicio(s) encontrado(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="263" />
        <source> (showing the first 100)</source>
        <translation> (se muestran los primeros 100)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="273" />
        <source>“{postcode}” is not a full postcode or district yet.</source>
        <translation>«{postcode}» aún no es un código postal o distrito postal completo.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="276" />
        <source>No position is known for {postcode} or its district, so distances cannot be shown.</source>
        <translation>No se conoce la ubicación de {postcode} ni de su distrito postal, así que no se pueden mostrar distancias.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="281" />
        <source>{postcode} is not in the postcode table; distances are from the centre of its sector.</source>
        <translation>{postcode} no está en la tabla de códigos postales; las distancias se calculan desde el centro de su sector.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/search_panel.py" line="283" />
        <source>{postcode} is not in the postcode table; distances are from the approximate centre of its district.</source>
        <translation>{postcode} no está en la tabla de códigos postales; las distancias se calculan desde el centro aproximado de su distrito postal.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="29" />
        <source>Enquiries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="31" />
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="33" />
        <source>Time bank</source>
        <translation>Banco de tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="35" />
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="36" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="38" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="40" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="112" />
        <source>It could not be loaded; the log file has the details.</source>
        <translation>No se pudo cargar; el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="121" />
        <source>It could not be started; the log file has the details.</source>
        <translation>No se pudo iniciar; el archivo de registro tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/security/page.py" line="169" />
        <source>Security settings are for coordinators. Press Ctrl+L to lock the screen when you step away.</source>
        <translation>Los ajustes de seguridad son para coordinadores. Pulse Ctrl+L para bloquear la pantalla cuando se aleje.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="180" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="181" />
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="182" />
        <source>&amp;Audit trail</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="183" />
        <source>Se&amp;ttings and retention</source>
        <translation>Ajus&amp;tes y conservación de datos</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="184" />
        <source>&amp;Residents' rights</source>
        <translation>Derechos de los reside&amp;ntes</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="186" />
        <source>&amp;Consent renewals</source>
        <translation>Renovación de &amp;consentimientos</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="187" />
        <source>E&amp;quality</source>
        <translation>&amp;Igualdad</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="72" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="74" />
        <source>This hub</source>
        <translation>Este centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="76" />
        <source>Hub name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="77" />
        <source>hub name</source>
        <translation>nombre del centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="78" />
        <source>Save &amp;name</source>
        <translation>Guardar &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="79" />
        <source>Save hub name</source>
        <translation>Guardar nombre del centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="81" />
        <source>Hub name status</source>
        <translation>Estado del nombre del centro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="84" />
        <source>Council server</source>
        <translation>Servidor del ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="85" />
        <source>Set up on the Sync page</source>
        <translation>Configurar en la página Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="86" />
        <source>Set up on the S&amp;ync page…</source>
        <translation>Con&amp;figurar en la página Sincronizar…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="87" />
        <source>Open the Sync page</source>
        <translation>Abrir la página Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="95" />
        <source>Hub &amp;name:</source>
        <translation>&amp;Nombre del centro:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="98" />
        <source>Council &amp;server:</source>
        <translation>&amp;Servidor del ayuntamiento:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="100" />
        <source>Language and text size (this computer, this user)</source>
        <translation>Idioma y tamaño del texto (este equipo, este usuario)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="102" />
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="107" />
        <source>Language note</source>
        <translation>Nota sobre el idioma</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="115" />
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="116" />
        <source>Ctrl+= and Ctrl+- also change it anywhere</source>
        <translation>Ctrl+= y Ctrl+- también lo cambian en cualquier lugar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="118" />
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="120" />
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="121" />
        <source>High &amp;contrast (white on black, yellow focus)</source>
        <translation>Alto &amp;contraste (blanco sobre negro, foco amarillo)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="122" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="123" />
        <source>Ctrl+Shift+H also switches it</source>
        <translation>Ctrl+Shift+H también lo activa o desactiva</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="127" />
        <source>Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 normal. The window's size and place are remembered.</source>
        <translation>Ctrl+= más grande, Ctrl+- más pequeño, Ctrl+0 normal. Se recuerdan el tamaño y la posición de la ventana.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="168" />
        <source>Not set up: working offline</source>
        <translation>Sin configurar: trabajando sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="173" />
        <source>Only a coordinator can rename the hub.</source>
        <translation>Solo un coordinador puede cambiar el nombre del centro.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="180" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="195" />
        <source>The new language is used the next time AccessPoint starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie AccessPoint.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="197" />
        <source>* Not yet checked by a native speaker.</source>
        <translation>* Todavía no revisado por un hablante nativo.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/security/page.py" line="44" />
        <source>Lock the screen after minutes</source>
        <translation>Bloquear la pantalla tras minutos</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="45" />
        <source>Wrong attempts before lock-out</source>
        <translation>Intentos fallidos antes del bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="46" />
        <source>Lock-out minutes</source>
        <translation>Minutos de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="47" />
        <source>Allow the &amp;command line (acts as a coordinator)</source>
        <translation>Permitir la línea de &amp;comandos (actúa como coordinador)</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="51" />
        <source>Keep enquiry details for days</source>
        <translation>Conservar los detalles de las consultas durante días</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="54" />
        <source>Anonymise people not seen for days</source>
        <translation>Anonimizar a personas sin visitas desde hace días</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="55" />
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="57" />
        <source>&amp;Run retention now</source>
        <translation>Aplicar la conse&amp;rvación de datos ahora</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="59" />
        <source>&amp;Back up to a file…</source>
        <translation>Hacer una copia de &amp;seguridad en un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="61" />
        <source>Show the reco&amp;very key…</source>
        <translation>Mostrar la cla&amp;ve de recuperación…</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="64" />
        <source>&amp;Idle lock (minutes):</source>
        <translation>&amp;Bloqueo por inactividad (minutos):</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="65" />
        <source>&amp;Wrong attempts before lock-out:</source>
        <translation>Intentos &amp;fallidos antes del bloqueo:</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="66" />
        <source>Lock-out &amp;minutes:</source>
        <translation>&amp;Minutos de bloqueo:</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="68" />
        <source>&amp;Enquiry details kept (days):</source>
        <translation>&amp;Detalles de las consultas conservados (días):</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="69" />
        <source>&amp;People not seen, anonymised after (days):</source>
        <translation>&amp;Personas sin visitas, anonimizadas tras (días):</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="90" />
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="110" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="115" />
        <source>Retention run: {r}</source>
        <translation>Conservación de datos aplicada: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="118" />
        <source>Back up to</source>
        <translation>Hacer copia de seguridad en</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="123" />
        <source>Encrypted backup written.</source>
        <translation>Copia de seguridad cifrada guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="131" />
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/security/page.py" line="132" />
        <source>This database is not encrypted.</source>
        <translation>Esta base de datos no está cifrada.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/security/login.py" line="166" />
        <source>Sign in to AccessPoint</source>
        <translation>Iniciar sesión en AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="168" />
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="173" />
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="176" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="177" />
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN o contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="180" />
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/security/login.py" line="194" />
        <source>Choose your name.</source>
        <translation>Elija su nombre.</translation>
    </message>
</context>
<context>
    <name>SignpostDialog</name>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="60" />
        <location filename="../../ui/directory/signpost_dialog.py" line="61" />
        <source>Signpost or refer</source>
        <translation>Orientar o derivar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="64" />
        <source>Enquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="67" />
        <source>Services chosen</source>
        <translation>Servicios elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="68" />
        <source>Delete removes a service from the list</source>
        <translation>Supr quita un servicio de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="70" />
        <source>Chosen serv&amp;ices (Enter in the results adds one):</source>
        <translation>Servicios &amp;elegidos (Intro en los resultados añade uno):</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="72" />
        <source>A&amp;dd to list</source>
        <translation>Añadir a la &amp;lista</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="73" />
        <source>Add the selected service to the list</source>
        <translation>Añadir el servicio seleccionado a la lista</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="74" />
        <source>Signpos&amp;t: the resident was given the details</source>
        <translation>Orien&amp;tar: el residente recibió los datos de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="76" />
        <source>&amp;Refer: send their details to the service (needs consent to share)</source>
        <translation>&amp;Derivar: enviar sus datos al servicio (requiere consentimiento para compartir)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Signpost</source>
        <translation>Orientar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="78" />
        <source>Refer</source>
        <translation>Derivar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="86" />
        <source>Consent to share</source>
        <translation>Consentimiento para compartir</translation>
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
        <translation>orientación</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="92" />
        <source>&amp;No suitable service found</source>
        <translation>&amp;No se encontró ningún servicio adecuado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="93" />
        <source>No suitable service found: record the unmet need</source>
        <translation>No se encontró ningún servicio adecuado: registrar la necesidad no cubierta</translation>
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
        <translation>Guardar e &amp;imprimir hoja…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="98" />
        <source>Save and print the slip</source>
        <translation>Guardar e imprimir la hoja</translation>
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
        <translation>Consulta {ref} · necesidades: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="140" />
        <source>none recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="146" />
        <source>The resident has given consent to share: you may refer.</source>
        <translation>El residente ha dado su consentimiento para compartir: puede derivar.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/signpost_dialog.py" line="148" />
        <source>No consent to share is recorded, so you can signpost but not refer. Ask the resident and record consent on the enquiry to refer.</source>
        <translation>No consta consentimiento para compartir, así que puede orientar pero no derivar. Para derivar, pregunte al residente y registre el consentimiento en la consulta.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="45" />
        <location filename="../../ui/directory/slip_print.py" line="89" />
        <location filename="../../ui/directory/slip_print.py" line="90" />
        <source>Signposting slip</source>
        <translation>Hoja de orientación</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="92" />
        <source>Slip language</source>
        <translation>Idioma de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="95" />
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
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
        <translation>Nota sobre el idioma de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="103" />
        <source>Slip preview</source>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="105" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="106" />
        <source>Print the slip</source>
        <translation>Imprimir la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="107" />
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="108" />
        <source>Save the slip as PDF</source>
        <translation>Guardar la hoja como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="109" />
        <location filename="../../ui/directory/slip_print.py" line="110" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="151" />
        <source>The slip wording is not translated into {language} yet; it is in English.</source>
        <translation>El texto de la hoja aún no está traducido al {language}; está en inglés.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/slip_print.py" line="155" />
        <source>Save slip as PDF</source>
        <translation>Guardar hoja como PDF</translation>
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
        <translation>La hoja se guardó en {path}.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/statusbar.py" line="73" />
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="74" />
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="75" />
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="77" />
        <source>Changes not yet synced</source>
        <translation>Cambios aún no sincronizados</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="100" />
        <source>Nothing waiting to sync</source>
        <translation>Nada pendiente de sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="101" />
        <source>Not yet synced: {count}</source>
        <translation>Aún sin sincronizar: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="102" />
        <source>{user} at {hub}</source>
        <translation>{user} en {hub}</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="128" />
        <source>● Online</source>
        <translation>● Con conexión</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="129" />
        <source>The council server answered.</source>
        <translation>El servidor del ayuntamiento respondió.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="131" />
        <location filename="../../ui/statusbar.py" line="135" />
        <source>○ Offline</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="132" />
        <source>No council server is set up; see the Sync page. Everything is saved on this computer.</source>
        <translation>No hay ningún servidor del ayuntamiento configurado; vea la página Sincronizar. Todo se guarda en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="136" />
        <source>The council server cannot be reached. Carry on: changes are kept and sent when it is back.</source>
        <translation>No se puede contactar con el servidor del ayuntamiento. Siga trabajando: los cambios se conservan y se envían cuando vuelva.</translation>
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
        <translation>Algo ha ido mal: {0}</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../ui/sync/labels.py" line="8" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="9" />
        <source>Enquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="10" />
        <source>Enquiry note</source>
        <translation>Nota de la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="11" />
        <source>Consent record</source>
        <translation>Registro de consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="12" />
        <source>Signposting</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="13" />
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="14" />
        <source>Referral update</source>
        <translation>Actualización de la derivación</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="15" />
        <source>Time-bank member</source>
        <translation>Miembro del banco de tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="16" />
        <source>Hours (ledger entry)</source>
        <translation>Horas (movimiento)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="17" />
        <source>Reward redemption</source>
        <translation>Canje de recompensa</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="18" />
        <source>Local service</source>
        <translation>Servicio local</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="19" />
        <source>Directory problem report</source>
        <translation>Informe de problema del directorio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="20" />
        <source>Audit entry</source>
        <translation>Entrada de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="24" />
        <source>Connecting to the council server…</source>
        <translation>Conectando con el servidor del ayuntamiento…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="25" />
        <source>Sending this hub's changes…</source>
        <translation>Enviando los cambios de este centro…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="26" />
        <source>Receiving changes from the council…</source>
        <translation>Recibiendo cambios del ayuntamiento…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="27" />
        <source>Checking both sides agree…</source>
        <translation>Comprobando que ambos lados coinciden…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="28" />
        <source>Sync finished.</source>
        <translation>Sincronización terminada.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="29" />
        <source>Sync stopped.</source>
        <translation>Sincronización detenida.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="33" />
        <source>Changed in two places</source>
        <translation>Cambiado en dos sitios</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="34" />
        <source>Refused by the council server</source>
        <translation>Rechazado por el servidor del ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="35" />
        <source>Balance went below zero</source>
        <translation>El saldo quedó por debajo de cero</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="42" />
        <source>This computer is not enrolled with the council server yet. Enter the server address and an enrolment code below.</source>
        <translation>Este equipo aún no está inscrito en el servidor del ayuntamiento. Introduzca abajo la dirección del servidor y un código de inscripción.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="45" />
        <source>The council server no longer accepts this computer (its access was revoked or has expired). Enrol it again with a new code; nothing unsynced is lost.</source>
        <translation>El servidor del ayuntamiento ya no acepta este equipo (su acceso se revocó o ha caducado). Vuelva a inscribirlo con un código nuevo; no se pierde nada pendiente de sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="48" />
        <source>Could not reach the council server. Check the internet connection; the sync will carry on next time and nothing is lost.</source>
        <translation>No se pudo contactar con el servidor del ayuntamiento. Compruebe la conexión a internet; la sincronización continuará la próxima vez y no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="51" />
        <source>The council server is having problems; the sync will carry on next time and nothing is lost.</source>
        <translation>El servidor del ayuntamiento tiene problemas; la sincronización continuará la próxima vez y no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="54" />
        <source>This version of AccessPoint and the council server cannot talk to each other. Install the current version; nothing unsynced is lost.</source>
        <translation>Esta versión de AccessPoint y el servidor del ayuntamiento no pueden comunicarse. Instale la versión actual; no se pierde nada pendiente de sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="57" />
        <source>Another sync is already running for this hub; wait for it to finish.</source>
        <translation>Ya hay otra sincronización en curso para este centro; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="59" />
        <source>The database on this computer was busy; the sync stopped safely and will carry on next time.</source>
        <translation>La base de datos de este equipo estaba ocupada; la sincronización se detuvo de forma segura y continuará la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="62" />
        <source>This computer has no secure password store, so it cannot be enrolled. Ask IT to enable the system keyring.</source>
        <translation>Este equipo no tiene un almacén seguro de contraseñas, así que no se puede inscribir. Pida al servicio informático que active el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="71" />
        <source>The council server's certificate could not be verified. If the council uses its own certificate authority, choose its CA bundle below.</source>
        <translation>No se pudo verificar el certificado del servidor del ayuntamiento. Si el ayuntamiento usa su propia autoridad de certificación, elija abajo su paquete de CA.</translation>
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
        <translation>Última sincronización correcta</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="65" />
        <source>Sync reminder</source>
        <translation>Recordatorio de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="68" />
        <source>Changes waiting to be sent</source>
        <translation>Cambios pendientes de envío</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="71" />
        <source>Changes received but not applied yet</source>
        <translation>Cambios recibidos pero aún no aplicados</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="72" />
        <source>Show &amp;waiting changes…</source>
        <translation>Mostrar cambios en &amp;espera…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="73" />
        <source>Show the changes waiting to be applied</source>
        <translation>Mostrar los cambios que esperan ser aplicados</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="77" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="78" />
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="82" />
        <source>Who can sync</source>
        <translation>Quién puede sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="85" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="86" />
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="89" />
        <source>Press Sync now at the end of the day.</source>
        <translation>Pulse Sincronizar ahora al final del día.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="90" />
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="93" />
        <source>Sync progress bar</source>
        <translation>Barra de progreso de la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="98" />
        <source>Sync summary</source>
        <translation>Resumen de la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="104" />
        <source>End-of-day sync</source>
        <translation>Sincronización de fin del día</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="115" />
        <source>Sync in the &amp;background when online</source>
        <translation>Sincronizar en segundo &amp;plano cuando haya conexión</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="116" />
        <source>Sync in the background when online</source>
        <translation>Sincronizar en segundo plano cuando haya conexión</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="119" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="120" />
        <source>Remind me when not synced for this many days</source>
        <translation>Recordármelo cuando no se haya sincronizado en este número de días</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="121" />
        <source>&amp;Remind me after:</source>
        <translation>&amp;Recordármelo tras:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="171" />
        <source>Last successful sync: {when} ({days} days ago)</source>
        <translation>Última sincronización correcta: {when} (hace {days} días)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="173" />
        <source>Last successful sync: {when}</source>
        <translation>Última sincronización correcta: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="175" />
        <source>Last successful sync: never</source>
        <translation>Última sincronización correcta: nunca</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="177" />
        <source>This hub has not synced for more than {days} days. Sync today so the council has your records.</source>
        <translation>Este centro no se sincroniza desde hace más de {days} días. Sincronice hoy para que el ayuntamiento tenga sus registros.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="180" />
        <source>Waiting to be sent: {count}</source>
        <translation>Pendientes de envío: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="184" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync)</source>
        <translation>Recibidos pero aún no aplicados: {count} (guardados; se aplicarán en una sincronización posterior)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="195" />
        <source>Enrol this computer below to start syncing. Everything is saved on this computer meanwhile.</source>
        <translation>Inscriba este equipo a continuación para empezar a sincronizar. Mientras tanto, todo se guarda en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="204" />
        <source>The last sync did not finish: {reason}</source>
        <translation>La última sincronización no terminó: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216" />
        <source>Only a coordinator can sync this computer. Everything you record is saved here and will be sent at the coordinator's next sync.</source>
        <translation>Solo un coordinador puede sincronizar este ordenador. Todo lo que registre se guarda aquí y se enviará en la próxima sincronización del coordinador.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="248" />
        <source>Cancelling at the next safe point…</source>
        <translation>Cancelando en el próximo punto seguro…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="259" />
        <source>{stage} {done} of {total}</source>
        <translation>{stage} {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="263" />
        <source>{stage} {done} so far</source>
        <translation>{stage} {done} hasta ahora</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="279" />
        <source>Enrolled as hub “{hub}”. You can sync now.</source>
        <translation>Inscrito como centro «{hub}». Ya puede sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="304" />
        <source>Something went wrong ({error}); the log has the details. Nothing unsynced is lost.</source>
        <translation>Algo ha ido mal ({error}); el registro de errores tiene los detalles. No se ha perdido nada pendiente de sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="309" />
        <source>Sync cancelled. Nothing was lost; the next sync carries on from here.</source>
        <translation>Sincronización cancelada. No se ha perdido nada; la próxima sincronización continuará desde aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="313" />
        <source>The sync did not finish: {reason}</source>
        <translation>La sincronización no terminó: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="320" />
        <source>Sent: {enquiries} enquiries, {referrals} referrals, {hours} hours (all changes: {total}).</source>
        <translation>Enviado: {enquiries} consultas, {referrals} derivaciones, {hours} horas (total de cambios: {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="324" />
        <source>Received: {directory} directory changes, {members} members, {balances} balances (all changes: {total}).</source>
        <translation>Recibido: {directory} cambios en el directorio, {members} miembros, {balances} saldos (total de cambios: {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="329" />
        <source>Needs attention: {count}.</source>
        <translation>Requieren atención: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="332" />
        <source>Received but not applied yet: {count} (kept; applied at a later sync).</source>
        <translation>Recibidos pero aún no aplicados: {count} (guardados; se aplicarán en una sincronización posterior).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="335" />
        <source>Some records will be sent again at the next sync: the council server is missing them.</source>
        <translation>Algunos registros se enviarán de nuevo en la próxima sincronización: faltan en el servidor del ayuntamiento.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="350" />
        <source>Wait for the sync to finish first.</source>
        <translation>Espere primero a que termine la sincronización.</translation>
    </message>
</context>
<context>
    <name>TimeBank</name>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="197" />
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="198" />
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="199" />
        <source>Fri</source>
        <translation>Vie</translation>
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
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="202" />
        <source>afternoon</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="203" />
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="206" />
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="207" />
        <source>Young person</source>
        <translation>Joven</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/widgets.py" line="208" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
<message><source>Converted to local currency</source><translation>Convertido a moneda local</translation></message><message><source>Correction: {0}</source><translation>Corrección: {0}</translation></message><message><source>Earned: {0} ({1})</source><translation>Ganado: {0} ({1})</translation></message><message><source>Gift from {0}</source><translation>Regalo de {0}</translation></message><message><source>Gift to {0}</source><translation>Regalo para {0}</translation></message><message><source>Opening balance brought across</source><translation>Saldo inicial trasladado</translation></message><message><source>Spent: {0}</source><translation>Gastado: {0}</translation></message><message><source>activity</source><translation>actividad</translation></message><message><source>attends this hub</source><translation>acude a este centro</translation></message><message><source>free: {0}</source><translation>disponible: {0}</translation></message><message><source>interests: {0}</source><translation>intereses: {0}</translation></message><message><source>reward</source><translation>recompensa</translation></message><message><source>skills: {0}</source><translation>habilidades: {0}</translation></message><message><source>wants employment support</source><translation>quiere apoyo al empleo</translation></message></context>
<context>
    <name>TimeBankPage</name>
    <message>
        <location filename="../../ui/timebank/page.py" line="36" />
        <source>Time bank</source>
        <translation>Banco de tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="43" />
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="44" />
        <source>Log hours</source>
        <translation>Registrar horas</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/page.py" line="45" />
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
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
        <translation>Auditoría de horas</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="66" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="67" />
        <source>Signs in with</source>
        <translation>Inicia sesión con</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="68" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="71" />
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="75" />
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="76" />
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;función…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="77" />
        <source>&amp;Reset PIN…</source>
        <translation>&amp;Restablecer PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="78" />
        <source>&amp;Deactivate / reactivate</source>
        <translation>&amp;Desactivar / reactivar</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="83" />
        <source>Someone who leaves is deactivated, not deleted: the records they made still name them.</source>
        <translation>Quien se va se desactiva, no se borra: los registros que hizo siguen mostrando su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="108" />
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Change role</source>
        <translation>Cambiar función</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="128" />
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="139" />
        <source>Reset PIN</source>
        <translation>Restablecer PIN</translation>
    </message>
    <message>
        <location filename="../../ui/security/users_view.py" line="140" />
        <source>New PIN (6+ digits):</source>
        <translation>Nuevo PIN (6 o más dígitos):</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="49" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="51" />
        <source>Date the time was given</source>
        <translation>Fecha en que se dio el tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="53" />
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="54" />
        <source>Who confirms the time was given</source>
        <translation>Quién confirma que se dio el tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="56" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="57" />
        <source>Coordinator confirms more than 12 hours in a day</source>
        <translation>El coordinador confirma más de 12 horas en un día</translation>
    </message>
    <message>
        <location filename="../../ui/timebank/log_hours.py" line="59" />
        <source>Confirm more than 12 hours in a day</source>
        <translation>Confirmar más de 12 horas en un día</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="92" />
        <source>AccessPoint cannot start</source>
        <translation>AccessPoint no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="163" />
        <location filename="../../ui/ops/startup.py" line="170" />
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="164" />
        <source>AccessPoint's database file is damaged and there is no backup to restore. Nothing has been deleted. Please contact whoever supports your hub, and do not delete this folder:
{folder}

A report for them was saved as:
{report}</source>
        <translation>El archivo de la base de datos de AccessPoint está dañado y no hay ninguna copia de seguridad que restaurar. No se ha borrado nada. Póngase en contacto con quien da soporte a su centro y no borre esta carpeta:
{folder}

Se ha guardado un informe para esa persona en:
{report}</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="171" />
        <source>AccessPoint's database file is damaged, so it has not been opened.

Restore the latest backup, from {when}? Anything entered after that will be missing. The damaged file is kept aside, not deleted, in case an expert can recover more from it.</source>
        <translation>El archivo de la base de datos de AccessPoint está dañado, así que no se ha abierto.

¿Restaurar la copia de seguridad más reciente, del {when}? Faltará lo que se haya introducido después. El archivo dañado se guarda aparte, sin borrarlo, por si un experto puede recuperar más datos.</translation>
    </message>
    <message>
        <location filename="../../ui/ops/startup.py" line="181" />
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../ui/ops/startup.py" line="232" />
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/reports/monthly.py" line="172" />
        <source>Monthly hub report</source>
        <translation>Informe mensual del centro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="179" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="181" />
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="190" />
        <source>Save monthly report</source>
        <translation>Guardar informe mensual</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="191" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="208" />
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="210" />
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="215" />
        <source>Preparing the monthly report…</source>
        <translation>Preparando el informe mensual…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="221" />
        <source>CSV, every chart in one table (*.csv)</source>
        <translation>CSV, todos los gráficos en una sola tabla (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="223" />
        <source>Excel workbook, a sheet per chart (*.xlsx)</source>
        <translation>Libro de Excel, una hoja por gráfico (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="224" />
        <source>Save the dashboard's data</source>
        <translation>Guardar los datos del panel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="242" />
        <source>Folder for the open data</source>
        <translation>Carpeta para los datos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="252" />
        <source>Wrote %1 open-data files to %2</source>
        <translation>Se escribieron %1 archivos de datos abiertos en %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly.py" line="254" />
        <source>Writing open data…</source>
        <translation>Escribiendo los datos abiertos…</translation>
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
        <translation>Clave de recuperación de AccessPoint</translation>
    </message>
    <message>
        <location filename="../../ui/security/rights.py" line="32" />
        <source>Save the subject access export in</source>
        <translation>Guardar la exportación de la solicitud de acceso a los datos en</translation>
    </message>
</context>
<context>
    <name>self.app</name>
    <message>
        <location filename="../../ui/ops/opening.py" line="214" />
        <source>AccessPoint cannot start</source>
        <translation>AccessPoint no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="53" />
        <source>Save diagnostic report</source>
        <translation>Guardar informe de diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="54" />
        <source>Zip files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="62" />
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="66" />
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <location filename="../../ui/ops/help_menu.py" line="67" />
        <source>The report was saved as:
{path}

It contains the app's logs and versions, and no names or personal details. Send it to whoever supports your hub.</source>
        <translation>El informe se guardó como:
{path}

Contiene los registros y versiones de la aplicación, sin nombres ni datos personales. Envíelo a quien da soporte a su centro.</translation>
    </message>
</context>
<context><name>DirectoryDetail</name><message><source>Address</source><translation>Dirección</translation></message><message><source>Aged {lo} and over</source><translation>A partir de {lo} años</translation></message><message><source>Aged {lo} to {hi}</source><translation>De {lo} a {hi} años</translation></message><message><source>Area</source><translation>Zona</translation></message><message><source>Closed now</source><translation>Cerrado ahora</translation></message><message><source>Confidential: never given out or printed. Use the phone contact to arrange a visit.</source><translation>Confidencial: nunca se facilita ni se imprime. Use el contacto telefónico para concertar una visita.</translation></message><message><source>Contact</source><translation>Contacto</translation></message><message><source>Cost</source><translation>Coste</translation></message><message><source>Email</source><translation>Correo electrónico</translation></message><message><source>Free</source><translation>Gratuito</translation></message><message><source>Helps with</source><translation>Ayuda con</translation></message><message><source>How to access</source><translation>Cómo acceder</translation></message><message><source>Hub-local service (added here, not yet in the council directory)</source><translation>Servicio local del centro (añadido aquí, aún no figura en el directorio del ayuntamiento)</translation></message><message><source>Interpreting</source><translation>Interpretación</translation></message><message><source>Languages spoken</source><translation>Idiomas hablados</translation></message><message><source>Last verified</source><translation>Última verificación</translation></message><message><source>Last verified {date}: more than 12 months ago. Check the details (phone first) before relying on them.</source><translation>Última verificación el {date}: hace más de 12 meses. Compruebe los datos (llame primero) antes de fiarse de ellos.</translation></message><message><source>No building to visit: phone or online.</source><translation>No hay un lugar que visitar: por teléfono o en línea.</translation></message><message><source>Not given</source><translation>No indicado</translation></message><message><source>Not given: phone to check.</source><translation>No indicado: llame para confirmarlo.</translation></message><message><source>Open now</source><translation>Abierto ahora</translation></message><message><source>Opening times</source><translation>Horario</translation></message><message><source>Run by {org}</source><translation>Gestionado por {org}</translation></message><message><source>This service is no longer in the directory.</source><translation>Este servicio ya no figura en el directorio.</translation></message><message><source>Up to age {hi}</source><translation>Hasta los {hi} años</translation></message><message><source>Website</source><translation>Sitio web</translation></message><message><source>Who it is for</source><translation>A quién va dirigido</translation></message><message><source>never</source><translation>nunca</translation></message></context><context><name>DomainMessages</name><message><source>'{acct}' is not a ledger account.</source><translation>'{acct}' no es una cuenta del libro mayor.</translation></message><message><source>'{number}' is not a member number (letters, digits and dashes, up to 20).</source><translation>'{number}' no es un número de miembro (letras, cifras y guiones, hasta 20).</translation></message><message><source>'{text}' is not a UK postcode (for example E1 6AN).</source><translation>'{text}' no es un código postal del Reino Unido (por ejemplo E1 6AN).</translation></message><message><source>'{text}' is not a date (use DD/MM/YYYY).</source><translation>'{text}' no es una fecha (use DD/MM/AAAA).</translation></message><message><source>'{text}' is not a date (use YYYY-MM-DD).</source><translation>'{text}' no es una fecha (use AAAA-MM-DD).</translation></message><message><source>'{text}' is not a date: write it as DD/MM/YYYY (for example 01/12/2026), or +7 for a week from today.</source><translation>'{text}' no es una fecha: escríbala como DD/MM/AAAA (por ejemplo 01/12/2026), o +7 para dentro de una semana.</translation></message><message><source>'{value}' is not a whole number of minutes.</source><translation>'{value}' no es un número entero de minutos.</translation></message><message><source>({lat}, {lon}) is not on Earth; ignored</source><translation>({lat}, {lon}) no está en la Tierra; se ignoró</translation></message><message><source>A PIN is digits only.</source><translation>Un PIN solo lleva cifras.</translation></message><message><source>A PIN needs at least {min_pin} digits.</source><translation>Un PIN necesita al menos {min_pin} cifras.</translation></message><message><source>A code is 2-40 lower-case letters, digits or underscores.</source><translation>Un código tiene de 2 a 40 letras minúsculas, cifras o guiones bajos.</translation></message><message><source>A local change to this record has not been sent yet.</source><translation>Un cambio local a este registro aún no se ha enviado.</translation></message><message><source>A member is on the sheet twice.</source><translation>Un miembro aparece dos veces en la hoja.</translation></message><message><source>A member must agree to their record being kept.</source><translation>El miembro debe aceptar que se guarde su registro.</translation></message><message><source>A password needs at least {min_password} characters (a short phrase is easy to remember).</source><translation>Una contraseña necesita al menos {min_password} caracteres (una frase corta es fácil de recordar).</translation></message><message><source>A person needs a first or family name.</source><translation>Una persona necesita un nombre o un apellido.</translation></message><message><source>A phone number needs at least 6 digits.</source><translation>Un número de teléfono necesita al menos 6 dígitos.</translation></message><message><source>A referral shares the resident's details, so it needs their consent to share. Ask for consent and record it on the enquiry, or signpost instead.</source><translation>Una derivación comparte los datos del residente, así que necesita su consentimiento para compartir. Pida el consentimiento y regístrelo en la consulta, o haga una orientación en su lugar.</translation></message><message><source>A referral that is {before} cannot become {after}.</source><translation>Una derivación en estado {before} no puede pasar a {after}.</translation></message><message><source>A transfer needs two different accounts.</source><translation>Una transferencia necesita dos cuentas distintas.</translation></message><message><source>A young person needs their Youth Privilege Card number.</source><translation>Un joven necesita el número de su Youth Privilege Card.</translation></message><message><source>AccessPoint cannot write to its data folder ({folder}). It may be on a read-only drive or its permissions changed. Ask whoever looks after this computer to give your user write access to that folder, then start AccessPoint again.</source><translation>AccessPoint no puede escribir en su carpeta de datos ({folder}). Puede que esté en una unidad de solo lectura o que hayan cambiado los permisos. Pida a quien se ocupa de este ordenador que dé a su usuario permiso de escritura en esa carpeta y vuelva a iniciar AccessPoint.</translation></message><message><source>Accessibility needs: at most {limit} characters.</source><translation>Necesidades de accesibilidad: como máximo {limit} caracteres.</translation></message><message><source>Ages are between 0 and 120.</source><translation>Las edades van de 0 a 120.</translation></message><message><source>An activity '{name}' ({code}) already exists.</source><translation>Ya existe una actividad '{name}' ({code}).</translation></message><message><source>At most 100 characters.</source><translation>Como máximo 100 caracteres.</translation></message><message><source>At most {max_secret} characters.</source><translation>Como máximo {max_secret} caracteres.</translation></message><message><source>Both members must be active.</source><translation>Ambos miembros deben estar activos.</translation></message><message><source>Cancelled: the credits were refunded.</source><translation>Cancelado: se devolvieron los créditos.</translation></message><message><source>Category must be one of {categories}.</source><translation>La categoría debe ser una de estas: {categories}.</translation></message><message><source>Choose a password or a PIN.</source><translation>Elija una contraseña o un PIN.</translation></message><message><source>Choose a person or give their name.</source><translation>Elija una persona o indique su nombre.</translation></message><message><source>Choose an outcome.</source><translation>Elija un resultado.</translation></message><message><source>Choose an urgency.</source><translation>Elija la urgencia.</translation></message><message><source>Choose at least one member.</source><translation>Elija al menos un miembro.</translation></message><message><source>Choose at least one need it helps with.</source><translation>Elija al menos una necesidad con la que ayuda.</translation></message><message><source>Choose at least one need.</source><translation>Elija al menos una necesidad.</translation></message><message><source>Choose at least one service.</source><translation>Elija al menos un servicio.</translation></message><message><source>Choose between 0 and {max_days} days.</source><translation>Elija entre 0 y {max_days} días.</translation></message><message><source>Choose between {low} and {high}.</source><translation>Elija entre {low} y {high}.</translation></message><message><source>Choose between {min_days} and {max_days} days.</source><translation>Elija entre {min_days} y {max_days} días.</translation></message><message><source>Choose how the resident contacted us.</source><translation>Elija cómo contactó el residente con nosotros.</translation></message><message><source>Choose one of the answers listed.</source><translation>Elija una de las respuestas de la lista.</translation></message><message><source>Choose one of: {purposes}.</source><translation>Elija uno de estos: {purposes}.</translation></message><message><source>Choose signposting or referral.</source><translation>Elija orientación o derivación.</translation></message><message><source>Choose someone else to give credits to.</source><translation>Elija a otra persona a quien regalar los créditos.</translation></message><message><source>Choose the days it runs.</source><translation>Elija los días en que funciona.</translation></message><message><source>Choose two different people to merge.</source><translation>Elija dos personas distintas para unir.</translation></message><message><source>Choose what is wrong.</source><translation>Elija qué está mal.</translation></message><message><source>Consent to share needs consent to record first.</source><translation>El consentimiento para compartir requiere antes el consentimiento para registrar.</translation></message><message><source>Could not be applied: {error}</source><translation>No se pudo aplicar: {error}</translation></message><message><source>Date of birth is before 1900.</source><translation>La fecha de nacimiento es anterior a 1900.</translation></message><message><source>Date of birth is in the future.</source><translation>La fecha de nacimiento está en el futuro.</translation></message><message><source>Days are MO, TU, WE, TH, FR, SA, SU.</source><translation>Los días son MO, TU, WE, TH, FR, SA, SU (de lunes a domingo).</translation></message><message><source>Find the person, add a new person, or tick Anonymous.</source><translation>Busque a la persona, añada una persona nueva o marque Anónimo.</translation></message><message><source>Give at least a first name or a family name.</source><translation>Indique al menos un nombre o un apellido.</translation></message><message><source>Give at least one way to reach it: phone, email, website or address.</source><translation>Indique al menos una forma de contacto: teléfono, correo electrónico, web o dirección.</translation></message><message><source>Give opening and closing times such as 10:00 and 12:30.</source><translation>Indique la hora de apertura y de cierre, por ejemplo 10:00 y 12:30.</translation></message><message><source>Give the activity a name.</source><translation>Dé un nombre a la actividad.</translation></message><message><source>Give the hub a name.</source><translation>Ponga un nombre al centro.</translation></message><message><source>Give the opportunity a title.</source><translation>Dé un título a la oportunidad.</translation></message><message><source>Give the organisation or project's name.</source><translation>Indique el nombre de la organización o del proyecto.</translation></message><message><source>Give the reward a name.</source><translation>Dé un nombre a la recompensa.</translation></message><message><source>Give the service a name.</source><translation>Dé un nombre al servicio.</translation></message><message><source>Give the user a name.</source><translation>Dé un nombre al usuario.</translation></message><message><source>Give your name.</source><translation>Indique su nombre.</translation></message><message><source>Import cancelled; the directory was not changed.</source><translation>Importación cancelada; el directorio no se ha cambiado.</translation></message><message><source>It must close after it opens.</source><translation>Tiene que cerrar después de abrir.</translation></message><message><source>Member number {member_number} is used by two different members; a coordinator must renumber one of them.</source><translation>El número de miembro {member_number} lo usan dos miembros distintos; un coordinador debe cambiar el número de uno de ellos.</translation></message><message><source>Member number {number} is already used.</source><translation>El número de miembro {number} ya está en uso.</translation></message><message><source>Member type must be adult, young person or organisation.</source><translation>El tipo de miembro debe ser adulto, joven u organización.</translation></message><message><source>Minutes must be a whole number above zero.</source><translation>Los minutos deben ser un número entero mayor que cero.</translation></message><message><source>Minutes must be above zero.</source><translation>Los minutos deben ser más de cero.</translation></message><message><source>No activity with id {activity_id}.</source><translation>No hay ninguna actividad con el id {activity_id}.</translation></message><message><source>No conversion rate is set up for this scheme.</source><translation>No hay una tasa de conversión configurada para este programa.</translation></message><message><source>No enquiry with id {enquiry_id}.</source><translation>No hay ninguna consulta con el id {enquiry_id}.</translation></message><message><source>No ledger transfer with id {transfer_id}.</source><translation>No hay ninguna transferencia en el libro mayor con el id {transfer_id}.</translation></message><message><source>No one can give more than 24 hours in a day.</source><translation>Nadie puede dar más de 24 horas en un día.</translation></message><message><source>No opportunity with id {opportunity_id}.</source><translation>No hay ninguna oportunidad con el id {opportunity_id}.</translation></message><message><source>No person with id {person_id}.</source><translation>No hay ninguna persona con el id {person_id}.</translation></message><message><source>No redemption with id {redemption_id}.</source><translation>No hay ningún canje con el id {redemption_id}.</translation></message><message><source>No referral with id {referral_id}.</source><translation>No hay ninguna derivación con el id {referral_id}.</translation></message><message><source>No reward with id {reward_id}.</source><translation>No hay ninguna recompensa con el id {reward_id}.</translation></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted and AccessPoint will not open it. Ask IT to enable the system keyring; on a test machine with no real residents' data you may start with --insecure-no-encryption (or ACCESSPOINT_ALLOW_PLAINTEXT=1).</source><translation>Este ordenador no tiene un almacén seguro de contraseñas (llavero del sistema), así que la base de datos no se puede cifrar y AccessPoint no la abrirá. Pida a informática que active el llavero del sistema; en un equipo de pruebas sin datos reales de residentes puede iniciar con --insecure-no-encryption (o ACCESSPOINT_ALLOW_PLAINTEXT=1).</translation></message><message><source>No secure password store (OS keyring) is available on this computer, so the database cannot be encrypted. Ask IT to enable the system keyring, or start with --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) for a test machine holding no real residents' data.</source><translation>Este ordenador no tiene un almacén seguro de contraseñas (llavero del sistema), así que la base de datos no se puede cifrar. Pida a informática que active el llavero del sistema, o inicie con --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) en un equipo de pruebas sin datos reales de residentes.</translation></message><message><source>No service with id {service_id} in the directory.</source><translation>No hay ningún servicio con el id {service_id} en el directorio.</translation></message><message><source>No service with id {sid} in the directory.</source><translation>No hay ningún servicio con el id {sid} en el directorio.</translation></message><message><source>No such legal hold.</source><translation>Esa retención legal no existe.</translation></message><message><source>No such person (already erased?).</source><translation>Esa persona no existe (¿ya se borró?).</translation></message><message><source>No such user.</source><translation>Ese usuario no existe.</translation></message><message><source>No time-bank member with id {member_id}.</source><translation>No hay ningún miembro del banco de tiempo con el id {member_id}.</translation></message><message><source>No voucher with this code was issued here.</source><translation>Aquí no se emitió ningún vale con este código.</translation></message><message><source>Not a security setting.</source><translation>No es un ajuste de seguridad.</translation></message><message><source>Not applied yet: {error}.</source><translation>Aún no aplicado: {error}.</translation></message><message><source>Not enough time credits: the balance is {have}, this needs {total}.</source><translation>No hay créditos de tiempo suficientes: el saldo es {have} y esto necesita {total}.</translation></message><message><source>Nothing imported: {bad} of {rows} rows need fixing.</source><translation>No se importó nada: {bad} de {rows} filas necesitan corrección.</translation></message><message><source>One of these records was already merged; reopen it.</source><translation>Uno de estos registros ya se unió a otro; vuelva a abrirlo.</translation></message><message><source>Only a coordinator can confirm more than 12 hours in a day.</source><translation>Solo un coordinador puede confirmar más de 12 horas en un día.</translation></message><message><source>Only coordinators can do this ({action}). Ask a coordinator.</source><translation>Solo los coordinadores pueden hacer esto ({action}). Pídaselo a un coordinador.</translation></message><message><source>Only staff and above can do this ({action}). Ask a coordinator.</source><translation>Solo el personal y superiores pueden hacer esto ({action}). Pídaselo a un coordinador.</translation></message><message><source>Only the council can release a hold it placed.</source><translation>Solo el ayuntamiento puede levantar una retención que él mismo colocó.</translation></message><message><source>Only this hub's own local services can be edited here.</source><translation>Aquí solo se pueden editar los servicios locales de este centro.</translation></message><message><source>Only this hub's own local services can be removed here.</source><translation>Aquí solo se pueden quitar los servicios locales de este centro.</translation></message><message><source>Only volunteers and above can do this ({action}). Ask a coordinator.</source><translation>Solo los voluntarios y superiores pueden hacer esto ({action}). Pídaselo a un coordinador.</translation></message><message><source>Organisation accounts cannot convert credits.</source><translation>Las cuentas de organizaciones no pueden convertir créditos.</translation></message><message><source>Retention applies to: {defaults}.</source><translation>La conservación se aplica a: {defaults}.</translation></message><message><source>Role must be one of {roles}.</source><translation>El rol debe ser uno de estos: {roles}.</translation></message><message><source>Say what is wrong.</source><translation>Diga qué está mal.</translation></message><message><source>Say which need could not be met.</source><translation>Diga qué necesidad no se pudo atender.</translation></message><message><source>Say why (at most 500 characters).</source><translation>Diga por qué (como máximo 500 caracteres).</translation></message><message><source>Say why the person is erased (at most 500 characters).</source><translation>Diga por qué se borra a la persona (como máximo 500 caracteres).</translation></message><message><source>Say why this transfer is being corrected.</source><translation>Diga por qué se corrige esta transferencia.</translation></message><message><source>Signposting has no status to follow.</source><translation>Una orientación no tiene estado que seguir.</translation></message><message><source>Status is one of {statuses}.</source><translation>El estado es uno de: {statuses}.</translation></message><message><source>Status must be active or left.</source><translation>El estado debe ser activo o de baja.</translation></message><message><source>Stock cannot be negative.</source><translation>Las existencias no pueden ser negativas.</translation></message><message><source>That PIN is too easy to guess.</source><translation>Ese PIN es demasiado fácil de adivinar.</translation></message><message><source>That PIN or password is not right. Try again.</source><translation>Ese PIN o contraseña no es correcto. Inténtelo de nuevo.</translation></message><message><source>That backup's header is damaged.</source><translation>La cabecera de esa copia de seguridad está dañada.</translation></message><message><source>That file is not an AccessPoint backup.</source><translation>Ese archivo no es una copia de seguridad de AccessPoint.</translation></message><message><source>That is not a UK postcode.</source><translation>Eso no es un código postal del Reino Unido.</translation></message><message><source>That is one of the most common choices; pick another.</source><translation>Esa es una de las opciones más comunes; elija otra.</translation></message><message><source>That makes {total} on one day: more than 24 hours.</source><translation>Eso suma {total} en un solo día: más de 24 horas.</translation></message><message><source>That makes {total} on one day: over 12 hours needs a coordinator to confirm.</source><translation>Eso suma {total} en un solo día: más de 12 horas necesita la confirmación de un coordinador.</translation></message><message><source>That person no longer exists; refresh the list.</source><translation>Esa persona ya no existe; actualice la lista.</translation></message><message><source>That person no longer exists; search again.</source><translation>Esa persona ya no existe; busque de nuevo.</translation></message><message><source>That recovery key has a character that cannot be in one.</source><translation>Esa clave de recuperación tiene un carácter que no puede llevar.</translation></message><message><source>That recovery key is not right: check each group and retype it.</source><translation>Esa clave de recuperación no es correcta: revise cada grupo y vuelva a escribirla.</translation></message><message><source>That user cannot sign in here; ask a coordinator.</source><translation>Ese usuario no puede iniciar sesión aquí; pregunte a un coordinador.</translation></message><message><source>The OS keyring did not keep the database key.</source><translation>El llavero del sistema no guardó la clave de la base de datos.</translation></message><message><source>The OS keyring refused to store the key: {exc}</source><translation>El llavero del sistema se negó a guardar la clave: {exc}</translation></message><message><source>The backup could not be read: it is damaged or the key is wrong.</source><translation>No se pudo leer la copia de seguridad: está dañada o la clave es incorrecta.</translation></message><message><source>The command line is switched off for this hub. A coordinator can switch it back on in the app: Settings, Security, 'Allow the command line'.</source><translation>La línea de comandos está desactivada para este centro. Un coordinador puede volver a activarla en la aplicación: Ajustes, Seguridad, 'Permitir la línea de comandos'.</translation></message><message><source>The command line's user cannot sign in to the app.</source><translation>El usuario de la línea de comandos no puede iniciar sesión en la aplicación.</translation></message><message><source>The computer's disk is full, so the last change could not be saved. Everything saved before it is safe. Free some space (empty the Recycle Bin, delete large downloads), then try again; what you typed is still on the screen.</source><translation>El disco del ordenador está lleno, así que el último cambio no se pudo guardar. Todo lo guardado antes está a salvo. Libere espacio (vacíe la Papelera, borre descargas grandes) y vuelva a intentarlo; lo que escribió sigue en la pantalla.</translation></message><message><source>The coordinator took the server's version; waiting for the part of the app that stores it.</source><translation>El coordinador eligió la versión del servidor; esperando la parte de la aplicación que la guarda.</translation></message><message><source>The cost must be a whole number of minutes above zero.</source><translation>El coste debe ser un número entero de minutos mayor que cero.</translation></message><message><source>The database file is damaged and cannot be read safely. AccessPoint can restore the latest backup; the damaged file is kept aside, not deleted.</source><translation>El archivo de la base de datos está dañado y no se puede leer con seguridad. AccessPoint puede restaurar la copia de seguridad más reciente; el archivo dañado se aparta, no se borra.</translation></message><message><source>The database is busy in another program (perhaps a second copy of AccessPoint or a backup tool). Close it and try again; nothing was lost.</source><translation>La base de datos está ocupada en otro programa (quizá una segunda copia de AccessPoint o una herramienta de copias de seguridad). Ciérrelo y vuelva a intentarlo; no se ha perdido nada.</translation></message><message><source>The description is {length} characters; the limit is {limit}. Shorten it or add the rest as notes after saving.</source><translation>La descripción tiene {length} caracteres; el límite es {limit}. Acórtela o añada el resto como notas después de guardar.</translation></message><message><source>The end date is before the start date.</source><translation>La fecha de fin es anterior a la de inicio.</translation></message><message><source>The follow-up date is in the past.</source><translation>La fecha de seguimiento ya ha pasado.</translation></message><message><source>The follow-up date is more than a year away.</source><translation>La fecha de seguimiento es dentro de más de un año.</translation></message><message><source>The follow-up date is not a date.</source><translation>La fecha de seguimiento no es una fecha.</translation></message><message><source>The header row lacks: {missing}.</source><translation>A la fila de encabezado le falta: {missing}.</translation></message><message><source>The maximum age is below the minimum.</source><translation>La edad máxima es inferior a la mínima.</translation></message><message><source>The merged record could not be applied: {error}</source><translation>No se pudo aplicar el registro combinado: {error}</translation></message><message><source>The name is too long ({limit} characters at most).</source><translation>El nombre es demasiado largo (como máximo {limit} caracteres).</translation></message><message><source>The note is empty.</source><translation>La nota está vacía.</translation></message><message><source>The note is limited to {limit} characters.</source><translation>La nota está limitada a {limit} caracteres.</translation></message><message><source>The note is {length} characters; the limit is {limit}.</source><translation>La nota tiene {length} caracteres; el límite es {limit}.</translation></message><message><source>The server refused it (HTTP {status}).</source><translation>El servidor lo rechazó (HTTP {status}).</translation></message><message><source>The sheet has a header but no rows.</source><translation>La hoja tiene encabezado pero no tiene filas.</translation></message><message><source>The sheet is empty.</source><translation>La hoja está vacía.</translation></message><message><source>There must always be one coordinator who can sign in.</source><translation>Siempre debe haber un coordinador que pueda iniciar sesión.</translation></message><message><source>This backup is encrypted with a key this computer does not hold. Give the recovery key printed when that hub was set up (--recovery-key).</source><translation>Esta copia de seguridad está cifrada con una clave que este ordenador no tiene. Indique la clave de recuperación impresa cuando se configuró ese centro (--recovery-key).</translation></message><message><source>This computer already has a coordinator; sign in instead.</source><translation>Este ordenador ya tiene un coordinador; inicie sesión en su lugar.</translation></message><message><source>This data folder already holds real records, so demo data will not be added. Run --demo without --data-dir (it has a folder of its own) or with an empty folder.</source><translation>Esta carpeta de datos ya contiene registros reales, así que no se añadirán datos de demostración. Ejecute --demo sin --data-dir (tiene su propia carpeta) o con una carpeta vacía.</translation></message><message><source>This database is encrypted and this computer's keyring has no key for it (a new user profile, or the folder was copied from elsewhere). Recover it with the printed recovery key: accesspoint security recover --data-dir FOLDER.</source><translation>Esta base de datos está cifrada y el llavero de este ordenador no tiene clave para ella (un perfil de usuario nuevo, o la carpeta se copió de otro sitio). Recupérela con la clave de recuperación impresa: accesspoint security recover --data-dir FOLDER.</translation></message><message><source>This database is encrypted but no OS keyring is available to unlock it. Start AccessPoint in your own Windows/desktop session, or recover it with the printed recovery key (accesspoint security recover).</source><translation>Esta base de datos está cifrada pero no hay llavero del sistema para desbloquearla. Inicie AccessPoint en su propia sesión de Windows/escritorio, o recupérela con la clave de recuperación impresa (accesspoint security recover).</translation></message><message><source>This database was written by a newer AccessPoint (schema {have}; this version understands up to {newest}). Install the newer version; the data is untouched.</source><translation>Esta base de datos la escribió un AccessPoint más reciente (esquema {have}; esta versión entiende hasta {newest}). Instale la versión más reciente; los datos no se han tocado.</translation></message><message><source>This is already a correction; log the entry again instead of correcting a correction.</source><translation>Esto ya es una corrección; registre la entrada de nuevo en lugar de corregir una corrección.</translation></message><message><source>This is not a voucher code (check for a typo).</source><translation>Esto no es un código de vale (compruebe si hay una errata).</translation></message><message><source>This member has left the time bank.</source><translation>Este miembro se ha dado de baja del banco de tiempo.</translation></message><message><source>This person is under a legal hold; release it first.</source><translation>Esta persona está bajo retención legal; levántela primero.</translation></message><message><source>This sheet was already imported ({filename}, {day}); nothing was imported again.</source><translation>Esta hoja ya se importó ({filename}, {day}); no se volvió a importar nada.</translation></message><message><source>This transfer has already been corrected.</source><translation>Esta transferencia ya se ha corregido.</translation></message><message><source>This transfer took the member's balance below zero.</source><translation>Esta transferencia dejó el saldo del miembro por debajo de cero.</translation></message><message><source>Too long (at most 120 characters).</source><translation>Demasiado largo (como máximo 120 caracteres).</translation></message><message><source>Too long: {length} characters, at most {limit}.</source><translation>Demasiado largo: {length} caracteres, como máximo {limit}.</translation></message><message><source>Too many wrong attempts. This account is locked for about a minute; try again then or ask a coordinator.</source><translation>Demasiados intentos fallidos. Esta cuenta queda bloqueada durante un minuto aproximadamente; vuelva a intentarlo entonces o pregunte a un coordinador.</translation></message><message><source>Too many wrong attempts. This account is locked for about {minutes} minutes; try again then or ask a coordinator.</source><translation>Demasiados intentos fallidos. Esta cuenta queda bloqueada durante unos {minutes} minutos; vuelva a intentarlo entonces o pregunte a un coordinador.</translation></message><message><source>Unknown field '{field}'.</source><translation>Campo desconocido '{field}'.</translation></message><message><source>Unknown member field '{key}'.</source><translation>Campo de miembro desconocido '{key}'.</translation></message><message><source>Unknown member type.</source><translation>Tipo de miembro desconocido.</translation></message><message><source>Unknown need: {codes}.</source><translation>Necesidad desconocida: {codes}.</translation></message><message><source>Unknown question.</source><translation>Pregunta desconocida.</translation></message><message><source>Unknown times {bad} (use e.g. mon_am, tue_eve).</source><translation>Horarios desconocidos {bad} (use, por ejemplo, mon_am, tue_eve).</translation></message><message><source>Unknown transfer kind '{kind}'.</source><translation>Tipo de transferencia desconocido '{kind}'.</translation></message><message><source>Use times such as mon_am, tue_pm, wed_eve.</source><translation>Use horarios como mon_am, tue_pm, wed_eve.</translation></message><message><source>Valid.</source><translation>Válido.</translation></message><message><source>Waiting for the coordinator to choose between two versions.</source><translation>Esperando a que el coordinador elija entre dos versiones.</translation></message><message><source>Without consent to record, the enquiry must be anonymous: remove the person or ask for consent.</source><translation>Sin consentimiento para registrar, la consulta debe ser anónima: quite a la persona o pida el consentimiento.</translation></message><message><source>a service must be an object, got {name}</source><translation>un servicio debe ser un objeto, llegó {name}</translation></message><message><source>could not reach {url} ({reason}) after {attempt} tries</source><translation>no se pudo contactar con {url} ({reason}) tras {attempt} intentos</translation></message><message><source>expected a JSON object or list, got {name}</source><translation>se esperaba un objeto o una lista JSON, llegó {name}</translation></message><message><source>expected a list</source><translation>se esperaba una lista</translation></message><message><source>expected a list, got {name}</source><translation>se esperaba una lista, llegó {name}</translation></message><message><source>expected a number, got true/false</source><translation>se esperaba un número, llegó verdadero/falso</translation></message><message><source>expected a number, got {value}</source><translation>se esperaba un número, llegó {value}</translation></message><message><source>expected a whole number, got true/false</source><translation>se esperaba un número entero, llegó verdadero/falso</translation></message><message><source>expected a whole number, got {value}</source><translation>se esperaba un número entero, llegó {value}</translation></message><message><source>expected an object</source><translation>se esperaba un objeto</translation></message><message><source>expected an object, got {name}</source><translation>se esperaba un objeto, llegó {name}</translation></message><message><source>expected text, got {name}</source><translation>se esperaba texto, llegó {name}</translation></message><message><source>field '{field}'</source><translation>campo '{field}'</translation></message><message><source>no .json files in {path}</source><translation>no hay archivos .json en {path}</translation></message><message><source>not UTF-8 text</source><translation>no es texto UTF-8</translation></message><message><source>not valid JSON at line {lineno}, column {colno} ({msg}); the file may be truncated or damaged</source><translation>JSON no válido en la línea {lineno}, columna {colno} ({msg}); puede que el archivo esté cortado o dañado</translation></message><message><source>response larger than {limit} MB</source><translation>respuesta mayor de {limit} MB</translation></message><message><source>service {record}</source><translation>servicio {record}</translation></message><message><source>service {record}, field '{field}': {problem}</source><translation>servicio {record}, campo '{field}': {problem}</translation></message><message><source>the data folder</source><translation>la carpeta de datos</translation></message><message><source>the feed promised {expected} services but only {arrived} arrived; it looks cut short, so nothing was changed</source><translation>el feed prometía {expected} servicios pero solo llegaron {arrived}; parece cortado, así que no se cambió nada</translation></message><message><source>the local service record is missing or not this one</source><translation>el registro del servicio local falta o no es este</translation></message><message><source>the record says it is {id}</source><translation>el registro dice que es {id}</translation></message><message><source>the server answered {code} {reason} for {url}</source><translation>el servidor respondió {code} {reason} para {url}</translation></message><message><source>the server sent something that is not JSON ({exc}); the response may be cut short</source><translation>el servidor envió algo que no es JSON ({exc}); puede que la respuesta esté cortada</translation></message><message><source>the server sent the same page again; it does not seem to support paging with ?page=</source><translation>el servidor envió la misma página otra vez; parece que no admite paginación con ?page=</translation></message><message><source>the service has no id</source><translation>el servicio no tiene id</translation></message><message><source>the service has no name</source><translation>el servicio no tiene nombre</translation></message><message><source>this is not an ORUK service, list or page (no 'contents', 'content' or service 'id' and 'name')</source><translation>esto no es un servicio, lista o página ORUK (sin 'contents', 'content' ni 'id' y 'name' de servicio)</translation></message><message><source>{count} entries; kept the first {limit}</source><translation>{count} entradas; se conservaron las primeras {limit}</translation></message><message><source>{count} services appeared more than once; the last copy of each was kept.</source><translation>{count} servicios aparecieron más de una vez; se conservó la última copia de cada uno.</translation></message><message><source>{day} is in the future.</source><translation>{day} está en el futuro.</translation></message><message><source>{day} is too long ago.</source><translation>{day} fue hace demasiado tiempo.</translation></message><message><source>{length} characters; kept the first {limit}</source><translation>{length} caracteres; se conservaron los primeros {limit}</translation></message><message><source>{member_number} has left the time bank.</source><translation>{member_number} se ha dado de baja del banco de tiempo.</translation></message><message><source>{member_number} is an organisation account: log the hours for the people who gave the time.</source><translation>{member_number} es una cuenta de organización: registre las horas de las personas que dieron el tiempo.</translation></message><message><source>{name} ended on {valid_to}.</source><translation>{name} terminó el {valid_to}.</translation></message><message><source>{name} has no column {missing}; an ONS Postcode Directory CSV has pcds, lat and long.</source><translation>{name} no tiene la columna {missing}; un CSV del ONS Postcode Directory tiene pcds, lat y long.</translation></message><message><source>{name} is no longer offered.</source><translation>{name} ya no se ofrece.</translation></message><message><source>{name} is not open to this member type.</source><translation>{name} no está abierto a este tipo de miembro.</translation></message><message><source>{name} is offered from {valid_from}.</source><translation>{name} se ofrece a partir del {valid_from}.</translation></message><message><source>{name} is one page of a feed of {pages} pages: its services were imported, none were retired.</source><translation>{name} es una página de un feed de {pages} páginas: se importaron sus servicios y no se retiró ninguno.</translation></message><message><source>{name} is out of stock.</source><translation>{name} está agotado.</translation></message><message><source>{number} on {day}: {problem}</source><translation>{number} el {day}: {problem}</translation></message><message><source>{number}: this person is already a member.</source><translation>{number}: esta persona ya es miembro.</translation></message><message><source>{source} does not exist</source><translation>{source} no existe</translation></message><message><source>{text} is not a UK postcode.</source><translation>{text} no es un código postal del Reino Unido.</translation></message><message><source>{where}: {problem}</source><translation>{where}: {problem}</translation></message></context><context><name>Opening</name><message><source>AccessPoint could not open its database ({error}). Nothing has been changed. Close other programs that may be using the data folder and start AccessPoint again; if it keeps happening, send the diagnostic report (Help menu) to whoever supports your hub.</source><translation>AccessPoint no pudo abrir su base de datos ({error}). No se ha cambiado nada. Cierre otros programas que puedan estar usando la carpeta de datos y vuelva a iniciar AccessPoint; si sigue ocurriendo, envíe el informe de diagnóstico (menú Ayuda) a quien da soporte a su centro.</translation></message><message><source>Preparing the demo data…</source><translation>Preparando los datos de demostración…</translation></message></context></TS>