#include "DatabasePanel.h"

#include "PassphraseDialog.h"
#include "backup/BackupHistory.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupWriter.h"
#include "common/BusyIndicator.h"
#include "common/Futures.h"
#include "operators/OperatorSession.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QLabel* paragraph(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton* actionButton(const QString& text, const QString& objectName, const QString& accessibleName,
                          QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

DatabasePanel::DatabasePanel(DatabaseTools tools, Settings* settings, OperatorSession* session, const Clock& clock,
                             QWidget* parent)
    : QWidget(parent)
    , m_tools(std::move(tools))
    , m_settings(settings)
    , m_session(session)
    , m_clock(clock)
{
    setObjectName(u"databasePanel"_s);
    // One archive at a time, away from the window's thread and the service's pools.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"tfk-backup-ui"_s);

    // Where the data is.
    auto* where = new QGroupBox(tr("Where the data is"), this);
    where->setObjectName(u"databaseWhereGroup"_s);
    const QString location = isPostgres()
        ? tr("the PostgreSQL server %1:%2, database %3")
              .arg(m_tools.database.host.isEmpty() ? u"localhost"_s : m_tools.database.host)
              .arg(m_tools.database.port)
              .arg(m_tools.database.databaseName)
        : native(m_tools.database.path);
    auto* databaseLabel = paragraph(tr("Database: %1").arg(location), u"databaseLocationLabel"_s, where);
    databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* keyLabel = paragraph(tr("Data key: %1").arg(dataKeySource()), u"dataKeyLocationLabel"_s, where);
    keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* whereLayout = new QVBoxLayout(where);
    whereLayout->addWidget(databaseLabel);
    whereLayout->addWidget(keyLabel);

    // Backups.
    auto* backups = new QGroupBox(tr("Backups"), this);
    backups->setObjectName(u"databaseBackupGroup"_s);
    auto* backupLayout = new QVBoxLayout(backups);
    if (isPostgres()) {
        // What BackupCommand says on PostgreSQL, with this server's connection filled in.
        backupLayout->addWidget(paragraph(
            tr("The database is on a PostgreSQL server: back it up there with pg_dump, for example\n"
               "pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=twofactor-kiosk.dump %4\n"
               "and restore it with pg_restore --clean. This program backs up only the data key, which the dump "
               "needs to be of any use: export it below and keep it apart from the dumps.")
                .arg(m_tools.database.host.isEmpty() ? u"localhost"_s : m_tools.database.host)
                .arg(m_tools.database.port)
                .arg(m_tools.database.userName.isEmpty() ? u"kiosk"_s : m_tools.database.userName,
                     m_tools.database.databaseName.isEmpty() ? u"twofactor"_s : m_tools.database.databaseName),
            u"pgDumpAdviceLabel"_s, backups));
    } else {
        backupLayout->addWidget(
            paragraph(tr("A backup archive holds the database and the data key, encrypted under a passphrase you "
                         "choose. It is made while the kiosk keeps working. Make one before every upgrade and keep it "
                         "on another disk, and the passphrase somewhere else."),
                      u"backupIntroLabel"_s, backups));
        m_backupButton = actionButton(tr("&Back up now..."), u"backUpNowButton"_s,
                                      tr("Back up the database and the data key now"), backups);
        m_restoreButton = actionButton(tr("R&estore..."), u"restoreBackupButton"_s,
                                       tr("Restore the database and the data key from a backup"), backups);
        auto* row = new QHBoxLayout;
        row->addWidget(m_backupButton);
        row->addWidget(m_restoreButton);
        row->addStretch(1);
        backupLayout->addLayout(row);
        backupLayout->addWidget(paragraph(
            tr("A restore replaces the database and the data key with the archive's, keeps the current files beside "
               "them as .before-restore, and closes and starts the program again."),
            u"restoreHintLabel"_s, backups));
        connect(m_backupButton, &QPushButton::clicked, this, &DatabasePanel::backUpNow);
        connect(m_restoreButton, &QPushButton::clicked, this, &DatabasePanel::restore);
    }
    m_scheduleState = paragraph(QString(), u"scheduledBackupsLabel"_s, backups);
    m_scheduleState->hide();
    backupLayout->addWidget(m_scheduleState);

    // The data key.
    auto* key = new QGroupBox(tr("Data key"), this);
    key->setObjectName(u"dataKeyGroup"_s);
    auto* keyLayout = new QVBoxLayout(key);
    keyLayout->addWidget(paragraph(tr("The data key seals every user's two-factor secret: the database and its "
                                      "backups are worthless without it. Keep an export of it on its own, encrypted "
                                      "under a passphrase, apart from the database (a USB stick in a safe)."),
                                   u"dataKeyIntroLabel"_s, key));
    m_keyState = paragraph(QString(), u"dataKeyStateLabel"_s, key);
    keyLayout->addWidget(m_keyState);
    m_exportButton
        = actionButton(tr("E&xport data key..."), u"exportDataKeyButton"_s, tr("Export the data key to a file"), key);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_exportButton);
    keyRow->addStretch(1);
    keyLayout->addLayout(keyRow);
    connect(m_exportButton, &QPushButton::clicked, this, &DatabasePanel::exportDataKey);

    m_adminOnly = paragraph(tr("Only an administrator can back up, restore or export the data key."),
                            u"databaseAdminOnlyLabel"_s, this);
    m_busyIndicator = new BusyIndicator(u"databaseBusy"_s, this);
    m_result = paragraph(QString(), u"databaseResultLabel"_s, this);
    m_result->setAccessibleName(tr("Backup result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(backups);
    layout->addWidget(key);
    layout->addWidget(m_adminOnly);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_result);
    layout->addStretch(1);

    if (m_session) {
        connect(m_session, &OperatorSession::signedIn, this, &DatabasePanel::updateAccess);
        connect(m_session, &OperatorSession::locked, this, &DatabasePanel::updateAccess);
    }
    updateKeyState();
    updateAccess();
}

