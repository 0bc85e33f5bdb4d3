// The SMS text preview in Settings, run in each language the kiosk offers: the text as it goes out,
// the encoding and segment count of each language's default template counted with the longest code
// (the Spanish "Código" is UCS-2, still one segment), and the warning above one segment. Expected
// texts are written out by hand, in each language.

#include "i18n/Translations.h"
#include "settings/SmsTemplatePreview.h"

#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using tfk::SmsTemplatePreview;
using tfk::Translations;

namespace {

QString labelText(const QWidget& widget, const char* name)
{
    auto* label = widget.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : u"(no label %1)"_s.arg(QString::fromLatin1(name));
}

bool labelShown(const QWidget& widget, const char* name)
{
    auto* label = widget.findChild<QLabel*>(QString::fromLatin1(name));
    return label && label->isVisibleTo(&widget);
}

// The program's catalogue for `language` installed for one test function.
class UiLanguage
{
public:
    explicit UiLanguage(const QString& language)
    {
        if (language != u"en"_s && m_translator.load(Translations::catalogPath(language))) {
            m_installed = QCoreApplication::installTranslator(&m_translator);
        }
    }
    ~UiLanguage()
    {
        if (m_installed) {
            QCoreApplication::removeTranslator(&m_translator);
        }
    }
    bool installed() const { return m_installed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace

class TestSmsTemplatePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTemplateInEachLanguage_data();
    void defaultTemplateInEachLanguage();
    void customTemplateOverOneSegmentWarns_data();
    void customTemplateOverOneSegmentWarns();
    void costTexts();
};

void TestSmsTemplatePreview::defaultTemplateInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("preview");
    QTest::addColumn<QString>("segments");
    // Every default template is one segment with an 8-digit code: "Two Factor Code: 12345678" is 25
    // GSM-7 septets, "Zwei-Faktor-Code: 12345678" 26, "Código de doble factor: 12345678" 32 UCS-2 units.
    QTest::newRow("en") << u"en"_s << u"Preview: Two Factor Code: 123456"_s
                        << u"Cost of one text, counted with the longest code (8 digits):\n"
                           "English: 1 segment, GSM-7\n"
                           "Deutsch: 1 segment, GSM-7\n"
                           "Español: 1 segment, UCS-2: the 'ó' forces it"_s;
    QTest::newRow("de") << u"de"_s << u"Vorschau: Zwei-Faktor-Code: 123456"_s
                        << u"Kosten einer SMS, gezählt mit dem längsten Code (8 Ziffern):\n"
                           "English: 1 Segment, GSM-7\n"
                           "Deutsch: 1 Segment, GSM-7\n"
                           "Español: 1 Segment, UCS-2: das „ó“ erzwingt es"_s;
    QTest::newRow("es") << u"es"_s << u"Vista previa: Código de doble factor: 123456"_s
                        << u"Coste de un SMS, contado con el código más largo (8 dígitos):\n"
                           "English: 1 segmento, GSM-7\n"
                           "Deutsch: 1 segmento, GSM-7\n"
                           "Español: 1 segmento, UCS-2: lo impone «ó»"_s;
}

void TestSmsTemplatePreview::defaultTemplateInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, preview);
    QFETCH(QString, segments);
    UiLanguage ui(language);
    QVERIFY(language == u"en"_s || ui.installed());
    SmsTemplatePreview widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QCOMPARE(labelText(widget, "smsTemplatePreview"), preview);
    QCOMPARE(labelText(widget, "smsSegmentsLabel"), segments);
    QVERIFY(!labelShown(widget, "smsSegmentsWarning"));
}

