#include "ActivityPage.h"

#include "AuditLogModel.h"
#include "BackupAgeLabel.h"
#include "SmsLogModel.h"
#include "auth/TwoFactorService.h"
#include "common/BusyIndicator.h"
#include "common/Futures.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                      QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

// Reset models lose the selection; an operator reading an entry should not lose it to a new one.
qint64 selectedId(const QTableView* table)
{
    const QModelIndexList rows = table->selectionModel() ? table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().data(Qt::UserRole).toLongLong();
}

void reselect(QTableView* table, int row)
{
    if (row >= 0) {
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

} // namespace

ActivityPage::ActivityPage(TwoFactorService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"activityPage"_s);

    auto* title = new QLabel(tr("Activity"), this);
    title->setObjectName(u"activityTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_auditModel = new AuditLogModel(service, this);
    m_smsModel = new SmsLogModel(service, this);

    // Audit tab.
    auto* auditTab = new QWidget(this);
    auditTab->setObjectName(u"auditTab"_s);
    auto* filterLabel = new QLabel(tr("&Filter:"), auditTab);
    filterLabel->setObjectName(u"activityFilterLabel"_s);
    m_filter = new QLineEdit(auditTab);
    m_filter->setObjectName(u"activityFilterEdit"_s);
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_filter->setPlaceholderText(tr("Event, outcome, user id, IP address, last digits of a phone"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    auto* actorLabel = new QLabel(tr("&Who:"), auditTab);
    actorLabel->setObjectName(u"activityActorLabel"_s);
    m_actorCombo = new QComboBox(auditTab);
    m_actorCombo->setObjectName(u"activityActorCombo"_s);
    m_actorCombo->setAccessibleName(tr("Show the entries of"));
    m_actorCombo->setToolTip(tr("An operator, the walk-up side of the kiosk, or an API key"));
    m_actorCombo->addItem(tr("All"), QString());
    m_actorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    actorLabel->setBuddy(m_actorCombo);
    m_refresh = new QPushButton(tr("&Refresh"), auditTab);
    m_refresh->setObjectName(u"activityRefreshButton"_s);
    m_refresh->setAccessibleName(tr("Refresh the activity"));
    m_refresh->setToolTip(tr("Reads both logs again (another kiosk may share the database)."));

    // Widths from the font, so a larger system font or another locale's dates still fit.
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.averageCharWidth();
    const int timeWidth = metrics.horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2029, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat))
        + 3 * em;
    m_auditTable = makeTable(m_auditModel, u"auditTable"_s, tr("Audit log"), auditTab);
    m_auditTable->setColumnWidth(AuditLogModel::TimeColumn, timeWidth);
    int eventWidth
        = metrics.horizontalAdvance(m_auditModel->headerData(AuditLogModel::EventColumn, Qt::Horizontal).toString());
    const QStringList events = AuditLogModel::knownEvents();
    for (const QString& event : events) {
        eventWidth = std::max(eventWidth, metrics.horizontalAdvance(AuditLogModel::eventLabel(event)));
    }
    m_auditTable->setColumnWidth(AuditLogModel::EventColumn, eventWidth + 3 * em);
    m_auditTable->setColumnWidth(AuditLogModel::ActorColumn, 14 * em);
    m_auditTable->setColumnWidth(AuditLogModel::OutcomeColumn, 18 * em);
    m_auditTable->setColumnWidth(AuditLogModel::PhoneColumn, 13 * em);
    m_auditTable->setColumnWidth(AuditLogModel::IpAddressColumn, 15 * em);
    m_auditTable->setColumnWidth(AuditLogModel::ApplicationColumn, 14 * em);
    m_auditState = new QLabel(auditTab);
    m_auditState->setObjectName(u"auditStateLabel"_s);
    m_auditState->setWordWrap(true);

    m_busyIndicator = new BusyIndicator(u"activityBusy"_s, auditTab);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(actorLabel);
    filterRow->addWidget(m_actorCombo);
    filterRow->addWidget(m_refresh);
    filterRow->addWidget(m_busyIndicator);
    auto* auditLayout = new QVBoxLayout(auditTab);
    auditLayout->addLayout(filterRow);
    auditLayout->addWidget(m_auditTable, 1);
    auditLayout->addWidget(m_auditState);

    // SMS tab.
    auto* smsTab = new QWidget(this);
    smsTab->setObjectName(u"smsTab"_s);
    m_smsTable = makeTable(m_smsModel, u"smsTable"_s, tr("Text message log"), smsTab);
    m_smsTable->setColumnWidth(SmsLogModel::TimeColumn, timeWidth);
    m_smsTable->setColumnWidth(SmsLogModel::PurposeColumn, 18 * em);
    m_smsTable->setColumnWidth(SmsLogModel::PhoneColumn, 13 * em);
    m_smsTable->setColumnWidth(SmsLogModel::SenderColumn, metrics.horizontalAdvance(u"+447700900123"_s) + 3 * em);
    m_smsTable->setColumnWidth(SmsLogModel::SegmentsColumn,
                               metrics.horizontalAdvance(SmsLogModel::segmentsLabel(10, u"UCS-2"_s)) + 3 * em);
    m_smsTable->setColumnWidth(SmsLogModel::StatusColumn, 15 * em);
    m_smsState = new QLabel(smsTab);
    m_smsState->setObjectName(u"smsStateLabel"_s);
    m_smsState->setWordWrap(true);
    auto* smsLayout = new QVBoxLayout(smsTab);
    smsLayout->addWidget(m_smsTable, 1);
    smsLayout->addWidget(m_smsState);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"activityTabs"_s);
    m_tabs->setAccessibleName(tr("Activity logs"));
    m_tabs->addTab(auditTab, tr("&Audit log"));
    m_tabs->addTab(smsTab, tr("&Text messages"));

    m_backupAge = new BackupAgeLabel(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_backupAge);
    layout->addWidget(m_tabs, 1);

    // Tabs first, then what is on the audit tab, top to bottom.
    setTabOrder(m_tabs, m_filter);
    setTabOrder(m_filter, m_actorCombo);
    setTabOrder(m_actorCombo, m_refresh);
    setTabOrder(m_refresh, m_auditTable);

    // A query per keystroke would be wasted on letters the operator is still typing.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this, [this] { m_auditModel->setFilter(m_filter->text()); });
    // One workflow step writes several entries (send, audit, delivery reports): one reload for the burst.
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(300);
    connect(&m_reloadDelay, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            reload();
        } else {
            m_stale = true;
        }
    });
    connect(m_refresh, &QPushButton::clicked, this, &ActivityPage::reload);
    connect(m_actorCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_auditModel->setActor(m_actorCombo->currentData().toString()); });
    connect(m_auditModel, &AuditLogModel::reloaded, this, &ActivityPage::updateState);
    connect(m_smsModel, &SmsLogModel::reloaded, this, &ActivityPage::updateState);
    keepSelection(m_auditTable);
    keepSelection(m_smsTable);
    auto showLoading = [this](bool loading) {
        if (loading) {
            m_busyIndicator->begin();
        } else {
            m_busyIndicator->end();
        }
    };
    connect(m_auditModel, &AuditLogModel::loadingChanged, this, showLoading);
    connect(m_smsModel, &SmsLogModel::loadingChanged, this, showLoading);
    if (service) {
        connect(service, &TwoFactorService::activityRecorded, this, &ActivityPage::scheduleReload);
        connect(service, &TwoFactorService::smsStatusChanged, this, &ActivityPage::scheduleReload);
    }
    reload();
}

