#include "ApiViewPanel.h"

#include "api/ApiExchangeLog.h"
#include "sms/TwilioSmsSender.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// The HTTP status of an entry (0: no answer), for the bar at its left: green answered, red refused or failed.
constexpr int kStatusRole = Qt::UserRole + 1;

// Entries are long runs without spaces (JSON, tokens, URLs): wrapped anywhere to the list's width, so nothing
// hides behind a horizontal scroll bar; the answer starts a line of its own.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QListWidget* list)
        : QStyledItemDelegate(list)
        , m_list(list)
    {
    }

    static QString shown(const QModelIndex& index)
    {
        QString text = index.data().toString();
        return text.replace(u" -> "_s, u"\n-> "_s);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const QString text = shown(index);
        item.text.clear();
        const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        painter->save();
        const int status = index.data(kStatusRole).toInt();
        const bool answered = status >= 200 && status < 400;
        painter->fillRect(QRect(item.rect.left(), item.rect.top() + 2, 3, item.rect.height() - 4),
                          answered ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        painter->setFont(item.font);
        painter->setPen(
            item.palette.color((item.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(item.rect.adjusted(kPadding + 4, kPadding, -kPadding, -kPadding),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int width = std::max(120, m_list->viewport()->width() - 2 * kPadding - 4);
        const QRect needed
            = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWrapAnywhere, shown(index));
        return {width + 2 * kPadding + 4, needed.height() + 2 * kPadding};
    }

private:
    static constexpr int kPadding = 4;
    QListWidget* m_list;
};

// Lays a list's entries out again whenever its viewport changes width (a scroll bar appearing, the dock resized),
// so every entry's height matches its wrapped text.
class RewrapOnResize final : public QObject
{
public:
    explicit RewrapOnResize(QListWidget* list)
        : QObject(list)
        , m_list(list)
    {
        list->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            QTimer::singleShot(0, m_list, [list = m_list] { list->doItemsLayout(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget* m_list;
};

QListWidget* makeList(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setItemDelegate(new WrappingDelegate(list));
    new RewrapOnResize(list);
    list->setResizeMode(QListView::Adjust); // wrapped again when the dock changes width
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return list;
}

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Twilio's answer without the fields nobody needs to read here (its many URIs, prices, dates): what the client
// acts on. The message's body is left out too: it carries the code.
QString twilioAnswer(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return QString::fromUtf8(body.left(200));
    }
    const QJsonObject full = document.object();
    QJsonObject shown;
    for (const QString& key :
         {u"sid"_s, u"status"_s, u"to"_s, u"from"_s, u"error_code"_s, u"error_message"_s, u"code"_s, u"message"_s}) {
        if (full.contains(key)) {
            shown.insert(key, full.value(key));
        }
    }
    QString text = QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact));
    if (shown.size() < full.size()) {
        text.insert(text.size() - 1, shown.isEmpty() ? u"…"_s : u",…"_s);
    }
    return text;
}

QString maskedForm(const QByteArray& form)
{
    QList<QByteArray> fields = form.split('&');
    for (QByteArray& field : fields) {
        if (field.startsWith("Body=")) {
            field = "Body=" + ApiExchange::kMask.toString().toUtf8();
        }
    }
    return QString::fromUtf8(fields.join('&'));
}

} // namespace

ApiViewPanel::ApiViewPanel(ApiExchangeLog* log, TwilioSmsSender* twilio, ApiViewOptions options, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_options(std::move(options))
{
    setObjectName(u"apiViewPanel"_s);
    setAccessibleName(tr("API view"));

    m_modeNote = new QLabel(this);
    m_modeNote->setObjectName(u"apiViewModeLabel"_s);
    m_modeNote->setWordWrap(true);

    auto* apiSide = new QWidget(this);
    auto* apiLayout = new QVBoxLayout(apiSide);
    apiLayout->setContentsMargins(0, 0, 0, 0);
    QLabel* apiHeading = makeHeading(tr("FusionAuth API: each step as its request and answer"), apiSide);
    m_apiList = makeList(u"apiExchangeList"_s, tr("FusionAuth API requests"), apiSide);
    apiHeading->setBuddy(m_apiList);
    m_copyButton = new QPushButton(tr("Copy as &curl"), apiSide);
    m_copyButton->setObjectName(u"copyCurlButton"_s);
    m_copyButton->setAccessibleName(tr("Copy as curl"));
    m_copyButton->setToolTip(tr("Put a curl command that sends the selected request on the clipboard."));
    m_copyButton->setEnabled(false);
    auto* clearButton = new QPushButton(tr("C&lear"), apiSide);
    clearButton->setObjectName(u"clearApiViewButton"_s);
    clearButton->setAccessibleName(tr("Clear the API view"));
    m_curlNote = new QLabel(apiSide);
    m_curlNote->setObjectName(u"curlNoteLabel"_s);
    m_curlNote->setWordWrap(true);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_copyButton);
    buttons->addWidget(clearButton);
    buttons->addStretch(1);
    apiLayout->addWidget(apiHeading);
    apiLayout->addWidget(m_apiList, 1);
    apiLayout->addLayout(buttons);
    apiLayout->addWidget(m_curlNote);

    auto* twilioSide = new QWidget(this);
    auto* twilioLayout = new QVBoxLayout(twilioSide);
    twilioLayout->setContentsMargins(0, 0, 0, 0);
    QLabel* twilioHeading = makeHeading(tr("Twilio: the client's HTTP requests and delivery reports"), twilioSide);
    m_twilioList = makeList(u"twilioExchangeList"_s, tr("Twilio requests"), twilioSide);
    twilioHeading->setBuddy(m_twilioList);
    twilioLayout->addWidget(twilioHeading);
    twilioLayout->addWidget(m_twilioList, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"apiViewSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(apiSide);
    splitter->addWidget(twilioSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_modeNote);
    layout->addWidget(splitter, 1);

    auto* copyAction = new QAction(tr("Copy as curl"), m_apiList);
    copyAction->setObjectName(u"copyCurlAction"_s);
    m_apiList->addAction(copyAction);
    m_apiList->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyAction, &QAction::triggered, this, &ApiViewPanel::copyCurl);
    connect(m_copyButton, &QPushButton::clicked, this, &ApiViewPanel::copyCurl);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        if (m_log) {
            m_log->clear(); // and the log's cleared() clears the lists
        } else {
            clear();
        }
    });
    connect(m_apiList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_copyButton->setEnabled(row >= 0 || !m_exchanges.isEmpty()); });

    if (log) {
        for (const ApiExchange& exchange : log->exchanges()) {
            addApiExchange(exchange);
        }
        connect(log, &ApiExchangeLog::recorded, this, &ApiViewPanel::addApiExchange);
        connect(log, &ApiExchangeLog::cleared, this, &ApiViewPanel::clear);
    }
    if (twilio) {
        connect(twilio, &TwilioSmsSender::exchanged, this, &ApiViewPanel::addTwilioExchange);
    }
    updateNotes();
}

