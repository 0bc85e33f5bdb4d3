// Recovery codes as a helpdesk and a user meet them: ten codes shown once after "Enable two-factor"
// (printable, also as a PDF), one of them typed into the verification dialog instead of the texted
// code (the digits-only field cannot take it; the recovery mode can), and how many are left after.

#include "../UiTestHelpers.h"
#include "auth/RecoveryCodes.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/RecoveryCodeLineEdit.h"
#include "enroll/EnrollPage.h"
#include "recovery/RecoveryCodesDialog.h"
#include "signin/SignInPage.h"
#include "signin/VerificationDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

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

} // namespace

class TestRecoveryCodesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enablingShowsTenCodesOnce();
    void printsToPdf();
    void verificationDialogAcceptsARecoveryCode();
};

void TestRecoveryCodesDialog::enablingShowsTenCodesOnce()
{
    ServiceFixture::Options options;
    options.useSink = true;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    auto user
        = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard Hendricks"_s, {}, u"password123"_s}));
    QVERIFY(user);
    EnrollPage page(f.service.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* userCombo = child<QComboBox>(page, u"enrollUserCombo"_s);
    QTRY_VERIFY(userCombo->findData(user->id) >= 0);
    userCombo->setCurrentIndex(userCombo->findData(user->id));
    QTest::keyClicks(child<QLineEdit>(page, u"phoneEdit"_s), u"(201) 555-0123"_s);
    auto* send = child<CooldownButton>(page, u"sendCodeButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(f.sink->messages().size(), 1);
    auto* code = child<CodeLineEdit>(page, u"enrollCodeEdit"_s);
    // The send's answer reaches the page after the sink has the text: the code goes in once the page says so.
    auto* status = child<QLabel>(page, u"sendStatusLabel"_s);
    QTRY_VERIFY2(code->hasFocus() && status->text().startsWith(u"Code sent"_s), qPrintable(status->text()));
    const QString texted = f.lastSinkCode(u"+12015550123"_s);
    QTest::keyClicks(code, texted);
    QCOMPARE(code->text(), texted);
    QTest::keyClick(code, Qt::Key_Return);

    // Enabling makes ten recovery codes (ten keyed hashes) on a worker: generous on a loaded machine.
    RecoveryCodesDialog* dialog = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT((dialog = page.findChild<RecoveryCodesDialog*>()) && dialog->isVisible(),
                              qPrintable(child<QLabel>(page, u"enableErrorLabel"_s)->text()), 20000);
    QCOMPARE(dialog->codes().size(), RecoveryCodes::kCount);
    static const QRegularExpression shape(u"^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$"_s);
    QSet<QString> distinct;
    for (int i = 1; i <= 10; ++i) {
        auto* label = child<QLabel>(*dialog, u"recoveryCode%1"_s.arg(i));
        const QString shown = dialog->codes().at(i - 1);
        QVERIFY2(shape.match(shown).hasMatch(), qPrintable(shown));
        QVERIFY(label->text().endsWith(shown));
        QVERIFY(label->accessibleName().contains(shown));
        distinct.insert(shown);
    }
    QCOMPARE(distinct.size(), 10);
    QVERIFY(child<QPushButton>(*dialog, u"recoveryCodesPrintButton"_s)->isEnabled());
    auto* done = child<QPushButton>(*dialog, u"recoveryCodesDoneButton"_s);
    QCOMPARE(done->text(), u"I have &saved these codes"_s);
    QVERIFY(done->isDefault());
    tfk::test::screenshot(dialog, u"recovery-codes"_s);
    // The codes work (the service counts them) and nothing else keeps them.
    auto left = waitFor(f.service->recoveryCodes(user->id));
    QVERIFY(left);
    QCOMPARE(left->remaining, 10);
    QVERIFY(left->codes.isEmpty());
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!page.findChild<RecoveryCodesDialog*>() || !page.findChild<RecoveryCodesDialog*>()->isVisible());
}

void TestRecoveryCodesDialog::printsToPdf()
{
    User user;
    user.fullName = u"Richard Hendricks"_s;
    user.email = u"richard@example.com"_s;
    user.mobilePhone = u"+12015550123"_s;
    const QStringList codes {u"ABCDE-FGHJK"_s, u"23456-789AB"_s};
    RecoveryCodesDialog dialog(user, codes);
    const QString html = dialog.printableHtml();
    QVERIFY(html.contains(u"ABCDE-FGHJK"_s));
    QVERIFY(html.contains(u"Richard Hendricks"_s));
    QVERIFY(html.contains(u"+1 ... 0123"_s));
    QVERIFY(!html.contains(u"+12015550123"_s)); // never the full number on paper
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"codes.pdf"_s));
    QVERIFY(dialog.printTo(&printer));
    QFile pdf(dir.filePath(u"codes.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 1000);
}

void TestRecoveryCodesDialog::verificationDialogAcceptsARecoveryCode()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser(
        {u"richard@example.com"_s, {}, u"Richard Hendricks"_s, u"+1 201 555 0123"_s, u"password123"_s}));
    QVERIFY(user);
    auto enabled = waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kSecret, TwoFactorDelivery::TextMessage));
    QVERIFY(enabled);
    QCOMPARE(enabled->recoveryCodes.size(), 10);

    SignInPage page(f.service.get(), f.clock);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(child<QLineEdit>(page, u"loginIdEdit"_s), u"richard@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(page, u"passwordEdit"_s), u"password123"_s);
    QTest::keyClick(child<QLineEdit>(page, u"passwordEdit"_s), Qt::Key_Return);
    QTRY_VERIFY(page.verificationDialog() && page.verificationDialog()->isVisible());
    VerificationDialog& dialog = *page.verificationDialog();

    // The texted code's field takes digits only: a recovery code cannot go there.
    auto* digits = child<CodeLineEdit>(dialog, u"verificationCodeEdit"_s);
    QTest::keyClicks(digits, u"ABCDE-FGHJK"_s);
    QCOMPARE(digits->text(), QString());
    auto* verify = child<QPushButton>(dialog, u"verifyButton"_s);
    QVERIFY(!verify->isEnabled());

    // "Use a recovery code instead" (Alt+I): a field of its own.
    auto* mode = child<QPushButton>(dialog, u"useRecoveryCodeButton"_s);
    QVERIFY(mode->height() >= 44);
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(dialog.usingRecoveryCode());
    auto* recovery = child<RecoveryCodeLineEdit>(dialog, u"recoveryCodeEdit"_s);
    QTRY_VERIFY(recovery->hasFocus());
    QVERIFY(!digits->isVisible());
    // Typed as a person reads it off paper: lower case, without the dash.
    const QString code = enabled->recoveryCodes.at(3);
    QTest::keyClicks(recovery, QString(code).remove(u'-').toLower().left(7));
    QVERIFY(!verify->isEnabled());
    QTest::keyClicks(recovery, QString(code).remove(u'-').toLower().mid(7));
    QCOMPARE(recovery->text(), code);
    QVERIFY(verify->isEnabled());
    tfk::test::screenshot(&dialog, u"verification-recovery-code"_s);
    QTest::keyClick(recovery, Qt::Key_Return);
    QTRY_VERIFY(!page.verificationDialog());
    QCOMPARE(child<QLabel>(page, u"welcomeLabel"_s)->text(), u"Welcome, Richard Hendricks. You are signed in."_s);
    QCOMPARE(child<QLabel>(page, u"recoveryCodesLeftLabel"_s)->text(),
             u"You signed in with a recovery code; it cannot be used again. Recovery codes left: 9."_s);

    // The same code a second time: refused, and the dialog says so.
    QTest::mouseClick(child<QPushButton>(page, u"signOutButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(page, u"recoveryCodesLeftLabel"_s)->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(page, u"loginIdEdit"_s), u"richard@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(page, u"passwordEdit"_s), u"password123"_s);
    QTest::keyClick(child<QLineEdit>(page, u"passwordEdit"_s), Qt::Key_Return);
    QTRY_VERIFY(page.verificationDialog() && page.verificationDialog()->isVisible());
    VerificationDialog& again = *page.verificationDialog();
    again.setUsingRecoveryCode(true);
    QTest::keyClicks(child<RecoveryCodeLineEdit>(again, u"recoveryCodeEdit"_s), code);
    QTest::mouseClick(child<QPushButton>(again, u"verifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!child<QLabel>(again, u"verificationErrorLabel"_s)->text().isEmpty());
    QVERIFY(page.verificationDialog());
}

QTEST_MAIN(TestRecoveryCodesDialog)
#include "tst_recoverycodesdialog.moc"
