// The helpdesk's lost-phone desk, against the mock sink: "Lost phone..." only for an operator allowed
// to; the dialog wants how the identity was checked and a reason, refuses without an operator, records
// operator, method and reason in the audit log, texts the notice to the old number and offers to enroll
// the new one. Also: a new number for a user with two-factor on needs a code sent to it, and new
// recovery codes from the Users screen.

#include "../UiTestHelpers.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/PageParts.h"
#include "enroll/EnrollPage.h"
#include "mainwindow/MainWindow.h"
#include "operators/OperatorSession.h"
#include "recovery/RecoveryCodesDialog.h"
#include "users/DisableTwoFactorDialog.h"
#include "users/LostPhoneDialog.h"
#include "users/UserDialog.h"
#include "users/UsersPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s; // the tutorial's: 830023 at the fixture's time
const QStringList kMethods {u"Photo ID seen"_s, u"Known in person"_s};

template <typename T> T* child(QObject& parent, const QString& name)
{
    auto* object = parent.findChild<T*>(name);
    if (!object) {
        qFatal("no child %s", qPrintable(name));
    }
    return object;
}

ServiceFixture::Options sinkOptions()
{
    ServiceFixture::Options options;
    options.useSink = true;
    return options;
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

} // namespace

class TestLostPhoneDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWithoutAnOperator();
    void resetIsRecordedAndTheOldNumberIsTold();
    void onlyForOperatorsAllowedTo();
    void newNumberNeedsACodeSentToIt();
    void newRecoveryCodesFromTheUsersScreen();
    void turningOffTakesARecoveryCodeToo();
};

void TestLostPhoneDialog::refusedWithoutAnOperator()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    LostPhoneDialog dialog(f.service.get(), richard, kMethods, std::nullopt);
    dialog.show();
    auto* method = child<QComboBox>(dialog, u"lostPhoneMethodCombo"_s);
    auto* reason = child<QLineEdit>(dialog, u"lostPhoneReasonEdit"_s);
    auto* reset = child<QPushButton>(dialog, u"lostPhoneResetButton"_s);
    QVERIFY(!reset->isEnabled());
    method->setCurrentIndex(1);
    QVERIFY(!reset->isEnabled()); // a reason is required too
    QTest::keyClicks(reason, u"lost on the train"_s);
    QVERIFY(reset->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return);
    auto* error = child<QLabel>(dialog, u"lostPhoneErrorLabel"_s);
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY(!dialog.outcome());
    auto stored = waitFor(f.service->findUser(richard.id));
    QVERIFY(stored && stored->twoFactorEnabled);
    QTest::qWait(200);
    QCOMPARE(f.sink->messages().size(), 0);
}

void TestLostPhoneDialog::resetIsRecordedAndTheOldNumberIsTold()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    const Operator dana = tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    LostPhoneDialog dialog(f.service.get(), richard, kMethods, dana);
    QSignalSpy enroll(&dialog, &LostPhoneDialog::enrollRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* method = child<QComboBox>(dialog, u"lostPhoneMethodCombo"_s);
    QCOMPARE(method->count(), 3); // "Choose..." and the two methods
    QCOMPARE(method->currentData().toString(), QString());
    method->setCurrentIndex(method->findData(u"Photo ID seen"_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"lostPhoneReasonEdit"_s), u"phone stolen, ticket 4711"_s);
    const QString consequences = child<QLabel>(dialog, u"lostPhoneConsequencesLabel"_s)->text();
    QVERIFY(consequences.contains(u"recovery codes"_s));
    QVERIFY(consequences.contains(u"+1 ... 0123"_s));
    tfk::test::screenshot(&dialog, u"lost-phone"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"lostPhoneResetButton"_s), Qt::LeftButton);
    QTRY_VERIFY(dialog.outcome());
    QVERIFY(child<QLabel>(dialog, u"lostPhoneOutcomeLabel"_s)->isVisible());
    QCOMPARE(child<QLabel>(dialog, u"lostPhoneNoticeLabel"_s)->text(),
             u"A notice was texted to the old number +1 ... 0123."_s);
    tfk::test::screenshot(&dialog, u"lost-phone-done"_s);

    auto stored = waitFor(f.service->findUser(richard.id));
    QVERIFY(stored);
    QVERIFY(!stored->twoFactorEnabled);
    // The notice reached the old number.
    QTRY_COMPARE(f.sink->messages().size(), 1);
    QCOMPARE(f.sink->messages().first().to, u"+12015550123"_s);
    QVERIFY2(f.sink->messages().first().body.contains(u"helpdesk"_s), qPrintable(f.sink->messages().first().body));
    // The audit log names the operator, the method and the reason.
    auto audit = waitFor(f.service->recentAudit({}, 50, u"dana"_s));
    QVERIFY(audit);
    const auto entry
        = std::ranges::find_if(*audit, [](const AuditEntry& e) { return e.event == u"two-factor.lost-phone-reset"_s; });
    QVERIFY(entry != audit->end());
    QCOMPARE(entry->actor, u"dana"_s);
    QCOMPARE(entry->userId, richard.id);
    QVERIFY2(entry->detail.contains(u"Photo ID seen"_s), qPrintable(entry->detail));
    QVERIFY2(entry->detail.contains(u"phone stolen, ticket 4711"_s), qPrintable(entry->detail));

    // Enroll with the new number, right away (Enter).
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(enroll.count(), 1);
    QCOMPARE(enroll.first().first().toString(), richard.id);
    QVERIFY(!dialog.isVisible());
}

