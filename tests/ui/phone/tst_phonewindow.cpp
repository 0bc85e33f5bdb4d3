// The phone window against a real mock sink on loopback, fed by the real Twilio client: a text shows
// with sender, body and a status that moves to Delivered (or Not delivered with 30003), newest on
// top, highlighted until looked at; the empty state; the model passes Qt's checks.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "phone/PhoneMessageModel.h"
#include "phone/PhoneWindow.h"
#include "sms/TwilioSmsSender.h"
#include "sms/sink/TwilioSink.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using tfk::PhoneMessageModel;
using tfk::PhoneWindow;
using tfk::TwilioSink;
using tfk::test::waitFor;

namespace {

TwilioSink::Options sinkOptions()
{
    TwilioSink::Options options;
    options.statusStepMs = 30;
    options.undeliverableNumbers = {u"+12015550199"_s};
    return options;
}

tfk::TwilioConfig configFor(const TwilioSink& sink)
{
    tfk::TwilioConfig config;
    config.baseUrl = sink.baseUrl();
    config.accountSid = sink.options().accountSid;
    config.authToken = sink.options().authToken;
    config.fromNumber = u"+15005550006"_s;
    config.timeoutMs = 5000;
    config.trackDelivery = false; // the window follows the sink itself
    return config;
}

// With TFK_SCREENSHOT_DIR set, the screen as the test left it is written there (for looking at it).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TFK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        widget->grab().save(dir + u'/' + name + u".png"_s);
    }
}

QString labelText(QWidget* bubble, const char* name)
{
    auto* label = bubble ? bubble->findChild<QLabel*>(QString::fromLatin1(name)) : nullptr;
    return label ? label->text() : u"<no label %1>"_s.arg(QString::fromLatin1(name));
}

} // namespace

class TestPhoneWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStateAndTitle();
    void showsATextAndFollowsItsDelivery();
    void undeliverableShowsTheCode();
    void newTextsHighlightedUntilLookedAt();
    void earlierTextsAreNotNews();
    void modelPassesQtChecks();

private:
    QNetworkAccessManager m_network;
};

void TestPhoneWindow::emptyStateAndTitle()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    PhoneWindow window(&sink);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Phone (mock SMS)"_s);
    QVERIFY(window.isWindow());
    // Phone-shaped.
    QVERIFY(window.width() < window.height());
    auto* stack = window.findChild<QStackedWidget*>(u"phoneStack"_s);
    auto* empty = window.findChild<QLabel*>(u"phoneEmptyLabel"_s);
    QCOMPARE(empty->text(), u"No messages yet. Codes sent in the kiosk appear here."_s);
    QCOMPARE(stack->currentWidget(), empty);
    screenshot(&window, u"phone-empty"_s);
    QCOMPARE(window.findChild<QLabel*>(u"phoneSubtitle"_s)->text(),
             u"Texts received by the mock SMS sink at %1"_s.arg(sink.baseUrl().toString()));
}

void TestPhoneWindow::showsATextAndFollowsItsDelivery()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    PhoneWindow window(&sink);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    tfk::TwilioSmsSender sender(configFor(sink), &m_network);
    auto first = waitFor(sender.send({u"+12015550123"_s, u"Two Factor Code: 830023"_s}));
    TFK_VERIFY_OK(first);
    QTRY_COMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.findChild<QStackedWidget*>(u"phoneStack"_s)->currentWidget()->objectName(), u"phoneMessageArea"_s);
    QWidget* bubble = window.messageWidget(0);
    QVERIFY(bubble);
    QCOMPARE(labelText(bubble, "messageBody"), u"Two Factor Code: 830023"_s);
    QCOMPARE(labelText(bubble, "messageSender"), u"+1 500-555-0006"_s);
    QCOMPARE(labelText(bubble, "messageRecipient"), u"to +1 ... 0123"_s);
    QVERIFY(!labelText(bubble, "messageTime").isEmpty());
    // The body can be selected (and so copied) by mouse and keyboard, and reached with Tab.
    auto* body = bubble->findChild<QLabel*>(u"messageBody"_s);
    QVERIFY(body->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(body->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QVERIFY(body->focusPolicy() & Qt::TabFocus);
    QVERIFY(body->accessibleName().contains(u"Two Factor Code: 830023"_s));
    // queued -> sending -> sent -> delivered, one step every 30 ms.
    QTRY_COMPARE(labelText(bubble, "messageStatus"), u"Delivered"_s);
    QCOMPARE(window.model()->index(0).data(PhoneMessageModel::SidRole).toString(), first->messageId);

    // The newest goes on top.
    auto second = waitFor(sender.send({u"+14155550168"_s, u"Two Factor Code: 111111"_s}));
    TFK_VERIFY_OK(second);
    QTRY_COMPARE(window.model()->rowCount(), 2);
    QCOMPARE(labelText(window.messageWidget(0), "messageBody"), u"Two Factor Code: 111111"_s);
    QCOMPARE(labelText(window.messageWidget(1), "messageBody"), u"Two Factor Code: 830023"_s);
    QTRY_COMPARE(labelText(window.messageWidget(0), "messageStatus"), u"Delivered"_s);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550199"_s, u"Two Factor Code: 287082"_s})));
    QTRY_COMPARE(window.model()->rowCount(), 3);
    screenshot(&window, u"phone"_s);
}

void TestPhoneWindow::undeliverableShowsTheCode()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    PhoneWindow window(&sink);
    window.show();
    tfk::TwilioSmsSender sender(configFor(sink), &m_network);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550199"_s, u"Two Factor Code: 222222"_s})));
    QTRY_COMPARE(window.model()->rowCount(), 1);
    QTRY_COMPARE(labelText(window.messageWidget(0), "messageStatus"), u"Not delivered (30003)"_s);
    QCOMPARE(PhoneMessageModel::statusText(u"sent"_s, 0), u"Sent"_s);
    QCOMPARE(PhoneMessageModel::statusText(u"undelivered"_s, 0), u"Not delivered"_s);
}

