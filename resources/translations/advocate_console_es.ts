<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Alerts</name>
    <message>
        <source>Advocate Console</source>
        <translation>Consola de atención</translation>
    </message>
    <message>
        <source>New call offer</source>
        <translation>Nueva oferta de llamada</translation>
    </message>
    <message>
        <source>New text offer</source>
        <translation>Nueva oferta de mensaje de texto</translation>
    </message>
    <message>
        <source>New chat offer</source>
        <translation>Nueva oferta de chat</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sobre qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit log, read-only</source>
        <translation>Registro de auditoría, solo lectura</translation>
    </message>
    <message>
        <source>Action, or a prefix such as auth.</source>
        <translation>Acción, o un prefijo como auth.</translation>
    </message>
    <message>
        <source>Show only this action</source>
        <translation>Mostrar solo esta acción</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Más an&amp;tiguas</translation>
    </message>
    <message>
        <source>Show older audit entries</source>
        <translation>Mostrar entradas de auditoría más antiguas</translation>
    </message>
    <message>
        <source>Audit columns</source>
        <translation>Columnas de la auditoría</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entradas de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>The audit log cannot be shown: {reason}</source>
        <translation>No se puede mostrar el registro de auditoría: {reason}</translation>
    </message>
    <message>
        <source>The server cannot be reached; try again.</source>
        <translation>No se puede conectar con el servidor; intente de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Reasignar…</translation>
    </message>
    <message>
        <source>Move the selected session to an advocate</source>
        <translation>Pasar la sesión seleccionada a un defensor o defensora</translation>
    </message>
    <message>
        <source>&amp;Take it myself…</source>
        <translation>Tomarla &amp;yo…</translation>
    </message>
    <message>
        <source>Take the selected contact yourself</source>
        <translation>Tomar usted el contacto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Look in</source>
        <translation>&amp;Observar</translation>
    </message>
    <message>
        <source>Read the selected chat or text as it happens</source>
        <translation>Leer el chat o mensaje seleccionado en tiempo real</translation>
    </message>
    <message>
        <source>Nobody on shift can take this {channel} now: no one available with room who speaks {language}.</source>
        <translation>Nadie en turno puede tomar este {channel} ahora: no hay nadie disponible, con espacio, que hable {language}.</translation>
    </message>
    <message>
        <source>{channel} {held}/{limit}</source>
        <translation>{channel} {held}/{limit}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (usted)</translation>
    </message>
    <message>
        <source>You cannot take {label}: you already hold {held} of your {limit} {channel} sessions. Reassign it to an advocate instead.</source>
        <translation>No puede tomar {label}: ya tiene {held} de sus {limit} sesiones de {channel}. Reasígnela a un defensor o defensora.</translation>
    </message>
    <message>
        <source>Take it myself</source>
        <translation>Tomarla yo</translation>
    </message>
    <message>
        <source>Your status is {status}. A shift lead can take a contact only while available. Set your status to Available and take {label}?</source>
        <translation>Su estado es {status}. Quien coordina el turno solo puede tomar un contacto estando disponible. ¿Cambiar su estado a Disponible y tomar {label}?</translation>
    </message>
    <message>
        <source>Set me &amp;available and take it</source>
        <translation>Ponerme &amp;disponible y tomarla</translation>
    </message>
    <message>
        <source>Set me available and take it</source>
        <translation>Ponerme disponible y tomarla</translation>
    </message>
    <message>
        <source>The shift lead is taking this contact.</source>
        <translation>La coordinación del turno está tomando este contacto.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>You took {label}. It is open in its own tab.</source>
        <translation>Tomó {label}. Está abierto en su propia pestaña.</translation>
    </message>
    <message>
        <source>{label} moved to {name}.</source>
        <translation>{label} pasó a {name}.</translation>
    </message>
    <message>
        <source>That session has closed.</source>
        <translation>Esa sesión ya se cerró.</translation>
    </message>
    <message>
        <source>Calls have no transcript to look in on.</source>
        <translation>Las llamadas no tienen transcripción para observar.</translation>
    </message>
</context>
<context>
    <name>BoardService</name>
    <message>
        <source>The board could not be refreshed: the server is not answering.</source>
        <translation>No se pudo actualizar el tablero: el servidor no responde.</translation>
    </message>
</context>
<context>
    <name>BoardTable</name>
    <message>
        <source>Columns of {table}; activate one to sort</source>
        <translation>Columnas de {table}; active una para ordenar</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>711 relay</source>
        <translation>Relevo 711</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>711 relay call: a relay operator types or voices every turn. Speak to the caller, not the operator; expect pauses; say “Go ahead” when you finish each turn. Replies come to you through the operator.</source>
        <translation>Llamada por relevo 711: una operadora o un operador escribe o lee cada turno. Hable con quien llama, no con la operadora; espere pausas; diga «Adelante» al terminar cada turno. Las respuestas le llegan a través de la operadora.</translation>
    </message>
    <message>
        <source>Relay call reminder</source>
        <translation>Recordatorio de llamada por relevo</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tiempo de conversación</translation>
    </message>
    <message>
        <source>Time on hold</source>
        <translation>Tiempo en espera</translation>
    </message>
    <message>
        <source>Interpreter time</source>
        <translation>Tiempo con intérprete</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Add interpreter…</source>
        <translation>Agregar intérprete…</translation>
    </message>
    <message>
        <source>Drop interpreter</source>
        <translation>Quitar intérprete</translation>
    </message>
    <message>
        <source>Add interpreter</source>
        <translation>Agregar intérprete</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Call controls</source>
        <translation>Controles de la llamada</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <source>On hold now (in all)</source>
        <translation>En espera ahora (en total)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Poner en espera</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar micrófono</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>{language} · ID {id}</source>
        <translation>{language} · ID {id}</translation>
    </message>
    <message>
        <source>No interpreter on the call</source>
        <translation>No hay intérprete en la llamada</translation>
    </message>
    <message>
        <source>Interpreter time on this call so far: {time}</source>
        <translation>Tiempo con intérprete en esta llamada hasta ahora: {time}</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Search replies (English or Spanish)</source>
        <translation>Buscar respuestas (en inglés o español)</translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation>Buscar respuestas predefinidas</translation>
    </message>
    <message>
        <source>Replies found</source>
        <translation>Respuestas encontradas</translation>
    </message>
    <message>
        <source>Enter puts the reply in the reply box; it is not sent until you send it.</source>
        <translation>Enter pone la respuesta en el cuadro de respuesta; no se envía hasta que usted la envíe.</translation>
    </message>
    <message>
        <source>How the picker works</source>
        <translation>Cómo funciona el selector</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Insert the reply into the reply box</source>
        <translation>Insertar la respuesta en el cuadro de respuesta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without inserting</source>
        <translation>Cerrar sin insertar</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <source>Case work</source>
        <translation>Trabajo del caso</translation>
    </message>
    <message>
        <source>Parts of the case work</source>
        <translation>Partes del trabajo del caso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Reporte</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Checklists {done}/{total}</source>
        <translation>Listas {done}/{total}</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>Reply typed but not sent before the session left this console:</source>
        <translation>Respuesta escrita pero no enviada antes de que la sesión saliera de esta consola:</translation>
    </message>
    <message>
        <source>Note written but not saved before the session left this console:</source>
        <translation>Nota escrita pero no guardada antes de que la sesión saliera de esta consola:</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
