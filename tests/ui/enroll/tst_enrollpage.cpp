// The Enroll screen driven like an operator does, against the mock SMS sink through the real
// Twilio client: type the number, send, read the code from the sink, type it, enable.

#include "FutureWait.h"
#include "ServiceFixture.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "enroll/EnrollPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

ServiceFixture::Options sinkOptions()
{
    ServiceFixture::Options options;
    options.useSink = true;
    return options;
}

template <typename T> T* child(QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<T*>(name);
    if (!widget) {
        qFatal("no child %s", qPrintable(name));
    }
    return widget;
}

} // namespace

class TestEnrollPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enrollsAgainstTheMockSink();
    void invalidPhoneIsExplainedAndCannotBeSent();
    void twilioErrorIsShownWithItsCode();
    void wrongCodeKeepsEverythingTyped();
    void pasteFriendlyCodeField();
    void selectsAUserBeyondTheFirstThousand();
};

void TestEnrollPage::enrollsAgainstTheMockSink()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    auto user
        = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard Hendricks"_s, {}, u"password123"_s}));
    QVERIFY(user);
    EnrollPage page(f.service.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto* userCombo = child<QComboBox>(page, u"enrollUserCombo"_s);
    QTRY_VERIFY(userCombo->findData(user->id) >= 0); // the list is read in the background
    userCombo->setCurrentIndex(userCombo->findData(user->id));
    auto* phone = child<QLineEdit>(page, u"phoneEdit"_s);
    auto* send = child<CooldownButton>(page, u"sendCodeButton"_s);
    QVERIFY(!send->isEnabled()); // no number yet
    phone->setFocus();
    QTest::keyClicks(phone, u"(201) 555-0123"_s);
    QCOMPARE(child<QLabel>(page, u"phoneResultLabel"_s)->text(), u"Will text +1 201-555-0123 (E.164: +12015550123)"_s);
    QTRY_VERIFY(send->isEnabled());
    // Typed while the user was being read: still there.
    QCOMPARE(phone->text(), u"(201) 555-0123"_s);

    QTest::mouseClick(send, Qt::LeftButton);
    auto* status = child<QLabel>(page, u"sendStatusLabel"_s);
    QTRY_VERIFY(status->text().startsWith(u"Code sent to +1 ... 0123 at "_s));
    // The cooldown is visible on the button.
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->text().contains(u" s)"_s), qPrintable(send->text()));
    QCOMPARE(f.sink->messages().size(), 1);
    QCOMPARE(f.sink->messages().first().to, u"+12015550123"_s);
    // The delivery report reaches the status line.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().endsWith(u"delivered"_s), 10000);

    auto* code = child<CodeLineEdit>(page, u"enrollCodeEdit"_s);
    QTRY_VERIFY(code->hasFocus());
    QTest::keyClicks(code, f.lastSinkCode(u"+12015550123"_s));
    auto* enable = child<QPushButton>(page, u"enableButton"_s);
    QVERIFY(enable->isEnabled());
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY(child<QLabel>(page, u"enrollSuccessLabel"_s)->isVisible());
    QCOMPARE(child<QLabel>(page, u"enrollSuccessLabel"_s)->text(),
             u"Richard Hendricks now signs in with a password and a code texted to +1 ... 0123. The recovery codes "
             "are shown once: print them or write them down for Richard Hendricks."_s);
    auto stored = waitFor(f.service->findUser(user->id));
    QVERIFY(stored);
    QVERIFY(stored->twoFactorEnabled);
    QCOMPARE(stored->mobilePhone, u"+12015550123"_s); // the number the code went to
}

void TestEnrollPage::invalidPhoneIsExplainedAndCannotBeSent()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"a@example.com"_s, {}, u"A"_s, {}, u"password123"_s}));
    QVERIFY(user);
    EnrollPage page(f.service.get());
    page.show();
    page.selectUser(user->id);
    QTest::keyClicks(child<QLineEdit>(page, u"phoneEdit"_s), u"555-555-5555"_s);
    QVERIFY2(child<QLabel>(page, u"phoneResultLabel"_s)->text().contains(u"is not a valid phone number"_s),
             qPrintable(child<QLabel>(page, u"phoneResultLabel"_s)->text()));
    QVERIFY(!child<QPushButton>(page, u"sendCodeButton"_s)->isEnabled());
    QCOMPARE(f.sink->requestCount(), 0);
    // Another country makes a national number mean something else.
    auto* country = child<QComboBox>(page, u"countryCombo"_s);
    child<QLineEdit>(page, u"phoneEdit"_s)->setText(u"07400 123456"_s);
    country->setCurrentIndex(country->findData(u"GB"_s));
    QCOMPARE(child<QLabel>(page, u"phoneResultLabel"_s)->text(), u"Will text +44 7400 123456 (E.164: +447400123456)"_s);
}

