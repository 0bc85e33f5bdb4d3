#pragma once

// The API's listening socket. It looks at each request's head before Qt HTTP Server reads it and
// refuses bodies that are announced too large (413) or sent chunked (411), so Qt HTTP Server 6.8,
// which has no body limit of its own, never buffers them. Requests whose head arrives in pieces pass
// through; ApiServer checks the size of their body again.

#include <QTcpServer>

class QTcpSocket;

namespace tfk {

class ApiTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    // `maxImportBodyBytes` is the limit for the bulk import (POST /api/user/import), which takes
    // batches of users far larger than any other request.
    ApiTcpServer(qint64 maxBodyBytes, qint64 maxImportBodyBytes, QObject* parent = nullptr);

    // Requests refused here since the server started (for tests and the log).
    int refusedRequests() const { return m_refused; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void inspect(QTcpSocket* socket);
    void refuse(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& body);

    qint64 m_maxBodyBytes;
    qint64 m_maxImportBodyBytes;
    int m_refused = 0;
};

} // namespace tfk