</context>
<context>
    <name>ChecklistItemView</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Mark this item</source>
        <translation>Marcar este punto</translation>
    </message>
    <message>
        <source>Short comment (optional, up to 500 characters)</source>
        <translation>Comentario breve (opcional, hasta 500 caracteres)</translation>
    </message>
    <message>
        <source>Comment on this item</source>
        <translation>Comentario sobre este punto</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Guardar comentario</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Punto anterior</translation>
    </message>
    <message>
        <source>Next unanswered ▶</source>
        <translation>Siguiente sin responder ▶</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>Siguiente punto sin responder</translation>
    </message>
    <message>
        <source>Every item is answered.</source>
        <translation>Todos los puntos tienen respuesta.</translation>
    </message>
    <message>
        <source>Mark as: {state}</source>
        <translation>Marcar como: {state}</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Kept from an earlier version</source>
        <translation>Conservado de una versión anterior</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Checklist to start</source>
        <translation>Lista para empezar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start this checklist</source>
        <translation>Empezar esta lista</translation>
    </message>
    <message>
        <source>Checklists of this case</source>
        <translation>Listas de verificación de este caso</translation>
    </message>
    <message>
        <source>Progress of this checklist</source>
        <translation>Avance de esta lista</translation>
    </message>
    <message>
        <source>Sync state of this checklist</source>
        <translation>Estado de sincronización de esta lista</translation>
    </message>
    <message>
        <source>No checklist started for this case yet: choose one above and press Start.</source>
        <translation>Todavía no hay ninguna lista empezada en este caso: elija una arriba y presione Empezar.</translation>
    </message>
    <message>
        <source>No checklist yet</source>
        <translation>Todavía no hay lista</translation>
    </message>
    <message>
        <source>What the answers show</source>
        <translation>Lo que muestran las respuestas</translation>
    </message>
    <message>
        <source>Items of the checklist, by section</source>
        <translation>Puntos de la lista, por sección</translation>
    </message>
    <message>
        <source>Columns: item and state</source>
        <translation>Columnas: punto y estado</translation>
    </message>
    <message>
        <source>Unknown checklist ({id})</source>
        <translation>Lista desconocida ({id})</translation>
    </message>
    <message>
        <source>{done} of {total} answered</source>
        <translation>{done} de {total} respondidos</translation>
    </message>
    <message>
        <source>A minor in commercial sex: no force, fraud or coercion is needed. This is a mandated report: open the reporting guide.</source>
        <translation>Una persona menor de edad en comercio sexual: no hace falta fuerza, fraude ni coerción. Es un reporte obligatorio: abra la guía de reporte.</translation>
    </message>
    <message>
        <source>Indicators are not proof.</source>
        <translation>Los indicadores no son pruebas.</translation>
    </message>
    <message>
        <source>Saved and synced</source>
        <translation>Guardado y sincronizado</translation>
    </message>
    <message>
        <source>Saved here, waiting to sync</source>
        <translation>Guardado aquí, en espera de sincronizar</translation>
    </message>
    <message>
        <source>Changed in two places: choose below</source>
        <translation>Cambiado en dos lugares: elija abajo</translation>
    </message>
    <message>
        <source>Not accepted by the server: kept here</source>
        <translation>El servidor no lo aceptó: se conserva aquí</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Type a reply. Enter sends; Shift+Enter starts a new line.</source>
        <translation>Escriba una respuesta. Enter la envía; Shift+Enter empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Enter sends the reply; Shift+Enter starts a new line.</source>
        <translation>Enter envía la respuesta; Shift+Enter empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Largo de la respuesta</translation>
    </message>
    <message>
        <source>Why the reply cannot be sent</source>
        <translation>Por qué no se puede enviar la respuesta</translation>
    </message>
    <message>
        <source>Reply box</source>
        <translation>Cuadro de respuesta</translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): a text reply can have at most {limit}.</source>
        <translation>
            <numerusform>Sobra %n carácter: un mensaje de texto puede tener como máximo {limit}.</numerusform>
            <numerusform>Sobran %n caracteres: un mensaje de texto puede tener como máximo {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): a chat reply can have at most {limit}.</source>
        <translation>
            <numerusform>Sobra %n carácter: una respuesta de chat puede tener como máximo {limit}.</numerusform>
            <numerusform>Sobran %n caracteres: una respuesta de chat puede tener como máximo {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} characters of {limit}, sent as {parts}</source>
        <translation>{count} caracteres de {limit}, se envía en {parts}</translation>
    </message>
    <message>
        <source>{count} characters of {limit}</source>
        <translation>{count} caracteres de {limit}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Two versions of this note</source>
        <translation>Dos versiones de esta nota</translation>
    </message>
    <message>
        <source>Resolve a note conflict</source>
        <translation>Resolver un conflicto de nota</translation>
    </message>
    <message>
        <source>This note was changed on the server while you edited it here. Both versions are kept until you choose.</source>
        <translation>Esta nota cambió en el servidor mientras usted la editaba aquí. Se conservan las dos versiones hasta que usted elija.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Version on the server</source>
        <translation>Versión en el servidor</translation>
    </message>
    <message>
        <source>(You deleted this note.)</source>
        <translation>(Usted borró esta nota.)</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texto combinado</translation>
    </message>
    <message>
        <source>Yours (on this computer)</source>
        <translation>La suya (en esta computadora)</translation>
    </message>
    <message>
        <source>On the server (version {v})</source>
        <translation>En el servidor (versión {v})</translation>
    </message>
    <message>
        <source>Or merge them:</source>
        <translation>O combínelas:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <source>Keep both as two notes</source>
        <translation>Conservar ambas como dos notas</translation>
    </message>
    <message>
        <source>Save the merge</source>
        <translation>Guardar la combinación</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir después</translation>
    </message>
    <message>
        <source>Keep your version</source>
        <translation>Conservar su versión</translation>
    </message>
    <message>
        <source>Keep the version on the server</source>
        <translation>Conservar la versión del servidor</translation>
    </message>
    <message>
        <source>Keep both versions as two notes</source>
        <translation>Conservar ambas versiones como dos notas</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Guardar el texto combinado</translation>
    </message>
    <message>
        <source>Decide later; both versions stay</source>
        <translation>Decidir después; se conservan las dos versiones</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline: your work is kept on this computer</source>
        <translation>Sin conexión: su trabajo se conserva en esta computadora</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconectando en %n s</numerusform>
            <numerusform>Reconectando en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection: {state}</source>
        <translation>Conexión: {state}</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Who consented</source>
        <translation>Quién dio su consentimiento</translation>
    </message>
    <message>
        <source>Recipient the person agreed to</source>
        <translation>Destinatario que la persona aceptó</translation>
    </message>
    <message>
        <source>Information the person agreed to share</source>
        <translation>Información que la persona aceptó compartir</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <source>Consent valid until</source>
        <translation>Consentimiento válido hasta</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dado por</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Qué se puede compartir</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Tick what the person agreed to share.</source>
        <translation>Marque lo que la persona aceptó compartir.</translation>
    </message>
    <message>
        <source>Choose the recipient the person agreed to.</source>
        <translation>Elija el destinatario que la persona aceptó.</translation>
    </message>
