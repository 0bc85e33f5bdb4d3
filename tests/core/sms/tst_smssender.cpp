// The SmsSender interface itself: a sender that does not say where its texts come from answers an empty sender
// for the SMS log, and receipts compare field by field.

#include "sms/SmsSender.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

// The smallest sender: answers every send at once, says nothing about its sender.
class SilentSender final : public SmsSender
{
    Q_OBJECT

public:
    using SmsSender::SmsSender;
    QFuture<Result<SmsReceipt>> send(const SmsMessage&) override
    {
// g++ 14 at -O2 warns that the error half of the std::expected it moves (never engaged here) may be
// uninitialized: a false positive of -Wmaybe-uninitialized, silenced for this one function.
// clang has no such warning (and -Werror rejects unknown ones), so the pragma is for g++ only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
        return QtFuture::makeReadyValueFuture(Result<SmsReceipt>(SmsReceipt {u"SM1"_s, u"queued"_s}));
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
    }
    QString description() const override { return u"silent"_s; }
};

} // namespace

class TestSmsSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSenderIsEmptyUnlessSaid()
    {
        SilentSender sender;
        const SmsSender& base = sender;
        QCOMPARE(base.senderFor(u"+12015550123"_s), QString());
        QCOMPARE(base.description(), u"silent"_s);
        const Result<SmsReceipt> sent = sender.send({u"+12015550123"_s, u"Two Factor Code: 123456"_s}).result();
        QVERIFY(sent);
        QCOMPARE(sent->sender, QString());
    }

    void receiptsCompareEveryField()
    {
        const SmsReceipt receipt {u"SM1"_s, u"queued"_s, u"ACME IT"_s};
        QVERIFY(receipt == (SmsReceipt {u"SM1"_s, u"queued"_s, u"ACME IT"_s}));
        QVERIFY(!(receipt == (SmsReceipt {u"SM2"_s, u"queued"_s, u"ACME IT"_s})));
        QVERIFY(!(receipt == (SmsReceipt {u"SM1"_s, u"accepted"_s, u"ACME IT"_s})));
        QVERIFY(!(receipt == (SmsReceipt {u"SM1"_s, u"queued"_s, u"+15005550006"_s})));
    }
};

QTEST_GUILESS_MAIN(TestSmsSender)
#include "tst_smssender.moc"