DatabasePanel::~DatabasePanel()
{
    // An archive half written is removed by the writer itself; one being finished is let finish.
    m_pool.waitForDone();
}

void DatabasePanel::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void DatabasePanel::setScheduler(BackupScheduler* scheduler)
{
    if (m_scheduler) {
        disconnect(m_scheduler, nullptr, this, nullptr);
    }
    m_scheduler = scheduler;
    if (m_scheduler) {
        connect(m_scheduler, &BackupScheduler::statusChanged, this, &DatabasePanel::updateScheduleState);
    }
    updateScheduleState();
}

bool DatabasePanel::isPostgres() const
{
    return m_tools.database.driver != SqlDriver::Sqlite;
}

QString DatabasePanel::dataKeySource() const
{
    return m_tools.dataKey ? m_tools.dataKey->source() : native(m_tools.dataKeyPath);
}

bool DatabasePanel::allowed() const
{
    return m_session && m_session->can(OperatorPermission::ManageSettings) && m_tools.dataKey.has_value();
}

void DatabasePanel::updateAccess()
{
    const bool admin = allowed();
    for (QPushButton* button : {m_backupButton, m_restoreButton, m_exportButton}) {
        if (button) {
            button->setVisible(admin);
            button->setEnabled(admin && !m_busy);
        }
    }
    m_adminOnly->setVisible(!admin);
}

void DatabasePanel::updateKeyState()
{
    const auto exported = m_settings ? BackupHistory::lastKeyExportAtMs(*m_settings) : std::nullopt;
    m_keyState->setText(exported ? tr("Last exported %1.").arg(when(*exported))
                                 : tr("Not exported yet from this computer."));
}

void DatabasePanel::updateScheduleState()
{
    if (!m_scheduler) {
        m_scheduleState->hide();
        return;
    }
    m_scheduleState->setText(tr("Scheduled backups: %1").arg(m_scheduler->statusText()));
    m_scheduleState->show();
}

QString DatabasePanel::suggestedFolder() const
{
    if (m_scheduler && !m_scheduler->config().directory.isEmpty()) {
        return m_scheduler->config().directory;
    }
    if (m_settings) {
        if (const auto last = BackupHistory::lastManual(*m_settings)) {
            return QFileInfo(last->file).absolutePath();
        }
    }
    return QDir::homePath();
}

QString DatabasePanel::chooseFile(const QString& title, const QString& suggested, bool save)
{
    QString file;
    if (m_chooser) {
        file = m_chooser(title, suggested, save);
    } else {
        const QString filter = tr("Backup archives (*.tfkbackup);;All files (*)");
        file = save ? QFileDialog::getSaveFileName(this, title, suggested, filter)
                    : QFileDialog::getOpenFileName(this, title, suggested, filter);
    }
    if (save && !file.isEmpty() && QFileInfo(file).suffix().isEmpty()) {
        file += u".tfkbackup"_s;
    }
    return file;
}