</context>
<context>
    <name>Disposition</name>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Training and technical assistance</source>
        <translation>Capacitación y asistencia técnica</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Información general</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Alto riesgo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Someone needs emergency help or a response within 24 hours, or a victim is known to be in immediate danger.</source>
        <translation>Alguien necesita ayuda de emergencia o una respuesta en menos de 24 horas, o se sabe que una víctima está en peligro inmediato.</translation>
    </message>
    <message>
        <source>The contact knows of a specific possible trafficking situation or victim, with no known immediate danger.</source>
        <translation>La persona conoce una posible situación o víctima de trata concreta, sin peligro inmediato conocido.</translation>
    </message>
    <message>
        <source>A request for services or for anti-trafficking contacts.</source>
        <translation>Una solicitud de servicios o de contactos contra la trata.</translation>
    </message>
    <message>
        <source>A request for training, or for technical help with a case or program.</source>
        <translation>Una solicitud de capacitación, o de ayuda técnica con un caso o programa.</translation>
    </message>
    <message>
        <source>Questions about trafficking or about the hotline, with no case.</source>
        <translation>Preguntas sobre la trata o sobre la línea de ayuda, sin un caso.</translation>
    </message>
    <message>
        <source>Exploitation without clear force, fraud or coercion, or a related issue (domestic violence, child abuse, smuggling, runaway youth) with no trafficking indicators.</source>
        <translation>Explotación sin fuerza, fraude ni coerción claros, o un asunto relacionado (violencia doméstica, abuso infantil, tráfico de personas, jóvenes que huyeron de casa) sin indicadores de trata.</translation>
    </message>
    <message>
        <source>None of the above (say why in the notes).</source>
        <translation>Ninguna de las anteriores (explique por qué en las notas).</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <source>Category of this contact</source>
        <translation>Categoría de este contacto</translation>
    </message>
    <message>
        <source>Choose the category that fits this contact best.</source>
        <translation>Elija la categoría que mejor describe este contacto.</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>Guardar categoría</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Esc or F1 closes this list.</source>
        <translation>Esc o F1 cierra esta lista.</translation>
    </message>
    <message>
        <source>How to close this list</source>
        <translation>Cómo cerrar esta lista</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Each row is a key and what it does, grouped by where it works.</source>
        <translation>Cada fila es una tecla y lo que hace, agrupadas según dónde funcionan.</translation>
    </message>
    <message>
        <source>Columns: keys and what they do</source>
        <translation>Columnas: teclas y lo que hacen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>Cerrar la lista de atajos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Add an interpreter</source>
        <translation>Agregar intérprete</translation>
    </message>
    <message>
        <source>Type a language or code, e.g. Vietnamese, tiếng việt, vi</source>
        <translation>Escriba un idioma o código, p. ej. vietnamita, tiếng việt, vi</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>Buscar idiomas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>As given by the interpreting service</source>
        <translation>Como lo indica el servicio de interpretación</translation>
    </message>
    <message>
        <source>Interpreter ID</source>
        <translation>ID de intérprete</translation>
    </message>
    <message>
        <source>Add interpreter</source>
        <translation>Agregar intérprete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n idioma</numerusform>
            <numerusform>%n idiomas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageToggle</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish (español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Language of the content</source>
        <translation>Idioma del contenido</translation>
    </message>
    <message>
        <source>Show the items in this language</source>
        <translation>Mostrar los puntos en este idioma</translation>
    </message>
</context>
<context>
    <name>LeadBoard</name>
    <message>
        <source>Shift board</source>
        <translation>Tablero del turno</translation>
    </message>
    <message>
        <source>Advocates on shift</source>
        <translation>Defensores en turno</translation>
    </message>
    <message>
        <source>Waiting contacts</source>
        <translation>Contactos en espera</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Sesiones en curso</translation>
    </message>
    <message>
        <source>Advocates &amp;on shift ({n})</source>
        <translation>Defensores en &amp;turno ({n})</translation>
    </message>
    <message>
        <source>Nobody is on shift yet.</source>
        <translation>Todavía no hay nadie en turno.</translation>
    </message>
    <message>
        <source>Filter advocates</source>
        <translation>Filtrar defensores</translation>
    </message>
    <message>
        <source>&amp;Waiting contacts ({n})</source>
        <translation>Contactos en &amp;espera ({n})</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nadie está esperando.</translation>
    </message>
    <message>
        <source>Filter waiting contacts</source>
        <translation>Filtrar contactos en espera</translation>
    </message>
    <message>
        <source>Live sess&amp;ions ({n})</source>
        <translation>Sesiones en &amp;curso ({n})</translation>
    </message>
    <message>
        <source>No live sessions.</source>
        <translation>No hay sesiones en curso.</translation>
    </message>
    <message>
        <source>Filter live sessions</source>
        <translation>Filtrar sesiones en curso</translation>
    </message>
    <message>
        <source>Shift summary</source>
        <translation>Resumen del turno</translation>
    </message>
    <message>
        <source>Board notice</source>
        <translation>Aviso del tablero</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>{n} on shift</source>
        <translation>{n} en turno</translation>
    </message>
    <message>
        <source>{n} available</source>
        <translation>{n} disponibles</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} en espera</translation>
    </message>
    <message>
        <source>longest wait {time}</source>
        <translation>espera más larga {time}</translation>
    </message>
    <message>
        <source>{n} live sessions</source>
        <translation>{n} sesiones en curso</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>That advocate</source>
        <translation>Esa persona</translation>
    </message>
    <message>
        <source>{label} is already with {name}.</source>
        <translation>{label} ya está con {name}.</translation>
    </message>
    <message>
        <source>{name} is a shift lead: sessions go to advocates.</source>
        <translation>{name} coordina el turno: las sesiones van a defensores.</translation>
    </message>
    <message>
        <source>off shift</source>
        <translation>fuera de turno</translation>
    </message>
    <message>
        <source>{name} cannot take {label}: {status}, not available.</source>
        <translation>{name} no puede tomar {label}: {status}, no disponible.</translation>
    </message>
    <message>
        <source>{name} cannot take {label}: no room for another {channel}.</source>
        <translation>{name} no puede tomar {label}: no tiene espacio para otro {channel}.</translation>
    </message>
    <message>
        <source>{name} cannot take {label}: it is in {language}, which they do not speak.</source>
        <translation>{name} no puede tomar {label}: es en {language}, un idioma que no habla.</translation>
    </message>
    <message>
        <source>{label} can no longer be moved: it has ended.</source>
        <translation>{label} ya no se puede mover: terminó.</translation>
    </message>
    <message>
        <source>Only a shift lead may move sessions, and the server did not accept you as one. Nothing was moved.</source>
        <translation>Solo quien coordina el turno puede mover sesiones, y el servidor no le reconoció como tal. No se movió nada.</translation>
    </message>
    <message>
        <source>{name} cannot take {label} now: they are not available, have no room for another {channel}, or do not speak its language. Nothing was moved; choose someone else.</source>
        <translation>{name} no puede tomar {label} ahora: no está disponible, no tiene espacio para otro {channel} o no habla su idioma. No se movió nada; elija a otra persona.</translation>
    </message>
    <message>
        <source>{label} cannot be moved any more: it has ended, was answered, or is already with {name}.</source>
        <translation>{label} ya no se puede mover: terminó, ya fue atendido o ya está con {name}.</translation>
    </message>
    <message>
        <source>{label} or {name} is no longer on this shift. Nothing was moved.</source>
        <translation>{label} o {name} ya no está en este turno. No se movió nada.</translation>
    </message>
    <message>
        <source>The reason was not accepted (1 to 500 characters). Nothing was moved.</source>
        <translation>El motivo no fue aceptado (de 1 a 500 caracteres). No se movió nada.</translation>
    </message>
    <message>
        <source>Too many requests just now. Wait a moment and try again.</source>
        <translation>Demasiadas solicitudes en este momento. Espere un poco e intente de nuevo.</translation>
    </message>
    <message>
        <source>The server refused to move {label}. Nothing was moved.</source>
        <translation>El servidor no aceptó mover {label}. No se movió nada.</translation>
    </message>
    <message>
        <source>{sentence} The server said: “{detail}”</source>
        <translation>{sentence} El servidor respondió: «{detail}»</translation>
    </message>
    <message>
        <source>The server did not answer, so {label} may not have moved. The board shows where it is once the connection is back; try again then if needed.</source>
        <translation>El servidor no respondió, así que es posible que {label} no se haya movido. El tablero mostrará dónde está cuando vuelva la conexión; si hace falta, intente de nuevo entonces.</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>con {name}</translation>
    </message>
    <message>
        <source>waiting, with nobody yet</source>
        <translation>en espera, todavía sin nadie</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open a link from the contact?</source>
        <translation>¿Abrir un enlace enviado por el contacto?</translation>
    </message>
    <message>
        <source>This link was sent by the contact. Check where it really goes before opening it.</source>
        <translation>Este enlace lo envió el contacto. Revise a dónde lleva realmente antes de abrirlo.</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Tal como está escrito:</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Abre:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sitio:</translation>
    </message>
    <message>
        <source>Site (raw):</source>
        <translation>Sitio (sin procesar):</translation>
    </message>
    <message>
        <source>The site&apos;s name uses letters from other alphabets: it may imitate another site.</source>
        <translation>El nombre del sitio usa letras de otros alfabetos: puede estar imitando otro sitio.</translation>
    </message>
    <message>
        <source>The part before &apos;@&apos; is not the site: this link goes to {site}.</source>
        <translation>Lo que va antes de &apos;@&apos; no es el sitio: este enlace lleva a {site}.</translation>
    </message>
    <message>
        <source>This link is not encrypted (http).</source>
        <translation>Este enlace no está cifrado (http).</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Console locked</source>
        <translation>Consola bloqueada</translation>
    </message>
    <message>
        <source>The console is locked</source>
        <translation>La consola está bloqueada</translation>
    </message>
    <message>
        <source>Sessions keep running. Enter the password of {who} to go back to them.</source>
        <translation>Las sesiones siguen en curso. Escriba la contraseña de {who} para volver a ellas.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the console</source>
        <translation>Desbloquear la consola</translation>
    </message>
    <message>
        <source>Sign &amp;out and end shift…</source>
        <translation>Cerrar sesión y terminar el t&amp;urno…</translation>
    </message>
    <message>
        <source>Sign out and end the shift</source>
        <translation>Cerrar sesión y terminar el turno</translation>
    </message>
    <message>
        <source>&amp;Close the console</source>
        <translation>&amp;Cerrar la consola</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Cerrar la consola</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Wrong password. Try again in {n} s.</source>
        <translation>Contraseña incorrecta. Intente de nuevo en {n} s.</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>LookInWindow</name>
    <message>
        <source>Looking in: {label}</source>
        <translation>Observando: {label}</translation>
    </message>
    <message>
        <source>Looking in on {label}, read-only</source>
        <translation>Observando a {label}, solo lectura</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation>Tiempo en este estado</translation>
    </message>
    <message>
        <source>Transcript, read-only</source>
        <translation>Transcripción, solo lectura</translation>
    </message>
    <message>
        <source>You are reading along. The advocate and the contact do not see you.</source>
        <translation>Usted está leyendo en paralelo. Ni el defensor ni el contacto lo ven.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>This conversation cannot be opened: {reason}</source>
        <translation>No se puede abrir esta conversación: {reason}</translation>
    </message>
    <message>
        <source>The server is not answering; the transcript may be behind.</source>
        <translation>El servidor no responde; puede que la transcripción esté atrasada.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>{state} with {name}</source>
        <translation>{state} con {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Advocate Console</source>
        <translation>Consola de atención</translation>
    </message>
    <message>
        <source>Offline. Notes and replies are saved on this computer and go out, in order, when the connection returns.</source>
        <translation>Sin conexión. Las notas y respuestas se guardan en esta computadora y salen, en orden, cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No open sessions. New contacts are offered above, with a sound.</source>
        <translation>No hay sesiones abiertas. Los contactos nuevos se ofrecen arriba, con un sonido.</translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation>Sesiones abiertas</translation>
    </message>
    <message>
        <source>Session tabs</source>
        <translation>Pestañas de sesión</translation>
    </message>
    <message>
        <source>Shift board</source>
        <translation>Tablero del turno</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Accept the oldest offer</source>
        <translation>&amp;Aceptar la oferta más antigua</translation>
    </message>
    <message>
        <source>&amp;Decline the oldest offer</source>
        <translation>&amp;Rechazar la oferta más antigua</translation>
    </message>
    <message>
        <source>&amp;End the current session…</source>
        <translation>&amp;Terminar la sesión actual…</translation>
    </message>
    <message>
        <source>&amp;Close the current tab (after wrap-up)</source>
        <translation>&amp;Cerrar la pestaña actual (después del cierre)</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>Sesión s&amp;iguiente</translation>
    </message>
    <message>
        <source>&amp;Previous session</source>
        <translation>Sesión a&amp;nterior</translation>
    </message>
    <message>
        <source>Sign &amp;out and end shift…</source>
        <translation>Cerrar sesión y terminar el t&amp;urno…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Sesión {n}</translation>
    </message>
    <message>
        <source>{who} moved {label} to another advocate: {why}</source>
        <translation>{who} pasó {label} a otro defensor: {why}</translation>
    </message>
    <message>
        <source>A shift lead</source>
        <translation>La coordinación del turno</translation>
    </message>
    <message>
        <source>A reply was not sent: {reason}</source>
        <translation>Una respuesta no se envió: {reason}</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>No se cerró la sesión</translation>
    </message>
    <message>
        <source>New {channel} offer. Ctrl+Shift+A accepts it.</source>
        <translation>Nueva oferta de {channel}. Ctrl+Mayús+A la acepta.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Reporte</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Saved and synced</source>
        <translation>Guardado y sincronizado</translation>
    </message>
    <message>
        <source>Saved here, waiting to sync</source>
        <translation>Guardado aquí, en espera de sincronizar</translation>
    </message>
    <message>
        <source>Conflict: both versions kept</source>
        <translation>Conflicto: se conservan las dos versiones</translation>
    </message>
    <message>
        <source>Not accepted by the server: kept here</source>
        <translation>El servidor no lo aceptó: se conserva aquí</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Another advocate</source>
        <translation>Otro defensor</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Case notes</source>
        <translation>Notas del caso</translation>
    </message>
    <message>
        <source>Notes of this case, newest first</source>
        <translation>Notas de este caso, las más recientes primero</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Tipo de nota</translation>
    </message>
    <message>
        <source>Write a note. It is saved on this computer as you type.</source>
        <translation>Escriba una nota. Se guarda en esta computadora mientras escribe.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Earlier contacts in this case</source>
        <translation>Contactos anteriores en este caso</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Borrador recuperado</translation>
    </message>
    <message>
        <source>Earlier contacts:</source>
        <translation>Contactos anteriores:</translation>
    </message>
    <message>
        <source>No earlier contacts in this case.</source>
        <translation>No hay contactos anteriores en este caso.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) changed in two places: choose what to keep…</source>
        <translation>
            <numerusform>%n nota cambió en dos lugares: elija qué conservar…</numerusform>
            <numerusform>%n notas cambiaron en dos lugares: elija qué conservar…</numerusform>
        </translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>A note is at most 100,000 characters</source>
        <translation>Una nota tiene como máximo 100 000 caracteres</translation>
    </message>
    <message>
        <source>Draft not saved: storage failed ({what}).</source>
        <translation>El borrador no se guardó: falló el almacenamiento ({what}).</translation>
    </message>
    <message>
        <source>Draft saved on this computer</source>
        <translation>Borrador guardado en esta computadora</translation>
    </message>
    <message>
        <source>Not saved: this computer&apos;s storage failed ({what}). Your text is kept here.</source>
        <translation>No se guardó: falló el almacenamiento de esta computadora ({what}). Su texto se conserva aquí.</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Nota guardada</translation>
    </message>
