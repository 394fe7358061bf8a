<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name></name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nuevo taller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editar taller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar &amp;sesión…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar se&amp;sión…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asistencia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Título</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirigido a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones del taller seleccionado (Intro abre la asistencia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n talleres.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {directed_to} — sesión del {held_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nueva capacitación…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fechas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colabora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} acciones de prevención y capacitación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres de autoprotección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acciones de prevención y capacitación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taller de autoprotección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Título</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tipo de destinatario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dirigido a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Como aparecerá en el informe (Cuadro 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folio del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sesión del taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por ejemplo 3 o 2,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acción de prevención y capacitación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller virtual «…»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fechas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/aaaa, separadas por comas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modalidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eje temático (Plan Anual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objetivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organización &amp;colaboradora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sesión de órgano de gobierno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ó&amp;rgano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Número de sesión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = Primera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temas &amp;abordados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actividad institucional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tít&amp;ulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descripción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nombre completo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frase de acceso:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epita la frase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las frases de acceso no coinciden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agregar usuario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restablecer frase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desactivar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;ctivar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verificar &amp;bitácora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verificar &amp;integridad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar registros anteriores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloqueo automático tras &amp;inactividad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Usuarios&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El programa se bloqueará tras {value} minutos sin uso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desactivado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seleccione un usuario de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usuario «{username}» agregado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva frase para {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frase de acceso restablecida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Desactivar la cuenta «{username}»? Ya no podrá abrir la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuenta desactivada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivar {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuenta reactivada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verificando la bitácora…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verificando el cifrado y la estructura de la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Última llamada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Último resultado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vencida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (primera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nunca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Llamadas de hoy&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay llamadas pendientes para hoy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrar llamada…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrir e&amp;xpediente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Llamadas previstas para hoy y vencidas de los casos abiertos con monitoreo telefónico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} pendientes, {overdue} vencidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa, objetivo, acción o indicador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Línea base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta programada: {meta_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensión: {dimension}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definición: {definition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Método de cálculo: {formula} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidad de medida: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Línea base: {baseline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsables: {responsables}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuente de información: {information_source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origen del valor: {value_source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T{quarter}: {value} — capturado por {entered_by} el {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin indicador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copiar al año siguiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar &amp;PDF de avance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corte al:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapeo de agresiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimestre {quarter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. ej. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opcional: acta, oficio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guardar valor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>número de la meta anual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar &amp;meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimestre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valor realizado:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta anual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {indicators} indicadores; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valor del trimestre {quarter} guardado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta guardada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan {year} creado como copia; ajuste sus metas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar avance del Plan Anual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avance guardado en {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado. Por seguridad no se muestran detalles. Lo que ya estaba guardado no se perdió; si se repite, avise a la administración.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lista de casos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planes y medidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoreo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres y capacitaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones y actividades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Anual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administración</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mujeres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hombres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTTTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefiero no decirlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse M, H, L o N para la identidad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M Mujer · H Hombre · L LGBTTTI · N Prefiero no decirlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia — {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lista con &amp;nombres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo &amp;conteo (sin nombres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importar lista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar una lista CSV o XLSX con vista previa (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcional; se conserva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agregar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dentidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre, Tab, una tecla para la identidad ({IDENTITY_HINT}), Intro para agregar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitar de la lista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre solo cuántas personas asistieron; no se guarda ningún nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guardar conteo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} personas en la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Quitar a {chosen} persona(s) de la lista?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar de la lista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conteo guardado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar lista de asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listas de asistencia (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leyendo la lista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importación cancelada: no se guardó nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se importaron {accepted} personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vista previa de la lista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file_name}: {accepted} filas aceptadas y {rejected} rechazadas. Todavía no se ha guardado nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identidad escrita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aceptadas ({accepted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechazadas ({rejected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importar {accepted} personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldos de MPI Desktop (*{SUFFIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frase del respaldo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repita la frase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guárdela por escrito en un lugar seguro: sin ella el respaldo no puede abrirse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las frases no coinciden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crear &amp;respaldo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verificar un respaldo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulacro de restauración</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;taurar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldos automáticos (al cerrar y cada día)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Elegir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carpeta (p. ej. una memoria USB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservar los últimos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déjela vacía para conservar la actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frase de los respaldos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se completó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldo cifrado creado y verificado: {path}
{total_records} registros. Guarde la frase del respaldo por escrito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauración terminada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abra la sesión de nuevo para trabajar con los datos restaurados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldos automáticos guardados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar respaldo cifrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frase del nuevo respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verificar un respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frase del respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurar un respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base actual se reemplazará por el contenido del respaldo.

Antes se guarda una copia cifrada de la base actual (con la misma frase del respaldo) en la carpeta de datos. ¿Continuar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carpeta de respaldos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carpeta de respaldos automáticos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creando el respaldo automático antes de salir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrar llamada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar llamada de monitoreo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fecha y hora:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultado:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Cómo &amp;está?:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. ej. tranquila, con temor, sin novedad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programar la &amp;siguiente llamada:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Como se&amp;guimiento del caso (la nota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Como a&amp;gresión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar el incidente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de la agresión:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo de agresión:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcaldía:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descripción:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cerrar caso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reabrir cas&amp;o…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimir resumen del plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumen del plan de protección en PDF, confidencial (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agregar persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ditar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitar del caso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay personas registradas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agregar agresión…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay agresiones registradas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agregar evaluación…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay evaluaciones de riesgo registradas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agregar seguimiento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay seguimientos registrados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agregar canalización…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambiar es&amp;tado…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay canalizaciones registradas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agre&amp;siones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuaciones de riesgo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segu&amp;imientos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;nalizaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan y &amp;medidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Historial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caso no disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caso cerrado el {closed_on}. Motivo: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folio}: cambios en el resumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folio}: formulario recuperado sin guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay formularios recuperados sin guardar; se abrirán cuando el caso se reabra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El registro de un formulario recuperado ya no existe en el caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tipo de persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identidad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fecha de nacimiento:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;URP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;léfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 dígitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orreo electrónico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domicilio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organi&amp;zación:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar agresión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar agresión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tipo de agresión:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontexto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. ej. cobertura de una protesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alcaldía:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descripción:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar evaluación de riesgo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar evaluación de riesgo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nivel de riesgo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar seguimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar seguimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar canalización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar canalización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambiar estado de la canalización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canalización a {institution} del {referred_on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitar del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar {what} del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se quitará del caso {what} {record}. Dejará de contar en el expediente y en las estadísticas; el registro y este motivo quedan en la bitácora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motivo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>del {occurred_on} ({lower})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>del {assessed_on} (nivel {lower})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>del {noted_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {institution} del {referred_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar persona del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se quitará a {full_name} del caso. Sus datos y este motivo quedan en la bitácora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un caso cerrado no admite cambios hasta que se reabra. Indique la fecha y el motivo del cierre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fecha de cierre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reabrir caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El motivo de la reapertura y los datos del cierre quedan en la bitácora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la agresión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la evaluación de riesgo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el seguimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la canalización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— No aplica —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descartar cambios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay datos escritos sin guardar. ¿Desea descartarlos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vacío)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo de cierre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dentidad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modalidad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedimien&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de apert&amp;ura:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom&amp;bre del colectivo u organización:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Última actividad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;lar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrado el {closed_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha y hora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior → nuevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incluir consultas del e&amp;xpediente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargando historial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antes: {value}

Después: {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin movimientos registrados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n movimientos</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nombre / colectivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apertura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Última actividad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensora DDHH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buscar por folio, nombre, teléfono u organización…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos los perfiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todas las identidades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todas las modalidades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos los estados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos los años</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nuevo caso…  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (desplácese para ver más)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} casos mostrados{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copiar	Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cor&amp;tar	Ctrl+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deshacer	Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehacer	Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pegar	Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eliminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seleccionar todo	Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona administradora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quien administra crea las cuentas del equipo y restaura respaldos. La frase de acceso debe tener al menos {MIN_PASSPHRASE} caracteres; una frase de varias palabras es más fácil de recordar y más difícil de adivinar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPI Desktop — Primera configuración</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bienvenida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se creará una base de datos cifrada en:&lt;br&gt;&lt;b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/b&gt;&lt;br&gt;&lt;br&gt;Todo lo que se registre queda cifrado en este equipo; el programa no usa la red. Al terminar se mostrará un &lt;b&gt;código de recuperación&lt;/b&gt; una sola vez: guárdelo impreso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crear base de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creando la base cifrada…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filtrar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registros.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Órgano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planes aprobados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nueva sesión…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha: {held_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temas abordados:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planes de protección aprobados: {approved_plan_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • {folio}, versión {version} ({approved_on})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nueva actividad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} del {held_on} — {institution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Órganos de gobierno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vinculación interinstitucional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hojas de cálculo (*.xlsx *.xlsm *.csv);;Todos los archivos (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No importar esta hoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija un libro .xlsx (una hoja por registro: Casos, Personas, Medidas, Acciones, Talleres, Asistencia) o uno o varios archivos .csv, uno por registro. Las plantillas están en docs/plantillas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examinar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registros anteriores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leyendo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{sheet}» ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin reconocer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hojas encontradas: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise qué dato contiene cada columna. Las columnas sin campo no se importan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ejemplo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hoja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registro:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prueba sin importar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esto es lo que se crearía. Nada se ha escrito todavía.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar solo las filas aceptadas (las rechazadas no se importan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisando cada fila…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todo se importa junto o nada: si algo falla o se cancela, la base queda como estaba.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancelar la importación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelando: se deshace todo lo importado…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} No se importó nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar registros anteriores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Siguiente &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Atrás</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Sin especificar —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se guardó el caso: revise los datos marcados en rojo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falta: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar el caso (Ctrl+S o Ctrl+Intro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo caso — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se guardó: revise el posible duplicado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caso registrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caso {folio} registrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo caso — {modality} (sin guardar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo caso (sin guardar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descartar el caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los datos capturados no se han guardado. ¿Desea descartarlos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Seleccione —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familiar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vinculada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 dígitos, p. ej. 55 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 caracteres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos de la persona {value} de {persons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregue a la persona beneficiaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sin nombre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de la persona beneficiaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>del familiar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de la persona vinculada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identidad del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fecha de apertura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona beneficiaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre {whose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identidad {whose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tipo de agresión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nivel de riesgo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posible caso duplicado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay casos registrados que podrían ser de las mismas personas. Revíselos antes de continuar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay un caso registrado que podría ser de las mismas personas. Revíselo antes de continuar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abrir el caso existente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrar de todos modos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seleccione un caso de la lista para abrirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPI Desktop — MPI CDMX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bloquear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base: {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloquear (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formularios sin guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al bloquearse la sesión había formularios sin guardar:
{titles}

¿Desea recuperarlos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay formularios sin guardar. ¿Salir de todos modos y descartarlos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual o colectivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportar agregados (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medio o dirección (solo como texto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. ej. marcha del 8 de marzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin alcaldía</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPI-2025-0001 (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se estableció contacto con la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrar hallazgo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha del &amp;hallazgo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fuente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perfil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual o &amp;colectivo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;testa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folio del ca&amp;so:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.4 Registros de hallazgos: {findings} · 1.5.1 En protestas: {protest_findings} (en {protests} protestas) · Con contacto: {contacted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hallazgo registrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar agregados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} filas de agregados exportadas a {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LMMJVSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acciones del mes — {folio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Mes an&amp;terior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes si&amp;guiente ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la cantidad de acciones de cada día; 0 o Supr borra el día. Las celdas grises no admiten acciones (fuera de las fechas de la medida, días futuros o llamadas de monitoreo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar todo el mes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{capitalize} de {year} (cargando…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} de {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El caso está cerrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El caso no tiene medidas activas en este mes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se guardó nada: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se guardó nada: {problems} celdas tienen errores (en rojo). {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acciones del mes guardadas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reevaluar plan de protección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar plan de protección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La reevaluación crea una nueva versión del plan; la versión actual se conserva como sustituida. Marque las medidas que el Consejo da por concluidas; las demás continúan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan aprobado por el Consejo de Evaluación de Medidas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de a&amp;probación:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Número de sesión del Consejo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tipo de sesión:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Próxima &amp;revisión:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medidas a &amp;concluir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar medida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva medida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategoría:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medida:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institución responsable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de i&amp;nicio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de &amp;término:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retirada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar acción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item_name} ({category}), desde el {starts_on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cantidad de acciones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El resumen es un documento &lt;b&gt;CONFIDENCIAL&lt;/b&gt;: cada página lleva su nombre y la hora de impresión, y la impresión queda registrada en la bitácora. Guárdelo solo en una carpeta protegida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo escribir el archivo en esa carpeta (sin permiso o sin espacio). Elija otra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumen del plan — {folio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hasta (fecha de corte):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guardar PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarda el PDF y lo abre en el visor del sistema para imprimirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce&amp;rrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar resumen del plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generando el resumen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardado en {path}, pero no se pudo abrir el visor de PDF para imprimirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardado en {path} y abierto en el visor de PDF para imprimirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardado en {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categoría</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Término</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Última acción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado de la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Próxima llamada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registró</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versión {plan_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{modality}&lt;/b&gt;: este caso no lleva plan de protección; sus medidas se registran sin plan, como las cuenta el Cuadro 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sin plan de protección.&lt;/b&gt; Registre el plan aprobado por el Consejo de Evaluación de Medidas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Próxima revisión: &lt;b&gt;{next_review_on}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin revisión programada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> en la {rsplit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n versiones anteriores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sin versiones anteriores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan de protección vigente — versión {version}&lt;/b&gt;, aprobado el {approved_on}{session}.&lt;br&gt;{review} · {versions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eevaluar plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nueva medida…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ditar medida…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar &amp;acción…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuadrícula &amp;mensual…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar &amp;llamada…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin llamadas de monitoreo registradas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Llamadas de monitoreo telefónico&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todas las medidas del caso ({measures})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versión {version} ({state}, {approved_on}): {measures} medidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> días</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incluir revisiones de los próximos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aprobado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Próxima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} planes por revisar, {overdue} vencidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ninguna revisión pendiente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medidas que la usan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de la nueva medida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agregar al catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Borrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Una medida en uso no se borra: se retira y deja de ofrecerse para medidas nuevas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrar medida del catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Borrar «{name}» del catálogo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisiones de planes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catálogo de medidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Código de recuperación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Este código se muestra una sola vez.&lt;/b&gt; Con él se abre la base de datos si se olvida la frase de acceso; quien lo tenga puede leer todos los casos. Imprímalo o anótelo y guárdelo bajo llave, lejos de este equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He guardado el código en un lugar seguro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;MPI CDMX · MPI Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;CÓDIGO DE RECUPERACIÓN — CONFIDENCIAL&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:18pt; font-family:monospace&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Guarde esta hoja bajo llave. Permite abrir la base de datos sin frase de acceso.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recuperar el acceso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Código de &amp;recuperación:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nueva frase de acceso:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recuperar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El informe contiene solo cifras agregadas y títulos de actividades: ningún nombre ni dato personal. Elija el periodo y las secciones; la vista previa muestra sus Cuadros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija al menos una sección.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secciones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualizar vista previa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportar XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los Cuadros de las secciones elegidas, una hoja por Cuadro (portal de transparencia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculando {period} (corte al {cutoff_label})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar informe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generando el informe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informe guardado en {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar Cuadros a XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportando los Cuadros…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheets} Cuadros exportados a {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bimestre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimestre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cualquier periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} · corte al {cutoff_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de datos cifrada en {home}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba su usuario y su frase de acceso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demasiados intentos fallidos. Espere {seconds_left} segundos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verificando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desbloquear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado. Por seguridad no se muestran detalles; intente de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operación cancelada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sesión está bloqueada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Nuevo caso — MPI CDMX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre el caso y a sus personas. La primera agresión y la primera evaluación de riesgo son opcionales; los demás datos del caso se completan después en el expediente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalidad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incorporación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ate&amp;nción o canalización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;laboración con el Mecanismo Federal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedi&amp;miento:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id&amp;entidad del caso:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fec&amp;ha de apertura:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alcaldía:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colecti&amp;vo u organización:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo en casos colectivos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personas del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gregar persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitar persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos de la persona seleccionada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo de per&amp;sona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom&amp;bre completo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dentidad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de naci&amp;miento:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcional. Déjela en blanco si no se conoce (Supr borra la fecha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correo electrónico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;URP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organi&amp;zación:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omicilio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horarios y medios seguros de contacto, necesidades particulares…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar la primera a&amp;gresión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;echa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conte&amp;xto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por ejemplo: cobertura de una manifestación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcal&amp;día:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;pción:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar la primera e&amp;valuación de riesgo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fec&amp;ha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nivel de riesgo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;umen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #6b4e00;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar caso  (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>MPI Desktop — Desbloquear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de datos cifrada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frase de acceso:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Bloq Mayús está activado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #8a5a00;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Olvidó su frase? Usar código de &amp;recuperación…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desbloquear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Sin asistencia registrada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lista con nombres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo conteo por identidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colectivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realizadas ÷ programadas × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodo ÷ mismo periodo del año anterior × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conteo simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aplica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascendente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De manera trimestral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De manera anual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protesta social o movilización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cobertura periodística</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actividad de defensa de derechos humanos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espacios digitales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones ordinarias de la Junta de Gobierno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones del Consejo de Evaluación de Medidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones del Consejo Consultivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actividades de la Mesa de Trabajo Multisectorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casos de atención o canalización abiertos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorporaciones por procedimiento ordinario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorporaciones por procedimiento extraordinario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colaboraciones con el Mecanismo Federal iniciadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres de autoprotección iniciados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacitaciones del eje 3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registros de hallazgos del mapeo de agresiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registros de agresiones en el contexto de protestas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculado con los registros del programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captura manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Física</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenaza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostigamiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigilancia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminalización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desplazamiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privación de la libertad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homicidio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Número equivocado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporta incidente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junta de Gobierno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consejo Consultivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consejo de Evaluación de Medidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesa de Trabajo Multisectorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mujer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTTTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protección urgente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solicitada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspendida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorporación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atención o canalización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colaboración con el Mecanismo Federal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefiero no decirlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona beneficiaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familiar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona vinculada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustituido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraordinario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona defensora de derechos humanos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona periodista o colaboradora periodística</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enviada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aceptada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atendida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechazada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bajo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administración</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atención de casos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estadística</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraordinaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.1 Derechos humanos y defensa de la libertad de expresión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.2 Comunicación, periodismo y perspectiva de género</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.3 Seguridad digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.4 Uso de la tecnología para la acción social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.5 Análisis, prevención y reacción ante violencias digitales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presencial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorporados al MPI CDMX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimiento a casos incorporados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atenciones o canalización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimiento en Atenciones o canalización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colaboraciones con el Mecanismo de Protección Federal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimiento a colaboraciones con el Mecanismo de Protección Federal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En tiempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con rezago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin meta numérica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin línea base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin medición en el trimestre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En curso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Órganos de gobierno y toma de decisiones del MPI CDMX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casos atendidos por el MPI CDMX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacitaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vinculación interinstitucional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
