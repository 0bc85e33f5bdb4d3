<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>The language &apos;%1&apos; is not offered; choose one of %2.</source>
        <translation>Die Sprache „%1“ wird nicht angeboten; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>TwoFactorKiosk cannot start</source>
        <translation>TwoFactorKiosk kann nicht starten</translation>
    </message>
    <message>
        <source>mock SMS sink at %1</source>
        <translation>SMS-Attrappe unter %1</translation>
    </message>
    <message>
        <source>TwoFactorKiosk test message</source>
        <translation>TwoFactorKiosk-Testnachricht</translation>
    </message>
    <message>
        <source>Sent (%1).</source>
        <translation>Gesendet (%1).</translation>
    </message>
    <message>
        <source>twofactor-kiosk: --headless serves the API: add --api.</source>
        <translation>twofactor-kiosk: --headless stellt die API bereit: fügen Sie --api hinzu.</translation>
    </message>
    <message>
        <source>Kiosk mode needs an active administrator to leave it. Add one first: twofactor-kiosk operator add NAME --role admin</source>
        <translation>Der Kioskmodus braucht einen aktiven Administrator, um ihn zu beenden. Legen Sie zuerst einen an: twofactor-kiosk operator add NAME --role admin</translation>
    </message>
    <message>
        <source>Demo administrator: %1, password %2</source>
        <translation>Demo-Administrator: %1, Passwort %2</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>TwoFactorKiosk starts again now.</source>
        <translation>TwoFactorKiosk startet jetzt neu.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>TwoFactorKiosk starts again with the files as they were.</source>
        <translation>TwoFactorKiosk startet mit den unveränderten Dateien neu.</translation>
    </message>
    <message>
        <source>TwoFactorKiosk could not start again: start it yourself.</source>
        <translation>TwoFactorKiosk konnte nicht neu starten: starten Sie es selbst.</translation>
    </message>
    <message>
        <source>TwoFactorKiosk</source>
        <translation>TwoFactorKiosk</translation>
    </message>
    <message>
        <source>No CA certificates</source>
        <translation>Keine CA-Zertifikate</translation>
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
Befehle (jeder nimmt auch --settings FILE; alle außer secrets nehmen --database FILE):
  api-key create|list|revoke ...  Schlüssel für die HTTP-API
  operator add|list|disable|passwd NAME  Bedienerkonten
  users import|export FILE        Benutzer aus und in CSV oder JSON-Zeilen
  backup FILE | restore FILE      verschlüsselte Archive von Datenbank und Schlüssel
  data-key export|import FILE     nur der Datenschlüssel
  secrets set|unset NAME | where  Geheimnisse im Schlüsselbund des Systems oder in einer 0600-Datei</translation>
    </message>
</context>
<context>
    <name>tfk::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Prüfprotokoll filtern</translation>
    </message>
    <message>
        <source>Event, outcome, user id, IP address, last digits of a phone</source>
        <translation>Ereignis, Ergebnis, Benutzer-ID, IP-Adresse, letzte Ziffern einer Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the activity</source>
        <translation>Aktivität aktualisieren</translation>
    </message>
    <message>
        <source>Reads both logs again (another kiosk may share the database).</source>
        <translation>Liest beide Protokolle neu ein (ein anderer Kiosk kann dieselbe Datenbank nutzen).</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Text message log</source>
        <translation>SMS-Protokoll</translation>
    </message>
    <message>
        <source>Activity logs</source>
        <translation>Aktivitätsprotokolle</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Text messages</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No activity yet. Every enrollment and sign-in step appears here.</source>
        <translation>Noch keine Aktivität. Jeder Schritt der Einrichtung und Anmeldung erscheint hier.</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>Kein Eintrag passt zu „%1“.</translation>
    </message>
    <message>
        <source>The latest %1 entries; use the filter to find older ones.</source>
        <translation>Die neuesten %1 Einträge; verwenden Sie den Filter, um ältere zu finden.</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>The text message log could not be read: %1</source>
        <translation>Das SMS-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No text messages sent yet.</source>
        <translation>Noch keine SMS gesendet.</translation>
    </message>
    <message>
        <source>The latest %1 text messages.</source>
        <translation>Die neuesten %1 SMS.</translation>
    </message>
    <message>
        <source>Text messages: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>Show the entries of</source>
        <translation>Einträge anzeigen von</translation>
    </message>
    <message>
        <source>An operator, the walk-up side of the kiosk, or an API key</source>
        <translation>Ein Bediener, die Besucherseite des Kiosks oder ein API-Schlüssel</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>tfk::ApiHost</name>
    <message>
        <source>API listening on %1</source>
        <translation>API wartet auf Verbindungen unter %1</translation>
    </message>
</context>
<context>
    <name>tfk::ApiKeyCommand</name>
    <message>
        <source>The settings file.</source>
        <translation>Die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>The new key&apos;s name.</source>
        <translation>Der Name des neuen Schlüssels.</translation>
    </message>
    <message>
        <source>expected the command api-key.</source>
        <translation>der Befehl api-key wurde erwartet.</translation>
    </message>
    <message>
        <source>name a subcommand: create, list or revoke.</source>
        <translation>geben Sie einen Unterbefehl an: create, list oder revoke.</translation>
    </message>
    <message>
        <source>Created API key %1 (&quot;%2&quot;). Store it now: only its hash is kept.</source>
        <translation>API-Schlüssel %1 („%2“) wurde erstellt. Bewahren Sie ihn jetzt auf: gespeichert wird nur sein Hash.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>revoke takes the key&apos;s id (see api-key list).</source>
        <translation>revoke erwartet die ID des Schlüssels (siehe api-key list).</translation>
    </message>
    <message>
        <source>Revoked API key %1 (&quot;%2&quot;).</source>
        <translation>API-Schlüssel %1 („%2“) wurde widerrufen.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation>unbekannter Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>usage: twofactor-kiosk [--database FILE] [--settings FILE] api-key create [--name NAME] | list | revoke ID</source>
        <translation>Aufruf: twofactor-kiosk [--database FILE] [--settings FILE] api-key create [--name NAME] | list | revoke ID</translation>
    </message>
    <message>
        <source>api-key create [--name NAME] | list | revoke ID</source>
        <translation>api-key create [--name NAME] | list | revoke ID</translation>
    </message>
    <message>
        <source>create takes at most --name NAME.</source>
        <translation>create erwartet höchstens --name NAME.</translation>
    </message>
    <message>
        <source>The SQLite database file, or a postgresql:// URL.</source>
        <translation>Die SQLite-Datenbankdatei oder eine postgresql://-URL.</translation>
    </message>
</context>
<context>
    <name>tfk::ApiKeyStore</name>
    <message>
        <source>Give the API key a name, such as the script or team that uses it.</source>
        <translation>Geben Sie dem API-Schlüssel einen Namen, etwa das Skript oder Team, das ihn verwendet.</translation>
    </message>
    <message>
        <source>The API key&apos;s name is longer than %1 characters.</source>
        <translation>Der Name des API-Schlüssels ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is no API key with the id %1 (see `api-key list`).</source>
        <translation>Es gibt keinen API-Schlüssel mit der ID %1 (siehe `api-key list`).</translation>
    </message>
</context>
<context>
    <name>tfk::ApiKeysPanel</name>
    <message>
        <source>Programs using the HTTP API (--api) send one of these keys in the Authorization header. A key is shown once, when it is created; only its hash is kept.</source>
        <translation>Programme, die die HTTP-API (--api) nutzen, senden einen dieser Schlüssel im Authorization-Header. Ein Schlüssel wird nur einmal angezeigt, beim Anlegen; gespeichert wird nur sein Hash.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>Name des neuen API-Schlüssels</translation>
    </message>
    <message>
        <source>e.g. intranet portal</source>
        <translation>z. B. Intranet-Portal</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;anlegen</translation>
    </message>
    <message>
        <source>Create an API key</source>
        <translation>Einen API-Schlüssel anlegen</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Widerrufen...</translation>
    </message>
    <message>
        <source>Revoke the selected API key</source>
        <translation>Den gewählten API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>The key %1 was created.</source>
        <translation>Der Schlüssel %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>New API key: %1</source>
        <translation>Neuer API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Copy the key now and store it where the program that uses it can read it. It is shown only this once.</source>
        <translation>Kopieren Sie den Schlüssel jetzt und legen Sie ihn dort ab, wo das Programm, das ihn nutzt, ihn lesen kann. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>Der neue API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Den Schlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key %1? Programs using it are refused from now on; this cannot be undone.</source>
        <translation>Den Schlüssel %1 widerrufen? Programme, die ihn nutzen, werden ab sofort abgewiesen; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Revoke %1</source>
        <translation>%1 &amp;widerrufen</translation>
    </message>
    <message>
        <source>The key %1 is revoked.</source>
        <translation>Der Schlüssel %1 ist widerrufen.</translation>
    </message>
</context>
<context>
    <name>tfk::ApiServer</name>
    <message>
        <source>%1 must be a JSON string.</source>
        <translation>%1 muss eine JSON-Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>--api-listen takes ADDRESS:PORT, such as 127.0.0.1:9011 or [::1]:9011, not &quot;%1&quot;.</source>
        <translation>--api-listen erwartet ADRESSE:PORT, etwa 127.0.0.1:9011 oder [::1]:9011, nicht „%1“.</translation>
    </message>
    <message>
        <source>Refusing to serve the API on %1, which other computers can reach. Add --allow-remote-api if that is really wanted, or listen on 127.0.0.1.</source>
        <translation>Die API wird nicht auf %1 bereitgestellt, da andere Computer diese Adresse erreichen können. Fügen Sie --allow-remote-api hinzu, wenn das wirklich gewollt ist, oder lauschen Sie auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>The API cannot listen on %1 port %2: %3.</source>
        <translation>Die API kann nicht auf %1, Port %2 lauschen: %3.</translation>
    </message>
    <message>
        <source>The API cannot serve on %1.</source>
        <translation>Die API kann nicht auf %1 bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Warning: the API listens on %1 port %2, where other computers can reach it. Every request except a two-factor resend or completion needs an API key; use a firewall or TLS proxy.</source>
        <translation>Warnung: Die API lauscht auf %1, Port %2, wo andere Computer sie erreichen können. Jede Anfrage außer dem erneuten Senden oder Abschließen einer Zwei-Faktor-Anmeldung benötigt einen API-Schlüssel; verwenden Sie eine Firewall oder einen TLS-Proxy.</translation>
    </message>
    <message>
        <source>%1 does not accept %2; use %3.</source>
        <translation>%1 akzeptiert %2 nicht; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes, the most this API accepts.</source>
        <translation>Der Anfragetext ist größer als %1 Bytes, das Maximum, das diese API akzeptiert.</translation>
    </message>
    <message>
        <source>Send the request body as JSON with the header Content-Type: application/json (not &quot;%1&quot;).</source>
        <translation>Senden Sie den Anfragetext als JSON mit dem Header Content-Type: application/json (nicht „%1“).</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Anfragetext ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>This request needs a JSON body.</source>
        <translation>Diese Anfrage benötigt einen JSON-Text.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Send a mobilePhone and a secret (enrollment) or a userId (an enrolled user).</source>
        <translation>Senden Sie mobilePhone und secret (Einrichtung) oder eine userId (ein eingerichteter Benutzer).</translation>
    </message>
    <message>
        <source>delivery is None or TextMessage, not &quot;%1&quot;.</source>
        <translation>delivery ist None oder TextMessage, nicht „%1“.</translation>
    </message>
    <message>
        <source>Name the user: /api/user/two-factor/{userId}.</source>
        <translation>Geben Sie den Benutzer an: /api/user/two-factor/{userId}.</translation>
    </message>
    <message>
        <source>Send the new user as {&quot;user&quot;: {&quot;email&quot;: ...}}.</source>
        <translation>Senden Sie den neuen Benutzer als {&quot;user&quot;: {&quot;email&quot;: ...}}.</translation>
    </message>
    <message>
        <source>Name the user: /api/user?loginId=EMAIL-OR-USERNAME.</source>
        <translation>Geben Sie den Benutzer an: /api/user?loginId=EMAIL-OR-USERNAME.</translation>
    </message>
    <message>
        <source>Send the users to import as {&quot;users&quot;: [...]}.</source>
        <translation>Senden Sie die zu importierenden Benutzer als {&quot;users&quot;: [...]}.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The queryString is longer than %1 characters.</source>
        <translation>Der queryString ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>numberOfResults is a whole number from 1 to %1.</source>
        <translation>numberOfResults ist eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>startRow is a whole number from 0, and startRow + numberOfResults at most %1: narrow the queryString to reach users further down.</source>
        <translation>startRow ist eine ganze Zahl ab 0, und startRow + numberOfResults höchstens %1: schränken Sie den queryString ein, um weiter unten liegende Benutzer zu erreichen.</translation>
    </message>
</context>
<context>
    <name>tfk::ApiTcpServer</name>
    <message>
        <source>The request body is larger than %1 bytes, the most this API accepts.</source>
        <translation>Der Anfragetext ist größer als %1 Bytes, das Maximum, das diese API akzeptiert.</translation>
    </message>
    <message>
        <source>Send the request body with a Content-Length header; chunked bodies are not accepted.</source>
        <translation>Senden Sie den Anfragetext mit einem Content-Length-Header; Chunked-Übertragung wird nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>tfk::ApiViewPanel</name>
    <message>
        <source>API view</source>
        <translation>API-Ansicht</translation>
    </message>
    <message>
        <source>FusionAuth API: each step as its request and answer</source>
        <translation>FusionAuth-API: jeder Schritt als Anfrage und Antwort</translation>
    </message>
    <message>
        <source>FusionAuth API requests</source>
        <translation>FusionAuth-API-Anfragen</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Put a curl command that sends the selected request on the clipboard.</source>
        <translation>Einen curl-Befehl, der die gewählte Anfrage sendet, in die Zwischenablage legen.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the API view</source>
        <translation>Die API-Ansicht leeren</translation>
    </message>
    <message>
        <source>Twilio: the client&apos;s HTTP requests and delivery reports</source>
        <translation>Twilio: die HTTP-Anfragen des Clients und die Zustellberichte</translation>
    </message>
    <message>
        <source>Twilio requests</source>
        <translation>Twilio-Anfragen</translation>
    </message>
    <message>
        <source>Demo mode: secrets, codes and tokens are shown as the API sends them.</source>
        <translation>Demo-Modus: Geheimnisse, Codes und Tokens werden so gezeigt, wie die API sie sendet.</translation>
    </message>
    <message>
        <source>Secrets, codes and tokens are masked (%1); they are shown only in demo mode (--demo or --mock-sms).</source>
        <translation>Geheimnisse, Codes und Tokens sind maskiert (%1); gezeigt werden sie nur im Demo-Modus (--demo oder --mock-sms).</translation>
    </message>
    <message>
        <source>The API is not on in this window (start it with --api); the curl commands assume %1. Requests that need an API key take it from $TFK_API_KEY.</source>
        <translation>Die API läuft in diesem Fenster nicht (starten Sie sie mit --api); die curl-Befehle gehen von %1 aus. Anfragen, die einen API-Schlüssel brauchen, nehmen ihn aus $TFK_API_KEY.</translation>
    </message>
    <message>
        <source>The curl commands go to the API at %1. Requests that need an API key take it from $TFK_API_KEY (twofactor-kiosk api-key create --name demo).</source>
        <translation>Die curl-Befehle gehen an die API unter %1. Anfragen, die einen API-Schlüssel brauchen, nehmen ihn aus $TFK_API_KEY (twofactor-kiosk api-key create --name demo).</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (Versuch %1)</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>Delivery status: %1</source>
        <translation>Zustellstatus: %1</translation>
    </message>
    <message>
        <source>The API is not on in this window: start twofactor-kiosk with --api first.</source>
        <translation>Die API läuft in diesem Fenster nicht: Starten Sie twofactor-kiosk zuerst mit --api.</translation>
    </message>
    <message>
        <source>Secrets are masked outside demo mode: put the real values in place of %1.</source>
        <translation>Außerhalb des Demo-Modus sind Geheimnisse maskiert: Setzen Sie die echten Werte anstelle von %1 ein.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>tfk::AuditLogModel</name>
    <message>
        <source>Password sign-in</source>
        <translation>Anmeldung mit Passwort</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>Enrollment code sent</source>
        <translation>Einrichtungscode gesendet</translation>
    </message>
    <message>
        <source>Sign-in code sent</source>
        <translation>Anmeldecode gesendet</translation>
    </message>
    <message>
        <source>Code sent to user</source>
        <translation>Code an Benutzer gesendet</translation>
    </message>
    <message>
        <source>Two-factor enabled</source>
        <translation>Zwei-Faktor aktiviert</translation>
    </message>
    <message>
        <source>Two-factor disabled</source>
        <translation>Zwei-Faktor deaktiviert</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>User updated</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Two-factor required</source>
        <translation>Zwei-Faktor erforderlich</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Code sent to a new number</source>
        <translation>Code an eine neue Nummer gesendet</translation>
    </message>
    <message>
        <source>Lost phone: two-factor reset</source>
        <translation>Telefon verloren: Zwei-Faktor zurückgesetzt</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Operator signed in</source>
        <translation>Bediener angemeldet</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>Bediener hinzugefügt</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>Bediener deaktiviert</translation>
    </message>
    <message>
        <source>Operator password set</source>
        <translation>Bedienerpasswort gesetzt</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>API-Schlüssel angelegt</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Walk-up (kiosk)</source>
        <translation>Besucher (Kiosk)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