</context>
<context>
    <name>OfferBanner</name>
    <message>
        <source>Time left to answer</source>
        <translation>Tiempo que queda para responder</translation>
    </message>
    <message>
        <source>711 relay</source>
        <translation>Relevo 711</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the offer from {who}</source>
        <translation>Aceptar la oferta de {who}</translation>
    </message>
    <message>
        <source>Decline the offer from {who}</source>
        <translation>Rechazar la oferta de {who}</translation>
    </message>
    <message>
        <source>Offer: {channel} from {who}</source>
        <translation>Oferta: {channel} de {who}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <source>Offers waiting for an answer</source>
        <translation>Ofertas en espera de respuesta</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Busy: at capacity</source>
        <translation>Ocupado: sin espacio</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
</context>
<context>
    <name>PresenceSelector</name>
    <message>
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Su estado</translation>
    </message>
    <message>
        <source>Whether new contacts are offered to you</source>
        <translation>Si se le ofrecen contactos nuevos</translation>
    </message>
    <message>
        <source>Status set by the hotline</source>
        <translation>Estado fijado por la línea de ayuda</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Esperó</translation>
    </message>
    <message>
        <source>Waited {time}: {level}</source>
        <translation>Esperó {time}: {level}</translation>
    </message>
    <message>
        <source>just arrived</source>
        <translation>recién llegado</translation>
    </message>
    <message>
        <source>waiting over {time}</source>
        <translation>esperando más de {time}</translation>
    </message>
    <message>
        <source>long wait, over {time}</source>
        <translation>espera larga, más de {time}</translation>
    </message>
    <message>
        <source>very long wait, over {time}</source>
        <translation>espera muy larga, más de {time}</translation>
    </message>
    <message>
        <source>711 relay</source>
        <translation>Relevo 711</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>an advocate</source>
        <translation>un defensor</translation>
    </message>
    <message>
        <source>Offered to {name}</source>
        <translation>Ofrecido a {name}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Take it myself</source>
        <translation>Tomarla yo</translation>
    </message>
    <message>
        <source>Reassign session</source>
        <translation>Reasignar sesión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Give it to:</source>
        <translation>&amp;Asignar a:</translation>
    </message>
    <message>
        <source>&amp;Taken by:</source>
        <translation>&amp;Quién la toma:</translation>
    </message>
    <message>
        <source>Advocates who can take it</source>
        <translation>Defensores que pueden tomarla</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>&amp;Reason (required; the advocate sees it):</source>
        <translation>&amp;Motivo (obligatorio; el defensor lo verá):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For example: Spanish speaker needed</source>
        <translation>Por ejemplo: se necesita alguien que hable español</translation>
    </message>
    <message>
        <source>Why it did not work</source>
        <translation>Por qué no funcionó</translation>
    </message>
    <message>
        <source>&amp;Take it</source>
        <translation>&amp;Tomarla</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Mo&amp;ver</translation>
    </message>
    <message>
        <source>Take the session</source>
        <translation>Tomar la sesión</translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation>Mover la sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Referrals</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Words: shelter, legal, counselling…</source>
        <translation>Palabras: refugio, legal, consejería…</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Palabras de búsqueda</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Language the service speaks</source>
        <translation>Idioma que habla el servicio</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Lengua de señas americana</translation>
    </message>
    <message>
        <source>City, county, state or ZIP</source>
        <translation>Ciudad, condado, estado o código postal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Buscar en el directorio</translation>
    </message>
    <message>
        <source>Update directory</source>
        <translation>Actualizar directorio</translation>
    </message>
    <message>
        <source>Download the directory again</source>
        <translation>Descargar el directorio de nuevo</translation>
    </message>
    <message>
        <source>Directory state</source>
        <translation>Estado del directorio</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Servicios encontrados</translation>
    </message>
    <message>
        <source>The service chosen</source>
        <translation>El servicio elegido</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Agregar al caso</translation>
    </message>
    <message>
        <source>Add this referral to the case notes</source>
        <translation>Agregar esta referencia a las notas del caso</translation>
    </message>
    <message>
        <source>Send to contact…</source>
        <translation>Enviar al contacto…</translation>
    </message>
    <message>
        <source>Put this referral into the reply box (Enter sends it)</source>
        <translation>Poner esta referencia en el cuadro de respuesta (Enter la envía)</translation>
    </message>
    <message>
        <source>Referral state</source>
        <translation>Estado de la referencia</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation>Buscando en el servidor…</translation>
    </message>
    <message>
        <source>The directory has not been downloaded to this computer yet, and the server cannot be reached.</source>
        <translation>El directorio todavía no se descargó en esta computadora y no se puede conectar con el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n servicio encontrado</numerusform>
            <numerusform>%n servicios encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the directory…</source>
        <translation>Actualizando el directorio…</translation>
    </message>
    <message>
        <source>The directory is not on this computer yet: searching the server.</source>
        <translation>El directorio todavía no está en esta computadora: buscando en el servidor.</translation>
    </message>
    <message>
        <source>{count} services on this computer, updated {when}.</source>
        <translation>{count} servicios en esta computadora, actualizados {when}.</translation>
    </message>
    <message>
        <source>Offline: </source>
        <translation>Sin conexión: </translation>
    </message>
    <message>
        <source>Added to the case notes.</source>
        <translation>Agregada a las notas del caso.</translation>
    </message>
    <message>
        <source>In the reply box: press Enter to send it.</source>
        <translation>En el cuadro de respuesta: presione Enter para enviarla.</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Referral given: {name}</source>
        <translation>Referencia dada: {name}</translation>
    </message>
    <message>
        <source>Organization: {name}</source>
        <translation>Organización: {name}</translation>
    </message>
    <message>
        <source>Phone: {number}{kind}</source>
        <translation>Teléfono: {number}{kind}</translation>
    </message>
    <message>
        <source>Website: {url}</source>
        <translation>Sitio web: {url}</translation>
    </message>
    <message>
        <source>Directory id: {id}</source>
        <translation>ID en el directorio: {id}</translation>
    </message>
    <message>
        <source>Alert: {text}</source>
        <translation>Alerta: {text}</translation>
    </message>
    <message>
        <source>Services: {list}</source>
        <translation>Servicios: {list}</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <source>ext. {n}</source>
        <translation>ext. {n}</translation>
    </message>
    <message>
        <source>Languages: {list}</source>
        <translation>Idiomas: {list}</translation>
    </message>
    <message>
        <source>Interpreting: {text}</source>
        <translation>Interpretación: {text}</translation>
    </message>
    <message>
        <source>Accessibility: {list}</source>
        <translation>Accesibilidad: {list}</translation>
    </message>
    <message>
        <source>Hours: {list}</source>
        <translation>Horario: {list}</translation>
    </message>
    <message>
        <source>Nationwide</source>
        <translation>Todo el país</translation>
    </message>
    <message>
        <source>Serves: {list}</source>
        <translation>Atiende: {list}</translation>
    </message>
    <message>
        <source>Eligibility: {text}</source>
        <translation>Requisitos: {text}</translation>
    </message>
    <message>
        <source>Fees: {text}</source>
        <translation>Costos: {text}</translation>
    </message>
