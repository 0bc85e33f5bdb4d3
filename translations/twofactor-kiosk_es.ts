<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>The language &apos;%1&apos; is not offered; choose one of %2.</source>
        <translation>El idioma «%1» no está disponible; elija uno de %2.</translation>
    </message>
    <message>
        <source>TwoFactorKiosk cannot start</source>
        <translation>TwoFactorKiosk no puede iniciarse</translation>
    </message>
    <message>
        <source>mock SMS sink at %1</source>
        <translation>receptor de SMS simulado en %1</translation>
    </message>
    <message>
        <source>TwoFactorKiosk test message</source>
        <translation>Mensaje de prueba de TwoFactorKiosk</translation>
    </message>
    <message>
        <source>Sent (%1).</source>
        <translation>Enviado (%1).</translation>
    </message>
    <message>
        <source>twofactor-kiosk: --headless serves the API: add --api.</source>
        <translation>twofactor-kiosk: --headless sirve la API: añada --api.</translation>
    </message>
    <message>
        <source>Kiosk mode needs an active administrator to leave it. Add one first: twofactor-kiosk operator add NAME --role admin</source>
        <translation>El modo quiosco necesita un administrador activo para poder salir de él. Cree uno primero: twofactor-kiosk operator add NOMBRE --role admin</translation>
    </message>
    <message>
        <source>Demo administrator: %1, password %2</source>
        <translation>Administrador de demostración: %1, contraseña %2</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>TwoFactorKiosk starts again now.</source>
        <translation>TwoFactorKiosk se inicia de nuevo ahora.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Copia de seguridad no restaurada</translation>
    </message>
    <message>
        <source>TwoFactorKiosk starts again with the files as they were.</source>
        <translation>TwoFactorKiosk se inicia de nuevo con los archivos tal como estaban.</translation>
    </message>
    <message>
        <source>TwoFactorKiosk could not start again: start it yourself.</source>
        <translation>TwoFactorKiosk no pudo iniciarse de nuevo: inícielo usted.</translation>
    </message>
    <message>
        <source>TwoFactorKiosk</source>
        <translation>TwoFactorKiosk</translation>
    </message>
    <message>
        <source>No CA certificates</source>
        <translation>No hay certificados de CA</translation>
    </message>
</context>
<context>
    <name>tfk</name>
    <message>
        <source>
Commands (each also takes --settings FILE; all but secrets take --database FILE):
  api-key create|list|revoke ...  keys for the HTTP API
  operator add|list|disable|passwd NAME  operator accounts
  users import|export FILE        users from and to CSV or JSON lines
  backup FILE | restore FILE      encrypted archives of database and key
  data-key export|import FILE     the data key alone
  secrets set|unset NAME | where  secrets in the OS keychain or 0600 file</source>
        <translation>
Órdenes (cada una admite también --settings FILE; todas salvo secrets admiten --database FILE):
  api-key create|list|revoke ...  claves para la API HTTP
  operator add|list|disable|passwd NAME  cuentas de operador
  users import|export FILE        usuarios desde y hacia CSV o líneas JSON
  backup FILE | restore FILE      archivos cifrados de la base de datos y la clave
  data-key export|import FILE     solo la clave de datos
  secrets set|unset NAME | where  secretos en el llavero del sistema o en un archivo 0600</translation>
    </message>
</context>
<context>
    <name>tfk::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrar el registro de auditoría</translation>
    </message>
    <message>
        <source>Event, outcome, user id, IP address, last digits of a phone</source>
        <translation>Evento, resultado, ID de usuario, dirección IP, últimos dígitos de un teléfono</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>Refresh the activity</source>
        <translation>Actualizar la actividad</translation>
    </message>
    <message>
        <source>Reads both logs again (another kiosk may share the database).</source>
        <translation>Vuelve a leer ambos registros (otro quiosco puede compartir la base de datos).</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Text message log</source>
        <translation>Registro de SMS</translation>
    </message>
    <message>
        <source>Activity logs</source>
        <translation>Registros de actividad</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Text messages</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>No activity yet. Every enrollment and sign-in step appears here.</source>
        <translation>Todavía no hay actividad. Aquí aparece cada paso de registro e inicio de sesión.</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>Ninguna entrada coincide con «%1».</translation>
    </message>
    <message>
        <source>The latest %1 entries; use the filter to find older ones.</source>
        <translation>Las %1 entradas más recientes; use el filtro para encontrar las más antiguas.</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>The text message log could not be read: %1</source>
        <translation>No se pudo leer el registro de SMS: %1</translation>
    </message>
    <message>
        <source>No text messages sent yet.</source>
        <translation>Todavía no se ha enviado ningún SMS.</translation>
    </message>
    <message>
        <source>The latest %1 text messages.</source>
        <translation>Los %1 SMS más recientes.</translation>
    </message>
    <message>
        <source>Text messages: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>Show the entries of</source>
        <translation>Mostrar las entradas de</translation>
    </message>
    <message>
        <source>An operator, the walk-up side of the kiosk, or an API key</source>
        <translation>Un operador, el lado de visitantes del quiosco o una clave de API</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>tfk::ApiHost</name>
    <message>
        <source>API listening on %1</source>
        <translation>API escuchando en %1</translation>
    </message>
</context>
<context>
    <name>tfk::ApiKeyCommand</name>
    <message>
        <source>The settings file.</source>
        <translation>El archivo de configuración.</translation>
    </message>
    <message>
        <source>The new key&apos;s name.</source>
        <translation>El nombre de la nueva clave.</translation>
    </message>
    <message>
        <source>expected the command api-key.</source>
        <translation>se esperaba el comando api-key.</translation>
    </message>
    <message>
        <source>name a subcommand: create, list or revoke.</source>
        <translation>indique un subcomando: create, list o revoke.</translation>
    </message>
    <message>
        <source>Created API key %1 (&quot;%2&quot;). Store it now: only its hash is kept.</source>
        <translation>Se creó la clave de API %1 («%2»). Guárdela ahora: solo se conserva su hash.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <source>revoke takes the key&apos;s id (see api-key list).</source>
        <translation>revoke requiere el ID de la clave (véase api-key list).</translation>
    </message>
    <message>
        <source>Revoked API key %1 (&quot;%2&quot;).</source>
        <translation>Se revocó la clave de API %1 («%2»).</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation>subcomando desconocido «%1».</translation>
    </message>
    <message>
        <source>usage: twofactor-kiosk [--database FILE] [--settings FILE] api-key create [--name NAME] | list | revoke ID</source>
        <translation>uso: twofactor-kiosk [--database FILE] [--settings FILE] api-key create [--name NAME] | list | revoke ID</translation>
    </message>
    <message>
        <source>api-key create [--name NAME] | list | revoke ID</source>
        <translation>api-key create [--name NAME] | list | revoke ID</translation>
    </message>
    <message>
        <source>create takes at most --name NAME.</source>
        <translation>create admite como mucho --name NAME.</translation>
    </message>
    <message>
        <source>The SQLite database file, or a postgresql:// URL.</source>
        <translation>El archivo de base de datos SQLite, o una URL postgresql://.</translation>
    </message>
</context>
<context>
    <name>tfk::ApiKeyStore</name>
    <message>
        <source>Give the API key a name, such as the script or team that uses it.</source>
        <translation>Dé un nombre a la clave de API, como el script o el equipo que la usa.</translation>
    </message>
    <message>
        <source>The API key&apos;s name is longer than %1 characters.</source>
        <translation>El nombre de la clave de API tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>There is no API key with the id %1 (see `api-key list`).</source>
        <translation>No existe ninguna clave de API con el ID %1 (véase `api-key list`).</translation>
    </message>
</context>
<context>
    <name>tfk::ApiKeysPanel</name>
    <message>
        <source>Programs using the HTTP API (--api) send one of these keys in the Authorization header. A key is shown once, when it is created; only its hash is kept.</source>
        <translation>Los programas que usan la API HTTP (--api) envían una de estas claves en la cabecera Authorization. Una clave se muestra una sola vez, al crearla; solo se guarda su hash.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>Nombre de la nueva clave de API</translation>
    </message>
    <message>
        <source>e.g. intranet portal</source>
        <translation>p. ej. portal de la intranet</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Crear clave</translation>
    </message>
    <message>
        <source>Create an API key</source>
        <translation>Crear una clave de API</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Revocar...</translation>
    </message>
    <message>
        <source>Revoke the selected API key</source>
        <translation>Revocar la clave de API seleccionada</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocada %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>The key %1 was created.</source>
        <translation>Se creó la clave %1.</translation>
    </message>
    <message>
        <source>New API key: %1</source>
        <translation>Nueva clave de API: %1</translation>
    </message>
    <message>
        <source>Copy the key now and store it where the program that uses it can read it. It is shown only this once.</source>
        <translation>Copie la clave ahora y guárdela donde pueda leerla el programa que la usa. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>La nueva clave de API</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Copiar la clave al portapapeles</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiada al portapapeles.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <source>Revoke the key %1? Programs using it are refused from now on; this cannot be undone.</source>
        <translation>¿Revocar la clave %1? Los programas que la usan serán rechazados a partir de ahora; no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Revoke %1</source>
        <translation>&amp;Revocar %1</translation>
    </message>
    <message>
        <source>The key %1 is revoked.</source>
        <translation>La clave %1 está revocada.</translation>
    </message>
</context>
<context>
    <name>tfk::ApiServer</name>
    <message>
        <source>%1 must be a JSON string.</source>
        <translation>%1 debe ser una cadena JSON.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 debe ser true o false.</translation>
    </message>
    <message>
        <source>--api-listen takes ADDRESS:PORT, such as 127.0.0.1:9011 or [::1]:9011, not &quot;%1&quot;.</source>
        <translation>--api-listen requiere DIRECCIÓN:PUERTO, como 127.0.0.1:9011 o [::1]:9011, no «%1».</translation>
    </message>
    <message>
        <source>Refusing to serve the API on %1, which other computers can reach. Add --allow-remote-api if that is really wanted, or listen on 127.0.0.1.</source>
        <translation>No se servirá la API en %1, porque otros equipos pueden acceder a esa dirección. Añada --allow-remote-api si realmente lo desea, o escuche en 127.0.0.1.</translation>
    </message>
    <message>
        <source>The API cannot listen on %1 port %2: %3.</source>
        <translation>La API no puede escuchar en %1, puerto %2: %3.</translation>
    </message>
    <message>
        <source>The API cannot serve on %1.</source>
        <translation>La API no puede servirse en %1.</translation>
    </message>
    <message>
        <source>Warning: the API listens on %1 port %2, where other computers can reach it. Every request except a two-factor resend or completion needs an API key; use a firewall or TLS proxy.</source>
        <translation>Advertencia: la API escucha en %1, puerto %2, donde otros equipos pueden acceder a ella. Toda solicitud, salvo el reenvío o la finalización del doble factor, necesita una clave de API; use un cortafuegos o un proxy TLS.</translation>
    </message>
    <message>
        <source>%1 does not accept %2; use %3.</source>
        <translation>%1 no acepta %2; use %3.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes, the most this API accepts.</source>
        <translation>El cuerpo de la solicitud supera los %1 bytes, el máximo que acepta esta API.</translation>
    </message>
    <message>
        <source>Send the request body as JSON with the header Content-Type: application/json (not &quot;%1&quot;).</source>
        <translation>Envíe el cuerpo de la solicitud como JSON con la cabecera Content-Type: application/json (no «%1»).</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>El cuerpo de la solicitud no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>This request needs a JSON body.</source>
        <translation>Esta solicitud necesita un cuerpo JSON.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>Send a mobilePhone and a secret (enrollment) or a userId (an enrolled user).</source>
        <translation>Envíe mobilePhone y secret (registro) o un userId (un usuario registrado).</translation>
    </message>
    <message>
        <source>delivery is None or TextMessage, not &quot;%1&quot;.</source>
        <translation>delivery debe ser None o TextMessage, no «%1».</translation>
    </message>
    <message>
        <source>Name the user: /api/user/two-factor/{userId}.</source>
        <translation>Indique el usuario: /api/user/two-factor/{userId}.</translation>
    </message>
    <message>
        <source>Send the new user as {&quot;user&quot;: {&quot;email&quot;: ...}}.</source>
        <translation>Envíe el nuevo usuario como {&quot;user&quot;: {&quot;email&quot;: ...}}.</translation>
    </message>
    <message>
        <source>Name the user: /api/user?loginId=EMAIL-OR-USERNAME.</source>
        <translation>Indique el usuario: /api/user?loginId=EMAIL-OR-USERNAME.</translation>
    </message>
    <message>
        <source>Send the users to import as {&quot;users&quot;: [...]}.</source>
        <translation>Envíe los usuarios que se importarán como {&quot;users&quot;: [...]}.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The queryString is longer than %1 characters.</source>
        <translation>El queryString tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>numberOfResults is a whole number from 1 to %1.</source>
        <translation>numberOfResults es un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>startRow is a whole number from 0, and startRow + numberOfResults at most %1: narrow the queryString to reach users further down.</source>
        <translation>startRow es un número entero desde 0, y startRow + numberOfResults como máximo %1: acote el queryString para llegar a los usuarios más abajo.</translation>
    </message>
</context>
<context>
    <name>tfk::ApiTcpServer</name>
    <message>
        <source>The request body is larger than %1 bytes, the most this API accepts.</source>
        <translation>El cuerpo de la solicitud supera los %1 bytes, el máximo que acepta esta API.</translation>
    </message>
    <message>
        <source>Send the request body with a Content-Length header; chunked bodies are not accepted.</source>
        <translation>Envíe el cuerpo de la solicitud con una cabecera Content-Length; no se aceptan cuerpos fragmentados (chunked).</translation>
    </message>
