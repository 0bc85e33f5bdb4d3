<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Helpdesk kiosk for SMS two-factor enrollment and sign-in.</source>
        <translation>Helpdesk-Kiosk für die Einrichtung der SMS-Zwei-Faktor-Anmeldung und die Anmeldung.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein PNG des Hauptfensters nach &lt;file&gt; speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
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
        <source>The language &apos;%1&apos; is not offered; choose one of %2.</source>
        <translation>Die Sprache „%1“ wird nicht angeboten; wählen Sie eine von %2.</translation>
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
    <name>tfk::CryptoRuntime</name>
    <message>
        <source>The cryptography library QCA cannot provide %1. Install the QCA OpenSSL plugin (Debian package libqca-qt6-plugins) and start the program again.</source>
        <translation>Die Kryptografie-Bibliothek QCA kann %1 nicht bereitstellen. Installieren Sie das QCA-OpenSSL-Plugin (Debian-Paket libqca-qt6-plugins) und starten Sie das Programm erneut.</translation>
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
        <source>Ready</source>
        <translation>Bereit</translation>
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
    <message>
        <source>No users yet. The user database is empty.</source>
        <translation>Noch keine Benutzer. Die Benutzerdatenbank ist leer.</translation>
    </message>
</context>
</TS>