void TestLostPhoneDialog::onlyForOperatorsAllowedTo()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    const Operator dana = tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* lostPhone = child<QPushButton>(*window.usersPage(), u"lostPhoneButton"_s);
    QVERIFY(!lostPhone->isVisibleTo(window.usersPage())); // nobody signed in
    window.signIn(dana);
    QVERIFY(window.showPage(MainWindow::UsersPageIndex));
    QVERIFY(lostPhone->isVisible());
    auto* table = child<QTableView>(window, u"usersTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(!lostPhone->isEnabled()); // nobody selected
    table->selectRow(0);
    QVERIFY(lostPhone->isEnabled());
    QTRY_VERIFY(child<QLabel>(window, u"userDetailsLabel"_s)->text().contains(u"recovery codes left: 10"_s));
    QTest::mouseClick(lostPhone, Qt::LeftButton);
    LostPhoneDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<LostPhoneDialog*>()) && dialog->isVisible());
    auto* method = child<QComboBox>(*dialog, u"lostPhoneMethodCombo"_s);
    QCOMPARE(method->count(), 4); // the default methods from the settings
    method->setCurrentIndex(2);
    QTest::keyClicks(child<QLineEdit>(*dialog, u"lostPhoneReasonEdit"_s), u"dropped in the lake"_s);
    QTest::keyClick(child<QLineEdit>(*dialog, u"lostPhoneReasonEdit"_s), Qt::Key_Return);
    QTRY_VERIFY(dialog->outcome());
    // "Enroll with a new number": the Enroll screen, the user chosen, the old number not offered.
    QTest::mouseClick(child<QPushButton>(*dialog, u"lostPhoneEnrollButton"_s), Qt::LeftButton);
    QCOMPARE(window.currentPage(), int(MainWindow::EnrollPageIndex));
    auto* userCombo = child<QComboBox>(window, u"enrollUserCombo"_s);
    QTRY_COMPARE(userCombo->currentData().toString(), richard.id);
    QTest::qWait(100);
    QCOMPARE(child<QLineEdit>(window, u"phoneEdit"_s)->text(), QString());
    QTRY_COMPARE(child<QLabel>(window, u"enrollUserNote"_s)->text(),
                 u"Type the new mobile number of Richard Hendricks."_s);
    // Locked, the button goes with the operator.
    window.lock();
    QVERIFY(!lostPhone->isVisibleTo(window.usersPage()));
}

