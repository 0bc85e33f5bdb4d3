#pragma once

// The HTTP API's keys, for an administrator: create one with a name (the key is shown once, with a
// copy button), see when each was created and last used, revoke one after a confirmation. Part of the
// Settings screen.

#include "api/ApiKeyStore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tfk {

class OperatorSession;
class TwoFactorService;

class ApiKeysPanel : public QWidget
{
    Q_OBJECT

public:
    ApiKeysPanel(TwoFactorService* service, OperatorSession* session, QWidget* parent = nullptr);

    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void create();
    void revoke();
    void showNewKey(const NewApiKey& key);
    void updateButtons();
    void showStatus(const QString& message, bool error);

    TwoFactorService* m_service;
    OperatorSession* m_session;
    QLineEdit* m_nameEdit = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_stateLabel = nullptr;
    QList<ApiKey> m_keys;
    quint64 m_serial = 0;
    bool m_creating = false;
};

} // namespace tfk
