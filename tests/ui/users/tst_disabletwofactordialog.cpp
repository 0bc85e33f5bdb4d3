// Turning two-factor off for a user, as FusionAuth does it: a code texted to the user's phone and typed
// back (or one of the user's recovery codes). "Turn off" waits for a whole code; a wrong code is refused and
// wiped; a text that cannot go out says why; the change is audited under the operator.

#include "../UiTestHelpers.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/PageParts.h"
#include "users/DisableTwoFactorDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s; // the tutorial's: 830023 at the fixture's time

template <typename T> T* child(QObject& parent, const QString& name)
{
    auto* object = parent.findChild<T*>(name);
    if (!object) {
        qFatal("no child %s", qPrintable(name));
    }
    return object;
}

// Richard, enrolled on +1 201 555 0123.
User enrolledRichard(ServiceFixture& f)
{
    auto user = waitFor(f.service->createUser(
        {u"richard@example.com"_s, {}, u"Richard Hendricks"_s, u"+1 201 555 0123"_s, u"password123"_s}));
    if (!user) {
        qFatal("%s", qPrintable(user.error().message));
    }
    auto enabled = waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kSecret, TwoFactorDelivery::TextMessage));
    if (!enabled) {
        qFatal("%s", qPrintable(enabled.error().message));
    }
    return enabled->user;
}

RequestContext byHal()
{
    return kioskRequestContext(u"hal"_s);
}

} // namespace

class TestDisableTwoFactorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sayWhoAndWhere();
    void aTextedCodeTurnsItOff();
    void aWrongCodeIsRefusedAndWiped();
    void aTextThatCannotGoOutSaysWhy();
    void cancelKeepsItOn();
};

void TestDisableTwoFactorDialog::sayWhoAndWhere()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    DisableTwoFactorDialog dialog(f.service.get(), richard, byHal());
    QCOMPARE(dialog.windowTitle(), u"Turn off two-factor sign-in"_s);
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    QVERIFY(std::ranges::any_of(labels, [](const QLabel* label) {
        return label->text()
            == u"To turn off two-factor sign-in for Richard Hendricks, send a code to +1 ... 0123 and type it below, "
               "or type one of their recovery codes."_s;
    }));
    QVERIFY(!child<QPushButton>(dialog, u"disableButton"_s)->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog, u"disableCodeEdit"_s)->accessibleName(), u"Code from the text message"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"disableRecoveryCodeEdit"_s)->accessibleName(), u"Recovery code"_s);
}

void TestDisableTwoFactorDialog::aTextedCodeTurnsItOff()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    DisableTwoFactorDialog dialog(f.service.get(), richard, byHal());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* send = child<CooldownButton>(dialog, u"disableSendButton"_s);
    auto* status = child<QLabel>(dialog, u"disableStatusLabel"_s);
    auto* code = child<CodeLineEdit>(dialog, u"disableCodeEdit"_s);
    auto* turnOff = child<QPushButton>(dialog, u"disableButton"_s);
    const qsizetype sentBefore = f.sms.sent().size();
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(status->text(), u"Code sent to +1 ... 0123."_s);
    QCOMPARE(f.sms.sent().size(), sentBefore + 1);
    QCOMPARE(f.sms.last().to, u"+12015550123"_s);
    QTRY_COMPARE(QApplication::focusWidget(), code);
    QVERIFY(!send->isEnabled()); // the cooldown (30 s by the default rules)
    const QString texted = f.sms.lastCode();
    QCOMPARE(texted.size(), 6);
    QTest::keyClicks(code, texted.left(5));
    QVERIFY(!turnOff->isEnabled()); // five digits are not a code
    QTest::keyClicks(code, texted.right(1));
    QVERIFY(turnOff->isEnabled());
    QTest::mouseClick(turnOff, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!waitFor(f.service->findUser(richard.id))->twoFactorEnabled);
    auto audit = waitFor(f.service->recentAudit({}, 20, u"hal"_s));
    QVERIFY(audit);
    QVERIFY(std::ranges::any_of(*audit, [](const AuditEntry& e) { return e.event.startsWith(u"two-factor"_s); }));
}

void TestDisableTwoFactorDialog::aWrongCodeIsRefusedAndWiped()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    DisableTwoFactorDialog dialog(f.service.get(), richard, byHal());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::mouseClick(child<CooldownButton>(dialog, u"disableSendButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!f.sms.lastCode().isEmpty());
    auto* code = child<CodeLineEdit>(dialog, u"disableCodeEdit"_s);
    auto* turnOff = child<QPushButton>(dialog, u"disableButton"_s);
    auto* error = child<QLabel>(dialog, u"disableErrorLabel"_s);
    const QString wrong = f.sms.lastCode() == u"000000"_s ? u"111111"_s : u"000000"_s;
    QTest::keyClicks(code, wrong);
    QVERIFY(turnOff->isEnabled());
    QTest::keyClick(code, Qt::Key_Return); // Return is the same as Turn off
    QTRY_VERIFY(!error->text().isEmpty());
    QCOMPARE(code->text(), QString()); // wiped for the next try
    QVERIFY(!turnOff->isEnabled());
    QCOMPARE(QApplication::focusWidget(), code);
    QVERIFY(dialog.isVisible());
    QVERIFY(waitFor(f.service->findUser(richard.id))->twoFactorEnabled);
}

void TestDisableTwoFactorDialog::aTextThatCannotGoOutSaysWhy()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    DisableTwoFactorDialog dialog(f.service.get(), richard, byHal());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    f.sms.failWith(Error {u"twilio:30003"_s, u"The phone is switched off or out of coverage."_s, 400});
    auto* send = child<CooldownButton>(dialog, u"disableSendButton"_s);
    auto* status = child<QLabel>(dialog, u"disableStatusLabel"_s);
    auto* error = child<QLabel>(dialog, u"disableErrorLabel"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY2(error->text().contains(u"switched off"_s) || error->text().contains(u"30003"_s),
             qPrintable(error->text()));
    QCOMPARE(status->text(), QString()); // "Sending..." is gone
    QVERIFY(waitFor(f.service->findUser(richard.id))->twoFactorEnabled);
}

void TestDisableTwoFactorDialog::cancelKeepsItOn()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    const qsizetype sentBefore = f.sms.sent().size();
    DisableTwoFactorDialog dialog(f.service.get(), richard, byHal());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(child<CodeLineEdit>(dialog, u"disableCodeEdit"_s), u"830023"_s);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(waitFor(f.service->findUser(richard.id))->twoFactorEnabled);
    QCOMPARE(f.sms.sent().size(), sentBefore);
}

QTEST_MAIN(TestDisableTwoFactorDialog)
#include "tst_disabletwofactordialog.moc"