void TestPhoneWindow::newTextsHighlightedUntilLookedAt()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    PhoneWindow window(&sink);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    tfk::TwilioSmsSender sender(configFor(sink), &m_network);

    // Arrives while the window is already active: highlighted until clicked.
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"Two Factor Code: 333333"_s})));
    QTRY_COMPARE(window.model()->rowCount(), 1);
    QWidget* bubble = window.messageWidget(0);
    QCOMPARE(bubble->property("fresh").toBool(), true);
    auto* body = bubble->findChild<QLabel*>(u"messageBody"_s);
    QVERIFY(body->font().bold());
    QTest::mouseClick(body, Qt::LeftButton);
    QCOMPARE(bubble->property("fresh").toBool(), false);
    QVERIFY(!body->font().bold());

    // Or until a few seconds pass.
    window.setHighlightDuration(100);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"Two Factor Code: 444444"_s})));
    QTRY_COMPARE(window.model()->rowCount(), 2);
    QCOMPARE(window.messageWidget(0)->property("fresh").toBool(), true);
    QCOMPARE(window.messageWidget(1)->property("fresh").toBool(), false);
    QTRY_COMPARE(window.messageWidget(0)->property("fresh").toBool(), false);

    // Or until the window is activated again.
    window.setHighlightDuration(60000);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"Two Factor Code: 555555"_s})));
    QTRY_COMPARE(window.model()->rowCount(), 3);
    QVERIFY(window.model()->hasNew());
    QEvent activate(QEvent::WindowActivate);
    QCoreApplication::sendEvent(&window, &activate);
    QVERIFY(!window.model()->hasNew());
    QCOMPARE(window.messageWidget(0)->property("fresh").toBool(), false);
}

void TestPhoneWindow::earlierTextsAreNotNews()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    tfk::TwilioSmsSender sender(configFor(sink), &m_network);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"first"_s})));
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"second"_s})));
    PhoneWindow window(&sink);
    QCOMPARE(window.model()->rowCount(), 2);
    QCOMPARE(labelText(window.messageWidget(0), "messageBody"), u"second"_s);
    QCOMPARE(window.messageWidget(0)->property("fresh").toBool(), false);
    QVERIFY(!window.model()->hasNew());
}

void TestPhoneWindow::modelPassesQtChecks()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    PhoneMessageModel model(&sink);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tfk::TwilioSmsSender sender(configFor(sink), &m_network);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"one"_s})));
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"two"_s})));
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_COMPARE(model.index(1).data(PhoneMessageModel::StatusTextRole).toString(), u"Delivered"_s);
    QCOMPARE(model.index(0).data().toString(), u"two"_s);
    QVERIFY(model.hasNew());
    model.markAllSeen();
    QVERIFY(!model.hasNew());
    QCOMPARE(model.roleNames().value(PhoneMessageModel::BodyRole), "body"_ba);
    PhoneMessageModel detached(nullptr);
    QCOMPARE(detached.rowCount(), 0);
}

QTEST_MAIN(TestPhoneWindow)
#include "tst_phonewindow.moc"
