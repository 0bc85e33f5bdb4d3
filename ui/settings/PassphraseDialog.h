#pragma once

// Asks for the passphrase of a backup archive: a new one (typed twice, checked for length as the core
// checks it, with a rough strength shown) for an archive being made, or the existing one (once) to open an
// archive. The passphrase leaves only through passphrase(); it is never logged or shown.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tfk {

class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        New, // twice, at least BackupArchive::kMinPassphraseLength characters
        Existing, // once, not empty
    };

    // How hard a passphrase is to guess, roughly: its length times the bits of the kinds of characters in it.
    enum class Strength
    {
        Empty,
        TooShort, // refused: shorter than BackupArchive::kMinPassphraseLength
        Weak, // under 50 bits, or few different characters
        Fair, // under 70 bits
        Strong,
    };

    PassphraseDialog(Mode mode, const QString& title, const QString& intro, QWidget* parent = nullptr);

    QString passphrase() const;
    static Strength strength(const QString& passphrase);

private:
    void update();

    Mode m_mode;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_okButton = nullptr;
};

} // namespace tfk
