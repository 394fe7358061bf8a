<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="es_MX">
<context>
    <name></name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Nuevo taller…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Editar taller…</source>
        <translation>&amp;Editar taller…</translation>
    </message>
    <message>
        <source>Agregar &amp;sesión…</source>
        <translation>Agregar &amp;sesión…</translation>
    </message>
    <message>
        <source>Editar se&amp;sión…</source>
        <translation>Editar se&amp;sión…</translation>
    </message>
    <message>
        <source>&amp;Asistencia…</source>
        <translation>&amp;Asistencia…</translation>
    </message>
    <message>
        <source>Título</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Dirigido a</source>
        <translation>Dirigido a</translation>
    </message>
    <message>
        <source>Sesiones</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Horas</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Sesiones del taller seleccionado (Intro abre la asistencia)</source>
        <translation>Sesiones del taller seleccionado (Intro abre la asistencia)</translation>
    </message>
    <message numerus="yes">
        <source>%n talleres.</source>
        <translation>
            <numerusform>%n taller.</numerusform>
            <numerusform>%n talleres.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {directed_to} — sesión del {held_on}</source>
        <translation>{title} — {directed_to} — sesión del {held_on}</translation>
    </message>
    <message>
        <source>&amp;Nueva capacitación…</source>
        <translation>&amp;Nueva capacitación…</translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Fechas</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Modalidad</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Eje</source>
        <translation>Eje</translation>
    </message>
    <message>
        <source>Colabora</source>
        <translation>Colabora</translation>
    </message>
    <message>
        <source>{rows} acciones de prevención y capacitación.</source>
        <translation>{rows} acciones de prevención y capacitación.</translation>
    </message>
    <message>
        <source>Talleres de autoprotección</source>
        <translation>Talleres de autoprotección</translation>
    </message>
    <message>
        <source>Acciones de prevención y capacitación</source>
        <translation>Acciones de prevención y capacitación</translation>
    </message>
    <message>
        <source>Editar {what}</source>
        <translation>Editar {what}</translation>
    </message>
    <message>
        <source>Registrar {what}</source>
        <translation>Registrar {what}</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>taller de autoprotección</source>
        <translation>taller de autoprotección</translation>
    </message>
    <message>
        <source>&amp;Título</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Tipo de destinatario</source>
        <translation>&amp;Tipo de destinatario</translation>
    </message>
    <message>
        <source>&amp;Dirigido a</source>
        <translation>&amp;Dirigido a</translation>
    </message>
    <message>
        <source>Como aparecerá en el informe (Cuadro 7)</source>
        <translation>Como aparecerá en el informe (Cuadro 7)</translation>
    </message>
    <message>
        <source>&amp;Folio del caso</source>
        <translation>&amp;Folio del caso</translation>
    </message>
    <message>
        <source>&amp;Notas</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>sesión del taller</source>
        <translation>sesión del taller</translation>
    </message>
    <message>
        <source>&amp;Fecha</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Horas</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <source>Por ejemplo 3 o 2,5</source>
        <translation>Por ejemplo 3 o 2,5</translation>
    </message>
    <message>
        <source>acción de prevención y capacitación</source>
        <translation>acción de prevención y capacitación</translation>
    </message>
    <message>
        <source>Taller virtual «…»</source>
        <translation>Taller virtual «…»</translation>
    </message>
    <message>
        <source>&amp;Fechas</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>dd/mm/aaaa, separadas por comas</source>
        <translation>dd/mm/aaaa, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Modalidad</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>&amp;Eje temático (Plan Anual)</source>
        <translation>&amp;Eje temático (Plan Anual)</translation>
    </message>
    <message>
        <source>&amp;Objetivo</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>Organización &amp;colaboradora</source>
        <translation>Organización &amp;colaboradora</translation>
    </message>
    <message>
        <source>Opcional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>sesión de órgano de gobierno</source>
        <translation>sesión de órgano de gobierno</translation>
    </message>
    <message>
        <source>Ó&amp;rgano</source>
        <translation>Ó&amp;rgano</translation>
    </message>
    <message>
        <source>&amp;Número de sesión</source>
        <translation>&amp;Número de sesión</translation>
    </message>
    <message>
        <source>1 = Primera</source>
        <translation>1 = Primera</translation>
    </message>
    <message>
        <source>&amp;Tipo</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Temas &amp;abordados</source>
        <translation>Temas &amp;abordados</translation>
    </message>
    <message>
        <source>actividad institucional</source>
        <translation>actividad institucional</translation>
    </message>
    <message>
        <source>&amp;Institución</source>
        <translation>&amp;Institución</translation>
    </message>
    <message>
        <source>Tít&amp;ulo</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>&amp;Descripción</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Nombre completo:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Frase de acceso:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>R&amp;epita la frase:</source>
        <translation>R&amp;epita la frase:</translation>
    </message>
    <message>
        <source>Las frases de acceso no coinciden.</source>
        <translation>Las frases de acceso no coinciden.</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Agregar usuario…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>&amp;Restablecer frase…</source>
        <translation>&amp;Restablecer frase…</translation>
    </message>
    <message>
        <source>&amp;Desactivar</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Rea&amp;ctivar…</source>
        <translation>Rea&amp;ctivar…</translation>
    </message>
    <message>
        <source>Verificar &amp;bitácora</source>
        <translation>Verificar &amp;bitácora</translation>
    </message>
    <message>
        <source>Verificar &amp;integridad</source>
        <translation>Verificar &amp;integridad</translation>
    </message>
    <message>
        <source>Importar registros anteriores…</source>
        <translation>Importar registros anteriores…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Bloqueo automático tras &amp;inactividad:</source>
        <translation>Bloqueo automático tras &amp;inactividad:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usuarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Usuarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>El programa se bloqueará tras {value} minutos sin uso.</source>
        <translation>El programa se bloqueará tras {value} minutos sin uso.</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Desactivado</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Seleccione un usuario de la lista.</source>
        <translation>Seleccione un usuario de la lista.</translation>
    </message>
    <message>
        <source>Agregar usuario</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>Usuario «{username}» agregado.</source>
        <translation>Usuario «{username}» agregado.</translation>
    </message>
    <message>
        <source>Nueva frase para {username}</source>
        <translation>Nueva frase para {username}</translation>
    </message>
    <message>
        <source>Frase de acceso restablecida.</source>
        <translation>Frase de acceso restablecida.</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>¿Desactivar la cuenta «{username}»? Ya no podrá abrir la base.</source>
        <translation>¿Desactivar la cuenta «{username}»? Ya no podrá abrir la base.</translation>
    </message>
    <message>
        <source>Cuenta desactivada.</source>
        <translation>Cuenta desactivada.</translation>
    </message>
    <message>
        <source>Reactivar {username}</source>
        <translation>Reactivar {username}</translation>
    </message>
    <message>
        <source>Cuenta reactivada.</source>
        <translation>Cuenta reactivada.</translation>
    </message>
    <message>
        <source>Verificando la bitácora…</source>
        <translation>Verificando la bitácora…</translation>
    </message>
    <message>
        <source>Verificando el cifrado y la estructura de la base…</source>
        <translation>Verificando el cifrado y la estructura de la base…</translation>
    </message>
    <message>
        <source>Situación</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Prevista</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Caso</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Última llamada</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <source>Último resultado</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Vencida</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Hoy</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{day} (primera)</source>
        <translation>{day} (primera)</translation>
    </message>
    <message>
        <source>Nunca</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Llamadas de hoy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Llamadas de hoy&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No hay llamadas pendientes para hoy.</source>
        <translation>No hay llamadas pendientes para hoy.</translation>
    </message>
    <message>
        <source>&amp;Registrar llamada…</source>
        <translation>&amp;Registrar llamada…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Abrir e&amp;xpediente</source>
        <translation>Abrir e&amp;xpediente</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Llamadas previstas para hoy y vencidas de los casos abiertos con monitoreo telefónico.</source>
        <translation>Llamadas previstas para hoy y vencidas de los casos abiertos con monitoreo telefónico.</translation>
    </message>
    <message>
        <source>{due} pendientes, {overdue} vencidas</source>
        <translation>{due} pendientes, {overdue} vencidas</translation>
    </message>
    <message>
        <source>Casos</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Programa, objetivo, acción o indicador</source>
        <translation>Programa, objetivo, acción o indicador</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>T2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>T3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>T4</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Línea base</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Meta programada: {meta_text}</source>
        <translation>Meta programada: {meta_text}</translation>
    </message>
    <message>
        <source>Dimensión: {dimension}</source>
        <translation>Dimensión: {dimension}</translation>
    </message>
    <message>
        <source>Definición: {definition}</source>
        <translation>Definición: {definition}</translation>
    </message>
    <message>
        <source>Método de cálculo: {formula} ({method})</source>
        <translation>Método de cálculo: {formula} ({method})</translation>
    </message>
    <message>
        <source>Unidad de medida: {unit}</source>
        <translation>Unidad de medida: {unit}</translation>
    </message>
    <message>
        <source>Línea base: {baseline}</source>
        <translation>Línea base: {baseline}</translation>
    </message>
    <message>
        <source>Responsables: {responsables}</source>
        <translation>Responsables: {responsables}</translation>
    </message>
    <message>
        <source>Fuente de información: {information_source}</source>
        <translation>Fuente de información: {information_source}</translation>
    </message>
    <message>
        <source>Origen del valor: {value_source}</source>
        <translation>Origen del valor: {value_source}</translation>
    </message>
    <message>
        <source>T{quarter}: {value} — capturado por {entered_by} el {moment}</source>
        <translation>T{quarter}: {value} — capturado por {entered_by} el {moment}</translation>
    </message>
    <message>
        <source>Sin indicador</source>
        <translation>Sin indicador</translation>
    </message>
    <message>
        <source>&amp;Copiar al año siguiente</source>
        <translation>&amp;Copiar al año siguiente</translation>
    </message>
    <message>
        <source>Guardar &amp;PDF de avance…</source>
        <translation>Guardar &amp;PDF de avance…</translation>
    </message>
    <message>
        <source>Año:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <source>Corte al:</source>
        <translation>Corte al:</translation>
    </message>
    <message>
        <source>Avance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Mapeo de agresiones</source>
        <translation>Mapeo de agresiones</translation>
    </message>
    <message>
        <source>Trimestre {quarter}</source>
        <translation>Trimestre {quarter}</translation>
    </message>
    <message>
        <source>p. ej. 3</source>
        <translation>p. ej. 3</translation>
    </message>
    <message>
        <source>opcional: acta, oficio…</source>
        <translation>opcional: acta, oficio…</translation>
    </message>
    <message>
        <source>&amp;Guardar valor</source>
        <translation>&amp;Guardar valor</translation>
    </message>
    <message>
        <source>número de la meta anual</source>
        <translation>número de la meta anual</translation>
    </message>
    <message>
        <source>Guardar &amp;meta</source>
        <translation>Guardar &amp;meta</translation>
    </message>
    <message>
        <source>Trimestre:</source>
        <translation>Trimestre:</translation>
    </message>
    <message>
        <source>&amp;Valor realizado:</source>
        <translation>&amp;Valor realizado:</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Meta anual:</source>
        <translation>Meta anual:</translation>
    </message>
    <message>
        <source>{title}: {indicators} indicadores; </source>
        <translation>{title}: {indicators} indicadores; </translation>
    </message>
    <message>
        <source>Valor del trimestre {quarter} guardado.</source>
        <translation>Valor del trimestre {quarter} guardado.</translation>
    </message>
    <message>
        <source>Meta guardada.</source>
        <translation>Meta guardada.</translation>
    </message>
    <message>
        <source>Plan {year} creado como copia; ajuste sus metas.</source>
        <translation>Plan {year} creado como copia; ajuste sus metas.</translation>
    </message>
    <message>
        <source>Guardar avance del Plan Anual</source>
        <translation>Guardar avance del Plan Anual</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Avance guardado en {path}.</source>
        <translation>Avance guardado en {path}.</translation>
    </message>
    <message>
        <source>MPI Desktop</source>
        <translation>MPI Desktop</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado. Por seguridad no se muestran detalles. Lo que ya estaba guardado no se perdió; si se repite, avise a la administración.</source>
        <translation>Ocurrió un error inesperado. Por seguridad no se muestran detalles. Lo que ya estaba guardado no se perdió; si se repite, avise a la administración.</translation>
    </message>
    <message>
        <source>Lista de casos</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Planes y medidas</source>
        <translation>Planes y medidas</translation>
    </message>
    <message>
        <source>Monitoreo</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <source>Talleres y capacitaciones</source>
        <translation>Talleres y capacitaciones</translation>
    </message>
    <message>
        <source>Sesiones y actividades</source>
        <translation>Sesiones y actividades</translation>
    </message>
    <message>
        <source>Plan Anual</source>
        <translation>Plan Anual</translation>
    </message>
    <message>
        <source>Informes</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Respaldos</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>Administración</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Mujeres</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Hombres</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>LGBTTTI</source>
        <translation>LGBTTTI</translation>
    </message>
    <message>
        <source>Prefiero no decirlo</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>Pulse M, H, L o N para la identidad.</source>
        <translation>Pulse M, H, L o N para la identidad.</translation>
    </message>
    <message>
        <source>M Mujer · H Hombre · L LGBTTTI · N Prefiero no decirlo</source>
        <translation>M Mujer · H Hombre · L LGBTTTI · N Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Asistencia — {heading}</source>
        <translation>Asistencia — {heading}</translation>
    </message>
    <message>
        <source>Lista con &amp;nombres</source>
        <translation>Lista con &amp;nombres</translation>
    </message>
    <message>
        <source>Solo &amp;conteo (sin nombres)</source>
        <translation>Solo &amp;conteo (sin nombres)</translation>
    </message>
    <message>
        <source>&amp;Importar lista…</source>
        <translation>&amp;Importar lista…</translation>
    </message>
    <message>
        <source>Importar una lista CSV o XLSX con vista previa (Ctrl+I)</source>
        <translation>Importar una lista CSV o XLSX con vista previa (Ctrl+I)</translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Opcional; se conserva</source>
        <translation>Opcional; se conserva</translation>
    </message>
    <message>
        <source>&amp;Agregar</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Nombre</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>I&amp;dentidad</source>
        <translation>I&amp;dentidad</translation>
    </message>
    <message>
        <source>&amp;Organización</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Nombre, Tab, una tecla para la identidad ({IDENTITY_HINT}), Intro para agregar.</source>
        <translation>Nombre, Tab, una tecla para la identidad ({IDENTITY_HINT}), Intro para agregar.</translation>
    </message>
    <message>
        <source>Identidad</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Quitar de la lista</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Registre solo cuántas personas asistieron; no se guarda ningún nombre.</source>
        <translation>Registre solo cuántas personas asistieron; no se guarda ningún nombre.</translation>
    </message>
    <message>
        <source>&amp;Guardar conteo</source>
        <translation>&amp;Guardar conteo</translation>
    </message>
    <message>
        <source>{total} personas en la lista.</source>
        <translation>{total} personas en la lista.</translation>
    </message>
    <message>
        <source>¿Quitar a {chosen} persona(s) de la lista?</source>
        <translation>¿Quitar a {chosen} persona(s) de la lista?</translation>
    </message>
    <message>
        <source>Quitar de la lista</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Conteo guardado.</source>
        <translation>Conteo guardado.</translation>
    </message>
    <message>
        <source>Importar lista de asistencia</source>
        <translation>Importar lista de asistencia</translation>
    </message>
    <message>
        <source>Listas de asistencia (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation>Listas de asistencia (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Leyendo la lista…</source>
        <translation>Leyendo la lista…</translation>
    </message>
    <message>
        <source>Importación cancelada: no se guardó nada.</source>
        <translation>Importación cancelada: no se guardó nada.</translation>
    </message>
    <message>
        <source>Se importaron {accepted} personas.</source>
        <translation>Se importaron {accepted} personas.</translation>
    </message>
    <message>
        <source>Vista previa de la lista</source>
        <translation>Vista previa de la lista</translation>
    </message>
    <message>
        <source>{file_name}: {accepted} filas aceptadas y {rejected} rechazadas. Todavía no se ha guardado nada.</source>
        <translation>{file_name}: {accepted} filas aceptadas y {rejected} rechazadas. Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Identidad escrita</source>
        <translation>Identidad escrita</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Aceptadas ({accepted})</source>
        <translation>Aceptadas ({accepted})</translation>
    </message>
    <message>
        <source>Rechazadas ({rejected})</source>
        <translation>Rechazadas ({rejected})</translation>
    </message>
    <message>
        <source>&amp;Importar {accepted} personas</source>
        <translation>&amp;Importar {accepted} personas</translation>
    </message>
    <message>
        <source>Respaldos de MPI Desktop (*{SUFFIX})</source>
        <translation>Respaldos de MPI Desktop (*{SUFFIX})</translation>
    </message>
    <message>
        <source>&amp;Frase del respaldo:</source>
        <translation>&amp;Frase del respaldo:</translation>
    </message>
    <message>
        <source>&amp;Repita la frase:</source>
        <translation>&amp;Repita la frase:</translation>
    </message>
    <message>
        <source>Guárdela por escrito en un lugar seguro: sin ella el respaldo no puede abrirse.</source>
        <translation>Guárdela por escrito en un lugar seguro: sin ella el respaldo no puede abrirse.</translation>
    </message>
    <message>
        <source>Las frases no coinciden.</source>
        <translation>Las frases no coinciden.</translation>
    </message>
    <message>
        <source>Crear &amp;respaldo…</source>
        <translation>Crear &amp;respaldo…</translation>
    </message>
    <message>
        <source>&amp;Verificar un respaldo…</source>
        <translation>&amp;Verificar un respaldo…</translation>
    </message>
    <message>
        <source>&amp;Simulacro de restauración</source>
        <translation>&amp;Simulacro de restauración</translation>
    </message>
    <message>
        <source>Res&amp;taurar…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <source>Respaldos automáticos (al cerrar y cada día)</source>
        <translation>Respaldos automáticos (al cerrar y cada día)</translation>
    </message>
    <message>
        <source>&amp;Elegir…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Carpeta (p. ej. una memoria USB):</source>
        <translation>Carpeta (p. ej. una memoria USB):</translation>
    </message>
    <message>
        <source>Conservar los últimos:</source>
        <translation>Conservar los últimos:</translation>
    </message>
    <message>
        <source>déjela vacía para conservar la actual</source>
        <translation>déjela vacía para conservar la actual</translation>
    </message>
    <message>
        <source>Frase de los respaldos:</source>
        <translation>Frase de los respaldos:</translation>
    </message>
    <message>
        <source>No se completó.</source>
        <translation>No se completó.</translation>
    </message>
    <message>
        <source>Cancelando…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Respaldo cifrado creado y verificado: {path}
{total_records} registros. Guarde la frase del respaldo por escrito.</source>
        <translation>Respaldo cifrado creado y verificado: {path}
{total_records} registros. Guarde la frase del respaldo por escrito.</translation>
    </message>
    <message>
        <source>Restauración terminada</source>
        <translation>Restauración terminada</translation>
    </message>
    <message>
        <source>Abra la sesión de nuevo para trabajar con los datos restaurados.</source>
        <translation>Abra la sesión de nuevo para trabajar con los datos restaurados.</translation>
    </message>
    <message>
        <source>Respaldos automáticos guardados.</source>
        <translation>Respaldos automáticos guardados.</translation>
    </message>
    <message>
        <source>Guardar respaldo cifrado</source>
        <translation>Guardar respaldo cifrado</translation>
    </message>
    <message>
        <source>respaldo</source>
        <translation>respaldo</translation>
    </message>
    <message>
        <source>Frase del nuevo respaldo</source>
        <translation>Frase del nuevo respaldo</translation>
    </message>
    <message>
        <source>Verificar un respaldo</source>
        <translation>Verificar un respaldo</translation>
    </message>
    <message>
        <source>Frase del respaldo</source>
        <translation>Frase del respaldo</translation>
    </message>
    <message>
        <source>Restaurar un respaldo</source>
        <translation>Restaurar un respaldo</translation>
    </message>
    <message>
        <source>La base actual se reemplazará por el contenido del respaldo.

Antes se guarda una copia cifrada de la base actual (con la misma frase del respaldo) en la carpeta de datos. ¿Continuar?</source>
        <translation>La base actual se reemplazará por el contenido del respaldo.

Antes se guarda una copia cifrada de la base actual (con la misma frase del respaldo) en la carpeta de datos. ¿Continuar?</translation>
    </message>
    <message>
        <source>Carpeta de respaldos</source>
        <translation>Carpeta de respaldos</translation>
    </message>
    <message>
        <source>Carpeta de respaldos automáticos</source>
        <translation>Carpeta de respaldos automáticos</translation>
    </message>
    <message>
        <source>Creando el respaldo automático antes de salir…</source>
        <translation>Creando el respaldo automático antes de salir…</translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Registrar llamada</source>
        <translation>&amp;Registrar llamada</translation>
    </message>
    <message>
        <source>Registrar llamada de monitoreo</source>
        <translation>Registrar llamada de monitoreo</translation>
    </message>
    <message>
        <source>&amp;Fecha y hora:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Resultado:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>¿Cómo &amp;está?:</source>
        <translation>¿Cómo &amp;está?:</translation>
    </message>
    <message>
        <source>p. ej. tranquila, con temor, sin novedad</source>
        <translation>p. ej. tranquila, con temor, sin novedad</translation>
    </message>
    <message>
        <source>N&amp;otas:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Programar la &amp;siguiente llamada:</source>
        <translation>Programar la &amp;siguiente llamada:</translation>
    </message>
    <message>
        <source>Como se&amp;guimiento del caso (la nota)</source>
        <translation>Como se&amp;guimiento del caso (la nota)</translation>
    </message>
    <message>
        <source>Como a&amp;gresión</source>
        <translation>Como a&amp;gresión</translation>
    </message>
    <message>
        <source>Registrar el incidente:</source>
        <translation>Registrar el incidente:</translation>
    </message>
    <message>
        <source>Fecha de la agresión:</source>
        <translation>Fecha de la agresión:</translation>
    </message>
    <message>
        <source>Tipo de agresión:</source>
        <translation>Tipo de agresión:</translation>
    </message>
    <message>
        <source>Alcaldía:</source>
        <translation>Alcaldía:</translation>
    </message>
    <message>
        <source>Descripción:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>&amp;Cerrar caso…</source>
        <translation>&amp;Cerrar caso…</translation>
    </message>
    <message>
        <source>Reabrir cas&amp;o…</source>
        <translation>Reabrir cas&amp;o…</translation>
    </message>
    <message>
        <source>Imprimir resumen del plan</source>
        <translation>Imprimir resumen del plan</translation>
    </message>
    <message>
        <source>Resumen del plan de protección en PDF, confidencial (Ctrl+P)</source>
        <translation>Resumen del plan de protección en PDF, confidencial (Ctrl+P)</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Agregar persona…</source>
        <translation>&amp;Agregar persona…</translation>
    </message>
    <message>
        <source>E&amp;ditar…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Quitar del caso…</source>
        <translation>&amp;Quitar del caso…</translation>
    </message>
    <message>
        <source>No hay personas registradas.</source>
        <translation>No hay personas registradas.</translation>
    </message>
    <message>
        <source>Contexto</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Agregar agresión…</source>
        <translation>&amp;Agregar agresión…</translation>
    </message>
    <message>
        <source>&amp;Quitar…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>No hay agresiones registradas.</source>
        <translation>No hay agresiones registradas.</translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Agregar evaluación…</source>
        <translation>&amp;Agregar evaluación…</translation>
    </message>
    <message>
        <source>No hay evaluaciones de riesgo registradas.</source>
        <translation>No hay evaluaciones de riesgo registradas.</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Agregar seguimiento…</source>
        <translation>&amp;Agregar seguimiento…</translation>
    </message>
    <message>
        <source>No hay seguimientos registrados.</source>
        <translation>No hay seguimientos registrados.</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Agregar canalización…</source>
        <translation>&amp;Agregar canalización…</translation>
    </message>
    <message>
        <source>Cambiar es&amp;tado…</source>
        <translation>Cambiar es&amp;tado…</translation>
    </message>
    <message>
        <source>No hay canalizaciones registradas.</source>
        <translation>No hay canalizaciones registradas.</translation>
    </message>
    <message>
        <source>&amp;Resumen</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Agre&amp;siones</source>
        <translation>Agre&amp;siones</translation>
    </message>
    <message>
        <source>E&amp;valuaciones de riesgo</source>
        <translation>E&amp;valuaciones de riesgo</translation>
    </message>
    <message>
        <source>Segu&amp;imientos</source>
        <translation>Segu&amp;imientos</translation>
    </message>
    <message>
        <source>Ca&amp;nalizaciones</source>
        <translation>Ca&amp;nalizaciones</translation>
    </message>
    <message>
        <source>Plan y &amp;medidas</source>
        <translation>Plan y &amp;medidas</translation>
    </message>
    <message>
        <source>&amp;Historial</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Caso no disponible</source>
        <translation>Caso no disponible</translation>
    </message>
    <message>
        <source>Caso cerrado el {closed_on}. Motivo: {value}</source>
        <translation>Caso cerrado el {closed_on}. Motivo: {value}</translation>
    </message>
    <message>
        <source>{folio}: cambios en el resumen</source>
        <translation>{folio}: cambios en el resumen</translation>
    </message>
    <message>
        <source>{folio}: formulario recuperado sin guardar</source>
        <translation>{folio}: formulario recuperado sin guardar</translation>
    </message>
    <message>
        <source>Hay formularios recuperados sin guardar; se abrirán cuando el caso se reabra.</source>
        <translation>Hay formularios recuperados sin guardar; se abrirán cuando el caso se reabra.</translation>
    </message>
    <message>
        <source>El registro de un formulario recuperado ya no existe en el caso.</source>
        <translation>El registro de un formulario recuperado ya no existe en el caso.</translation>
    </message>
    <message>
        <source>Editar persona</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Agregar persona</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <source>&amp;Tipo de persona:</source>
        <translation>&amp;Tipo de persona:</translation>
    </message>
    <message>
        <source>&amp;Identidad:</source>
        <translation>&amp;Identidad:</translation>
    </message>
    <message>
        <source>&amp;Fecha de nacimiento:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>C&amp;URP:</source>
        <translation>C&amp;URP:</translation>
    </message>
    <message>
        <source>Te&amp;léfono:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <source>10 dígitos</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <source>C&amp;orreo electrónico:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Domicilio:</source>
        <translation>&amp;Domicilio:</translation>
    </message>
    <message>
        <source>Organi&amp;zación:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>Not&amp;as:</source>
        <translation>Not&amp;as:</translation>
    </message>
    <message>
        <source>Editar agresión</source>
        <translation>Editar agresión</translation>
    </message>
    <message>
        <source>Registrar agresión</source>
        <translation>Registrar agresión</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Tipo de agresión:</source>
        <translation>&amp;Tipo de agresión:</translation>
    </message>
    <message>
        <source>C&amp;ontexto:</source>
        <translation>C&amp;ontexto:</translation>
    </message>
    <message>
        <source>p. ej. cobertura de una protesta</source>
        <translation>p. ej. cobertura de una protesta</translation>
    </message>
    <message>
        <source>&amp;Alcaldía:</source>
        <translation>&amp;Alcaldía:</translation>
    </message>
    <message>
        <source>&amp;Descripción:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Editar evaluación de riesgo</source>
        <translation>Editar evaluación de riesgo</translation>
    </message>
    <message>
        <source>Registrar evaluación de riesgo</source>
        <translation>Registrar evaluación de riesgo</translation>
    </message>
    <message>
        <source>&amp;Nivel de riesgo:</source>
        <translation>&amp;Nivel de riesgo:</translation>
    </message>
    <message>
        <source>&amp;Resumen:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Editar seguimiento</source>
        <translation>Editar seguimiento</translation>
    </message>
    <message>
        <source>Registrar seguimiento</source>
        <translation>Registrar seguimiento</translation>
    </message>
    <message>
        <source>Editar canalización</source>
        <translation>Editar canalización</translation>
    </message>
    <message>
        <source>Registrar canalización</source>
        <translation>Registrar canalización</translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Cambiar estado de la canalización</source>
        <translation>Cambiar estado de la canalización</translation>
    </message>
    <message>
        <source>Canalización a {institution} del {referred_on}.</source>
        <translation>Canalización a {institution} del {referred_on}.</translation>
    </message>
    <message>
        <source>&amp;Quitar del caso</source>
        <translation>&amp;Quitar del caso</translation>
    </message>
    <message>
        <source>Quitar {what} del caso</source>
        <translation>Quitar {what} del caso</translation>
    </message>
    <message>
        <source>Se quitará del caso {what} {record}. Dejará de contar en el expediente y en las estadísticas; el registro y este motivo quedan en la bitácora.</source>
        <translation>Se quitará del caso {what} {record}. Dejará de contar en el expediente y en las estadísticas; el registro y este motivo quedan en la bitácora.</translation>
    </message>
    <message>
        <source>&amp;Motivo:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>del {occurred_on} ({lower})</source>
        <translation>del {occurred_on} ({lower})</translation>
    </message>
    <message>
        <source>del {assessed_on} (nivel {lower})</source>
        <translation>del {assessed_on} (nivel {lower})</translation>
    </message>
    <message>
        <source>del {noted_on}</source>
        <translation>del {noted_on}</translation>
    </message>
    <message>
        <source>a {institution} del {referred_on}</source>
        <translation>a {institution} del {referred_on}</translation>
    </message>
    <message>
        <source>Quitar persona del caso</source>
        <translation>Quitar persona del caso</translation>
    </message>
    <message>
        <source>Se quitará a {full_name} del caso. Sus datos y este motivo quedan en la bitácora.</source>
        <translation>Se quitará a {full_name} del caso. Sus datos y este motivo quedan en la bitácora.</translation>
    </message>
    <message>
        <source>Cerrar caso</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Un caso cerrado no admite cambios hasta que se reabra. Indique la fecha y el motivo del cierre.</source>
        <translation>Un caso cerrado no admite cambios hasta que se reabra. Indique la fecha y el motivo del cierre.</translation>
    </message>
    <message>
        <source>&amp;Fecha de cierre:</source>
        <translation>&amp;Fecha de cierre:</translation>
    </message>
    <message>
        <source>Reabrir caso</source>
        <translation>Reabrir caso</translation>
    </message>
    <message>
        <source>El motivo de la reapertura y los datos del cierre quedan en la bitácora.</source>
        <translation>El motivo de la reapertura y los datos del cierre quedan en la bitácora.</translation>
    </message>
    <message>
        <source>la agresión</source>
        <translation>la agresión</translation>
    </message>
    <message>
        <source>la evaluación de riesgo</source>
        <translation>la evaluación de riesgo</translation>
    </message>
    <message>
        <source>el seguimiento</source>
        <translation>el seguimiento</translation>
    </message>
    <message>
        <source>la canalización</source>
        <translation>la canalización</translation>
    </message>
    <message>
        <source>— No aplica —</source>
        <translation>— No aplica —</translation>
    </message>
    <message>
        <source>Descartar cambios</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Hay datos escritos sin guardar. ¿Desea descartarlos?</source>
        <translation>Hay datos escritos sin guardar. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>(vacío)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Folio:</source>
        <translation>Folio:</translation>
    </message>
    <message>
        <source>Estado:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Motivo de cierre:</source>
        <translation>Motivo de cierre:</translation>
    </message>
    <message>
        <source>Per&amp;fil:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>I&amp;dentidad:</source>
        <translation>I&amp;dentidad:</translation>
    </message>
    <message>
        <source>&amp;Modalidad:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>Procedimien&amp;to:</source>
        <translation>Procedimien&amp;to:</translation>
    </message>
    <message>
        <source>Fecha de apert&amp;ura:</source>
        <translation>Fecha de apert&amp;ura:</translation>
    </message>
    <message>
        <source>Nom&amp;bre del colectivo u organización:</source>
        <translation>Nom&amp;bre del colectivo u organización:</translation>
    </message>
    <message>
        <source>R&amp;esumen:</source>
        <translation>R&amp;esumen:</translation>
    </message>
    <message>
        <source>Última actividad:</source>
        <translation>Última actividad:</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Guardar (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cance&amp;lar</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Cancelar (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Cerrado el {closed_on}</source>
        <translation>Cerrado el {closed_on}</translation>
    </message>
    <message>
        <source>Fecha y hora</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Anterior → nuevo</source>
        <translation>Anterior → nuevo</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Incluir consultas del e&amp;xpediente</source>
        <translation>Incluir consultas del e&amp;xpediente</translation>
    </message>
    <message>
        <source>Cargando historial…</source>
        <translation>Cargando historial…</translation>
    </message>
    <message>
        <source>Antes: {value}

Después: {value2}</source>
        <translation>Antes: {value}

Después: {value2}</translation>
    </message>
    <message>
        <source>Sin movimientos registrados.</source>
        <translation>Sin movimientos registrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n movimientos</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nombre / colectivo</source>
        <translation>Nombre / colectivo</translation>
    </message>
    <message>
        <source>Perfil</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Apertura</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Última actividad</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Defensora DDHH</source>
        <translation>Defensora DDHH</translation>
    </message>
    <message>
        <source>Periodista</source>
        <translation>Periodista</translation>
    </message>
    <message>
        <source>Buscar por folio, nombre, teléfono u organización…  (Ctrl+F)</source>
        <translation>Buscar por folio, nombre, teléfono u organización…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Todos los perfiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>Todas las identidades</source>
        <translation>Todas las identidades</translation>
    </message>
    <message>
        <source>Todas las modalidades</source>
        <translation>Todas las modalidades</translation>
    </message>
    <message>
        <source>Todos los estados</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Todos los años</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>&amp;Nuevo caso…  (Ctrl+N)</source>
        <translation>&amp;Nuevo caso…  (Ctrl+N)</translation>
    </message>
    <message>
        <source> (desplácese para ver más)</source>
        <translation> (desplácese para ver más)</translation>
    </message>
    <message>
        <source>{shown} casos mostrados{more}</source>
        <translation>{shown} casos mostrados{more}</translation>
    </message>
    <message>
        <source>&amp;Copiar	Ctrl+C</source>
        <translation>&amp;Copiar	Ctrl+C</translation>
    </message>
    <message>
        <source>Cor&amp;tar	Ctrl+X</source>
        <translation>Cor&amp;tar	Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Deshacer	Ctrl+Z</source>
        <translation>&amp;Deshacer	Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Rehacer	Ctrl+Y</source>
        <translation>&amp;Rehacer	Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Pegar	Ctrl+V</source>
        <translation>&amp;Pegar	Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Eliminar</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Seleccionar todo	Ctrl+A</source>
        <translation>&amp;Seleccionar todo	Ctrl+A</translation>
    </message>
    <message>
        <source>Persona administradora</source>
        <translation>Persona administradora</translation>
    </message>
    <message>
        <source>Quien administra crea las cuentas del equipo y restaura respaldos. La frase de acceso debe tener al menos {MIN_PASSPHRASE} caracteres; una frase de varias palabras es más fácil de recordar y más difícil de adivinar.</source>
        <translation>Quien administra crea las cuentas del equipo y restaura respaldos. La frase de acceso debe tener al menos {MIN_PASSPHRASE} caracteres; una frase de varias palabras es más fácil de recordar y más difícil de adivinar.</translation>
    </message>
    <message>
        <source>MPI Desktop — Primera configuración</source>
        <translation>MPI Desktop — Primera configuración</translation>
    </message>
    <message>
        <source>Bienvenida</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Se creará una base de datos cifrada en:&lt;br&gt;&lt;b&gt;{home}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Todo lo que se registre queda cifrado en este equipo; el programa no usa la red. Al terminar se mostrará un &lt;b&gt;código de recuperación&lt;/b&gt; una sola vez: guárdelo impreso.</source>
        <translation>Se creará una base de datos cifrada en:&lt;br&gt;&lt;b&gt;{home}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Todo lo que se registre queda cifrado en este equipo; el programa no usa la red. Al terminar se mostrará un &lt;b&gt;código de recuperación&lt;/b&gt; una sola vez: guárdelo impreso.</translation>
    </message>
    <message>
        <source>&amp;Crear base de datos</source>
        <translation>&amp;Crear base de datos</translation>
    </message>
    <message>
        <source>Creando la base cifrada…</source>
        <translation>Creando la base cifrada…</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>&amp;Filtrar:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message numerus="yes">
        <source>%n registros.</source>
        <translation>
            <numerusform>%n registro.</numerusform>
            <numerusform>%n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Órgano</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Planes aprobados</source>
        <translation>Planes aprobados</translation>
    </message>
    <message>
        <source>Temas</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>&amp;Nueva sesión…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>Fecha: {held_on}</source>
        <translation>Fecha: {held_on}</translation>
    </message>
    <message>
        <source>Temas abordados:</source>
        <translation>Temas abordados:</translation>
    </message>
    <message>
        <source>Planes de protección aprobados: {approved_plan_count}</source>
        <translation>Planes de protección aprobados: {approved_plan_count}</translation>
    </message>
    <message>
        <source>  • {folio}, versión {version} ({approved_on})</source>
        <translation>  • {folio}, versión {version} ({approved_on})</translation>
    </message>
    <message>
        <source>&amp;Nueva actividad…</source>
        <translation>&amp;Nueva actividad…</translation>
    </message>
    <message>
        <source>{kind} del {held_on} — {institution}</source>
        <translation>{kind} del {held_on} — {institution}</translation>
    </message>
    <message>
        <source>Órganos de gobierno</source>
        <translation>Órganos de gobierno</translation>
    </message>
    <message>
        <source>Vinculación interinstitucional</source>
        <translation>Vinculación interinstitucional</translation>
    </message>
    <message>
        <source>Hojas de cálculo (*.xlsx *.xlsm *.csv);;Todos los archivos (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No importar esta hoja</source>
        <translation>No importar esta hoja</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Elija un libro .xlsx (una hoja por registro: Casos, Personas, Medidas, Acciones, Talleres, Asistencia) o uno o varios archivos .csv, uno por registro. Las plantillas están en docs/plantillas.</source>
        <translation>Elija un libro .xlsx (una hoja por registro: Casos, Personas, Medidas, Acciones, Talleres, Asistencia) o uno o varios archivos .csv, uno por registro. Las plantillas están en docs/plantillas.</translation>
    </message>
    <message>
        <source>&amp;Examinar…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Registros anteriores</source>
        <translation>Registros anteriores</translation>
    </message>
    <message>
        <source>Leyendo…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>«{sheet}» ({kind})</source>
        <translation>«{sheet}» ({kind})</translation>
    </message>
    <message>
        <source>sin reconocer</source>
        <translation>sin reconocer</translation>
    </message>
    <message>
        <source>Hojas encontradas: {value}.</source>
        <translation>Hojas encontradas: {value}.</translation>
    </message>
    <message>
        <source>ninguna</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Columnas</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Revise qué dato contiene cada columna. Las columnas sin campo no se importan.</source>
        <translation>Revise qué dato contiene cada columna. Las columnas sin campo no se importan.</translation>
    </message>
    <message>
        <source>Columna</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Ejemplo</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>&amp;Hoja:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>&amp;Registro:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>Prueba sin importar</source>
        <translation>Prueba sin importar</translation>
    </message>
    <message>
        <source>Esto es lo que se crearía. Nada se ha escrito todavía.</source>
        <translation>Esto es lo que se crearía. Nada se ha escrito todavía.</translation>
    </message>
    <message>
        <source>Hoja</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Importar solo las filas aceptadas (las rechazadas no se importan)</source>
        <translation>Importar solo las filas aceptadas (las rechazadas no se importan)</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Revisando cada fila…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>Importación</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Todo se importa junto o nada: si algo falla o se cancela, la base queda como estaba.</source>
        <translation>Todo se importa junto o nada: si algo falla o se cancela, la base queda como estaba.</translation>
    </message>
    <message>
        <source>&amp;Cancelar la importación</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>Importando…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelando: se deshace todo lo importado…</source>
        <translation>Cancelando: se deshace todo lo importado…</translation>
    </message>
    <message>
        <source>{message} No se importó nada.</source>
        <translation>{message} No se importó nada.</translation>
    </message>
    <message>
        <source>Importar registros anteriores</source>
        <translation>Importar registros anteriores</translation>
    </message>
    <message>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Atrás</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Terminar</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>— Sin especificar —</source>
        <translation>— Sin especificar —</translation>
    </message>
    <message>
        <source>No se guardó el caso: revise los datos marcados en rojo.</source>
        <translation>No se guardó el caso: revise los datos marcados en rojo.</translation>
    </message>
    <message>
        <source>Falta: {missing}</source>
        <translation>Falta: {missing}</translation>
    </message>
    <message>
        <source>Guardar el caso (Ctrl+S o Ctrl+Intro)</source>
        <translation>Guardar el caso (Ctrl+S o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Nuevo caso — {title}</source>
        <translation>Nuevo caso — {title}</translation>
    </message>
    <message>
        <source>Nuevo caso</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>No se guardó: revise el posible duplicado.</source>
        <translation>No se guardó: revise el posible duplicado.</translation>
    </message>
    <message>
        <source>Caso registrado</source>
        <translation>Caso registrado</translation>
    </message>
    <message>
        <source>Caso {folio} registrado.</source>
        <translation>Caso {folio} registrado.</translation>
    </message>
    <message>
        <source>Nuevo caso — {modality} (sin guardar)</source>
        <translation>Nuevo caso — {modality} (sin guardar)</translation>
    </message>
    <message>
        <source>Nuevo caso (sin guardar)</source>
        <translation>Nuevo caso (sin guardar)</translation>
    </message>
    <message>
        <source>Descartar el caso</source>
        <translation>Descartar el caso</translation>
    </message>
    <message>
        <source>Los datos capturados no se han guardado. ¿Desea descartarlos?</source>
        <translation>Los datos capturados no se han guardado. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>— Seleccione —</source>
        <translation>— Seleccione —</translation>
    </message>
    <message>
        <source>Beneficiaria</source>
        <translation>Beneficiaria</translation>
    </message>
    <message>
        <source>Familiar</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Vinculada</source>
        <translation>Vinculada</translation>
    </message>
    <message>
        <source>10 dígitos, p. ej. 55 1234 5678</source>
        <translation>10 dígitos, p. ej. 55 1234 5678</translation>
    </message>
    <message>
        <source>18 caracteres</source>
        <translation>18 caracteres</translation>
    </message>
    <message>
        <source>Datos de la persona {value} de {persons}</source>
        <translation>Datos de la persona {value} de {persons}</translation>
    </message>
    <message>
        <source>Agregue a la persona beneficiaria</source>
        <translation>Agregue a la persona beneficiaria</translation>
    </message>
    <message>
        <source>(sin nombre)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>de la persona beneficiaria</source>
        <translation>de la persona beneficiaria</translation>
    </message>
    <message>
        <source>del familiar</source>
        <translation>del familiar</translation>
    </message>
    <message>
        <source>de la persona vinculada</source>
        <translation>de la persona vinculada</translation>
    </message>
    <message>
        <source>identidad del caso</source>
        <translation>identidad del caso</translation>
    </message>
    <message>
        <source>fecha de apertura</source>
        <translation>fecha de apertura</translation>
    </message>
    <message>
        <source>persona beneficiaria</source>
        <translation>persona beneficiaria</translation>
    </message>
    <message>
        <source>nombre {whose}</source>
        <translation>nombre {whose}</translation>
    </message>
    <message>
        <source>identidad {whose}</source>
        <translation>identidad {whose}</translation>
    </message>
    <message>
        <source>tipo de agresión</source>
        <translation>tipo de agresión</translation>
    </message>
    <message>
        <source>nivel de riesgo</source>
        <translation>nivel de riesgo</translation>
    </message>
    <message>
        <source>Posible caso duplicado</source>
        <translation>Posible caso duplicado</translation>
    </message>
    <message>
        <source>Hay casos registrados que podrían ser de las mismas personas. Revíselos antes de continuar.</source>
        <translation>Hay casos registrados que podrían ser de las mismas personas. Revíselos antes de continuar.</translation>
    </message>
    <message>
        <source>Hay un caso registrado que podría ser de las mismas personas. Revíselo antes de continuar.</source>
        <translation>Hay un caso registrado que podría ser de las mismas personas. Revíselo antes de continuar.</translation>
    </message>
    <message>
        <source>&amp;Abrir el caso existente</source>
        <translation>&amp;Abrir el caso existente</translation>
    </message>
    <message>
        <source>&amp;Registrar de todos modos</source>
        <translation>&amp;Registrar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Volver</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Seleccione un caso de la lista para abrirlo.</source>
        <translation>Seleccione un caso de la lista para abrirlo.</translation>
    </message>
    <message>
        <source>MPI Desktop — MPI CDMX</source>
        <translation>MPI Desktop — MPI CDMX</translation>
    </message>
    <message>
        <source>&amp;Bloquear</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Base: {database}</source>
        <translation>Base: {database}</translation>
    </message>
    <message>
        <source>Bloquear (Ctrl+L)</source>
        <translation>Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <source>Formularios sin guardar</source>
        <translation>Formularios sin guardar</translation>
    </message>
    <message>
        <source>Al bloquearse la sesión había formularios sin guardar:
{titles}

¿Desea recuperarlos?</source>
        <translation>Al bloquearse la sesión había formularios sin guardar:
{titles}

¿Desea recuperarlos?</translation>
    </message>
    <message>
        <source>Salir</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Hay formularios sin guardar. ¿Salir de todos modos y descartarlos?</source>
        <translation>Hay formularios sin guardar. ¿Salir de todos modos y descartarlos?</translation>
    </message>
    <message>
        <source>Individual o colectivo</source>
        <translation>Individual o colectivo</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Exportar agregados (XLSX)…</source>
        <translation>&amp;Exportar agregados (XLSX)…</translation>
    </message>
    <message>
        <source>medio o dirección (solo como texto)</source>
        <translation>medio o dirección (solo como texto)</translation>
    </message>
    <message>
        <source>p. ej. marcha del 8 de marzo</source>
        <translation>p. ej. marcha del 8 de marzo</translation>
    </message>
    <message>
        <source>Sin alcaldía</source>
        <translation>Sin alcaldía</translation>
    </message>
    <message>
        <source>MPI-2025-0001 (opcional)</source>
        <translation>MPI-2025-0001 (opcional)</translation>
    </message>
    <message>
        <source>Se estableció contacto con la persona</source>
        <translation>Se estableció contacto con la persona</translation>
    </message>
    <message>
        <source>&amp;Registrar hallazgo</source>
        <translation>&amp;Registrar hallazgo</translation>
    </message>
    <message>
        <source>Fecha del &amp;hallazgo:</source>
        <translation>Fecha del &amp;hallazgo:</translation>
    </message>
    <message>
        <source>&amp;Fuente:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Perfil:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Individual o &amp;colectivo:</source>
        <translation>Individual o &amp;colectivo:</translation>
    </message>
    <message>
        <source>Pro&amp;testa:</source>
        <translation>Pro&amp;testa:</translation>
    </message>
    <message>
        <source>Folio del ca&amp;so:</source>
        <translation>Folio del ca&amp;so:</translation>
    </message>
    <message>
        <source>&amp;Notas:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>1.4 Registros de hallazgos: {findings} · 1.5.1 En protestas: {protest_findings} (en {protests} protestas) · Con contacto: {contacted}</source>
        <translation>1.4 Registros de hallazgos: {findings} · 1.5.1 En protestas: {protest_findings} (en {protests} protestas) · Con contacto: {contacted}</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Hallazgo registrado.</source>
        <translation>Hallazgo registrado.</translation>
    </message>
    <message>
        <source>Exportar agregados</source>
        <translation>Exportar agregados</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{rows} filas de agregados exportadas a {path}.</source>
        <translation>{rows} filas de agregados exportadas a {path}.</translation>
    </message>
    <message>
        <source>LMMJVSD</source>
        <translation>LMMJVSD</translation>
    </message>
    <message>
        <source>Acciones del mes — {folio}</source>
        <translation>Acciones del mes — {folio}</translation>
    </message>
    <message>
        <source>◀ Mes an&amp;terior</source>
        <translation>◀ Mes an&amp;terior</translation>
    </message>
    <message>
        <source>Mes si&amp;guiente ▶</source>
        <translation>Mes si&amp;guiente ▶</translation>
    </message>
    <message>
        <source>Escriba la cantidad de acciones de cada día; 0 o Supr borra el día. Las celdas grises no admiten acciones (fuera de las fechas de la medida, días futuros o llamadas de monitoreo).</source>
        <translation>Escriba la cantidad de acciones de cada día; 0 o Supr borra el día. Las celdas grises no admiten acciones (fuera de las fechas de la medida, días futuros o llamadas de monitoreo).</translation>
    </message>
    <message>
        <source>Guardar todo el mes (Ctrl+S)</source>
        <translation>Guardar todo el mes (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>{capitalize} de {year} (cargando…)</source>
        <translation>{capitalize} de {year} (cargando…)</translation>
    </message>
    <message>
        <source>{month} de {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>El caso está cerrado.</source>
        <translation>El caso está cerrado.</translation>
    </message>
    <message>
        <source>El caso no tiene medidas activas en este mes.</source>
        <translation>El caso no tiene medidas activas en este mes.</translation>
    </message>
    <message>
        <source>No se guardó nada: {first}</source>
        <translation>No se guardó nada: {first}</translation>
    </message>
    <message>
        <source>No se guardó nada: {problems} celdas tienen errores (en rojo). {first}</source>
        <translation>No se guardó nada: {problems} celdas tienen errores (en rojo). {first}</translation>
    </message>
    <message>
        <source>Acciones del mes guardadas.</source>
        <translation>Acciones del mes guardadas.</translation>
    </message>
    <message>
        <source>Reevaluar plan de protección</source>
        <translation>Reevaluar plan de protección</translation>
    </message>
    <message>
        <source>Registrar plan de protección</source>
        <translation>Registrar plan de protección</translation>
    </message>
    <message>
        <source>La reevaluación crea una nueva versión del plan; la versión actual se conserva como sustituida. Marque las medidas que el Consejo da por concluidas; las demás continúan.</source>
        <translation>La reevaluación crea una nueva versión del plan; la versión actual se conserva como sustituida. Marque las medidas que el Consejo da por concluidas; las demás continúan.</translation>
    </message>
    <message>
        <source>Plan aprobado por el Consejo de Evaluación de Medidas.</source>
        <translation>Plan aprobado por el Consejo de Evaluación de Medidas.</translation>
    </message>
    <message>
        <source>Fecha de a&amp;probación:</source>
        <translation>Fecha de a&amp;probación:</translation>
    </message>
    <message>
        <source>&amp;Número de sesión del Consejo:</source>
        <translation>&amp;Número de sesión del Consejo:</translation>
    </message>
    <message>
        <source>&amp;Tipo de sesión:</source>
        <translation>&amp;Tipo de sesión:</translation>
    </message>
    <message>
        <source>Próxima &amp;revisión:</source>
        <translation>Próxima &amp;revisión:</translation>
    </message>
    <message>
        <source>Medidas a &amp;concluir:</source>
        <translation>Medidas a &amp;concluir:</translation>
    </message>
    <message>
        <source>Editar medida</source>
        <translation>Editar medida</translation>
    </message>
    <message>
        <source>Nueva medida</source>
        <translation>Nueva medida</translation>
    </message>
    <message>
        <source>C&amp;ategoría:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Medida:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>&amp;Institución responsable:</source>
        <translation>&amp;Institución responsable:</translation>
    </message>
    <message>
        <source>Fecha de i&amp;nicio:</source>
        <translation>Fecha de i&amp;nicio:</translation>
    </message>
    <message>
        <source>Fecha de &amp;término:</source>
        <translation>Fecha de &amp;término:</translation>
    </message>
    <message>
        <source> (retirada)</source>
        <translation> (retirada)</translation>
    </message>
    <message>
        <source>Registrar acción</source>
        <translation>Registrar acción</translation>
    </message>
    <message>
        <source>{item_name} ({category}), desde el {starts_on}.</source>
        <translation>{item_name} ({category}), desde el {starts_on}.</translation>
    </message>
    <message>
        <source>&amp;Cantidad de acciones:</source>
        <translation>&amp;Cantidad de acciones:</translation>
    </message>
    <message>
        <source>El resumen es un documento &lt;b&gt;CONFIDENCIAL&lt;/b&gt;: cada página lleva su nombre y la hora de impresión, y la impresión queda registrada en la bitácora. Guárdelo solo en una carpeta protegida.</source>
        <translation>El resumen es un documento &lt;b&gt;CONFIDENCIAL&lt;/b&gt;: cada página lleva su nombre y la hora de impresión, y la impresión queda registrada en la bitácora. Guárdelo solo en una carpeta protegida.</translation>
    </message>
    <message>
        <source>No se pudo escribir el archivo en esa carpeta (sin permiso o sin espacio). Elija otra.</source>
        <translation>No se pudo escribir el archivo en esa carpeta (sin permiso o sin espacio). Elija otra.</translation>
    </message>
    <message>
        <source>Resumen del plan — {folio}</source>
        <translation>Resumen del plan — {folio}</translation>
    </message>
    <message>
        <source>&amp;Desde:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Hasta (fecha de corte):</source>
        <translation>&amp;Hasta (fecha de corte):</translation>
    </message>
    <message>
        <source>&amp;Guardar PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Guarda el PDF y lo abre en el visor del sistema para imprimirlo.</source>
        <translation>Guarda el PDF y lo abre en el visor del sistema para imprimirlo.</translation>
    </message>
    <message>
        <source>Ce&amp;rrar</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Guardar resumen del plan</source>
        <translation>Guardar resumen del plan</translation>
    </message>
    <message>
        <source>Generando el resumen…</source>
        <translation>Generando el resumen…</translation>
    </message>
    <message>
        <source>Guardado en {path}, pero no se pudo abrir el visor de PDF para imprimirlo.</source>
        <translation>Guardado en {path}, pero no se pudo abrir el visor de PDF para imprimirlo.</translation>
    </message>
    <message>
        <source>Guardado en {path} y abierto en el visor de PDF para imprimirlo.</source>
        <translation>Guardado en {path} y abierto en el visor de PDF para imprimirlo.</translation>
    </message>
    <message>
        <source>Guardado en {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>Medida</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Categoría</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Término</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Última acción</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Estado de la persona</source>
        <translation>Estado de la persona</translation>
    </message>
    <message>
        <source>Próxima llamada</source>
        <translation>Próxima llamada</translation>
    </message>
    <message>
        <source>Registró</source>
        <translation>Registró</translation>
    </message>
    <message>
        <source>Versión {plan_version}</source>
        <translation>Versión {plan_version}</translation>
    </message>
    <message>
        <source>Sin plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;{modality}&lt;/b&gt;: este caso no lleva plan de protección; sus medidas se registran sin plan, como las cuenta el Cuadro 6.</source>
        <translation>&lt;b&gt;{modality}&lt;/b&gt;: este caso no lleva plan de protección; sus medidas se registran sin plan, como las cuenta el Cuadro 6.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sin plan de protección.&lt;/b&gt; Registre el plan aprobado por el Consejo de Evaluación de Medidas.</source>
        <translation>&lt;b&gt;Sin plan de protección.&lt;/b&gt; Registre el plan aprobado por el Consejo de Evaluación de Medidas.</translation>
    </message>
    <message>
        <source>Próxima revisión: &lt;b&gt;{next_review_on}&lt;/b&gt;</source>
        <translation>Próxima revisión: &lt;b&gt;{next_review_on}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sin revisión programada</source>
        <translation>Sin revisión programada</translation>
    </message>
    <message>
        <source> en la {rsplit}</source>
        <translation> en la {rsplit}</translation>
    </message>
    <message numerus="yes">
        <source>%n versiones anteriores</source>
        <translation>
            <numerusform>%n versión anterior</numerusform>
            <numerusform>%n versiones anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>sin versiones anteriores</source>
        <translation>sin versiones anteriores</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan de protección vigente — versión {version}&lt;/b&gt;, aprobado el {approved_on}{session}.&lt;br&gt;{review} · {versions}</source>
        <translation>&lt;b&gt;Plan de protección vigente — versión {version}&lt;/b&gt;, aprobado el {approved_on}{session}.&lt;br&gt;{review} · {versions}</translation>
    </message>
    <message>
        <source>Registrar &amp;plan…</source>
        <translation>Registrar &amp;plan…</translation>
    </message>
    <message>
        <source>R&amp;eevaluar plan…</source>
        <translation>R&amp;eevaluar plan…</translation>
    </message>
    <message>
        <source>&amp;Ver:</source>
        <translation>&amp;Ver:</translation>
    </message>
    <message>
        <source>&amp;Nueva medida…</source>
        <translation>&amp;Nueva medida…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>E&amp;ditar medida…</source>
        <translation>E&amp;ditar medida…</translation>
    </message>
    <message>
        <source>Registrar &amp;acción…</source>
        <translation>Registrar &amp;acción…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Cuadrícula &amp;mensual…</source>
        <translation>Cuadrícula &amp;mensual…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Registrar &amp;llamada…</source>
        <translation>Registrar &amp;llamada…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Sin llamadas de monitoreo registradas.</source>
        <translation>Sin llamadas de monitoreo registradas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Llamadas de monitoreo telefónico&lt;/b&gt;</source>
        <translation>&lt;b&gt;Llamadas de monitoreo telefónico&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Todas las medidas del caso ({measures})</source>
        <translation>Todas las medidas del caso ({measures})</translation>
    </message>
    <message>
        <source>Versión {version} ({state}, {approved_on}): {measures} medidas</source>
        <translation>Versión {version} ({state}, {approved_on}): {measures} medidas</translation>
    </message>
    <message>
        <source> días</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Incluir revisiones de los próximos:</source>
        <translation>Incluir revisiones de los próximos:</translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Aprobado</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Próxima</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>{due} planes por revisar, {overdue} vencidos</source>
        <translation>{due} planes por revisar, {overdue} vencidos</translation>
    </message>
    <message>
        <source>Ninguna revisión pendiente.</source>
        <translation>Ninguna revisión pendiente.</translation>
    </message>
    <message>
        <source>Medidas que la usan</source>
        <translation>Medidas que la usan</translation>
    </message>
    <message>
        <source>Nombre de la nueva medida</source>
        <translation>Nombre de la nueva medida</translation>
    </message>
    <message>
        <source>&amp;Agregar al catálogo</source>
        <translation>&amp;Agregar al catálogo</translation>
    </message>
    <message>
        <source>&amp;Retirar</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>&amp;Borrar</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Una medida en uso no se borra: se retira y deja de ofrecerse para medidas nuevas.</source>
        <translation>Una medida en uso no se borra: se retira y deja de ofrecerse para medidas nuevas.</translation>
    </message>
    <message>
        <source>Retirada</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Vigente</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>&amp;Reactivar</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Borrar medida del catálogo</source>
        <translation>Borrar medida del catálogo</translation>
    </message>
    <message>
        <source>¿Borrar «{name}» del catálogo?</source>
        <translation>¿Borrar «{name}» del catálogo?</translation>
    </message>
    <message>
        <source>Revisiones de planes</source>
        <translation>Revisiones de planes</translation>
    </message>
    <message>
        <source>Catálogo de medidas</source>
        <translation>Catálogo de medidas</translation>
    </message>
    <message>
        <source>Código de recuperación</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Este código se muestra una sola vez.&lt;/b&gt; Con él se abre la base de datos si se olvida la frase de acceso; quien lo tenga puede leer todos los casos. Imprímalo o anótelo y guárdelo bajo llave, lejos de este equipo.</source>
        <translation>&lt;b&gt;Este código se muestra una sola vez.&lt;/b&gt; Con él se abre la base de datos si se olvida la frase de acceso; quien lo tenga puede leer todos los casos. Imprímalo o anótelo y guárdelo bajo llave, lejos de este equipo.</translation>
    </message>
    <message>
        <source>He guardado el código en un lugar seguro</source>
        <translation>He guardado el código en un lugar seguro</translation>
    </message>
    <message>
        <source>Continuar</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MPI CDMX · MPI Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;CÓDIGO DE RECUPERACIÓN — CONFIDENCIAL&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:18pt; font-family:monospace&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Guarde esta hoja bajo llave. Permite abrir la base de datos sin frase de acceso.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MPI CDMX · MPI Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;CÓDIGO DE RECUPERACIÓN — CONFIDENCIAL&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:18pt; font-family:monospace&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Guarde esta hoja bajo llave. Permite abrir la base de datos sin frase de acceso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recuperar el acceso</source>
        <translation>Recuperar el acceso</translation>
    </message>
    <message>
        <source>Código de &amp;recuperación:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>&amp;Nueva frase de acceso:</source>
        <translation>&amp;Nueva frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Recuperar</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>El informe contiene solo cifras agregadas y títulos de actividades: ningún nombre ni dato personal. Elija el periodo y las secciones; la vista previa muestra sus Cuadros.</source>
        <translation>El informe contiene solo cifras agregadas y títulos de actividades: ningún nombre ni dato personal. Elija el periodo y las secciones; la vista previa muestra sus Cuadros.</translation>
    </message>
    <message>
        <source>Elija al menos una sección.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>Secciones:</source>
        <translation>Secciones:</translation>
    </message>
    <message>
        <source>&amp;Actualizar vista previa</source>
        <translation>&amp;Actualizar vista previa</translation>
    </message>
    <message>
        <source>&amp;Exportar XLSX…</source>
        <translation>&amp;Exportar XLSX…</translation>
    </message>
    <message>
        <source>Los Cuadros de las secciones elegidas, una hoja por Cuadro (portal de transparencia).</source>
        <translation>Los Cuadros de las secciones elegidas, una hoja por Cuadro (portal de transparencia).</translation>
    </message>
    <message>
        <source>Calculando {period} (corte al {cutoff_label})…</source>
        <translation>Calculando {period} (corte al {cutoff_label})…</translation>
    </message>
    <message>
        <source>Guardar informe</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Generando el informe…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Informe guardado en {path}.</source>
        <translation>Informe guardado en {path}.</translation>
    </message>
    <message>
        <source>Exportar Cuadros a XLSX</source>
        <translation>Exportar Cuadros a XLSX</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportando los Cuadros…</source>
        <translation>Exportando los Cuadros…</translation>
    </message>
    <message>
        <source>{sheets} Cuadros exportados a {path}.</source>
        <translation>{sheets} Cuadros exportados a {path}.</translation>
    </message>
    <message>
        <source>Bimestre</source>
        <translation>Bimestre</translation>
    </message>
    <message>
        <source>Trimestre</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Cualquier periodo</source>
        <translation>Cualquier periodo</translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>del</source>
        <translation>del</translation>
    </message>
    <message>
        <source>al</source>
        <translation>al</translation>
    </message>
    <message>
        <source>{period} · corte al {cutoff_label}</source>
        <translation>{period} · corte al {cutoff_label}</translation>
    </message>
    <message>
        <source>Base de datos cifrada en {home}</source>
        <translation>Base de datos cifrada en {home}</translation>
    </message>
    <message>
        <source>Escriba su usuario y su frase de acceso.</source>
        <translation>Escriba su usuario y su frase de acceso.</translation>
    </message>
    <message>
        <source>Demasiados intentos fallidos. Espere {seconds_left} segundos.</source>
        <translation>Demasiados intentos fallidos. Espere {seconds_left} segundos.</translation>
    </message>
    <message>
        <source>Verificando…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado. Por seguridad no se muestran detalles; intente de nuevo.</source>
        <translation>Ocurrió un error inesperado. Por seguridad no se muestran detalles; intente de nuevo.</translation>
    </message>
    <message>
        <source>Operación cancelada.</source>
        <translation>Operación cancelada.</translation>
    </message>
    <message>
        <source>La sesión está bloqueada.</source>
        <translation>La sesión está bloqueada.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Nuevo caso — MPI CDMX</source>
        <translation>Nuevo caso — MPI CDMX</translation>
    </message>
    <message>
        <source>Registre el caso y a sus personas. La primera agresión y la primera evaluación de riesgo son opcionales; los demás datos del caso se completan después en el expediente.</source>
        <translation>Registre el caso y a sus personas. La primera agresión y la primera evaluación de riesgo son opcionales; los demás datos del caso se completan después en el expediente.</translation>
    </message>
    <message>
        <source>Datos del caso</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>Modalidad:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Incorporación</source>
        <translation>&amp;Incorporación</translation>
    </message>
    <message>
        <source>Ate&amp;nción o canalización</source>
        <translation>Ate&amp;nción o canalización</translation>
    </message>
    <message>
        <source>Co&amp;laboración con el Mecanismo Federal</source>
        <translation>Co&amp;laboración con el Mecanismo Federal</translation>
    </message>
    <message>
        <source>color: #b3261e;</source>
        <translation>color: #b3261e;</translation>
    </message>
    <message>
        <source>Procedi&amp;miento:</source>
        <translation>Procedi&amp;miento:</translation>
    </message>
    <message>
        <source>Per&amp;fil:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Id&amp;entidad del caso:</source>
        <translation>Id&amp;entidad del caso:</translation>
    </message>
    <message>
        <source>Fec&amp;ha de apertura:</source>
        <translation>Fec&amp;ha de apertura:</translation>
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
        <translation>Colecti&amp;vo u organización:</translation>
    </message>
    <message>
        <source>Solo en casos colectivos</source>
        <translation>Solo en casos colectivos</translation>
    </message>
    <message>
        <source>&amp;Resumen:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Personas del caso</source>
        <translation>&amp;Personas del caso</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Identidad</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>A&amp;gregar persona</source>
        <translation>A&amp;gregar persona</translation>
    </message>
    <message>
        <source>&amp;Quitar persona</source>
        <translation>&amp;Quitar persona</translation>
    </message>
    <message>
        <source>Datos de la persona seleccionada</source>
        <translation>Datos de la persona seleccionada</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>Tipo de per&amp;sona:</source>
        <translation>Tipo de per&amp;sona:</translation>
    </message>
    <message>
        <source>Nom&amp;bre completo:</source>
        <translation>Nom&amp;bre completo:</translation>
    </message>
    <message>
        <source>I&amp;dentidad:</source>
        <translation>I&amp;dentidad:</translation>
    </message>
    <message>
        <source>Fecha de naci&amp;miento:</source>
        <translation>Fecha de naci&amp;miento:</translation>
    </message>
    <message>
        <source>Opcional. Déjela en blanco si no se conoce (Supr borra la fecha).</source>
        <translation>Opcional. Déjela en blanco si no se conoce (Supr borra la fecha).</translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Correo electrónico:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>C&amp;URP:</source>
        <translation>C&amp;URP:</translation>
    </message>
    <message>
        <source>Organi&amp;zación:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>D&amp;omicilio:</source>
        <translation>D&amp;omicilio:</translation>
    </message>
    <message>
        <source>Not&amp;as:</source>
        <translation>Not&amp;as:</translation>
    </message>
    <message>
        <source>Horarios y medios seguros de contacto, necesidades particulares…</source>
        <translation>Horarios y medios seguros de contacto, necesidades particulares…</translation>
    </message>
    <message>
        <source>Registrar la primera a&amp;gresión</source>
        <translation>Registrar la primera a&amp;gresión</translation>
    </message>
    <message>
        <source>F&amp;echa:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Conte&amp;xto:</source>
        <translation>Conte&amp;xto:</translation>
    </message>
    <message>
        <source>Por ejemplo: cobertura de una manifestación</source>
        <translation>Por ejemplo: cobertura de una manifestación</translation>
    </message>
    <message>
        <source>Alcal&amp;día:</source>
        <translation>Alcal&amp;día:</translation>
    </message>
    <message>
        <source>Descri&amp;pción:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Registrar la primera e&amp;valuación de riesgo</source>
        <translation>Registrar la primera e&amp;valuación de riesgo</translation>
    </message>
    <message>
        <source>Fec&amp;ha:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>&amp;Nivel de riesgo:</source>
        <translation>&amp;Nivel de riesgo:</translation>
    </message>
    <message>
        <source>Res&amp;umen:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>color: #6b4e00;</source>
        <translation>color: #6b4e00;</translation>
    </message>
    <message>
        <source>Cancelar  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
    <message>
        <source>Guardar caso  (Ctrl+S)</source>
        <translation>Guardar caso  (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>MPI Desktop — Desbloquear</source>
        <translation>MPI Desktop — Desbloquear</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Base de datos cifrada</source>
        <translation>Base de datos cifrada</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Frase de acceso:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>⚠ Bloq Mayús está activado.</source>
        <translation>⚠ Bloq Mayús está activado.</translation>
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
        <translation>¿Olvidó su frase? Usar código de &amp;recuperación…</translation>
    </message>
    <message>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Sin asistencia registrada</source>
        <translation>Sin asistencia registrada</translation>
    </message>
    <message>
        <source>Lista con nombres</source>
        <translation>Lista con nombres</translation>
    </message>
    <message>
        <source>Solo conteo por identidad</source>
        <translation>Solo conteo por identidad</translation>
    </message>
    <message>
        <source>Caso</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Colectivo</source>
        <translation>Colectivo</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Realizadas ÷ programadas × 100</source>
        <translation>Realizadas ÷ programadas × 100</translation>
    </message>
    <message>
        <source>Periodo ÷ mismo periodo del año anterior × 100</source>
        <translation>Periodo ÷ mismo periodo del año anterior × 100</translation>
    </message>
    <message>
        <source>Conteo simple</source>
        <translation>Conteo simple</translation>
    </message>
    <message>
        <source>No aplica</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Ascendente</source>
        <translation>Ascendente</translation>
    </message>
    <message>
        <source>Descendente</source>
        <translation>Descendente</translation>
    </message>
    <message>
        <source>De manera trimestral</source>
        <translation>De manera trimestral</translation>
    </message>
    <message>
        <source>De manera anual</source>
        <translation>De manera anual</translation>
    </message>
    <message>
        <source>Protesta social o movilización</source>
        <translation>Protesta social o movilización</translation>
    </message>
    <message>
        <source>Cobertura periodística</source>
        <translation>Cobertura periodística</translation>
    </message>
    <message>
        <source>Actividad de defensa de derechos humanos</source>
        <translation>Actividad de defensa de derechos humanos</translation>
    </message>
    <message>
        <source>Espacios digitales</source>
        <translation>Espacios digitales</translation>
    </message>
    <message>
        <source>Otro</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Sesiones ordinarias de la Junta de Gobierno</source>
        <translation>Sesiones ordinarias de la Junta de Gobierno</translation>
    </message>
    <message>
        <source>Sesiones del Consejo de Evaluación de Medidas</source>
        <translation>Sesiones del Consejo de Evaluación de Medidas</translation>
    </message>
    <message>
        <source>Sesiones del Consejo Consultivo</source>
        <translation>Sesiones del Consejo Consultivo</translation>
    </message>
    <message>
        <source>Actividades de la Mesa de Trabajo Multisectorial</source>
        <translation>Actividades de la Mesa de Trabajo Multisectorial</translation>
    </message>
    <message>
        <source>Casos de atención o canalización abiertos</source>
        <translation>Casos de atención o canalización abiertos</translation>
    </message>
    <message>
        <source>Incorporaciones por procedimiento ordinario</source>
        <translation>Incorporaciones por procedimiento ordinario</translation>
    </message>
    <message>
        <source>Incorporaciones por procedimiento extraordinario</source>
        <translation>Incorporaciones por procedimiento extraordinario</translation>
    </message>
    <message>
        <source>Colaboraciones con el Mecanismo Federal iniciadas</source>
        <translation>Colaboraciones con el Mecanismo Federal iniciadas</translation>
    </message>
    <message>
        <source>Talleres de autoprotección iniciados</source>
        <translation>Talleres de autoprotección iniciados</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.1</source>
        <translation>Capacitaciones del eje 3.1</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.2</source>
        <translation>Capacitaciones del eje 3.2</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.3</source>
        <translation>Capacitaciones del eje 3.3</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.4</source>
        <translation>Capacitaciones del eje 3.4</translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.5</source>
        <translation>Capacitaciones del eje 3.5</translation>
    </message>
    <message>
        <source>Registros de hallazgos del mapeo de agresiones</source>
        <translation>Registros de hallazgos del mapeo de agresiones</translation>
    </message>
    <message>
        <source>Registros de agresiones en el contexto de protestas</source>
        <translation>Registros de agresiones en el contexto de protestas</translation>
    </message>
    <message>
        <source>Calculado con los registros del programa</source>
        <translation>Calculado con los registros del programa</translation>
    </message>
    <message>
        <source>Captura manual</source>
        <translation>Captura manual</translation>
    </message>
    <message>
        <source>Evento</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Física</source>
        <translation>Física</translation>
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
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Hostigamiento</source>
        <translation>Hostigamiento</translation>
    </message>
    <message>
        <source>Vigilancia</source>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>Criminalización</source>
        <translation>Criminalización</translation>
    </message>
    <message>
        <source>Desplazamiento</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Privación de la libertad</source>
        <translation>Privación de la libertad</translation>
    </message>
    <message>
        <source>Homicidio</source>
        <translation>Homicidio</translation>
    </message>
    <message>
        <source>Otra</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Contactada</source>
        <translation>Contactada</translation>
    </message>
    <message>
        <source>Sin respuesta</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Número equivocado</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Reporta incidente</source>
        <translation>Reporta incidente</translation>
    </message>
    <message>
        <source>Abierto</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Cerrado</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Junta de Gobierno</source>
        <translation>Junta de Gobierno</translation>
    </message>
    <message>
        <source>Consejo Consultivo</source>
        <translation>Consejo Consultivo</translation>
    </message>
    <message>
        <source>Consejo de Evaluación de Medidas</source>
        <translation>Consejo de Evaluación de Medidas</translation>
    </message>
    <message>
        <source>Mesa de Trabajo Multisectorial</source>
        <translation>Mesa de Trabajo Multisectorial</translation>
    </message>
    <message>
        <source>Mujer</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Hombre</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>LGBTTTI</source>
        <translation>LGBTTTI</translation>
    </message>
    <message>
        <source>Preventiva</source>
        <translation>Preventiva</translation>
    </message>
    <message>
        <source>Protección</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Protección urgente</source>
        <translation>Protección urgente</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Solicitada</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Implementada</source>
        <translation>Implementada</translation>
    </message>
    <message>
        <source>Suspendida</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Concluida</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <source>Incorporación</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>Atención o canalización</source>
        <translation>Atención o canalización</translation>
    </message>
    <message>
        <source>Colaboración con el Mecanismo Federal</source>
        <translation>Colaboración con el Mecanismo Federal</translation>
    </message>
    <message>
        <source>Prefiero no decirlo</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Persona beneficiaria</source>
        <translation>Persona beneficiaria</translation>
    </message>
    <message>
        <source>Familiar</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Persona vinculada</source>
        <translation>Persona vinculada</translation>
    </message>
    <message>
        <source>Vigente</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Sustituido</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <source>Ordinario</source>
        <translation>Ordinario</translation>
    </message>
    <message>
        <source>Extraordinario</source>
        <translation>Extraordinario</translation>
    </message>
    <message>
        <source>Persona defensora de derechos humanos</source>
        <translation>Persona defensora de derechos humanos</translation>
    </message>
    <message>
        <source>Persona periodista o colaboradora periodística</source>
        <translation>Persona periodista o colaboradora periodística</translation>
    </message>
    <message>
        <source>Enviada</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Aceptada</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Atendida</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Rechazada</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Bajo</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medio</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Alto</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Administración</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Atención de casos</source>
        <translation>Atención de casos</translation>
    </message>
    <message>
        <source>Estadística</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>Ordinaria</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Extraordinaria</source>
        <translation>Extraordinaria</translation>
    </message>
    <message>
        <source>3.1 Derechos humanos y defensa de la libertad de expresión</source>
        <translation>3.1 Derechos humanos y defensa de la libertad de expresión</translation>
    </message>
    <message>
        <source>3.2 Comunicación, periodismo y perspectiva de género</source>
        <translation>3.2 Comunicación, periodismo y perspectiva de género</translation>
    </message>
    <message>
        <source>3.3 Seguridad digital</source>
        <translation>3.3 Seguridad digital</translation>
    </message>
    <message>
        <source>3.4 Uso de la tecnología para la acción social</source>
        <translation>3.4 Uso de la tecnología para la acción social</translation>
    </message>
    <message>
        <source>3.5 Análisis, prevención y reacción ante violencias digitales</source>
        <translation>3.5 Análisis, prevención y reacción ante violencias digitales</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Presencial</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Incorporados al MPI CDMX</source>
        <translation>Incorporados al MPI CDMX</translation>
    </message>
    <message>
        <source>Seguimiento a casos incorporados</source>
        <translation>Seguimiento a casos incorporados</translation>
    </message>
    <message>
        <source>Atenciones o canalización</source>
        <translation>Atenciones o canalización</translation>
    </message>
    <message>
        <source>Seguimiento en Atenciones o canalización</source>
        <translation>Seguimiento en Atenciones o canalización</translation>
    </message>
    <message>
        <source>Colaboraciones con el Mecanismo de Protección Federal</source>
        <translation>Colaboraciones con el Mecanismo de Protección Federal</translation>
    </message>
    <message>
        <source>Seguimiento a colaboraciones con el Mecanismo de Protección Federal</source>
        <translation>Seguimiento a colaboraciones con el Mecanismo de Protección Federal</translation>
    </message>
    <message>
        <source>En tiempo</source>
        <translation>En tiempo</translation>
    </message>
    <message>
        <source>Con rezago</source>
        <translation>Con rezago</translation>
    </message>
    <message>
        <source>Sin dato</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <source>Sin meta numérica</source>
        <translation>Sin meta numérica</translation>
    </message>
    <message>
        <source>Sin línea base</source>
        <translation>Sin línea base</translation>
    </message>
    <message>
        <source>Sin medición en el trimestre</source>
        <translation>Sin medición en el trimestre</translation>
    </message>
    <message>
        <source>En curso</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Casos</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Medidas</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Talleres</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Órganos de gobierno y toma de decisiones del MPI CDMX</source>
        <translation>Órganos de gobierno y toma de decisiones del MPI CDMX</translation>
    </message>
    <message>
        <source>Casos atendidos por el MPI CDMX</source>
        <translation>Casos atendidos por el MPI CDMX</translation>
    </message>
    <message>
        <source>Capacitaciones</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Vinculación interinstitucional</source>
        <translation>Vinculación interinstitucional</translation>
    </message>
</context>
</TS>
