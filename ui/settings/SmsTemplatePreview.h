#pragma once

// The SMS text as it will go out, and what it costs: the encoding and segment count of the template in
// each offered language (the default text is translated; a custom one is the same in all of them),
// counted with the longest code, and a warning when one needs more than one segment.

#include "sms/SmsSegments.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace tfk {

class SmsTemplatePreview : public QWidget
{
    Q_OBJECT

public:
    explicit SmsTemplatePreview(QWidget* parent = nullptr);

    // The template as typed; empty: the translated default.
    void setTemplate(const QString& smsTemplate);

    // "1 segment, GSM-7", "2 segments, UCS-2: the 'ó' forces it".
    static QString costText(const SmsSegments::Analysis& analysis);
    // The code the cost is counted with: as many digits as a code may have.
    static QString longestCode();

private:
    struct LanguageTemplate
    {
        QString language;
        QString smsTemplate; // the default text in that language
    };

    void setWarning(const QString& text);

    QList<LanguageTemplate> m_defaults;
    QLabel* m_preview = nullptr;
    QLabel* m_segments = nullptr;
    QLabel* m_warning = nullptr;
};

} // namespace tfk