</context>
<context>
    <name>ReportingDialog</name>
    <message>
        <source>Reporting guide</source>
        <translation>Guía de reporte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the reporting guide</source>
        <translation>Cerrar la guía de reporte</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Reporting guide</source>
        <translation>Guía de reporte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Volver a la pregunta anterior</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start the reporting guide over</source>
        <translation>Empezar la guía de reporte de nuevo</translation>
    </message>
    <message>
        <source>Answers so far (activate one to change it)</source>
        <translation>Respuestas hasta ahora (active una para cambiarla)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>About this question</source>
        <translation>Sobre esta pregunta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Who to tell</source>
        <translation>A quién avisar</translation>
    </message>
    <message>
        <source>Record consent given</source>
        <translation>Registrar el consentimiento dado</translation>
    </message>
    <message>
        <source>Remarks for the record (optional)</source>
        <translation>Observaciones para el registro (opcional)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>Estado del reporte</translation>
    </message>
    <message>
        <source>Save report note</source>
        <translation>Guardar nota de reporte</translation>
    </message>
    <message>
        <source>Save the report note to the case</source>
        <translation>Guardar la nota de reporte en el caso</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Respuesta: {answer}</translation>
    </message>
    <message>
        <source>Tell: {names}</source>
        <translation>Avisar a: {names}</translation>
    </message>
    <message>
        <source>Answer the questions to reach an outcome.</source>
        <translation>Responda las preguntas para llegar a un resultado.</translation>
    </message>
    <message>
        <source>Remarks are at most 4,000 characters.</source>
        <translation>Las observaciones tienen como máximo 4000 caracteres.</translation>
    </message>
    <message>
        <source>Report note saved to the case.</source>
        <translation>Nota de reporte guardada en el caso.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Advocate</source>
        <translation>Defensor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>In status for</source>
        <translation>En el estado desde hace</translation>
    </message>
    <message>
        <source>{name} (lead)</source>
        <translation>{name} (coordinación)</translation>
    </message>
    <message>
        <source>{status} for {time}</source>
        <translation>{status} desde hace {time}</translation>
    </message>
    <message>
        <source>Takes no {channel} sessions</source>
        <translation>No toma sesiones de {channel}</translation>
    </message>
    <message>
        <source>{held} of {limit} {channel} sessions</source>
        <translation>{held} de {limit} sesiones de {channel}</translation>
    </message>
    <message>
        <source> (full)</source>
        <translation> (sin espacio)</translation>
    </message>
