#pragma once

// Shows a user's new recovery codes, the one time they can be seen: large, in two columns, with
// "Print..." (QPrintDialog, which also saves a PDF) and a clear "I have saved these codes" to close.

#include "store/User.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QLabel;
class QPrinter;
class QPushButton;

namespace tfk {

class RecoveryCodesDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryCodesDialog(const User& user, const QStringList& codes, QWidget* parent = nullptr);
    ~RecoveryCodesDialog() override;

    const QStringList& codes() const { return m_codes; }
    // Lays the codes out on `printer`'s pages (what "Print..." does after its dialog; a PDF printer
    // writes a file). False when the printer could not be started.
    bool printTo(QPrinter* printer) const;
    // The printed page as HTML (for the printer, and for tests).
    QString printableHtml() const;

private:
    void print();

    User m_user;
    QStringList m_codes;
    qint64 m_createdAt;
    std::unique_ptr<QPrinter> m_printer;
    QLabel* m_printStatus = nullptr;
};

} // namespace tfk