void ActivityPage::reload()
{
    m_stale = false;
    m_reloadDelay.stop();
    m_auditModel->reload();
    m_smsModel->reload();
    reloadActors();
}

void ActivityPage::watchBackups(Settings* settings, BackupScheduler* scheduler, const Clock* clock, bool postgres)
{
    m_backupAge->watch(settings, scheduler, clock, postgres);
}

void ActivityPage::refreshBackupAge()
{
    m_backupAge->refresh();
}

void ActivityPage::reloadActors()
{
    if (!m_service) {
        return;
    }
    whenFinished(m_service->auditActors(), this, [this, serial = ++m_actorSerial](const Result<QStringList>& actors) {
        if (serial != m_actorSerial || !actors) {
            return; // a newer list is coming, or the old one stays
        }
        const QString chosen = m_actorCombo->currentData().toString();
        const QSignalBlocker blocker(m_actorCombo);
        m_actorCombo->clear();
        m_actorCombo->addItem(tr("All"), QString());
        for (const QString& actor : *actors) {
            if (!actor.isEmpty()) {
                m_actorCombo->addItem(AuditLogModel::actorLabel(actor), actor);
            }
        }
        // The actor chosen stays chosen, even before its first entry of this run is read back.
        if (!chosen.isEmpty() && m_actorCombo->findData(chosen) < 0) {
            m_actorCombo->addItem(AuditLogModel::actorLabel(chosen), chosen);
        }
        m_actorCombo->setCurrentIndex(std::max(0, m_actorCombo->findData(chosen)));
    });
}