</context>
<context>
    <name>RunConflictBar</name>
    <message>
        <source>Checklist conflict</source>
        <translation>Conflicto en la lista</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>Combinar ambas</translation>
    </message>
    <message>
        <source>Keep the answers given on this computer</source>
        <translation>Conservar las respuestas dadas en esta computadora</translation>
    </message>
    <message>
        <source>Keep the answers on the server</source>
        <translation>Conservar las respuestas del servidor</translation>
    </message>
    <message>
        <source>Combine the answers of both versions</source>
        <translation>Combinar las respuestas de ambas versiones</translation>
    </message>
    <message numerus="yes">
        <source>This checklist was changed on this computer and elsewhere. Both versions are kept until you choose. %n item(s) answered differently; combining keeps every answer and, where they differ, yours.</source>
        <translation>
            <numerusform>Esta lista cambió en esta computadora y en otro lugar. Se conservan las dos versiones hasta que usted elija. %n punto tiene respuestas distintas; al combinar se conservan todas las respuestas y, donde difieren, las suyas.</numerusform>
            <numerusform>Esta lista cambió en esta computadora y en otro lugar. Se conservan las dos versiones hasta que usted elija. %n puntos tienen respuestas distintas; al combinar se conservan todas las respuestas y, donde difieren, las suyas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>The hotline server cannot be reached, and this computer has no saved sign-in for this user. Check the network and try again.</source>
        <translation>No se puede conectar con el servidor de la línea de ayuda y esta computadora no tiene un inicio de sesión guardado para este usuario. Revise la red e intente de nuevo.</translation>
    </message>
    <message>
        <source>Wrong password. (The server cannot be reached: the password was checked against the work saved on this computer.)</source>
        <translation>Contraseña incorrecta. (No se puede conectar con el servidor: la contraseña se comprobó con el trabajo guardado en esta computadora.)</translation>
    </message>
    <message>
        <source>The work saved on this computer cannot be opened: {error}</source>
        <translation>No se puede abrir el trabajo guardado en esta computadora: {error}</translation>
    </message>
    <message>
        <source>No secure keyring on this computer: sign-in is kept in memory only.</source>
        <translation>No hay un llavero seguro en esta computadora: el inicio de sesión se guarda solo en memoria.</translation>
    </message>
    <message>
        <source>Only an unencrypted keyring is available: it is not used; sign-in is kept in memory only.</source>
        <translation>Solo hay un llavero sin cifrar: no se usa; el inicio de sesión se guarda solo en memoria.</translation>
    </message>
    <message>
        <source>The keyring stopped working: sign-in is kept in memory only.</source>
        <translation>El llavero dejó de funcionar: el inicio de sesión se guarda solo en memoria.</translation>
    </message>
</context>
<context>
    <name>SafeContact</name>
    <message>
        <source>a text</source>
        <translation>un mensaje de texto</translation>
    </message>
    <message>
        <source>a call back</source>
        <translation>devolver la llamada</translation>
    </message>
    <message>
        <source>a voicemail</source>
        <translation>un mensaje de voz</translation>
    </message>
    <message>
        <source>This number texted STOP: nothing may be sent to it, and no one may reach out.</source>
        <translation>Este número envió STOP: no se le puede enviar nada y nadie puede comunicarse.</translation>
    </message>
    <message>
        <source>The reply contains one of the person&apos;s code words. Code words are for advocates only: take it out.</source>
        <translation>La respuesta contiene una de las palabras clave de la persona. Las palabras clave son solo para defensores: quítela.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet about how to reach this person safely: ask first.</source>
        <translation>Todavía no hay nada registrado sobre cómo comunicarse con esta persona de forma segura: pregunte primero.</translation>
    </message>
    <message>
        <source>The person said {what} is not safe.</source>
        <translation>La persona dijo que {what} no es seguro.</translation>
    </message>
    <message>
        <source>The person said calls are not safe, so no voicemail.</source>
        <translation>La persona dijo que las llamadas no son seguras, así que no deje mensaje de voz.</translation>
    </message>
    <message>
        <source>The person has not said whether {what} is safe.</source>
        <translation>La persona no ha dicho si {what} es seguro.</translation>
    </message>
    <message>
        <source>It is outside the person&apos;s safe times now.</source>
        <translation>Ahora está fuera de los horarios seguros de la persona.</translation>
    </message>
    <message>
        <source>Check the person&apos;s safe times (they could not be checked automatically).</source>
        <translation>Revise los horarios seguros de la persona (no se pudieron comprobar automáticamente).</translation>
    </message>
    <message>
        <source>Someone else may see or hear it on a shared device.</source>
        <translation>Otra persona podría verlo u oírlo en un dispositivo compartido.</translation>
    </message>
    <message>
        <source>Press Enter again to send it anyway.</source>
        <translation>Presione Enter otra vez para enviarla de todos modos.</translation>
    </message>