</context>
<context>
    <name>tfk::ApiViewPanel</name>
    <message>
        <source>API view</source>
        <translation>Vista de la API</translation>
    </message>
    <message>
        <source>FusionAuth API: each step as its request and answer</source>
        <translation>API de FusionAuth: cada paso como su solicitud y respuesta</translation>
    </message>
    <message>
        <source>FusionAuth API requests</source>
        <translation>Solicitudes a la API de FusionAuth</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copiar como &amp;curl</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Put a curl command that sends the selected request on the clipboard.</source>
        <translation>Poner en el portapapeles un comando curl que envía la solicitud seleccionada.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Clear the API view</source>
        <translation>Limpiar la vista de la API</translation>
    </message>
    <message>
        <source>Twilio: the client&apos;s HTTP requests and delivery reports</source>
        <translation>Twilio: las solicitudes HTTP del cliente y los informes de entrega</translation>
    </message>
    <message>
        <source>Twilio requests</source>
        <translation>Solicitudes a Twilio</translation>
    </message>
    <message>
        <source>Demo mode: secrets, codes and tokens are shown as the API sends them.</source>
        <translation>Modo de demostración: los secretos, códigos y tokens se muestran tal como los envía la API.</translation>
    </message>
    <message>
        <source>Secrets, codes and tokens are masked (%1); they are shown only in demo mode (--demo or --mock-sms).</source>
        <translation>Los secretos, códigos y tokens están enmascarados (%1); solo se muestran en modo de demostración (--demo o --mock-sms).</translation>
    </message>
    <message>
        <source>The API is not on in this window (start it with --api); the curl commands assume %1. Requests that need an API key take it from $TFK_API_KEY.</source>
        <translation>La API no está activa en esta ventana (iníciela con --api); los comandos curl suponen %1. Las solicitudes que necesitan una clave de API la toman de $TFK_API_KEY.</translation>
    </message>
    <message>
        <source>The curl commands go to the API at %1. Requests that need an API key take it from $TFK_API_KEY (twofactor-kiosk api-key create --name demo).</source>
        <translation>Los comandos curl van a la API en %1. Las solicitudes que necesitan una clave de API la toman de $TFK_API_KEY (twofactor-kiosk api-key create --name demo).</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (intento %1)</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>sin respuesta: %1</translation>
    </message>
    <message>
        <source>Delivery status: %1</source>
        <translation>Estado de entrega: %1</translation>
    </message>
    <message>
        <source>The API is not on in this window: start twofactor-kiosk with --api first.</source>
        <translation>La API no está activa en esta ventana: inicie primero twofactor-kiosk con --api.</translation>
    </message>
    <message>
        <source>Secrets are masked outside demo mode: put the real values in place of %1.</source>
        <translation>Fuera del modo de demostración los secretos están enmascarados: ponga los valores reales en lugar de %1.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>tfk::AuditLogModel</name>
    <message>
        <source>Password sign-in</source>
        <translation>Inicio de sesión con contraseña</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Inicio de sesión con doble factor</translation>
    </message>
    <message>
        <source>Enrollment code sent</source>
        <translation>Código de registro enviado</translation>
    </message>
    <message>
        <source>Sign-in code sent</source>
        <translation>Código de inicio de sesión enviado</translation>
    </message>
    <message>
        <source>Code sent to user</source>
        <translation>Código enviado al usuario</translation>
    </message>
    <message>
        <source>Two-factor enabled</source>
        <translation>Doble factor activado</translation>
    </message>
    <message>
        <source>Two-factor disabled</source>
        <translation>Doble factor desactivado</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Usuario creado</translation>
    </message>
    <message>
        <source>User updated</source>
        <translation>Usuario actualizado</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Two-factor required</source>
        <translation>Doble factor necesario</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>ID de usuario: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Code sent to a new number</source>
        <translation>Código enviado a un número nuevo</translation>
    </message>
    <message>
        <source>Lost phone: two-factor reset</source>
        <translation>Teléfono perdido: dos factores restablecidos</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nuevos códigos de recuperación</translation>
    </message>
    <message>
        <source>Operator signed in</source>
        <translation>Operador conectado</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>Operador añadido</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>Operador desactivado</translation>
    </message>
    <message>
        <source>Operator password set</source>
        <translation>Contraseña de operador establecida</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>Clave de API creada</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>Clave de API revocada</translation>
    </message>
    <message>
        <source>Walk-up (kiosk)</source>
        <translation>Visitante (quiosco)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>tfk::BackupAgeLabel</name>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>Backups: the database is on a PostgreSQL server; it is backed up there with pg_dump, not by this program. Export the data key in Settings &gt; Database.</source>
        <translation>Copias de seguridad: la base de datos está en un servidor PostgreSQL; se copia allí con pg_dump, no con este programa. Exporte la clave de datos en Configuración &gt; Base de datos.</translation>
    </message>
    <message>
        <source>No backup yet. Without one, a broken disk or a deleted file loses every user and enrollment, and users with two-factor on can no longer sign in. An administrator makes one in Settings &gt; Database (or sets scheduled backups).</source>
        <translation>Todavía no hay ninguna copia de seguridad. Sin ella, un disco averiado o un archivo borrado hace perder todos los usuarios e inscripciones, y los usuarios con el segundo factor activado ya no pueden iniciar sesión. Un administrador la hace en Configuración &gt; Base de datos (o configura copias programadas).</translation>
    </message>
    <message>
        <source>Last backup: %1, %2</source>
        <translation>Última copia de seguridad: %1, %2</translation>
    </message>
    <message>
        <source>It is more than 7 days old: make one now in Settings &gt; Database, or check the scheduled backups.</source>
        <translation>Tiene más de 7 días: haga una ahora en Configuración &gt; Base de datos o revise las copias programadas.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupArchive</name>
    <message>
        <source>The backup cannot be encrypted: the cryptography libraries cannot provide Argon2id or aes256-gcm. Install the QCA OpenSSL plugin (Debian package libqca-qt6-plugins).</source>
        <translation>No se puede cifrar la copia de seguridad: las bibliotecas criptográficas no ofrecen Argon2id ni aes256-gcm. Instale el complemento OpenSSL de QCA (paquete de Debian libqca-qt6-plugins).</translation>
    </message>
    <message>
        <source>The backup archive %1 is damaged: its checksum does not match its contents (a byte was changed on the way or on the disk). Nothing was restored; use another copy.</source>
        <translation>El archivo de copia de seguridad %1 está dañado: su suma de comprobación no coincide con su contenido (un byte cambió por el camino o en el disco). No se restauró nada; use otra copia.</translation>
    </message>
    <message>
        <source>The backup passphrase must have at least %1 characters.</source>
        <translation>La frase de contraseña de la copia debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The backup key cannot be derived from the passphrase: not enough memory for Argon2id (%1 MiB).</source>
        <translation>No se puede derivar la clave de la copia a partir de la frase de contraseña: no hay memoria suficiente para Argon2id (%1 MiB).</translation>
    </message>
    <message>
        <source>%1 is not a TwoFactorKiosk backup archive.</source>
        <translation>%1 no es un archivo de copia de seguridad de TwoFactorKiosk.</translation>
    </message>
    <message>
        <source>The backup archive %1 is incomplete: it ends inside its header (%2 bytes). It was cut off while being copied or written; nothing was restored, use another copy.</source>
        <translation>El archivo de copia de seguridad %1 está incompleto: termina dentro de su cabecera (%2 bytes). Se cortó al copiarlo o escribirlo; no se restauró nada, use otra copia.</translation>
    </message>
    <message>
        <source>The backup archive %1 has format %2, which this program cannot read (it reads format %3). Restore it with the program that made it, or a newer one.</source>
        <translation>El archivo de copia de seguridad %1 tiene el formato %2, que este programa no puede leer (lee el formato %3). Restáurelo con el programa que lo creó o con uno más reciente.</translation>
    </message>
    <message>
        <source>The backup archive %1 is incomplete: it has %2 bytes of %3. It was cut off while being copied or written; nothing was restored, use another copy.</source>
        <translation>El archivo de copia de seguridad %1 está incompleto: tiene %2 de %3 bytes. Se cortó al copiarlo o escribirlo; no se restauró nada, use otra copia.</translation>
    </message>
    <message>
        <source>The backup archive %1 uses contents or a key derivation this program does not know. Restore it with the program that made it, or a newer one.</source>
        <translation>El archivo de copia de seguridad %1 usa un contenido o una derivación de clave que este programa no conoce. Restáurelo con el programa que lo creó o con uno más reciente.</translation>
    </message>
    <message>
        <source>The backup archive %1 asks for key-derivation costs outside what this program accepts (%2 passes, %3 MiB); it is damaged or was not made by TwoFactorKiosk.</source>
        <translation>El archivo de copia de seguridad %1 pide costes de derivación de clave fuera de lo que este programa acepta (%2 pasadas, %3 MiB); está dañado o no lo creó TwoFactorKiosk.</translation>
    </message>
    <message>
        <source>The key of %1 cannot be derived from the passphrase: not enough memory for Argon2id (%2 MiB).</source>
        <translation>No se puede derivar la clave de %1 a partir de la frase de contraseña: no hay memoria suficiente para Argon2id (%2 MiB).</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup archive %1. Nothing was restored; check the passphrase (it is case-sensitive) and try again.</source>
        <translation>La frase de contraseña no abre el archivo de copia de seguridad %1. No se restauró nada; compruebe la frase (distingue mayúsculas y minúsculas) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backup archive %1 cannot be authenticated: it was altered after it was written. Nothing was restored; use another copy.</source>
        <translation>No se puede autenticar el archivo de copia de seguridad %1: se modificó después de escribirlo. No se restauró nada; use otra copia.</translation>
    </message>
    <message>
        <source>The backup archive %1 cannot be authenticated: its header was altered. Nothing was restored; use another copy.</source>
        <translation>No se puede autenticar el archivo de copia de seguridad %1: su cabecera se modificó. No se restauró nada; use otra copia.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupCommand</name>
    <message>
        <source>usage: twofactor-kiosk [--database FILE] [--settings FILE] backup FILE | backup --set-passphrase | restore FILE [--yes] | data-key export FILE | data-key import FILE [--yes]</source>
        <translation>uso: twofactor-kiosk [--database ARCHIVO] [--settings ARCHIVO] backup ARCHIVO | backup --set-passphrase | restore ARCHIVO [--yes] | data-key export ARCHIVO | data-key import ARCHIVO [--yes]</translation>
    </message>
    <message>
        <source>Passphrase for the archive (at least %1 characters; keep it apart from the archive): </source>
        <translation>Frase de contraseña del archivo (al menos %1 caracteres; guárdela separada del archivo): </translation>
    </message>
    <message>
        <source>No passphrase was given: type it at the terminal, or pipe it in as one line.</source>
        <translation>No se indicó ninguna frase de contraseña: escríbala en el terminal o pásela como una línea.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases are not the same; nothing was written.</source>
        <translation>Las dos frases de contraseña no son iguales; no se escribió nada.</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>Type yes to go on: </source>
        <translation>Escriba yes para continuar: </translation>
    </message>
    <message>
        <source>backup --set-passphrase takes no file.</source>
        <translation>backup --set-passphrase no admite ningún archivo.</translation>
    </message>
    <message>
        <source>Saved the passphrase of scheduled backups in %1. Keep a copy of it away from this computer: without it the archives cannot be opened.</source>
        <translation>Se guardó la frase de contraseña de las copias programadas en %1. Guarde una copia de ella fuera de este ordenador: sin ella no se pueden abrir los archivos.</translation>
    </message>
    <message>
        <source>backup takes one archive file to write.</source>
        <translation>backup necesita un archivo de copia que escribir.</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>No hay ninguna base de datos en %1 que copiar.</translation>
    </message>
    <message>
        <source>Wrote the data key to %1 (%2 bytes) and read it back.</source>
        <translation>Se escribió la clave de datos en %1 (%2 bytes) y se volvió a leer.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the database %1 (schema %2, %n user(s)) and the data key to %3 (%4 bytes). Verified: the archive opens, the copy passes SQLite&apos;s integrity check, and the key opens it and every two-factor secret in it (%5).</source>
        <translation>
            <numerusform>Se copió la base de datos %1 (esquema %2, %n usuario) y la clave de datos en %3 (%4 bytes). Comprobado: el archivo se abre, la copia supera la comprobación de integridad de SQLite y la clave la abre a ella y a cada secreto de dos factores que contiene (%5).</numerusform>
            <numerusform>Se copió la base de datos %1 (esquema %2, %n usuarios) y la clave de datos en %3 (%4 bytes). Comprobado: el archivo se abre, la copia supera la comprobación de integridad de SQLite y la clave la abre a ella y a cada secreto de dos factores que contiene (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>data-key import takes one archive file.</source>
        <translation>data-key import necesita un archivo de copia.</translation>
    </message>
    <message>
        <source>restore takes one archive file.</source>
        <translation>restore necesita un archivo de copia.</translation>
    </message>
    <message>
        <source>without a terminal to confirm at, add --yes.</source>
        <translation>sin un terminal en el que confirmar, añada --yes.</translation>
    </message>
    <message>
        <source>The database %1 is in use by a running kiosk or API. Stop it first, then restore; nothing was changed.</source>
        <translation>La base de datos %1 la está usando un quiosco o una API en marcha. Deténgalo primero y luego restaure; no se cambió nada.</translation>
    </message>
    <message>
        <source>Import the data key from %1 (made %2)?</source>
        <translation>¿Importar la clave de datos de %1 (creada el %2)?</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup %1 (made %2, schema %3, %n user(s))?</source>
        <translation>
            <numerusform>¿Restaurar la copia %1 (creada el %2, esquema %3, %n usuario)?</numerusform>
            <numerusform>¿Restaurar la copia %1 (creada el %2, esquema %3, %n usuarios)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Imported the data key into %1.</source>
        <translation>Se importó la clave de datos en %1.</translation>
    </message>
    <message>
        <source>Restored the database %1 and the data key %2 from the backup made %3.</source>
        <translation>Se restauraron la base de datos %1 y la clave de datos %2 a partir de la copia creada el %3.</translation>
    </message>
    <message>
        <source>The replaced files are kept as %1.</source>
        <translation>Los archivos sustituidos se conservan como %1.</translation>
    </message>
    <message>
        <source>data-key export takes one archive file to write.</source>
        <translation>data-key export necesita un archivo de copia que escribir.</translation>
    </message>
    <message>
        <source>Exported the data key (from %1) to %2 and read it back. Keep it apart from the database and its backups, and the passphrase apart from both.</source>
        <translation>Se exportó la clave de datos (de %1) a %2 y se volvió a leer. Guárdela separada de la base de datos y de sus copias, y la frase de contraseña separada de ambas.</translation>
    </message>
    <message>
        <source>The SQLite database.</source>
        <translation>La base de datos SQLite.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>El archivo de configuración.</translation>
    </message>
    <message>
        <source>Restore or import without asking (scripts).</source>
        <translation>Restaurar o importar sin preguntar (scripts).</translation>
    </message>
    <message>
        <source>Store the passphrase of scheduled backups.</source>
        <translation>Guardar la frase de contraseña de las copias programadas.</translation>
    </message>
    <message>
        <source>backup FILE | restore FILE | data-key export|import FILE</source>
        <translation>backup ARCHIVO | restore ARCHIVO | data-key export|import ARCHIVO</translation>
    </message>
    <message>
        <source>expected backup, restore or data-key.</source>
        <translation>se esperaba backup, restore o data-key.</translation>
    </message>
    <message>
        <source>data-key takes export FILE or import FILE.</source>
        <translation>data-key admite export ARCHIVO o import ARCHIVO.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupRestorer</name>
    <message>
        <source>Cannot read the backup archive %1: %2.</source>
        <translation>No se puede leer el archivo de copia de seguridad %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a TwoFactorKiosk backup archive.</source>
        <translation>%1 es demasiado grande para ser un archivo de copia de seguridad de TwoFactorKiosk.</translation>
    </message>
    <message>
        <source>The backup archive %1 holds no data key. Its database alone would lock every enrolled user out (their two-factor secrets are sealed under the key), so nothing was restored.</source>
        <translation>El archivo de copia de seguridad %1 no contiene ninguna clave de datos. Su base de datos sola dejaría fuera a todos los usuarios inscritos (sus secretos de dos factores están sellados con la clave), así que no se restauró nada.</translation>
    </message>
    <message>
        <source>The backup archive %1 holds only a data key, no database. Put the key back with &quot;twofactor-kiosk data-key import %1&quot;; nothing was restored.</source>
        <translation>El archivo de copia de seguridad %1 contiene solo una clave de datos, sin base de datos. Recupere la clave con «twofactor-kiosk data-key import %1»; no se restauró nada.</translation>
    </message>
    <message>
        <source>The configured database is PostgreSQL: restore it from its pg_dump with pg_restore, and put the data key back with &quot;twofactor-kiosk data-key import FILE&quot;. Nothing was restored.</source>
        <translation>La base de datos configurada es PostgreSQL: restáurela desde su pg_dump con pg_restore y recupere la clave de datos con «twofactor-kiosk data-key import ARCHIVO». No se restauró nada.</translation>
    </message>
    <message>
        <source>The backup archive %1 holds a database with schema version %2, newer than this program&apos;s %3. Restore it with the TwoFactorKiosk version that made it (or a newer one); nothing was restored.</source>
        <translation>El archivo de copia de seguridad %1 contiene una base de datos con la versión de esquema %2, más reciente que la %3 de este programa. Restáurela con la versión de TwoFactorKiosk que la creó (o una más reciente); no se restauró nada.</translation>
    </message>
    <message>
        <source>The database in the backup archive %1 cannot be used, so nothing was restored: %2</source>
        <translation>La base de datos del archivo de copia de seguridad %1 no se puede usar, así que no se restauró nada: %2</translation>
    </message>
    <message>
        <source>%1 %2 is replaced (the current file is kept as %2%3)</source>
        <translation>%1 %2 se sustituye (el archivo actual se conserva como %2%3)</translation>
    </message>
    <message>
        <source>%1 %2 is created</source>
        <translation>%1 %2 se crea</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>the data key</source>
        <translation>la clave de datos</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 as %2: %3.</source>
        <translation>No se puede conservar una copia de %1 como %2: %3.</translation>
    </message>
    <message>
        <source>The environment variable %1 is set and wins over the key file %2, but holds another key: set it to the restored key (the file&apos;s content) or unset it, or the kiosk will not start.</source>
        <translation>La variable de entorno %1 está definida y tiene prioridad sobre el archivo de clave %2, pero contiene otra clave: asígnele la clave restaurada (el contenido del archivo) o elimínela, o el quiosco no arrancará.</translation>
    </message>
    <message>
        <source>Open the backup archive with its passphrase first.</source>
        <translation>Abra primero el archivo de copia de seguridad con su frase de contraseña.</translation>
    </message>
    <message>
        <source>The database %1 is in use by a running kiosk or API. Stop it first, then restore; nothing was changed.</source>
        <translation>La base de datos %1 la está usando un quiosco o una API en marcha. Deténgalo primero y luego restaure; no se cambió nada.</translation>
    </message>
    <message>
        <source>The data key in %1 does not open the database %2: it belongs to another database. Nothing was changed.</source>
        <translation>La clave de datos de %1 no abre la base de datos %2: pertenece a otra base de datos. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupScheduler</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No scheduled backups: set a backup folder (backup/directory) so that the database and the data key are saved every day.</source>
        <translation>No hay copias programadas: defina una carpeta de copias (backup/directory) para que la base de datos y la clave de datos se guarden cada día.</translation>
    </message>
    <message>
        <source>Scheduled backups have no passphrase: set one with &quot;twofactor-kiosk backup --set-passphrase&quot;.</source>
        <translation>Las copias programadas no tienen frase de contraseña: defina una con «twofactor-kiosk backup --set-passphrase».</translation>
    </message>
    <message>
        <source>The last scheduled backup failed: %1</source>
        <translation>La última copia programada falló: %1</translation>
    </message>
    <message>
        <source>The last backup is %1 old: check the backup folder %2.</source>
        <translation>La última copia tiene %1: revise la carpeta de copias %2.</translation>
    </message>
    <message>
        <source>There is no backup yet in %1.</source>
        <translation>Todavía no hay ninguna copia en %1.</translation>
    </message>
    <message>
        <source>Last backup %1 ago.</source>
        <translation>Última copia hace %1.</translation>
    </message>
    <message>
        <source>The data key is not available to the backup.</source>
        <translation>La clave de datos no está disponible para la copia.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias %1.</translation>
    </message>
    <message>
        <source>A backup is already being made; wait for it to finish.</source>
        <translation>Ya se está haciendo una copia; espere a que termine.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupWriter</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>The backup written to %1 does not read back as written; it was removed. Check the disk and try again.</source>
        <translation>La copia escrita en %1 no se lee tal como se escribió; se eliminó. Revise el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database is PostgreSQL: back it up with pg_dump (for example: pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=twofactor-kiosk.dump %4) and restore it with pg_restore. This archive holds only the data key, which the dump needs to be of any use.</source>
        <translation>La base de datos es PostgreSQL: cópiela con pg_dump (por ejemplo: pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=twofactor-kiosk.dump %4) y restáurela con pg_restore. Este archivo contiene solo la clave de datos, sin la cual el volcado no sirve de nada.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>No se puede escribir en la carpeta %1: %2.</translation>
    </message>
</context>
<context>
    <name>tfk::Base32</name>
    <message>
        <source>The base32 text contains &apos;%1&apos; at position %2; only the letters A-Z and the digits 2-7 are allowed.</source>
        <translation>El texto base32 contiene «%1» en la posición %2; solo se permiten las letras A-Z y los dígitos 2-7.</translation>
    </message>
    <message>
        <source>The base32 text has the wrong amount of &apos;=&apos; padding.</source>
        <translation>El texto base32 tiene una cantidad incorrecta de relleno «=».</translation>
    </message>
    <message>
        <source>The base32 text has a length of %1, which no base32 encoding can have.</source>
        <translation>El texto base32 tiene una longitud de %1, que ninguna codificación base32 puede tener.</translation>
    </message>
</context>
<context>
    <name>tfk::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Trabajando...</translation>
    </message>
</context>
<context>
    <name>tfk::ClockCheck</name>
    <message>
        <source>behind</source>
        <translation>por detrás del</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>por delante del</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s %2 the database server&apos;s. Codes texted from another desk may be refused here (a code is valid for 30 s, with one step of grace either way). Set the clock automatically (NTP) on this computer and on the server.</source>
        <translation>El reloj de este equipo va %1 s %2 reloj del servidor de base de datos. Los códigos enviados desde otro puesto pueden ser rechazados aquí (un código vale 30 s, con un paso de margen a cada lado). Ajuste el reloj automáticamente (NTP) en este equipo y en el servidor.</translation>
    </message>
</context>
<context>
    <name>tfk::CommandLine</name>
    <message>
        <source>Use the SQLite database &lt;file&gt; (or a postgresql://user@host:port/dbname URL) instead of the configured one.</source>
        <translation>Usar la base de datos SQLite &lt;file&gt; (o una URL postgresql://usuario@host:puerto/basededatos) en lugar de la configurada.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;file&gt;.</source>
        <translation>Leer y escribir la configuración en &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Send text messages to a mock SMS sink started inside the program (no Twilio account needed; nothing leaves this computer).</source>
        <translation>Enviar los SMS a un receptor de SMS simulado iniciado dentro del programa (no se necesita cuenta de Twilio; nada sale de este equipo).</translation>
    </message>
    <message>
        <source>Add a few demo users when the database is empty.</source>
        <translation>Añadir algunos usuarios de demostración si la base de datos está vacía.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Guardar un PNG de la ventana principal en &lt;file&gt; en cuanto se muestre y salir.</translation>
    </message>
    <message>
        <source>Walk through the demo (needs --mock-sms --demo), save a PNG of every screen and dialog in &lt;folder&gt;, then quit.</source>
        <translation>Recorrer la demostración (requiere --mock-sms --demo), guardar un PNG de cada pantalla y diálogo en &lt;folder&gt; y salir.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, wiped after %1 seconds without input (kiosk/idleSeconds); only the Sign in screen without an operator sign-in; Ctrl+Shift+Q and an administrator&apos;s sign-in leave it.</source>
        <translation>Modo quiosco: pantalla completa, se vacía tras %1 segundos sin actividad (kiosk/idleSeconds); sin el acceso de un operador solo la pantalla de inicio de sesión; Ctrl+Mayús+Q y el acceso de un administrador lo terminan.</translation>
    </message>
    <message>
        <source>Replaced by operators (see: twofactor-kiosk operator add).</source>
        <translation>Sustituido por los operadores (véase: twofactor-kiosk operator add).</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz: %1 (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Also serve the FusionAuth-compatible HTTP API.</source>
        <translation>Servir también la API HTTP compatible con FusionAuth.</translation>
    </message>
    <message>
        <source>With --api: serve without a window (logs to stderr, stops on SIGTERM).</source>
        <translation>Con --api: servir sin ventana (registra en stderr, se detiene con SIGTERM).</translation>
    </message>
    <message>
        <source>Where the API listens (default 127.0.0.1:9011).</source>
        <translation>Dónde escucha la API (por defecto 127.0.0.1:9011).</translation>
    </message>
    <message>
        <source>Allow --api-listen on an address other computers can reach.</source>
        <translation>Permitir --api-listen en una dirección que otros ordenadores pueden alcanzar.</translation>
    </message>
    <message>
        <source>Helpdesk kiosk for SMS two-factor enrollment and sign-in.</source>
        <translation>Quiosco de soporte para el registro y el inicio de sesión con doble factor por SMS.</translation>
    </message>
    <message>
        <source>--%1 needs the window: leave out --headless.</source>
        <translation>--%1 necesita la ventana: quite --headless.</translation>
    </message>
    <message>
        <source>The operator PIN was replaced by operator accounts: an administrator signs in to leave kiosk mode. Add one with: twofactor-kiosk operator add NAME --role admin</source>
        <translation>El PIN de operador se sustituyó por cuentas de operador: para salir del modo quiosco inicia sesión un administrador. Cree uno con: twofactor-kiosk operator add NOMBRE --role admin</translation>
    </message>
    <message>
        <source>Show the API view at start: each step as its FusionAuth request and answer, and the Twilio requests (View &gt; API view).</source>
        <translation>Mostrar la vista de la API al iniciar: cada paso como su solicitud y respuesta de FusionAuth, y las solicitudes a Twilio (Ver &gt; Vista de la API).</translation>
    </message>
</context>
<context>
    <name>tfk::CooldownButton</name>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
</context>
<context>
    <name>tfk::CryptoRuntime</name>
    <message>
        <source>The cryptography library QCA cannot provide %1. Install the QCA OpenSSL plugin (Debian package libqca-qt6-plugins) and start the program again.</source>
        <translation>La biblioteca criptográfica QCA no puede proporcionar %1. Instale el complemento OpenSSL de QCA (paquete de Debian libqca-qt6-plugins) y vuelva a iniciar el programa.</translation>
    </message>
</context>
<context>
    <name>tfk::DataKey</name>
    <message>
        <source>the file %1</source>
        <translation>el archivo %1</translation>
    </message>
    <message>
        <source>The environment variable %1 does not hold a data key: it must be the base64 text of exactly %2 bytes.</source>
        <translation>La variable de entorno %1 no contiene una clave de datos: debe ser el texto base64 de exactamente %2 bytes.</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>la variable de entorno %1</translation>
    </message>
    <message>
        <source>No data key file is configured and the environment variable %1 is not set.</source>
        <translation>No hay ningún archivo de clave de datos configurado y la variable de entorno %1 no está definida.</translation>
    </message>
    <message>
        <source>The data key file %1 does not exist. Restore it from your backup or set the environment variable %2; a new key cannot read the two-factor secrets sealed under the old one.</source>
        <translation>El archivo de clave de datos %1 no existe. Restáurelo desde su copia de seguridad o defina la variable de entorno %2; una clave nueva no puede leer los secretos de doble factor sellados con la anterior.</translation>
    </message>
    <message>
        <source>a key given in code</source>
        <translation>una clave indicada en el código</translation>
    </message>
    <message>
        <source>The data key file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de clave de datos %1: %2.</translation>
    </message>
    <message>
        <source>The data key file %1 does not hold a data key: it must contain only the base64 text of exactly %2 bytes.</source>
        <translation>El archivo de clave de datos %1 no contiene una clave de datos: debe contener únicamente el texto base64 de exactamente %2 bytes.</translation>
    </message>
    <message>
        <source>The data key file %1 can be read or changed by other users; restrict it with &quot;chmod 600 %1&quot;.</source>
        <translation>Otros usuarios pueden leer o modificar el archivo de clave de datos %1; restrínjalo con «chmod 600 %1».</translation>
    </message>
    <message>
        <source>The folder %1 for the data key cannot be created.</source>
        <translation>No se puede crear la carpeta %1 para la clave de datos.</translation>
    </message>
    <message>
        <source>The data key file %1 cannot be created: another program holds the lock %2.lock.</source>
        <translation>No se puede crear el archivo de clave de datos %1: otro programa tiene el bloqueo %2.lock.</translation>
    </message>
    <message>
        <source>The data key file %1 cannot be created: no random numbers are available.</source>
        <translation>No se puede crear el archivo de clave de datos %1: no hay números aleatorios disponibles.</translation>
    </message>
    <message>
        <source>The data key file %1 cannot be created: %2.</source>
        <translation>No se puede crear el archivo de clave de datos %1: %2.</translation>
    </message>
    <message>
        <source>A new data key was created in %1. Back it up now: without it the two-factor secrets cannot be read.</source>
        <translation>Se creó una nueva clave de datos en %1. Haga ahora una copia de seguridad: sin ella no se pueden leer los secretos de doble factor.</translation>
    </message>
</context>
<context>
    <name>tfk::DataKeyReminderDialog</name>
    <message>
        <source>Export the data key</source>
        <translation>Exportar la clave de datos</translation>
    </message>
    <message>
        <source>A new data key was made for this kiosk (%1). It seals every user&apos;s two-factor secret: if it is lost, every enrolled user is locked out, and the database and its backups cannot help.

Export it now, encrypted under a passphrase, and keep the file apart from the database (a USB stick in a safe) and the passphrase apart from both.</source>
        <translation>Se creó una clave de datos nueva para este quiosco (%1). Sella el secreto de doble factor de cada usuario: si se pierde, todos los usuarios inscritos quedan bloqueados, y ni la base de datos ni sus copias sirven de nada.

Expórtela ahora, cifrada con una frase de contraseña, y guarde el archivo separado de la base de datos (una memoria USB en una caja fuerte) y la frase de contraseña separada de ambos.</translation>
    </message>
    <message>
        <source>&amp;Export data key...</source>
        <translation>&amp;Exportar clave de datos...</translation>
    </message>
    <message>
        <source>Export the data key now</source>
        <translation>Exportar la clave de datos ahora</translation>
    </message>
    <message>
        <source>Remind me &amp;later</source>
        <translation>Recordármelo &amp;más tarde</translation>
    </message>
    <message>
        <source>Remind me the next time the program starts</source>
        <translation>Recordármelo la próxima vez que se inicie el programa</translation>
    </message>
</context>
<context>
    <name>tfk::Database</name>
    <message>
        <source>Qt&apos;s %1 database driver is not installed (Debian: libqt6sql6-%2).</source>
        <translation>El controlador de base de datos %1 de Qt no está instalado (Debian: libqt6sql6-%2).</translation>
    </message>
    <message>
        <source>No database file is configured.</source>
        <translation>No hay ningún archivo de base de datos configurado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>No se encontró %1.</translation>
    </message>
    <message>
        <source>The database is busy: another program or kiosk holds it locked. Try again in a moment; nothing was changed.</source>
        <translation>La base de datos está ocupada: otro programa u otro quiosco la tiene bloqueada. Inténtelo de nuevo en un momento; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Free some space and try again; nothing was changed.</source>
        <translation>El disco que contiene la base de datos está lleno. Libere espacio e inténtelo de nuevo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database is read-only: check the permissions of %1.</source>
        <translation>La base de datos es de solo lectura: compruebe los permisos de %1.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a TwoFactorKiosk database. Restore it from a backup.</source>
        <translation>%1 está dañada o no es una base de datos de TwoFactorKiosk. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>No se puede abrir el archivo de base de datos %1.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database (%1).</source>
        <translation>El disco informó de un error al leer o escribir la base de datos (%1).</translation>
    </message>
    <message>
        <source>The database refused the change: %1.</source>
        <translation>La base de datos rechazó el cambio: %1.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full; nothing was changed.</source>
        <translation>El disco del servidor de base de datos está lleno; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database is busy with a conflicting change. Try again; nothing was changed.</source>
        <translation>La base de datos está ocupada con un cambio en conflicto. Inténtelo de nuevo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: %2</source>
        <translation>No se puede conectar con el servidor de base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de datos informó de un error: %1</translation>
    </message>
    <message>
        <source>The database URL %1 cannot be used: %2</source>
        <translation>No se puede usar la URL de base de datos %1: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/dbname?sslmode=require (%1).</source>
        <translation>escríbala como postgresql://usuario@host:puerto/basededatos?sslmode=require (%1).</translation>
    </message>
    <message>
        <source>it names no database (postgresql://user@host:port/dbname).</source>
        <translation>no nombra ninguna base de datos (postgresql://usuario@host:puerto/basededatos).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection setting it knows (known: %2).</source>
        <translation>«%1» no es un ajuste de conexión conocido (conocidos: %2).</translation>
    </message>
    <message>
        <source>the value of %1 contains a semicolon.</source>
        <translation>el valor de %1 contiene un punto y coma.</translation>
    </message>
    <message>
        <source>connect_timeout must be whole seconds.</source>
        <translation>connect_timeout debe darse en segundos enteros.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost (%2). The step was not completed; the kiosk reconnects when you try again.</source>
        <translation>Se perdió la conexión con el servidor de base de datos %1 (%2). El paso no se completó; el quiosco vuelve a conectarse cuando lo intente de nuevo.</translation>
    </message>
    <message>
        <source>in the middle of a transaction</source>
        <translation>en medio de una transacción</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server for %1: %2 Check that the server runs and accepts connections from this computer, and the URL, user and password (PGPASSWORD or ~/.pgpass).</source>
        <translation>No se puede conectar con el servidor PostgreSQL de %1: %2 Compruebe que el servidor funciona y acepta conexiones de este equipo, y la URL, el usuario y la contraseña (PGPASSWORD o ~/.pgpass).</translation>
    </message>
    <message>
        <source>The database did not tell its time.</source>
        <translation>La base de datos no indicó su hora.</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is read-only (mounted read-only), so nothing can be saved. Make it writable again or move the database to a writable disk; nothing was changed.</source>
        <translation>El disco que contiene la base de datos %1 es de solo lectura (montado como solo lectura), así que no se puede guardar nada. Vuelva a hacerlo escribible o mueva la base de datos a un disco escribible; no se cambió nada.</translation>
    </message>
    <message>
        <source>This user may not write %1, so nothing can be saved (SQLite needs to write the database and to create files beside it in %2). Give this user write permission on both; nothing was changed.</source>
        <translation>Este usuario no puede escribir %1, así que no se puede guardar nada (SQLite necesita escribir la base de datos y crear archivos junto a ella en %2). Dé a este usuario permiso de escritura en ambos; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>tfk::DatabasePanel</name>
    <message>
        <source>Where the data is</source>
        <translation>Dónde están los datos</translation>
    </message>
    <message>
        <source>the PostgreSQL server %1:%2, database %3</source>
        <translation>el servidor PostgreSQL %1:%2, base de datos %3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Data key: %1</source>
        <translation>Clave de datos: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server: back it up there with pg_dump, for example
pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=twofactor-kiosk.dump %4
and restore it with pg_restore --clean. This program backs up only the data key, which the dump needs to be of any use: export it below and keep it apart from the dumps.</source>
        <translation>La base de datos está en un servidor PostgreSQL: cópiela allí con pg_dump, por ejemplo
pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=twofactor-kiosk.dump %4
y restáurela con pg_restore --clean. Este programa solo copia la clave de datos, sin la cual el volcado no sirve de nada: expórtela abajo y guárdela separada de los volcados.</translation>
    </message>
    <message>
        <source>A backup archive holds the database and the data key, encrypted under a passphrase you choose. It is made while the kiosk keeps working. Make one before every upgrade and keep it on another disk, and the passphrase somewhere else.</source>
        <translation>Un archivo de copia de seguridad contiene la base de datos y la clave de datos, cifradas con una frase de contraseña que usted elige. Se crea mientras el quiosco sigue funcionando. Haga una antes de cada actualización, guárdela en otro disco y la frase de contraseña en otro lugar.</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>&amp;Copiar ahora...</translation>
    </message>
    <message>
        <source>Back up the database and the data key now</source>
        <translation>Copiar ahora la base de datos y la clave de datos</translation>
    </message>
    <message>
        <source>R&amp;estore...</source>
        <translation>R&amp;estaurar...</translation>
    </message>
    <message>
        <source>Restore the database and the data key from a backup</source>
        <translation>Restaurar la base de datos y la clave de datos desde una copia de seguridad</translation>
    </message>
    <message>
        <source>A restore replaces the database and the data key with the archive&apos;s, keeps the current files beside them as .before-restore, and closes and starts the program again.</source>
        <translation>Una restauración sustituye la base de datos y la clave de datos por las del archivo, conserva los archivos actuales al lado como .before-restore, y cierra y vuelve a iniciar el programa.</translation>
    </message>
    <message>
        <source>Data key</source>
        <translation>Clave de datos</translation>
    </message>
    <message>
        <source>The data key seals every user&apos;s two-factor secret: the database and its backups are worthless without it. Keep an export of it on its own, encrypted under a passphrase, apart from the database (a USB stick in a safe).</source>
        <translation>La clave de datos sella el secreto de doble factor de cada usuario: sin ella, la base de datos y sus copias no valen nada. Guarde una exportación propia de ella, cifrada con una frase de contraseña, separada de la base de datos (una memoria USB en una caja fuerte).</translation>
    </message>
    <message>
        <source>E&amp;xport data key...</source>
        <translation>E&amp;xportar clave de datos...</translation>
    </message>
    <message>
        <source>Export the data key to a file</source>
        <translation>Exportar la clave de datos a un archivo</translation>
    </message>
    <message>
        <source>Only an administrator can back up, restore or export the data key.</source>
        <translation>Solo un administrador puede hacer copias, restaurar o exportar la clave de datos.</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Resultado de la copia de seguridad</translation>
    </message>
    <message>
        <source>Last exported %1.</source>
        <translation>Exportada por última vez: %1.</translation>
    </message>
    <message>
        <source>Not exported yet from this computer.</source>
        <translation>Todavía no se ha exportado desde este equipo.</translation>
    </message>
    <message>
        <source>Scheduled backups: %1</source>
        <translation>Copias programadas: %1</translation>
    </message>
    <message>
        <source>Backup archives (*.tfkbackup);;All files (*)</source>
        <translation>Archivos de copia de seguridad (*.tfkbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Copiar en</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>The archive %1 holds the database and the data key, encrypted under this passphrase. Keep the passphrase apart from the archive (a password manager, a sealed envelope): without it the archive cannot be opened, and nobody can recover it.</source>
        <translation>El archivo %1 contiene la base de datos y la clave de datos, cifradas con esta frase de contraseña. Guarde la frase separada del archivo (un gestor de contraseñas, un sobre cerrado): sin ella el archivo no se puede abrir, y nadie puede recuperarla.</translation>
    </message>
    <message>
        <source>Backing up to %1...</source>
        <translation>Copiando en %1...</translation>
    </message>
    <message>
        <source>Backed up the database and the data key to %1 (%2). Verified: the archive opens with the passphrase, the copy passes SQLite&apos;s integrity check, and the key opens every two-factor secret in it (schema version %3, users: %4, secrets: %5).</source>
        <translation>Se copiaron la base de datos y la clave de datos en %1 (%2). Comprobado: el archivo se abre con la frase de contraseña, la copia supera la comprobación de integridad de SQLite y la clave abre cada secreto de doble factor que contiene (versión de esquema %3, usuarios: %4, secretos: %5).</translation>
    </message>
    <message>
        <source>Export the data key to</source>
        <translation>Exportar la clave de datos a</translation>
    </message>
    <message>
        <source>Passphrase for the data key</source>
        <translation>Frase de contraseña de la clave de datos</translation>
    </message>
    <message>
        <source>The file %1 holds the data key alone, encrypted under this passphrase. Keep the file apart from the database and its backups, and the passphrase apart from both.</source>
        <translation>El archivo %1 contiene solo la clave de datos, cifrada con esta frase de contraseña. Guarde el archivo separado de la base de datos y de sus copias, y la frase de contraseña separada de ambos.</translation>
    </message>
    <message>
        <source>Exporting the data key to %1...</source>
        <translation>Exportando la clave de datos a %1...</translation>
    </message>
    <message>
        <source>Exported the data key to %1 (%2) and read it back. Keep it apart from the database and its backups, and the passphrase apart from both.</source>
        <translation>Se exportó la clave de datos a %1 (%2) y se volvió a leer. Guárdela separada de la base de datos y de sus copias, y la frase de contraseña separada de ambas.</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restaurar desde</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>La frase de contraseña de %1:</translation>
    </message>
    <message>
        <source>Opening and checking %1...</source>
        <translation>Abriendo y comprobando %1...</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the backup %1, made %2 (schema version %3, users: %4)?</source>
        <translation>¿Restaurar la copia de seguridad %1, creada el %2 (versión de esquema %3, usuarios: %4)?</translation>
    </message>
    <message>
        <source>TwoFactorKiosk then closes, puts these files in place and starts again: whoever is signed in at this desk is signed out, and everything recorded since the backup was made is replaced. Stop any other kiosk or API that uses this database first.</source>
        <translation>TwoFactorKiosk se cierra entonces, coloca estos archivos en su sitio y se inicia de nuevo: quien tenga la sesión abierta en este puesto la cierra, y todo lo registrado desde que se hizo la copia se sustituye. Detenga antes cualquier otro quiosco o API que use esta base de datos.</translation>
    </message>
    <message>
        <source>&amp;Restore and restart</source>
        <translation>&amp;Restaurar y reiniciar</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se restauró nada.</translation>
    </message>
    <message>
        <source>Restoring: TwoFactorKiosk closes, puts the files in place and starts again.</source>
        <translation>Restaurando: TwoFactorKiosk se cierra, coloca los archivos en su sitio y se inicia de nuevo.</translation>
    </message>
    <message>
        <source>Restored the database and the data key from the backup made %1.</source>
        <translation>Se restauraron la base de datos y la clave de datos a partir de la copia creada el %1.</translation>
    </message>
    <message>
        <source>The replaced files are kept as %1.</source>
        <translation>Los archivos sustituidos se conservan como %1.</translation>
    </message>
</context>
<context>
    <name>tfk::DatabaseSnapshot</name>
    <message>
        <source>Only SQLite databases can be copied by the program itself.</source>
        <translation>El programa solo puede copiar por sí mismo bases de datos SQLite.</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>No hay ninguna base de datos en %1 que copiar.</translation>
    </message>
    <message>
        <source>The copy of the database fails SQLite&apos;s integrity check: %1</source>
        <translation>La copia de la base de datos no supera la comprobación de integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>%1 is not a TwoFactorKiosk database: it has no schema.</source>
        <translation>%1 no es una base de datos de TwoFactorKiosk: no tiene esquema.</translation>
    </message>
    <message>
        <source>The database in %1 has schema version %2, newer than this program&apos;s %3: it was made by a newer TwoFactorKiosk. Use that version (or a newer one); nothing was changed.</source>
        <translation>La base de datos de %1 tiene la versión de esquema %2, más reciente que la %3 de este programa: la creó un TwoFactorKiosk más reciente. Use esa versión (o una más reciente); no se cambió nada.</translation>
    </message>
    <message>
        <source>A two-factor secret in the copy of the database does not open with the data key: %1</source>
        <translation>Un secreto de dos factores de la copia de la base de datos no se abre con la clave de datos: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>tfk::DemoScenarios</name>
    <message>
        <source>Back to normal</source>
        <translation>Volver a la normalidad</translation>
    </message>
    <message>
        <source>Slow network</source>
        <translation>Red lenta</translation>
    </message>
    <message>
        <source>Twilio rate limit</source>
        <translation>Límite de tasa de Twilio</translation>
    </message>
    <message>
        <source>Twilio outage</source>
        <translation>Caída de Twilio</translation>
    </message>
    <message>
        <source>Phone switched off</source>
        <translation>Teléfono apagado</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Teléfono fijo</translation>
    </message>
    <message>
        <source>Every answer from Twilio takes %1 seconds. Notice the busy indicator under the button while the window stays usable, and that the code still arrives.</source>
        <translation>Cada respuesta de Twilio tarda %1 segundos. Fíjese en el indicador de actividad bajo el botón mientras la ventana sigue utilizable, y en que el código llega igualmente.</translation>
    </message>
    <message>
        <source>Twilio answers 429 Too Many Requests with Retry-After: %1. Notice that the kiosk waits as Twilio asks, tries three times, then tells the operator Twilio is busy (Twilio 20429).</source>
        <translation>Twilio responde 429 Too Many Requests con Retry-After: %1. Fíjese en que el quiosco espera lo que Twilio pide, lo intenta tres veces y después le dice al operador que Twilio está saturado (Twilio 20429).</translation>
    </message>
    <message>
        <source>Twilio answers 500 Internal Server Error. Notice that the kiosk does not send again on its own and says so (Twilio 20500); nothing reaches the phone.</source>
        <translation>Twilio responde 500 Internal Server Error. Fíjese en que el quiosco no vuelve a enviar por su cuenta y lo dice (Twilio 20500); nada llega al teléfono.</translation>
    </message>
    <message>
        <source>Twilio accepts the text but the carrier cannot reach the phone. Notice the status line going from sent to not delivered (Twilio 30003), and the phone window saying Not delivered.</source>
        <translation>Twilio acepta el SMS pero el operador móvil no alcanza el teléfono. Fíjese en la línea de estado, que pasa de enviado a no entregado (Twilio 30003), y en la ventana del teléfono, que dice No entregado.</translation>
    </message>
    <message>
        <source>Twilio refuses every number as not a mobile number. Notice the operator&apos;s sentence with Twilio&apos;s code 21614, and that nothing reaches the phone.</source>
        <translation>Twilio rechaza todos los números por no ser móviles. Fíjese en la frase para el operador con el código de Twilio 21614, y en que nada llega al teléfono.</translation>
    </message>
</context>
<context>
    <name>tfk::DisableTwoFactorDialog</name>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>Desactivar el inicio de sesión con doble factor</translation>
    </message>
    <message>
        <source>Send code to mobile phone</source>
        <translation>Enviar código al teléfono móvil</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Código del SMS</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>Code sent to %1.</source>
        <translation>Código enviado a %1.</translation>
    </message>
    <message>
        <source>To turn off two-factor sign-in for %1, send a code to %2 and type it below, or type one of their recovery codes.</source>
        <translation>Para desactivar el inicio de sesión de doble factor de %1, envíe un código a %2 y escríbalo abajo, o escriba uno de sus códigos de recuperación.</translation>
    </message>
    <message>
        <source>&amp;Or a recovery code:</source>
        <translation>&amp;O un código de recuperación:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
</context>
<context>
    <name>tfk::DurableFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>no se puede crear su carpeta</translation>
    </message>
</context>
<context>
    <name>tfk::DurationSpinBox</name>
    <message>
        <source>%1 second</source>
        <translation>%1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation>%1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation>%1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
</context>
<context>
    <name>tfk::EnrollPage</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <source>User to enroll</source>
        <translation>Usuario que se va a registrar</translation>
    </message>
    <message>
        <source>Country of the mobile phone</source>
        <translation>País del teléfono móvil</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Número de teléfono móvil</translation>
    </message>
    <message>
        <source>e.g. (201) 555-0123 or +44 7400 123456</source>
        <translation>p. ej., (201) 555-0123 o +44 7400 123456</translation>
    </message>
    <message>
        <source>Send code to mobile phone</source>
        <translation>Enviar código al teléfono móvil</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Código del SMS</translation>
    </message>
    <message>
        <source>Enable two-factor</source>
        <translation>Activar doble factor</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Teléfono &amp;móvil:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Enroll a user in two-factor sign-in</source>
        <translation>Registrar a un usuario en el inicio de sesión con doble factor</translation>
    </message>
    <message>
        <source>Type the user&apos;s mobile number and send a code. The user reads the code from the text message; type it below to turn two-factor sign-in on.</source>
        <translation>Escriba el número de móvil del usuario y envíe un código. El usuario lee el código del SMS; escríbalo abajo para activar el inicio de sesión con doble factor.</translation>
    </message>
    <message>
        <source>Enroll &amp;another user</source>
        <translation>Registrar &amp;otro usuario</translation>
    </message>
    <message>
        <source>Enroll another user</source>
        <translation>Registrar otro usuario</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on</source>
        <translation>El inicio de sesión con doble factor está activado</translation>
    </message>
    <message>
        <source>Choose a user...</source>
        <translation>Elija un usuario...</translation>
    </message>
    <message>
        <source>Two-factor sign-in is already on for %1. Turn it off in Users to enroll again.</source>
        <translation>El inicio de sesión con doble factor ya está activado para %1. Desactívelo en Usuarios para volver a registrarlo.</translation>
    </message>
    <message>
        <source>Will text %1 (E.164: %2)</source>
        <translation>Se enviará un SMS a %1 (E.164: %2)</translation>
    </message>
    <message>
        <source>Code sent to %1 at %2 - %3</source>
        <translation>Código enviado a %1 a las %2 - %3</translation>
    </message>
    <message>
        <source>Sending a code to %1...</source>
        <translation>Enviando un código a %1...</translation>
    </message>
    <message>
        <source>Type the new mobile number of %1.</source>
        <translation>Escriba el nuevo número de móvil de %1.</translation>
    </message>
    <message>
        <source>%1 now signs in with a password and a code texted to %2. The recovery codes are shown once: print them or write them down for %1.</source>
        <translation>%1 inicia sesión ahora con una contraseña y un código enviado por SMS a %2. Los códigos de recuperación se muestran una sola vez: imprímalos o anótelos para %1.</translation>
    </message>
</context>
<context>
    <name>tfk::FormDecoder</name>
    <message>
        <source>The form body is malformed: %1 at byte %2.</source>
        <translation>El cuerpo del formulario está mal formado: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>a &apos;%&apos; not followed by two hex digits</source>
        <translation>un «%» no seguido de dos dígitos hexadecimales</translation>
    </message>
    <message>
        <source>the unencoded byte 0x%1</source>
        <translation>el byte sin codificar 0x%1</translation>
    </message>
    <message>
        <source>a value that is not valid UTF-8</source>
        <translation>un valor que no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a field without &apos;=&apos;</source>
        <translation>un campo sin «=»</translation>
    </message>
    <message>
        <source>a field without a name</source>
        <translation>un campo sin nombre</translation>
    </message>
</context>
<context>
    <name>tfk::HeadlessServer</name>
    <message>
        <source>cannot install the SIGINT/SIGTERM handlers.</source>
        <translation>no se pueden instalar los manejadores de SIGINT/SIGTERM.</translation>
    </message>
    <message>
        <source>mock SMS to %1: %2</source>
        <translation>SMS simulado a %1: %2</translation>
    </message>
    <message>
        <source>mock SMS sink at %1</source>
        <translation>receptor de SMS simulado en %1</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>deteniendo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>stopping without waiting longer for %1 requests still in progress</source>
        <translation>se detiene sin esperar más a %1 solicitudes aún en curso</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>copia escrita en %1</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation>copia fallida: %1</translation>
    </message>
</context>
<context>
    <name>tfk::HttpRequestParser</name>
    <message>
        <source>The request line and headers are longer than %1 bytes.</source>
        <translation>La línea de solicitud y las cabeceras superan los %1 bytes.</translation>
    </message>
    <message>
        <source>The request body of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>El cuerpo de la solicitud, de %1 bytes, supera el límite de %2 bytes.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD target HTTP/1.1&quot;.</source>
        <translation>La línea de solicitud no tiene la forma «METHOD target HTTP/1.1».</translation>
    </message>
    <message>
        <source>The request target contains a byte that must be percent-encoded.</source>
        <translation>El destino de la solicitud contiene un byte que debe codificarse con porcentaje.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &apos;/&apos;.</source>
        <translation>El destino de la solicitud debe ser una ruta que empiece por «/».</translation>
    </message>
    <message>
        <source>The request line does not end with an HTTP version.</source>
        <translation>La línea de solicitud no termina con una versión de HTTP.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Solo se admiten HTTP/1.0 y HTTP/1.1.</translation>
    </message>
    <message>
        <source>Folded header lines are not allowed.</source>
        <translation>No se permiten líneas de cabecera plegadas.</translation>
    </message>
    <message>
        <source>A header line is not &quot;Name: value&quot;.</source>
        <translation>Una línea de cabecera no tiene la forma «Name: value».</translation>
    </message>
    <message>
        <source>A header value contains a control character.</source>
        <translation>Un valor de cabecera contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The Content-Length header is not one non-negative number.</source>
        <translation>La cabecera Content-Length no es un único número no negativo.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length; Transfer-Encoding is not supported.</source>
        <translation>Envíe el cuerpo con Content-Length; no se admite Transfer-Encoding.</translation>
    </message>
</context>
<context>
    <name>tfk::JwtSigner</name>
    <message>
        <source>The environment variable %1 must hold the base64 text of at least %2 random bytes (for example the output of `openssl rand -base64 32`).</source>
        <translation>La variable de entorno %1 debe contener el texto base64 de al menos %2 bytes aleatorios (por ejemplo, la salida de `openssl rand -base64 32`).</translation>
    </message>
</context>
<context>
    <name>tfk::Keypad</name>
    <message>
        <source>On-screen keypad</source>
        <translation>Teclado en pantalla</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the code</source>
        <translation>Borrar el código</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Borrar el último carácter</translation>
    </message>
</context>
<context>
    <name>tfk::LostPhoneDialog</name>
    <message>
        <source>Lost phone: %1</source>
        <translation>Teléfono perdido: %1</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in for %1 (%2) without a code, because the phone %3 is lost. Do this only after you have checked who is asking.</source>
        <translation>Desactivar el inicio de sesión en dos pasos de %1 (%2) sin código, porque el teléfono %3 se ha perdido. Hágalo solo después de comprobar quién lo pide.</translation>
    </message>
    <message>
        <source>How the identity was checked</source>
        <translation>Cómo se comprobó la identidad</translation>
    </message>
    <message>
        <source>Choose how you checked...</source>
        <translation>Elija cómo lo comprobó...</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. phone stolen on 3 May, ticket 4711</source>
        <translation>p. ej. teléfono robado el 3 de mayo, ticket 4711</translation>
    </message>
    <message>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identidad comprobada mediante:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happens:&lt;/b&gt; two-factor sign-in for %1 is turned off at once and the recovery codes are void, so until %1 is enrolled again a password alone signs in. A notice is texted to the old number %2, and the audit log records you, the check and the reason.</source>
        <translation>&lt;b&gt;Qué ocurre:&lt;/b&gt; el inicio de sesión en dos pasos de %1 se desactiva de inmediato y los códigos de recuperación quedan anulados, así que hasta que %1 se vuelva a registrar basta la contraseña. Se envía un aviso por SMS al número anterior %2, y el registro de auditoría anota a usted, la comprobación y el motivo.</translation>
    </message>
    <message>
        <source>&amp;Turn off two-factor</source>
        <translation>&amp;Desactivar dos pasos</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>Desactivar el inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>&amp;Enroll with a new number</source>
        <translation>&amp;Registrar con un número nuevo</translation>
    </message>
    <message>
        <source>Enroll with a new number</source>
        <translation>Registrar con un número nuevo</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off</source>
        <translation>El inicio de sesión en dos pasos está desactivado</translation>
    </message>
    <message>
        <source>Two-factor sign-in for %1 is off; the recovery codes are void. Enroll %1 with the new phone number now, so the account is protected again.</source>
        <translation>El inicio de sesión en dos pasos de %1 está desactivado; los códigos de recuperación están anulados. Registre ahora a %1 con el nuevo número de teléfono para que la cuenta vuelva a estar protegida.</translation>
    </message>
    <message>
        <source>The notice could not be texted to the old number %1: %2</source>
        <translation>No se pudo enviar el aviso al número anterior %1: %2</translation>
    </message>
    <message>
        <source>A notice was texted to the old number %1.</source>
        <translation>Se envió un aviso por SMS al número anterior %1.</translation>
    </message>
</context>
<context>
    <name>tfk::MainWindow</name>
    <message>
        <source>TwoFactorKiosk</source>
        <translation>TwoFactorKiosk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>Finishing the work in progress...</source>
        <translation>Terminando el trabajo en curso...</translation>
    </message>
    <message>
        <source>&amp;Operator sign-in</source>
        <translation>Acceso de &amp;operador</translation>
    </message>
    <message>
        <source>Operator sign-in</source>
        <translation>Acceso de operador</translation>
    </message>
    <message>
        <source>For the helpdesk (%1)</source>
        <translation>Para el servicio de asistencia (%1)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>O&amp;perators</source>
        <translation>O&amp;peradores</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>&amp;Claves de API</translation>
    </message>
    <message>
        <source>Demo administrator: %1, password %2</source>
        <translation>Administrador de demostración: %1, contraseña %2</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the operator side</source>
        <translation>Bloquear el lado del operador</translation>
    </message>
    <message>
        <source>Lock the operator side (%1)</source>
        <translation>Bloquear el lado del operador (%1)</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Operador: %1 (%2)</translation>
    </message>
    <message>
        <source>No operator signed in</source>
        <translation>Ningún operador conectado</translation>
    </message>
    <message>
        <source>TwoFactorKiosk logo</source>
        <translation>Logotipo de TwoFactorKiosk</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logotipo de %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>1 warning...</source>
        <translation>1 aviso...</translation>
    </message>
    <message>
        <source>%1 warnings...</source>
        <translation>%1 avisos...</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>&amp;Dock the phone</source>
        <translation>Acoplar el &amp;teléfono</translation>
    </message>
    <message>
        <source>Show the phone beside the screens, or as its own window.</source>
        <translation>Mostrar el teléfono junto a las pantallas o en su propia ventana.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>&amp;Reset demo...</source>
        <translation>&amp;Reiniciar la demo...</translation>
    </message>
    <message>
        <source>Back to the demo users, an empty phone and empty logs.</source>
        <translation>Volver a los usuarios de demostración, un teléfono vacío y registros vacíos.</translation>
    </message>
    <message>
        <source>Demo scenario</source>
        <translation>Escenario de demostración</translation>
    </message>
    <message>
        <source>Demo scenario: %1</source>
        <translation>Escenario de demostración: %1</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Reiniciar la demo</translation>
    </message>
    <message>
        <source>Reset the demo? Every user, text and log entry goes and the demo users come back; operators, API keys and settings stay.</source>
        <translation>¿Reiniciar la demo? Se borran todos los usuarios, SMS y entradas de registro y vuelven los usuarios de demostración; los operadores, las claves de API y la configuración se mantienen.</translation>
    </message>
    <message>
        <source>&amp;Reset demo</source>
        <translation>&amp;Reiniciar la demo</translation>
    </message>
    <message>
        <source>Resetting the demo...</source>
        <translation>Reiniciando la demo...</translation>
    </message>
    <message>
        <source>The demo was reset: the demo users are back, the phone and the logs are empty.</source>
        <translation>La demo se ha reiniciado: los usuarios de demostración han vuelto y el teléfono y los registros están vacíos.</translation>
    </message>
    <message>
        <source>The demo was not reset: %1</source>
        <translation>La demo no se ha reiniciado: %1</translation>
    </message>
    <message>
        <source>API view</source>
        <translation>Vista de la API</translation>
    </message>
    <message>
        <source>A&amp;PI view</source>
        <translation>Vista de la A&amp;PI</translation>
    </message>
    <message>
        <source>Show each step as the FusionAuth request it corresponds to, and the Twilio requests below it.</source>
        <translation>Mostrar cada paso como la solicitud de FusionAuth que le corresponde, y debajo las solicitudes a Twilio.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorCommand</name>
    <message>
        <source>usage: twofactor-kiosk [--database FILE] [--settings FILE] operator add NAME --role admin|helpdesk [--display-name TEXT] | list | disable NAME | passwd NAME</source>
        <translation>uso: twofactor-kiosk [--database FILE] [--settings FILE] operator add NAME --role admin|helpdesk [--display-name TEXT] | list | disable NAME | passwd NAME</translation>
    </message>
    <message>
        <source>New password for operator %1 (at least %2 characters): </source>
        <translation>Nueva contraseña para el operador %1 (al menos %2 caracteres): </translation>
    </message>
    <message>
        <source>No password was given: type it at the terminal, or pipe it in as one line.</source>
        <translation>No se indicó ninguna contraseña: escríbala en el terminal o pásela como una línea por la entrada estándar.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>El archivo de configuración.</translation>
    </message>
    <message>
        <source>The new operator&apos;s role: admin or helpdesk.</source>
        <translation>El rol del nuevo operador: admin o helpdesk.</translation>
    </message>
    <message>
        <source>The new operator&apos;s name as people read it.</source>
        <translation>El nombre del nuevo operador tal como lo leen las personas.</translation>
    </message>
    <message>
        <source>operator add NAME | list | disable NAME | passwd NAME</source>
        <translation>operator add NAME | list | disable NAME | passwd NAME</translation>
    </message>
    <message>
        <source>expected the command operator.</source>
        <translation>se esperaba el comando operator.</translation>
    </message>
    <message>
        <source>name a subcommand: add, list, disable or passwd.</source>
        <translation>indique un subcomando: add, list, disable o passwd.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 requiere un valor.</translation>
    </message>
    <message>
        <source>add takes one login name and --role admin|helpdesk.</source>
        <translation>add requiere un nombre de inicio de sesión y --role admin|helpdesk.</translation>
    </message>
    <message>
        <source>add needs --role admin or --role helpdesk.</source>
        <translation>add requiere --role admin o --role helpdesk.</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use admin or helpdesk.</source>
        <translation>rol desconocido «%1»: use admin o helpdesk.</translation>
    </message>
    <message>
        <source>There is already an operator called %1.</source>
        <translation>Ya existe un operador llamado %1.</translation>
    </message>
    <message>
        <source>Added operator %1.</source>
        <translation>Se añadió el operador %1.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <source>disable takes the operator&apos;s login name (see operator list).</source>
        <translation>disable requiere el nombre de inicio de sesión del operador (véase operator list).</translation>
    </message>
    <message>
        <source>Operator %1 is disabled.</source>
        <translation>El operador %1 está desactivado.</translation>
    </message>
    <message>
        <source>passwd takes the operator&apos;s login name (see operator list).</source>
        <translation>passwd requiere el nombre de inicio de sesión del operador (véase operator list).</translation>
    </message>
    <message>
        <source>Changed the password of operator %1.</source>
        <translation>Se cambió la contraseña del operador %1.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation>subcomando desconocido «%1».</translation>
    </message>
    <message>
        <source>The SQLite database file, or a postgresql:// URL.</source>
        <translation>El archivo de base de datos SQLite, o una URL postgresql://.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorDesk</name>
    <message>
        <source>An operator must sign in first.</source>
        <translation>Primero debe iniciar sesión un operador.</translation>
    </message>
    <message>
        <source>The operator %1 no longer exists.</source>
        <translation>El operador %1 ya no existe.</translation>
    </message>
    <message>
        <source>The operator %1 is disabled.</source>
        <translation>El operador %1 está desactivado.</translation>
    </message>
    <message>
        <source>%1 is a %2 operator; this needs an administrator.</source>
        <translation>%1 es un operador con el rol %2; esto requiere un administrador.</translation>
    </message>
    <message>
        <source>The first operator must be an administrator.</source>
        <translation>El primer operador debe ser un administrador.</translation>
    </message>
    <message>
        <source>Operator %1 (%2) added.</source>
        <translation>Operador %1 (%2) añadido.</translation>
    </message>
    <message>
        <source>Operator %1 disabled.</source>
        <translation>Operador %1 desactivado.</translation>
    </message>
    <message>
        <source>Password of operator %1 changed.</source>
        <translation>Contraseña del operador %1 cambiada.</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot; (%2) created.</source>
        <translation>Clave de API «%1» (%2) creada.</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot; (%2) revoked.</source>
        <translation>Clave de API «%1» (%2) revocada.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorDirectory</name>
    <message>
        <source>Enter the operator&apos;s login name.</source>
        <translation>Introduzca el nombre de inicio de sesión del operador.</translation>
    </message>
    <message>
        <source>The login name is longer than %1 characters.</source>
        <translation>El nombre de inicio de sesión tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>A login name may only contain letters, digits, dots, dashes and underscores.</source>
        <translation>Un nombre de inicio de sesión solo puede contener letras, dígitos, puntos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <source>An operator&apos;s password needs at least %1 characters.</source>
        <translation>La contraseña de un operador necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation>La contraseña tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>There is no operator called %1 (see `operator list`).</source>
        <translation>No existe ningún operador llamado %1 (véase `operator list`).</translation>
    </message>
    <message>
        <source>The display name is longer than %1 characters.</source>
        <translation>El nombre visible tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>There is already an operator called %1.</source>
        <translation>Ya existe un operador llamado %1.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: add another administrator before disabling this one, or nobody could change settings or leave kiosk mode.</source>
        <translation>%1 es el último administrador: añada otro administrador antes de desactivar este; si no, nadie podría cambiar la configuración ni salir del modo quiosco.</translation>
    </message>
    <message>
        <source>Enter your operator login name.</source>
        <translation>Introduzca su nombre de inicio de sesión de operador.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>The operator name or the password is not right.</source>
        <translation>El nombre de operador o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Operator sign-in for this name is locked for %1 more seconds.</source>
        <translation>Demasiadas contraseñas erróneas. El inicio de sesión de operador con este nombre está bloqueado durante %1 segundos más.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorFormDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>Añadir un operador</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>Establecer la contraseña de %1</translation>
    </message>
    <message>
        <source>No operator exists yet. Create the first administrator: it can use every operator screen, add helpdesk operators and leave kiosk mode. The Sign in screen works meanwhile.</source>
        <translation>Todavía no existe ningún operador. Cree el primer administrador: puede usar todas las pantallas de operador, añadir operadores de asistencia y salir del modo quiosco. Mientras tanto, la pantalla de inicio de sesión funciona.</translation>
    </message>
    <message>
        <source>Helpdesk operators enroll users, manage them, reset lost phones and read the activity. Administrators can also change the settings, the operators and the API keys.</source>
        <translation>Los operadores de asistencia registran usuarios, los gestionan, restablecen teléfonos perdidos y consultan la actividad. Los administradores también pueden cambiar la configuración, los operadores y las claves de API.</translation>
    </message>
    <message>
        <source>The new password takes effect at once and lifts a sign-in lockout of %1.</source>
        <translation>La nueva contraseña surte efecto de inmediato y levanta un bloqueo de acceso de %1.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>e.g. Dana Smith (optional)</source>
        <translation>p. ej. Dana Smith (opcional)</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nueva &amp;contraseña:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epetir contraseña:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Crear administrador</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>&amp;Añadir operador</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorRoles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Soporte</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorSignInDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Operator sign-in</source>
        <translation>Acceso de operador</translation>
    </message>
    <message>
        <source>An administrator must sign in to leave kiosk mode.</source>
        <translation>Para salir del modo quiosco debe iniciar sesión un administrador.</translation>
    </message>
    <message>
        <source>Sign in as an operator to enroll users, manage them and read the activity.</source>
        <translation>Inicie sesión como operador para registrar usuarios, gestionarlos y consultar la actividad.</translation>
    </message>
    <message>
        <source>Operator login name</source>
        <translation>Nombre de usuario del operador</translation>
    </message>
    <message>
        <source>Operator password</source>
        <translation>Contraseña del operador</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in as an operator</source>
        <translation>Iniciar sesión como operador</translation>
    </message>
    <message>
        <source>%1 is a helpdesk operator: only an administrator can leave kiosk mode.</source>
        <translation>%1 es un operador de asistencia: solo un administrador puede salir del modo quiosco.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorStore</name>
    <message>
        <source>There is already an operator called %1.</source>
        <translation>Ya existe un operador llamado %1.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorsPanel</name>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>&amp;Add operator...</source>
        <translation>&amp;Añadir operador...</translation>
    </message>
    <message>
        <source>&amp;Disable...</source>
        <translation>&amp;Desactivar...</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Establecer &amp;contraseña...</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Operators: %1</source>
        <translation>Operadores: %1</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 se añadió como %2.</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>Se estableció la contraseña de %1.</translation>
    </message>
    <message>
        <source>Disable operator</source>
        <translation>Desactivar operador</translation>
    </message>
    <message>
        <source>Disable %1? %1 cannot sign in any more; the audit log keeps what %1 did.</source>
        <translation>¿Desactivar a %1? %1 ya no podrá iniciar sesión; el registro de auditoría conserva lo que hizo %1.</translation>
    </message>
    <message>
        <source>&amp;Disable %1</source>
        <translation>&amp;Desactivar a %1</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está desactivado.</translation>
    </message>
</context>
<context>
    <name>tfk::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Usar esta frase de contraseña</translation>
    </message>
    <message>
        <source>Open the archive</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>Use at least %1 characters; four or more unrelated words are easy to type and hard to guess.</source>
        <translation>Use al menos %1 caracteres; cuatro o más palabras sin relación son fáciles de escribir y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Strength: too short</source>
        <translation>Solidez: demasiado corta</translation>
    </message>
    <message>
        <source>Strength: weak. Whoever gets the archive can try guesses without limit: add words or characters.</source>
        <translation>Solidez: débil. Quien obtenga el archivo puede probar sin límite: añada palabras o caracteres.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Solidez: aceptable</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Solidez: fuerte</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
</context>
<context>
    <name>tfk::PasswordHasher</name>
    <message>
        <source>The password could not be hashed: the computer is short of memory. Try again when fewer programs are running.</source>
        <translation>No se pudo calcular el hash de la contraseña: el equipo se ha quedado sin memoria. Inténtelo de nuevo cuando haya menos programas en ejecución.</translation>
    </message>
</context>
<context>
    <name>tfk::PhoneMessageModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
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
        <source>Not delivered (%1)</source>
        <translation>No entregado (%1)</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Messaging Service %1</source>
        <translation>Messaging Service %1</translation>
    </message>
    <message>
        <source>Message from %1 to %2 at %3: %4. %5</source>
        <translation>Mensaje de %1 a %2 a las %3: %4. %5</translation>
    </message>
</context>
<context>
    <name>tfk::PhoneNumberParser</name>
    <message>
        <source>&quot;%1&quot; has no valid country code; start with + and the country code, e.g. +44.</source>
        <translation>«%1» no tiene un prefijo de país válido; empiece por + y el prefijo del país, p. ej., +44.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short: after the international prefix come the country code and the whole number.</source>
        <translation>«%1» es demasiado corto: tras el prefijo internacional van el prefijo del país y el número completo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>«%1» es demasiado corto para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>«%1» es demasiado largo para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: enter the number with its area code.</source>
        <translation>«%1» no es un número de teléfono: introduzca el número con su prefijo de zona.</translation>
    </message>
    <message>
        <source>%1 is a landline number; text messages need a mobile number.</source>
        <translation>%1 es un número fijo; los SMS requieren un número móvil.</translation>
    </message>
    <message>
        <source>%1 is a toll-free number; text messages need a mobile number.</source>
        <translation>%1 es un número gratuito; los SMS requieren un número móvil.</translation>
    </message>
    <message>
        <source>%1 is a premium-rate number; text messages need a mobile number.</source>
        <translation>%1 es un número de tarificación especial; los SMS requieren un número móvil.</translation>
    </message>
    <message>
        <source>%1 is a shared-cost number; text messages need a mobile number.</source>
        <translation>%1 es un número de coste compartido; los SMS requieren un número móvil.</translation>
    </message>
    <message>
        <source>%1 is an internet telephony (VoIP) number; text messages need a mobile number.</source>
        <translation>%1 es un número de telefonía por internet (VoIP); los SMS requieren un número móvil.</translation>
    </message>
    <message>
        <source>%1 is a personal number that forwards calls to another phone; enter that mobile number instead.</source>
        <translation>%1 es un número personal que desvía las llamadas a otro teléfono; introduzca en su lugar ese número móvil.</translation>
    </message>
    <message>
        <source>%1 is a pager number; text messages need a mobile number.</source>
        <translation>%1 es un número de buscapersonas; los SMS requieren un número móvil.</translation>
    </message>
    <message>
        <source>%1 is a company switchboard number; text messages need a mobile number.</source>
        <translation>%1 es el número de una centralita de empresa; los SMS requieren un número móvil.</translation>
    </message>
    <message>
        <source>%1 is a voicemail access number; text messages need a mobile number.</source>
        <translation>%1 es un número de acceso al buzón de voz; los SMS requieren un número móvil.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number; text messages need a mobile number.</source>
        <translation>%1 no es un número móvil; los SMS requieren un número móvil.</translation>
    </message>
    <message>
        <source>%1 is too short for a phone number in %2.</source>
        <translation>%1 es demasiado corto para un número de teléfono de %2.</translation>
    </message>
    <message>
        <source>%1 is too long for a phone number in %2.</source>
        <translation>%1 es demasiado largo para un número de teléfono de %2.</translation>
    </message>
    <message>
        <source>%1 is missing its area code: it looks like a local number in %2.</source>
        <translation>A %1 le falta el prefijo de zona: parece un número local de %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in %2: check the area code and the number of digits.</source>
        <translation>%1 no es un número de teléfono válido de %2: compruebe el prefijo de zona y el número de dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension; text messages cannot be sent to an extension: enter the mobile number alone.</source>
        <translation>«%1» tiene una extensión; no se pueden enviar SMS a una extensión: introduzca solo el número móvil.</translation>
    </message>
    <message>
        <source>No country is selected for the phone number; choose one from the list.</source>
        <translation>No hay ningún país seleccionado para el número de teléfono; elija uno de la lista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code known for phone numbers; choose a country from the list.</source>
        <translation>«%1» no es un código de país conocido para números de teléfono; elija un país de la lista.</translation>
    </message>
    <message>
        <source>Enter a mobile phone number.</source>
        <translation>Introduzca un número de teléfono móvil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it is longer than %2 characters.</source>
        <translation>«%1» no es un número de teléfono: tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces, +, -, /, ( ) and . are allowed.</source>
        <translation>«%1» no es un número de teléfono: solo se permiten dígitos, espacios, +, -, /, ( ) y .</translation>
    </message>
    <message>
        <source>%1 is a Twilio test number; it is accepted only in test mode.</source>
        <translation>%1 es un número de prueba de Twilio; solo se acepta en modo de prueba.</translation>
    </message>
</context>
<context>
    <name>tfk::PhoneWindow</name>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Phone (mock SMS)</source>
        <translation>Teléfono (SMS simulado)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Texts received by the mock SMS sink at %1</source>
        <translation>SMS recibidos por el receptor de SMS simulado en %1</translation>
    </message>
    <message>
        <source>No mock SMS sink is running.</source>
        <translation>No hay ningún receptor de SMS simulado en funcionamiento.</translation>
    </message>
    <message>
        <source>No messages yet. Codes sent in the kiosk appear here.</source>
        <translation>Todavía no hay mensajes. Aquí aparecen los códigos enviados en el quiosco.</translation>
    </message>
    <message>
        <source>Received text messages</source>
        <translation>SMS recibidos</translation>
    </message>
</context>
<context>
    <name>tfk::ProcessHardening</name>
    <message>
        <source>core dumps off (the process is not dumpable and its core size limit is 0)</source>
        <translation>volcados de memoria desactivados (el proceso no es volcable y su límite de tamaño de core es 0)</translation>
    </message>
    <message>
        <source>core dumps are not fully off (dumpable: %1, core size limit: %2 bytes): secrets in memory could reach a core file</source>
        <translation>los volcados de memoria no están del todo desactivados (volcable: %1, límite de tamaño de core: %2 bytes): los secretos en memoria podrían acabar en un archivo core</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>tfk::RecoveryCodes</name>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>No existe ningún usuario con el ID %1.</translation>
    </message>
    <message>
        <source>That recovery code is not right, or it was already used.</source>
        <translation>Ese código de recuperación no es correcto o ya se ha usado.</translation>
    </message>
</context>
<context>
    <name>tfk::RecoveryCodesDialog</name>
    <message>
        <source>Recovery codes for %1</source>
        <translation>Códigos de recuperación de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;These recovery codes are shown only now.&lt;/b&gt; Give them to %1 on paper (Print...) and ask them to keep them away from the phone. Each code signs in once in place of a texted code when the phone is lost.</source>
        <translation>&lt;b&gt;Estos códigos de recuperación solo se muestran ahora.&lt;/b&gt; Entréguelos a %1 en papel (Imprimir...) y pida que los guarde lejos del teléfono. Cada código sirve una vez, en lugar de un código enviado por SMS, cuando el teléfono se pierde.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>Recovery code %1: %2</source>
        <translation>Código de recuperación %1: %2</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Print the recovery codes or save them as a PDF</source>
        <translation>Imprimir los códigos de recuperación o guardarlos como PDF</translation>
    </message>
    <message>
        <source>I have &amp;saved these codes</source>
        <translation>He &amp;guardado estos códigos</translation>
    </message>
    <message>
        <source>I have saved these codes</source>
        <translation>He guardado estos códigos</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Creados el %1.</translation>
    </message>
    <message>
        <source>Each code works once, in place of the code texted to %1. Keep this page away from the phone; new codes make these void.</source>
        <translation>Cada código sirve una vez, en lugar del código enviado por SMS a %1. Guarde esta hoja lejos del teléfono; unos códigos nuevos anulan estos.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Enviado a la impresora %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
</context>
<context>
    <name>tfk::Runtime</name>
    <message>
        <source>The settings file %1 has a rule out of range: %2</source>
        <translation>El archivo de configuración %1 tiene una regla fuera de rango: %2</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Administrador de demostración</translation>
    </message>
    <message>
        <source>The demo operator &quot;%1&quot; exists in this database but is disabled or not an administrator; use another database for the demo.</source>
        <translation>El operador de demostración «%1» existe en esta base de datos pero está desactivado o no es administrador; use otra base de datos para la demostración.</translation>
    </message>
    <message>
        <source>The settings file %1 holds a password in database/path. Remove it from the URL and give the password in PGPASSWORD or a pgpass file (~/.pgpass, mode 0600) instead: the settings file is not a place for passwords.</source>
        <translation>El archivo de configuración %1 contiene una contraseña en database/path. Quítela de la URL e indique la contraseña en PGPASSWORD o en un archivo pgpass (~/.pgpass, modo 0600): el archivo de configuración no es lugar para contraseñas.</translation>
    </message>
    <message>
        <source>Desks that share one database server share one key: copy the data key file (or TFK_DATA_KEY) from the first desk to %1.</source>
        <translation>Los puestos que comparten un servidor de base de datos comparten una clave: copie el archivo de la clave de datos (o TFK_DATA_KEY) del primer puesto a %1.</translation>
    </message>
</context>
<context>
    <name>tfk::Schema</name>
    <message>
        <source>%1 has no valid schema version; it is damaged or not a TwoFactorKiosk database.</source>
        <translation>%1 no tiene una versión de esquema válida; está dañada o no es una base de datos de TwoFactorKiosk.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer TwoFactorKiosk (schema version %2; this program knows up to %3). Use the newer program, or a backup made with this one.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de TwoFactorKiosk (versión de esquema %2; este programa conoce hasta la %3). Use el programa más reciente o una copia de seguridad hecha con este.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>Falló la actualización de la base de datos a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL extension pg_trgm could not be created (%1). Let the database&apos;s owner or a superuser run CREATE EXTENSION pg_trgm; in the database, then start again.</source>
        <translation>No se pudo crear la extensión pg_trgm de PostgreSQL (%1). Pida al propietario de la base de datos o a un superusuario que ejecute CREATE EXTENSION pg_trgm; en la base de datos y vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>tfk::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The screenshot tour needs the mock SMS sink (--mock-sms).</source>
        <translation>El recorrido de capturas de pantalla necesita el receptor de SMS simulado (--mock-sms).</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) saved in %1.</source>
        <translation>
            <numerusform>%n captura de pantalla guardada en %1.</numerusform>
            <numerusform>%n capturas de pantalla guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The tour stopped waiting for: %1</source>
        <translation>El recorrido se detuvo esperando: %1</translation>
    </message>
    <message>
        <source>The demo user %1 is missing (start with --demo).</source>
        <translation>Falta el usuario de demostración %1 (inicie con --demo).</translation>
    </message>
    <message>
        <source>the send button</source>
        <translation>el botón de enviar</translation>
    </message>
    <message>
        <source>the delivery report</source>
        <translation>el informe de entrega</translation>
    </message>
    <message>
        <source>the verification dialog and its text</source>
        <translation>el diálogo de verificación y su texto</translation>
    </message>
    <message>
        <source>the welcome page</source>
        <translation>la página de bienvenida</translation>
    </message>
    <message>
        <source>two-factor to be enabled</source>
        <translation>la activación del doble factor</translation>
    </message>
    <message>
        <source>The screenshot tour needs the demo administrator (--demo, without --kiosk).</source>
        <translation>El recorrido de capturas necesita el administrador de demostración (--demo, sin --kiosk).</translation>
    </message>
    <message>
        <source>the operator sign-in dialog</source>
        <translation>el diálogo de acceso de operador</translation>
    </message>
    <message>
        <source>the operator sign-in answer</source>
        <translation>la respuesta al acceso de operador</translation>
    </message>
    <message>
        <source>the recovery codes</source>
        <translation>los códigos de recuperación</translation>
    </message>
    <message>
        <source>Richard in the users table</source>
        <translation>Richard en la tabla de usuarios</translation>
    </message>
    <message>
        <source>the lost-phone dialog</source>
        <translation>el diálogo de teléfono perdido</translation>
    </message>
    <message>
        <source>Phone stolen on the train; ticket 4711</source>
        <translation>Teléfono robado en el tren; ticket 4711</translation>
    </message>
    <message>
        <source>Monica on the Enroll screen</source>
        <translation>Monica en la pantalla de inscripción</translation>
    </message>
    <message>
        <source>Twilio&apos;s answer to the landline</source>
        <translation>la respuesta de Twilio al teléfono fijo</translation>
    </message>
</context>
<context>
    <name>tfk::SecretCipher</name>
    <message>
        <source>The owner of a two-factor secret is too long to be sealed with it.</source>
        <translation>El propietario de un secreto de doble factor es demasiado largo para sellarse con él.</translation>
    </message>
    <message>
        <source>The two-factor secret cannot be sealed: the cryptography library QCA cannot provide aes256-gcm. Install the QCA OpenSSL plugin (Debian package libqca-qt6-plugins).</source>
        <translation>No se puede sellar el secreto de doble factor: la biblioteca criptográfica QCA no puede proporcionar aes256-gcm. Instale el complemento OpenSSL de QCA (paquete de Debian libqca-qt6-plugins).</translation>
    </message>
    <message>
        <source>The stored two-factor secret is damaged: it is too short to be a sealed secret.</source>
        <translation>El secreto de doble factor almacenado está dañado: es demasiado corto para ser un secreto sellado.</translation>
    </message>
    <message>
        <source>The stored two-factor secret was sealed in an unknown format (version %1).</source>
        <translation>El secreto de doble factor almacenado se selló en un formato desconocido (versión %1).</translation>
    </message>
    <message>
        <source>The two-factor secret cannot be opened: the data key does not match the one it was sealed with, or the stored value was altered.</source>
        <translation>No se puede abrir el secreto de doble factor: la clave de datos no coincide con la que se usó para sellarlo, o el valor almacenado se ha alterado.</translation>
    </message>
    <message>
        <source>The stored two-factor secret is damaged: its owner cannot be read from it.</source>
        <translation>El secreto de doble factor almacenado está dañado: no se puede leer su propietario.</translation>
    </message>
    <message>
        <source>The stored two-factor secret belongs to another user and was not opened.</source>
        <translation>El secreto de doble factor almacenado pertenece a otro usuario y no se ha abierto.</translation>
    </message>
</context>
<context>
    <name>tfk::SecretStore</name>
    <message>
        <source>The secret could not be removed from the system keychain: %1</source>
        <translation>No se pudo eliminar el secreto del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain: %1</source>
        <translation>No se pudo guardar el secreto en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The auth token is kept in %1, which other users can read: restrict it with &quot;chmod 600 %1&quot;; no system keychain is available.</source>
        <translation>El token de autenticación se guarda en %1, que otros usuarios pueden leer: restrínjalo con «chmod 600 %1»; no hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>The auth token is kept in %1, readable only by you; no system keychain is available.</source>
        <translation>El token de autenticación se guarda en %1, legible solo por usted; no hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>The secret could not be removed: %1 cannot be deleted.</source>
        <translation>No se pudo eliminar el secreto: no se puede borrar %1.</translation>
    </message>
    <message>
        <source>The secret could not be saved: the folder %1 cannot be created.</source>
        <translation>No se pudo guardar el secreto: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The secret could not be saved to %1: %2.</source>
        <translation>No se pudo guardar el secreto en %1: %2.</translation>
    </message>
    <message>
        <source>The secret %1 stays in %2: the system keychain did not take it (%3).</source>
        <translation>El secreto %1 se queda en %2: el llavero del sistema no lo aceptó (%3).</translation>
    </message>
    <message>
        <source>The secret %1 was copied to %2 but could not be removed from the system keychain: %3</source>
        <translation>El secreto %1 se copió a %2 pero no se pudo quitar del llavero del sistema: %3</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>The auth token is kept in %1, readable only by you, because secrets/storage is &quot;file&quot;; the system keychain is not used.</source>
        <translation>El token de autenticación se guarda en %1, legible solo por usted, porque secrets/storage es &quot;file&quot;; no se usa el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>tfk::SecretsCommand</name>
    <message>
        <source>Usage: twofactor-kiosk secrets set NAME | unset NAME | where [--settings FILE]; NAME is one of %1.</source>
        <translation>Uso: twofactor-kiosk secrets set NAME | unset NAME | where [--settings FILE]; NAME es uno de %1.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>El archivo de configuración.</translation>
    </message>
    <message>
        <source>Secrets for %1 are kept in %2.</source>
        <translation>Los secretos de %1 se guardan en %2.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no establecido</translation>
    </message>
    <message>
        <source>set</source>
        <translation>establecido</translation>
    </message>
    <message>
        <source>expected set NAME, unset NAME or where.</source>
        <translation>se esperaba set NAME, unset NAME o where.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret this program keeps.</source>
        <translation>«%1» no es un secreto que guarde este programa.</translation>
    </message>
    <message>
        <source>New value of %1: </source>
        <translation>Nuevo valor de %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Lo mismo otra vez: </translation>
    </message>
    <message>
        <source>No value was given for %1.</source>
        <translation>No se dio ningún valor para %1.</translation>
    </message>
    <message>
        <source>The two values differ; nothing was changed.</source>
        <translation>Los dos valores difieren; no se cambió nada.</translation>
    </message>
    <message>
        <source>an empty value: use &quot;secrets unset %1&quot; to remove it.</source>
        <translation>un valor vacío: use «secrets unset %1» para quitarlo.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>Se quitó %1 de %2.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Se guardó %1 en %2.</translation>
    </message>
</context>
<context>
    <name>tfk::SenderId</name>
    <message>
        <source>The From number must be in E.164 form: + and the country code, e.g. +15005550006.</source>
        <translation>El número del remitente debe tener el formato E.164: + y el prefijo del país, p. ej., +15005550006.</translation>
    </message>
    <message>
        <source>A short code is digits only: &quot;%1&quot; holds &quot;%2&quot;.</source>
        <translation>Un código corto solo tiene dígitos: «%1» contiene «%2».</translation>
    </message>
    <message>
        <source>A short code has 5 or 6 digits; %1 has %2.</source>
        <translation>Un código corto tiene 5 o 6 dígitos; %1 tiene %2.</translation>
    </message>
    <message>
        <source>An alphanumeric sender ID may hold only the letters A to Z (upper or lower case), the digits 0 to 9 and spaces; &quot;%1&quot; holds &quot;%2&quot;.</source>
        <translation>Un identificador alfanumérico de remitente solo puede contener las letras de la A a la Z (mayúsculas o minúsculas), los dígitos del 0 al 9 y espacios; «%1» contiene «%2».</translation>
    </message>
    <message>
        <source>An alphanumeric sender ID has at most %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Un identificador alfanumérico de remitente tiene como máximo %1 caracteres; «%2» tiene %3.</translation>
    </message>
    <message>
        <source>An alphanumeric sender ID needs at least one letter; &quot;%1&quot; has none.</source>
        <translation>Un identificador alfanumérico de remitente necesita al menos una letra; «%1» no tiene ninguna.</translation>
    </message>
</context>
<context>
    <name>tfk::Settings</name>
    <message>
        <source>The settings could not be written to %1: check that the folder exists and is writable, and that the disk is not full.</source>
        <translation>No se pudo escribir la configuración en %1: compruebe que la carpeta existe y se puede escribir, y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; fix or remove it.</source>
        <translation>El archivo de configuración %1 está dañado; corríjalo o elimínelo.</translation>
    </message>
    <message>
        <source>Photo ID seen</source>
        <translation>Documento con foto visto</translation>
    </message>
    <message>
        <source>Known in person</source>
        <translation>Conocido en persona</translation>
    </message>
    <message>
        <source>Call-back to the number on file</source>
        <translation>Devolución de llamada al número registrado</translation>
    </message>
    <message>
        <source>The password was removed from the database URL before saving it; give it in PGPASSWORD or ~/.pgpass.</source>
        <translation>Se quitó la contraseña de la URL de la base de datos antes de guardarla; indíquela en PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>The password was removed from the proxy URL before saving it; store it with &quot;twofactor-kiosk secrets set twilio/proxyPassword&quot;.</source>
        <translation>Se quitó la contraseña de la URL del proxy antes de guardarla; guárdela con «twofactor-kiosk secrets set twilio/proxyPassword».</translation>
    </message>
</context>
<context>
    <name>tfk::SettingsPage</name>
    <message>
        <source>Look-be&amp;hind steps:</source>
        <translation>Pasos hacia a&amp;trás:</translation>
    </message>
    <message>
        <source>Codes from this many 30-second steps ago are still accepted; raise it for slow SMS routes.</source>
        <translation>Se siguen aceptando los códigos de este número de pasos de 30 segundos anteriores; auméntelo si los SMS tardan en llegar.</translation>
    </message>
    <message>
        <source>Look-ahead ste&amp;ps:</source>
        <translation>Pasos hacia a&amp;delante:</translation>
    </message>
    <message>
        <source>Codes from this many 30-second steps ahead are accepted (clock skew).</source>
        <translation>Se aceptan los códigos de este número de pasos de 30 segundos posteriores (desfase del reloj).</translation>
    </message>
    <message>
        <source>&amp;Challenge lifetime:</source>
        <translation>&amp;Vigencia del desafío:</translation>
    </message>
    <message>
        <source>How long a sign-in waits for its code.</source>
        <translation>Cuánto tiempo espera un inicio de sesión a su código.</translation>
    </message>
    <message>
        <source>&amp;Wrong codes per challenge:</source>
        <translation>Códigos &amp;erróneos por desafío:</translation>
    </message>
    <message>
        <source>After this many wrong codes the sign-in must start again.</source>
        <translation>Tras este número de códigos erróneos, el inicio de sesión debe empezar de nuevo.</translation>
    </message>
    <message>
        <source>Cooldown between te&amp;xts:</source>
        <translation>Es&amp;pera entre SMS:</translation>
    </message>
    <message>
        <source>The wait before another code can be texted to the same phone.</source>
        <translation>El tiempo de espera antes de poder enviar otro código por SMS al mismo teléfono.</translation>
    </message>
    <message>
        <source>Texts per pho&amp;ne:</source>
        <translation>SMS por telé&amp;fono:</translation>
    </message>
    <message>
        <source>At most this many texts to one phone within the per-phone window.</source>
        <translation>Como máximo este número de SMS a un mismo teléfono dentro de la ventana por teléfono.</translation>
    </message>
    <message>
        <source>Per-phone &amp;window:</source>
        <translation>Ve&amp;ntana por teléfono:</translation>
    </message>
    <message>
        <source>The period over which texts per phone are counted.</source>
        <translation>El periodo en el que se cuentan los SMS por teléfono.</translation>
    </message>
    <message>
        <source>Hourl&amp;y texts, all phones:</source>
        <translation>SMS por &amp;hora, todos los teléfonos:</translation>
    </message>
    <message>
        <source>A cap on all texts together, against SMS pumping fraud.</source>
        <translation>Un límite para todos los SMS en conjunto, contra el fraude de bombeo de SMS (SMS pumping).</translation>
    </message>
    <message>
        <source>Password fail&amp;ures before lockout:</source>
        <translation>Fa&amp;llos de contraseña antes del bloqueo:</translation>
    </message>
    <message>
        <source>This many wrong passwords within the failure window lock the login id.</source>
        <translation>Este número de contraseñas erróneas dentro de la ventana de fallos bloquea el identificador de inicio de sesión.</translation>
    </message>
    <message>
        <source>Password failure wi&amp;ndow:</source>
        <translation>Ventana de fallos de &amp;contraseña:</translation>
    </message>
    <message>
        <source>The period over which wrong passwords are counted.</source>
        <translation>El periodo en el que se cuentan las contraseñas erróneas.</translation>
    </message>
    <message>
        <source>Lockout du&amp;ration:</source>
        <translation>D&amp;uración del bloqueo:</translation>
    </message>
    <message>
        <source>How long a locked login id stays locked.</source>
        <translation>Cuánto tiempo permanece bloqueado un identificador de inicio de sesión bloqueado.</translation>
    </message>
    <message>
        <source>Trusted computer &amp;for:</source>
        <translation>Equipo de confian&amp;za durante:</translation>
    </message>
    <message>
        <source>How long &quot;Trust this computer&quot; skips the code.</source>
        <translation>Durante cuánto tiempo «Confiar en este equipo» omite el código.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Revert to the saved settings</source>
        <translation>Volver a la configuración guardada</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Save the settings (%1)</source>
        <translation>Guardar la configuración (%1)</translation>
    </message>
    <message>
        <source>Showing the saved settings again.</source>
        <translation>Se vuelve a mostrar la configuración guardada.</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>The mock SMS sink is in use now: codes go to the phone window. These settings are used when the program runs without --mock-sms.</source>
        <translation>Ahora se usa el receptor de SMS simulado: los códigos van a la ventana del teléfono. Esta configuración se usa cuando el programa se ejecuta sin --mock-sms.</translation>
    </message>
    <message>
        <source>Twilio API address</source>
        <translation>Dirección de la API de Twilio</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>Dirección de l&amp;a API:</translation>
    </message>
    <message>
        <source>Twilio Account SID</source>
        <translation>Account SID de Twilio</translation>
    </message>
    <message>
        <source>Acc&amp;ount SID:</source>
        <translation>Acc&amp;ount SID:</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticación de Twilio</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>To&amp;ken de autenticación:</translation>
    </message>
    <message>
        <source>Or, instead of the auth token, an API key and its secret:</source>
        <translation>O, en lugar del token de autenticación, una clave de API y su secreto:</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>SID de la cla&amp;ve de API:</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secreto de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation>&amp;Secreto de la clave de API:</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>&amp;Messaging Service SID:</source>
        <translation>Messa&amp;ging Service SID:</translation>
    </message>
    <message>
        <source>Twilio timeout in seconds</source>
        <translation>Tiempo de espera de Twilio en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;iempo de espera:</translation>
    </message>
    <message>
        <source>Set in the environment, and used instead of what is entered here: %1.</source>
        <translation>Definido en el entorno y usado en lugar de lo que se introduzca aquí: %1.</translation>
    </message>
    <message>
        <source>Phone number for a test text</source>
        <translation>Número de teléfono para un SMS de prueba</translation>
    </message>
    <message>
        <source>e.g. +1 201 555 0123</source>
        <translation>p. ej., +1 201 555 0123</translation>
    </message>
    <message>
        <source>Sen&amp;d test SMS</source>
        <translation>Envia&amp;r SMS de prueba</translation>
    </message>
    <message>
        <source>Send a test text message</source>
        <translation>Enviar un SMS de prueba</translation>
    </message>
    <message>
        <source>Texts a test message with the saved Twilio settings.</source>
        <translation>Envía un SMS de prueba con la configuración de Twilio guardada.</translation>
    </message>
    <message>
        <source>Test n&amp;umber:</source>
        <translation>Número de &amp;prueba:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Default region for phone numbers</source>
        <translation>Región predeterminada para números de teléfono</translation>
    </message>
    <message>
        <source>%1 (%2, +%3)</source>
        <translation>%1 (%2, +%3)</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Región pre&amp;determinada:</translation>
    </message>
    <message>
        <source>For numbers typed without a country code.</source>
        <translation>Para los números escritos sin prefijo de país.</translation>
    </message>
    <message>
        <source>Allow Twilio test num&amp;bers (+1 500 555 00xx)</source>
        <translation>Permitir números de prueba de T&amp;wilio (+1 500 555 00xx)</translation>
    </message>
    <message>
        <source>Allow Twilio test numbers</source>
        <translation>Permitir números de prueba de Twilio</translation>
    </message>
    <message>
        <source>Only useful with Twilio test credentials; the mock SMS sink always allows them.</source>
        <translation>Solo es útil con credenciales de prueba de Twilio; el receptor de SMS simulado siempre los permite.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Ubicación de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>U&amp;bicación:</translation>
    </message>
    <message>
        <source>Set with --database on the command line, or database/path in %1. A change takes effect when the program starts again.</source>
        <translation>Se define con --database en la línea de órdenes o con database/path en %1. Un cambio surte efecto cuando el programa se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Two-factor rules</source>
        <translation>Reglas de doble factor</translation>
    </message>
    <message>
        <source>SMS text template</source>
        <translation>Plantilla del texto del SMS</translation>
    </message>
    <message>
        <source>SMS te&amp;xt:</source>
        <translation>Te&amp;xto del SMS:</translation>
    </message>
    <message>
        <source>The rules and the phone settings take effect when the program starts again.</source>
        <translation>Las reglas y la configuración de teléfono surten efecto cuando el programa se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Applied when the program starts again; --lang overrides it.</source>
        <translation>Se aplica cuando el programa se vuelve a iniciar; --lang tiene prioridad.</translation>
    </message>
    <message>
        <source>Complete: texts go through %1.</source>
        <translation>Completo: los SMS se envían a través de %1.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>No está listo: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No se ha guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Saved. The rules, phone and language settings take effect when the program starts again.</source>
        <translation>Guardado. Las reglas y la configuración de teléfono e idioma surten efecto cuando el programa se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Sending a test text to %1…</source>
        <translation>Enviando un SMS de prueba a %1…</translation>
    </message>
    <message>
        <source>Kiosk and helpdesk</source>
        <translation>Quiosco y asistencia</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Shown large on the Sign in screen</source>
        <translation>Se muestra en grande en la pantalla de inicio de sesión</translation>
    </message>
    <message>
        <source>Organisation na&amp;me:</source>
        <translation>Nombre de la organi&amp;zación:</translation>
    </message>
    <message>
        <source>Organisation logo image file</source>
        <translation>Archivo de imagen del logotipo de la organización</translation>
    </message>
    <message>
        <source>PNG or SVG file</source>
        <translation>Archivo PNG o SVG</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>Choose the logo image file</source>
        <translation>Elegir el archivo de imagen del logotipo</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;gotipo:</translation>
    </message>
    <message>
        <source>Organisation logo</source>
        <translation>Logotipo de la organización</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Helpdesk phone number</source>
        <translation>Número de teléfono de asistencia</translation>
    </message>
    <message>
        <source>e.g. +1 201 555 0100</source>
        <translation>p. ej. +34 912 345 678</translation>
    </message>
    <message>
        <source>&amp;Helpdesk phone:</source>
        <translation>&amp;Teléfono de asistencia:</translation>
    </message>
    <message>
        <source>Named in the text sent to the old number after a lost-phone reset.</source>
        <translation>Se indica en el SMS que se envía al número anterior tras restablecer un teléfono perdido.</translation>
    </message>
    <message>
        <source>Identity checks for a lost-phone reset, one per line</source>
        <translation>Comprobaciones de identidad para restablecer un teléfono perdido, una por línea</translation>
    </message>
    <message>
        <source>Identity chec&amp;ks:</source>
        <translation>Comprobaciones de identi&amp;dad:</translation>
    </message>
    <message>
        <source>One per line: how a helpdesk may check who is asking before a lost-phone reset.</source>
        <translation>Una por línea: cómo puede comprobar la asistencia quién lo pide antes de restablecer un teléfono perdido.</translation>
    </message>
    <message>
        <source>Operator side locks after</source>
        <translation>El lado del operador se bloquea tras</translation>
    </message>
    <message>
        <source>Without input for this long, the operator side locks and shows the Sign in screen.</source>
        <translation>Tras este tiempo sin actividad, el lado del operador se bloquea y muestra la pantalla de inicio de sesión.</translation>
    </message>
    <message>
        <source>Operator side &amp;locks after:</source>
        <translation>El lado del operador se &amp;bloquea tras:</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 no es una imagen que este programa pueda leer.</translation>
    </message>
    <message>
        <source>Kind of sender</source>
        <translation>Tipo de remitente</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Código corto</translation>
    </message>
    <message>
        <source>Alphanumeric sender ID</source>
        <translation>Identificador alfanumérico</translation>
    </message>
    <message>
        <source>Messaging Service</source>
        <translation>Messaging Service</translation>
    </message>
    <message>
        <source>Sender t&amp;ype:</source>
        <translation>&amp;Tipo de remitente:</translation>
    </message>
    <message>
        <source>Sender (From)</source>
        <translation>Remitente (From)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Re&amp;mitente:</translation>
    </message>
    <message>
        <source>Fallback From number for +1 numbers</source>
        <translation>Número de remitente de reserva para números +1</translation>
    </message>
    <message>
        <source>+15005550006, for +1 numbers</source>
        <translation>+15005550006, para números +1</translation>
    </message>
    <message>
        <source>Fall&amp;back number:</source>
        <translation>Número de re&amp;serva:</translation>
    </message>
    <message>
        <source>5 or 6 digits; it reaches only numbers of its own country.</source>
        <translation>5 o 6 dígitos; solo llega a números de su propio país.</translation>
    </message>
    <message>
        <source>At most 11 letters A-Z, digits and spaces, with at least one letter. One-way: nobody can reply. Not delivered to +1 numbers (United States, Canada and the rest of North America): those get the fallback number. Some countries need the ID registered with Twilio first.</source>
        <translation>Como máximo 11 letras A-Z, dígitos y espacios, con al menos una letra. De un solo sentido: nadie puede responder. No se entrega a números +1 (Estados Unidos, Canadá y el resto de Norteamérica): estos reciben el número de reserva. Algunos países exigen registrar antes el identificador en Twilio.</translation>
    </message>
    <message>
        <source>Twilio picks a sender of the service for each number: an alphanumeric ID where it is allowed, a number elsewhere.</source>
        <translation>Twilio elige para cada número un remitente del servicio: un identificador alfanumérico donde se permite, un número en los demás casos.</translation>
    </message>
    <message>
        <source>A number of your Twilio account, in E.164 form. Reaches every country.</source>
        <translation>Un número de su cuenta de Twilio, en formato E.164. Llega a todos los países.</translation>
    </message>
    <message>
        <source>Wrong codes per user, per h&amp;our:</source>
        <translation>Códigos erróneos por usuario y h&amp;ora:</translation>
    </message>
    <message>
        <source>Across all of a user&apos;s sign-ins: after this many wrong codes within an hour, every code is refused until the oldest of them is an hour old (against guessing challenge after challenge).</source>
        <translation>En todos los inicios de sesión de un usuario: tras tantos códigos erróneos en una hora, se rechaza cualquier código hasta que el más antiguo tenga una hora (contra adivinar inicio tras inicio).</translation>
    </message>
</context>
<context>
    <name>tfk::SignInPage</name>
    <message>
        <source>Email or username</source>
        <translation>Correo electrónico o nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Email or username:</source>
        <translation>&amp;Correo electrónico o nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Welcome, %1. You are signed in.</source>
        <translation>Bienvenido/a, %1. Ha iniciado sesión.</translation>
    </message>
    <message>
        <source>You signed in with your last recovery code. Ask the helpdesk for new codes before you need one again.</source>
        <translation>Ha iniciado sesión con su último código de recuperación. Pida códigos nuevos a la asistencia antes de volver a necesitar uno.</translation>
    </message>
    <message>
        <source>You signed in with a recovery code; it cannot be used again. Recovery codes left: %1.</source>
        <translation>Ha iniciado sesión con un código de recuperación; no puede volver a usarse. Códigos de recuperación restantes: %1.</translation>
    </message>
</context>
<context>
    <name>tfk::SmsLogModel</name>
    <message>
        <source>Enrollment code</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>Code to user</source>
        <translation>Código al usuario</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
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
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation>ID del mensaje: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Code to a new number</source>
        <translation>Código a un número nuevo</translation>
    </message>
    <message>
        <source>Lost-phone notice</source>
        <translation>Aviso de teléfono perdido</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 segmento</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 segmentos</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Billed as %1 texts.</source>
        <translation>Se factura como %1 SMS.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
</context>
<context>
    <name>tfk::SmsTemplatePreview</name>
    <message>
        <source>Cost of one text</source>
        <translation>Coste de un SMS</translation>
    </message>
    <message>
        <source>GSM-7: 160 characters in one segment, 153 a segment when split; the characters € [ ] { } ^ ~ \ | count twice. Any other character (such as ó, ç or an emoji) makes the whole text UCS-2: 70 characters in one segment, 67 when split, an emoji counting two. Each segment is billed.</source>
        <translation>GSM-7: 160 caracteres en un segmento, 153 por segmento al dividirse; los caracteres € [ ] { } ^ ~ \ | cuentan doble. Cualquier otro carácter (como ó, ç o un emoji) convierte todo el SMS en UCS-2: 70 caracteres en un segmento, 67 al dividirse, y un emoji cuenta doble. Cada segmento se factura.</translation>
    </message>
    <message>
        <source>Warning about the cost of one text</source>
        <translation>Aviso sobre el coste de un SMS</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 segmento</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 segmentos</translation>
    </message>
    <message>
        <source>%1, GSM-7</source>
        <translation>%1, GSM-7</translation>
    </message>
    <message>
        <source>%1, UCS-2: the character U+%2 forces it</source>
        <translation>%1, UCS-2: lo impone el carácter U+%2</translation>
    </message>
    <message>
        <source>%1, UCS-2: the &apos;%2&apos; forces it</source>
        <translation>%1, UCS-2: lo impone «%2»</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>Cost of one text, counted with the longest code (%1 digits):</source>
        <translation>Coste de un SMS, contado con el código más largo (%1 dígitos):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cost of one text in every language, counted with the longest code (%1 digits): %2</source>
        <translation>Coste de un SMS en todos los idiomas, contado con el código más largo (%1 dígitos): %2</translation>
    </message>
    <message>
        <source>More than one segment: each segment is billed as a text of its own. Shorten the text, or leave out characters such as &apos;%1&apos; that force UCS-2 (70 characters a segment instead of 160).</source>
        <translation>Más de un segmento: cada segmento se factura como un SMS propio. Acorte el texto o quite caracteres como «%1», que imponen UCS-2 (70 caracteres por segmento en lugar de 160).</translation>
    </message>
    <message>
        <source>More than one segment: each segment is billed as a text of its own. Shorten the text to 160 characters or fewer, the code included (€ [ ] { } ^ ~ \ | count twice).</source>
        <translation>Más de un segmento: cada segmento se factura como un SMS propio. Acorte el texto a 160 caracteres o menos, código incluido (€ [ ] { } ^ ~ \ | cuentan doble).</translation>
    </message>
</context>
<context>
    <name>tfk::TotpGenerator</name>
    <message>
        <source>A code must have between %1 and %2 digits, not %3.</source>
        <translation>Un código debe tener entre %1 y %2 dígitos, no %3.</translation>
    </message>
    <message>
        <source>The time step must be at least one second, not %1.</source>
        <translation>El intervalo de tiempo debe ser de al menos un segundo, no %1.</translation>
    </message>
    <message>
        <source>The two-factor secret is empty.</source>
        <translation>El secreto de doble factor está vacío.</translation>
    </message>
    <message>
        <source>The cryptography library QCA could not create %1.</source>
        <translation>La biblioteca criptográfica QCA no pudo crear %1.</translation>
    </message>
</context>
<context>
    <name>tfk::TotpSecret</name>
    <message>
        <source>The two-factor secret is empty.</source>
        <translation>El secreto de doble factor está vacío.</translation>
    </message>
    <message>
        <source>The two-factor secret is %1 characters long; at most %2 are allowed.</source>
        <translation>El secreto de doble factor tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The two-factor secret may contain only printable ASCII characters, without spaces.</source>
        <translation>El secreto de doble factor solo puede contener caracteres ASCII imprimibles, sin espacios.</translation>
    </message>
</context>
<context>
    <name>tfk::Transaction</name>
    <message>
        <source>The transaction had already ended.</source>
        <translation>La transacción ya había terminado.</translation>
    </message>
    <message>
        <source>A transaction is already open on this thread.</source>
        <translation>Ya hay una transacción abierta en este hilo.</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioConfig</name>
    <message>
        <source>The Twilio API address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>La dirección de la API de Twilio «%1» no es una URL http(s).</translation>
    </message>
    <message>
        <source>No Twilio Account SID is set: enter it in Settings or set TWILIO_ACCOUNT_SID.</source>
        <translation>No hay ningún Account SID de Twilio definido: introdúzcalo en Configuración o defina TWILIO_ACCOUNT_SID.</translation>
    </message>
    <message>
        <source>The Twilio Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>El Account SID de Twilio debe ser AC seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The Twilio API key must be SK followed by 32 hexadecimal digits.</source>
        <translation>La clave de API de Twilio debe ser SK seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The Twilio API key has no secret: set it in Settings or TWILIO_API_SECRET.</source>
        <translation>La clave de API de Twilio no tiene secreto: defínalo en Configuración o en TWILIO_API_SECRET.</translation>
    </message>
    <message>
        <source>No Twilio auth token or API key is set: enter one in Settings, or set TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).</source>
        <translation>No hay ningún token de autenticación ni clave de API de Twilio definidos: introduzca uno en Configuración o defina TWILIO_AUTH_TOKEN (o TWILIO_API_KEY y TWILIO_API_SECRET).</translation>
    </message>
    <message>
        <source>The Messaging Service SID must be MG followed by 32 hexadecimal digits.</source>
        <translation>El Messaging Service SID debe ser MG seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The Twilio timeout must be at least one second.</source>
        <translation>El tiempo de espera de Twilio debe ser de al menos un segundo.</translation>
    </message>
    <message>
        <source>Twilio (%1)</source>
        <translation>Twilio (%1)</translation>
    </message>
    <message>
        <source>No sender is set: enter a From (a number in E.164 form such as +15005550006, a short code, or an alphanumeric sender ID such as ACME IT) or a Messaging Service SID in Settings.</source>
        <translation>No hay remitente: indique en la configuración un remitente (un número en formato E.164 como +15005550006, un código corto o un identificador alfanumérico como ACME IT) o un SID de Messaging Service.</translation>
    </message>
    <message>
        <source>The fallback From number must be in E.164 form: + and the country code, e.g. +15005550006.</source>
        <translation>El número de remitente de reserva debe tener el formato E.164: + y el prefijo del país, p. ej., +15005550006.</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioErrors</name>
    <message>
        <source>Twilio refused the credentials: check the Account SID and the auth token or API key in Settings.</source>
        <translation>Twilio rechazó las credenciales: compruebe en Configuración el Account SID y el token de autenticación o la clave de API.</translation>
    </message>
    <message>
        <source>Twilio does not know this account or message: check the Account SID in Settings.</source>
        <translation>Twilio no reconoce esta cuenta o este mensaje: compruebe el Account SID en Configuración.</translation>
    </message>
    <message>
        <source>Twilio is busy with too many requests at once. Try again in a moment.</source>
        <translation>Twilio está ocupado con demasiadas solicitudes a la vez. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Twilio says the number is not a valid phone number.</source>
        <translation>Según Twilio, el número no es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>The sender (From) number in Settings is not a valid phone number.</source>
        <translation>El número del remitente (From) en Configuración no es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>This Twilio account may not send text messages to that country; allow it in Twilio&apos;s Geo Permissions.</source>
        <translation>Esta cuenta de Twilio no puede enviar SMS a ese país; permítalo en los Geo Permissions de Twilio.</translation>
    </message>
    <message>
        <source>The text message was empty.</source>
        <translation>El SMS estaba vacío.</translation>
    </message>
    <message>
        <source>The sender (From) number in Settings cannot send text messages from this Twilio account.</source>
        <translation>El número del remitente (From) de Configuración no puede enviar SMS desde esta cuenta de Twilio.</translation>
    </message>
    <message>
        <source>The recipient has unsubscribed by replying STOP; they must text START to the sender to receive codes again.</source>
        <translation>El destinatario se dio de baja respondiendo STOP; debe enviar START al remitente para volver a recibir códigos.</translation>
    </message>
    <message>
        <source>The sender number&apos;s message queue is full. Try again later.</source>
        <translation>La cola de mensajes del número del remitente está llena. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Twilio cannot send text messages from the configured sender to this number.</source>
        <translation>Twilio no puede enviar SMS desde el remitente configurado a este número.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages: it is not a mobile number.</source>
        <translation>Este número no puede recibir SMS: no es un número móvil.</translation>
    </message>
    <message>
        <source>The text message is longer than 1,600 characters.</source>
        <translation>El SMS tiene más de 1600 caracteres.</translation>
    </message>
    <message>
        <source>The phone is switched off or out of coverage; the text was not delivered.</source>
        <translation>El teléfono está apagado o fuera de cobertura; el SMS no se entregó.</translation>
    </message>
    <message>
        <source>The text was blocked by the recipient or their carrier.</source>
        <translation>El SMS fue bloqueado por el destinatario o por su operador.</translation>
    </message>
    <message>
        <source>The carrier does not know this phone number; the text was not delivered.</source>
        <translation>El operador no reconoce este número de teléfono; el SMS no se entregó.</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot take text messages.</source>
        <translation>El número es fijo o su operador no admite SMS.</translation>
    </message>
    <message>
        <source>The carrier filtered the text as unwanted.</source>
        <translation>El operador filtró el SMS como no deseado.</translation>
    </message>
    <message>
        <source>The text was not delivered for an unknown reason.</source>
        <translation>El SMS no se entregó por un motivo desconocido.</translation>
    </message>
    <message>
        <source>Twilio refused the text message.</source>
        <translation>Twilio rechazó el SMS.</translation>
    </message>
    <message>
        <source>Twilio refused the text message: %1</source>
        <translation>Twilio rechazó el SMS: %1</translation>
    </message>
    <message>
        <source>%1 (Twilio %2)</source>
        <translation>%1 (Twilio %2)</translation>
    </message>
    <message>
        <source>Twilio answered with HTTP status %1 and no error code.</source>
        <translation>Twilio respondió con el estado HTTP %1 y sin código de error.</translation>
    </message>
    <message>
        <source>Twilio had an internal error and did not send the text. Try again in a few minutes; status.twilio.com says whether Twilio has an outage.</source>
        <translation>Twilio tuvo un error interno y no envió el SMS. Vuelva a intentarlo en unos minutos; status.twilio.com indica si Twilio tiene una caída.</translation>
    </message>
    <message>
        <source>Twilio does not accept the sender (From) in Settings: it is neither a valid phone number nor a valid alphanumeric sender ID.</source>
        <translation>Twilio no acepta el remitente (From) de la configuración: no es ni un número de teléfono válido ni un identificador alfanumérico válido.</translation>
    </message>
    <message>
        <source>The sender (From) in Settings is not a number or short code of this Twilio account, or it is a short code of another country than the recipient&apos;s.</source>
        <translation>El remitente (From) de la configuración no es un número ni un código corto de esta cuenta de Twilio, o es un código corto de otro país que el del destinatario.</translation>
    </message>
    <message>
        <source>Alphanumeric sender IDs such as &quot;%1&quot; are not delivered to +1 numbers (the United States, Canada and the rest of North America): set a fallback From number in Settings.</source>
        <translation>Los identificadores alfanuméricos como «%1» no se entregan a números +1 (Estados Unidos, Canadá y el resto de Norteamérica): indique un número de remitente de reserva en la configuración.</translation>
    </message>
    <message>
        <source>Twilio does not deliver texts from the alphanumeric sender ID &quot;%1&quot; to this number&apos;s country: use a From number there, or a Messaging Service that holds a number as well.</source>
        <translation>Twilio no entrega SMS del identificador alfanumérico «%1» al país de este número: use allí un número de remitente o un Messaging Service que también tenga un número.</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioMessageJob</name>
    <message>
        <source>Sending the text message was canceled.</source>
        <translation>Se canceló el envío del SMS.</translation>
    </message>
    <message>
        <source>Cannot reach Twilio at %1 (%2), after %3 attempts. Check the network connection.</source>
        <translation>No se puede conectar con Twilio en %1 (%2) tras %3 intentos. Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>Twilio did not answer within %1 seconds. The text may or may not have been sent; it was not sent again, to avoid a second text. Check the phone before asking for another code.</source>
        <translation>Twilio no respondió en %1 segundos. Puede que el SMS se haya enviado o no; no se ha vuelto a enviar para evitar un segundo SMS. Compruebe el teléfono antes de pedir otro código.</translation>
    </message>
    <message>
        <source>The connection to Twilio dropped before it answered. The text may or may not have been sent; it was not sent again, to avoid a second text.</source>
        <translation>La conexión con Twilio se cortó antes de que respondiera. Puede que el SMS se haya enviado o no; no se ha vuelto a enviar para evitar un segundo SMS.</translation>
    </message>
    <message>
        <source>The request to Twilio at %1 failed: %2.</source>
        <translation>Falló la solicitud a Twilio en %1: %2.</translation>
    </message>
    <message>
        <source>Twilio accepted the text but its answer could not be read (no message id). The text was not sent again.</source>
        <translation>Twilio aceptó el SMS, pero no se pudo leer su respuesta (sin ID de mensaje). El SMS no se ha vuelto a enviar.</translation>
    </message>
    <message>
        <source>Twilio answered with HTTP status %1 and a body that is not JSON; is the Twilio API address (%2) right?</source>
        <translation>Twilio respondió con el estado HTTP %1 y un cuerpo que no es JSON; ¿es correcta la dirección de la API de Twilio (%2)?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. %3</source>
        <translation>La conexión segura con %1 falló: %2. %3</translation>
    </message>
    <message>
        <source>Cannot reach Twilio at %1: the proxy %2 does not answer (%3). Check that the proxy runs and that twilio/proxy (or https_proxy) names it right.</source>
        <translation>No se puede llegar a Twilio en %1: el proxy %2 no responde (%3). Compruebe que el proxy funciona y que twilio/proxy (o https_proxy) lo indica bien.</translation>
    </message>
    <message>
        <source>The proxy %1 refused to carry the request to Twilio at %2 (%3). Check its user name and password (the user in twilio/proxy, the password in the secret twilio/proxyPassword) and that it lets this computer reach %2.</source>
        <translation>El proxy %1 se negó a llevar la solicitud a Twilio en %2 (%3). Compruebe su usuario y contraseña (el usuario en twilio/proxy, la contraseña en el secreto twilio/proxyPassword) y que permita a este equipo llegar a %2.</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioSink</name>
    <message>
        <source>twilio-sink: cannot open the message log %1: %2</source>
        <translation>twilio-sink: no se puede abrir el registro de mensajes %1: %2</translation>
    </message>
    <message>
        <source>the port is already in use by another program</source>
        <translation>el puerto ya lo está usando otro programa</translation>
    </message>
    <message>
        <source>this computer has no such address</source>
        <translation>este equipo no tiene esa dirección</translation>
    </message>
    <message>
        <source>permission denied (ports below 1024 need privileges)</source>
        <translation>permiso denegado (los puertos inferiores a 1024 requieren privilegios)</translation>
    </message>
    <message>
        <source>The mock SMS sink cannot listen on %1 port %2: %3.</source>
        <translation>El receptor de SMS simulado no puede escuchar en %1, puerto %2: %3.</translation>
    </message>
    <message>
        <source>twilio-sink: cannot write to the message log %1: %2</source>
        <translation>twilio-sink: no se puede escribir en el registro de mensajes %1: %2</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioTransport</name>
    <message>
        <source>The CA certificates file %1 (twilio/caCertificates) cannot be read: it is missing or not readable by this program.</source>
        <translation>El archivo de certificados de CA %1 (twilio/caCertificates) no se puede leer: falta o este programa no puede leerlo.</translation>
    </message>
    <message>
        <source>The CA certificates file %1 (twilio/caCertificates) holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>El archivo de certificados de CA %1 (twilio/caCertificates) no contiene ningún certificado PEM (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
    <message>
        <source>The proxy setting twilio/proxy (%1) is not a proxy address: write it as http://host:port or http://user@host:port (socks5:// works too), &quot;none&quot; for no proxy, or leave it empty for the system&apos;s proxy configuration.</source>
        <translation>La configuración de proxy twilio/proxy (%1) no es una dirección de proxy: escríbala como http://host:puerto o http://usuario@host:puerto (también sirve socks5://), &quot;none&quot; para ningún proxy, o déjela vacía para la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>Its certificate must lead to a CA this computer trusts or to one in %1 (twilio/caCertificates); check that file and the system clock.</source>
        <translation>Su certificado debe llevar a una CA en la que confíe este equipo o a una de %1 (twilio/caCertificates); revise ese archivo y el reloj del sistema.</translation>
    </message>
    <message>
        <source>This computer has no CA certificates to check it with: install the ca-certificates package.</source>
        <translation>Este equipo no tiene certificados de CA para comprobarlo: instale el paquete ca-certificates.</translation>
    </message>
    <message>
        <source>Check the system clock and that nothing intercepts the connection; a proxy that inspects TLS needs its CA certificate in twilio/caCertificates.</source>
        <translation>Revise el reloj del sistema y que nada intercepte la conexión; un proxy que inspecciona TLS necesita su certificado de CA en twilio/caCertificates.</translation>
    </message>
    <message>
        <source>Twilio is reached over HTTPS (%1), but this computer has no CA certificates to check its certificate with, so every text message would fail: install the ca-certificates package (Debian and Ubuntu: sudo apt install ca-certificates), or name a PEM file of CA certificates in twilio/caCertificates.</source>
        <translation>Se llega a Twilio por HTTPS (%1), pero este equipo no tiene certificados de CA para comprobar su certificado, así que todos los SMS fallarían: instale el paquete ca-certificates (Debian y Ubuntu: sudo apt install ca-certificates) o indique un archivo PEM de certificados de CA en twilio/caCertificates.</translation>
    </message>
</context>
<context>
    <name>tfk::TwoFactorRules</name>
    <message>
        <source>The setting %1 is %2; it must be between %3 and %4.</source>
        <translation>El ajuste %1 vale %2; debe estar entre %3 y %4.</translation>
    </message>
    <message>
        <source>The SMS template must contain {code} where the code goes.</source>
        <translation>La plantilla del SMS debe contener {code} donde va el código.</translation>
    </message>
    <message>
        <source>The SMS template may be at most 1000 characters long.</source>
        <translation>La plantilla del SMS puede tener como máximo 1000 caracteres.</translation>
    </message>
    <message>
        <source>Two Factor Code: {code}</source>
        <translation>Código de doble factor: {code}</translation>
    </message>
</context>
<context>
    <name>tfk::TwoFactorService</name>
    <message>
        <source>This sign-in has expired or does not exist. Sign in again with your password.</source>
        <translation>Este inicio de sesión ha caducado o no existe. Vuelva a iniciar sesión con su contraseña.</translation>
    </message>
    <message>
        <source>Too many wrong codes for this sign-in. Sign in again with your password.</source>
        <translation>Demasiados códigos erróneos en este inicio de sesión. Vuelva a iniciar sesión con su contraseña.</translation>
    </message>
    <message>
        <source>This user has no two-factor secret.</source>
        <translation>Este usuario no tiene secreto de doble factor.</translation>
    </message>
    <message>
        <source>Every code valid right now has already been used. A new code can be sent in %1 seconds.</source>
        <translation>Todos los códigos válidos en este momento ya se han usado. Se podrá enviar un código nuevo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>A code was just sent to %1. Wait %2 seconds before asking for another.</source>
        <translation>Se acaba de enviar un código a %1. Espere %2 segundos antes de pedir otro.</translation>
    </message>
    <message>
        <source>%1 has received %2 codes in the last %3 minutes, the limit. Try again in %4 seconds.</source>
        <translation>%1 ha recibido %2 códigos en los últimos %3 minutos, el límite. Inténtelo de nuevo dentro de %4 segundos.</translation>
    </message>
    <message>
        <source>This kiosk has sent %1 text messages in the last hour, its limit (a guard against SMS fraud). Try again in %2 seconds, or raise the limit in Settings.</source>
        <translation>Este quiosco ha enviado %1 SMS en la última hora, su límite (una protección contra el fraude por SMS). Inténtelo de nuevo dentro de %2 segundos o aumente el límite en Configuración.</translation>
    </message>
    <message>
        <source>The code could not be texted to %1: %2</source>
        <translation>No se pudo enviar el código por SMS a %1: %2</translation>
    </message>
    <message>
        <source>%1 has no mobile phone to text a code to.</source>
        <translation>%1 no tiene ningún teléfono móvil al que enviar un código por SMS.</translation>
    </message>
    <message>
        <source>Two-factor authentication is not enabled for %1.</source>
        <translation>La autenticación de doble factor no está activada para %1.</translation>
    </message>
    <message>
        <source>Enter the code from the text message.</source>
        <translation>Introduzca el código del SMS.</translation>
    </message>
    <message>
        <source>A code is exactly %1 digits.</source>
        <translation>Un código tiene exactamente %1 dígitos.</translation>
    </message>
    <message>
        <source>That code is not right, or it has expired. Check the newest text message.</source>
        <translation>Ese código no es correcto o ha caducado. Compruebe el SMS más reciente.</translation>
    </message>
    <message>
        <source>That code has already been used. Use the newest code.</source>
        <translation>Ese código ya se ha usado. Use el código más reciente.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already enabled for %1. Disable it first to enroll again.</source>
        <translation>La autenticación de doble factor ya está activada para %1. Desactívela primero para volver a registrarlo.</translation>
    </message>
    <message>
        <source>Text-message delivery needs a mobile phone number on the user.</source>
        <translation>El envío por SMS requiere que el usuario tenga un número de teléfono móvil.</translation>
    </message>
    <message>
        <source>Enter your email or username.</source>
        <translation>Introduzca su correo electrónico o nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>The login id or the password is longer than any account allows.</source>
        <translation>El identificador de inicio de sesión o la contraseña es más largo de lo que permite cualquier cuenta.</translation>
    </message>
    <message>
        <source>There is no application with the id %1.</source>
        <translation>No existe ninguna aplicación con el ID %1.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. This account is locked for %1 more seconds.</source>
        <translation>Demasiadas contraseñas erróneas. Esta cuenta está bloqueada durante %1 segundos más.</translation>
    </message>
    <message>
        <source>The login id or the password is not right.</source>
        <translation>El identificador de inicio de sesión o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Two-factor skipped: trusted computer.</source>
        <translation>Doble factor omitido: equipo de confianza.</translation>
    </message>
    <message>
        <source>%1 Attempts left: %2.</source>
        <translation>%1 Intentos restantes: %2.</translation>
    </message>
    <message>
        <source>%1 That was the last attempt: sign in again with your password.</source>
        <translation>%1 Ese era el último intento: vuelva a iniciar sesión con su contraseña.</translation>
    </message>
    <message>
        <source>This computer is now trusted until %1.</source>
        <translation>Este equipo es ahora de confianza hasta %1.</translation>
    </message>
    <message>
        <source>Enter an email address or a username: the user signs in with it.</source>
        <translation>Introduzca un correo electrónico o un nombre de usuario: el usuario inicia sesión con él.</translation>
    </message>
    <message>
        <source>The email address or username is longer than %1 characters.</source>
        <translation>El correo electrónico o el nombre de usuario tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es un correo electrónico.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation>La contraseña tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>This user receives codes by text message; a mobile phone is required.</source>
        <translation>Este usuario recibe los códigos por SMS; se requiere un teléfono móvil.</translation>
    </message>
    <message>
        <source>The password must have between %1 and %2 characters.</source>
        <translation>La contraseña debe tener entre %1 y %2 caracteres.</translation>
    </message>
    <message>
        <source>A new set of %1 recovery codes; the old ones are void.</source>
        <translation>Un nuevo juego de %1 códigos de recuperación; los anteriores quedan anulados.</translation>
    </message>
    <message>
        <source>Choose how the person&apos;s identity was checked.</source>
        <translation>Elija cómo se comprobó la identidad de la persona.</translation>
    </message>
    <message>
        <source>Type why two-factor is being turned off (for the audit log).</source>
        <translation>Escriba por qué se desactiva el inicio en dos pasos (para el registro de auditoría).</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>El motivo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Identity checked: %1. Reason: %2. By operator %3.</source>
        <translation>Identidad comprobada: %1. Motivo: %2. Por el operador %3.</translation>
    </message>
    <message>
        <source>Two-factor sign-in for your account was turned off at the helpdesk at %1. If this was not you, contact your helpdesk now.</source>
        <translation>El acceso en dos pasos de su cuenta fue desactivado en la asistencia a las %1. Si no fue usted, contacte ahora con su servicio de asistencia.</translation>
    </message>
    <message>
        <source>Two-factor sign-in for your account was turned off at the helpdesk at %1. If this was not you, call %2.</source>
        <translation>El acceso en dos pasos de su cuenta fue desactivado en la asistencia a las %1. Si no fue usted, llame al %2.</translation>
    </message>
    <message>
        <source>%1 is already this user&apos;s number.</source>
        <translation>%1 ya es el número de este usuario.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in with a recovery code; %n left.</source>
        <translation>
            <numerusform>Sesión iniciada con un código de recuperación; queda %n.</numerusform>
            <numerusform>Sesión iniciada con un código de recuperación; quedan %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk is busy checking other passwords. Try again in a moment; nothing was changed.</source>
        <translation>El quiosco está ocupado comprobando otras contraseñas. Inténtelo de nuevo en un momento; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 has two-factor sign-in on: send a code to the new number %2 and type it in to change the number.</source>
        <translation>%1 tiene activado el inicio de sesión en dos pasos: envíe un código al nuevo número %2 y escríbalo para cambiar el número.</translation>
    </message>
    <message>
        <source>The database %1 has no data-key check: it was never opened by TwoFactorKiosk.</source>
        <translation>La base de datos %1 no tiene comprobación de clave de datos: TwoFactorKiosk nunca la abrió.</translation>
    </message>
    <message>
        <source>The data key does not match the database %1: it was set up with another key, so the two-factor secrets cannot be read. Restore the original key file (or TFK_DATA_KEY), or use the database that belongs to this key. Desks that share one database server share one key: copy the data key file (or TFK_DATA_KEY) from the first desk.</source>
        <translation>La clave de datos no corresponde a la base de datos %1: se configuró con otra clave, así que los secretos de doble factor no se pueden leer. Restaure el archivo de clave original (o TFK_DATA_KEY), o use la base de datos que corresponde a esta clave. Los puestos que comparten un servidor de base de datos comparten una clave: copie el archivo de la clave de datos (o TFK_DATA_KEY) del primer puesto.</translation>
    </message>
    <message>
        <source>The email address, username or name contains a NUL character.</source>
        <translation>La dirección de correo, el nombre de usuario o el nombre contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>Too many wrong codes for this account in the last hour. Try again in %1 seconds.</source>
        <translation>Demasiados códigos incorrectos para esta cuenta en la última hora. Vuelva a intentarlo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>The text was not sent: sending was cancelled.</source>
        <translation>El SMS no se envió: se canceló el envío.</translation>
    </message>
</context>
<context>
    <name>tfk::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Country of the mobile phone</source>
        <translation>País del teléfono móvil</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>Déjelo vacío para conservar la contraseña</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Teléfono &amp;móvil:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>No mobile phone: this user cannot receive codes by text message.</source>
        <translation>Sin teléfono móvil: este usuario no puede recibir códigos por SMS.</translation>
    </message>
    <message>
        <source>Will text %1 (E.164: %2)</source>
        <translation>Se enviará un SMS a %1 (E.164: %2)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for this user: confirm the new number with a code texted to it.</source>
        <translation>Este usuario tiene activado el inicio de sesión en dos pasos: confirme el nuevo número con un código enviado a él.</translation>
    </message>
    <message>
        <source>Send code to ne&amp;w number</source>
        <translation>Enviar código al número nue&amp;vo</translation>
    </message>
    <message>
        <source>Send code to new number</source>
        <translation>Enviar código al número nuevo</translation>
    </message>
    <message>
        <source>Code sent to the new number</source>
        <translation>Código enviado al número nuevo</translation>
    </message>
    <message>
        <source>Code from the new num&amp;ber:</source>
        <translation>Código del número nue&amp;vo:</translation>
    </message>
    <message>
        <source>Sending a code to %1...</source>
        <translation>Enviando un código a %1...</translation>
    </message>
    <message>
        <source>Code sent to %1. Type it below, then save.</source>
        <translation>Código enviado a %1. Escríbalo abajo y después guarde.</translation>
    </message>
</context>
<context>
    <name>tfk::UserFileReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>un campo entre comillas no está cerrado.</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes.</source>
        <translation>la línea tiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2.</source>
        <translation>no es JSON: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>expected a JSON object (one user a line).</source>
        <translation>se esperaba un objeto JSON (un usuario por línea).</translation>
    </message>
    <message>
        <source>%1 must be a JSON string.</source>
        <translation>%1 debe ser una cadena JSON.</translation>
    </message>
    <message>
        <source>the file is empty; a CSV file starts with a header row.</source>
        <translation>el archivo está vacío; un archivo CSV empieza con una fila de encabezado.</translation>
    </message>
    <message>
        <source>the header row names neither an email nor a username column (columns: %1).</source>
        <translation>la fila de encabezado no nombra ni una columna de correo ni una de nombre de usuario (columnas: %1).</translation>
    </message>
    <message>
        <source>%1 fields, but the header row has %2.</source>
        <translation>%1 campos, pero la fila de encabezado tiene %2.</translation>
    </message>
</context>
<context>
    <name>tfk::UserImport</name>
    <message>
        <source>Send the users to import as {&quot;users&quot;: [...]}.</source>
        <translation>Envíe los usuarios que se importarán como {&quot;users&quot;: [...]}.</translation>
    </message>
    <message>
        <source>%1 users in one request; the most is %2. Send them in batches.</source>
        <translation>%1 usuarios en una solicitud; el máximo es %2. Envíelos por lotes.</translation>
    </message>
    <message>
        <source>User %1 has neither an email nor a username.</source>
        <translation>El usuario %1 no tiene ni correo ni nombre de usuario.</translation>
    </message>
    <message>
        <source>User %1: the email or username is longer than %2 characters.</source>
        <translation>Usuario %1: el correo o el nombre de usuario tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>User %1: &quot;%2&quot; is not an email address.</source>
        <translation>Usuario %1: «%2» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>User %1: the name is longer than %2 characters.</source>
        <translation>Usuario %1: el nombre tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>User %1: %2</source>
        <translation>Usuario %1: %2</translation>
    </message>
    <message>
        <source>User %1 has no password.</source>
        <translation>El usuario %1 no tiene contraseña.</translation>
    </message>
    <message>
        <source>User %1: a password has between %2 and %3 characters.</source>
        <translation>Usuario %1: una contraseña tiene entre %2 y %3 caracteres.</translation>
    </message>
    <message>
        <source>User %1: the password is not an Argon2id hash ($argon2id$v=19$m=...,t=...,p=...$salt$hash).</source>
        <translation>Usuario %1: la contraseña no es un hash Argon2id ($argon2id$v=19$m=...,t=...,p=...$salt$hash).</translation>
    </message>
    <message>
        <source>User %1: the encryption scheme &quot;%2&quot; is not supported here; send Argon2id hashes (&quot;argon2id&quot;) or plaintext passwords (no scheme), which are hashed on import.</source>
        <translation>Usuario %1: el esquema de cifrado «%2» no se admite aquí; envíe hashes Argon2id («argon2id») o contraseñas en texto plano (sin esquema), que se convierten en hash al importar.</translation>
    </message>
    <message>
        <source>User %1: %2 is also the login id of user %3 in this request.</source>
        <translation>Usuario %1: %2 es también el identificador de inicio de sesión del usuario %3 en esta solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>%n users refused; nothing imported.</source>
        <translation>
            <numerusform>%n usuario rechazado; no se importó nada.</numerusform>
            <numerusform>%n usuarios rechazados; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password could not be hashed (out of memory?); nothing was imported.</source>
        <translation>No se pudo calcular el hash de una contraseña (¿sin memoria?); no se importó nada.</translation>
    </message>
    <message>
        <source>User %1: a user with the login id %2 already exists.</source>
        <translation>Usuario %1: ya existe un usuario con el identificador %2.</translation>
    </message>
    <message>
        <source>%1 users imported, %2 already present and skipped.</source>
        <translation>%1 usuarios importados, %2 ya existentes y omitidos.</translation>
    </message>
</context>
<context>
    <name>tfk::UserListModel</name>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>On (text message)</source>
        <translation>Activado (SMS)</translation>
    </message>
    <message>
        <source>On (app)</source>
        <translation>Activado (app)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Login id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Doble factor</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último inicio de sesión</translation>
    </message>
</context>
<context>
    <name>tfk::UserStore</name>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>No existe ningún usuario con el ID %1.</translation>
    </message>
    <message>
        <source>%1 is already used by another user.</source>
        <translation>%1 ya lo usa otro usuario.</translation>
    </message>
    <message>
        <source>The search index did not take every imported user; nothing was imported.</source>
        <translation>El índice de búsqueda no recogió a todos los usuarios importados; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>tfk::UsersCommand</name>
    <message>
        <source>usage: twofactor-kiosk [--database FILE] [--settings FILE] users import FILE | export [FILE]</source>
        <translation>uso: twofactor-kiosk [--database ARCHIVO] [--settings ARCHIVO] users import ARCHIVO | export [ARCHIVO]</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 users imported, %2 already present; stopped at a bad line, nothing of its batch was imported:</source>
        <translation>%1 usuarios importados, %2 ya existentes; se detuvo en una línea errónea y no se importó nada de su lote:</translation>
    </message>
    <message>
        <source>%1 (after %2 users were imported; a re-run continues where this stopped).</source>
        <translation>%1 (después de importar %2 usuarios; una nueva ejecución continúa donde esta se detuvo).</translation>
    </message>
    <message>
        <source>the batch of lines %1 to %2 was not imported (%3 users imported before it). Fix the lines above and run the same command again: users already imported are skipped.</source>
        <translation>el lote de las líneas %1 a %2 no se importó (%3 usuarios importados antes). Corrija las líneas anteriores y vuelva a ejecutar la misma orden: los usuarios ya importados se omiten.</translation>
    </message>
    <message>
        <source>%1 users imported, %2 already present and skipped, in %3 (%4 users/s).</source>
        <translation>%1 usuarios importados, %2 ya existentes y omitidos, en %3 (%4 usuarios/s).</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>no se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>falló la escritura: %1</translation>
    </message>
    <message>
        <source>%1 users exported.</source>
        <translation>%1 usuarios exportados.</translation>
    </message>
    <message>
        <source>The database.</source>
        <translation>La base de datos.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>El archivo de configuración.</translation>
    </message>
    <message>
        <source>users import FILE | export [FILE]</source>
        <translation>users import ARCHIVO | export [ARCHIVO]</translation>
    </message>
    <message>
        <source>expected the command users.</source>
        <translation>se esperaba la orden users.</translation>
    </message>
    <message>
        <source>name a subcommand: import or export.</source>
        <translation>indique una suborden: import o export.</translation>
    </message>
    <message>
        <source>import takes the file to read (CSV with a header row, or JSON lines).</source>
        <translation>import recibe el archivo que se leerá (CSV con fila de encabezado, o líneas JSON).</translation>
    </message>
    <message>
        <source>export takes at most the file to write (default: standard output).</source>
        <translation>export recibe como mucho el archivo que se escribirá (por defecto: salida estándar).</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;: use import or export.</source>
        <translation>suborden desconocida «%1»: use import o export.</translation>
    </message>
</context>
<context>
    <name>tfk::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Name, login id or last 4 digits of the phone</source>
        <translation>Nombre, identificador de inicio de sesión o últimos 4 dígitos del teléfono</translation>
    </message>
    <message>
        <source>No users yet. The user database is empty.</source>
        <translation>Todavía no hay usuarios. La base de datos de usuarios está vacía.</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>&amp;Nuevo usuario...</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>En&amp;roll in two-factor...</source>
        <translation>&amp;Registrar en doble factor...</translation>
    </message>
    <message>
        <source>&amp;Turn off two-factor...</source>
        <translation>&amp;Desactivar doble factor...</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>No se pudieron cargar los usuarios: %1</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Ningún usuario coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 usuarios</translation>
    </message>
    <message>
        <source>New recovery &amp;codes...</source>
        <translation>Nuevos &amp;códigos de recuperación...</translation>
    </message>
    <message>
        <source>&amp;Lost phone...</source>
        <translation>Teléfono &amp;perdido...</translation>
    </message>
    <message>
        <source>Turn two-factor off without a code, after checking who is asking.</source>
        <translation>Desactivar el inicio en dos pasos sin código, tras comprobar quién lo pide.</translation>
    </message>
    <message>
        <source>%1: two-factor sign-in by text to %2; recovery codes left: %3.</source>
        <translation>%1: inicio de sesión en dos pasos por SMS a %2; códigos de recuperación restantes: %3.</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nuevos códigos de recuperación</translation>
    </message>
    <message>
        <source>Make new recovery codes for %1? The codes %1 has now stop working at once.</source>
        <translation>¿Crear nuevos códigos de recuperación para %1? Los códigos que %1 tiene ahora dejan de funcionar de inmediato.</translation>
    </message>
    <message>
        <source>&amp;Make new codes</source>
        <translation>&amp;Crear códigos nuevos</translation>
    </message>
    <message>
        <source>More than %1 users</source>
        <translation>Más de %1 usuarios</translation>
    </message>
</context>
<context>
    <name>tfk::VerificationDialog</name>
    <message>
        <source>Enter the code</source>
        <translation>Introduzca el código</translation>
    </message>
    <message>
        <source>The code could not be texted to %1: %2</source>
        <translation>No se pudo enviar el código por SMS a %1: %2</translation>
    </message>
    <message>
        <source>We texted a code to %1.</source>
        <translation>Hemos enviado un código por SMS a %1.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Código del SMS</translation>
    </message>
    <message>
        <source>&amp;Trust this computer for %1 days</source>
        <translation>Confiar en es&amp;te equipo durante %1 días</translation>
    </message>
    <message>
        <source>Trust this computer</source>
        <translation>Confiar en este equipo</translation>
    </message>
    <message>
        <source>&amp;Send another code</source>
        <translation>Enviar &amp;otro código</translation>
    </message>
    <message>
        <source>Send another code</source>
        <translation>Enviar otro código</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>This sign-in has expired. Close this window and sign in again.</source>
        <translation>Este inicio de sesión ha caducado. Cierre esta ventana y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The code is valid for %1:%2 more minutes.</source>
        <translation>El código es válido durante %1:%2 minutos más.</translation>
    </message>
    <message>
        <source>We texted another code to %1 at %2.</source>
        <translation>Hemos enviado otro código por SMS a %1 a las %2.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Use a recovery code &amp;instead</source>
        <translation>Usar un código de recuperación en su lugar (&amp;I)</translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation>Usar un código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <source>Use the texted code &amp;instead</source>
        <translation>Usar el código del SMS en su lugar (&amp;I)</translation>
    </message>
    <message>
        <source>Use the texted code instead</source>
        <translation>Usar el código del SMS en su lugar</translation>
    </message>
</context>
</TS>