void ActivityPage::keepSelection(QTableView* table)
{
    auto selected = std::make_shared<qint64>(-1);
    connect(table->model(), &QAbstractItemModel::modelAboutToBeReset, this,
            [table, selected] { *selected = selectedId(table); });
    connect(table->model(), &QAbstractItemModel::modelReset, this, [table, selected] {
        if (*selected < 0) {
            return;
        }
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(Qt::UserRole).toLongLong() == *selected) {
                reselect(table, row);
                return;
            }
        }
    });
}

void ActivityPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void ActivityPage::scheduleReload()
{
    if (!m_reloadDelay.isActive()) {
        m_reloadDelay.start();
    }
}

void ActivityPage::updateState()
{
    const QString filter = m_auditModel->actor().isEmpty()
        ? m_auditModel->filter().trimmed()
        : (m_auditModel->filter().trimmed().isEmpty()
               ? AuditLogModel::actorLabel(m_auditModel->actor())
               : u"%1, %2"_s.arg(AuditLogModel::actorLabel(m_auditModel->actor()), m_auditModel->filter().trimmed()));
    if (!m_auditModel->lastError().isEmpty()) {
        m_auditState->setText(tr("The audit log could not be read: %1").arg(m_auditModel->lastError()));
    } else if (m_auditModel->rowCount() == 0) {
        m_auditState->setText(filter.isEmpty() ? tr("No activity yet. Every enrollment and sign-in step appears here.")
                                               : tr("No entry matches \"%1\".").arg(filter));
    } else if (m_auditModel->rowCount() >= m_auditModel->limit()) {
        m_auditState->setText(tr("The latest %1 entries; use the filter to find older ones.")
                                  .arg(QLocale().toString(m_auditModel->limit())));
    } else {
        // No English catalogue, so "%n entries" would read "1 entries": a count after a colon needs no plural.
        m_auditState->setText(tr("Entries: %1").arg(QLocale().toString(m_auditModel->rowCount())));
    }

    if (!m_smsModel->lastError().isEmpty()) {
        m_smsState->setText(tr("The text message log could not be read: %1").arg(m_smsModel->lastError()));
    } else if (m_smsModel->rowCount() == 0) {
        m_smsState->setText(tr("No text messages sent yet."));
    } else if (m_smsModel->rowCount() >= m_smsModel->limit()) {
        m_smsState->setText(tr("The latest %1 text messages.").arg(QLocale().toString(m_smsModel->limit())));
    } else {
        m_smsState->setText(tr("Text messages: %1").arg(QLocale().toString(m_smsModel->rowCount())));
    }
}

} // namespace tfk
