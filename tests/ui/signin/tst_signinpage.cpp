// Sign-in as a user meets it, against the mock sink: password, the verification dialog, a wrong
// code with the attempts left, "Send another code" with its cooldown, the right code, welcome.

#include "FutureWait.h"
#include "ServiceFixture.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/Keypad.h"
#include "signin/SignInPage.h"
#include "signin/VerificationDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s;

template <typename T> T* child(QObject& parent, const QString& name)
{
    auto* object = parent.findChild<T*>(name);
    if (!object) {
        qFatal("no child %s", qPrintable(name));
    }
    return object;
}

} // namespace

class TestSignInPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInWithTwoFactorWrongCodeAndResend();
    void wrongPasswordIsExplained();
    void withoutTwoFactorWelcomesAtOnce();
    void keypadTypesIntoTheCodeField();
};

void TestSignInPage::signInWithTwoFactorWrongCodeAndResend()
{
    ServiceFixture::Options options;
    options.useSink = true;
    options.rules.sendCooldownSeconds = 2; // a visible but short cooldown
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser(
        {u"richard@example.com"_s, {}, u"Richard Hendricks"_s, u"+1 201 555 0123"_s, u"password123"_s}));
    QVERIFY(user);
    // 830023: the tutorial secret's code at the fixture's time.
    QVERIFY(waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kSecret, TwoFactorDelivery::TextMessage)));

    SignInPage page(f.service.get(), f.clock);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(child<QLineEdit>(page, u"loginIdEdit"_s), u"richard@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(page, u"passwordEdit"_s), u"password123"_s);
    QTest::keyClick(child<QLineEdit>(page, u"passwordEdit"_s), Qt::Key_Return);
    QTRY_VERIFY(page.verificationDialog() && page.verificationDialog()->isVisible());
    QVERIFY(!page.busy());
    QVERIFY(child<QPushButton>(page, u"signInButton"_s)->isEnabled());
    QCOMPARE(child<QLineEdit>(page, u"loginIdEdit"_s)->text(), u"richard@example.com"_s);
    VerificationDialog& dialog = *page.verificationDialog();
    QCOMPARE(child<QLabel>(dialog, u"sentToLabel"_s)->text(), u"We texted a code to +1 ... 0123."_s);
    QTRY_COMPARE(f.sink->messages().size(), 1);
    QCOMPARE(child<QLabel>(dialog, u"timeLeftLabel"_s)->text(), u"The code is valid for 5:00 more minutes."_s);
    QCOMPARE(child<QCheckBox>(dialog, u"trustComputerCheck"_s)->text(), u"&Trust this computer for 30 days"_s);

    // A wrong code: the attempts left are shown and the field is ready for another try.
    const QString right = f.lastSinkCode(u"+12015550123"_s);
    auto* code = child<CodeLineEdit>(dialog, u"verificationCodeEdit"_s);
    QTest::keyClicks(code, right == u"000000"_s ? u"111111"_s : u"000000"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"verifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY2(child<QLabel>(dialog, u"verificationErrorLabel"_s)->text().contains(u"Attempts left: 4"_s),
                 qPrintable(child<QLabel>(dialog, u"verificationErrorLabel"_s)->text()));
    QVERIFY(code->text().isEmpty());

    // "Send another code": on cooldown at first (visible, once the challenge's status is read), then it sends.
    auto* resend = child<CooldownButton>(dialog, u"resendButton"_s);
    QTRY_VERIFY2(resend->text().contains(u" s)"_s), qPrintable(resend->text()));
    QVERIFY(!resend->isEnabled());
    f.clock.advanceSecs(3);
    QTRY_VERIFY_WITH_TIMEOUT(resend->isEnabled(), 5000);
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_COMPARE(f.sink->messages().size(), 2);
    QTRY_VERIFY(child<QLabel>(dialog, u"sentToLabel"_s)->text().startsWith(u"We texted another code to +1 ... 0123"_s));
    QCOMPARE(f.lastSinkCode(u"+12015550123"_s), right); // same step, same code

    child<QCheckBox>(dialog, u"trustComputerCheck"_s)->setChecked(true);
    QTest::keyClicks(code, right);
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY(!page.verificationDialog());
    QCOMPARE(child<QLabel>(page, u"welcomeLabel"_s)->text(), u"Welcome, Richard Hendricks. You are signed in."_s);

    // The next sign-in on this kiosk skips the code: the computer is trusted.
    QTest::mouseClick(child<QPushButton>(page, u"signOutButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, u"loginIdEdit"_s), u"richard@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(page, u"passwordEdit"_s), u"password123"_s);
    QTest::mouseClick(child<QPushButton>(page, u"signInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(page, u"welcomeLabel"_s)->text(), u"Welcome, Richard Hendricks. You are signed in."_s);
    QVERIFY(!page.verificationDialog());
}

void TestSignInPage::wrongPasswordIsExplained()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY(waitFor(f.service->createUser({u"a@example.com"_s, {}, u"A"_s, {}, u"password123"_s})));
    SignInPage page(f.service.get(), f.clock);
    page.show();
    QTest::keyClicks(child<QLineEdit>(page, u"loginIdEdit"_s), u"a@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(page, u"passwordEdit"_s), u"wrong password"_s);
    QTest::mouseClick(child<QPushButton>(page, u"signInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(page, u"signInErrorLabel"_s)->text(), u"The login id or the password is not right."_s);
    QCOMPARE(child<QLineEdit>(page, u"loginIdEdit"_s)->text(), u"a@example.com"_s);
}

void TestSignInPage::withoutTwoFactorWelcomesAtOnce()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY(waitFor(f.service->createUser({u"a@example.com"_s, {}, u"Ann"_s, {}, u"password123"_s})));
    SignInPage page(f.service.get(), f.clock);
    page.show();
    QTest::keyClicks(child<QLineEdit>(page, u"loginIdEdit"_s), u"a@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(page, u"passwordEdit"_s), u"password123"_s);
    QTest::mouseClick(child<QPushButton>(page, u"signInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(page, u"welcomeLabel"_s)->text(), u"Welcome, Ann. You are signed in."_s);
    QVERIFY(child<QLineEdit>(page, u"passwordEdit"_s)->text().isEmpty());
}

void TestSignInPage::keypadTypesIntoTheCodeField()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser(
        {u"richard@example.com"_s, {}, u"Richard Hendricks"_s, u"+1 201 555 0123"_s, u"password123"_s}));
    QVERIFY(user);
    QVERIFY(waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kSecret, TwoFactorDelivery::TextMessage)));
    SignInPage page(f.service.get(), f.clock);
    page.show();
    QTest::keyClicks(child<QLineEdit>(page, u"loginIdEdit"_s), u"richard@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(page, u"passwordEdit"_s), u"password123"_s);
    QTest::keyClick(child<QLineEdit>(page, u"passwordEdit"_s), Qt::Key_Return);
    QTRY_VERIFY(page.verificationDialog() && page.verificationDialog()->isVisible());
    VerificationDialog& dialog = *page.verificationDialog();
    auto* keypad = child<Keypad>(dialog, u"keypad"_s);
    auto* code = child<CodeLineEdit>(dialog, u"verificationCodeEdit"_s);
    QVERIFY(keypad->isVisible());
    // Every key: large enough for a finger, named for a screen reader, never taking the focus.
    const QList<QPushButton*> keys = keypad->findChildren<QPushButton*>();
    QCOMPARE(keys.size(), 12);
    for (QPushButton* key : keys) {
        QVERIFY2(key->height() >= 44 && key->width() >= 44, qPrintable(key->objectName()));
        QVERIFY2(!key->accessibleName().isEmpty(), qPrintable(key->objectName()));
        QCOMPARE(key->focusPolicy(), Qt::NoFocus);
    }
    QCOMPARE(child<QPushButton>(dialog, u"keypad_7"_s)->accessibleName(), u"Key 7"_s);
    QCOMPARE(child<QPushButton>(dialog, u"keypadBackspace"_s)->accessibleName(), u"Delete the last character"_s);
    const QString texted = f.sms.lastCode();
    QCOMPARE(texted.size(), 6);
    for (const QChar digit : QString(texted + u"9"_s)) {
        QTest::mouseClick(keypad->keyButton(digit), Qt::LeftButton);
    }
    QCOMPARE(code->text(), texted); // six digits at most
    QTest::mouseClick(child<QPushButton>(dialog, u"keypadBackspace"_s), Qt::LeftButton);
    QCOMPARE(code->text(), texted.left(5));
    QTest::mouseClick(child<QPushButton>(dialog, u"keypadClear"_s), Qt::LeftButton);
    QCOMPARE(code->text(), QString());
    // The physical keyboard still works alongside.
    QTest::mouseClick(keypad->keyButton(texted.at(0)), Qt::LeftButton);
    QTest::keyClicks(code, texted.mid(1, 2));
    for (const QChar digit : texted.mid(3)) {
        QTest::mouseClick(keypad->keyButton(digit), Qt::LeftButton);
    }
    QCOMPARE(code->text(), texted);
    QVERIFY(child<QPushButton>(dialog, u"verifyButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(dialog, u"verifyButton"_s)->height() >= 44);
    QTest::mouseClick(child<QPushButton>(dialog, u"verifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!page.verificationDialog());
    QVERIFY(child<QLabel>(page, u"recoveryCodesLeftLabel"_s)->text().isEmpty());
}

QTEST_MAIN(TestSignInPage)
#include "tst_signinpage.moc"