ApiViewPanel::~ApiViewPanel() = default;

void ApiViewPanel::setApiBase(const QUrl& apiBase)
{
    m_options.apiBase = apiBase;
    updateNotes();
}

void ApiViewPanel::updateNotes()
{
    m_modeNote->setText(m_options.showSecrets
                            ? tr("Demo mode: secrets, codes and tokens are shown as the API sends them.")
                            : tr("Secrets, codes and tokens are masked (%1); they are shown only in demo mode "
                                 "(--demo or --mock-sms).")
                                  .arg(ApiExchange::kMask));
    m_curlNote->setText(m_options.apiBase.isEmpty()
                            ? tr("The API is not on in this window (start it with --api); the curl commands assume "
                                 "%1. Requests that need an API key take it from $TFK_API_KEY.")
                                  .arg(kDefaultApiBase)
                            : tr("The curl commands go to the API at %1. Requests that need an API key take it from "
                                 "$TFK_API_KEY (twofactor-kiosk api-key create --name demo).")
                                  .arg(m_options.apiBase.toString()));
    m_curlNote->setAccessibleName(m_curlNote->text());
    m_modeNote->setAccessibleName(m_modeNote->text());
}

void ApiViewPanel::addApiExchange(const ApiExchange& exchange)
{
    m_exchanges.append(exchange);
    const ApiExchange shown = m_options.showSecrets ? exchange : exchange.masked();
    auto* item = new QListWidgetItem(shown.summary(), m_apiList);
    item->setData(kStatusRole, exchange.status);
    item->setToolTip(QDateTime::fromMSecsSinceEpoch(exchange.atMs).toString(u"HH:mm:ss"_s));
    m_apiList->scrollToItem(item);
    m_copyButton->setEnabled(true);
}