void TestEnrollPage::twilioErrorIsShownWithItsCode()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"erlich@example.com"_s, {}, u"Erlich"_s, {}, u"password123"_s}));
    QVERIFY(user);
    EnrollPage page(f.service.get());
    page.show();
    page.selectUser(user->id);
    // Twilio's magic number for "not a mobile number".
    QTest::keyClicks(child<QLineEdit>(page, u"phoneEdit"_s), u"+1 500 555 0009"_s);
    QTRY_VERIFY(child<QPushButton>(page, u"sendCodeButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, u"sendCodeButton"_s), Qt::LeftButton);
    auto* status = child<QLabel>(page, u"sendStatusLabel"_s);
    QTRY_VERIFY(status->text().contains(u"(Twilio 21614)"_s));
    QVERIFY(status->text().contains(u"cannot receive text messages"_s));
    QVERIFY(!child<QPushButton>(page, u"enableButton"_s)->isEnabled());
    // What the operator typed is still there.
    QCOMPARE(child<QLineEdit>(page, u"phoneEdit"_s)->text(), u"+1 500 555 0009"_s);
}

void TestEnrollPage::wrongCodeKeepsEverythingTyped()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    auto user
        = waitFor(f.service->createUser({u"b@example.com"_s, {}, u"B"_s, u"+1 201 555 0147"_s, u"password123"_s}));
    QVERIFY(user);
    EnrollPage page(f.service.get());
    page.show();
    page.selectUser(user->id);
    // The user's number is filled in.
    QTRY_COMPARE(child<QLineEdit>(page, u"phoneEdit"_s)->text(), u"+1 201-555-0147"_s);
    QTRY_VERIFY(child<QPushButton>(page, u"sendCodeButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, u"sendCodeButton"_s), Qt::LeftButton);
    QTRY_COMPARE(f.sink->messages().size(), 1);
    const QString right = f.lastSinkCode(u"+12015550147"_s);
    const QString wrong = right == u"000000"_s ? u"111111"_s : u"000000"_s;
    auto* code = child<CodeLineEdit>(page, u"enrollCodeEdit"_s);
    QTRY_VERIFY(child<QPushButton>(page, u"enableButton"_s)->isEnabled() || code->isEnabled());
    code->setText(wrong);
    // The send's answer (which enables the button) may still be on its way from the worker.
    QTRY_VERIFY(child<QPushButton>(page, u"enableButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, u"enableButton"_s), Qt::LeftButton);
    QTRY_VERIFY2(child<QLabel>(page, u"enableErrorLabel"_s)->text().contains(u"not right"_s),
                 qPrintable(child<QLabel>(page, u"enableErrorLabel"_s)->text()));
    QCOMPARE(child<QLineEdit>(page, u"phoneEdit"_s)->text(), u"+1 201-555-0147"_s);
    QCOMPARE(code->text(), wrong);
    QVERIFY(!waitFor(f.service->findUser(user->id))->twoFactorEnabled);
    code->setText(right);
    QTRY_VERIFY(child<QPushButton>(page, u"enableButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, u"enableButton"_s), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(page, u"enrollSuccessLabel"_s)->isVisible());
    QVERIFY(waitFor(f.service->findUser(user->id))->twoFactorEnabled);
}

void TestEnrollPage::pasteFriendlyCodeField()
{
    CodeLineEdit code(6);
    code.setText(u"Code: 123 456"_s);
    QCOMPARE(code.text(), u"123456"_s);
    QVERIFY(code.isComplete());
    code.setText(u"9-8-7"_s);
    QCOMPARE(code.text(), u"987"_s);
    QVERIFY(!code.isComplete());
    code.setText(u"12345678"_s);
    QCOMPARE(code.text(), u"123456"_s);
}

void TestEnrollPage::selectsAUserBeyondTheFirstThousand()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    for (int i = 0; i < 1005; ++i) {
        QVERIFY(f.users().create({u"u%1@example.com"_s.arg(i),
                                  {},
                                  u"User %1"_s.arg(i, 4, 10, QLatin1Char('0')),
                                  {},
                                  "$argon2id$unused"_ba}));
    }
    auto last = f.users().create({u"zed@example.com"_s, {}, u"Zed Last"_s, {}, "$argon2id$unused"_ba});
    QVERIFY(last);
    EnrollPage page(f.service.get());
    auto* combo = child<QComboBox>(page, u"enrollUserCombo"_s);
    QTRY_COMPARE(combo->count(), 1001); // "Choose a user..." and the first 1,000, read in the background
    QCOMPARE(combo->findData(last->id), -1); // not among the first 1,000 by name
    page.selectUser(last->id);
    QTRY_COMPARE(combo->currentData().toString(), last->id);
    QCOMPARE(combo->currentText(), u"Zed Last <zed@example.com>"_s);
    // Chosen before the list is read: the list arriving later keeps the choice.
    EnrollPage early(f.service.get());
    auto* earlyCombo = child<QComboBox>(early, u"enrollUserCombo"_s);
    early.selectUser(last->id);
    QTRY_COMPARE(earlyCombo->count(), 1002);
    QCOMPARE(earlyCombo->currentData().toString(), last->id);
}

QTEST_MAIN(TestEnrollPage)
#include "tst_enrollpage.moc"
