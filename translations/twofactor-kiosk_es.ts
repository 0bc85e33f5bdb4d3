<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Helpdesk kiosk for SMS two-factor enrollment and sign-in.</source>
        <translation>Quiosco de soporte para el registro y el inicio de sesión con doble factor por SMS.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Guardar un PNG de la ventana principal en &lt;file&gt; en cuanto se muestre y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>No se puede iniciar</translation>
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
        <source>The language &apos;%1&apos; is not offered; choose one of %2.</source>
        <translation>El idioma «%1» no está disponible; elija uno de %2.</translation>
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
    <name>tfk::CryptoRuntime</name>
    <message>
        <source>The cryptography library QCA cannot provide %1. Install the QCA OpenSSL plugin (Debian package libqca-qt6-plugins) and start the program again.</source>
        <translation>La biblioteca criptográfica QCA no puede proporcionar %1. Instale el complemento OpenSSL de QCA (paquete de Debian libqca-qt6-plugins) y vuelva a iniciar el programa.</translation>
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
        <source>Ready</source>
        <translation>Listo</translation>
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
    <message>
        <source>No users yet. The user database is empty.</source>
        <translation>Todavía no hay usuarios. La base de datos de usuarios está vacía.</translation>
    </message>
</context>
</TS>
