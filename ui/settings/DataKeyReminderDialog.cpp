#include "DataKeyReminderDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

DataKeyReminderDialog::DataKeyReminderDialog(const QString& keySource, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"dataKeyReminderDialog"_s);
    setWindowTitle(tr("Export the data key"));

    auto* text = new QLabel(
        tr("A new data key was made for this kiosk (%1). It seals every user's two-factor secret: if it is lost, "
           "every enrolled user is locked out, and the database and its backups cannot help.\n\n"
           "Export it now, encrypted under a passphrase, and keep the file apart from the database (a USB stick in "
           "a safe) and the passphrase apart from both.")
            .arg(keySource),
        this);
    text->setObjectName(u"dataKeyReminderText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* exportButton = buttons->addButton(tr("&Export data key..."), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"dataKeyReminderExportButton"_s);
    exportButton->setAccessibleName(tr("Export the data key now"));
    exportButton->setDefault(true);
    QPushButton* laterButton = buttons->addButton(tr("Remind me &later"), QDialogButtonBox::RejectRole);
    laterButton->setObjectName(u"dataKeyReminderLaterButton"_s);
    laterButton->setAccessibleName(tr("Remind me the next time the program starts"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        accept();
        Q_EMIT exportRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace tfk
