#include "RecoveryCodesDialog.h"

#include "phone/PhoneNumberParser.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

RecoveryCodesDialog::RecoveryCodesDialog(const User& user, const QStringList& codes, QWidget* parent)
    : QDialog(parent)
    , m_user(user)
    , m_codes(codes)
    , m_createdAt(QDateTime::currentMSecsSinceEpoch())
{
    setObjectName(u"recoveryCodesDialog"_s);
    const QString who = user.fullName.isEmpty() ? user.loginId() : user.fullName;
    setWindowTitle(tr("Recovery codes for %1").arg(who));

    auto* intro = new QLabel(tr("<b>These recovery codes are shown only now.</b> Give them to %1 on paper "
                                "(Print...) and ask them to keep them away from the phone. Each code signs in "
                                "once in place of a texted code when the phone is lost.")
                                 .arg(who.toHtmlEscaped()),
                             this);
    intro->setObjectName(u"recoveryCodesIntro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto* codesBox = new QWidget(this);
    codesBox->setObjectName(u"recoveryCodesBox"_s);
    codesBox->setAccessibleName(tr("Recovery codes"));
    auto* grid = new QGridLayout(codesBox);
    grid->setHorizontalSpacing(32);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    const int half = int((codes.size() + 1) / 2);
    for (int i = 0; i < codes.size(); ++i) {
        auto* label = new QLabel(u"%1.  %2"_s.arg(i + 1, 2).arg(codes.at(i)), codesBox);
        label->setObjectName(u"recoveryCode%1"_s.arg(i + 1));
        label->setAccessibleName(tr("Recovery code %1: %2").arg(i + 1).arg(codes.at(i)));
        label->setFont(mono);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, i % half, i / half);
    }

    m_printStatus = new QLabel(this);
    m_printStatus->setObjectName(u"recoveryCodesPrintStatus"_s);
    m_printStatus->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    auto* printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    printButton->setObjectName(u"recoveryCodesPrintButton"_s);
    printButton->setAccessibleName(tr("Print the recovery codes or save them as a PDF"));
    printButton->setAutoDefault(false);
    auto* doneButton = buttons->addButton(tr("I have &saved these codes"), QDialogButtonBox::AcceptRole);
    doneButton->setObjectName(u"recoveryCodesDoneButton"_s);
    doneButton->setAccessibleName(tr("I have saved these codes"));
    doneButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(codesBox, 0, Qt::AlignHCenter);
    layout->addWidget(m_printStatus);
    layout->addWidget(buttons);
    connect(printButton, &QPushButton::clicked, this, &RecoveryCodesDialog::print);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    setMinimumWidth(560);
}

RecoveryCodesDialog::~RecoveryCodesDialog() = default;

QString RecoveryCodesDialog::printableHtml() const
{
    const QString who = (m_user.fullName.isEmpty() ? m_user.loginId() : m_user.fullName).toHtmlEscaped();
    QString rows;
    for (int i = 0; i < m_codes.size(); ++i) {
        rows += u"<tr><td>%1.</td><td style=\"font-family: monospace; font-size: 16pt\">%2</td></tr>"_s.arg(i + 1).arg(
            m_codes.at(i).toHtmlEscaped());
    }
    return u"<h2>%1</h2><p>%2</p><p>%3</p><table cellpadding=\"6\">%4</table><p>%5</p>"_s.arg(
        tr("Recovery codes for %1").arg(who), tr("Sign-in: %1").arg(m_user.loginId().toHtmlEscaped()),
        tr("Made on %1.").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_createdAt), QLocale::LongFormat)),
        rows,
        tr("Each code works once, in place of the code texted to %1. Keep this page away from the phone; "
           "new codes make these void.")
            .arg(PhoneNumberParser::mask(m_user.mobilePhone).toHtmlEscaped()));
}

bool RecoveryCodesDialog::printTo(QPrinter* printer) const
{
    QPainter painter;
    if (!painter.begin(printer)) {
        return false;
    }
    // Laid out for the printer's resolution; ten codes fit on one page.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(printer);
    document.setHtml(printableHtml());
    document.setPageSize(printer->pageRect(QPrinter::DevicePixel).size());
    document.drawContents(&painter);
    painter.end();
    return true;
}

void RecoveryCodesDialog::print()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setDocName(tr("Recovery codes"));
    }
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setObjectName(u"recoveryCodesPrintDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const bool printed = printTo(m_printer.get());
        const QString file = m_printer->outputFileName();
        m_printStatus->setText(!printed             ? tr("The printer could not be started.")
                                   : file.isEmpty() ? tr("Sent to the printer %1.").arg(m_printer->printerName())
                                                    : tr("Saved as %1.").arg(file));
    });
    dialog->open();
}

} // namespace tfk