</context>
<context>
    <name>SafeContactBanner</name>
    <message>
        <source>Safe contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <source>How this person may be reached</source>
        <translation>Cómo se puede comunicar con esta persona</translation>
    </message>
    <message>
        <source>Safe times</source>
        <translation>Horarios seguros</translation>
    </message>
    <message>
        <source>Code words (advocates only)</source>
        <translation>Palabras clave (solo defensores)</translation>
    </message>
    <message>
        <source>Warnings about the last reply</source>
        <translation>Advertencias sobre la última respuesta</translation>
    </message>
    <message>
        <source>Show code words</source>
        <translation>Mostrar palabras clave</translation>
    </message>
    <message>
        <source>Show or hide the code words</source>
        <translation>Mostrar u ocultar las palabras clave</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the safe-contact profile</source>
        <translation>Editar el perfil de contacto seguro</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep the profile from this computer</source>
        <translation>Conservar el perfil de esta computadora</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <source>Keep the profile on the server</source>
        <translation>Conservar el perfil del servidor</translation>
    </message>
    <message>
        <source>The case has not reached this computer yet.</source>
        <translation>El caso todavía no llegó a esta computadora.</translation>
    </message>
    <message>
        <source>Nothing recorded yet about how to reach this person safely. Ask before any call back, text or voicemail.</source>
        <translation>Todavía no hay nada registrado sobre cómo comunicarse con esta persona de forma segura. Pregunte antes de devolver una llamada, enviar un mensaje de texto o dejar un mensaje de voz.</translation>
    </message>
    <message>
        <source>Changed here and elsewhere: choose which profile to keep.</source>
        <translation>Cambió aquí y en otro lugar: elija qué perfil conservar.</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>NOT safe</source>
        <translation>NO es seguro</translation>
    </message>
    <message>
        <source>ask first</source>
        <translation>preguntar primero</translation>
    </message>
    <message>
        <source>Call back: {a}</source>
        <translation>Devolver la llamada: {a}</translation>
    </message>
    <message>
        <source>Text: {a}</source>
        <translation>Mensaje de texto: {a}</translation>
    </message>
    <message>
        <source>Voicemail: {a}</source>
        <translation>Mensaje de voz: {a}</translation>
    </message>
    <message>
        <source>Shared device: others may see it</source>
        <translation>Dispositivo compartido: otras personas pueden verlo</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>Safe times: {t}</source>
        <translation>Horarios seguros: {t}</translation>
    </message>
    <message>
        <source>Code words (advocates only): safe “{safe}”, not safe “{unsafe}”</source>
        <translation>Palabras clave (solo defensores): seguro «{safe}», no seguro «{unsafe}»</translation>
    </message>
    <message>
        <source>Hide code words</source>
        <translation>Ocultar palabras clave</translation>
    </message>
    <message>
        <source>The case has not reached this computer yet: try again.</source>
        <translation>El caso todavía no llegó a esta computadora: intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>SafeContactEditor</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Todavía no se preguntó</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>How to reach this person safely</source>
        <translation>Cómo comunicarse con esta persona de forma segura</translation>
    </message>
    <message>
        <source>Edit the safe-contact profile</source>
        <translation>Editar el perfil de contacto seguro</translation>
    </message>
    <message>
        <source>Safe to call back?</source>
        <translation>¿Es seguro devolverle la llamada?</translation>
    </message>
    <message>
        <source>Safe to text?</source>
        <translation>¿Es seguro enviarle mensajes de texto?</translation>
    </message>
    <message>
        <source>May we leave a voicemail?</source>
        <translation>¿Podemos dejar un mensaje de voz?</translation>
    </message>
    <message>
        <source>Could someone else see the phone?</source>
        <translation>¿Podría otra persona ver el teléfono?</translation>
    </message>
    <message>
        <source>Add a safe time</source>
        <translation>Agregar un horario seguro</translation>
    </message>
    <message>
        <source>The person&apos;s time zone</source>
        <translation>La zona horaria de la persona</translation>
    </message>
    <message>
        <source>Safe times in the person&apos;s words</source>
        <translation>Horarios seguros en palabras de la persona</translation>
    </message>
    <message>
        <source>e.g. weekday mornings after the kids leave</source>
        <translation>p. ej. entre semana por la mañana, cuando los niños ya salieron</translation>
    </message>
    <message>
        <source>Code word meaning safe to talk</source>
        <translation>Palabra clave que significa que es seguro hablar</translation>
    </message>
    <message>
        <source>Code word meaning not safe</source>
        <translation>Palabra clave que significa que no es seguro</translation>
    </message>
    <message>
        <source>Safe times</source>
        <translation>Horarios seguros</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>Code word: safe</source>
        <translation>Palabra clave: seguro</translation>
    </message>
    <message>
        <source>Code word: not safe</source>
        <translation>Palabra clave: no seguro</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Por qué no se puede guardar el perfil</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the safe-contact profile</source>
        <translation>Guardar el perfil de contacto seguro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Record only what the person told you. Code words are seen by advocates only and are never sent.</source>
        <translation>Registre solo lo que la persona le dijo. Las palabras clave solo las ven los defensores y nunca se envían.</translation>
    </message>
    <message>
        <source>Check the time zone: use a name like America/Chicago.</source>
        <translation>Revise la zona horaria: use un nombre como America/Chicago.</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecida</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>Session with {label}</source>
        <translation>Sesión con {label}</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;Terminar sesión…</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>C&amp;lose tab</source>
        <translation>Cerrar &amp;pestaña</translation>
    </message>
    <message>
        <source>Close session and tab</source>
        <translation>Cerrar la sesión y la pestaña</translation>
    </message>
    <message>
        <source>711 relay</source>
        <translation>Relevo 711</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation>Tiempo en este estado</translation>
    </message>
    <message>
        <source>The texter opted out (STOP): nothing can be sent.</source>
        <translation>La persona se dio de baja (STOP): no se puede enviar nada.</translation>
    </message>
    <message>
        <source>This conversation has ended.</source>
        <translation>Esta conversación terminó.</translation>
    </message>
    <message>
        <source>{label} wrote: {body}</source>
        <translation>{label} escribió: {body}</translation>
    </message>
    <message>
        <source>New message from {label}</source>
        <translation>Nuevo mensaje de {label}</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecida</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Contact left · wrap-up</source>
        <translation>El contacto se fue · cierre</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Defensor</translation>
    </message>
    <message>
        <source>In state for</source>
        <translation>En el estado desde hace</translation>
    </message>
    <message>
        <source>Contact left · wrap-up</source>
        <translation>El contacto se fue · cierre</translation>
    </message>
    <message>
        <source>Active · on hold</source>
        <translation>Activa · en espera</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Grupos de configuración</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Pantalla</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Avisos</translation>
    </message>
    <message>
        <source>&amp;Lock and data</source>
        <translation>&amp;Bloqueo y datos</translation>
    </message>
    <message>
        <source>Shift &amp;board</source>
        <translation>Tablero del &amp;turno</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problema con la configuración</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Guardar la configuración y cerrar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>From {low} to {high} {unit}</source>
        <translation>De {low} a {high} {unit}</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Takes effect the next time you start</source>
        <translation>Se aplica la próxima vez que inicie la consola</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Como esté configurada la computadora</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; or as the computer is set</source>
        <translation>Claro, oscuro o alto contraste; o como esté configurada la computadora</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Ring for a new offer until it is answered</source>
        <translation>Sonar con una oferta nueva hasta que se responda</translation>
    </message>
    <message>
        <source>Volume of the alert sounds</source>
        <translation>Volumen de los sonidos de aviso</translation>
    </message>
    <message>
        <source>A soft chime for a message in a tab that is not in front</source>
        <translation>Un sonido suave para un mensaje en una pestaña que no está al frente</translation>
    </message>
    <message>
        <source>Notify in the system tray (never with the message)</source>
        <translation>Avisar en la bandeja del sistema (nunca con el mensaje)</translation>
    </message>
    <message>
        <source>Flash the taskbar while an offer waits</source>
        <translation>Hacer parpadear la barra de tareas mientras una oferta espera</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>During a call, offers and messages play a soft tone only.</source>
        <translation>Durante una llamada, las ofertas y los mensajes solo suenan con un tono suave.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear después de estos minutos sin actividad</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Bloquear &amp;después de:</translation>
    </message>
    <message>
        <source>Closed cases kept on this computer</source>
        <translation>Casos cerrados que se conservan en esta computadora</translation>
    </message>
    <message>
        <source>Closed cases kept:</source>
        <translation>Casos cerrados conservados:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>From {low} to {high} seconds</source>
        <translation>De {low} a {high} segundos</translation>
    </message>
    <message>
        <source>Waiting after</source>
        <translation>En espera después de</translation>
    </message>
    <message>
        <source>&amp;Waiting after:</source>
        <translation>&amp;En espera después de:</translation>
    </message>
    <message>
        <source>Long wait after</source>
        <translation>Espera larga después de</translation>
    </message>
    <message>
        <source>L&amp;ong wait after:</source>
        <translation>Espera &amp;larga después de:</translation>
    </message>
    <message>
        <source>Very long wait after</source>
        <translation>Espera muy larga después de</translation>
    </message>
    <message>
        <source>&amp;Very long after:</source>
        <translation>Espera m&amp;uy larga después de:</translation>
    </message>
    <message>
        <source>Each threshold must be longer than the one before.</source>
        <translation>Cada umbral debe ser mayor que el anterior.</translation>
    </message>
    <message>
        <source>set on this computer</source>
        <translation>fijado en esta computadora</translation>
    </message>
    <message>
        <source>set by the hotline</source>
        <translation>fijado por la línea de ayuda</translation>
    </message>
    <message>
        <source>{days} days after closing ({who})</source>
        <translation>{days} días después del cierre ({who})</translation>
    </message>
    <message>
        <source>Each wait threshold must be longer than the one before.</source>
        <translation>Cada umbral de espera debe ser mayor que el anterior.</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>{name} moved a session to you: {reason}</source>
        <translation>{name} le pasó una sesión: {reason}</translation>
    </message>
    <message>
        <source>This contact is no longer waiting for you ({reason}).</source>
        <translation>Este contacto ya no le está esperando ({reason}).</translation>
    </message>