void DatabasePanel::backUpNow()
{
    if (!allowed() || m_busy || isPostgres()) {
        return;
    }
    const QString date = QDateTime::fromMSecsSinceEpoch(m_clock.currentMSecsSinceEpoch()).toString(u"yyyy-MM-dd"_s);
    const QString file = chooseFile(
        tr("Back up to"), QDir(suggestedFolder()).filePath(u"twofactor-kiosk-%1.tfkbackup"_s.arg(date)), true);
    if (file.isEmpty()) {
        return;
    }
    auto* dialog = new PassphraseDialog(
        PassphraseDialog::Mode::New, tr("Passphrase for the backup"),
        tr("The archive %1 holds the database and the data key, encrypted under this passphrase. Keep the "
           "passphrase apart from the archive (a password manager, a sealed envelope): without it the archive "
           "cannot be opened, and nobody can recover it.")
            .arg(native(file)),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, file] { startBackup(file, dialog->passphrase()); });
    dialog->open();
}

void DatabasePanel::startBackup(const QString& file, const QString& passphrase)
{
    if (!allowed() || m_busy) {
        return;
    }
    setBusy(true, tr("Backing up to %1...").arg(native(file)));
    whenFinished(
        QtConcurrent::run(&m_pool,
                          [database = m_tools.database, key = *m_tools.dataKey, passphrase, file, clock = &m_clock,
                           limits = m_tools.limits] {
                              return BackupWriter::writeBackup(database, key, passphrase, file, *clock, limits);
                          }),
        this, [this](const Result<BackupReport>& report) {
            setBusy(false);
            if (!report) {
                showResult(report.error().message, true);
                return;
            }
            QString text = tr("Backed up the database and the data key to %1 (%2). Verified: the archive opens with "
                              "the passphrase, the copy passes SQLite's integrity check, and the key opens every "
                              "two-factor secret in it (schema version %3, users: %4, secrets: %5).")
                               .arg(native(report->file), QLocale().formattedDataSize(report->bytes))
                               .arg(report->check.schemaVersion)
                               .arg(report->check.users)
                               .arg(report->check.sealedSecrets);
            if (m_settings) {
                if (auto recorded = BackupHistory::recordBackup(*m_settings, *report); !recorded) {
                    text += u' ' + recorded.error().message;
                }
            }
            showResult(text, false);
            Q_EMIT backupMade(report->file);
        });
}

void DatabasePanel::exportDataKey()
{
    if (!allowed() || m_busy) {
        return;
    }
    const QString date = QDateTime::fromMSecsSinceEpoch(m_clock.currentMSecsSinceEpoch()).toString(u"yyyy-MM-dd"_s);
    const QString file
        = chooseFile(tr("Export the data key to"),
                     QDir(QDir::homePath()).filePath(u"twofactor-kiosk-data-key-%1.tfkbackup"_s.arg(date)), true);
    if (file.isEmpty()) {
        return;
    }
    auto* dialog = new PassphraseDialog(
        PassphraseDialog::Mode::New, tr("Passphrase for the data key"),
        tr("The file %1 holds the data key alone, encrypted under this passphrase. Keep the file apart from the "
           "database and its backups, and the passphrase apart from both.")
            .arg(native(file)),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, file] { startExport(file, dialog->passphrase()); });
    dialog->open();
}

void DatabasePanel::startExport(const QString& file, const QString& passphrase)
{
    if (!allowed() || m_busy) {
        return;
    }
    setBusy(true, tr("Exporting the data key to %1...").arg(native(file)));
    whenFinished(
        QtConcurrent::run(&m_pool,
                          [key = *m_tools.dataKey, passphrase, file, clock = &m_clock, limits = m_tools.limits] {
                              return BackupWriter::writeDataKey(key, passphrase, file, *clock, limits);
                          }),
        this, [this](const Result<BackupReport>& report) {
            setBusy(false);
            if (!report) {
                showResult(report.error().message, true);
                return;
            }
            QString text = tr("Exported the data key to %1 (%2) and read it back. Keep it apart from the database and "
                              "its backups, and the passphrase apart from both.")
                               .arg(native(report->file), QLocale().formattedDataSize(report->bytes));
            if (m_settings) {
                if (auto recorded = BackupHistory::recordKeyExport(*m_settings, report->createdAtMs); !recorded) {
                    text += u' ' + recorded.error().message;
                }
            }
            updateKeyState();
            showResult(text, false);
            Q_EMIT dataKeyExported(report->file);
        });
}