void TestSmsTemplatePreview::customTemplateOverOneSegmentWarns_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("smsTemplate");
    QTest::addColumn<QString>("segments");
    QTest::addColumn<QString>("warning");

    // 61 + "ó" + " {code}" with 8 digits: 61 + 1 + 1 + 8 = 71 UCS-2 units: 2 segments (67 + 4).
    const QString ucs2 = QString(61, u'a') + u"ó {code}"_s;
    // 151 + " {code}" with 8 digits: 160 septets, one segment; one more character: 161, two (153 + 8).
    const QString gsm160 = QString(151, u'a') + u" {code}"_s;
    const QString gsm161 = QString(152, u'a') + u" {code}"_s;
    // 148 + "€" (two septets) + " {code}": 148 + 2 + 1 + 8 = 159; a second "€": 161.
    const QString euro161 = QString(148, u'a') + u"€€ {code}"_s;

    QTest::newRow("en ucs2 71") << u"en"_s << ucs2
                                << u"Cost of one text in every language, counted with the longest code (8 digits): "
                                   "2 segments, UCS-2: the 'ó' forces it"_s
                                << u"More than one segment: each segment is billed as a text of its own. Shorten "
                                   "the text, or leave out characters such as 'ó' that force UCS-2 (70 characters a "
                                   "segment instead of 160)."_s;
    QTest::newRow("en gsm 160") << u"en"_s << gsm160
                                << u"Cost of one text in every language, counted with the longest code (8 digits): "
                                   "1 segment, GSM-7"_s
                                << QString();
    const QString gsmWarning = u"More than one segment: each segment is billed as a text of its own. Shorten the text "
                               "to 160 characters or fewer, the code included (€ [ ] { } ^ ~ \\ | count twice)."_s;
    QTest::newRow("en gsm 161") << u"en"_s << gsm161
                                << u"Cost of one text in every language, counted with the longest code (8 digits): "
                                   "2 segments, GSM-7"_s
                                << gsmWarning;
    QTest::newRow("en euro 161") << u"en"_s << euro161
                                 << u"Cost of one text in every language, counted with the longest code (8 digits): "
                                    "2 segments, GSM-7"_s
                                 << gsmWarning;
    QTest::newRow("de ucs2 71") << u"de"_s << ucs2
                                << u"Kosten einer SMS in jeder Sprache, gezählt mit dem längsten Code (8 Ziffern): "
                                   "2 Segmente, UCS-2: das „ó“ erzwingt es"_s
                                << u"Mehr als ein Segment: Jedes Segment wird als eigene SMS berechnet. Kürzen Sie den "
                                   "Text oder lassen Sie Zeichen wie „ó“ weg, die UCS-2 erzwingen (70 Zeichen je "
                                   "Segment statt 160)."_s;
    QTest::newRow("es gsm 161")
        << u"es"_s << gsm161
        << u"Coste de un SMS en todos los idiomas, contado con el código más largo (8 dígitos): "
           "2 segmentos, GSM-7"_s
        << u"Más de un segmento: cada segmento se factura como un SMS propio. Acorte el texto a "
           "160 caracteres o menos, código incluido (€ [ ] { } ^ ~ \\ | cuentan doble)."_s;
}

void TestSmsTemplatePreview::customTemplateOverOneSegmentWarns()
{
    QFETCH(QString, language);
    QFETCH(QString, smsTemplate);
    QFETCH(QString, segments);
    QFETCH(QString, warning);
    UiLanguage ui(language);
    QVERIFY(language == u"en"_s || ui.installed());
    SmsTemplatePreview widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setTemplate(smsTemplate);
    QCOMPARE(labelText(widget, "smsSegmentsLabel"), segments);
    QCOMPARE(labelShown(widget, "smsSegmentsWarning"), !warning.isEmpty());
    QCOMPARE(labelText(widget, "smsSegmentsWarning"), warning);
    // Back to the default: the warning goes.
    widget.setTemplate(QString());
    QVERIFY(!labelShown(widget, "smsSegmentsWarning"));
}

void TestSmsTemplatePreview::costTexts()
{
    using tfk::SmsSegments;
    QCOMPARE(SmsTemplatePreview::longestCode(), u"12345678"_s);
    QCOMPARE(SmsTemplatePreview::costText(SmsSegments::analyze(u"Code: 1"_s)), u"1 segment, GSM-7"_s);
    // 37 + 17 emoji of two units = 71 units: two segments.
    QCOMPARE(SmsTemplatePreview::costText(SmsSegments::analyze(QString(QString(37, u'a') + u"😀"_s.repeated(17)))),
             u"2 segments, UCS-2: the '😀' forces it"_s);
    QCOMPARE(SmsTemplatePreview::costText(SmsSegments::analyze(u"Code:\t1"_s)),
             u"1 segment, UCS-2: the character U+0009 forces it"_s);
}

QTEST_MAIN(TestSmsTemplatePreview)
#include "tst_smstemplatepreview.moc"