</context>
<context>
    <name>tfk::BackupAgeLabel</name>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Backups: the database is on a PostgreSQL server; it is backed up there with pg_dump, not by this program. Export the data key in Settings &gt; Database.</source>
        <translation>Sicherungen: Die Datenbank liegt auf einem PostgreSQL-Server; sie wird dort mit pg_dump gesichert, nicht von diesem Programm. Exportieren Sie den Datenschlüssel unter Einstellungen &gt; Datenbank.</translation>
    </message>
    <message>
        <source>No backup yet. Without one, a broken disk or a deleted file loses every user and enrollment, and users with two-factor on can no longer sign in. An administrator makes one in Settings &gt; Database (or sets scheduled backups).</source>
        <translation>Noch keine Sicherung. Ohne sie gehen bei einer defekten Festplatte oder einer gelöschten Datei alle Benutzer und Registrierungen verloren, und Benutzer mit Zwei-Faktor-Anmeldung können sich nicht mehr anmelden. Ein Administrator erstellt eine unter Einstellungen &gt; Datenbank (oder richtet geplante Sicherungen ein).</translation>
    </message>
    <message>
        <source>Last backup: %1, %2</source>
        <translation>Letzte Sicherung: %1, %2</translation>
    </message>
    <message>
        <source>It is more than 7 days old: make one now in Settings &gt; Database, or check the scheduled backups.</source>
        <translation>Sie ist älter als 7 Tage: erstellen Sie jetzt eine unter Einstellungen &gt; Datenbank oder prüfen Sie die geplanten Sicherungen.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupArchive</name>
    <message>
        <source>The backup cannot be encrypted: the cryptography libraries cannot provide Argon2id or aes256-gcm. Install the QCA OpenSSL plugin (Debian package libqca-qt6-plugins).</source>
        <translation>Die Sicherung kann nicht verschlüsselt werden: die Kryptografie-Bibliotheken bieten kein Argon2id oder aes256-gcm. Installieren Sie das QCA-OpenSSL-Plugin (Debian-Paket libqca-qt6-plugins).</translation>
    </message>
    <message>
        <source>The backup archive %1 is damaged: its checksum does not match its contents (a byte was changed on the way or on the disk). Nothing was restored; use another copy.</source>
        <translation>Das Sicherungsarchiv %1 ist beschädigt: seine Prüfsumme passt nicht zum Inhalt (ein Byte wurde unterwegs oder auf dem Datenträger verändert). Es wurde nichts wiederhergestellt; verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <source>The backup passphrase must have at least %1 characters.</source>
        <translation>Die Sicherungs-Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The backup key cannot be derived from the passphrase: not enough memory for Argon2id (%1 MiB).</source>
        <translation>Der Sicherungsschlüssel kann nicht aus der Passphrase abgeleitet werden: nicht genug Speicher für Argon2id (%1 MiB).</translation>
    </message>
    <message>
        <source>%1 is not a TwoFactorKiosk backup archive.</source>
        <translation>%1 ist kein Sicherungsarchiv von TwoFactorKiosk.</translation>
    </message>
    <message>
        <source>The backup archive %1 is incomplete: it ends inside its header (%2 bytes). It was cut off while being copied or written; nothing was restored, use another copy.</source>
        <translation>Das Sicherungsarchiv %1 ist unvollständig: es endet innerhalb seines Kopfes (%2 Bytes). Es wurde beim Kopieren oder Schreiben abgeschnitten; es wurde nichts wiederhergestellt, verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <source>The backup archive %1 has format %2, which this program cannot read (it reads format %3). Restore it with the program that made it, or a newer one.</source>
        <translation>Das Sicherungsarchiv %1 hat das Format %2, das dieses Programm nicht lesen kann (es liest Format %3). Stellen Sie es mit dem Programm wieder her, das es erstellt hat, oder mit einem neueren.</translation>
    </message>
    <message>
        <source>The backup archive %1 is incomplete: it has %2 bytes of %3. It was cut off while being copied or written; nothing was restored, use another copy.</source>
        <translation>Das Sicherungsarchiv %1 ist unvollständig: es hat %2 von %3 Bytes. Es wurde beim Kopieren oder Schreiben abgeschnitten; es wurde nichts wiederhergestellt, verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <source>The backup archive %1 uses contents or a key derivation this program does not know. Restore it with the program that made it, or a newer one.</source>
        <translation>Das Sicherungsarchiv %1 verwendet Inhalte oder eine Schlüsselableitung, die dieses Programm nicht kennt. Stellen Sie es mit dem Programm wieder her, das es erstellt hat, oder mit einem neueren.</translation>
    </message>
    <message>
        <source>The backup archive %1 asks for key-derivation costs outside what this program accepts (%2 passes, %3 MiB); it is damaged or was not made by TwoFactorKiosk.</source>
        <translation>Das Sicherungsarchiv %1 verlangt Kosten für die Schlüsselableitung, die dieses Programm nicht akzeptiert (%2 Durchläufe, %3 MiB); es ist beschädigt oder wurde nicht von TwoFactorKiosk erstellt.</translation>
    </message>
    <message>
        <source>The key of %1 cannot be derived from the passphrase: not enough memory for Argon2id (%2 MiB).</source>
        <translation>Der Schlüssel von %1 kann nicht aus der Passphrase abgeleitet werden: nicht genug Speicher für Argon2id (%2 MiB).</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup archive %1. Nothing was restored; check the passphrase (it is case-sensitive) and try again.</source>
        <translation>Die Passphrase öffnet das Sicherungsarchiv %1 nicht. Es wurde nichts wiederhergestellt; prüfen Sie die Passphrase (Groß- und Kleinschreibung zählt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup archive %1 cannot be authenticated: it was altered after it was written. Nothing was restored; use another copy.</source>
        <translation>Das Sicherungsarchiv %1 lässt sich nicht authentifizieren: es wurde nach dem Schreiben verändert. Es wurde nichts wiederhergestellt; verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <source>The backup archive %1 cannot be authenticated: its header was altered. Nothing was restored; use another copy.</source>
        <translation>Das Sicherungsarchiv %1 lässt sich nicht authentifizieren: sein Kopf wurde verändert. Es wurde nichts wiederhergestellt; verwenden Sie eine andere Kopie.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupCommand</name>
    <message>
        <source>usage: twofactor-kiosk [--database FILE] [--settings FILE] backup FILE | backup --set-passphrase | restore FILE [--yes] | data-key export FILE | data-key import FILE [--yes]</source>
        <translation>Aufruf: twofactor-kiosk [--database DATEI] [--settings DATEI] backup DATEI | backup --set-passphrase | restore DATEI [--yes] | data-key export DATEI | data-key import DATEI [--yes]</translation>
    </message>
    <message>
        <source>Passphrase for the archive (at least %1 characters; keep it apart from the archive): </source>
        <translation>Passphrase für das Archiv (mindestens %1 Zeichen; getrennt vom Archiv aufbewahren): </translation>
    </message>
    <message>
        <source>No passphrase was given: type it at the terminal, or pipe it in as one line.</source>
        <translation>Es wurde keine Passphrase angegeben: tippen Sie sie im Terminal ein oder leiten Sie sie als eine Zeile weiter.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>The two passphrases are not the same; nothing was written.</source>
        <translation>Die beiden Passphrasen sind nicht gleich; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Passphrase von %1: </translation>
    </message>
    <message>
        <source>Type yes to go on: </source>
        <translation>Zum Fortfahren yes eingeben: </translation>
    </message>
    <message>
        <source>backup --set-passphrase takes no file.</source>
        <translation>backup --set-passphrase nimmt keine Datei.</translation>
    </message>
    <message>
        <source>Saved the passphrase of scheduled backups in %1. Keep a copy of it away from this computer: without it the archives cannot be opened.</source>
        <translation>Die Passphrase der geplanten Sicherungen wurde in %1 gespeichert. Bewahren Sie eine Kopie davon außerhalb dieses Computers auf: ohne sie lassen sich die Archive nicht öffnen.</translation>
    </message>
    <message>
        <source>backup takes one archive file to write.</source>
        <translation>backup nimmt eine zu schreibende Archivdatei.</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>Unter %1 gibt es keine Datenbank, die gesichert werden kann.</translation>
    </message>
    <message>
        <source>Wrote the data key to %1 (%2 bytes) and read it back.</source>
        <translation>Der Datenschlüssel wurde nach %1 geschrieben (%2 Bytes) und zurückgelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the database %1 (schema %2, %n user(s)) and the data key to %3 (%4 bytes). Verified: the archive opens, the copy passes SQLite&apos;s integrity check, and the key opens it and every two-factor secret in it (%5).</source>
        <translation>
            <numerusform>Datenbank %1 (Schema %2, %n Benutzer) und Datenschlüssel nach %3 gesichert (%4 Bytes). Geprüft: das Archiv lässt sich öffnen, die Kopie besteht die Integritätsprüfung von SQLite, und der Schlüssel öffnet sie und jedes Zwei-Faktor-Geheimnis darin (%5).</numerusform>
            <numerusform>Datenbank %1 (Schema %2, %n Benutzer) und Datenschlüssel nach %3 gesichert (%4 Bytes). Geprüft: das Archiv lässt sich öffnen, die Kopie besteht die Integritätsprüfung von SQLite, und der Schlüssel öffnet sie und jedes Zwei-Faktor-Geheimnis darin (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>data-key import takes one archive file.</source>
        <translation>data-key import nimmt eine Archivdatei.</translation>
    </message>
    <message>
        <source>restore takes one archive file.</source>
        <translation>restore nimmt eine Archivdatei.</translation>
    </message>
    <message>
        <source>without a terminal to confirm at, add --yes.</source>
        <translation>ohne Terminal zum Bestätigen fügen Sie --yes hinzu.</translation>
    </message>
    <message>
        <source>The database %1 is in use by a running kiosk or API. Stop it first, then restore; nothing was changed.</source>
        <translation>Die Datenbank %1 wird von einem laufenden Kiosk oder einer laufenden API verwendet. Beenden Sie diese zuerst und stellen Sie dann wieder her; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import the data key from %1 (made %2)?</source>
        <translation>Den Datenschlüssel aus %1 (erstellt %2) importieren?</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup %1 (made %2, schema %3, %n user(s))?</source>
        <translation>
            <numerusform>Die Sicherung %1 (erstellt %2, Schema %3, %n Benutzer) wiederherstellen?</numerusform>
            <numerusform>Die Sicherung %1 (erstellt %2, Schema %3, %n Benutzer) wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Imported the data key into %1.</source>
        <translation>Der Datenschlüssel wurde nach %1 importiert.</translation>
    </message>
    <message>
        <source>Restored the database %1 and the data key %2 from the backup made %3.</source>
        <translation>Datenbank %1 und Datenschlüssel %2 aus der Sicherung vom %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The replaced files are kept as %1.</source>
        <translation>Die ersetzten Dateien sind als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>data-key export takes one archive file to write.</source>
        <translation>data-key export nimmt eine zu schreibende Archivdatei.</translation>
    </message>
    <message>
        <source>Exported the data key (from %1) to %2 and read it back. Keep it apart from the database and its backups, and the passphrase apart from both.</source>
        <translation>Der Datenschlüssel (aus %1) wurde nach %2 exportiert und zurückgelesen. Bewahren Sie ihn getrennt von der Datenbank und ihren Sicherungen auf und die Passphrase getrennt von beiden.</translation>
    </message>
    <message>
        <source>The SQLite database.</source>
        <translation>Die SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>Die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Restore or import without asking (scripts).</source>
        <translation>Ohne Nachfrage wiederherstellen oder importieren (Skripte).</translation>
    </message>
    <message>
        <source>Store the passphrase of scheduled backups.</source>
        <translation>Die Passphrase der geplanten Sicherungen speichern.</translation>
    </message>
    <message>
        <source>backup FILE | restore FILE | data-key export|import FILE</source>
        <translation>backup DATEI | restore DATEI | data-key export|import DATEI</translation>
    </message>
    <message>
        <source>expected backup, restore or data-key.</source>
        <translation>erwartet wird backup, restore oder data-key.</translation>
    </message>
    <message>
        <source>data-key takes export FILE or import FILE.</source>
        <translation>data-key nimmt export DATEI oder import DATEI.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupRestorer</name>
    <message>
        <source>Cannot read the backup archive %1: %2.</source>
        <translation>Das Sicherungsarchiv %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a TwoFactorKiosk backup archive.</source>
        <translation>%1 ist zu groß für ein Sicherungsarchiv von TwoFactorKiosk.</translation>
    </message>
    <message>
        <source>The backup archive %1 holds no data key. Its database alone would lock every enrolled user out (their two-factor secrets are sealed under the key), so nothing was restored.</source>
        <translation>Das Sicherungsarchiv %1 enthält keinen Datenschlüssel. Seine Datenbank allein würde jeden registrierten Benutzer aussperren (ihre Zwei-Faktor-Geheimnisse sind mit dem Schlüssel versiegelt), daher wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup archive %1 holds only a data key, no database. Put the key back with &quot;twofactor-kiosk data-key import %1&quot;; nothing was restored.</source>
        <translation>Das Sicherungsarchiv %1 enthält nur einen Datenschlüssel, keine Datenbank. Spielen Sie den Schlüssel mit „twofactor-kiosk data-key import %1“ zurück; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The configured database is PostgreSQL: restore it from its pg_dump with pg_restore, and put the data key back with &quot;twofactor-kiosk data-key import FILE&quot;. Nothing was restored.</source>
        <translation>Die eingestellte Datenbank ist PostgreSQL: stellen Sie sie mit pg_restore aus ihrem pg_dump wieder her und spielen Sie den Datenschlüssel mit „twofactor-kiosk data-key import DATEI“ zurück. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup archive %1 holds a database with schema version %2, newer than this program&apos;s %3. Restore it with the TwoFactorKiosk version that made it (or a newer one); nothing was restored.</source>
        <translation>Das Sicherungsarchiv %1 enthält eine Datenbank mit Schemaversion %2, neuer als die %3 dieses Programms. Stellen Sie sie mit der TwoFactorKiosk-Version wieder her, die sie erstellt hat (oder einer neueren); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database in the backup archive %1 cannot be used, so nothing was restored: %2</source>
        <translation>Die Datenbank im Sicherungsarchiv %1 ist nicht verwendbar, daher wurde nichts wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>%1 %2 is replaced (the current file is kept as %2%3)</source>
        <translation>%1 %2 wird ersetzt (die aktuelle Datei bleibt als %2%3 erhalten)</translation>
    </message>
    <message>
        <source>%1 %2 is created</source>
        <translation>%1 %2 wird angelegt</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>the data key</source>
        <translation>der Datenschlüssel</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 as %2: %3.</source>
        <translation>Von %1 kann keine Kopie als %2 aufbewahrt werden: %3.</translation>
    </message>
    <message>
        <source>The environment variable %1 is set and wins over the key file %2, but holds another key: set it to the restored key (the file&apos;s content) or unset it, or the kiosk will not start.</source>
        <translation>Die Umgebungsvariable %1 ist gesetzt und hat Vorrang vor der Schlüsseldatei %2, enthält aber einen anderen Schlüssel: setzen Sie sie auf den wiederhergestellten Schlüssel (den Inhalt der Datei) oder entfernen Sie sie, sonst startet der Kiosk nicht.</translation>
    </message>
    <message>
        <source>Open the backup archive with its passphrase first.</source>
        <translation>Öffnen Sie zuerst das Sicherungsarchiv mit seiner Passphrase.</translation>
    </message>
    <message>
        <source>The database %1 is in use by a running kiosk or API. Stop it first, then restore; nothing was changed.</source>
        <translation>Die Datenbank %1 wird von einem laufenden Kiosk oder einer laufenden API verwendet. Beenden Sie diese zuerst und stellen Sie dann wieder her; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The data key in %1 does not open the database %2: it belongs to another database. Nothing was changed.</source>
        <translation>Der Datenschlüssel in %1 öffnet die Datenbank %2 nicht: er gehört zu einer anderen Datenbank. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupScheduler</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No scheduled backups: set a backup folder (backup/directory) so that the database and the data key are saved every day.</source>
        <translation>Keine geplanten Sicherungen: legen Sie einen Sicherungsordner fest (backup/directory), damit Datenbank und Datenschlüssel täglich gesichert werden.</translation>
    </message>
    <message>
        <source>Scheduled backups have no passphrase: set one with &quot;twofactor-kiosk backup --set-passphrase&quot;.</source>
        <translation>Geplante Sicherungen haben keine Passphrase: legen Sie eine mit „twofactor-kiosk backup --set-passphrase“ fest.</translation>
    </message>
    <message>
        <source>The last scheduled backup failed: %1</source>
        <translation>Die letzte geplante Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The last backup is %1 old: check the backup folder %2.</source>
        <translation>Die letzte Sicherung ist %1 alt: prüfen Sie den Sicherungsordner %2.</translation>
    </message>
    <message>
        <source>There is no backup yet in %1.</source>
        <translation>In %1 gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Last backup %1 ago.</source>
        <translation>Letzte Sicherung vor %1.</translation>
    </message>
    <message>
        <source>The data key is not available to the backup.</source>
        <translation>Der Datenschlüssel steht der Sicherung nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A backup is already being made; wait for it to finish.</source>
        <translation>Es wird bereits eine Sicherung erstellt; warten Sie, bis sie fertig ist.</translation>
    </message>
</context>
<context>
    <name>tfk::BackupWriter</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The backup written to %1 does not read back as written; it was removed. Check the disk and try again.</source>
        <translation>Die nach %1 geschriebene Sicherung liest sich nicht so zurück, wie sie geschrieben wurde; sie wurde entfernt. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database is PostgreSQL: back it up with pg_dump (for example: pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=twofactor-kiosk.dump %4) and restore it with pg_restore. This archive holds only the data key, which the dump needs to be of any use.</source>
        <translation>Die Datenbank ist PostgreSQL: sichern Sie sie mit pg_dump (zum Beispiel: pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=twofactor-kiosk.dump %4) und stellen Sie sie mit pg_restore wieder her. Dieses Archiv enthält nur den Datenschlüssel, ohne den der Dump nutzlos ist.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>Im Ordner %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>tfk::Base32</name>
    <message>
        <source>The base32 text contains &apos;%1&apos; at position %2; only the letters A-Z and the digits 2-7 are allowed.</source>
        <translation>Der Base32-Text enthält „%1“ an Position %2; erlaubt sind nur die Buchstaben A–Z und die Ziffern 2–7.</translation>
    </message>
    <message>
        <source>The base32 text has the wrong amount of &apos;=&apos; padding.</source>
        <translation>Der Base32-Text hat eine falsche Anzahl von „=“-Füllzeichen.</translation>
    </message>
    <message>
        <source>The base32 text has a length of %1, which no base32 encoding can have.</source>
        <translation>Der Base32-Text hat die Länge %1, die keine Base32-Kodierung haben kann.</translation>
    </message>
</context>
<context>
    <name>tfk::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Wird bearbeitet...</translation>
    </message>
</context>
<context>
    <name>tfk::ClockCheck</name>
    <message>
        <source>behind</source>
        <translation>hinter</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s %2 the database server&apos;s. Codes texted from another desk may be refused here (a code is valid for 30 s, with one step of grace either way). Set the clock automatically (NTP) on this computer and on the server.</source>
        <translation>Die Uhr dieses Computers geht %1 s %2 der des Datenbankservers. Codes, die an einem anderen Platz verschickt wurden, können hier abgelehnt werden (ein Code gilt 30 s, mit je einem Schritt Spielraum). Stellen Sie die Uhr auf diesem Computer und auf dem Server automatisch (NTP).</translation>
    </message>
</context>
<context>
    <name>tfk::CommandLine</name>
    <message>
        <source>Use the SQLite database &lt;file&gt; (or a postgresql://user@host:port/dbname URL) instead of the configured one.</source>
        <translation>Die SQLite-Datenbank &lt;file&gt; (oder eine URL postgresql://benutzer@host:port/datenbank) statt der eingestellten verwenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;file&gt;.</source>
        <translation>Einstellungen in &lt;file&gt; lesen und schreiben.</translation>
    </message>
    <message>
        <source>Send text messages to a mock SMS sink started inside the program (no Twilio account needed; nothing leaves this computer).</source>
        <translation>SMS an eine im Programm gestartete SMS-Attrappe senden (kein Twilio-Konto nötig; nichts verlässt diesen Computer).</translation>
    </message>
    <message>
        <source>Add a few demo users when the database is empty.</source>
        <translation>Einige Demo-Benutzer anlegen, wenn die Datenbank leer ist.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein PNG des Hauptfensters nach &lt;file&gt; speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Walk through the demo (needs --mock-sms --demo), save a PNG of every screen and dialog in &lt;folder&gt;, then quit.</source>
        <translation>Die Demo durchlaufen (benötigt --mock-sms --demo), ein PNG jedes Bildschirms und Dialogs in &lt;folder&gt; speichern, dann beenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, wiped after %1 seconds without input (kiosk/idleSeconds); only the Sign in screen without an operator sign-in; Ctrl+Shift+Q and an administrator&apos;s sign-in leave it.</source>
        <translation>Kioskmodus: Vollbild, nach %1 Sekunden ohne Eingabe geleert (kiosk/idleSeconds); ohne Anmeldung eines Bedieners nur die Anmeldeseite; Strg+Umschalt+Q und die Anmeldung eines Administrators beenden ihn.</translation>
    </message>
    <message>
        <source>Replaced by operators (see: twofactor-kiosk operator add).</source>
        <translation>Durch Bediener ersetzt (siehe: twofactor-kiosk operator add).</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Also serve the FusionAuth-compatible HTTP API.</source>
        <translation>Zusätzlich die FusionAuth-kompatible HTTP-API bereitstellen.</translation>
    </message>
    <message>
        <source>With --api: serve without a window (logs to stderr, stops on SIGTERM).</source>
        <translation>Mit --api: ohne Fenster bereitstellen (protokolliert nach stderr, endet bei SIGTERM).</translation>
    </message>
    <message>
        <source>Where the API listens (default 127.0.0.1:9011).</source>
        <translation>Wo die API lauscht (Standard: 127.0.0.1:9011).</translation>
    </message>
    <message>
        <source>Allow --api-listen on an address other computers can reach.</source>
        <translation>--api-listen auf einer Adresse erlauben, die andere Computer erreichen können.</translation>
    </message>
    <message>
        <source>Helpdesk kiosk for SMS two-factor enrollment and sign-in.</source>
        <translation>Helpdesk-Kiosk für die Einrichtung der SMS-Zwei-Faktor-Anmeldung und die Anmeldung.</translation>
    </message>
    <message>
        <source>--%1 needs the window: leave out --headless.</source>
        <translation>--%1 braucht das Fenster: --headless weglassen.</translation>
    </message>
    <message>
        <source>The operator PIN was replaced by operator accounts: an administrator signs in to leave kiosk mode. Add one with: twofactor-kiosk operator add NAME --role admin</source>
        <translation>Die Bediener-PIN wurde durch Bedienerkonten ersetzt: Um den Kioskmodus zu beenden, meldet sich ein Administrator an. Einen anlegen mit: twofactor-kiosk operator add NAME --role admin</translation>
    </message>
    <message>
        <source>Show the API view at start: each step as its FusionAuth request and answer, and the Twilio requests (View &gt; API view).</source>
        <translation>Die API-Ansicht beim Start zeigen: jeden Schritt als FusionAuth-Anfrage und -Antwort sowie die Twilio-Anfragen (Ansicht &gt; API-Ansicht).</translation>
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
        <translation>Die Kryptografie-Bibliothek QCA kann %1 nicht bereitstellen. Installieren Sie das QCA-OpenSSL-Plugin (Debian-Paket libqca-qt6-plugins) und starten Sie das Programm erneut.</translation>
    </message>
</context>
<context>
    <name>tfk::DataKey</name>
    <message>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
    <message>
        <source>The environment variable %1 does not hold a data key: it must be the base64 text of exactly %2 bytes.</source>
        <translation>Die Umgebungsvariable %1 enthält keinen Datenschlüssel: Sie muss der Base64-Text von genau %2 Bytes sein.</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>No data key file is configured and the environment variable %1 is not set.</source>
        <translation>Es ist keine Datenschlüsseldatei konfiguriert und die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The data key file %1 does not exist. Restore it from your backup or set the environment variable %2; a new key cannot read the two-factor secrets sealed under the old one.</source>
        <translation>Die Datenschlüsseldatei %1 existiert nicht. Stellen Sie sie aus Ihrer Sicherung wieder her oder setzen Sie die Umgebungsvariable %2; ein neuer Schlüssel kann die mit dem alten versiegelten Zwei-Faktor-Geheimnisse nicht lesen.</translation>
    </message>
    <message>
        <source>a key given in code</source>
        <translation>ein im Code angegebener Schlüssel</translation>
    </message>
    <message>
        <source>The data key file %1 cannot be read: %2.</source>
        <translation>Die Datenschlüsseldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The data key file %1 does not hold a data key: it must contain only the base64 text of exactly %2 bytes.</source>
        <translation>Die Datenschlüsseldatei %1 enthält keinen Datenschlüssel: Sie darf nur den Base64-Text von genau %2 Bytes enthalten.</translation>
    </message>
    <message>
        <source>The data key file %1 can be read or changed by other users; restrict it with &quot;chmod 600 %1&quot;.</source>
        <translation>Die Datenschlüsseldatei %1 kann von anderen Benutzern gelesen oder geändert werden; schränken Sie sie mit „chmod 600 %1“ ein.</translation>
    </message>
    <message>
        <source>The folder %1 for the data key cannot be created.</source>
        <translation>Der Ordner %1 für den Datenschlüssel kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data key file %1 cannot be created: another program holds the lock %2.lock.</source>
        <translation>Die Datenschlüsseldatei %1 kann nicht angelegt werden: Ein anderes Programm hält die Sperrdatei %2.lock.</translation>
    </message>
    <message>
        <source>The data key file %1 cannot be created: no random numbers are available.</source>
        <translation>Die Datenschlüsseldatei %1 kann nicht angelegt werden: Es sind keine Zufallszahlen verfügbar.</translation>
    </message>
    <message>
        <source>The data key file %1 cannot be created: %2.</source>
        <translation>Die Datenschlüsseldatei %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>A new data key was created in %1. Back it up now: without it the two-factor secrets cannot be read.</source>
        <translation>In %1 wurde ein neuer Datenschlüssel angelegt. Sichern Sie ihn jetzt: Ohne ihn können die Zwei-Faktor-Geheimnisse nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>tfk::DataKeyReminderDialog</name>
    <message>
        <source>Export the data key</source>
        <translation>Datenschlüssel exportieren</translation>
    </message>
    <message>
        <source>A new data key was made for this kiosk (%1). It seals every user&apos;s two-factor secret: if it is lost, every enrolled user is locked out, and the database and its backups cannot help.

Export it now, encrypted under a passphrase, and keep the file apart from the database (a USB stick in a safe) and the passphrase apart from both.</source>
        <translation>Für diesen Kiosk wurde ein neuer Datenschlüssel erstellt (%1). Er versiegelt das Zwei-Faktor-Geheimnis jedes Benutzers: geht er verloren, ist jeder registrierte Benutzer ausgesperrt, und weder die Datenbank noch ihre Sicherungen helfen.

Exportieren Sie ihn jetzt, verschlüsselt mit einer Passphrase, und bewahren Sie die Datei getrennt von der Datenbank auf (ein USB-Stick in einem Safe) und die Passphrase getrennt von beiden.</translation>
    </message>
    <message>
        <source>&amp;Export data key...</source>
        <translation>Datenschlüssel &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export the data key now</source>
        <translation>Den Datenschlüssel jetzt exportieren</translation>
    </message>
    <message>
        <source>Remind me &amp;later</source>
        <translation>&amp;Später erinnern</translation>
    </message>
    <message>
        <source>Remind me the next time the program starts</source>
        <translation>Beim nächsten Programmstart erinnern</translation>
    </message>
</context>
<context>
    <name>tfk::Database</name>
    <message>
        <source>Qt&apos;s %1 database driver is not installed (Debian: libqt6sql6-%2).</source>
        <translation>Der %1-Datenbanktreiber von Qt ist nicht installiert (Debian: libqt6sql6-%2).</translation>
    </message>
    <message>
        <source>No database file is configured.</source>
        <translation>Es ist keine Datenbankdatei konfiguriert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The database is busy: another program or kiosk holds it locked. Try again in a moment; nothing was changed.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm oder ein anderer Kiosk hält sie gesperrt. Versuchen Sie es gleich noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Free some space and try again; nothing was changed.</source>
        <translation>Der Datenträger mit der Datenbank ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database is read-only: check the permissions of %1.</source>
        <translation>Die Datenbank ist schreibgeschützt: Prüfen Sie die Berechtigungen von %1.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a TwoFactorKiosk database. Restore it from a backup.</source>
        <translation>%1 ist beschädigt oder keine TwoFactorKiosk-Datenbank. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database (%1).</source>
        <translation>Der Datenträger meldete beim Lesen oder Schreiben der Datenbank einen Fehler (%1).</translation>
    </message>
    <message>
        <source>The database refused the change: %1.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full; nothing was changed.</source>
        <translation>Der Datenträger des Datenbankservers ist voll; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database is busy with a conflicting change. Try again; nothing was changed.</source>
        <translation>Die Datenbank ist mit einer widersprechenden Änderung beschäftigt. Versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: %2</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>The database URL %1 cannot be used: %2</source>
        <translation>Die Datenbank-URL %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/dbname?sslmode=require (%1).</source>
        <translation>schreiben Sie sie als postgresql://benutzer@host:port/datenbank?sslmode=require (%1).</translation>
    </message>
    <message>
        <source>it names no database (postgresql://user@host:port/dbname).</source>
        <translation>sie nennt keine Datenbank (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection setting it knows (known: %2).</source>
        <translation>„%1“ ist keine bekannte Verbindungseinstellung (bekannt: %2).</translation>
    </message>
    <message>
        <source>the value of %1 contains a semicolon.</source>
        <translation>der Wert von %1 enthält ein Semikolon.</translation>
    </message>
    <message>
        <source>connect_timeout must be whole seconds.</source>
        <translation>connect_timeout muss in ganzen Sekunden angegeben werden.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost (%2). The step was not completed; the kiosk reconnects when you try again.</source>
        <translation>Die Verbindung zum Datenbankserver %1 ist abgebrochen (%2). Der Schritt wurde nicht ausgeführt; der Kiosk verbindet sich beim nächsten Versuch neu.</translation>
    </message>
    <message>
        <source>in the middle of a transaction</source>
        <translation>mitten in einer Transaktion</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server for %1: %2 Check that the server runs and accepts connections from this computer, and the URL, user and password (PGPASSWORD or ~/.pgpass).</source>
        <translation>Keine Verbindung zum PostgreSQL-Server für %1: %2 Prüfen Sie, ob der Server läuft und Verbindungen von diesem Computer annimmt, sowie URL, Benutzer und Passwort (PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>The database did not tell its time.</source>
        <translation>Die Datenbank hat ihre Uhrzeit nicht genannt.</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is read-only (mounted read-only), so nothing can be saved. Make it writable again or move the database to a writable disk; nothing was changed.</source>
        <translation>Der Datenträger mit der Datenbank %1 ist schreibgeschützt (schreibgeschützt eingehängt), daher kann nichts gespeichert werden. Machen Sie ihn wieder beschreibbar oder verschieben Sie die Datenbank auf einen beschreibbaren Datenträger; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This user may not write %1, so nothing can be saved (SQLite needs to write the database and to create files beside it in %2). Give this user write permission on both; nothing was changed.</source>
        <translation>Dieser Benutzer darf %1 nicht schreiben, daher kann nichts gespeichert werden (SQLite muss die Datenbank schreiben und daneben in %2 Dateien anlegen). Geben Sie diesem Benutzer Schreibrechte auf beides; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tfk::DatabasePanel</name>
    <message>
        <source>Where the data is</source>
        <translation>Wo die Daten liegen</translation>
    </message>
    <message>
        <source>the PostgreSQL server %1:%2, database %3</source>
        <translation>der PostgreSQL-Server %1:%2, Datenbank %3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Data key: %1</source>
        <translation>Datenschlüssel: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server: back it up there with pg_dump, for example
pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=twofactor-kiosk.dump %4
and restore it with pg_restore --clean. This program backs up only the data key, which the dump needs to be of any use: export it below and keep it apart from the dumps.</source>
        <translation>Die Datenbank liegt auf einem PostgreSQL-Server: sichern Sie sie dort mit pg_dump, zum Beispiel
pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=twofactor-kiosk.dump %4
und stellen Sie sie mit pg_restore --clean wieder her. Dieses Programm sichert nur den Datenschlüssel, ohne den der Dump nutzlos ist: exportieren Sie ihn unten und bewahren Sie ihn getrennt von den Dumps auf.</translation>
    </message>
    <message>
        <source>A backup archive holds the database and the data key, encrypted under a passphrase you choose. It is made while the kiosk keeps working. Make one before every upgrade and keep it on another disk, and the passphrase somewhere else.</source>
        <translation>Ein Sicherungsarchiv enthält die Datenbank und den Datenschlüssel, verschlüsselt mit einer Passphrase Ihrer Wahl. Es wird erstellt, während der Kiosk weiterarbeitet. Erstellen Sie vor jedem Update eines, bewahren Sie es auf einem anderen Datenträger auf und die Passphrase an einem anderen Ort.</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>Jetzt &amp;sichern...</translation>
    </message>
    <message>
        <source>Back up the database and the data key now</source>
        <translation>Datenbank und Datenschlüssel jetzt sichern</translation>
    </message>
    <message>
        <source>R&amp;estore...</source>
        <translation>&amp;Wiederherstellen...</translation>
    </message>
    <message>
        <source>Restore the database and the data key from a backup</source>
        <translation>Datenbank und Datenschlüssel aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A restore replaces the database and the data key with the archive&apos;s, keeps the current files beside them as .before-restore, and closes and starts the program again.</source>
        <translation>Eine Wiederherstellung ersetzt Datenbank und Datenschlüssel durch die des Archivs, bewahrt die aktuellen Dateien daneben als .before-restore auf und beendet und startet das Programm neu.</translation>
    </message>
    <message>
        <source>Data key</source>
        <translation>Datenschlüssel</translation>
    </message>
    <message>
        <source>The data key seals every user&apos;s two-factor secret: the database and its backups are worthless without it. Keep an export of it on its own, encrypted under a passphrase, apart from the database (a USB stick in a safe).</source>
        <translation>Der Datenschlüssel versiegelt das Zwei-Faktor-Geheimnis jedes Benutzers: ohne ihn sind die Datenbank und ihre Sicherungen wertlos. Bewahren Sie einen eigenen Export davon, verschlüsselt mit einer Passphrase, getrennt von der Datenbank auf (ein USB-Stick in einem Safe).</translation>
    </message>
    <message>
        <source>E&amp;xport data key...</source>
        <translation>Datenschlüssel e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export the data key to a file</source>
        <translation>Den Datenschlüssel in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Only an administrator can back up, restore or export the data key.</source>
        <translation>Nur ein Administrator kann sichern, wiederherstellen oder den Datenschlüssel exportieren.</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Ergebnis der Sicherung</translation>
    </message>
    <message>
        <source>Last exported %1.</source>
        <translation>Zuletzt exportiert: %1.</translation>
    </message>
    <message>
        <source>Not exported yet from this computer.</source>
        <translation>Von diesem Computer noch nicht exportiert.</translation>
    </message>
    <message>
        <source>Scheduled backups: %1</source>
        <translation>Geplante Sicherungen: %1</translation>
    </message>
    <message>
        <source>Backup archives (*.tfkbackup);;All files (*)</source>
        <translation>Sicherungsarchive (*.tfkbackup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Passphrase für die Sicherung</translation>
    </message>
    <message>
        <source>The archive %1 holds the database and the data key, encrypted under this passphrase. Keep the passphrase apart from the archive (a password manager, a sealed envelope): without it the archive cannot be opened, and nobody can recover it.</source>
        <translation>Das Archiv %1 enthält die Datenbank und den Datenschlüssel, verschlüsselt mit dieser Passphrase. Bewahren Sie die Passphrase getrennt vom Archiv auf (ein Passwortmanager, ein versiegelter Umschlag): ohne sie lässt sich das Archiv nicht öffnen, und niemand kann sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Backing up to %1...</source>
        <translation>Sicherung nach %1...</translation>
    </message>
    <message>
        <source>Backed up the database and the data key to %1 (%2). Verified: the archive opens with the passphrase, the copy passes SQLite&apos;s integrity check, and the key opens every two-factor secret in it (schema version %3, users: %4, secrets: %5).</source>
        <translation>Datenbank und Datenschlüssel wurden nach %1 gesichert (%2). Geprüft: das Archiv öffnet sich mit der Passphrase, die Kopie besteht die Integritätsprüfung von SQLite, und der Schlüssel öffnet jedes Zwei-Faktor-Geheimnis darin (Schemaversion %3, Benutzer: %4, Geheimnisse: %5).</translation>
    </message>
    <message>
        <source>Export the data key to</source>
        <translation>Datenschlüssel exportieren nach</translation>
    </message>
    <message>
        <source>Passphrase for the data key</source>
        <translation>Passphrase für den Datenschlüssel</translation>
    </message>
    <message>
        <source>The file %1 holds the data key alone, encrypted under this passphrase. Keep the file apart from the database and its backups, and the passphrase apart from both.</source>
        <translation>Die Datei %1 enthält nur den Datenschlüssel, verschlüsselt mit dieser Passphrase. Bewahren Sie die Datei getrennt von der Datenbank und ihren Sicherungen auf und die Passphrase getrennt von beiden.</translation>
    </message>
    <message>
        <source>Exporting the data key to %1...</source>
        <translation>Datenschlüssel wird nach %1 exportiert...</translation>
    </message>
    <message>
        <source>Exported the data key to %1 (%2) and read it back. Keep it apart from the database and its backups, and the passphrase apart from both.</source>
        <translation>Der Datenschlüssel wurde nach %1 exportiert (%2) und zurückgelesen. Bewahren Sie ihn getrennt von der Datenbank und ihren Sicherungen auf und die Passphrase getrennt von beiden.</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Wiederherstellen aus</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>Die Passphrase von %1:</translation>
    </message>
    <message>
        <source>Opening and checking %1...</source>
        <translation>%1 wird geöffnet und geprüft...</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup %1, made %2 (schema version %3, users: %4)?</source>
        <translation>Die Sicherung %1 vom %2 wiederherstellen (Schemaversion %3, Benutzer: %4)?</translation>
    </message>
    <message>
        <source>TwoFactorKiosk then closes, puts these files in place and starts again: whoever is signed in at this desk is signed out, and everything recorded since the backup was made is replaced. Stop any other kiosk or API that uses this database first.</source>
        <translation>TwoFactorKiosk beendet sich dann, legt diese Dateien an ihren Platz und startet neu: wer an diesem Platz angemeldet ist, wird abgemeldet, und alles, was seit der Sicherung erfasst wurde, wird ersetzt. Beenden Sie vorher jeden anderen Kiosk und jede API, die diese Datenbank verwenden.</translation>
    </message>
    <message>
        <source>&amp;Restore and restart</source>
        <translation>&amp;Wiederherstellen und neu starten</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring: TwoFactorKiosk closes, puts the files in place and starts again.</source>
        <translation>Wiederherstellung: TwoFactorKiosk beendet sich, legt die Dateien an ihren Platz und startet neu.</translation>
    </message>
    <message>
        <source>Restored the database and the data key from the backup made %1.</source>
        <translation>Datenbank und Datenschlüssel wurden aus der Sicherung vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The replaced files are kept as %1.</source>
        <translation>Die ersetzten Dateien sind als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>tfk::DatabaseSnapshot</name>
    <message>
        <source>Only SQLite databases can be copied by the program itself.</source>
        <translation>Nur SQLite-Datenbanken kann das Programm selbst kopieren.</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>Unter %1 gibt es keine Datenbank, die gesichert werden kann.</translation>
    </message>
    <message>
        <source>The copy of the database fails SQLite&apos;s integrity check: %1</source>
        <translation>Die Kopie der Datenbank besteht die Integritätsprüfung von SQLite nicht: %1</translation>
    </message>
    <message>
        <source>%1 is not a TwoFactorKiosk database: it has no schema.</source>
        <translation>%1 ist keine TwoFactorKiosk-Datenbank: sie hat kein Schema.</translation>
    </message>
    <message>
        <source>The database in %1 has schema version %2, newer than this program&apos;s %3: it was made by a newer TwoFactorKiosk. Use that version (or a newer one); nothing was changed.</source>
        <translation>Die Datenbank in %1 hat die Schemaversion %2, neuer als die %3 dieses Programms: sie wurde von einem neueren TwoFactorKiosk erstellt. Verwenden Sie diese Version (oder eine neuere); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A two-factor secret in the copy of the database does not open with the data key: %1</source>
        <translation>Ein Zwei-Faktor-Geheimnis in der Kopie der Datenbank lässt sich mit dem Datenschlüssel nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>tfk::DemoScenarios</name>
    <message>
        <source>Back to normal</source>
        <translation>Zurück zum Normalfall</translation>
    </message>
    <message>
        <source>Slow network</source>
        <translation>Langsames Netz</translation>
    </message>
    <message>
        <source>Twilio rate limit</source>
        <translation>Twilio-Ratenlimit</translation>
    </message>
    <message>
        <source>Twilio outage</source>
        <translation>Twilio-Ausfall</translation>
    </message>
    <message>
        <source>Phone switched off</source>
        <translation>Telefon ausgeschaltet</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>Every answer from Twilio takes %1 seconds. Notice the busy indicator under the button while the window stays usable, and that the code still arrives.</source>
        <translation>Jede Antwort von Twilio dauert %1 Sekunden. Achten Sie auf die Fortschrittsanzeige unter der Schaltfläche, während das Fenster bedienbar bleibt, und darauf, dass der Code trotzdem ankommt.</translation>
    </message>
    <message>
        <source>Twilio answers 429 Too Many Requests with Retry-After: %1. Notice that the kiosk waits as Twilio asks, tries three times, then tells the operator Twilio is busy (Twilio 20429).</source>
        <translation>Twilio antwortet 429 Too Many Requests mit Retry-After: %1. Achten Sie darauf, dass der Kiosk so lange wartet, wie Twilio verlangt, es dreimal versucht und dann dem Bediener sagt, dass Twilio ausgelastet ist (Twilio 20429).</translation>
    </message>
    <message>
        <source>Twilio answers 500 Internal Server Error. Notice that the kiosk does not send again on its own and says so (Twilio 20500); nothing reaches the phone.</source>
        <translation>Twilio antwortet 500 Internal Server Error. Achten Sie darauf, dass der Kiosk nicht von selbst erneut sendet und das sagt (Twilio 20500); nichts erreicht das Telefon.</translation>
    </message>
    <message>
        <source>Twilio accepts the text but the carrier cannot reach the phone. Notice the status line going from sent to not delivered (Twilio 30003), and the phone window saying Not delivered.</source>
        <translation>Twilio nimmt die SMS an, aber der Mobilfunkanbieter erreicht das Telefon nicht. Achten Sie darauf, wie die Statuszeile von gesendet zu nicht zugestellt wechselt (Twilio 30003) und das Telefonfenster Nicht zugestellt anzeigt.</translation>
    </message>
    <message>
        <source>Twilio refuses every number as not a mobile number. Notice the operator&apos;s sentence with Twilio&apos;s code 21614, and that nothing reaches the phone.</source>
        <translation>Twilio lehnt jede Nummer als keine Mobilnummer ab. Achten Sie auf den Satz für den Bediener mit dem Twilio-Code 21614 und darauf, dass nichts das Telefon erreicht.</translation>
    </message>
</context>
<context>
    <name>tfk::DisableTwoFactorDialog</name>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung ausschalten</translation>
    </message>
    <message>
        <source>Send code to mobile phone</source>
        <translation>Code an Mobiltelefon senden</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code aus der SMS</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Code sent to %1.</source>
        <translation>Code an %1 gesendet.</translation>
    </message>
    <message>
        <source>To turn off two-factor sign-in for %1, send a code to %2 and type it below, or type one of their recovery codes.</source>
        <translation>Um die Zwei-Faktor-Anmeldung für %1 auszuschalten, senden Sie einen Code an %2 und geben Sie ihn unten ein, oder geben Sie einen der Wiederherstellungscodes der Person ein.</translation>
    </message>
    <message>
        <source>&amp;Or a recovery code:</source>
        <translation>&amp;Oder ein Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
</context>
<context>
    <name>tfk::DurableFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>tfk::DurationSpinBox</name>
    <message>
        <source>%1 second</source>
        <translation>%1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation>%1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation>%1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>tfk::EnrollPage</name>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <source>User to enroll</source>
        <translation>Einzurichtender Benutzer</translation>
    </message>
    <message>
        <source>Country of the mobile phone</source>
        <translation>Land des Mobiltelefons</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Mobiltelefonnummer</translation>
    </message>
    <message>
        <source>e.g. (201) 555-0123 or +44 7400 123456</source>
        <translation>z. B. (201) 555-0123 oder +44 7400 123456</translation>
    </message>
    <message>
        <source>Send code to mobile phone</source>
        <translation>Code an Mobiltelefon senden</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code aus der SMS</translation>
    </message>
    <message>
        <source>Enable two-factor</source>
        <translation>Zwei-Faktor aktivieren</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Enroll a user in two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung für einen Benutzer einrichten</translation>
    </message>
    <message>
        <source>Type the user&apos;s mobile number and send a code. The user reads the code from the text message; type it below to turn two-factor sign-in on.</source>
        <translation>Geben Sie die Mobilnummer des Benutzers ein und senden Sie einen Code. Der Benutzer liest den Code aus der SMS vor; geben Sie ihn unten ein, um die Zwei-Faktor-Anmeldung einzuschalten.</translation>
    </message>
    <message>
        <source>Enroll &amp;another user</source>
        <translation>&amp;Weiteren Benutzer einrichten</translation>
    </message>
    <message>
        <source>Enroll another user</source>
        <translation>Weiteren Benutzer einrichten</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on</source>
        <translation>Zwei-Faktor-Anmeldung ist eingeschaltet</translation>
    </message>
    <message>
        <source>Choose a user...</source>
        <translation>Benutzer auswählen …</translation>
    </message>
    <message>
        <source>Two-factor sign-in is already on for %1. Turn it off in Users to enroll again.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist für %1 bereits eingeschaltet. Schalten Sie sie unter „Benutzer“ aus, um sie neu einzurichten.</translation>
    </message>
    <message>
        <source>Will text %1 (E.164: %2)</source>
        <translation>SMS geht an %1 (E.164: %2)</translation>
    </message>
    <message>
        <source>Code sent to %1 at %2 - %3</source>
        <translation>Code an %1 um %2 gesendet – %3</translation>
    </message>
    <message>
        <source>Sending a code to %1...</source>
        <translation>Code wird an %1 gesendet …</translation>
    </message>
    <message>
        <source>Type the new mobile number of %1.</source>
        <translation>Geben Sie die neue Mobilnummer von %1 ein.</translation>
    </message>
    <message>
        <source>%1 now signs in with a password and a code texted to %2. The recovery codes are shown once: print them or write them down for %1.</source>
        <translation>%1 meldet sich jetzt mit Passwort und einem per SMS an %2 gesendeten Code an. Die Wiederherstellungscodes werden nur einmal angezeigt: Drucken Sie sie aus oder schreiben Sie sie für %1 auf.</translation>
    </message>
</context>
<context>
    <name>tfk::FormDecoder</name>
    <message>
        <source>The form body is malformed: %1 at byte %2.</source>
        <translation>Der Formulartext ist fehlerhaft: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>a &apos;%&apos; not followed by two hex digits</source>
        <translation>ein „%“, auf das keine zwei Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>the unencoded byte 0x%1</source>
        <translation>das nicht kodierte Byte 0x%1</translation>
    </message>
    <message>
        <source>a value that is not valid UTF-8</source>
        <translation>ein Wert, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>a field without &apos;=&apos;</source>
        <translation>ein Feld ohne „=“</translation>
    </message>
    <message>
        <source>a field without a name</source>
        <translation>ein Feld ohne Namen</translation>
    </message>
</context>
<context>
    <name>tfk::HeadlessServer</name>
    <message>
        <source>cannot install the SIGINT/SIGTERM handlers.</source>
        <translation>die Handler für SIGINT/SIGTERM können nicht installiert werden.</translation>
    </message>
    <message>
        <source>mock SMS to %1: %2</source>
        <translation>SMS-Attrappe an %1: %2</translation>
    </message>
    <message>
        <source>mock SMS sink at %1</source>
        <translation>SMS-Attrappe unter %1</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopping without waiting longer for %1 requests still in progress</source>
        <translation>Beenden, ohne länger auf %1 noch laufende Anfragen zu warten</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>Sicherung nach %1 geschrieben</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tfk::HttpRequestParser</name>
    <message>
        <source>The request line and headers are longer than %1 bytes.</source>
        <translation>Anfragezeile und Header sind länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request body of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>Der Anfragetext mit %1 Bytes überschreitet die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD target HTTP/1.1&quot;.</source>
        <translation>Die Anfragezeile hat nicht die Form „METHOD target HTTP/1.1“.</translation>
    </message>
    <message>
        <source>The request target contains a byte that must be percent-encoded.</source>
        <translation>Das Anfrageziel enthält ein Byte, das prozentkodiert werden muss.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &apos;/&apos;.</source>
        <translation>Das Anfrageziel muss ein Pfad sein, der mit „/“ beginnt.</translation>
    </message>
    <message>
        <source>The request line does not end with an HTTP version.</source>
        <translation>Die Anfragezeile endet nicht mit einer HTTP-Version.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Nur HTTP/1.0 und HTTP/1.1 werden unterstützt.</translation>
    </message>
    <message>
        <source>Folded header lines are not allowed.</source>
        <translation>Gefaltete Headerzeilen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>A header line is not &quot;Name: value&quot;.</source>
        <translation>Eine Headerzeile hat nicht die Form „Name: value“.</translation>
    </message>
    <message>
        <source>A header value contains a control character.</source>
        <translation>Ein Headerwert enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The Content-Length header is not one non-negative number.</source>
        <translation>Der Content-Length-Header ist nicht genau eine nicht negative Zahl.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length; Transfer-Encoding is not supported.</source>
        <translation>Senden Sie den Text mit Content-Length; Transfer-Encoding wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>tfk::JwtSigner</name>
    <message>
        <source>The environment variable %1 must hold the base64 text of at least %2 random bytes (for example the output of `openssl rand -base64 32`).</source>
        <translation>Die Umgebungsvariable %1 muss den Base64-Text von mindestens %2 Zufallsbytes enthalten (zum Beispiel die Ausgabe von `openssl rand -base64 32`).</translation>
    </message>
</context>
<context>
    <name>tfk::Keypad</name>
    <message>
        <source>On-screen keypad</source>
        <translation>Bildschirmtastatur</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the code</source>
        <translation>Den Code löschen</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Das letzte Zeichen löschen</translation>
    </message>
</context>
<context>
    <name>tfk::LostPhoneDialog</name>
    <message>
        <source>Lost phone: %1</source>
        <translation>Telefon verloren: %1</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in for %1 (%2) without a code, because the phone %3 is lost. Do this only after you have checked who is asking.</source>
        <translation>Die Zwei-Faktor-Anmeldung für %1 (%2) ohne Code ausschalten, weil das Telefon %3 verloren ist. Tun Sie das erst, nachdem Sie geprüft haben, wer fragt.</translation>
    </message>
    <message>
        <source>How the identity was checked</source>
        <translation>Wie die Identität geprüft wurde</translation>
    </message>
    <message>
        <source>Choose how you checked...</source>
        <translation>Wählen Sie, wie Sie geprüft haben...</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. phone stolen on 3 May, ticket 4711</source>
        <translation>z. B. Telefon am 3. Mai gestohlen, Ticket 4711</translation>
    </message>
    <message>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identität geprüft durch:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happens:&lt;/b&gt; two-factor sign-in for %1 is turned off at once and the recovery codes are void, so until %1 is enrolled again a password alone signs in. A notice is texted to the old number %2, and the audit log records you, the check and the reason.</source>
        <translation>&lt;b&gt;Was passiert:&lt;/b&gt; Die Zwei-Faktor-Anmeldung für %1 wird sofort ausgeschaltet und die Wiederherstellungscodes werden ungültig; bis %1 wieder registriert ist, genügt das Passwort allein. Eine Nachricht geht per SMS an die alte Nummer %2, und das Prüfprotokoll verzeichnet Sie, die Prüfung und den Grund.</translation>
    </message>
    <message>
        <source>&amp;Turn off two-factor</source>
        <translation>Zwei-Faktor &amp;ausschalten</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung ausschalten</translation>
    </message>
    <message>
        <source>&amp;Enroll with a new number</source>
        <translation>Mit neuer Nummer &amp;registrieren</translation>
    </message>
    <message>
        <source>Enroll with a new number</source>
        <translation>Mit neuer Nummer registrieren</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off</source>
        <translation>Zwei-Faktor-Anmeldung ist aus</translation>
    </message>
    <message>
        <source>Two-factor sign-in for %1 is off; the recovery codes are void. Enroll %1 with the new phone number now, so the account is protected again.</source>
        <translation>Die Zwei-Faktor-Anmeldung für %1 ist aus; die Wiederherstellungscodes sind ungültig. Registrieren Sie %1 jetzt mit der neuen Telefonnummer, damit das Konto wieder geschützt ist.</translation>
    </message>
    <message>
        <source>The notice could not be texted to the old number %1: %2</source>
        <translation>Die Nachricht konnte nicht an die alte Nummer %1 gesendet werden: %2</translation>
    </message>
    <message>
        <source>A notice was texted to the old number %1.</source>
        <translation>Eine Nachricht wurde per SMS an die alte Nummer %1 gesendet.</translation>
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
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>Finishing the work in progress...</source>
        <translation>Laufende Arbeiten werden abgeschlossen...</translation>
    </message>
    <message>
        <source>&amp;Operator sign-in</source>
        <translation>&amp;Bediener-Anmeldung</translation>
    </message>
    <message>
        <source>Operator sign-in</source>
        <translation>Bediener-Anmeldung</translation>
    </message>
    <message>
        <source>For the helpdesk (%1)</source>
        <translation>Für den Helpdesk (%1)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>O&amp;perators</source>
        <translation>&amp;Bediener</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Demo administrator: %1, password %2</source>
        <translation>Demo-Administrator: %1, Passwort %2</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the operator side</source>
        <translation>Die Bedienerseite sperren</translation>
    </message>
    <message>
        <source>Lock the operator side (%1)</source>
        <translation>Die Bedienerseite sperren (%1)</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Bediener: %1 (%2)</translation>
    </message>
    <message>
        <source>No operator signed in</source>
        <translation>Kein Bediener angemeldet</translation>
    </message>
    <message>
        <source>TwoFactorKiosk logo</source>
        <translation>TwoFactorKiosk-Logo</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logo von %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>1 warning...</source>
        <translation>1 Warnung...</translation>
    </message>
    <message>
        <source>%1 warnings...</source>
        <translation>%1 Warnungen...</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>&amp;Dock the phone</source>
        <translation>Telefon an&amp;docken</translation>
    </message>
    <message>
        <source>Show the phone beside the screens, or as its own window.</source>
        <translation>Das Telefon neben den Bildschirmen oder als eigenes Fenster zeigen.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>&amp;Reset demo...</source>
        <translation>Demo &amp;zurücksetzen...</translation>
    </message>
    <message>
        <source>Back to the demo users, an empty phone and empty logs.</source>
        <translation>Zurück zu den Demo-Benutzern, einem leeren Telefon und leeren Protokollen.</translation>
    </message>
    <message>
        <source>Demo scenario</source>
        <translation>Demo-Szenario</translation>
    </message>
    <message>
        <source>Demo scenario: %1</source>
        <translation>Demo-Szenario: %1</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the demo? Every user, text and log entry goes and the demo users come back; operators, API keys and settings stay.</source>
        <translation>Demo zurücksetzen? Alle Benutzer, SMS und Protokolleinträge werden gelöscht und die Demo-Benutzer kommen zurück; Bediener, API-Schlüssel und Einstellungen bleiben.</translation>
    </message>
    <message>
        <source>&amp;Reset demo</source>
        <translation>Demo &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting the demo...</source>
        <translation>Demo wird zurückgesetzt...</translation>
    </message>
    <message>
        <source>The demo was reset: the demo users are back, the phone and the logs are empty.</source>
        <translation>Die Demo wurde zurückgesetzt: Die Demo-Benutzer sind zurück, Telefon und Protokolle sind leer.</translation>
    </message>
    <message>
        <source>The demo was not reset: %1</source>
        <translation>Die Demo wurde nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>API view</source>
        <translation>API-Ansicht</translation>
    </message>
    <message>
        <source>A&amp;PI view</source>
        <translation>A&amp;PI-Ansicht</translation>
    </message>
    <message>
        <source>Show each step as the FusionAuth request it corresponds to, and the Twilio requests below it.</source>
        <translation>Jeden Schritt als die FusionAuth-Anfrage zeigen, der er entspricht, und darunter die Twilio-Anfragen.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorCommand</name>
    <message>
        <source>usage: twofactor-kiosk [--database FILE] [--settings FILE] operator add NAME --role admin|helpdesk [--display-name TEXT] | list | disable NAME | passwd NAME</source>
        <translation>Aufruf: twofactor-kiosk [--database FILE] [--settings FILE] operator add NAME --role admin|helpdesk [--display-name TEXT] | list | disable NAME | passwd NAME</translation>
    </message>
    <message>
        <source>New password for operator %1 (at least %2 characters): </source>
        <translation>Neues Passwort für Operator %1 (mindestens %2 Zeichen): </translation>
    </message>
    <message>
        <source>No password was given: type it at the terminal, or pipe it in as one line.</source>
        <translation>Es wurde kein Passwort angegeben: Geben Sie es im Terminal ein oder leiten Sie es als eine Zeile über die Standardeingabe weiter.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>Die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>The new operator&apos;s role: admin or helpdesk.</source>
        <translation>Die Rolle des neuen Operators: admin oder helpdesk.</translation>
    </message>
    <message>
        <source>The new operator&apos;s name as people read it.</source>
        <translation>Der Name des neuen Operators, wie Menschen ihn lesen.</translation>
    </message>
    <message>
        <source>operator add NAME | list | disable NAME | passwd NAME</source>
        <translation>operator add NAME | list | disable NAME | passwd NAME</translation>
    </message>
    <message>
        <source>expected the command operator.</source>
        <translation>der Befehl operator wurde erwartet.</translation>
    </message>
    <message>
        <source>name a subcommand: add, list, disable or passwd.</source>
        <translation>geben Sie einen Unterbefehl an: add, list, disable oder passwd.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 erwartet einen Wert.</translation>
    </message>
    <message>
        <source>add takes one login name and --role admin|helpdesk.</source>
        <translation>add erwartet einen Anmeldenamen und --role admin|helpdesk.</translation>
    </message>
    <message>
        <source>add needs --role admin or --role helpdesk.</source>
        <translation>add erwartet --role admin oder --role helpdesk.</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use admin or helpdesk.</source>
        <translation>unbekannte Rolle „%1“: verwenden Sie admin oder helpdesk.</translation>
    </message>
    <message>
        <source>There is already an operator called %1.</source>
        <translation>Es gibt bereits einen Operator namens %1.</translation>
    </message>
    <message>
        <source>Added operator %1.</source>
        <translation>Operator %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>disable takes the operator&apos;s login name (see operator list).</source>
        <translation>disable erwartet den Anmeldenamen des Operators (siehe operator list).</translation>
    </message>
    <message>
        <source>Operator %1 is disabled.</source>
        <translation>Operator %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>passwd takes the operator&apos;s login name (see operator list).</source>
        <translation>passwd erwartet den Anmeldenamen des Operators (siehe operator list).</translation>
    </message>
    <message>
        <source>Changed the password of operator %1.</source>
        <translation>Das Passwort von Operator %1 wurde geändert.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation>unbekannter Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>The SQLite database file, or a postgresql:// URL.</source>
        <translation>Die SQLite-Datenbankdatei oder eine postgresql://-URL.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorDesk</name>
    <message>
        <source>An operator must sign in first.</source>
        <translation>Zuerst muss sich ein Bediener anmelden.</translation>
    </message>
    <message>
        <source>The operator %1 no longer exists.</source>
        <translation>Den Bediener %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The operator %1 is disabled.</source>
        <translation>Der Bediener %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>%1 is a %2 operator; this needs an administrator.</source>
        <translation>%1 ist Bediener mit der Rolle %2; dafür ist ein Administrator nötig.</translation>
    </message>
    <message>
        <source>The first operator must be an administrator.</source>
        <translation>Der erste Bediener muss ein Administrator sein.</translation>
    </message>
    <message>
        <source>Operator %1 (%2) added.</source>
        <translation>Bediener %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Operator %1 disabled.</source>
        <translation>Bediener %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Password of operator %1 changed.</source>
        <translation>Passwort des Bedieners %1 geändert.</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot; (%2) created.</source>
        <translation>API-Schlüssel „%1“ (%2) angelegt.</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot; (%2) revoked.</source>
        <translation>API-Schlüssel „%1“ (%2) widerrufen.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorDirectory</name>
    <message>
        <source>Enter the operator&apos;s login name.</source>
        <translation>Geben Sie den Anmeldenamen des Operators ein.</translation>
    </message>
    <message>
        <source>The login name is longer than %1 characters.</source>
        <translation>Der Anmeldename ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A login name may only contain letters, digits, dots, dashes and underscores.</source>
        <translation>Ein Anmeldename darf nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>An operator&apos;s password needs at least %1 characters.</source>
        <translation>Das Passwort eines Operators braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation>Das Passwort ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is no operator called %1 (see `operator list`).</source>
        <translation>Es gibt keinen Operator namens %1 (siehe `operator list`).</translation>
    </message>
    <message>
        <source>The display name is longer than %1 characters.</source>
        <translation>Der Anzeigename ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is already an operator called %1.</source>
        <translation>Es gibt bereits einen Operator namens %1.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: add another administrator before disabling this one, or nobody could change settings or leave kiosk mode.</source>
        <translation>%1 ist der letzte Administrator: Legen Sie zuerst einen weiteren Administrator an, sonst könnte niemand mehr Einstellungen ändern oder den Kioskmodus verlassen.</translation>
    </message>
    <message>
        <source>Enter your operator login name.</source>
        <translation>Geben Sie Ihren Operator-Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The operator name or the password is not right.</source>
        <translation>Der Operatorname oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Operator sign-in for this name is locked for %1 more seconds.</source>
        <translation>Zu viele falsche Passwörter. Die Operator-Anmeldung für diesen Namen ist noch %1 Sekunden gesperrt.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorFormDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Den ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>Einen Bediener hinzufügen</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>Das Passwort von %1 setzen</translation>
    </message>
    <message>
        <source>No operator exists yet. Create the first administrator: it can use every operator screen, add helpdesk operators and leave kiosk mode. The Sign in screen works meanwhile.</source>
        <translation>Es gibt noch keinen Bediener. Legen Sie den ersten Administrator an: Er kann alle Bedienerseiten nutzen, Helpdesk-Bediener hinzufügen und den Kioskmodus beenden. Die Anmeldeseite funktioniert währenddessen.</translation>
    </message>
    <message>
        <source>Helpdesk operators enroll users, manage them, reset lost phones and read the activity. Administrators can also change the settings, the operators and the API keys.</source>
        <translation>Helpdesk-Bediener registrieren Benutzer, verwalten sie, setzen verlorene Telefone zurück und lesen die Aktivität. Administratoren können zusätzlich die Einstellungen, die Bediener und die API-Schlüssel ändern.</translation>
    </message>
    <message>
        <source>The new password takes effect at once and lifts a sign-in lockout of %1.</source>
        <translation>Das neue Passwort gilt sofort und hebt eine Anmeldesperre von %1 auf.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e.g. Dana Smith (optional)</source>
        <translation>z. B. Dana Schmidt (optional)</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Das Passwort wiederholen</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>Bediener &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorRoles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorSignInDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus beenden</translation>
    </message>
    <message>
        <source>Operator sign-in</source>
        <translation>Bediener-Anmeldung</translation>
    </message>
    <message>
        <source>An administrator must sign in to leave kiosk mode.</source>
        <translation>Um den Kioskmodus zu beenden, muss sich ein Administrator anmelden.</translation>
    </message>
    <message>
        <source>Sign in as an operator to enroll users, manage them and read the activity.</source>
        <translation>Melden Sie sich als Bediener an, um Benutzer zu registrieren, zu verwalten und die Aktivität zu lesen.</translation>
    </message>
    <message>
        <source>Operator login name</source>
        <translation>Anmeldename des Bedieners</translation>
    </message>
    <message>
        <source>Operator password</source>
        <translation>Passwort des Bedieners</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in as an operator</source>
        <translation>Als Bediener anmelden</translation>
    </message>
    <message>
        <source>%1 is a helpdesk operator: only an administrator can leave kiosk mode.</source>
        <translation>%1 ist Helpdesk-Bediener: Nur ein Administrator kann den Kioskmodus beenden.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorStore</name>
    <message>
        <source>There is already an operator called %1.</source>
        <translation>Es gibt bereits einen Operator namens %1.</translation>
    </message>
</context>
<context>
    <name>tfk::OperatorsPanel</name>
    <message>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Add operator...</source>
        <translation>Bediener &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Disable...</source>
        <translation>&amp;Deaktivieren...</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>&amp;Passwort setzen...</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Operators: %1</source>
        <translation>Bediener: %1</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 wurde als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>Das Passwort von %1 wurde gesetzt.</translation>
    </message>
    <message>
        <source>Disable operator</source>
        <translation>Bediener deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1? %1 cannot sign in any more; the audit log keeps what %1 did.</source>
        <translation>%1 deaktivieren? %1 kann sich dann nicht mehr anmelden; das Prüfprotokoll behält, was %1 getan hat.</translation>
    </message>
    <message>
        <source>&amp;Disable %1</source>
        <translation>%1 &amp;deaktivieren</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>tfk::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Diese Passphrase verwenden</translation>
    </message>
    <message>
        <source>Open the archive</source>
        <translation>Das Archiv öffnen</translation>
    </message>
    <message>
        <source>Use at least %1 characters; four or more unrelated words are easy to type and hard to guess.</source>
        <translation>Mindestens %1 Zeichen; vier oder mehr unzusammenhängende Wörter sind leicht zu tippen und schwer zu erraten.</translation>
    </message>
    <message>
        <source>Strength: too short</source>
        <translation>Stärke: zu kurz</translation>
    </message>
    <message>
        <source>Strength: weak. Whoever gets the archive can try guesses without limit: add words or characters.</source>
        <translation>Stärke: schwach. Wer das Archiv bekommt, kann unbegrenzt raten: fügen Sie Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Stärke: mittel</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Stärke: stark</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen sind nicht gleich.</translation>
    </message>
</context>
<context>
    <name>tfk::PasswordHasher</name>
    <message>
        <source>The password could not be hashed: the computer is short of memory. Try again when fewer programs are running.</source>
        <translation>Das Passwort konnte nicht gehasht werden: Der Computer hat zu wenig Arbeitsspeicher. Versuchen Sie es erneut, wenn weniger Programme laufen.</translation>
    </message>
</context>
<context>
    <name>tfk::PhoneMessageModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Not delivered (%1)</source>
        <translation>Nicht zugestellt (%1)</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Messaging Service %1</source>
        <translation>Messaging Service %1</translation>
    </message>
    <message>
        <source>Message from %1 to %2 at %3: %4. %5</source>
        <translation>Nachricht von %1 an %2 um %3: %4. %5</translation>
    </message>
</context>
<context>
    <name>tfk::PhoneNumberParser</name>
    <message>
        <source>&quot;%1&quot; has no valid country code; start with + and the country code, e.g. +44.</source>
        <translation>„%1“ hat keine gültige Ländervorwahl; beginnen Sie mit + und der Ländervorwahl, z. B. +44.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short: after the international prefix come the country code and the whole number.</source>
        <translation>„%1“ ist zu kurz: Nach der internationalen Vorwahl folgen die Ländervorwahl und die vollständige Nummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>„%1“ ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>„%1“ ist zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: enter the number with its area code.</source>
        <translation>„%1“ ist keine Telefonnummer: Geben Sie die Nummer mit Vorwahl ein.</translation>
    </message>
    <message>
        <source>%1 is a landline number; text messages need a mobile number.</source>
        <translation>%1 ist eine Festnetznummer; für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>%1 is a toll-free number; text messages need a mobile number.</source>
        <translation>%1 ist eine gebührenfreie Nummer; für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>%1 is a premium-rate number; text messages need a mobile number.</source>
        <translation>%1 ist eine Mehrwertdienstnummer; für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>%1 is a shared-cost number; text messages need a mobile number.</source>
        <translation>%1 ist eine Nummer mit geteilten Kosten; für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>%1 is an internet telephony (VoIP) number; text messages need a mobile number.</source>
        <translation>%1 ist eine Internettelefonie-Nummer (VoIP); für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>%1 is a personal number that forwards calls to another phone; enter that mobile number instead.</source>
        <translation>%1 ist eine persönliche Rufnummer, die Anrufe an ein anderes Telefon weiterleitet; geben Sie stattdessen diese Mobilnummer ein.</translation>
    </message>
    <message>
        <source>%1 is a pager number; text messages need a mobile number.</source>
        <translation>%1 ist eine Pager-Nummer; für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>%1 is a company switchboard number; text messages need a mobile number.</source>
        <translation>%1 ist die Nummer einer Telefonzentrale; für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>%1 is a voicemail access number; text messages need a mobile number.</source>
        <translation>%1 ist eine Mailbox-Zugangsnummer; für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number; text messages need a mobile number.</source>
        <translation>%1 ist keine Mobilnummer; für SMS wird eine Mobilnummer benötigt.</translation>
    </message>
    <message>
        <source>%1 is too short for a phone number in %2.</source>
        <translation>%1 ist zu kurz für eine Telefonnummer in %2.</translation>
    </message>
    <message>
        <source>%1 is too long for a phone number in %2.</source>
        <translation>%1 ist zu lang für eine Telefonnummer in %2.</translation>
    </message>
    <message>
        <source>%1 is missing its area code: it looks like a local number in %2.</source>
        <translation>Bei %1 fehlt die Vorwahl: Es sieht nach einer Ortsnummer in %2 aus.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in %2: check the area code and the number of digits.</source>
        <translation>%1 ist keine gültige Telefonnummer in %2: Prüfen Sie die Vorwahl und die Anzahl der Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension; text messages cannot be sent to an extension: enter the mobile number alone.</source>
        <translation>„%1“ hat eine Durchwahl; an eine Durchwahl können keine SMS gesendet werden: Geben Sie nur die Mobilnummer ein.</translation>
    </message>
    <message>
        <source>No country is selected for the phone number; choose one from the list.</source>
        <translation>Für die Telefonnummer ist kein Land ausgewählt; wählen Sie eines aus der Liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code known for phone numbers; choose a country from the list.</source>
        <translation>„%1“ ist kein bekannter Ländercode für Telefonnummern; wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <source>Enter a mobile phone number.</source>
        <translation>Geben Sie eine Mobiltelefonnummer ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it is longer than %2 characters.</source>
        <translation>„%1“ ist keine Telefonnummer: Sie ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces, +, -, /, ( ) and . are allowed.</source>
        <translation>„%1“ ist keine Telefonnummer: Erlaubt sind nur Ziffern, Leerzeichen, +, -, /, ( ) und .</translation>
    </message>
    <message>
        <source>%1 is a Twilio test number; it is accepted only in test mode.</source>
        <translation>%1 ist eine Twilio-Testnummer; sie wird nur im Testmodus akzeptiert.</translation>
    </message>
</context>
<context>
    <name>tfk::PhoneWindow</name>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Phone (mock SMS)</source>
        <translation>Telefon (SMS-Attrappe)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Texts received by the mock SMS sink at %1</source>
        <translation>Von der SMS-Attrappe unter %1 empfangene SMS</translation>
    </message>
    <message>
        <source>No mock SMS sink is running.</source>
        <translation>Es läuft keine SMS-Attrappe.</translation>
    </message>
    <message>
        <source>No messages yet. Codes sent in the kiosk appear here.</source>
        <translation>Noch keine Nachrichten. Im Kiosk gesendete Codes erscheinen hier.</translation>
    </message>
    <message>
        <source>Received text messages</source>
        <translation>Empfangene SMS</translation>
    </message>
</context>
<context>
    <name>tfk::ProcessHardening</name>
    <message>
        <source>core dumps off (the process is not dumpable and its core size limit is 0)</source>
        <translation>Core-Dumps aus (der Prozess ist nicht dumpbar und seine Core-Größengrenze ist 0)</translation>
    </message>
    <message>
        <source>core dumps are not fully off (dumpable: %1, core size limit: %2 bytes): secrets in memory could reach a core file</source>
        <translation>Core-Dumps sind nicht ganz aus (dumpbar: %1, Core-Größengrenze: %2 Bytes): Geheimnisse im Speicher könnten in eine Core-Datei gelangen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>tfk::RecoveryCodes</name>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>That recovery code is not right, or it was already used.</source>
        <translation>Dieser Wiederherstellungscode ist falsch oder wurde bereits verwendet.</translation>
    </message>
</context>
<context>
    <name>tfk::RecoveryCodesDialog</name>
    <message>
        <source>Recovery codes for %1</source>
        <translation>Wiederherstellungscodes für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;These recovery codes are shown only now.&lt;/b&gt; Give them to %1 on paper (Print...) and ask them to keep them away from the phone. Each code signs in once in place of a texted code when the phone is lost.</source>
        <translation>&lt;b&gt;Diese Wiederherstellungscodes werden nur jetzt angezeigt.&lt;/b&gt; Geben Sie sie %1 auf Papier (Drucken...) und bitten Sie darum, sie getrennt vom Telefon aufzubewahren. Jeder Code meldet einmal an, anstelle eines per SMS gesendeten Codes, wenn das Telefon verloren ist.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Recovery code %1: %2</source>
        <translation>Wiederherstellungscode %1: %2</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>Print the recovery codes or save them as a PDF</source>
        <translation>Die Wiederherstellungscodes drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>I have &amp;saved these codes</source>
        <translation>Ich habe die Codes &amp;gesichert</translation>
    </message>
    <message>
        <source>I have saved these codes</source>
        <translation>Ich habe die Codes gesichert</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Erstellt am %1.</translation>
    </message>
    <message>
        <source>Each code works once, in place of the code texted to %1. Keep this page away from the phone; new codes make these void.</source>
        <translation>Jeder Code gilt einmal, anstelle des per SMS an %1 gesendeten Codes. Bewahren Sie dieses Blatt getrennt vom Telefon auf; neue Codes machen diese ungültig.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>An den Drucker %1 gesendet.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>tfk::Runtime</name>
    <message>
        <source>The settings file %1 has a rule out of range: %2</source>
        <translation>Die Einstellungsdatei %1 enthält eine Regel außerhalb des zulässigen Bereichs: %2</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Demo-Administrator</translation>
    </message>
    <message>
        <source>The demo operator &quot;%1&quot; exists in this database but is disabled or not an administrator; use another database for the demo.</source>
        <translation>Der Demo-Bediener „%1“ existiert in dieser Datenbank, ist aber deaktiviert oder kein Administrator; verwenden Sie für die Demo eine andere Datenbank.</translation>
    </message>
    <message>
        <source>The settings file %1 holds a password in database/path. Remove it from the URL and give the password in PGPASSWORD or a pgpass file (~/.pgpass, mode 0600) instead: the settings file is not a place for passwords.</source>
        <translation>Die Einstellungsdatei %1 enthält in database/path ein Passwort. Entfernen Sie es aus der URL und geben Sie das Passwort stattdessen in PGPASSWORD oder einer pgpass-Datei (~/.pgpass, Modus 0600) an: Die Einstellungsdatei ist kein Ort für Passwörter.</translation>
    </message>
    <message>
        <source>Desks that share one database server share one key: copy the data key file (or TFK_DATA_KEY) from the first desk to %1.</source>
        <translation>Plätze, die einen Datenbankserver teilen, teilen einen Schlüssel: Kopieren Sie die Datenschlüsseldatei (oder TFK_DATA_KEY) vom ersten Platz nach %1.</translation>
    </message>
</context>
<context>
    <name>tfk::Schema</name>
    <message>
        <source>%1 has no valid schema version; it is damaged or not a TwoFactorKiosk database.</source>
        <translation>%1 hat keine gültige Schemaversion; die Datei ist beschädigt oder keine TwoFactorKiosk-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer TwoFactorKiosk (schema version %2; this program knows up to %3). Use the newer program, or a backup made with this one.</source>
        <translation>Die Datenbank %1 wurde von einem neueren TwoFactorKiosk geschrieben (Schemaversion %2; dieses Programm kennt Versionen bis %3). Verwenden Sie das neuere Programm oder eine mit diesem Programm erstellte Sicherung.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL extension pg_trgm could not be created (%1). Let the database&apos;s owner or a superuser run CREATE EXTENSION pg_trgm; in the database, then start again.</source>
        <translation>Die PostgreSQL-Erweiterung pg_trgm konnte nicht angelegt werden (%1). Lassen Sie den Eigentümer der Datenbank oder einen Superuser in der Datenbank CREATE EXTENSION pg_trgm; ausführen und starten Sie dann neu.</translation>
    </message>
</context>
<context>
    <name>tfk::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The screenshot tour needs the mock SMS sink (--mock-sms).</source>
        <translation>Die Screenshot-Tour benötigt die SMS-Attrappe (--mock-sms).</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) saved in %1.</source>
        <translation>
            <numerusform>%n Screenshot in %1 gespeichert.</numerusform>
            <numerusform>%n Screenshots in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The tour stopped waiting for: %1</source>
        <translation>Die Tour hat vergeblich gewartet auf: %1</translation>
    </message>
    <message>
        <source>The demo user %1 is missing (start with --demo).</source>
        <translation>Der Demo-Benutzer %1 fehlt (starten Sie mit --demo).</translation>
    </message>
    <message>
        <source>the send button</source>
        <translation>die Senden-Schaltfläche</translation>
    </message>
    <message>
        <source>the delivery report</source>
        <translation>den Zustellbericht</translation>
    </message>
    <message>
        <source>the verification dialog and its text</source>
        <translation>den Bestätigungsdialog und seinen Text</translation>
    </message>
    <message>
        <source>the welcome page</source>
        <translation>die Begrüßungsseite</translation>
    </message>
    <message>
        <source>two-factor to be enabled</source>
        <translation>das Einschalten der Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>The screenshot tour needs the demo administrator (--demo, without --kiosk).</source>
        <translation>Der Bildschirmfoto-Rundgang braucht den Demo-Administrator (--demo, ohne --kiosk).</translation>
    </message>
    <message>
        <source>the operator sign-in dialog</source>
        <translation>den Dialog der Bediener-Anmeldung</translation>
    </message>
    <message>
        <source>the operator sign-in answer</source>
        <translation>die Antwort auf die Bediener-Anmeldung</translation>
    </message>
    <message>
        <source>the recovery codes</source>
        <translation>die Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Richard in the users table</source>
        <translation>Richard in der Benutzertabelle</translation>
    </message>
    <message>
        <source>the lost-phone dialog</source>
        <translation>den Dialog für verlorene Telefone</translation>
    </message>
    <message>
        <source>Phone stolen on the train; ticket 4711</source>
        <translation>Telefon im Zug gestohlen; Ticket 4711</translation>
    </message>
    <message>
        <source>Monica on the Enroll screen</source>
        <translation>Monica auf der Einrichtungsseite</translation>
    </message>
    <message>
        <source>Twilio&apos;s answer to the landline</source>
        <translation>Twilios Antwort zum Festnetzanschluss</translation>
    </message>
</context>
<context>
    <name>tfk::SecretCipher</name>
    <message>
        <source>The owner of a two-factor secret is too long to be sealed with it.</source>
        <translation>Der Besitzer eines Zwei-Faktor-Geheimnisses ist zu lang, um mit ihm versiegelt zu werden.</translation>
    </message>
    <message>
        <source>The two-factor secret cannot be sealed: the cryptography library QCA cannot provide aes256-gcm. Install the QCA OpenSSL plugin (Debian package libqca-qt6-plugins).</source>
        <translation>Das Zwei-Faktor-Geheimnis kann nicht versiegelt werden: Die Kryptografie-Bibliothek QCA kann aes256-gcm nicht bereitstellen. Installieren Sie das QCA-OpenSSL-Plugin (Debian-Paket libqca-qt6-plugins).</translation>
    </message>
    <message>
        <source>The stored two-factor secret is damaged: it is too short to be a sealed secret.</source>
        <translation>Das gespeicherte Zwei-Faktor-Geheimnis ist beschädigt: Es ist zu kurz für ein versiegeltes Geheimnis.</translation>
    </message>
    <message>
        <source>The stored two-factor secret was sealed in an unknown format (version %1).</source>
        <translation>Das gespeicherte Zwei-Faktor-Geheimnis wurde in einem unbekannten Format versiegelt (Version %1).</translation>
    </message>
    <message>
        <source>The two-factor secret cannot be opened: the data key does not match the one it was sealed with, or the stored value was altered.</source>
        <translation>Das Zwei-Faktor-Geheimnis kann nicht geöffnet werden: Der Datenschlüssel stimmt nicht mit dem überein, mit dem es versiegelt wurde, oder der gespeicherte Wert wurde verändert.</translation>
    </message>
    <message>
        <source>The stored two-factor secret is damaged: its owner cannot be read from it.</source>
        <translation>Das gespeicherte Zwei-Faktor-Geheimnis ist beschädigt: Sein Besitzer kann nicht daraus gelesen werden.</translation>
    </message>
    <message>
        <source>The stored two-factor secret belongs to another user and was not opened.</source>
        <translation>Das gespeicherte Zwei-Faktor-Geheimnis gehört einem anderen Benutzer und wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>tfk::SecretStore</name>
    <message>
        <source>The secret could not be removed from the system keychain: %1</source>
        <translation>Das Geheimnis konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The auth token is kept in %1, which other users can read: restrict it with &quot;chmod 600 %1&quot;; no system keychain is available.</source>
        <translation>Das Auth-Token liegt in %1, einer Datei, die andere Benutzer lesen können: Schränken Sie sie mit „chmod 600 %1“ ein; es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>The auth token is kept in %1, readable only by you; no system keychain is available.</source>
        <translation>Das Auth-Token liegt in %1 und ist nur für Sie lesbar; es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>The secret could not be removed: %1 cannot be deleted.</source>
        <translation>Das Geheimnis konnte nicht entfernt werden: %1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The secret could not be saved: the folder %1 cannot be created.</source>
        <translation>Das Geheimnis konnte nicht gespeichert werden: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The secret could not be saved to %1: %2.</source>
        <translation>Das Geheimnis konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>The secret %1 stays in %2: the system keychain did not take it (%3).</source>
        <translation>Das Geheimnis %1 bleibt in %2: Der Schlüsselbund des Systems hat es nicht angenommen (%3).</translation>
    </message>
    <message>
        <source>The secret %1 was copied to %2 but could not be removed from the system keychain: %3</source>
        <translation>Das Geheimnis %1 wurde nach %2 kopiert, konnte aber nicht aus dem Schlüsselbund des Systems entfernt werden: %3</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The auth token is kept in %1, readable only by you, because secrets/storage is &quot;file&quot;; the system keychain is not used.</source>
        <translation>Das Auth-Token liegt in %1, nur für Sie lesbar, weil secrets/storage &quot;file&quot; ist; der Schlüsselbund des Systems wird nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>tfk::SecretsCommand</name>
    <message>
        <source>Usage: twofactor-kiosk secrets set NAME | unset NAME | where [--settings FILE]; NAME is one of %1.</source>
        <translation>Aufruf: twofactor-kiosk secrets set NAME | unset NAME | where [--settings FILE]; NAME ist eines von %1.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>Die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Secrets for %1 are kept in %2.</source>
        <translation>Die Geheimnisse für %1 liegen in %2.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>expected set NAME, unset NAME or where.</source>
        <translation>erwartet: set NAME, unset NAME oder where.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret this program keeps.</source>
        <translation>„%1“ ist kein Geheimnis, das dieses Programm verwahrt.</translation>
    </message>
    <message>
        <source>New value of %1: </source>
        <translation>Neuer Wert von %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Noch einmal dasselbe: </translation>
    </message>
    <message>
        <source>No value was given for %1.</source>
        <translation>Für %1 wurde kein Wert angegeben.</translation>
    </message>
    <message>
        <source>The two values differ; nothing was changed.</source>
        <translation>Die beiden Werte unterscheiden sich; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>an empty value: use &quot;secrets unset %1&quot; to remove it.</source>
        <translation>ein leerer Wert: Entfernen Sie ihn mit „secrets unset %1“.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 wurde aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 wurde in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>tfk::SenderId</name>
    <message>
        <source>The From number must be in E.164 form: + and the country code, e.g. +15005550006.</source>
        <translation>Die Absendernummer muss im E.164-Format sein: + und die Ländervorwahl, z. B. +15005550006.</translation>
    </message>
    <message>
        <source>A short code is digits only: &quot;%1&quot; holds &quot;%2&quot;.</source>
        <translation>Ein Short Code besteht nur aus Ziffern: „%1“ enthält „%2“.</translation>
    </message>
    <message>
        <source>A short code has 5 or 6 digits; %1 has %2.</source>
        <translation>Ein Short Code hat 5 oder 6 Ziffern; %1 hat %2.</translation>
    </message>
    <message>
        <source>An alphanumeric sender ID may hold only the letters A to Z (upper or lower case), the digits 0 to 9 and spaces; &quot;%1&quot; holds &quot;%2&quot;.</source>
        <translation>Eine alphanumerische Absenderkennung darf nur die Buchstaben A bis Z (groß oder klein), die Ziffern 0 bis 9 und Leerzeichen enthalten; „%1“ enthält „%2“.</translation>
    </message>
    <message>
        <source>An alphanumeric sender ID has at most %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Eine alphanumerische Absenderkennung hat höchstens %1 Zeichen; „%2“ hat %3.</translation>
    </message>
    <message>
        <source>An alphanumeric sender ID needs at least one letter; &quot;%1&quot; has none.</source>
        <translation>Eine alphanumerische Absenderkennung braucht mindestens einen Buchstaben; „%1“ hat keinen.</translation>
    </message>
</context>
<context>
    <name>tfk::Settings</name>
    <message>
        <source>The settings could not be written to %1: check that the folder exists and is writable, and that the disk is not full.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; fix or remove it.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt; reparieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Photo ID seen</source>
        <translation>Lichtbildausweis gesehen</translation>
    </message>
    <message>
        <source>Known in person</source>
        <translation>Persönlich bekannt</translation>
    </message>
    <message>
        <source>Call-back to the number on file</source>
        <translation>Rückruf an die hinterlegte Nummer</translation>
    </message>
    <message>
        <source>The password was removed from the database URL before saving it; give it in PGPASSWORD or ~/.pgpass.</source>
        <translation>Das Passwort wurde vor dem Speichern aus der Datenbank-URL entfernt; geben Sie es in PGPASSWORD oder ~/.pgpass an.</translation>
    </message>
    <message>
        <source>The password was removed from the proxy URL before saving it; store it with &quot;twofactor-kiosk secrets set twilio/proxyPassword&quot;.</source>
        <translation>Das Passwort wurde vor dem Speichern aus der Proxy-URL entfernt; speichern Sie es mit „twofactor-kiosk secrets set twilio/proxyPassword“.</translation>
    </message>
</context>
<context>
    <name>tfk::SettingsPage</name>
    <message>
        <source>Look-be&amp;hind steps:</source>
        <translation>Schritte zu&amp;rück:</translation>
    </message>
    <message>
        <source>Codes from this many 30-second steps ago are still accepted; raise it for slow SMS routes.</source>
        <translation>Codes aus so vielen zurückliegenden 30-Sekunden-Schritten werden noch akzeptiert; erhöhen Sie den Wert bei langsamen SMS-Wegen.</translation>
    </message>
    <message>
        <source>Look-ahead ste&amp;ps:</source>
        <translation>Schritte vor&amp;aus:</translation>
    </message>
    <message>
        <source>Codes from this many 30-second steps ahead are accepted (clock skew).</source>
        <translation>Codes aus so vielen vorausliegenden 30-Sekunden-Schritten werden akzeptiert (Uhrenabweichung).</translation>
    </message>
    <message>
        <source>&amp;Challenge lifetime:</source>
        <translation>&amp;Gültigkeit der Abfrage:</translation>
    </message>
    <message>
        <source>How long a sign-in waits for its code.</source>
        <translation>Wie lange eine Anmeldung auf ihren Code wartet.</translation>
    </message>
    <message>
        <source>&amp;Wrong codes per challenge:</source>
        <translation>&amp;Falsche Codes pro Abfrage:</translation>
    </message>
    <message>
        <source>After this many wrong codes the sign-in must start again.</source>
        <translation>Nach so vielen falschen Codes muss die Anmeldung neu beginnen.</translation>
    </message>
    <message>
        <source>Cooldown between te&amp;xts:</source>
        <translation>&amp;Wartezeit zwischen SMS:</translation>
    </message>
    <message>
        <source>The wait before another code can be texted to the same phone.</source>
        <translation>Die Wartezeit, bevor ein weiterer Code per SMS an dasselbe Telefon gesendet werden kann.</translation>
    </message>
    <message>
        <source>Texts per pho&amp;ne:</source>
        <translation>SMS &amp;pro Telefon:</translation>
    </message>
    <message>
        <source>At most this many texts to one phone within the per-phone window.</source>
        <translation>Höchstens so viele SMS an ein Telefon innerhalb des Zeitfensters pro Telefon.</translation>
    </message>
    <message>
        <source>Per-phone &amp;window:</source>
        <translation>&amp;Zeitfenster pro Telefon:</translation>
    </message>
    <message>
        <source>The period over which texts per phone are counted.</source>
        <translation>Der Zeitraum, über den die SMS pro Telefon gezählt werden.</translation>
    </message>
    <message>
        <source>Hourl&amp;y texts, all phones:</source>
        <translation>SMS pro Stu&amp;nde, alle Telefone:</translation>
    </message>
    <message>
        <source>A cap on all texts together, against SMS pumping fraud.</source>
        <translation>Eine Obergrenze für alle SMS zusammen, gegen SMS-Pumping-Betrug.</translation>
    </message>
    <message>
        <source>Password fail&amp;ures before lockout:</source>
        <translation>Fehlversuc&amp;he bis zur Sperre:</translation>
    </message>
    <message>
        <source>This many wrong passwords within the failure window lock the login id.</source>
        <translation>So viele falsche Passwörter innerhalb des Zeitfensters für Fehlversuche sperren die Anmeldekennung.</translation>
    </message>
    <message>
        <source>Password failure wi&amp;ndow:</source>
        <translation>Zeitfenster für Fehlvers&amp;uche:</translation>
    </message>
    <message>
        <source>The period over which wrong passwords are counted.</source>
        <translation>Der Zeitraum, über den falsche Passwörter gezählt werden.</translation>
    </message>
    <message>
        <source>Lockout du&amp;ration:</source>
        <translation>Sperr&amp;dauer:</translation>
    </message>
    <message>
        <source>How long a locked login id stays locked.</source>
        <translation>Wie lange eine gesperrte Anmeldekennung gesperrt bleibt.</translation>
    </message>
    <message>
        <source>Trusted computer &amp;for:</source>
        <translation>Vertrauenswürdiger &amp;Computer für:</translation>
    </message>
    <message>
        <source>How long &quot;Trust this computer&quot; skips the code.</source>
        <translation>Wie lange „Diesem Computer vertrauen“ den Code überspringt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Revert to the saved settings</source>
        <translation>Zu den gespeicherten Einstellungen zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save the settings (%1)</source>
        <translation>Einstellungen speichern (%1)</translation>
    </message>
    <message>
        <source>Showing the saved settings again.</source>
        <translation>Die gespeicherten Einstellungen werden wieder angezeigt.</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>The mock SMS sink is in use now: codes go to the phone window. These settings are used when the program runs without --mock-sms.</source>
        <translation>Derzeit wird die SMS-Attrappe verwendet: Codes gehen an das Telefonfenster. Diese Einstellungen gelten, wenn das Programm ohne --mock-sms läuft.</translation>
    </message>
    <message>
        <source>Twilio API address</source>
        <translation>Twilio-API-Adresse</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-Adr&amp;esse:</translation>
    </message>
    <message>
        <source>Twilio Account SID</source>
        <translation>Twilio-Account-SID</translation>
    </message>
    <message>
        <source>Acc&amp;ount SID:</source>
        <translation>Acc&amp;ount-SID:</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Twilio-Auth-Token</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth-To&amp;ken:</translation>
    </message>
    <message>
        <source>Or, instead of the auth token, an API key and its secret:</source>
        <translation>Oder, statt des Auth-Tokens, ein API-Schlüssel und sein Geheimnis:</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>SID des API-Sch&amp;lüssels:</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Geheimnis des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation>Geheimn&amp;is des API-Schlüssels:</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging-Service-SID</translation>
    </message>
    <message>
        <source>&amp;Messaging Service SID:</source>
        <translation>&amp;Messaging-Service-SID:</translation>
    </message>
    <message>
        <source>Twilio timeout in seconds</source>
        <translation>Twilio-Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Zei&amp;tlimit:</translation>
    </message>
    <message>
        <source>Set in the environment, and used instead of what is entered here: %1.</source>
        <translation>In der Umgebung gesetzt und statt der hier eingegebenen Werte verwendet: %1.</translation>
    </message>
    <message>
        <source>Phone number for a test text</source>
        <translation>Telefonnummer für eine Test-SMS</translation>
    </message>
    <message>
        <source>e.g. +1 201 555 0123</source>
        <translation>z. B. +1 201 555 0123</translation>
    </message>
    <message>
        <source>Sen&amp;d test SMS</source>
        <translation>Test-SMS se&amp;nden</translation>
    </message>
    <message>
        <source>Send a test text message</source>
        <translation>Eine Test-SMS senden</translation>
    </message>
    <message>
        <source>Texts a test message with the saved Twilio settings.</source>
        <translation>Sendet eine Test-SMS mit den gespeicherten Twilio-Einstellungen.</translation>
    </message>
    <message>
        <source>Test n&amp;umber:</source>
        <translation>Testnumme&amp;r:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Default region for phone numbers</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <source>%1 (%2, +%3)</source>
        <translation>%1 (%2, +%3)</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standardre&amp;gion:</translation>
    </message>
    <message>
        <source>For numbers typed without a country code.</source>
        <translation>Für Nummern, die ohne Ländervorwahl eingegeben werden.</translation>
    </message>
    <message>
        <source>Allow Twilio test num&amp;bers (+1 500 555 00xx)</source>
        <translation>T&amp;wilio-Testnummern erlauben (+1 500 555 00xx)</translation>
    </message>
    <message>
        <source>Allow Twilio test numbers</source>
        <translation>Twilio-Testnummern erlauben</translation>
    </message>
    <message>
        <source>Only useful with Twilio test credentials; the mock SMS sink always allows them.</source>
        <translation>Nur mit Twilio-Testzugangsdaten sinnvoll; die SMS-Attrappe erlaubt sie immer.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Speicher&amp;ort:</translation>
    </message>
    <message>
        <source>Set with --database on the command line, or database/path in %1. A change takes effect when the program starts again.</source>
        <translation>Festgelegt mit --database auf der Befehlszeile oder mit database/path in %1. Eine Änderung wird beim nächsten Programmstart wirksam.</translation>
    </message>
    <message>
        <source>Two-factor rules</source>
        <translation>Zwei-Faktor-Regeln</translation>
    </message>
    <message>
        <source>SMS text template</source>
        <translation>SMS-Textvorlage</translation>
    </message>
    <message>
        <source>SMS te&amp;xt:</source>
        <translation>SMS-Te&amp;xt:</translation>
    </message>
    <message>
        <source>The rules and the phone settings take effect when the program starts again.</source>
        <translation>Die Regeln und die Telefoneinstellungen werden beim nächsten Programmstart wirksam.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Applied when the program starts again; --lang overrides it.</source>
        <translation>Wird beim nächsten Programmstart übernommen; --lang hat Vorrang.</translation>
    </message>
    <message>
        <source>Complete: texts go through %1.</source>
        <translation>Vollständig: SMS werden über %1 gesendet.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Nicht bereit: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The rules, phone and language settings take effect when the program starts again.</source>
        <translation>Gespeichert. Die Regeln sowie die Telefon- und Spracheinstellungen werden beim nächsten Programmstart wirksam.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Sending a test text to %1…</source>
        <translation>Test-SMS wird an %1 gesendet …</translation>
    </message>
    <message>
        <source>Kiosk and helpdesk</source>
        <translation>Kiosk und Helpdesk</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Shown large on the Sign in screen</source>
        <translation>Groß auf der Anmeldeseite angezeigt</translation>
    </message>
    <message>
        <source>Organisation na&amp;me:</source>
        <translation>Name der Organisatio&amp;n:</translation>
    </message>
    <message>
        <source>Organisation logo image file</source>
        <translation>Bilddatei des Organisationslogos</translation>
    </message>
    <message>
        <source>PNG or SVG file</source>
        <translation>PNG- oder SVG-Datei</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Dur&amp;chsuchen...</translation>
    </message>
    <message>
        <source>Choose the logo image file</source>
        <translation>Die Bilddatei des Logos wählen</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>Organisation logo</source>
        <translation>Logo der Organisation</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Helpdesk phone number</source>
        <translation>Telefonnummer des Helpdesks</translation>
    </message>
    <message>
        <source>e.g. +1 201 555 0100</source>
        <translation>z. B. +49 30 1234567</translation>
    </message>
    <message>
        <source>&amp;Helpdesk phone:</source>
        <translation>&amp;Helpdesk-Telefon:</translation>
    </message>
    <message>
        <source>Named in the text sent to the old number after a lost-phone reset.</source>
        <translation>Wird in der SMS genannt, die nach dem Zurücksetzen eines verlorenen Telefons an die alte Nummer geht.</translation>
    </message>
    <message>
        <source>Identity checks for a lost-phone reset, one per line</source>
        <translation>Identitätsprüfungen für das Zurücksetzen eines verlorenen Telefons, eine pro Zeile</translation>
    </message>
    <message>
        <source>Identity chec&amp;ks:</source>
        <translation>Identitäts&amp;prüfungen:</translation>
    </message>
    <message>
        <source>One per line: how a helpdesk may check who is asking before a lost-phone reset.</source>
        <translation>Eine pro Zeile: wie der Helpdesk prüfen darf, wer fragt, bevor ein verlorenes Telefon zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Operator side locks after</source>
        <translation>Bedienerseite sperrt nach</translation>
    </message>
    <message>
        <source>Without input for this long, the operator side locks and shows the Sign in screen.</source>
        <translation>Nach so langer Zeit ohne Eingabe sperrt die Bedienerseite und zeigt die Anmeldeseite.</translation>
    </message>
    <message>
        <source>Operator side &amp;locks after:</source>
        <translation>Bedienerseite &amp;sperrt nach:</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 ist kein Bild, das dieses Programm lesen kann.</translation>
    </message>
    <message>
        <source>Kind of sender</source>
        <translation>Art des Absenders</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Short Code</translation>
    </message>
    <message>
        <source>Alphanumeric sender ID</source>
        <translation>Alphanumerische Absenderkennung</translation>
    </message>
    <message>
        <source>Messaging Service</source>
        <translation>Messaging Service</translation>
    </message>
    <message>
        <source>Sender t&amp;ype:</source>
        <translation>Absendert&amp;yp:</translation>
    </message>
    <message>
        <source>Sender (From)</source>
        <translation>Absender (From)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>A&amp;bsender:</translation>
    </message>
    <message>
        <source>Fallback From number for +1 numbers</source>
        <translation>Ersatz-Absendernummer für +1-Nummern</translation>
    </message>
    <message>
        <source>+15005550006, for +1 numbers</source>
        <translation>+15005550006, für +1-Nummern</translation>
    </message>
    <message>
        <source>Fall&amp;back number:</source>
        <translation>Ersat&amp;znummer:</translation>
    </message>
    <message>
        <source>5 or 6 digits; it reaches only numbers of its own country.</source>
        <translation>5 oder 6 Ziffern; erreicht nur Nummern des eigenen Landes.</translation>
    </message>
    <message>
        <source>At most 11 letters A-Z, digits and spaces, with at least one letter. One-way: nobody can reply. Not delivered to +1 numbers (United States, Canada and the rest of North America): those get the fallback number. Some countries need the ID registered with Twilio first.</source>
        <translation>Höchstens 11 Buchstaben A-Z, Ziffern und Leerzeichen, mit mindestens einem Buchstaben. Nur in eine Richtung: Niemand kann antworten. Wird an +1-Nummern (USA, Kanada und das übrige Nordamerika) nicht zugestellt: Diese erhalten die Ersatznummer. Manche Länder verlangen, dass die Kennung zuvor bei Twilio registriert wird.</translation>
    </message>
    <message>
        <source>Twilio picks a sender of the service for each number: an alphanumeric ID where it is allowed, a number elsewhere.</source>
        <translation>Twilio wählt für jede Nummer einen Absender des Dienstes: eine alphanumerische Kennung, wo sie erlaubt ist, sonst eine Nummer.</translation>
    </message>
    <message>
        <source>A number of your Twilio account, in E.164 form. Reaches every country.</source>
        <translation>Eine Nummer Ihres Twilio-Kontos im E.164-Format. Erreicht jedes Land.</translation>
    </message>
    <message>
        <source>Wrong codes per user, per h&amp;our:</source>
        <translation>Falsche Codes je Benutzer und St&amp;unde:</translation>
    </message>
    <message>
        <source>Across all of a user&apos;s sign-ins: after this many wrong codes within an hour, every code is refused until the oldest of them is an hour old (against guessing challenge after challenge).</source>
        <translation>Über alle Anmeldungen eines Benutzers: nach so vielen falschen Codes innerhalb einer Stunde wird jeder Code abgelehnt, bis der älteste davon eine Stunde alt ist (gegen Raten mit einer Anmeldung nach der anderen).</translation>
    </message>
</context>
<context>
    <name>tfk::SignInPage</name>
    <message>
        <source>Email or username</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Email or username:</source>
        <translation>&amp;E-Mail oder Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Welcome, %1. You are signed in.</source>
        <translation>Willkommen, %1. Sie sind angemeldet.</translation>
    </message>
    <message>
        <source>You signed in with your last recovery code. Ask the helpdesk for new codes before you need one again.</source>
        <translation>Sie haben sich mit Ihrem letzten Wiederherstellungscode angemeldet. Bitten Sie den Helpdesk um neue Codes, bevor Sie wieder einen brauchen.</translation>
    </message>
    <message>
        <source>You signed in with a recovery code; it cannot be used again. Recovery codes left: %1.</source>
        <translation>Sie haben sich mit einem Wiederherstellungscode angemeldet; er gilt nicht noch einmal. Verbleibende Wiederherstellungscodes: %1.</translation>
    </message>
</context>
<context>
    <name>tfk::SmsLogModel</name>
    <message>
        <source>Enrollment code</source>
        <translation>Einrichtungscode</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Code to user</source>
        <translation>Code an Benutzer</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation>Nachrichten-ID: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Code to a new number</source>
        <translation>Code an eine neue Nummer</translation>
    </message>
    <message>
        <source>Lost-phone notice</source>
        <translation>Hinweis: Telefon verloren</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Billed as %1 texts.</source>
        <translation>Wird als %1 SMS berechnet.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>tfk::SmsTemplatePreview</name>
    <message>
        <source>Cost of one text</source>
        <translation>Kosten einer SMS</translation>
    </message>
    <message>
        <source>GSM-7: 160 characters in one segment, 153 a segment when split; the characters € [ ] { } ^ ~ \ | count twice. Any other character (such as ó, ç or an emoji) makes the whole text UCS-2: 70 characters in one segment, 67 when split, an emoji counting two. Each segment is billed.</source>
        <translation>GSM-7: 160 Zeichen in einem Segment, 153 je Segment bei Aufteilung; die Zeichen € [ ] { } ^ ~ \ | zählen doppelt. Jedes andere Zeichen (etwa ó, ç oder ein Emoji) macht die ganze SMS zu UCS-2: 70 Zeichen in einem Segment, 67 bei Aufteilung, ein Emoji zählt doppelt. Jedes Segment wird berechnet.</translation>
    </message>
    <message>
        <source>Warning about the cost of one text</source>
        <translation>Warnung zu den Kosten einer SMS</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>%1, GSM-7</source>
        <translation>%1, GSM-7</translation>
    </message>
    <message>
        <source>%1, UCS-2: the character U+%2 forces it</source>
        <translation>%1, UCS-2: das Zeichen U+%2 erzwingt es</translation>
    </message>
    <message>
        <source>%1, UCS-2: the &apos;%2&apos; forces it</source>
        <translation>%1, UCS-2: das „%2“ erzwingt es</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Cost of one text, counted with the longest code (%1 digits):</source>
        <translation>Kosten einer SMS, gezählt mit dem längsten Code (%1 Ziffern):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cost of one text in every language, counted with the longest code (%1 digits): %2</source>
        <translation>Kosten einer SMS in jeder Sprache, gezählt mit dem längsten Code (%1 Ziffern): %2</translation>
    </message>
    <message>
        <source>More than one segment: each segment is billed as a text of its own. Shorten the text, or leave out characters such as &apos;%1&apos; that force UCS-2 (70 characters a segment instead of 160).</source>
        <translation>Mehr als ein Segment: Jedes Segment wird als eigene SMS berechnet. Kürzen Sie den Text oder lassen Sie Zeichen wie „%1“ weg, die UCS-2 erzwingen (70 Zeichen je Segment statt 160).</translation>
    </message>
    <message>
        <source>More than one segment: each segment is billed as a text of its own. Shorten the text to 160 characters or fewer, the code included (€ [ ] { } ^ ~ \ | count twice).</source>
        <translation>Mehr als ein Segment: Jedes Segment wird als eigene SMS berechnet. Kürzen Sie den Text auf höchstens 160 Zeichen, den Code eingeschlossen (€ [ ] { } ^ ~ \ | zählen doppelt).</translation>
    </message>
</context>
<context>
    <name>tfk::TotpGenerator</name>
    <message>
        <source>A code must have between %1 and %2 digits, not %3.</source>
        <translation>Ein Code muss zwischen %1 und %2 Ziffern haben, nicht %3.</translation>
    </message>
    <message>
        <source>The time step must be at least one second, not %1.</source>
        <translation>Der Zeitschritt muss mindestens eine Sekunde betragen, nicht %1.</translation>
    </message>
    <message>
        <source>The two-factor secret is empty.</source>
        <translation>Das Zwei-Faktor-Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The cryptography library QCA could not create %1.</source>
        <translation>Die Kryptografie-Bibliothek QCA konnte %1 nicht erzeugen.</translation>
    </message>
</context>
<context>
    <name>tfk::TotpSecret</name>
    <message>
        <source>The two-factor secret is empty.</source>
        <translation>Das Zwei-Faktor-Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The two-factor secret is %1 characters long; at most %2 are allowed.</source>
        <translation>Das Zwei-Faktor-Geheimnis ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The two-factor secret may contain only printable ASCII characters, without spaces.</source>
        <translation>Das Zwei-Faktor-Geheimnis darf nur druckbare ASCII-Zeichen ohne Leerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>tfk::Transaction</name>
    <message>
        <source>The transaction had already ended.</source>
        <translation>Die Transaktion war bereits beendet.</translation>
    </message>
    <message>
        <source>A transaction is already open on this thread.</source>
        <translation>In diesem Thread ist bereits eine Transaktion offen.</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioConfig</name>
    <message>
        <source>The Twilio API address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>Die Twilio-API-Adresse „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>No Twilio Account SID is set: enter it in Settings or set TWILIO_ACCOUNT_SID.</source>
        <translation>Es ist keine Twilio-Account-SID festgelegt: Geben Sie sie in den Einstellungen ein oder setzen Sie TWILIO_ACCOUNT_SID.</translation>
    </message>
    <message>
        <source>The Twilio Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>Die Twilio-Account-SID muss aus AC gefolgt von 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>The Twilio API key must be SK followed by 32 hexadecimal digits.</source>
        <translation>Der Twilio-API-Schlüssel muss aus SK gefolgt von 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>The Twilio API key has no secret: set it in Settings or TWILIO_API_SECRET.</source>
        <translation>Der Twilio-API-Schlüssel hat kein Geheimnis: Legen Sie es in den Einstellungen oder mit TWILIO_API_SECRET fest.</translation>
    </message>
    <message>
        <source>No Twilio auth token or API key is set: enter one in Settings, or set TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).</source>
        <translation>Es ist weder ein Twilio-Auth-Token noch ein API-Schlüssel festgelegt: Geben Sie einen in den Einstellungen ein oder setzen Sie TWILIO_AUTH_TOKEN (oder TWILIO_API_KEY und TWILIO_API_SECRET).</translation>
    </message>
    <message>
        <source>The Messaging Service SID must be MG followed by 32 hexadecimal digits.</source>
        <translation>Die Messaging-Service-SID muss aus MG gefolgt von 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>The Twilio timeout must be at least one second.</source>
        <translation>Das Twilio-Zeitlimit muss mindestens eine Sekunde betragen.</translation>
    </message>
    <message>
        <source>Twilio (%1)</source>
        <translation>Twilio (%1)</translation>
    </message>
    <message>
        <source>No sender is set: enter a From (a number in E.164 form such as +15005550006, a short code, or an alphanumeric sender ID such as ACME IT) or a Messaging Service SID in Settings.</source>
        <translation>Kein Absender festgelegt: Geben Sie in den Einstellungen einen Absender (eine Nummer im E.164-Format wie +15005550006, einen Short Code oder eine alphanumerische Absenderkennung wie ACME IT) oder eine Messaging-Service-SID ein.</translation>
    </message>
    <message>
        <source>The fallback From number must be in E.164 form: + and the country code, e.g. +15005550006.</source>
        <translation>Die Ersatz-Absendernummer muss im E.164-Format sein: + und die Ländervorwahl, z. B. +15005550006.</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioErrors</name>
    <message>
        <source>Twilio refused the credentials: check the Account SID and the auth token or API key in Settings.</source>
        <translation>Twilio hat die Zugangsdaten abgelehnt: Prüfen Sie in den Einstellungen die Account-SID und das Auth-Token bzw. den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Twilio does not know this account or message: check the Account SID in Settings.</source>
        <translation>Twilio kennt dieses Konto oder diese Nachricht nicht: Prüfen Sie die Account-SID in den Einstellungen.</translation>
    </message>
    <message>
        <source>Twilio is busy with too many requests at once. Try again in a moment.</source>
        <translation>Twilio ist mit zu vielen gleichzeitigen Anfragen ausgelastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Twilio says the number is not a valid phone number.</source>
        <translation>Laut Twilio ist die Nummer keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <source>The sender (From) number in Settings is not a valid phone number.</source>
        <translation>Die Absendernummer (From) in den Einstellungen ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <source>This Twilio account may not send text messages to that country; allow it in Twilio&apos;s Geo Permissions.</source>
        <translation>Dieses Twilio-Konto darf keine SMS in dieses Land senden; erlauben Sie es in den Geo Permissions von Twilio.</translation>
    </message>
    <message>
        <source>The text message was empty.</source>
        <translation>Die SMS war leer.</translation>
    </message>
    <message>
        <source>The sender (From) number in Settings cannot send text messages from this Twilio account.</source>
        <translation>Mit der Absendernummer (From) aus den Einstellungen können von diesem Twilio-Konto keine SMS gesendet werden.</translation>
    </message>
    <message>
        <source>The recipient has unsubscribed by replying STOP; they must text START to the sender to receive codes again.</source>
        <translation>Der Empfänger hat sich mit der Antwort STOP abgemeldet; er muss START an den Absender senden, um wieder Codes zu erhalten.</translation>
    </message>
    <message>
        <source>The sender number&apos;s message queue is full. Try again later.</source>
        <translation>Die Nachrichtenwarteschlange der Absendernummer ist voll. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Twilio cannot send text messages from the configured sender to this number.</source>
        <translation>Twilio kann vom konfigurierten Absender keine SMS an diese Nummer senden.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages: it is not a mobile number.</source>
        <translation>Diese Nummer kann keine SMS empfangen: Sie ist keine Mobilnummer.</translation>
    </message>
    <message>
        <source>The text message is longer than 1,600 characters.</source>
        <translation>Die SMS ist länger als 1.600 Zeichen.</translation>
    </message>
    <message>
        <source>The phone is switched off or out of coverage; the text was not delivered.</source>
        <translation>Das Telefon ist ausgeschaltet oder hat keinen Empfang; die SMS wurde nicht zugestellt.</translation>
    </message>
    <message>
        <source>The text was blocked by the recipient or their carrier.</source>
        <translation>Die SMS wurde vom Empfänger oder seinem Mobilfunkanbieter blockiert.</translation>
    </message>
    <message>
        <source>The carrier does not know this phone number; the text was not delivered.</source>
        <translation>Der Mobilfunkanbieter kennt diese Telefonnummer nicht; die SMS wurde nicht zugestellt.</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot take text messages.</source>
        <translation>Die Nummer ist ein Festnetzanschluss oder ihr Anbieter kann keine SMS annehmen.</translation>
    </message>
    <message>
        <source>The carrier filtered the text as unwanted.</source>
        <translation>Der Mobilfunkanbieter hat die SMS als unerwünscht gefiltert.</translation>
    </message>
    <message>
        <source>The text was not delivered for an unknown reason.</source>
        <translation>Die SMS wurde aus unbekanntem Grund nicht zugestellt.</translation>
    </message>
    <message>
        <source>Twilio refused the text message.</source>
        <translation>Twilio hat die SMS abgelehnt.</translation>
    </message>
    <message>
        <source>Twilio refused the text message: %1</source>
        <translation>Twilio hat die SMS abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 (Twilio %2)</source>
        <translation>%1 (Twilio %2)</translation>
    </message>
    <message>
        <source>Twilio answered with HTTP status %1 and no error code.</source>
        <translation>Twilio hat mit HTTP-Status %1 und ohne Fehlercode geantwortet.</translation>
    </message>
    <message>
        <source>Twilio had an internal error and did not send the text. Try again in a few minutes; status.twilio.com says whether Twilio has an outage.</source>
        <translation>Bei Twilio ist ein interner Fehler aufgetreten; die SMS wurde nicht gesendet. Versuchen Sie es in ein paar Minuten erneut; status.twilio.com zeigt, ob Twilio gestört ist.</translation>
    </message>
    <message>
        <source>Twilio does not accept the sender (From) in Settings: it is neither a valid phone number nor a valid alphanumeric sender ID.</source>
        <translation>Twilio nimmt den Absender (From) aus den Einstellungen nicht an: Er ist weder eine gültige Telefonnummer noch eine gültige alphanumerische Absenderkennung.</translation>
    </message>
    <message>
        <source>The sender (From) in Settings is not a number or short code of this Twilio account, or it is a short code of another country than the recipient&apos;s.</source>
        <translation>Der Absender (From) aus den Einstellungen ist keine Nummer und kein Short Code dieses Twilio-Kontos, oder er ist ein Short Code eines anderen Landes als das des Empfängers.</translation>
    </message>
    <message>
        <source>Alphanumeric sender IDs such as &quot;%1&quot; are not delivered to +1 numbers (the United States, Canada and the rest of North America): set a fallback From number in Settings.</source>
        <translation>Alphanumerische Absenderkennungen wie „%1“ werden an +1-Nummern (USA, Kanada und das übrige Nordamerika) nicht zugestellt: Legen Sie in den Einstellungen eine Ersatz-Absendernummer fest.</translation>
    </message>
    <message>
        <source>Twilio does not deliver texts from the alphanumeric sender ID &quot;%1&quot; to this number&apos;s country: use a From number there, or a Messaging Service that holds a number as well.</source>
        <translation>Twilio stellt SMS von der alphanumerischen Absenderkennung „%1“ nicht in das Land dieser Nummer zu: Verwenden Sie dort eine Absendernummer oder einen Messaging Service, der auch eine Nummer enthält.</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioMessageJob</name>
    <message>
        <source>Sending the text message was canceled.</source>
        <translation>Das Senden der SMS wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot reach Twilio at %1 (%2), after %3 attempts. Check the network connection.</source>
        <translation>Twilio ist unter %1 nach %3 Versuchen nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Twilio did not answer within %1 seconds. The text may or may not have been sent; it was not sent again, to avoid a second text. Check the phone before asking for another code.</source>
        <translation>Twilio hat nicht innerhalb von %1 Sekunden geantwortet. Die SMS wurde möglicherweise gesendet; sie wurde nicht erneut gesendet, um eine zweite SMS zu vermeiden. Prüfen Sie das Telefon, bevor Sie einen weiteren Code anfordern.</translation>
    </message>
    <message>
        <source>The connection to Twilio dropped before it answered. The text may or may not have been sent; it was not sent again, to avoid a second text.</source>
        <translation>Die Verbindung zu Twilio brach ab, bevor eine Antwort kam. Die SMS wurde möglicherweise gesendet; sie wurde nicht erneut gesendet, um eine zweite SMS zu vermeiden.</translation>
    </message>
    <message>
        <source>The request to Twilio at %1 failed: %2.</source>
        <translation>Die Anfrage an Twilio unter %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Twilio accepted the text but its answer could not be read (no message id). The text was not sent again.</source>
        <translation>Twilio hat die SMS angenommen, aber die Antwort konnte nicht gelesen werden (keine Nachrichten-ID). Die SMS wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Twilio answered with HTTP status %1 and a body that is not JSON; is the Twilio API address (%2) right?</source>
        <translation>Twilio hat mit HTTP-Status %1 und einem Text geantwortet, der kein JSON ist; ist die Twilio-API-Adresse (%2) richtig?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. %3</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. %3</translation>
    </message>
    <message>
        <source>Cannot reach Twilio at %1: the proxy %2 does not answer (%3). Check that the proxy runs and that twilio/proxy (or https_proxy) names it right.</source>
        <translation>Twilio unter %1 ist nicht erreichbar: Der Proxy %2 antwortet nicht (%3). Prüfen Sie, ob der Proxy läuft und ob twilio/proxy (oder https_proxy) ihn richtig angibt.</translation>
    </message>
    <message>
        <source>The proxy %1 refused to carry the request to Twilio at %2 (%3). Check its user name and password (the user in twilio/proxy, the password in the secret twilio/proxyPassword) and that it lets this computer reach %2.</source>
        <translation>Der Proxy %1 hat sich geweigert, die Anfrage an Twilio unter %2 weiterzuleiten (%3). Prüfen Sie Benutzername und Passwort (der Benutzer in twilio/proxy, das Passwort im Geheimnis twilio/proxyPassword) und ob er diesem Computer %2 erlaubt.</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioSink</name>
    <message>
        <source>twilio-sink: cannot open the message log %1: %2</source>
        <translation>twilio-sink: Das Nachrichtenprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the port is already in use by another program</source>
        <translation>der Port wird bereits von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>this computer has no such address</source>
        <translation>dieser Computer hat keine solche Adresse</translation>
    </message>
    <message>
        <source>permission denied (ports below 1024 need privileges)</source>
        <translation>Zugriff verweigert (Ports unter 1024 erfordern besondere Rechte)</translation>
    </message>
    <message>
        <source>The mock SMS sink cannot listen on %1 port %2: %3.</source>
        <translation>Die SMS-Attrappe kann nicht auf %1, Port %2 lauschen: %3.</translation>
    </message>
    <message>
        <source>twilio-sink: cannot write to the message log %1: %2</source>
        <translation>twilio-sink: In das Nachrichtenprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tfk::TwilioTransport</name>
    <message>
        <source>The CA certificates file %1 (twilio/caCertificates) cannot be read: it is missing or not readable by this program.</source>
        <translation>Die CA-Zertifikatsdatei %1 (twilio/caCertificates) kann nicht gelesen werden: Sie fehlt oder ist für dieses Programm nicht lesbar.</translation>
    </message>
    <message>
        <source>The CA certificates file %1 (twilio/caCertificates) holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Die CA-Zertifikatsdatei %1 (twilio/caCertificates) enthält kein PEM-Zertifikat (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
    <message>
        <source>The proxy setting twilio/proxy (%1) is not a proxy address: write it as http://host:port or http://user@host:port (socks5:// works too), &quot;none&quot; for no proxy, or leave it empty for the system&apos;s proxy configuration.</source>
        <translation>Die Proxy-Einstellung twilio/proxy (%1) ist keine Proxy-Adresse: Schreiben Sie http://host:port oder http://benutzer@host:port (socks5:// geht auch), &quot;none&quot; für keinen Proxy, oder lassen Sie sie leer für die Proxy-Konfiguration des Systems.</translation>
    </message>
    <message>
        <source>Its certificate must lead to a CA this computer trusts or to one in %1 (twilio/caCertificates); check that file and the system clock.</source>
        <translation>Sein Zertifikat muss zu einer CA führen, der dieser Computer vertraut, oder zu einer in %1 (twilio/caCertificates); prüfen Sie diese Datei und die Systemuhr.</translation>
    </message>
    <message>
        <source>This computer has no CA certificates to check it with: install the ca-certificates package.</source>
        <translation>Dieser Computer hat keine CA-Zertifikate, um es zu prüfen: Installieren Sie das Paket ca-certificates.</translation>
    </message>
    <message>
        <source>Check the system clock and that nothing intercepts the connection; a proxy that inspects TLS needs its CA certificate in twilio/caCertificates.</source>
        <translation>Prüfen Sie die Systemuhr und dass nichts die Verbindung abfängt; ein Proxy, der TLS untersucht, braucht sein CA-Zertifikat in twilio/caCertificates.</translation>
    </message>
    <message>
        <source>Twilio is reached over HTTPS (%1), but this computer has no CA certificates to check its certificate with, so every text message would fail: install the ca-certificates package (Debian and Ubuntu: sudo apt install ca-certificates), or name a PEM file of CA certificates in twilio/caCertificates.</source>
        <translation>Twilio wird über HTTPS erreicht (%1), aber dieser Computer hat keine CA-Zertifikate, um dessen Zertifikat zu prüfen, daher würde jede SMS scheitern: Installieren Sie das Paket ca-certificates (Debian und Ubuntu: sudo apt install ca-certificates) oder nennen Sie eine PEM-Datei mit CA-Zertifikaten in twilio/caCertificates.</translation>
    </message>
</context>
<context>
    <name>tfk::TwoFactorRules</name>
    <message>
        <source>The setting %1 is %2; it must be between %3 and %4.</source>
        <translation>Die Einstellung %1 ist %2; sie muss zwischen %3 und %4 liegen.</translation>
    </message>
    <message>
        <source>The SMS template must contain {code} where the code goes.</source>
        <translation>Die SMS-Vorlage muss {code} an der Stelle enthalten, an der der Code stehen soll.</translation>
    </message>
    <message>
        <source>The SMS template may be at most 1000 characters long.</source>
        <translation>Die SMS-Vorlage darf höchstens 1000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Two Factor Code: {code}</source>
        <translation>Zwei-Faktor-Code: {code}</translation>
    </message>
</context>
<context>
    <name>tfk::TwoFactorService</name>
    <message>
        <source>This sign-in has expired or does not exist. Sign in again with your password.</source>
        <translation>Diese Anmeldung ist abgelaufen oder existiert nicht. Melden Sie sich erneut mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>Too many wrong codes for this sign-in. Sign in again with your password.</source>
        <translation>Zu viele falsche Codes für diese Anmeldung. Melden Sie sich erneut mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>This user has no two-factor secret.</source>
        <translation>Dieser Benutzer hat kein Zwei-Faktor-Geheimnis.</translation>
    </message>
    <message>
        <source>Every code valid right now has already been used. A new code can be sent in %1 seconds.</source>
        <translation>Alle derzeit gültigen Codes wurden bereits verwendet. Ein neuer Code kann in %1 Sekunden gesendet werden.</translation>
    </message>
    <message>
        <source>A code was just sent to %1. Wait %2 seconds before asking for another.</source>
        <translation>An %1 wurde gerade ein Code gesendet. Warten Sie %2 Sekunden, bevor Sie einen weiteren anfordern.</translation>
    </message>
    <message>
        <source>%1 has received %2 codes in the last %3 minutes, the limit. Try again in %4 seconds.</source>
        <translation>%1 hat in den letzten %3 Minuten %2 Codes erhalten, das ist die Obergrenze. Versuchen Sie es in %4 Sekunden erneut.</translation>
    </message>
    <message>
        <source>This kiosk has sent %1 text messages in the last hour, its limit (a guard against SMS fraud). Try again in %2 seconds, or raise the limit in Settings.</source>
        <translation>Dieser Kiosk hat in der letzten Stunde %1 SMS gesendet, seine Obergrenze (ein Schutz vor SMS-Betrug). Versuchen Sie es in %2 Sekunden erneut oder erhöhen Sie die Grenze in den Einstellungen.</translation>
    </message>
    <message>
        <source>The code could not be texted to %1: %2</source>
        <translation>Der Code konnte nicht per SMS an %1 gesendet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no mobile phone to text a code to.</source>
        <translation>%1 hat kein Mobiltelefon, an das ein Code per SMS gesendet werden kann.</translation>
    </message>
    <message>
        <source>Two-factor authentication is not enabled for %1.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist für %1 nicht aktiviert.</translation>
    </message>
    <message>
        <source>Enter the code from the text message.</source>
        <translation>Geben Sie den Code aus der SMS ein.</translation>
    </message>
    <message>
        <source>A code is exactly %1 digits.</source>
        <translation>Ein Code hat genau %1 Ziffern.</translation>
    </message>
    <message>
        <source>That code is not right, or it has expired. Check the newest text message.</source>
        <translation>Dieser Code ist falsch oder abgelaufen. Prüfen Sie die neueste SMS.</translation>
    </message>
    <message>
        <source>That code has already been used. Use the newest code.</source>
        <translation>Dieser Code wurde bereits verwendet. Verwenden Sie den neuesten Code.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already enabled for %1. Disable it first to enroll again.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist für %1 bereits aktiviert. Deaktivieren Sie sie zuerst, um sie neu einzurichten.</translation>
    </message>
    <message>
        <source>Text-message delivery needs a mobile phone number on the user.</source>
        <translation>Für die Zustellung per SMS muss beim Benutzer eine Mobiltelefonnummer hinterlegt sein.</translation>
    </message>
    <message>
        <source>Enter your email or username.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse oder Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The login id or the password is longer than any account allows.</source>
        <translation>Die Anmeldekennung oder das Passwort ist länger, als es ein Konto erlaubt.</translation>
    </message>
    <message>
        <source>There is no application with the id %1.</source>
        <translation>Es gibt keine Anwendung mit der ID %1.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. This account is locked for %1 more seconds.</source>
        <translation>Zu viele falsche Passwörter. Dieses Konto ist noch %1 Sekunden gesperrt.</translation>
    </message>
    <message>
        <source>The login id or the password is not right.</source>
        <translation>Die Anmeldekennung oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Two-factor skipped: trusted computer.</source>
        <translation>Zwei-Faktor übersprungen: vertrauenswürdiger Computer.</translation>
    </message>
    <message>
        <source>%1 Attempts left: %2.</source>
        <translation>%1 Verbleibende Versuche: %2.</translation>
    </message>
    <message>
        <source>%1 That was the last attempt: sign in again with your password.</source>
        <translation>%1 Das war der letzte Versuch: Melden Sie sich erneut mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>This computer is now trusted until %1.</source>
        <translation>Diesem Computer wird jetzt bis %1 vertraut.</translation>
    </message>
    <message>
        <source>Enter an email address or a username: the user signs in with it.</source>
        <translation>Geben Sie eine E-Mail-Adresse oder einen Benutzernamen ein: Damit meldet sich der Benutzer an.</translation>
    </message>
    <message>
        <source>The email address or username is longer than %1 characters.</source>
        <translation>Die E-Mail-Adresse oder der Benutzername ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation>Das Passwort ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>This user receives codes by text message; a mobile phone is required.</source>
        <translation>Dieser Benutzer erhält Codes per SMS; ein Mobiltelefon ist erforderlich.</translation>
    </message>
    <message>
        <source>The password must have between %1 and %2 characters.</source>
        <translation>Das Passwort muss zwischen %1 und %2 Zeichen haben.</translation>
    </message>
    <message>
        <source>A new set of %1 recovery codes; the old ones are void.</source>
        <translation>Ein neuer Satz von %1 Wiederherstellungscodes; die alten sind ungültig.</translation>
    </message>
    <message>
        <source>Choose how the person&apos;s identity was checked.</source>
        <translation>Wählen Sie, wie die Identität der Person geprüft wurde.</translation>
    </message>
    <message>
        <source>Type why two-factor is being turned off (for the audit log).</source>
        <translation>Geben Sie an, warum Zwei-Faktor ausgeschaltet wird (für das Prüfprotokoll).</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Der Grund ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Identity checked: %1. Reason: %2. By operator %3.</source>
        <translation>Identität geprüft: %1. Grund: %2. Durch Bediener %3.</translation>
    </message>
    <message>
        <source>Two-factor sign-in for your account was turned off at the helpdesk at %1. If this was not you, contact your helpdesk now.</source>
        <translation>Die Zwei-Faktor-Anmeldung für Ihr Konto wurde um %1 am Helpdesk ausgeschaltet. Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Helpdesk.</translation>
    </message>
    <message>
        <source>Two-factor sign-in for your account was turned off at the helpdesk at %1. If this was not you, call %2.</source>
        <translation>Die Zwei-Faktor-Anmeldung für Ihr Konto wurde um %1 am Helpdesk ausgeschaltet. Wenn Sie das nicht waren, rufen Sie %2 an.</translation>
    </message>
    <message>
        <source>%1 is already this user&apos;s number.</source>
        <translation>%1 ist bereits die Nummer dieses Benutzers.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in with a recovery code; %n left.</source>
        <translation>
            <numerusform>Mit einem Wiederherstellungscode angemeldet; %n übrig.</numerusform>
            <numerusform>Mit einem Wiederherstellungscode angemeldet; %n übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk is busy checking other passwords. Try again in a moment; nothing was changed.</source>
        <translation>Der Kiosk prüft gerade andere Passwörter. Versuchen Sie es gleich noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 has two-factor sign-in on: send a code to the new number %2 and type it in to change the number.</source>
        <translation>Für %1 ist die Zwei-Faktor-Anmeldung an: Senden Sie einen Code an die neue Nummer %2 und geben Sie ihn ein, um die Nummer zu ändern.</translation>
    </message>
    <message>
        <source>The database %1 has no data-key check: it was never opened by TwoFactorKiosk.</source>
        <translation>Die Datenbank %1 hat keine Datenschlüssel-Prüfung: sie wurde nie von TwoFactorKiosk geöffnet.</translation>
    </message>
    <message>
        <source>The data key does not match the database %1: it was set up with another key, so the two-factor secrets cannot be read. Restore the original key file (or TFK_DATA_KEY), or use the database that belongs to this key. Desks that share one database server share one key: copy the data key file (or TFK_DATA_KEY) from the first desk.</source>
        <translation>Der Datenschlüssel passt nicht zur Datenbank %1: Sie wurde mit einem anderen Schlüssel eingerichtet, daher können die Zwei-Faktor-Geheimnisse nicht gelesen werden. Stellen Sie die ursprüngliche Schlüsseldatei (oder TFK_DATA_KEY) wieder her oder verwenden Sie die Datenbank, die zu diesem Schlüssel gehört. Plätze, die einen Datenbankserver teilen, teilen einen Schlüssel: Kopieren Sie die Datenschlüsseldatei (oder TFK_DATA_KEY) vom ersten Platz.</translation>
    </message>
    <message>
        <source>The email address, username or name contains a NUL character.</source>
        <translation>Die E-Mail-Adresse, der Benutzername oder der Name enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>Too many wrong codes for this account in the last hour. Try again in %1 seconds.</source>
        <translation>Zu viele falsche Codes für dieses Konto in der letzten Stunde. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>The text was not sent: sending was cancelled.</source>
        <translation>Die SMS wurde nicht gesendet: das Senden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tfk::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Country of the mobile phone</source>
        <translation>Land des Mobiltelefons</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>Leer lassen, um das Passwort beizubehalten</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>No mobile phone: this user cannot receive codes by text message.</source>
        <translation>Kein Mobiltelefon: Dieser Benutzer kann keine Codes per SMS erhalten.</translation>
    </message>
    <message>
        <source>Will text %1 (E.164: %2)</source>
        <translation>SMS geht an %1 (E.164: %2)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for this user: confirm the new number with a code texted to it.</source>
        <translation>Für diesen Benutzer ist die Zwei-Faktor-Anmeldung an: Bestätigen Sie die neue Nummer mit einem dorthin gesendeten Code.</translation>
    </message>
    <message>
        <source>Send code to ne&amp;w number</source>
        <translation>Code an neue Nu&amp;mmer senden</translation>
    </message>
    <message>
        <source>Send code to new number</source>
        <translation>Code an neue Nummer senden</translation>
    </message>
    <message>
        <source>Code sent to the new number</source>
        <translation>An die neue Nummer gesendeter Code</translation>
    </message>
    <message>
        <source>Code from the new num&amp;ber:</source>
        <translation>Code von der neuen Numm&amp;er:</translation>
    </message>
    <message>
        <source>Sending a code to %1...</source>
        <translation>Code wird an %1 gesendet...</translation>
    </message>
    <message>
        <source>Code sent to %1. Type it below, then save.</source>
        <translation>Code an %1 gesendet. Geben Sie ihn unten ein und speichern Sie dann.</translation>
    </message>
</context>
<context>
    <name>tfk::UserFileReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes.</source>
        <translation>die Zeile ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2.</source>
        <translation>kein JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>expected a JSON object (one user a line).</source>
        <translation>ein JSON-Objekt erwartet (ein Benutzer pro Zeile).</translation>
    </message>
    <message>
        <source>%1 must be a JSON string.</source>
        <translation>%1 muss eine JSON-Zeichenkette sein.</translation>
    </message>
    <message>
        <source>the file is empty; a CSV file starts with a header row.</source>
        <translation>die Datei ist leer; eine CSV-Datei beginnt mit einer Kopfzeile.</translation>
    </message>
    <message>
        <source>the header row names neither an email nor a username column (columns: %1).</source>
        <translation>die Kopfzeile nennt weder eine E-Mail- noch eine Benutzernamen-Spalte (Spalten: %1).</translation>
    </message>
    <message>
        <source>%1 fields, but the header row has %2.</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2.</translation>
    </message>
</context>
<context>
    <name>tfk::UserImport</name>
    <message>
        <source>Send the users to import as {&quot;users&quot;: [...]}.</source>
        <translation>Senden Sie die zu importierenden Benutzer als {&quot;users&quot;: [...]}.</translation>
    </message>
    <message>
        <source>%1 users in one request; the most is %2. Send them in batches.</source>
        <translation>%1 Benutzer in einer Anfrage; höchstens %2 sind erlaubt. Senden Sie sie in Teilen.</translation>
    </message>
    <message>
        <source>User %1 has neither an email nor a username.</source>
        <translation>Benutzer %1 hat weder eine E-Mail-Adresse noch einen Benutzernamen.</translation>
    </message>
    <message>
        <source>User %1: the email or username is longer than %2 characters.</source>
        <translation>Benutzer %1: Die E-Mail-Adresse oder der Benutzername ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>User %1: &quot;%2&quot; is not an email address.</source>
        <translation>Benutzer %1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>User %1: the name is longer than %2 characters.</source>
        <translation>Benutzer %1: Der Name ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>User %1: %2</source>
        <translation>Benutzer %1: %2</translation>
    </message>
    <message>
        <source>User %1 has no password.</source>
        <translation>Benutzer %1 hat kein Passwort.</translation>
    </message>
    <message>
        <source>User %1: a password has between %2 and %3 characters.</source>
        <translation>Benutzer %1: Ein Passwort hat zwischen %2 und %3 Zeichen.</translation>
    </message>
    <message>
        <source>User %1: the password is not an Argon2id hash ($argon2id$v=19$m=...,t=...,p=...$salt$hash).</source>
        <translation>Benutzer %1: Das Passwort ist kein Argon2id-Hash ($argon2id$v=19$m=...,t=...,p=...$salt$hash).</translation>
    </message>
    <message>
        <source>User %1: the encryption scheme &quot;%2&quot; is not supported here; send Argon2id hashes (&quot;argon2id&quot;) or plaintext passwords (no scheme), which are hashed on import.</source>
        <translation>Benutzer %1: Das Verschlüsselungsverfahren „%2“ wird hier nicht unterstützt; senden Sie Argon2id-Hashes („argon2id“) oder Klartext-Passwörter (ohne Verfahren), die beim Import gehasht werden.</translation>
    </message>
    <message>
        <source>User %1: %2 is also the login id of user %3 in this request.</source>
        <translation>Benutzer %1: %2 ist in dieser Anfrage auch die Anmelde-ID von Benutzer %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n users refused; nothing imported.</source>
        <translation>
            <numerusform>%n Benutzer abgewiesen; nichts importiert.</numerusform>
            <numerusform>%n Benutzer abgewiesen; nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password could not be hashed (out of memory?); nothing was imported.</source>
        <translation>Ein Passwort konnte nicht gehasht werden (kein Speicher mehr?); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>User %1: a user with the login id %2 already exists.</source>
        <translation>Benutzer %1: Ein Benutzer mit der Anmelde-ID %2 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 users imported, %2 already present and skipped.</source>
        <translation>%1 Benutzer importiert, %2 bereits vorhanden und übersprungen.</translation>
    </message>
</context>
<context>
    <name>tfk::UserListModel</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On (text message)</source>
        <translation>An (SMS)</translation>
    </message>
    <message>
        <source>On (app)</source>
        <translation>An (App)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login id</source>
        <translation>Anmeldekennung</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>tfk::UserStore</name>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is already used by another user.</source>
        <translation>%1 wird bereits von einem anderen Benutzer verwendet.</translation>
    </message>
    <message>
        <source>The search index did not take every imported user; nothing was imported.</source>
        <translation>Der Suchindex hat nicht jeden importierten Benutzer aufgenommen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>tfk::UsersCommand</name>
    <message>
        <source>usage: twofactor-kiosk [--database FILE] [--settings FILE] users import FILE | export [FILE]</source>
        <translation>Aufruf: twofactor-kiosk [--database DATEI] [--settings DATEI] users import DATEI | export [DATEI]</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 users imported, %2 already present; stopped at a bad line, nothing of its batch was imported:</source>
        <translation>%1 Benutzer importiert, %2 bereits vorhanden; an einer fehlerhaften Zeile angehalten, nichts aus ihrem Teil wurde importiert:</translation>
    </message>
    <message>
        <source>%1 (after %2 users were imported; a re-run continues where this stopped).</source>
        <translation>%1 (nachdem %2 Benutzer importiert wurden; ein erneuter Aufruf macht dort weiter, wo dieser aufgehört hat).</translation>
    </message>
    <message>
        <source>the batch of lines %1 to %2 was not imported (%3 users imported before it). Fix the lines above and run the same command again: users already imported are skipped.</source>
        <translation>der Teil mit den Zeilen %1 bis %2 wurde nicht importiert (%3 Benutzer davor importiert). Korrigieren Sie die Zeilen oben und führen Sie denselben Befehl erneut aus: Bereits importierte Benutzer werden übersprungen.</translation>
    </message>
    <message>
        <source>%1 users imported, %2 already present and skipped, in %3 (%4 users/s).</source>
        <translation>%1 Benutzer importiert, %2 bereits vorhanden und übersprungen, in %3 (%4 Benutzer/s).</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>kann nicht auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 users exported.</source>
        <translation>%1 Benutzer exportiert.</translation>
    </message>
    <message>
        <source>The database.</source>
        <translation>Die Datenbank.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>Die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>users import FILE | export [FILE]</source>
        <translation>users import DATEI | export [DATEI]</translation>
    </message>
    <message>
        <source>expected the command users.</source>
        <translation>den Befehl users erwartet.</translation>
    </message>
    <message>
        <source>name a subcommand: import or export.</source>
        <translation>nennen Sie einen Unterbefehl: import oder export.</translation>
    </message>
    <message>
        <source>import takes the file to read (CSV with a header row, or JSON lines).</source>
        <translation>import erwartet die zu lesende Datei (CSV mit Kopfzeile oder JSON-Zeilen).</translation>
    </message>
    <message>
        <source>export takes at most the file to write (default: standard output).</source>
        <translation>export erwartet höchstens die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;: use import or export.</source>
        <translation>unbekannter Unterbefehl „%1“: verwenden Sie import oder export.</translation>
    </message>
</context>
<context>
    <name>tfk::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Name, login id or last 4 digits of the phone</source>
        <translation>Name, Anmeldekennung oder letzte 4 Ziffern der Telefonnummer</translation>
    </message>
    <message>
        <source>No users yet. The user database is empty.</source>
        <translation>Noch keine Benutzer. Die Benutzerdatenbank ist leer.</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>En&amp;roll in two-factor...</source>
        <translation>Zwei-Faktor &amp;einrichten …</translation>
    </message>
    <message>
        <source>&amp;Turn off two-factor...</source>
        <translation>Zwei-Faktor &amp;ausschalten …</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>New recovery &amp;codes...</source>
        <translation>Neue Wiederherstellungs&amp;codes...</translation>
    </message>
    <message>
        <source>&amp;Lost phone...</source>
        <translation>Telefon ver&amp;loren...</translation>
    </message>
    <message>
        <source>Turn two-factor off without a code, after checking who is asking.</source>
        <translation>Zwei-Faktor ohne Code ausschalten, nachdem geprüft wurde, wer fragt.</translation>
    </message>
    <message>
        <source>%1: two-factor sign-in by text to %2; recovery codes left: %3.</source>
        <translation>%1: Zwei-Faktor-Anmeldung per SMS an %2; verbleibende Wiederherstellungscodes: %3.</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Make new recovery codes for %1? The codes %1 has now stop working at once.</source>
        <translation>Neue Wiederherstellungscodes für %1 erstellen? Die Codes, die %1 jetzt hat, gelten dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Make new codes</source>
        <translation>Neue Codes &amp;erstellen</translation>
    </message>
    <message>
        <source>More than %1 users</source>
        <translation>Mehr als %1 Benutzer</translation>
    </message>
</context>
<context>
    <name>tfk::VerificationDialog</name>
    <message>
        <source>Enter the code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <source>The code could not be texted to %1: %2</source>
        <translation>Der Code konnte nicht per SMS an %1 gesendet werden: %2</translation>
    </message>
    <message>
        <source>We texted a code to %1.</source>
        <translation>Wir haben einen Code per SMS an %1 gesendet.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code aus der SMS</translation>
    </message>
    <message>
        <source>&amp;Trust this computer for %1 days</source>
        <translation>Diesem Computer %1 Tage &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this computer</source>
        <translation>Diesem Computer vertrauen</translation>
    </message>
    <message>
        <source>&amp;Send another code</source>
        <translation>&amp;Weiteren Code senden</translation>
    </message>
    <message>
        <source>Send another code</source>
        <translation>Weiteren Code senden</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>This sign-in has expired. Close this window and sign in again.</source>
        <translation>Diese Anmeldung ist abgelaufen. Schließen Sie dieses Fenster und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The code is valid for %1:%2 more minutes.</source>
        <translation>Der Code ist noch %1:%2 Minuten gültig.</translation>
    </message>
    <message>
        <source>We texted another code to %1 at %2.</source>
        <translation>Wir haben um %2 einen weiteren Code per SMS an %1 gesendet.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Use a recovery code &amp;instead</source>
        <translation>Stattdessen einen Wiederherstellungscode verwenden (&amp;I)</translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation>Stattdessen einen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>Use the texted code &amp;instead</source>
        <translation>Stattdessen den SMS-Code verwenden (&amp;I)</translation>
    </message>
    <message>
        <source>Use the texted code instead</source>
        <translation>Stattdessen den SMS-Code verwenden</translation>
    </message>
</context>
</TS>
