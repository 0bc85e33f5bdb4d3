#include "SmsTemplatePreview.h"

#include "auth/TwoFactorRules.h"
#include "i18n/Translations.h"
#include "totp/TotpParameters.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SmsTemplatePreview::SmsTemplatePreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"smsTemplatePreviewBox"_s);
    // Each language's default text, read from its catalogue once: what the kiosk sends when it runs in it.
    const QStringList languages = Translations::offeredLanguages();
    for (const QString& language : languages) {
        m_defaults.append(
            {language, Translations::translate(language, "tfk::TwoFactorRules", TwoFactorRules::kDefaultSmsTemplate)});
    }
    m_preview = plainLabel(u"smsTemplatePreview"_s, this);
    m_segments = plainLabel(u"smsSegmentsLabel"_s, this);
    m_segments->setAccessibleName(tr("Cost of one text"));
    m_segments->setToolTip(tr("GSM-7: 160 characters in one segment, 153 a segment when split; the characters "
                              "€ [ ] { } ^ ~ \\ | count twice. Any other character (such as ó, ç or an emoji) "
                              "makes the whole text UCS-2: 70 characters in one segment, 67 when split, an emoji "
                              "counting two. Each segment is billed."));
    m_warning = plainLabel(u"smsSegmentsWarning"_s, this);
    m_warning->setAccessibleName(tr("Warning about the cost of one text"));
    m_warning->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_preview);
    layout->addWidget(m_segments);
    layout->addWidget(m_warning);
    setTemplate(QString());
}

QString SmsTemplatePreview::longestCode()
{
    return u"1234567890"_s.left(TotpParameters::kMaxDigits);
}

QString SmsTemplatePreview::costText(const SmsSegments::Analysis& analysis)
{
    const QString segments = analysis.segments == 1 ? tr("1 segment") : tr("%1 segments").arg(analysis.segments);
    if (analysis.encoding == SmsSegments::Encoding::Gsm7) {
        return tr("%1, GSM-7").arg(segments);
    }
    const QChar first = analysis.forcedBy.isEmpty() ? QChar() : analysis.forcedBy.front();
    // A tab or an unusual space would show as nothing between the quotes: name it by its code point.
    if (analysis.forcedBy.size() == 1 && (first.isSpace() || !first.isPrint())) {
        return tr("%1, UCS-2: the character U+%2 forces it")
            .arg(segments, u"%1"_s.arg(uint(first.unicode()), 4, 16, QChar(u'0')).toUpper());
    }
    return tr("%1, UCS-2: the '%2' forces it").arg(segments, analysis.forcedBy);
}

void SmsTemplatePreview::setTemplate(const QString& smsTemplate)
{
    TwoFactorRules rules;
    rules.smsTemplate = smsTemplate;
    // In the language the kiosk runs in now, with a code as it is usually sent.
    m_preview->setText(tr("Preview: %1").arg(rules.renderSms(u"123456"_s)));

    const QString code = longestCode();
    QList<SmsSegments::Analysis> costs;
    QString text;
    if (smsTemplate.isEmpty()) {
        text = tr("Cost of one text, counted with the longest code (%1 digits):").arg(code.size());
        for (const LanguageTemplate& entry : std::as_const(m_defaults)) {
            const SmsSegments::Analysis cost
                = SmsSegments::analyze(QString(entry.smsTemplate).replace(u"{code}"_s, code));
            costs.append(cost);
            text += u'\n' + tr("%1: %2").arg(Translations::nativeName(entry.language), costText(cost));
        }
    } else {
        const SmsSegments::Analysis cost = SmsSegments::analyze(rules.renderSms(code));
        costs.append(cost);
        text = tr("Cost of one text in every language, counted with the longest code (%1 digits): %2")
                   .arg(code.size())
                   .arg(costText(cost));
    }
    m_segments->setText(text);

    QString forcedBy;
    bool overOne = false;
    for (const SmsSegments::Analysis& cost : std::as_const(costs)) {
        if (cost.segments > 1) {
            overOne = true;
            if (forcedBy.isEmpty()) {
                forcedBy = cost.forcedBy;
            }
        }
    }
    if (!overOne) {
        setWarning(QString());
    } else if (!forcedBy.isEmpty()) {
        setWarning(tr("More than one segment: each segment is billed as a text of its own. Shorten the text, or "
                      "leave out characters such as '%1' that force UCS-2 (70 characters a segment instead of 160).")
                       .arg(forcedBy));
    } else {
        setWarning(tr("More than one segment: each segment is billed as a text of its own. Shorten the text to "
                      "160 characters or fewer, the code included (€ [ ] { } ^ ~ \\ | count twice)."));
    }
}

void SmsTemplatePreview::setWarning(const QString& text)
{
    // The page's error red, which keeps its contrast on light and on dark themes.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_warning->setStyleSheet(text.isEmpty() ? QString() : (dark ? u"color: #ff9b8f;"_s : u"color: #b42318;"_s));
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

} // namespace tfk
