#pragma once

// The API view beside the screens: each two-factor step taken in the window as the FusionAuth request it
// corresponds to and the API's answer (ApiExchangeLog), with "Copy as curl"; below it, the Twilio client's HTTP
// exchanges with Twilio or the mock sink, delivery status polls included. Secrets, codes, passwords and tokens
// are shown only in demo mode.

#include "api/ApiExchange.h"
#include "sms/TwilioExchange.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace tfk {

class ApiExchangeLog;
class TwilioSmsSender;

struct ApiViewOptions
{
    // Demo mode (--demo, --mock-sms): secrets, codes and tokens shown; else masked.
    bool showSecrets = false;
    // Where the kiosk's API listens (--api); empty: it is not on, and curl commands assume kDefaultApiBase.
    QUrl apiBase = {};
};

class ApiViewPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr QStringView kDefaultApiBase = u"http://127.0.0.1:9011";

    // Both sources may be null; they must outlive the panel or be destroyed before it (QPointer).
    ApiViewPanel(ApiExchangeLog* log, TwilioSmsSender* twilio, ApiViewOptions options, QWidget* parent = nullptr);
    ~ApiViewPanel() override;

    const ApiViewOptions& options() const { return m_options; }
    void setApiBase(const QUrl& apiBase);

    // The lines as shown (for tests and screenshots).
    QStringList apiLines() const;
    QStringList twilioLines() const;
    // The curl command "Copy as curl" puts on the clipboard for the API entry in `row`; empty when none.
    QString curlCommand(int row) const;
    // Copies the selected entry's command (the last entry when none is selected).
    void copyCurl();
    // Empties both lists (the demo's reset).
    void clear();

    // How a Twilio exchange reads in the list: request line, Authorization, form body, answer.
    static QString describe(const TwilioExchange& exchange, bool showSecrets);

private:
    void addApiExchange(const ApiExchange& exchange);
    void addTwilioExchange(const TwilioExchange& exchange);
    void updateNotes();

    QPointer<ApiExchangeLog> m_log;
    ApiViewOptions m_options;
    QList<ApiExchange> m_exchanges; // as recorded, unmasked: curl in demo mode needs the real values
    QLabel* m_modeNote = nullptr;
    QListWidget* m_apiList = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_curlNote = nullptr;
    QListWidget* m_twilioList = nullptr;
};

} // namespace tfk