</context>
<context>
    <name>ShiftCharts</name>
    <message>
        <source>Shift charts</source>
        <translation>Gráficos del turno</translation>
    </message>
    <message>
        <source>Waiting contacts</source>
        <translation>Contactos en espera</translation>
    </message>
    <message>
        <source>Waiting contacts over time</source>
        <translation>Contactos en espera a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Longest wait (minutes)</source>
        <translation>Espera más larga (minutos)</translation>
    </message>
    <message>
        <source>Longest wait over time, per channel</source>
        <translation>Espera más larga a lo largo del tiempo, por canal</translation>
    </message>
    <message>
        <source>Advocates available</source>
        <translation>Defensores disponibles</translation>
    </message>
    <message>
        <source>Advocates available over time</source>
        <translation>Defensores disponibles a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>No samples yet.</source>
        <translation>Todavía no hay datos.</translation>
    </message>
    <message>
        <source>{channel}: {n}</source>
        <translation>{channel}: {n}</translation>
    </message>
    <message>
        <source>Now {total} waiting ({channels}).</source>
        <translation>Ahora {total} en espera ({channels}).</translation>
    </message>
    <message>
        <source>{channel}: {time}</source>
        <translation>{channel}: {time}</translation>
    </message>
    <message>
        <source>Longest wait now: {channels}.</source>
        <translation>Espera más larga ahora: {channels}.</translation>
    </message>
    <message>
        <source>{n} advocates available now.</source>
        <translation>{n} defensores disponibles ahora.</translation>
    </message>
</context>
<context>
    <name>ShiftStatusBar</name>
    <message>
        <source>Latest notice</source>
        <translation>Último aviso</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avance de la sincronización</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Cambios en espera de sincronizar</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>shift lead</source>
        <translation>coordinación del turno</translation>
    </message>
    <message>
        <source>advocate</source>
        <translation>defensor</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n cambio en espera de sincronizar</numerusform>
            <numerusform>%n cambios en espera de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todos los cambios sincronizados</translation>
    </message>
    <message>
        <source>Syncing %v of %m</source>
        <translation>Sincronizando %v de %m</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Offers and sessions</source>
        <translation>Ofertas y sesiones</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Shift board (leads)</source>
        <translation>Tablero del turno (coordinación)</translation>
    </message>
    <message>
        <source>Help, settings and quitting</source>
        <translation>Ayuda, configuración y salida</translation>
    </message>
    <message>
        <source>Accept the oldest offer</source>
        <translation>Aceptar la oferta más antigua</translation>
    </message>
    <message>
        <source>Decline the oldest offer</source>
        <translation>Rechazar la oferta más antigua</translation>
    </message>
    <message>
        <source>Next session tab</source>
        <translation>Pestaña de sesión siguiente</translation>
    </message>
    <message>
        <source>Previous session tab</source>
        <translation>Pestaña de sesión anterior</translation>
    </message>
    <message>
        <source>Go to session tab 1 to 9</source>
        <translation>Ir a la pestaña de sesión 1 a 9</translation>
    </message>
    <message>
        <source>End the current session and choose its category</source>
        <translation>Terminar la sesión actual y elegir su categoría</translation>
    </message>
    <message>
        <source>Close the current tab after wrap-up</source>
        <translation>Cerrar la pestaña actual después del cierre</translation>
    </message>
    <message>
        <source>Send the reply (in the reply box)</source>
        <translation>Enviar la respuesta (en el cuadro de respuesta)</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>Línea nueva en la respuesta</translation>
    </message>
    <message>
        <source>Insert a canned reply</source>
        <translation>Insertar una respuesta predefinida</translation>
    </message>
    <message>
        <source>Copy the selected messages</source>
        <translation>Copiar los mensajes seleccionados</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <source>Move the selected session to an advocate</source>
        <translation>Pasar la sesión seleccionada a un defensor o defensora</translation>
    </message>
    <message>
        <source>Take the selected contact yourself</source>
        <translation>Tomar usted el contacto seleccionado</translation>
    </message>
    <message>
        <source>Read the selected chat or text as it happens</source>
        <translation>Leer el chat o mensaje seleccionado en tiempo real</translation>
    </message>
    <message>
        <source>Filter the board&apos;s tables</source>
        <translation>Filtrar las tablas del tablero</translation>
    </message>
    <message>
        <source>Close a look-in window</source>
        <translation>Cerrar una ventana de observación</translation>
    </message>
    <message>
        <source>Lock the console now</source>
        <translation>Bloquear la consola ahora</translation>
    </message>
    <message>
        <source>Show or hide this list of shortcuts</source>
        <translation>Mostrar u ocultar esta lista de atajos</translation>
    </message>
    <message>
        <source>Settings: language, text size, look and alerts</source>
        <translation>Configuración: idioma, tamaño del texto, apariencia y avisos</translation>
    </message>
    <message>
        <source>Quit the console</source>
        <translation>Salir de la consola</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the hotline</source>
        <translation>Iniciar sesión en la línea de ayuda</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Servidor: {server}</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
</context>
<context>
    <name>SignOutRefusal</name>
    <message numerus="yes">
        <source>%n change(s) not synced yet</source>
        <translation>
            <numerusform>%n cambio sin sincronizar todavía</numerusform>
            <numerusform>%n cambios sin sincronizar todavía</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflicto por resolver</numerusform>
            <numerusform>%n conflictos por resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused</source>
        <translation>
            <numerusform>%n cambio que el servidor rechazó</numerusform>
            <numerusform>%n cambios que el servidor rechazó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) waiting to be sent</source>
        <translation>
            <numerusform>%n respuesta en espera de envío</numerusform>
            <numerusform>%n respuestas en espera de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not saved as notes</source>
        <translation>
            <numerusform>%n borrador sin guardar como nota</numerusform>
            <numerusform>%n borradores sin guardar como notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed out: {what}. Nothing was deleted. Let the console reconnect and sync, save or clear the drafts, then sign out again.</source>
        <translation>No se cerró la sesión: {what}. No se borró nada. Deje que la consola se reconecte y sincronice, guarde o borre los borradores y vuelva a cerrar la sesión.</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — practice contacts, not real people</source>
        <translation>CAPACITACIÓN — contactos de práctica, no son personas reales</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Defensor</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>{author}, {time}: {body}</source>
        <translation>{author}, {time}: {body}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Messages of this conversation, oldest first. Ctrl+C copies the selected messages.</source>
        <translation>Mensajes de esta conversación, los más antiguos primero. Ctrl+C copia los mensajes seleccionados.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Open link {link}…</source>
        <translation>Abrir el enlace {link}…</translation>
    </message>
</context>
<context>
    <name>UnreadBadge</name>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensaje sin leer</numerusform>
            <numerusform>%n mensajes sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock the console</source>
        <translation>&amp;Bloquear la consola</translation>
    </message>
    <message>
        <source>Advocate Console — locked</source>
        <translation>Consola de atención — bloqueada</translation>
    </message>
    <message>
        <source>Advocate Console — signed out</source>
        <translation>Consola de atención — sesión cerrada</translation>
    </message>
</context>
<context>
    <name>_RangeRow</name>
    <message>
        <source>Safe on {day}</source>
        <translation>Seguro el {day}</translation>
    </message>
    <message>
        <source>Safe from</source>
        <translation>Seguro desde</translation>
    </message>
    <message>
        <source>Safe until</source>
        <translation>Seguro hasta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this safe time</source>
        <translation>Quitar este horario seguro</translation>
    </message>
</context>
</TS>
