<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name></name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Nuevo taller…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Editar taller…</source>
        <translation>&amp;Edit workshop…</translation>
    </message>
    <message>
        <source>Agregar &amp;sesión…</source>
        <translation>Add &amp;session…</translation>
    </message>
    <message>
        <source>Editar se&amp;sión…</source>
        <translation>Edit se&amp;ssion…</translation>
    </message>
    <message>
        <source>&amp;Asistencia…</source>
        <translation>&amp;Attendance…</translation>
    </message>
    <message>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dirigido a</source>
        <translation>Directed to</translation>
    </message>
    <message>
        <source>Sesiones</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Horas</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Sesiones del taller seleccionado (Intro abre la asistencia)</source>
        <translation>Sessions of the selected workshop (Enter opens the attendance)</translation>
    </message>
    <message numerus="yes">
        <source>%n talleres.</source>
        <translation>
            <numerusform>%n workshop.</numerusform>
            <numerusform>%n workshops.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {directed_to} — sesión del {held_on}</source>
        <translation>{title} — {directed_to} — session of {held_on}</translation>
    </message>
    <message>
        <source>&amp;Nueva capacitación…</source>
        <translation>&amp;New training…</translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Fechas</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Modalidad</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Eje</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Colabora</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>{rows} acciones de prevención y capacitación.</source>
        <translation>{rows} prevention and training actions.</translation>
    </message>
    <message>
        <source>Talleres de autoprotección</source>
        <translation>Self-protection workshops</translation>
    </message>
    <message>
        <source>Acciones de prevención y capacitación</source>
        <translation>Prevention and training actions</translation>
    </message>
    <message>
        <source>Editar {what}</source>
        <translation>Edit {what}</translation>
    </message>
    <message>
        <source>Registrar {what}</source>
        <translation>Record {what}</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>taller de autoprotección</source>
        <translation>self-protection workshop</translation>
    </message>
    <message>
        <source>&amp;Título</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Tipo de destinatario</source>
        <translation>&amp;Audience type</translation>
    </message>
    <message>
        <source>&amp;Dirigido a</source>
        <translation>&amp;Directed to</translation>
    </message>
    <message>
        <source>Como aparecerá en el informe (Cuadro 7)</source>
        <translation>As it will appear in the report (Table 7)</translation>
    </message>
    <message>
        <source>&amp;Folio del caso</source>
        <translation>&amp;Case folio</translation>
    </message>
    <message>
        <source>&amp;Notas</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>sesión del taller</source>
        <translation>workshop session</translation>
    </message>
    <message>
        <source>&amp;Fecha</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Horas</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>Por ejemplo 3 o 2,5</source>
        <translation>For example 3 or 2.5</translation>
    </message>
    <message>
        <source>acción de prevención y capacitación</source>
        <translation>prevention and training action</translation>
    </message>
    <message>
        <source>Taller virtual «…»</source>
        <translation>Online workshop «…»</translation>
    </message>
    <message>
        <source>&amp;Fechas</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>dd/mm/aaaa, separadas por comas</source>
        <translation>dd/mm/yyyy, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Modalidad</source>
        <translation>&amp;Modality</translation>
    </message>
    <message>
        <source>&amp;Eje temático (Plan Anual)</source>
        <translation>&amp;Thematic axis (Annual Plan)</translation>
    </message>
    <message>
        <source>&amp;Objetivo</source>
        <translation>&amp;Objective</translation>
    </message>
    <message>
        <source>Organización &amp;colaboradora</source>
        <translation>&amp;Partner organisation</translation>
    </message>
    <message>
        <source>Opcional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>sesión de órgano de gobierno</source>
        <translation>governing body session</translation>
    </message>
    <message>
        <source>Ó&amp;rgano</source>
        <translation>B&amp;ody</translation>
    </message>
    <message>
        <source>&amp;Número de sesión</source>
        <translation>Session &amp;number</translation>
    </message>
    <message>
        <source>1 = Primera</source>
        <translation>1 = First</translation>
    </message>
    <message>
        <source>&amp;Tipo</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Temas &amp;abordados</source>
        <translation>Topics &amp;addressed</translation>
    </message>
    <message>
        <source>actividad institucional</source>
        <translation>institutional activity</translation>
    </message>
    <message>
        <source>&amp;Institución</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <source>Tít&amp;ulo</source>
        <translation>Tit&amp;le</translation>
    </message>
    <message>
        <source>&amp;Descripción</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Nombre completo:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Frase de acceso:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>R&amp;epita la frase:</source>
        <translation>R&amp;epeat the passphrase:</translation>
    </message>
    <message>
        <source>Las frases de acceso no coinciden.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Agregar usuario…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Restablecer frase…</source>
        <translation>&amp;Reset passphrase…</translation>
    </message>
    <message>
        <source>&amp;Desactivar</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Rea&amp;ctivar…</source>
        <translation>Rea&amp;ctivate…</translation>
    </message>
    <message>
        <source>Verificar &amp;bitácora</source>
        <translation>Verify audit &amp;log</translation>
    </message>
    <message>
        <source>Verificar &amp;integridad</source>
        <translation>Verify &amp;integrity</translation>
    </message>
    <message>
        <source>Importar registros anteriores…</source>
        <translation>Import earlier records…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Bloqueo automático tras &amp;inactividad:</source>
        <translation>Automatic lock after &amp;inactivity:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usuarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Users&lt;/b&gt;</translation>
    </message>
    <message>
        <source>El programa se bloqueará tras {value} minutos sin uso.</source>
        <translation>The program will lock after {value} minutes without use.</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Desactivado</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Seleccione un usuario de la lista.</source>
        <translation>Select a user in the list.</translation>
    </message>
    <message>
        <source>Agregar usuario</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Usuario «{username}» agregado.</source>
        <translation>User «{username}» added.</translation>
    </message>
    <message>
        <source>Nueva frase para {username}</source>
        <translation>New passphrase for {username}</translation>
    </message>
    <message>
        <source>Frase de acceso restablecida.</source>
        <translation>Passphrase reset.</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>¿Desactivar la cuenta «{username}»? Ya no podrá abrir la base.</source>
        <translation>Deactivate the account «{username}»? It will no longer be able to open the database.</translation>
    </message>
    <message>
        <source>Cuenta desactivada.</source>
        <translation>Account deactivated.</translation>
    </message>
    <message>
        <source>Reactivar {username}</source>
        <translation>Reactivate {username}</translation>
    </message>
    <message>
        <source>Cuenta reactivada.</source>
        <translation>Account reactivated.</translation>
    </message>
    <message>
        <source>Verificando la bitácora…</source>
        <translation>Verifying the audit log…</translation>
    </message>
    <message>
        <source>Verificando el cifrado y la estructura de la base…</source>
        <translation>Verifying the encryption and structure of the database…</translation>
    </message>
    <message>
        <source>Situación</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Prevista</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Última llamada</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>Último resultado</source>
        <translation>Last outcome</translation>
    </message>
    <message>
        <source>Vencida</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{day} (primera)</source>
        <translation>{day} (first)</translation>
    </message>
    <message>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Llamadas de hoy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Today&apos;s calls&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No hay llamadas pendientes para hoy.</source>
        <translation>No calls pending for today.</translation>
    </message>
    <message>
        <source>&amp;Registrar llamada…</source>
        <translation>&amp;Record call…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Abrir e&amp;xpediente</source>
        <translation>Open case &amp;file</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Llamadas previstas para hoy y vencidas de los casos abiertos con monitoreo telefónico.</source>
        <translation>Calls due today and overdue, for open cases with telephone monitoring.</translation>
    </message>
    <message>
        <source>{due} pendientes, {overdue} vencidas</source>
        <translation>{due} pending, {overdue} overdue</translation>
    </message>
    <message>
        <source>Casos</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Programa, objetivo, acción o indicador</source>
        <translation>Programme, objective, action or indicator</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>T1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>T2</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>T3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>T4</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>Línea base</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Meta programada: {meta_text}</source>
        <translation>Programmed target: {meta_text}</translation>
    </message>
    <message>
        <source>Dimensión: {dimension}</source>
        <translation>Dimension: {dimension}</translation>
    </message>
    <message>
        <source>Definición: {definition}</source>
        <translation>Definition: {definition}</translation>
    </message>
    <message>
        <source>Método de cálculo: {formula} ({method})</source>
        <translation>Calculation method: {formula} ({method})</translation>
    </message>
    <message>
        <source>Unidad de medida: {unit}</source>
        <translation>Unit of measure: {unit}</translation>
    </message>
    <message>
        <source>Línea base: {baseline}</source>
        <translation>Baseline: {baseline}</translation>
    </message>
    <message>
        <source>Responsables: {responsables}</source>
        <translation>Responsible: {responsables}</translation>
    </message>
    <message>
        <source>Fuente de información: {information_source}</source>
        <translation>Source of information: {information_source}</translation>
    </message>
    <message>
        <source>Origen del valor: {value_source}</source>
        <translation>Origin of the value: {value_source}</translation>
    </message>
    <message>
        <source>T{quarter}: {value} — capturado por {entered_by} el {moment}</source>
        <translation>Q{quarter}: {value} — entered by {entered_by} on {moment}</translation>
    </message>
    <message>
        <source>Sin indicador</source>
        <translation>No indicator</translation>
    </message>
    <message>
        <source>&amp;Copiar al año siguiente</source>
        <translation>&amp;Copy to the next year</translation>
    </message>
    <message>
        <source>Guardar &amp;PDF de avance…</source>
        <translation>Save progress &amp;PDF…</translation>
    </message>
    <message>
        <source>Año:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Corte al:</source>
        <translation>Cut-off:</translation>
    </message>
    <message>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Mapeo de agresiones</source>
        <translation>Aggression mapping</translation>
    </message>
    <message>
        <source>Trimestre {quarter}</source>
        <translation>Quarter {quarter}</translation>
    </message>
    <message>
        <source>p. ej. 3</source>
        <translation>e.g. 3</translation>
    </message>
    <message>
        <source>opcional: acta, oficio…</source>
        <translation>optional: minutes, official letter…</translation>
    </message>
    <message>
        <source>&amp;Guardar valor</source>
        <translation>&amp;Save value</translation>
    </message>
    <message>
        <source>número de la meta anual</source>
        <translation>number of the annual target</translation>
    </message>
    <message>
        <source>Guardar &amp;meta</source>
        <translation>Save &amp;target</translation>
    </message>
    <message>
        <source>Trimestre:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>&amp;Valor realizado:</source>
        <translation>&amp;Value achieved:</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Meta anual:</source>
        <translation>Annual target:</translation>
    </message>
    <message>
        <source>{title}: {indicators} indicadores; </source>
        <translation>{title}: {indicators} indicators; </translation>
    </message>
    <message>
        <source>Valor del trimestre {quarter} guardado.</source>
        <translation>Value of quarter {quarter} saved.</translation>
    </message>
    <message>
        <source>Meta guardada.</source>
        <translation>Target saved.</translation>
    </message>
    <message>
        <source>Plan {year} creado como copia; ajuste sus metas.</source>
        <translation>Plan {year} created as a copy; adjust its targets.</translation>
    </message>
    <message>
        <source>Guardar avance del Plan Anual</source>
        <translation>Save Annual Plan progress</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Avance guardado en {path}.</source>
        <translation>Progress saved in {path}.</translation>
    </message>
    <message>
        <source>MPI Desktop</source>
        <translation>MPI Desktop</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado. Por seguridad no se muestran detalles. Lo que ya estaba guardado no se perdió; si se repite, avise a la administración.</source>
        <translation>An unexpected error occurred. For security, no details are shown. What was already saved was not lost; if it happens again, tell the administration.</translation>
    </message>
    <message>
        <source>Lista de casos</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Planes y medidas</source>
        <translation>Plans and measures</translation>
    </message>
    <message>
        <source>Monitoreo</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Talleres y capacitaciones</source>
        <translation>Workshops and trainings</translation>
    </message>
    <message>
        <source>Sesiones y actividades</source>
        <translation>Sessions and activities</translation>
    </message>
    <message>
        <source>Plan Anual</source>
        <translation>Annual Plan</translation>
    </message>
    <message>
        <source>Informes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Respaldos</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Administración</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Mujeres</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Hombres</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>LGBTTTI</source>
        <translation>LGBTTTI</translation>
    </message>
    <message>
        <source>Prefiero no decirlo</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <source>Pulse M, H, L o N para la identidad.</source>
        <translation>Press M, H, L or N for the identity.</translation>
    </message>
    <message>
        <source>M Mujer · H Hombre · L LGBTTTI · N Prefiero no decirlo</source>
        <translation>M Woman · H Man · L LGBTTTI · N Prefer not to say</translation>
    </message>
    <message>
        <source>Asistencia — {heading}</source>
        <translation>Attendance — {heading}</translation>
    </message>
    <message>
        <source>Lista con &amp;nombres</source>
        <translation>List with &amp;names</translation>
    </message>
    <message>
        <source>Solo &amp;conteo (sin nombres)</source>
        <translation>Count &amp;only (no names)</translation>
    </message>
    <message>
        <source>&amp;Importar lista…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <source>Importar una lista CSV o XLSX con vista previa (Ctrl+I)</source>
        <translation>Import a CSV or XLSX list with a preview (Ctrl+I)</translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Opcional; se conserva</source>
        <translation>Optional; kept</translation>
    </message>
    <message>
        <source>&amp;Agregar</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Nombre</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>I&amp;dentidad</source>
        <translation>I&amp;dentity</translation>
    </message>
    <message>
        <source>&amp;Organización</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Nombre, Tab, una tecla para la identidad ({IDENTITY_HINT}), Intro para agregar.</source>
        <translation>Name, Tab, one key for the identity ({IDENTITY_HINT}), Enter to add.</translation>
    </message>
    <message>
        <source>Identidad</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Quitar de la lista</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Registre solo cuántas personas asistieron; no se guarda ningún nombre.</source>
        <translation>Record only how many people attended; no name is kept.</translation>
    </message>
    <message>
        <source>&amp;Guardar conteo</source>
        <translation>&amp;Save count</translation>
    </message>
    <message>
        <source>{total} personas en la lista.</source>
        <translation>{total} people on the list.</translation>
    </message>
    <message>
        <source>¿Quitar a {chosen} persona(s) de la lista?</source>
        <translation>Remove {chosen} person(s) from the list?</translation>
    </message>
    <message>
        <source>Quitar de la lista</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>Conteo guardado.</source>
        <translation>Count saved.</translation>
    </message>
    <message>
        <source>Importar lista de asistencia</source>
        <translation>Import attendance list</translation>
    </message>
    <message>
        <source>Listas de asistencia (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation>Attendance lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Leyendo la lista…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <source>Importación cancelada: no se guardó nada.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Se importaron {accepted} personas.</source>
        <translation>{accepted} people were imported.</translation>
    </message>
    <message>
        <source>Vista previa de la lista</source>
        <translation>List preview</translation>
    </message>
    <message>
        <source>{file_name}: {accepted} filas aceptadas y {rejected} rechazadas. Todavía no se ha guardado nada.</source>
        <translation>{file_name}: {accepted} rows accepted and {rejected} rejected. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Identidad escrita</source>
        <translation>Identity as written</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Aceptadas ({accepted})</source>
        <translation>Accepted ({accepted})</translation>
    </message>
    <message>
        <source>Rechazadas ({rejected})</source>
        <translation>Rejected ({rejected})</translation>
    </message>
    <message>
        <source>&amp;Importar {accepted} personas</source>
        <translation>&amp;Import {accepted} people</translation>
    </message>
    <message>
        <source>Respaldos de MPI Desktop (*{SUFFIX})</source>
        <translation>MPI Desktop backups (*{SUFFIX})</translation>
    </message>
    <message>
        <source>&amp;Frase del respaldo:</source>
        <translation>Backup &amp;passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repita la frase:</source>
        <translation>&amp;Repeat the passphrase:</translation>
    </message>
    <message>
        <source>Guárdela por escrito en un lugar seguro: sin ella el respaldo no puede abrirse.</source>
        <translation>Keep it in writing in a safe place: without it the backup cannot be opened.</translation>
    </message>
    <message>
        <source>Las frases no coinciden.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>Crear &amp;respaldo…</source>
        <translation>Create &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Verificar un respaldo…</source>
        <translation>&amp;Verify a backup…</translation>
    </message>
    <message>
        <source>&amp;Simulacro de restauración</source>
        <translation>Re&amp;store drill</translation>
    </message>
    <message>
        <source>Res&amp;taurar…</source>
        <translation>Res&amp;tore…</translation>
    </message>
    <message>
        <source>Respaldos automáticos (al cerrar y cada día)</source>
        <translation>Automatic backups (on closing and every day)</translation>
    </message>
    <message>
        <source>&amp;Elegir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Carpeta (p. ej. una memoria USB):</source>
        <translation>Folder (e.g. a USB stick):</translation>
    </message>
    <message>
        <source>Conservar los últimos:</source>
        <translation>Keep the last:</translation>
    </message>
    <message>
        <source>déjela vacía para conservar la actual</source>
        <translation>leave it empty to keep the current one</translation>
    </message>
    <message>
        <source>Frase de los respaldos:</source>
        <translation>Backup passphrase:</translation>
    </message>
    <message>
        <source>No se completó.</source>
        <translation>Not completed.</translation>
    </message>
    <message>
        <source>Cancelando…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Respaldo cifrado creado y verificado: {path}
{total_records} registros. Guarde la frase del respaldo por escrito.</source>
        <translation>Encrypted backup created and verified: {path}
{total_records} records. Keep the backup passphrase in writing.</translation>
    </message>
    <message>
        <source>Restauración terminada</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <source>Abra la sesión de nuevo para trabajar con los datos restaurados.</source>
        <translation>Open the session again to work with the restored data.</translation>
    </message>
    <message>
        <source>Respaldos automáticos guardados.</source>
        <translation>Automatic backups saved.</translation>
    </message>
    <message>
        <source>Guardar respaldo cifrado</source>
        <translation>Save encrypted backup</translation>
    </message>
    <message>
        <source>respaldo</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>Frase del nuevo respaldo</source>
        <translation>Passphrase of the new backup</translation>
    </message>
    <message>
        <source>Verificar un respaldo</source>
        <translation>Verify a backup</translation>
    </message>
    <message>
        <source>Frase del respaldo</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>Restaurar un respaldo</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>La base actual se reemplazará por el contenido del respaldo.

Antes se guarda una copia cifrada de la base actual (con la misma frase del respaldo) en la carpeta de datos. ¿Continuar?</source>
        <translation>The current database will be replaced by the contents of the backup.

First an encrypted copy of the current database (with the same backup passphrase) is saved in the data folder. Continue?</translation>
    </message>
    <message>
        <source>Carpeta de respaldos</source>
        <translation>Backups folder</translation>
    </message>
    <message>
        <source>Carpeta de respaldos automáticos</source>
        <translation>Automatic backups folder</translation>
    </message>
    <message>
        <source>Creando el respaldo automático antes de salir…</source>
        <translation>Creating the automatic backup before quitting…</translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Registrar llamada</source>
        <translation>&amp;Record call</translation>
    </message>
    <message>
        <source>Registrar llamada de monitoreo</source>
        <translation>Record monitoring call</translation>
    </message>
    <message>
        <source>&amp;Fecha y hora:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Resultado:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>¿Cómo &amp;está?:</source>
        <translation>How &amp;is the person?:</translation>
    </message>
    <message>
        <source>p. ej. tranquila, con temor, sin novedad</source>
        <translation>e.g. calm, afraid, nothing new</translation>
    </message>
    <message>
        <source>N&amp;otas:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Programar la &amp;siguiente llamada:</source>
        <translation>Schedule the &amp;next call:</translation>
    </message>
    <message>
        <source>Como se&amp;guimiento del caso (la nota)</source>
        <translation>As a case follow-&amp;up (the note)</translation>
    </message>
    <message>
        <source>Como a&amp;gresión</source>
        <translation>As an a&amp;ggression</translation>
    </message>
    <message>
        <source>Registrar el incidente:</source>
        <translation>Record the incident:</translation>
    </message>
    <message>
        <source>Fecha de la agresión:</source>
        <translation>Date of the aggression:</translation>
    </message>
    <message>
        <source>Tipo de agresión:</source>
        <translation>Type of aggression:</translation>
    </message>
    <message>
        <source>Alcaldía:</source>
        <translation>Alcaldía (borough):</translation>
    </message>
    <message>
        <source>Descripción:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>&amp;Cerrar caso…</source>
        <translation>&amp;Close case…</translation>
    </message>
    <message>
        <source>Reabrir cas&amp;o…</source>
        <translation>Reopen cas&amp;e…</translation>
    </message>
    <message>
        <source>Imprimir resumen del plan</source>
        <translation>Print plan summary</translation>
    </message>
    <message>
        <source>Resumen del plan de protección en PDF, confidencial (Ctrl+P)</source>
        <translation>Protection plan summary as PDF, confidential (Ctrl+P)</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&amp;Agregar persona…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <source>E&amp;ditar…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>&amp;Quitar del caso…</source>
        <translation>&amp;Remove from the case…</translation>
    </message>
    <message>
        <source>No hay personas registradas.</source>
        <translation>No people recorded.</translation>
    </message>
    <message>
        <source>Contexto</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Agregar agresión…</source>
        <translation>&amp;Add aggression…</translation>
    </message>
    <message>
        <source>&amp;Quitar…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>No hay agresiones registradas.</source>
        <translation>No aggressions recorded.</translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Agregar evaluación…</source>
        <translation>&amp;Add assessment…</translation>
    </message>
    <message>
        <source>No hay evaluaciones de riesgo registradas.</source>
        <translation>No risk assessments recorded.</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Agregar seguimiento…</source>
        <translation>&amp;Add follow-up…</translation>
    </message>
    <message>
        <source>No hay seguimientos registrados.</source>
        <translation>No follow-ups recorded.</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Agregar canalización…</source>
        <translation>&amp;Add referral…</translation>
    </message>
    <message>
        <source>Cambiar es&amp;tado…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>No hay canalizaciones registradas.</source>
        <translation>No referrals recorded.</translation>
    </message>
    <message>
        <source>&amp;Resumen</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>Agre&amp;siones</source>
        <translation>Aggre&amp;ssions</translation>
    </message>
    <message>
        <source>E&amp;valuaciones de riesgo</source>
        <translation>Risk assess&amp;ments</translation>
    </message>
    <message>
        <source>Segu&amp;imientos</source>
        <translation>Follow-&amp;ups</translation>
    </message>
    <message>
        <source>Ca&amp;nalizaciones</source>
        <translation>Refe&amp;rrals</translation>
    </message>
    <message>
        <source>Plan y &amp;medidas</source>
        <translation>Plan and &amp;measures</translation>
    </message>
    <message>
        <source>&amp;Historial</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Caso no disponible</source>
        <translation>Case not available</translation>
    </message>
    <message>
        <source>Caso cerrado el {closed_on}. Motivo: {value}</source>
        <translation>Case closed on {closed_on}. Reason: {value}</translation>
    </message>
    <message>
        <source>{folio}: cambios en el resumen</source>
        <translation>{folio}: changes to the summary</translation>
    </message>
    <message>
        <source>{folio}: formulario recuperado sin guardar</source>
        <translation>{folio}: recovered unsaved form</translation>
    </message>
    <message>
        <source>Hay formularios recuperados sin guardar; se abrirán cuando el caso se reabra.</source>
        <translation>There are recovered unsaved forms; they will open when the case is reopened.</translation>
    </message>
    <message>
        <source>El registro de un formulario recuperado ya no existe en el caso.</source>
        <translation>The record of a recovered form no longer exists in the case.</translation>
    </message>
    <message>
        <source>Editar persona</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Agregar persona</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>&amp;Tipo de persona:</source>
        <translation>Person &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Identidad:</source>
        <translation>&amp;Identity:</translation>
    </message>
    <message>
        <source>&amp;Fecha de nacimiento:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>C&amp;URP:</source>
        <translation>C&amp;URP:</translation>
    </message>
    <message>
        <source>Te&amp;léfono:</source>
        <translation>Te&amp;lephone:</translation>
    </message>
    <message>
        <source>10 dígitos</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <source>C&amp;orreo electrónico:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Domicilio:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Organi&amp;zación:</source>
        <translation>Organi&amp;sation:</translation>
    </message>
    <message>
        <source>Not&amp;as:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>Editar agresión</source>
        <translation>Edit aggression</translation>
    </message>
    <message>
        <source>Registrar agresión</source>
        <translation>Record aggression</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Tipo de agresión:</source>
        <translation>&amp;Type of aggression:</translation>
    </message>
    <message>
        <source>C&amp;ontexto:</source>
        <translation>C&amp;ontext:</translation>
    </message>
    <message>
        <source>p. ej. cobertura de una protesta</source>
        <translation>e.g. covering a protest</translation>
    </message>
    <message>
        <source>&amp;Alcaldía:</source>
        <translation>&amp;Alcaldía:</translation>
    </message>
    <message>
        <source>&amp;Descripción:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Editar evaluación de riesgo</source>
        <translation>Edit risk assessment</translation>
    </message>
    <message>
        <source>Registrar evaluación de riesgo</source>
        <translation>Record risk assessment</translation>
    </message>
    <message>
        <source>&amp;Nivel de riesgo:</source>
        <translation>Risk &amp;level:</translation>
    </message>
    <message>
        <source>&amp;Resumen:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Editar seguimiento</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>Registrar seguimiento</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <source>Editar canalización</source>
        <translation>Edit referral</translation>
    </message>
    <message>
        <source>Registrar canalización</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Cambiar estado de la canalización</source>
        <translation>Change referral status</translation>
    </message>
    <message>
        <source>Canalización a {institution} del {referred_on}.</source>
        <translation>Referral to {institution} of {referred_on}.</translation>
    </message>
    <message>
        <source>&amp;Quitar del caso</source>
        <translation>&amp;Remove from the case</translation>
    </message>
    <message>
        <source>Quitar {what} del caso</source>
        <translation>Remove {what} from the case</translation>
    </message>
    <message>
        <source>Se quitará del caso {what} {record}. Dejará de contar en el expediente y en las estadísticas; el registro y este motivo quedan en la bitácora.</source>
        <translation>{what} {record} will be removed from the case. It will no longer count in the case file or in the statistics; the record and this reason stay in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>del {occurred_on} ({lower})</source>
        <translation>of {occurred_on} ({lower})</translation>
    </message>
    <message>
        <source>del {assessed_on} (nivel {lower})</source>
        <translation>of {assessed_on} (level {lower})</translation>
    </message>
    <message>
        <source>del {noted_on}</source>
        <translation>of {noted_on}</translation>
    </message>
    <message>
        <source>a {institution} del {referred_on}</source>
        <translation>to {institution} of {referred_on}</translation>
    </message>
    <message>
        <source>Quitar persona del caso</source>
        <translation>Remove person from the case</translation>
    </message>
    <message>
        <source>Se quitará a {full_name} del caso. Sus datos y este motivo quedan en la bitácora.</source>
        <translation>{full_name} will be removed from the case. Their data and this reason stay in the audit log.</translation>
    </message>
    <message>
        <source>Cerrar caso</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Un caso cerrado no admite cambios hasta que se reabra. Indique la fecha y el motivo del cierre.</source>
        <translation>A closed case accepts no changes until it is reopened. Give the date and the reason for closing.</translation>
    </message>
    <message>
        <source>&amp;Fecha de cierre:</source>
        <translation>&amp;Closing date:</translation>
    </message>
    <message>
        <source>Reabrir caso</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <source>El motivo de la reapertura y los datos del cierre quedan en la bitácora.</source>
        <translation>The reason for reopening and the closing data stay in the audit log.</translation>
    </message>
    <message>
        <source>la agresión</source>
        <translation>the aggression</translation>
    </message>
    <message>
        <source>la evaluación de riesgo</source>
        <translation>the risk assessment</translation>
    </message>
    <message>
        <source>el seguimiento</source>
        <translation>the follow-up</translation>
    </message>
    <message>
        <source>la canalización</source>
        <translation>the referral</translation>
    </message>
    <message>
        <source>— No aplica —</source>
        <translation>— Not applicable —</translation>
    </message>
    <message>
        <source>Descartar cambios</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Hay datos escritos sin guardar. ¿Desea descartarlos?</source>
        <translation>There is unsaved data. Discard it?</translation>
    </message>
    <message>
        <source>(vacío)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Folio:</source>
        <translation>Folio:</translation>
    </message>
    <message>
        <source>Estado:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Motivo de cierre:</source>
        <translation>Reason for closing:</translation>
    </message>
    <message>
        <source>Per&amp;fil:</source>
        <translation>Pro&amp;file:</translation>
    </message>
    <message>
        <source>I&amp;dentidad:</source>
        <translation>I&amp;dentity:</translation>
    </message>
    <message>
        <source>&amp;Modalidad:</source>
        <translation>&amp;Modality:</translation>
    </message>
    <message>
        <source>Procedimien&amp;to:</source>
        <translation>Proced&amp;ure:</translation>
    </message>
    <message>
        <source>Fecha de apert&amp;ura:</source>
        <translation>&amp;Opening date:</translation>
    </message>
    <message>
        <source>Nom&amp;bre del colectivo u organización:</source>
        <translation>Na&amp;me of the collective or organisation:</translation>
    </message>
    <message>
        <source>R&amp;esumen:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>Última actividad:</source>
        <translation>Last activity:</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Guardar (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cance&amp;lar</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Cancelar (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Cerrado el {closed_on}</source>
        <translation>Closed on {closed_on}</translation>
    </message>
    <message>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Anterior → nuevo</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Incluir consultas del e&amp;xpediente</source>
        <translation>Include case file &amp;views</translation>
    </message>
    <message>
        <source>Cargando historial…</source>
        <translation>Loading history…</translation>
    </message>
    <message>
        <source>Antes: {value}

Después: {value2}</source>
        <translation>Before: {value}

After: {value2}</translation>
    </message>
    <message>
        <source>Sin movimientos registrados.</source>
        <translation>No changes recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n movimientos</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nombre / colectivo</source>
        <translation>Name / collective</translation>
    </message>
    <message>
        <source>Perfil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Apertura</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Última actividad</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Defensora DDHH</source>
        <translation>HR defender</translation>
    </message>
    <message>
        <source>Periodista</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <source>Buscar por folio, nombre, teléfono u organización…  (Ctrl+F)</source>
        <translation>Search by folio, name, telephone or organisation…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Todos los perfiles</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <source>Todas las identidades</source>
        <translation>All identities</translation>
    </message>
    <message>
        <source>Todas las modalidades</source>
        <translation>All modalities</translation>
    </message>
    <message>
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Todos los años</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>&amp;Nuevo caso…  (Ctrl+N)</source>
        <translation>&amp;New case…  (Ctrl+N)</translation>
    </message>
    <message>
        <source> (desplácese para ver más)</source>
        <translation> (scroll to see more)</translation>
    </message>
    <message>
        <source>{shown} casos mostrados{more}</source>
        <translation>{shown} cases shown{more}</translation>
    </message>
    <message>
        <source>&amp;Copiar	Ctrl+C</source>
        <translation>&amp;Copy	Ctrl+C</translation>
    </message>
    <message>
        <source>Cor&amp;tar	Ctrl+X</source>
        <translation>Cu&amp;t	Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Deshacer	Ctrl+Z</source>
        <translation>&amp;Undo	Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Rehacer	Ctrl+Y</source>
        <translation>&amp;Redo	Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Pegar	Ctrl+V</source>
        <translation>&amp;Paste	Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Eliminar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Seleccionar todo	Ctrl+A</source>
        <translation>Select &amp;all	Ctrl+A</translation>
    </message>
    <message>
        <source>Persona administradora</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Quien administra crea las cuentas del equipo y restaura respaldos. La frase de acceso debe tener al menos {MIN_PASSPHRASE} caracteres; una frase de varias palabras es más fácil de recordar y más difícil de adivinar.</source>
        <translation>The administrator creates the team&apos;s accounts and restores backups. The passphrase must have at least {MIN_PASSPHRASE} characters; a passphrase of several words is easier to remember and harder to guess.</translation>
    </message>
    <message>
        <source>MPI Desktop — Primera configuración</source>
        <translation>MPI Desktop — First set-up</translation>
    </message>
    <message>
        <source>Bienvenida</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Se creará una base de datos cifrada en:&lt;br&gt;&lt;b&gt;{home}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Todo lo que se registre queda cifrado en este equipo; el programa no usa la red. Al terminar se mostrará un &lt;b&gt;código de recuperación&lt;/b&gt; una sola vez: guárdelo impreso.</source>
        <translation>An encrypted database will be created in:&lt;br&gt;&lt;b&gt;{home}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Everything recorded stays encrypted on this computer; the program does not use the network. At the end a &lt;b&gt;recovery code&lt;/b&gt; will be shown once: keep it printed.</translation>
    </message>
    <message>
        <source>&amp;Crear base de datos</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <source>Creando la base cifrada…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Filtrar:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message numerus="yes">
        <source>%n registros.</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Órgano</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Planes aprobados</source>
        <translation>Plans approved</translation>
    </message>
    <message>
        <source>Temas</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>&amp;Nueva sesión…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>Fecha: {held_on}</source>
        <translation>Date: {held_on}</translation>
    </message>
    <message>
        <source>Temas abordados:</source>
        <translation>Topics addressed:</translation>
    </message>
    <message>
        <source>Planes de protección aprobados: {approved_plan_count}</source>
        <translation>Protection plans approved: {approved_plan_count}</translation>
    </message>
    <message>
        <source>  • {folio}, versión {version} ({approved_on})</source>
        <translation>  • {folio}, version {version} ({approved_on})</translation>
    </message>
    <message>
        <source>&amp;Nueva actividad…</source>
        <translation>&amp;New activity…</translation>
    </message>
    <message>
        <source>{kind} del {held_on} — {institution}</source>
        <translation>{kind} of {held_on} — {institution}</translation>
    </message>
    <message>
        <source>Órganos de gobierno</source>
        <translation>Governing bodies</translation>
    </message>
    <message>
        <source>Vinculación interinstitucional</source>
        <translation>Inter-institutional liaison</translation>
    </message>
    <message>
        <source>Hojas de cálculo (*.xlsx *.xlsm *.csv);;Todos los archivos (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>No importar esta hoja</source>
        <translation>Do not import this sheet</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Elija un libro .xlsx (una hoja por registro: Casos, Personas, Medidas, Acciones, Talleres, Asistencia) o uno o varios archivos .csv, uno por registro. Las plantillas están en docs/plantillas.</source>
        <translation>Choose an .xlsx workbook (one sheet per register: Cases, People, Measures, Actions, Workshops, Attendance) or one or more .csv files, one per register. The templates are in docs/plantillas.</translation>
    </message>
    <message>
        <source>&amp;Examinar…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Registros anteriores</source>
        <translation>Earlier records</translation>
    </message>
    <message>
        <source>Leyendo…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>«{sheet}» ({kind})</source>
        <translation>«{sheet}» ({kind})</translation>
    </message>
    <message>
        <source>sin reconocer</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>Hojas encontradas: {value}.</source>
        <translation>Sheets found: {value}.</translation>
    </message>
    <message>
        <source>ninguna</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Columnas</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Revise qué dato contiene cada columna. Las columnas sin campo no se importan.</source>
        <translation>Check which data each column holds. Columns without a field are not imported.</translation>
    </message>
    <message>
        <source>Columna</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Ejemplo</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>&amp;Hoja:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Registro:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>Prueba sin importar</source>
        <translation>Trial without importing</translation>
    </message>
    <message>
        <source>Esto es lo que se crearía. Nada se ha escrito todavía.</source>
        <translation>This is what would be created. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Hoja</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Importar solo las filas aceptadas (las rechazadas no se importan)</source>
        <translation>Import only the accepted rows (the rejected ones are not imported)</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Revisando cada fila…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Importación</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Todo se importa junto o nada: si algo falla o se cancela, la base queda como estaba.</source>
        <translation>Everything is imported together or nothing is: if something fails or is cancelled, the database stays as it was.</translation>
    </message>
    <message>
        <source>&amp;Cancelar la importación</source>
        <translation>&amp;Cancel the import</translation>
    </message>
    <message>
        <source>Importando…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelando: se deshace todo lo importado…</source>
        <translation>Cancelling: undoing everything imported…</translation>
    </message>
    <message>
        <source>{message} No se importó nada.</source>
        <translation>{message} Nothing was imported.</translation>
    </message>
    <message>
        <source>Importar registros anteriores</source>
        <translation>Import earlier records</translation>
    </message>
    <message>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Atrás</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Terminar</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>— Sin especificar —</source>
        <translation>— Not specified —</translation>
    </message>
    <message>
        <source>No se guardó el caso: revise los datos marcados en rojo.</source>
        <translation>The case was not saved: check the data marked in red.</translation>
    </message>
    <message>
        <source>Falta: {missing}</source>
        <translation>Missing: {missing}</translation>
    </message>
    <message>
        <source>Guardar el caso (Ctrl+S o Ctrl+Intro)</source>
        <translation>Save the case (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Nuevo caso — {title}</source>
        <translation>New case — {title}</translation>
    </message>
    <message>
        <source>Nuevo caso</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>No se guardó: revise el posible duplicado.</source>
        <translation>Not saved: check the possible duplicate.</translation>
    </message>
    <message>
        <source>Caso registrado</source>
        <translation>Case recorded</translation>
    </message>
    <message>
        <source>Caso {folio} registrado.</source>
        <translation>Case {folio} recorded.</translation>
    </message>
    <message>
        <source>Nuevo caso — {modality} (sin guardar)</source>
        <translation>New case — {modality} (unsaved)</translation>
    </message>
    <message>
        <source>Nuevo caso (sin guardar)</source>
        <translation>New case (unsaved)</translation>
    </message>
    <message>
        <source>Descartar el caso</source>
        <translation>Discard the case</translation>
    </message>
    <message>
        <source>Los datos capturados no se han guardado. ¿Desea descartarlos?</source>
        <translation>The data entered has not been saved. Discard it?</translation>
    </message>
    <message>
        <source>— Seleccione —</source>
        <translation>— Select —</translation>
    </message>
    <message>
        <source>Beneficiaria</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Familiar</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Vinculada</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>10 dígitos, p. ej. 55 1234 5678</source>
        <translation>10 digits, e.g. 55 1234 5678</translation>
    </message>
    <message>
        <source>18 caracteres</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>Datos de la persona {value} de {persons}</source>
        <translation>Data of person {value} of {persons}</translation>
    </message>
    <message>
        <source>Agregue a la persona beneficiaria</source>
        <translation>Add the beneficiary</translation>
    </message>
    <message>
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>de la persona beneficiaria</source>
        <translation>of the beneficiary</translation>
    </message>
    <message>
        <source>del familiar</source>
        <translation>of the relative</translation>
    </message>
    <message>
        <source>de la persona vinculada</source>
        <translation>of the linked person</translation>
    </message>
    <message>
        <source>identidad del caso</source>
        <translation>identity of the case</translation>
    </message>
    <message>
        <source>fecha de apertura</source>
        <translation>opening date</translation>
    </message>
    <message>
        <source>persona beneficiaria</source>
        <translation>beneficiary</translation>
    </message>
    <message>
        <source>nombre {whose}</source>
        <translation>name {whose}</translation>
    </message>
    <message>
        <source>identidad {whose}</source>
        <translation>identity {whose}</translation>
    </message>
    <message>
        <source>tipo de agresión</source>
        <translation>type of aggression</translation>
    </message>
    <message>
        <source>nivel de riesgo</source>
        <translation>risk level</translation>
    </message>
    <message>
        <source>Posible caso duplicado</source>
        <translation>Possible duplicate case</translation>
    </message>
    <message>
        <source>Hay casos registrados que podrían ser de las mismas personas. Revíselos antes de continuar.</source>
        <translation>There are recorded cases that could be about the same people. Check them before continuing.</translation>
    </message>
    <message>
        <source>Hay un caso registrado que podría ser de las mismas personas. Revíselo antes de continuar.</source>
        <translation>There is a recorded case that could be about the same people. Check it before continuing.</translation>
    </message>
    <message>
        <source>&amp;Abrir el caso existente</source>
        <translation>&amp;Open the existing case</translation>
    </message>
    <message>
        <source>&amp;Registrar de todos modos</source>
        <translation>&amp;Record anyway</translation>
    </message>
    <message>
        <source>&amp;Volver</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Seleccione un caso de la lista para abrirlo.</source>
        <translation>Select a case in the list to open it.</translation>
    </message>
    <message>
        <source>MPI Desktop — MPI CDMX</source>
        <translation>MPI Desktop — MPI CDMX</translation>
    </message>
    <message>
        <source>&amp;Bloquear</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Base: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Bloquear (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Formularios sin guardar</source>
        <translation>Unsaved forms</translation>
    </message>
    <message>
        <source>Al bloquearse la sesión había formularios sin guardar:
{titles}

¿Desea recuperarlos?</source>
        <translation>When the session locked there were unsaved forms:
{titles}

Recover them?</translation>
    </message>
    <message>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Hay formularios sin guardar. ¿Salir de todos modos y descartarlos?</source>
        <translation>There are unsaved forms. Quit anyway and discard them?</translation>
    </message>
    <message>
        <source>Individual o colectivo</source>
        <translation>Individual or collective</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Exportar agregados (XLSX)…</source>
        <translation>&amp;Export aggregates (XLSX)…</translation>
    </message>
    <message>
        <source>medio o dirección (solo como texto)</source>
        <translation>medium or address (as text only)</translation>
    </message>
    <message>
        <source>p. ej. marcha del 8 de marzo</source>
        <translation>e.g. 8 March march</translation>
    </message>
    <message>
        <source>Sin alcaldía</source>
        <translation>No alcaldía</translation>
    </message>
    <message>
        <source>MPI-2025-0001 (opcional)</source>
        <translation>MPI-2025-0001 (optional)</translation>
    </message>
    <message>
        <source>Se estableció contacto con la persona</source>
        <translation>Contact was made with the person</translation>
    </message>
    <message>
        <source>&amp;Registrar hallazgo</source>
        <translation>&amp;Record finding</translation>
    </message>
    <message>
        <source>Fecha del &amp;hallazgo:</source>
        <translation>&amp;Finding date:</translation>
    </message>
    <message>
        <source>&amp;Fuente:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Perfil:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Individual o &amp;colectivo:</source>
        <translation>Individual or &amp;collective:</translation>
    </message>
    <message>
        <source>Pro&amp;testa:</source>
        <translation>Pro&amp;test:</translation>
    </message>
    <message>
        <source>Folio del ca&amp;so:</source>
        <translation>Ca&amp;se folio:</translation>
    </message>
    <message>
        <source>&amp;Notas:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>1.4 Registros de hallazgos: {findings} · 1.5.1 En protestas: {protest_findings} (en {protests} protestas) · Con contacto: {contacted}</source>
        <translation>1.4 Findings recorded: {findings} · 1.5.1 At protests: {protest_findings} (at {protests} protests) · With contact: {contacted}</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Hallazgo registrado.</source>
        <translation>Finding recorded.</translation>
    </message>
    <message>
        <source>Exportar agregados</source>
        <translation>Export aggregates</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{rows} filas de agregados exportadas a {path}.</source>
        <translation>{rows} rows of aggregates exported to {path}.</translation>
    </message>
    <message>
        <source>LMMJVSD</source>
        <translation>MTWTFSS</translation>
    </message>
    <message>
        <source>Acciones del mes — {folio}</source>
        <translation>Actions of the month — {folio}</translation>
    </message>
    <message>
        <source>◀ Mes an&amp;terior</source>
        <translation>◀ Pre&amp;vious month</translation>
    </message>
    <message>
        <source>Mes si&amp;guiente ▶</source>
        <translation>Ne&amp;xt month ▶</translation>
    </message>
    <message>
        <source>Escriba la cantidad de acciones de cada día; 0 o Supr borra el día. Las celdas grises no admiten acciones (fuera de las fechas de la medida, días futuros o llamadas de monitoreo).</source>
        <translation>Type the number of actions of each day; 0 or Del clears the day. Grey cells take no actions (outside the measure&apos;s dates, future days or monitoring calls).</translation>
    </message>
    <message>
        <source>Guardar todo el mes (Ctrl+S)</source>
        <translation>Save the whole month (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>{capitalize} de {year} (cargando…)</source>
        <translation>{capitalize} {year} (loading…)</translation>
    </message>
    <message>
        <source>{month} de {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>El caso está cerrado.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <source>El caso no tiene medidas activas en este mes.</source>
        <translation>The case has no active measures this month.</translation>
    </message>
    <message>
        <source>No se guardó nada: {first}</source>
        <translation>Nothing was saved: {first}</translation>
    </message>
    <message>
        <source>No se guardó nada: {problems} celdas tienen errores (en rojo). {first}</source>
        <translation>Nothing was saved: {problems} cells have errors (in red). {first}</translation>
    </message>
    <message>
        <source>Acciones del mes guardadas.</source>
        <translation>Actions of the month saved.</translation>
    </message>
    <message>
        <source>Reevaluar plan de protección</source>
        <translation>Reassess protection plan</translation>
    </message>
    <message>
        <source>Registrar plan de protección</source>
        <translation>Record protection plan</translation>
    </message>
    <message>
        <source>La reevaluación crea una nueva versión del plan; la versión actual se conserva como sustituida. Marque las medidas que el Consejo da por concluidas; las demás continúan.</source>
        <translation>Reassessment creates a new version of the plan; the current version is kept as superseded. Tick the measures the Council considers concluded; the others continue.</translation>
    </message>
    <message>
        <source>Plan aprobado por el Consejo de Evaluación de Medidas.</source>
        <translation>Plan approved by the Measures Evaluation Council.</translation>
    </message>
    <message>
        <source>Fecha de a&amp;probación:</source>
        <translation>A&amp;pproval date:</translation>
    </message>
    <message>
        <source>&amp;Número de sesión del Consejo:</source>
        <translation>Council session &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Tipo de sesión:</source>
        <translation>Session &amp;type:</translation>
    </message>
    <message>
        <source>Próxima &amp;revisión:</source>
        <translation>Next &amp;review:</translation>
    </message>
    <message>
        <source>Medidas a &amp;concluir:</source>
        <translation>Measures to &amp;conclude:</translation>
    </message>
    <message>
        <source>Editar medida</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <source>Nueva medida</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>C&amp;ategoría:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>&amp;Medida:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>&amp;Institución responsable:</source>
        <translation>Responsible &amp;institution:</translation>
    </message>
    <message>
        <source>Fecha de i&amp;nicio:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>Fecha de &amp;término:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source> (retirada)</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <source>Registrar acción</source>
        <translation>Record action</translation>
    </message>
    <message>
        <source>{item_name} ({category}), desde el {starts_on}.</source>
        <translation>{item_name} ({category}), from {starts_on}.</translation>
    </message>
    <message>
        <source>&amp;Cantidad de acciones:</source>
        <translation>&amp;Number of actions:</translation>
    </message>
    <message>
        <source>El resumen es un documento &lt;b&gt;CONFIDENCIAL&lt;/b&gt;: cada página lleva su nombre y la hora de impresión, y la impresión queda registrada en la bitácora. Guárdelo solo en una carpeta protegida.</source>
        <translation>The summary is a &lt;b&gt;CONFIDENTIAL&lt;/b&gt; document: every page carries your name and the time of printing, and the printing is recorded in the audit log. Keep it only in a protected folder.</translation>
    </message>
    <message>
        <source>No se pudo escribir el archivo en esa carpeta (sin permiso o sin espacio). Elija otra.</source>
        <translation>The file could not be written in that folder (no permission or no space). Choose another.</translation>
    </message>
    <message>
        <source>Resumen del plan — {folio}</source>
        <translation>Plan summary — {folio}</translation>
    </message>
    <message>
        <source>&amp;Desde:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Hasta (fecha de corte):</source>
        <translation>&amp;To (cut-off date):</translation>
    </message>
    <message>
        <source>&amp;Guardar PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Guarda el PDF y lo abre en el visor del sistema para imprimirlo.</source>
        <translation>Saves the PDF and opens it in the system viewer to print it.</translation>
    </message>
    <message>
        <source>Ce&amp;rrar</source>
        <translation>Clo&amp;se</translation>
    </message>
    <message>
        <source>Guardar resumen del plan</source>
        <translation>Save plan summary</translation>
    </message>
    <message>
        <source>Generando el resumen…</source>
        <translation>Generating the summary…</translation>
    </message>
    <message>
        <source>Guardado en {path}, pero no se pudo abrir el visor de PDF para imprimirlo.</source>
        <translation>Saved in {path}, but the PDF viewer could not be opened to print it.</translation>
    </message>
    <message>
        <source>Guardado en {path} y abierto en el visor de PDF para imprimirlo.</source>
        <translation>Saved in {path} and opened in the PDF viewer to print it.</translation>
    </message>
    <message>
        <source>Guardado en {path}.</source>
        <translation>Saved in {path}.</translation>
    </message>
    <message>
        <source>Medida</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Categoría</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Término</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Última acción</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Estado de la persona</source>
        <translation>State of the person</translation>
    </message>
    <message>
        <source>Próxima llamada</source>
        <translation>Next call</translation>
    </message>
    <message>
        <source>Registró</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Versión {plan_version}</source>
        <translation>Version {plan_version}</translation>
    </message>
    <message>
        <source>Sin plan</source>
        <translation>No plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;{modality}&lt;/b&gt;: este caso no lleva plan de protección; sus medidas se registran sin plan, como las cuenta el Cuadro 6.</source>
        <translation>&lt;b&gt;{modality}&lt;/b&gt;: this case has no protection plan; its measures are recorded without a plan, as Table 6 counts them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sin plan de protección.&lt;/b&gt; Registre el plan aprobado por el Consejo de Evaluación de Medidas.</source>
        <translation>&lt;b&gt;No protection plan.&lt;/b&gt; Record the plan approved by the Measures Evaluation Council.</translation>
    </message>
    <message>
        <source>Próxima revisión: &lt;b&gt;{next_review_on}&lt;/b&gt;</source>
        <translation>Next review: &lt;b&gt;{next_review_on}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sin revisión programada</source>
        <translation>No review scheduled</translation>
    </message>
    <message>
        <source> en la {rsplit}</source>
        <translation> at the {rsplit}</translation>
    </message>
    <message numerus="yes">
        <source>%n versiones anteriores</source>
        <translation>
            <numerusform>%n earlier version</numerusform>
            <numerusform>%n earlier versions</numerusform>
        </translation>
    </message>
    <message>
        <source>sin versiones anteriores</source>
        <translation>no earlier versions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan de protección vigente — versión {version}&lt;/b&gt;, aprobado el {approved_on}{session}.&lt;br&gt;{review} · {versions}</source>
        <translation>&lt;b&gt;Protection plan in force — version {version}&lt;/b&gt;, approved on {approved_on}{session}.&lt;br&gt;{review} · {versions}</translation>
    </message>
    <message>
        <source>Registrar &amp;plan…</source>
        <translation>Record &amp;plan…</translation>
    </message>
    <message>
        <source>R&amp;eevaluar plan…</source>
        <translation>R&amp;eassess plan…</translation>
    </message>
    <message>
        <source>&amp;Ver:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <source>&amp;Nueva medida…</source>
        <translation>&amp;New measure…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>E&amp;ditar medida…</source>
        <translation>E&amp;dit measure…</translation>
    </message>
    <message>
        <source>Registrar &amp;acción…</source>
        <translation>Record &amp;action…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Cuadrícula &amp;mensual…</source>
        <translation>&amp;Monthly grid…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Registrar &amp;llamada…</source>
        <translation>Record &amp;call…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Sin llamadas de monitoreo registradas.</source>
        <translation>No monitoring calls recorded.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Llamadas de monitoreo telefónico&lt;/b&gt;</source>
        <translation>&lt;b&gt;Telephone monitoring calls&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Todas las medidas del caso ({measures})</source>
        <translation>All measures of the case ({measures})</translation>
    </message>
    <message>
        <source>Versión {version} ({state}, {approved_on}): {measures} medidas</source>
        <translation>Version {version} ({state}, {approved_on}): {measures} measures</translation>
    </message>
    <message>
        <source> días</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Incluir revisiones de los próximos:</source>
        <translation>Include reviews in the next:</translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Aprobado</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Próxima</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>{due} planes por revisar, {overdue} vencidos</source>
        <translation>{due} plans to review, {overdue} overdue</translation>
    </message>
    <message>
        <source>Ninguna revisión pendiente.</source>
        <translation>No review pending.</translation>
    </message>
    <message>
        <source>Medidas que la usan</source>
        <translation>Measures using it</translation>
    </message>
    <message>
        <source>Nombre de la nueva medida</source>
        <translation>Name of the new measure</translation>
    </message>
    <message>
        <source>&amp;Agregar al catálogo</source>
        <translation>&amp;Add to the catalogue</translation>
    </message>
    <message>
        <source>&amp;Retirar</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>&amp;Borrar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Una medida en uso no se borra: se retira y deja de ofrecerse para medidas nuevas.</source>
        <translation>A measure in use is not deleted: it is retired and no longer offered for new measures.</translation>
    </message>
    <message>
        <source>Retirada</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Vigente</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>&amp;Reactivar</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>Borrar medida del catálogo</source>
        <translation>Delete measure from the catalogue</translation>
    </message>
    <message>
        <source>¿Borrar «{name}» del catálogo?</source>
        <translation>Delete «{name}» from the catalogue?</translation>
    </message>
    <message>
        <source>Revisiones de planes</source>
        <translation>Plan reviews</translation>
    </message>
    <message>
        <source>Catálogo de medidas</source>
        <translation>Measure catalogue</translation>
    </message>
    <message>
        <source>Código de recuperación</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>&lt;b&gt;Este código se muestra una sola vez.&lt;/b&gt; Con él se abre la base de datos si se olvida la frase de acceso; quien lo tenga puede leer todos los casos. Imprímalo o anótelo y guárdelo bajo llave, lejos de este equipo.</source>
        <translation>&lt;b&gt;This code is shown only once.&lt;/b&gt; It opens the database if the passphrase is forgotten; whoever has it can read every case. Print it or write it down and keep it under lock and key, away from this computer.</translation>
    </message>
    <message>
        <source>He guardado el código en un lugar seguro</source>
        <translation>I have kept the code in a safe place</translation>
    </message>
    <message>
        <source>Continuar</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MPI CDMX · MPI Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;CÓDIGO DE RECUPERACIÓN — CONFIDENCIAL&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:18pt; font-family:monospace&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Guarde esta hoja bajo llave. Permite abrir la base de datos sin frase de acceso.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MPI CDMX · MPI Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;RECOVERY CODE — CONFIDENTIAL&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:18pt; font-family:monospace&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this sheet under lock and key. It opens the database without a passphrase.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recuperar el acceso</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <source>Código de &amp;recuperación:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <source>&amp;Nueva frase de acceso:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Recuperar</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <source>El informe contiene solo cifras agregadas y títulos de actividades: ningún nombre ni dato personal. Elija el periodo y las secciones; la vista previa muestra sus Cuadros.</source>
        <translation>The report contains only aggregate figures and activity titles: no name or personal data. Choose the period and the sections; the preview shows their Tables.</translation>
    </message>
    <message>
        <source>Elija al menos una sección.</source>
        <translation>Choose at least one section.</translation>
    </message>
    <message>
        <source>Secciones:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <source>&amp;Actualizar vista previa</source>
        <translation>&amp;Refresh preview</translation>
    </message>
    <message>
        <source>&amp;Exportar XLSX…</source>
        <translation>&amp;Export XLSX…</translation>
    </message>
    <message>
        <source>Los Cuadros de las secciones elegidas, una hoja por Cuadro (portal de transparencia).</source>
        <translation>The Tables of the chosen sections, one sheet per Table (transparency portal).</translation>
    </message>
    <message>
        <source>Calculando {period} (corte al {cutoff_label})…</source>
        <translation>Calculating {period} (cut-off {cutoff_label})…</translation>
    </message>
    <message>
        <source>Guardar informe</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Generando el informe…</source>
        <translation>Generating the report…</translation>
    </message>
    <message>
        <source>Informe guardado en {path}.</source>
        <translation>Report saved in {path}.</translation>
    </message>
    <message>
        <source>Exportar Cuadros a XLSX</source>
        <translation>Export Tables to XLSX</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportando los Cuadros…</source>
        <translation>Exporting the Tables…</translation>
    </message>
    <message>
        <source>{sheets} Cuadros exportados a {path}.</source>
        <translation>{sheets} Tables exported to {path}.</translation>
    </message>
    <message>
        <source>Bimestre</source>
        <translation>Two-month period</translation>
    </message>
    <message>
        <source>Trimestre</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cualquier periodo</source>
        <translation>Any period</translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>del</source>
        <translation>from</translation>
    </message>
    <message>
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{period} · corte al {cutoff_label}</source>
        <translation>{period} · cut-off {cutoff_label}</translation>
    </message>
    <message>
        <source>Base de datos cifrada en {home}</source>
        <translation>Encrypted database in {home}</translation>
    </message>
    <message>
        <source>Escriba su usuario y su frase de acceso.</source>
        <translation>Type your user name and your passphrase.</translation>
    </message>
    <message>
        <source>Demasiados intentos fallidos. Espere {seconds_left} segundos.</source>
        <translation>Too many failed attempts. Wait {seconds_left} seconds.</translation>
    </message>
    <message>
        <source>Verificando…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado. Por seguridad no se muestran detalles; intente de nuevo.</source>
        <translation>An unexpected error occurred. For security, no details are shown; try again.</translation>
    </message>
    <message>
        <source>Operación cancelada.</source>
        <translation>Operation cancelled.</translation>
    </message>
    <message>
        <source>La sesión está bloqueada.</source>
        <translation>The session is locked.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Nuevo caso — MPI CDMX</source>
        <translation>New case — MPI CDMX</translation>
    </message>
    <message>
        <source>Registre el caso y a sus personas. La primera agresión y la primera evaluación de riesgo son opcionales; los demás datos del caso se completan después en el expediente.</source>
        <translation>Record the case and its people. The first aggression and the first risk assessment are optional; the rest of the case data is completed later in the case file.</translation>
    </message>
    <message>
        <source>Datos del caso</source>
        <translation>Case data</translation>
    </message>
    <message>
        <source>Modalidad:</source>
        <translation>Modality:</translation>
    </message>
    <message>
        <source>&amp;Incorporación</source>
        <translation>&amp;Incorporation</translation>
    </message>
    <message>
        <source>Ate&amp;nción o canalización</source>
        <translation>Atte&amp;ntion or referral</translation>
    </message>
    <message>
        <source>Co&amp;laboración con el Mecanismo Federal</source>
        <translation>Co&amp;llaboration with the Federal Mechanism</translation>
    </message>
    <message>
        <source>color: #b3261e;</source>
        <translation>color: #b3261e;</translation>
    </message>
    <message>
        <source>Procedi&amp;miento:</source>
        <translation>Proce&amp;dure:</translation>
    </message>
    <message>
        <source>Per&amp;fil:</source>
        <translation>Pro&amp;file:</translation>
    </message>
    <message>
        <source>Id&amp;entidad del caso:</source>
        <translation>Case id&amp;entity:</translation>
    </message>
    <message>
        <source>Fec&amp;ha de apertura:</source>
        <translation>Opening &amp;date:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Alcaldía:</source>
        <translation>&amp;Alcaldía:</translation>
    </message>
    <message>
        <source>Colecti&amp;vo u organización:</source>
        <translation>Collecti&amp;ve or organisation:</translation>
    </message>
    <message>
        <source>Solo en casos colectivos</source>
        <translation>Collective cases only</translation>
    </message>
    <message>
        <source>&amp;Resumen:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>&amp;Personas del caso</source>
        <translation>&amp;People of the case</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Identidad</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>A&amp;gregar persona</source>
        <translation>A&amp;dd person</translation>
    </message>
    <message>
        <source>&amp;Quitar persona</source>
        <translation>&amp;Remove person</translation>
    </message>
    <message>
        <source>Datos de la persona seleccionada</source>
        <translation>Data of the selected person</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>Tipo de per&amp;sona:</source>
        <translation>Per&amp;son type:</translation>
    </message>
    <message>
        <source>Nom&amp;bre completo:</source>
        <translation>Full na&amp;me:</translation>
    </message>
    <message>
        <source>I&amp;dentidad:</source>
        <translation>I&amp;dentity:</translation>
    </message>
    <message>
        <source>Fecha de naci&amp;miento:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>Opcional. Déjela en blanco si no se conoce (Supr borra la fecha).</source>
        <translation>Optional. Leave it blank if unknown (Del clears the date).</translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;Correo electrónico:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>C&amp;URP:</source>
        <translation>C&amp;URP:</translation>
    </message>
    <message>
        <source>Organi&amp;zación:</source>
        <translation>Organi&amp;sation:</translation>
    </message>
    <message>
        <source>D&amp;omicilio:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <source>Not&amp;as:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>Horarios y medios seguros de contacto, necesidades particulares…</source>
        <translation>Safe times and means of contact, particular needs…</translation>
    </message>
    <message>
        <source>Registrar la primera a&amp;gresión</source>
        <translation>Record the first a&amp;ggression</translation>
    </message>
    <message>
        <source>F&amp;echa:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Conte&amp;xto:</source>
        <translation>Conte&amp;xt:</translation>
    </message>
    <message>
        <source>Por ejemplo: cobertura de una manifestación</source>
        <translation>For example: covering a demonstration</translation>
    </message>
    <message>
        <source>Alcal&amp;día:</source>
        <translation>Alcal&amp;día:</translation>
    </message>
    <message>
        <source>Descri&amp;pción:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>Registrar la primera e&amp;valuación de riesgo</source>
        <translation>Record the first risk a&amp;ssessment</translation>
    </message>
    <message>
        <source>Fec&amp;ha:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Nivel de riesgo:</source>
        <translation>Risk &amp;level:</translation>
    </message>
    <message>
        <source>Res&amp;umen:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>color: #6b4e00;</source>
        <translation>color: #6b4e00;</translation>
    </message>
    <message>
        <source>Cancelar  (Esc)</source>
        <translation>Cancel  (Esc)</translation>
    </message>
    <message>
        <source>Guardar caso  (Ctrl+S)</source>
        <translation>Save case  (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>MPI Desktop — Desbloquear</source>
        <translation>MPI Desktop — Unlock</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Base de datos cifrada</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Frase de acceso:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>⚠ Bloq Mayús está activado.</source>
        <translation>⚠ Caps Lock is on.</translation>
    </message>
    <message>
        <source>color: #8a5a00;</source>
        <translation>color: #8a5a00;</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>¿Olvidó su frase? Usar código de &amp;recuperación…</source>
        <translation>Forgot your passphrase? Use a &amp;recovery code…</translation>
    </message>
    <message>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Sin asistencia registrada</source>
        <translation>No attendance recorded</translation>
    </message>
    <message>
        <source>Lista con nombres</source>
        <translation>List with names</translation>
    </message>
    <message>
        <source>Solo conteo por identidad</source>
        <translation>Count by identity only</translation>
    </message>
    <message>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Colectivo</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Realizadas ÷ programadas × 100</source>
        <translation>Done ÷ programmed × 100</translation>
    </message>
    <message>
        <source>Periodo ÷ mismo periodo del año anterior × 100</source>
        <translation>Period ÷ same period of the previous year × 100</translation>
    </message>
    <message>
        <source>Conteo simple</source>
        <translation>Simple count</translation>
    </message>
    <message>
        <source>No aplica</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Ascendente</source>
        <translation>Ascending</translation>
    </message>
    <message>
        <source>Descendente</source>
        <translation>Descending</translation>
    </message>
    <message>
        <source>De manera trimestral</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>De manera anual</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Protesta social o movilización</source>
        <translation>Social protest or mobilisation</translation>
    </message>
    <message>
        <source>Cobertura periodística</source>
        <translation>Press coverage</translation>
    </message>
    <message>
        <source>Actividad de defensa de derechos humanos</source>
        <translation>Human rights defence activity</translation>
    </message>
    <message>
        <source>Espacios digitales</source>
        <translation>Digital spaces</translation>
    </message>
    <message>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Sesiones ordinarias de la Junta de Gobierno</source>
        <translation>Ordinary sessions of the Governing Board</translation>
    </message>
    <message>
        <source>Sesiones del Consejo de Evaluación de Medidas</source>
        <translation>Sessions of the Measures Evaluation Council</translation>
    </message>
    <message>
        <source>Sesiones del Consejo Consultivo</source>
        <translation>Sessions of the Advisory Council</translation>
    </message>
    <message>
        <source>Actividades de la Mesa de Trabajo Multisectorial</source>
        <translation>Activities of the Multisector Working Group</translation>
    </message>
    <message>
        <source>Casos de atención o canalización abiertos</source>
        <translation>Attention or referral cases opened</translation>
    </message>
    <message>
        <source>Incorporaciones por procedimiento ordinario</source>
        <translation>Incorporations by ordinary procedure</translation>
    </message>
    <message>
        <source>Incorporaciones por procedimiento extraordinario</source>
        <translation>Incorporations by extraordinary procedure</translation>
    </message>
    <message>
        <source>Colaboraciones con el Mecanismo Federal iniciadas</source>
        <translation>Collaborations with the Federal Mechanism started</translation>
    </message>
    <message>
        <source>Talleres de autoprotección iniciados</source>
        <translation>Self-protection workshops started</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.1</source>
        <translation>Trainings of axis 3.1</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.2</source>
        <translation>Trainings of axis 3.2</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.3</source>
        <translation>Trainings of axis 3.3</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.4</source>
        <translation>Trainings of axis 3.4</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.5</source>
        <translation>Trainings of axis 3.5</translation>
    </message>
    <message>
        <source>Registros de hallazgos del mapeo de agresiones</source>
        <translation>Findings recorded in the aggression mapping</translation>
    </message>
    <message>
        <source>Registros de agresiones en el contexto de protestas</source>
        <translation>Aggressions recorded in the context of protests</translation>
    </message>
    <message>
        <source>Calculado con los registros del programa</source>
        <translation>Calculated from the program&apos;s records</translation>
    </message>
    <message>
        <source>Captura manual</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <source>Evento</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Física</source>
        <translation>Physical</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Amenaza</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Hostigamiento</source>
        <translation>Harassment</translation>
    </message>
    <message>
        <source>Vigilancia</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Criminalización</source>
        <translation>Criminalisation</translation>
    </message>
    <message>
        <source>Desplazamiento</source>
        <translation>Displacement</translation>
    </message>
    <message>
        <source>Privación de la libertad</source>
        <translation>Deprivation of liberty</translation>
    </message>
    <message>
        <source>Homicidio</source>
        <translation>Homicide</translation>
    </message>
    <message>
        <source>Otra</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Contactada</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Sin respuesta</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Número equivocado</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Reporta incidente</source>
        <translation>Reports an incident</translation>
    </message>
    <message>
        <source>Abierto</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cerrado</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Junta de Gobierno</source>
        <translation>Governing Board</translation>
    </message>
    <message>
        <source>Consejo Consultivo</source>
        <translation>Advisory Council</translation>
    </message>
    <message>
        <source>Consejo de Evaluación de Medidas</source>
        <translation>Measures Evaluation Council</translation>
    </message>
    <message>
        <source>Mesa de Trabajo Multisectorial</source>
        <translation>Multisector Working Group</translation>
    </message>
    <message>
        <source>Mujer</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Hombre</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>LGBTTTI</source>
        <translation>LGBTTTI</translation>
    </message>
    <message>
        <source>Preventiva</source>
        <translation>Preventive</translation>
    </message>
    <message>
        <source>Protección</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Protección urgente</source>
        <translation>Urgent protection</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Solicitada</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Implementada</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Suspendida</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Concluida</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Incorporación</source>
        <translation>Incorporation</translation>
    </message>
    <message>
        <source>Atención o canalización</source>
        <translation>Attention or referral</translation>
    </message>
    <message>
        <source>Colaboración con el Mecanismo Federal</source>
        <translation>Collaboration with the Federal Mechanism</translation>
    </message>
    <message>
        <source>Prefiero no decirlo</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>Persona beneficiaria</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Familiar</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Persona vinculada</source>
        <translation>Linked person</translation>
    </message>
    <message>
        <source>Vigente</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Sustituido</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Ordinario</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Extraordinario</source>
        <translation>Extraordinary</translation>
    </message>
    <message>
        <source>Persona defensora de derechos humanos</source>
        <translation>Human rights defender</translation>
    </message>
    <message>
        <source>Persona periodista o colaboradora periodística</source>
        <translation>Journalist or press collaborator</translation>
    </message>
    <message>
        <source>Enviada</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Aceptada</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Atendida</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Rechazada</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Bajo</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medio</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Alto</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Administración</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Atención de casos</source>
        <translation>Casework</translation>
    </message>
    <message>
        <source>Estadística</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Ordinaria</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Extraordinaria</source>
        <translation>Extraordinary</translation>
    </message>
    <message>
        <source>3.1 Derechos humanos y defensa de la libertad de expresión</source>
        <translation>3.1 Human rights and defence of freedom of expression</translation>
    </message>
    <message>
        <source>3.2 Comunicación, periodismo y perspectiva de género</source>
        <translation>3.2 Communication, journalism and gender perspective</translation>
    </message>
    <message>
        <source>3.3 Seguridad digital</source>
        <translation>3.3 Digital security</translation>
    </message>
    <message>
        <source>3.4 Uso de la tecnología para la acción social</source>
        <translation>3.4 Use of technology for social action</translation>
    </message>
    <message>
        <source>3.5 Análisis, prevención y reacción ante violencias digitales</source>
        <translation>3.5 Analysis, prevention and response to digital violence</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Presencial</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Incorporados al MPI CDMX</source>
        <translation>Incorporated into the MPI CDMX</translation>
    </message>
    <message>
        <source>Seguimiento a casos incorporados</source>
        <translation>Follow-up of incorporated cases</translation>
    </message>
    <message>
        <source>Atenciones o canalización</source>
        <translation>Attention or referral</translation>
    </message>
    <message>
        <source>Seguimiento en Atenciones o canalización</source>
        <translation>Follow-up of attention or referral</translation>
    </message>
    <message>
        <source>Colaboraciones con el Mecanismo de Protección Federal</source>
        <translation>Collaborations with the Federal Protection Mechanism</translation>
    </message>
    <message>
        <source>Seguimiento a colaboraciones con el Mecanismo de Protección Federal</source>
        <translation>Follow-up of collaborations with the Federal Protection Mechanism</translation>
    </message>
    <message>
        <source>En tiempo</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Con rezago</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <source>Sin dato</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Sin meta numérica</source>
        <translation>No numeric target</translation>
    </message>
    <message>
        <source>Sin línea base</source>
        <translation>No baseline</translation>
    </message>
    <message>
        <source>Sin medición en el trimestre</source>
        <translation>No measurement in the quarter</translation>
    </message>
    <message>
        <source>En curso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Casos</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Medidas</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Talleres</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Órganos de gobierno y toma de decisiones del MPI CDMX</source>
        <translation>Governing and decision-making bodies of the MPI CDMX</translation>
    </message>
    <message>
        <source>Casos atendidos por el MPI CDMX</source>
        <translation>Cases attended by the MPI CDMX</translation>
    </message>
    <message>
        <source>Capacitaciones</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Vinculación interinstitucional</source>
        <translation>Inter-institutional liaison</translation>
    </message>
</context>
</TS>