QString ApiViewPanel::describe(const TwilioExchange& exchange, bool showSecrets)
{
    QStringList lines {exchange.method + u' ' + exchange.url.toString(QUrl::RemoveUserInfo),
                       u"Authorization: "_s + exchange.authorization};
    if (exchange.attempt > 1) {
        lines.first() += tr(" (attempt %1)").arg(exchange.attempt);
    }
    if (!exchange.requestBody.isEmpty()) {
        lines << (showSecrets ? QString::fromUtf8(exchange.requestBody) : maskedForm(exchange.requestBody));
    }
    if (exchange.status == 0) {
        lines << u"-> "_s + tr("no answer: %1").arg(exchange.networkError);
    } else {
        QString answer = u"-> "_s + QString::number(exchange.status);
        if (!exchange.retryAfter.isEmpty()) {
            answer += u" Retry-After: "_s + exchange.retryAfter;
        }
        if (!exchange.responseBody.isEmpty()) {
            answer += u' ' + twilioAnswer(exchange.responseBody);
        }
        lines << answer;
    }
    if (!exchange.deliveryStatus.isEmpty()) {
        lines << tr("Delivery status: %1").arg(exchange.deliveryStatus);
    }
    return lines.join(u'\n');
}

void ApiViewPanel::addTwilioExchange(const TwilioExchange& exchange)
{
    auto* item = new QListWidgetItem(describe(exchange, m_options.showSecrets), m_twilioList);
    item->setData(kStatusRole, exchange.status);
    item->setToolTip(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s));
    m_twilioList->scrollToItem(item);
}

QStringList ApiViewPanel::apiLines() const
{
    QStringList lines;
    for (int row = 0; row < m_apiList->count(); ++row) {
        lines << m_apiList->item(row)->text();
    }
    return lines;
}

QStringList ApiViewPanel::twilioLines() const
{
    QStringList lines;
    for (int row = 0; row < m_twilioList->count(); ++row) {
        lines << m_twilioList->item(row)->text();
    }
    return lines;
}

QString ApiViewPanel::curlCommand(int row) const
{
    if (row < 0 || row >= m_exchanges.size()) {
        return {};
    }
    const ApiExchange& exchange = m_exchanges.at(row);
    QStringList lines;
    if (m_options.apiBase.isEmpty()) {
        lines << u"# "_s + tr("The API is not on in this window: start twofactor-kiosk with --api first.");
    }
    if (!m_options.showSecrets) {
        lines << u"# "_s
                + tr("Secrets are masked outside demo mode: put the real values in place of %1.")
                      .arg(ApiExchange::kMask);
    }
    const ApiExchange shown = m_options.showSecrets ? exchange : exchange.masked();
    lines << shown.curl(m_options.apiBase.isEmpty() ? QUrl(kDefaultApiBase.toString()) : m_options.apiBase);
    return lines.join(u'\n');
}

void ApiViewPanel::copyCurl()
{
    const int row = m_apiList->currentRow() >= 0 ? m_apiList->currentRow() : int(m_exchanges.size()) - 1;
    const QString command = curlCommand(row);
    if (command.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(command);
    // Said on the button for a moment: the presenter sees it worked without looking away.
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copyButton, [button = m_copyButton] { button->setText(tr("Copy as &curl")); });
}

void ApiViewPanel::clear()
{
    m_exchanges.clear();
    m_apiList->clear();
    m_twilioList->clear();
    m_copyButton->setEnabled(false);
}

} // namespace tfk