void TestLostPhoneDialog::newNumberNeedsACodeSentToIt()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    UserDialog dialog(f.service.get(), richard.id, kioskRequestContext(u"dana"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* phone = child<QLineEdit>(dialog, u"userPhoneEdit"_s);
    QTRY_VERIFY(!phone->text().isEmpty());
    auto* box = child<QWidget>(dialog, u"phoneChangeBox"_s);
    QVERIFY(!box->isVisible()); // the same number: nothing to confirm
    phone->selectAll();
    QTest::keyClicks(phone, u"+1 201 555 0199"_s);
    QVERIFY(box->isVisible());
    // Saving without the code: the service's sentence, nothing changed.
    QTest::mouseClick(child<QPushButton>(dialog, u"userSaveButton"_s), Qt::LeftButton);
    auto* error = child<QLabel>(dialog, u"userErrorLabel"_s);
    QTRY_VERIFY(!error->text().isEmpty());
    QCOMPARE(waitFor(f.service->findUser(richard.id))->mobilePhone, u"+12015550123"_s);

    QTest::mouseClick(child<CooldownButton>(dialog, u"phoneChangeSendButton"_s), Qt::LeftButton);
    QTRY_COMPARE(f.sink->messages().size(), 1);
    QCOMPARE(f.sink->messages().first().to, u"+12015550199"_s); // the NEW number
    QTRY_VERIFY(child<QLabel>(dialog, u"phoneChangeStatusLabel"_s)->text().startsWith(u"Code sent to +1 ... 0199"_s));
    QTest::keyClicks(child<CodeLineEdit>(dialog, u"phoneChangeCodeEdit"_s), f.lastSinkCode(u"+12015550199"_s));
    QTest::mouseClick(child<QPushButton>(dialog, u"userSaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(waitFor(f.service->findUser(richard.id))->mobilePhone, u"+12015550199"_s);
    auto audit = waitFor(f.service->recentAudit({}, 20, u"dana"_s));
    QVERIFY(audit && !audit->isEmpty());
}

void TestLostPhoneDialog::newRecoveryCodesFromTheUsersScreen()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = enrolledRichard(f);
    const Operator dana = tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    OperatorSession session;
    session.signIn(dana);
    UsersPage page(f.service.get());
    page.setSession(&session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = child<QTableView>(page, u"usersTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    auto* regenerate = child<QPushButton>(page, u"regenerateRecoveryCodesButton"_s);
    QVERIFY(regenerate->isEnabled());
    QTest::mouseClick(regenerate, Qt::LeftButton);
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = page.findChild<QMessageBox*>(u"regenerateConfirmBox"_s)) && confirm->isVisible());
    QTest::mouseClick(child<QPushButton>(*confirm, u"regenerateConfirmButton"_s), Qt::LeftButton);
    RecoveryCodesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<RecoveryCodesDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->codes().size(), 10);
    auto audit = waitFor(f.service->recentAudit({}, 20, u"dana"_s));
    QVERIFY(audit);
    QVERIFY(std::ranges::any_of(*audit, [](const AuditEntry& e) { return e.event == u"two-factor.recovery-codes"_s; }));
}

void TestLostPhoneDialog::turningOffTakesARecoveryCodeToo()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser(
        {u"richard@example.com"_s, {}, u"Richard Hendricks"_s, u"+1 201 555 0123"_s, u"password123"_s}));
    QVERIFY(user);
    auto enabled = waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kSecret, TwoFactorDelivery::TextMessage));
    QVERIFY(enabled);
    DisableTwoFactorDialog dialog(f.service.get(), enabled->user, RequestContext {{}, {}, u"hal"_s});
    dialog.show();
    auto* turnOff = child<QPushButton>(dialog, u"disableButton"_s);
    auto* recovery = child<QLineEdit>(dialog, u"disableRecoveryCodeEdit"_s);
    QVERIFY(!turnOff->isEnabled());
    // A wrong recovery code: refused, said so, nothing turned off.
    QTest::keyClicks(recovery, u"ZZZZZZZZZZ"_s);
    QTRY_VERIFY(turnOff->isEnabled());
    QTest::mouseClick(turnOff, Qt::LeftButton);
    QTRY_VERIFY(!child<QLabel>(dialog, u"disableErrorLabel"_s)->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(waitFor(f.service->findUser(user->id))->twoFactorEnabled);
    // One of the user's codes, typed in lower case without the dash: two-factor goes off.
    QTest::keyClicks(recovery, QString(enabled->recoveryCodes.at(4)).remove(u'-').toLower());
    QTRY_VERIFY(turnOff->isEnabled());
    QTest::mouseClick(turnOff, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!waitFor(f.service->findUser(user->id))->twoFactorEnabled);
}

QTEST_MAIN(TestLostPhoneDialog)
#include "tst_lostphonedialog.moc"