void DatabasePanel::restore()
{
    if (!allowed() || m_busy || isPostgres()) {
        return;
    }
    const QString file = chooseFile(tr("Restore from"), suggestedFolder(), false);
    if (file.isEmpty()) {
        return;
    }
    auto restorer = std::make_shared<BackupRestorer>(
        RestoreTargets {m_tools.database, m_tools.dataKeyPath, m_tools.environment}, m_clock);
    setBusy(true, tr("Reading %1...").arg(native(file)));
    // A cut or damaged file is told before anybody types a passphrase.
    whenFinished(QtConcurrent::run(&m_pool, [restorer, file] { return restorer->load(file); }), this,
                 [this, restorer, file](const Result<BackupHeader>& header) {
                     setBusy(false);
                     if (!header) {
                         showResult(header.error().message, true);
                         return;
                     }
                     auto* dialog = new PassphraseDialog(PassphraseDialog::Mode::Existing, tr("Open the backup"),
                                                         tr("The passphrase of %1:").arg(native(file)), this);
                     dialog->setAttribute(Qt::WA_DeleteOnClose);
                     connect(dialog, &QDialog::accepted, this, [this, dialog, restorer, file] {
                         const QString passphrase = dialog->passphrase();
                         if (!allowed() || m_busy) {
                             return;
                         }
                         setBusy(true, tr("Opening and checking %1...").arg(native(file)));
                         whenFinished(QtConcurrent::run(
                                          &m_pool, [restorer, passphrase] { return restorer->unlock(passphrase); }),
                                      this, [this, restorer, file](const Result<void>& unlocked) {
                                          setBusy(false);
                                          if (!unlocked) {
                                              showResult(unlocked.error().message, true);
                                              return;
                                          }
                                          confirmRestore(restorer, file);
                                      });
                     });
                     dialog->open();
                 });
}

void DatabasePanel::confirmRestore(const std::shared_ptr<BackupRestorer>& restorer, const QString& file)
{
    showResult(QString(), false);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Restore the backup"),
                                tr("Restore the backup %1, made %2 (schema version %3, users: %4)?")
                                    .arg(native(file), when(restorer->payload().createdAtMs))
                                    .arg(restorer->check().schemaVersion)
                                    .arg(restorer->check().users),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"restoreConfirmBox"_s);
    QStringList lines;
    const QStringList plan = restorer->plan();
    for (const QString& line : plan) {
        lines << u"- "_s + line;
    }
    lines << QString()
          << tr("TwoFactorKiosk then closes, puts these files in place and starts again: whoever is signed in at "
                "this desk is signed out, and everything recorded since the backup was made is replaced. Stop any "
                "other kiosk or API that uses this database first.");
    box->setInformativeText(lines.join(u'\n'));
    QPushButton* go = box->addButton(tr("&Restore and restart"), QMessageBox::AcceptRole);
    go->setObjectName(u"restoreConfirmButton"_s);
    box->button(QMessageBox::Cancel)->setObjectName(u"restoreCancelButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, restorer](QAbstractButton* clicked) {
        if (clicked != go || !allowed()) {
            showResult(tr("Nothing was restored."), false);
            return;
        }
        showResult(tr("Restoring: TwoFactorKiosk closes, puts the files in place and starts again."), false);
        Q_EMIT restoreConfirmed(restorer);
    });
    box->open();
}

Result<QString> DatabasePanel::finishRestore(BackupRestorer& restorer, Settings& settings)
{
    auto report = restorer.commit();
    if (!report) {
        return fail(report.error());
    }
    QStringList sentences;
    sentences << tr("Restored the database and the data key from the backup made %1.").arg(when(report->createdAtMs));
    if (!report->keptFiles.isEmpty()) {
        sentences << tr("The replaced files are kept as %1.").arg(report->keptFiles.join(u", "_s));
    }
    sentences << report->warnings;
    if (auto recorded = BackupHistory::recordKeyRestored(settings); !recorded) {
        sentences << recorded.error().message;
    }
    return sentences.join(u' ');
}

void DatabasePanel::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    if (busy) {
        m_busyIndicator->begin();
        showResult(message, false);
    } else {
        m_busyIndicator->end();
    }
    updateAccess();
}

void DatabasePanel::showResult(const QString& text, bool error)
{
    m_result->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

} // namespace tfk
