#include "PassphraseDialog.h"

#include "backup/BackupArchive.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr double kWeakBelowBits = 50;
constexpr double kFairBelowBits = 70;
// "aaaaaaaaaaaa" or "abababababab" is long but guessed at once.
constexpr int kMinDistinctCharacters = 5;

QLineEdit* passphraseEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    edit->setMinimumWidth(320);
    return edit;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString& title, const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::New ? u"newPassphraseDialog"_s : u"passphraseDialog"_s);
    setWindowTitle(title);

    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"passphraseIntroLabel"_s);
    introLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    m_passphrase = passphraseEdit(u"passphraseEdit"_s, tr("Passphrase"), this);
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    form->addRow(passphraseLabel, m_passphrase);
    if (mode == Mode::New) {
        m_repeat = passphraseEdit(u"passphraseRepeatEdit"_s, tr("The same passphrase again"), this);
        auto* repeatLabel = new QLabel(tr("&Again:"), this);
        repeatLabel->setBuddy(m_repeat);
        form->addRow(repeatLabel, m_repeat);
        m_strength = new QLabel(this);
        m_strength->setObjectName(u"passphraseStrengthLabel"_s);
        m_strength->setWordWrap(true);
        form->addRow(m_strength);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(u"passphraseMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"passphraseOkButton"_s);
    m_okButton->setAccessibleName(mode == Mode::New ? tr("Use this passphrase") : tr("Open the archive"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"passphraseCancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_okButton->isEnabled()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    if (m_repeat) {
        connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    }
    update();
    m_passphrase->setFocus();
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

PassphraseDialog::Strength PassphraseDialog::strength(const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        return Strength::Empty;
    }
    if (passphrase.size() < BackupArchive::kMinPassphraseLength) {
        return Strength::TooShort;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    bool beyondAscii = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.unicode() > 0x7f) {
            beyondAscii = true;
        } else if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            other = true;
        }
    }
    // The alphabet a guesser would have to try: 26 lower, 26 upper, 10 digits, 33 ASCII signs, ~100 others.
    const int alphabet
        = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0) + (beyondAscii ? 100 : 0);
    const double bits = double(passphrase.size()) * std::log2(double(std::max(alphabet, 2)));
    if (distinct.size() < kMinDistinctCharacters || bits < kWeakBelowBits) {
        return Strength::Weak;
    }
    return bits < kFairBelowBits ? Strength::Fair : Strength::Strong;
}

void PassphraseDialog::update()
{
    const QString passphrase = m_passphrase->text();
    QString message;
    bool acceptable = !passphrase.isEmpty();
    if (m_mode == Mode::New) {
        switch (strength(passphrase)) {
        case Strength::Empty:
            m_strength->setText(tr("Use at least %1 characters; four or more unrelated words are easy to type and hard "
                                   "to guess.")
                                    .arg(BackupArchive::kMinPassphraseLength));
            break;
        case Strength::TooShort:
            m_strength->setText(tr("Strength: too short"));
            break;
        case Strength::Weak:
            m_strength->setText(tr("Strength: weak. Whoever gets the archive can try guesses without limit: add "
                                   "words or characters."));
            break;
        case Strength::Fair:
            m_strength->setText(tr("Strength: fair"));
            break;
        case Strength::Strong:
            m_strength->setText(tr("Strength: strong"));
            break;
        }
        if (passphrase.isEmpty()) {
            acceptable = false;
        } else if (auto valid = BackupArchive::validatePassphrase(passphrase); !valid) {
            message = valid.error().message;
            acceptable = false;
        } else if (m_repeat->text() != passphrase) {
            // Said once the second one can no longer become the first, not at every keystroke on the way.
            if (!passphrase.startsWith(m_repeat->text())) {
                message = tr("The two passphrases are not the same.");
            }
            acceptable = false;
        }
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_okButton->setEnabled(acceptable);
}

} // namespace tfk
