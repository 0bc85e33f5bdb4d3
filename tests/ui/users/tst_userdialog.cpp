// The dialog that creates and edits users: the phone checked as it is typed (and for the chosen country),
// the two passwords compared, the service's refusals shown beside the field they concern (focus moves
// there), an edit keeps what is not changed (the password when left empty), a user that cannot be read
// cannot be saved, and the code for a new number of a user with two-factor on can fail to go out.

#include "../UiTestHelpers.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/PageParts.h"
#include "users/UserDialog.h"

#include <QComboBox>
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

RequestContext byDana()
{
    return kioskRequestContext(u"dana"_s);
}

User addUser(ServiceFixture& f, const QString& email, const QString& name, const QString& phone)
{
    auto user = waitFor(f.service->createUser({email, {}, name, phone, u"password123"_s}));
    if (!user) {
        qFatal("%s", qPrintable(user.error().message));
    }
    return *user;
}

struct Form
{
    explicit Form(UserDialog& dialog)
        : name(child<QLineEdit>(dialog, u"userNameEdit"_s))
        , email(child<QLineEdit>(dialog, u"userEmailEdit"_s))
        , username(child<QLineEdit>(dialog, u"userUsernameEdit"_s))
        , country(child<QComboBox>(dialog, u"userCountryCombo"_s))
        , phone(child<QLineEdit>(dialog, u"userPhoneEdit"_s))
        , phoneResult(child<QLabel>(dialog, u"userPhoneResultLabel"_s))
        , password(child<QLineEdit>(dialog, u"userPasswordEdit"_s))
        , confirm(child<QLineEdit>(dialog, u"userConfirmEdit"_s))
        , error(child<QLabel>(dialog, u"userErrorLabel"_s))
        , save(child<QPushButton>(dialog, u"userSaveButton"_s))
    {
    }
    QLineEdit* name;
    QLineEdit* email;
    QLineEdit* username;
    QComboBox* country;
    QLineEdit* phone;
    QLabel* phoneResult;
    QLineEdit* password;
    QLineEdit* confirm;
    QLabel* error;
    QPushButton* save;
};

void show(UserDialog& dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowActive(&dialog)) {
        qFatal("the user dialog was not shown");
    }
}

} // namespace

class TestUserDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAUser();
    void phoneIsCheckedAsItIsTyped();
    void theChosenCountryCounts();
    void passwordsMustMatch();
    void refusalsGoToTheirField_data();
    void refusalsGoToTheirField();
    void aBadPhoneIsRefusedBeforeTheService();
    void editKeepsThePasswordWhenLeftEmpty();
    void typingBeforeTheUserIsReadIsKept();
    void anUnknownUserCannotBeSaved();
    void theCodeToANewNumberCanFail();
    void cancelChangesNothing();
};

void TestUserDialog::createsAUser()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    UserDialog dialog(f.service.get(), QString(), byDana());
    QCOMPARE(dialog.windowTitle(), u"New user"_s);
    QVERIFY(!dialog.busy());
    show(dialog);
    Form form(dialog);
    QVERIFY(form.save->isEnabled());
    QCOMPARE(form.password->echoMode(), QLineEdit::Password);
    QCOMPARE(form.confirm->echoMode(), QLineEdit::Password);
    QTest::keyClicks(form.name, u"Monica Hall"_s);
    QTest::keyClicks(form.email, u"monica@example.com"_s);
    QTest::keyClicks(form.username, u"monica"_s);
    QTest::keyClicks(form.phone, u"+1 201 555 0144"_s);
    QCOMPARE(form.phoneResult->text(), u"Will text +1 201-555-0144 (E.164: +12015550144)"_s);
    QTest::keyClicks(form.password, u"raviga-2025"_s);
    QTest::keyClicks(form.confirm, u"raviga-2025"_s);
    QTest::mouseClick(form.save, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.savedUserId().isEmpty());
    auto saved = waitFor(f.service->findUser(dialog.savedUserId()));
    QVERIFY(saved);
    QCOMPARE(saved->fullName, u"Monica Hall"_s);
    QCOMPARE(saved->email, u"monica@example.com"_s);
    QCOMPARE(saved->username, u"monica"_s);
    QCOMPARE(saved->mobilePhone, u"+12015550144"_s);
    QVERIFY(!saved->twoFactorEnabled);
    // The password typed is the one that signs in.
    auto login = waitFor(f.service->login({u"monica"_s, u"raviga-2025"_s, {}, {}}));
    QVERIFY2(login, login ? "" : qPrintable(login.error().message));
    // Audited under the operator who created the user.
    auto audit = waitFor(f.service->recentAudit({}, 20, u"dana"_s));
    QVERIFY(audit);
    QVERIFY(std::ranges::any_of(*audit, [](const AuditEntry& e) { return e.event == u"user.create"_s; }));
}

void TestUserDialog::phoneIsCheckedAsItIsTyped()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    UserDialog dialog(f.service.get(), QString(), byDana());
    show(dialog);
    Form form(dialog);
    QCOMPARE(form.phoneResult->text(), u"No mobile phone: this user cannot receive codes by text message."_s);
    QTest::keyClicks(form.phone, u"12"_s);
    QVERIFY(!form.phoneResult->text().startsWith(u"Will text"_s));
    QVERIFY(!form.phoneResult->text().isEmpty());
    QVERIFY(form.phoneResult->styleSheet().contains(u"#b00020"_s)); // in red
    form.phone->clear();
    QCOMPARE(form.phoneResult->text(), u"No mobile phone: this user cannot receive codes by text message."_s);
    QCOMPARE(form.phoneResult->styleSheet(), QString());
    QTest::keyClicks(form.phone, u"(201) 555-0123"_s); // national format, in the default country (US)
    QCOMPARE(form.phoneResult->text(), u"Will text +1 201-555-0123 (E.164: +12015550123)"_s);
    QCOMPARE(form.phoneResult->styleSheet(), QString());
}

void TestUserDialog::theChosenCountryCounts()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    UserDialog dialog(f.service.get(), QString(), byDana());
    show(dialog);
    Form form(dialog);
    QCOMPARE(form.country->currentData().toString(), u"US"_s);
    QTest::keyClicks(form.phone, u"07400 123456"_s);
    QVERIFY(!form.phoneResult->text().startsWith(u"Will text"_s)); // not a US number
    const int uk = form.country->findData(u"GB"_s);
    QVERIFY(uk >= 0);
    QVERIFY(form.country->itemText(uk).endsWith(u"(+44)"_s));
    form.country->setCurrentIndex(uk); // the same digits, now read as a UK mobile
    QCOMPARE(form.phoneResult->text(), u"Will text +44 7400 123456 (E.164: +447400123456)"_s);
    QTest::keyClicks(form.name, u"Jared Dunn"_s);
    QTest::keyClicks(form.email, u"jared@example.co.uk"_s);
    QTest::keyClicks(form.password, u"donald-dunn"_s);
    QTest::keyClicks(form.confirm, u"donald-dunn"_s);
    QTest::mouseClick(form.save, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(waitFor(f.service->findUser(dialog.savedUserId()))->mobilePhone, u"+447400123456"_s);
}

void TestUserDialog::passwordsMustMatch()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    UserDialog dialog(f.service.get(), QString(), byDana());
    show(dialog);
    Form form(dialog);
    QTest::keyClicks(form.email, u"gilfoyle@example.com"_s);
    QTest::keyClicks(form.password, u"satanic-rituals"_s);
    QTest::keyClicks(form.confirm, u"satanic-ritual"_s);
    form.email->setFocus();
    QTest::mouseClick(form.save, Qt::LeftButton);
    QCOMPARE(form.error->text(), u"The two passwords are not the same."_s);
    QTRY_COMPARE(QApplication::focusWidget(), form.password);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.savedUserId().isEmpty());
    auto found = waitFor(f.service->findUserByLoginId(u"gilfoyle@example.com"_s));
    QVERIFY(found && !found->has_value());
}

void TestUserDialog::refusalsGoToTheirField_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focused");
    QTest::newRow("email taken") << u"richard@example.com"_s << QString() << u"password123"_s
                                 << u"richard@example.com is already used by another user."_s << u"userEmailEdit"_s;
    QTest::newRow("not an email") << u"richard"_s << QString() << u"password123"_s
                                  << u"\"richard\" is not an email address."_s << u"userEmailEdit"_s;
    QTest::newRow("username taken") << QString() << u"richard"_s << u"password123"_s
                                    << u"richard is already used by another user."_s << u"userUsernameEdit"_s;
    QTest::newRow("short password") << u"erlich@example.com"_s << QString() << u"short"_s
                                    << u"The password must have at least 8 characters."_s << u"userPasswordEdit"_s;
    QTest::newRow("no login id") << QString() << QString() << u"password123"_s
                                 << u"Enter an email address or a username: the user signs in with it."_s
                                 << u"userEmailEdit"_s;
}

void TestUserDialog::refusalsGoToTheirField()
{
    QFETCH(QString, email);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, message);
    QFETCH(QString, focused);
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY(waitFor(
        f.service->createUser({u"richard@example.com"_s, u"richard"_s, u"Richard Hendricks"_s, {}, u"password123"_s})));
    UserDialog dialog(f.service.get(), QString(), byDana());
    show(dialog);
    Form form(dialog);
    QTest::keyClicks(form.name, u"Someone"_s);
    QTest::keyClicks(form.email, email);
    QTest::keyClicks(form.username, username);
    QTest::keyClicks(form.password, password);
    QTest::keyClicks(form.confirm, password);
    form.name->setFocus();
    QTest::mouseClick(form.save, Qt::LeftButton);
    QTRY_COMPARE(form.error->text(), message);
    QTRY_VERIFY(!dialog.busy());
    QVERIFY(form.save->isEnabled());
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.savedUserId().isEmpty());
}

void TestUserDialog::aBadPhoneIsRefusedBeforeTheService()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    UserDialog dialog(f.service.get(), QString(), byDana());
    show(dialog);
    Form form(dialog);
    QTest::keyClicks(form.email, u"bighead@example.com"_s);
    QTest::keyClicks(form.phone, u"555"_s);
    QTest::keyClicks(form.password, u"password123"_s);
    QTest::keyClicks(form.confirm, u"password123"_s);
    const QString sentence = form.phoneResult->text(); // the parser's own sentence, shown as it was typed
    QVERIFY(!sentence.isEmpty() && !sentence.startsWith(u"Will text"_s));
    form.email->setFocus();
    QTest::mouseClick(form.save, Qt::LeftButton);
    QCOMPARE(form.error->text(), sentence);
    QTRY_COMPARE(QApplication::focusWidget(), form.phone);
    QVERIFY(!dialog.busy()); // never sent to the service
    auto found = waitFor(f.service->findUserByLoginId(u"bighead@example.com"_s));
    QVERIFY(found && !found->has_value());
}

void TestUserDialog::editKeepsThePasswordWhenLeftEmpty()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = addUser(f, u"richard@example.com"_s, u"Richard Hendricks"_s, u"+1 201 555 0123"_s);
    UserDialog dialog(f.service.get(), richard.id, byDana());
    QCOMPARE(dialog.windowTitle(), u"Edit user"_s);
    show(dialog);
    Form form(dialog);
    QCOMPARE(form.password->placeholderText(), u"Leave empty to keep the password"_s);
    QTRY_COMPARE(form.email->text(), u"richard@example.com"_s);
    QVERIFY(!dialog.busy());
    QCOMPARE(form.name->text(), u"Richard Hendricks"_s);
    QCOMPARE(form.phone->text(), u"+1 201-555-0123"_s);
    QCOMPARE(form.country->currentData().toString(), u"US"_s);
    QVERIFY(!child<QWidget>(dialog, u"phoneChangeBox"_s)->isVisible()); // two-factor is off: no code needed
    form.name->selectAll();
    QTest::keyClicks(form.name, u"Richard A. Hendricks"_s);
    form.phone->selectAll();
    QTest::keyClicks(form.phone, u"+1 201 555 0177"_s);
    QVERIFY(!child<QWidget>(dialog, u"phoneChangeBox"_s)->isVisible());
    QTest::mouseClick(form.save, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedUserId(), richard.id);
    auto saved = waitFor(f.service->findUser(richard.id));
    QCOMPARE(saved->fullName, u"Richard A. Hendricks"_s);
    QCOMPARE(saved->mobilePhone, u"+12015550177"_s);
    QVERIFY(waitFor(f.service->login({u"richard@example.com"_s, u"password123"_s, {}, {}}))); // the old password still
}

void TestUserDialog::typingBeforeTheUserIsReadIsKept()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = addUser(f, u"richard@example.com"_s, u"Richard Hendricks"_s, u"+1 201 555 0123"_s);
    UserDialog dialog(f.service.get(), richard.id, byDana());
    QVERIFY(dialog.busy()); // reading
    Form form(dialog);
    QVERIFY(!form.save->isEnabled());
    // Typed before the answer: stays, the rest is filled in.
    form.name->setText(u"Dick"_s);
    form.name->setModified(true);
    form.phone->setText(u"+1 201 555 0188"_s);
    form.phone->setModified(true);
    QTRY_VERIFY(!dialog.busy());
    QVERIFY(form.save->isEnabled());
    QCOMPARE(form.name->text(), u"Dick"_s);
    QCOMPARE(form.email->text(), u"richard@example.com"_s);
    QCOMPARE(form.phone->text(), u"+1 201 555 0188"_s);
}

void TestUserDialog::anUnknownUserCannotBeSaved()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    UserDialog dialog(f.service.get(), u"00000000-0000-0000-0000-000000000000"_s, byDana());
    show(dialog);
    Form form(dialog);
    QTRY_VERIFY(!dialog.busy());
    QVERIFY(!form.error->text().isEmpty());
    QVERIFY(!form.save->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Return); // the default button is off: nothing is saved
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.savedUserId().isEmpty());
}

void TestUserDialog::theCodeToANewNumberCanFail()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = addUser(f, u"richard@example.com"_s, u"Richard Hendricks"_s, u"+1 201 555 0123"_s);
    QVERIFY(waitFor(f.service->enableTwoFactor(richard.id, u"830023"_s, kSecret, TwoFactorDelivery::TextMessage)));
    UserDialog dialog(f.service.get(), richard.id, byDana());
    show(dialog);
    Form form(dialog);
    QTRY_VERIFY(!form.phone->text().isEmpty());
    form.phone->selectAll();
    QTest::keyClicks(form.phone, u"+1 201 555 0199"_s);
    auto* box = child<QWidget>(dialog, u"phoneChangeBox"_s);
    QVERIFY(box->isVisible());
    auto* send = child<CooldownButton>(dialog, u"phoneChangeSendButton"_s);
    QVERIFY(send->isEnabled());
    f.sms.failWith(Error {u"twilio:21614"_s, u"The number +1 ... 0199 cannot receive text messages."_s, 400});
    QTest::mouseClick(send, Qt::LeftButton);
    auto* status = child<QLabel>(dialog, u"phoneChangeStatusLabel"_s);
    QTRY_VERIFY(!status->text().startsWith(u"Sending"_s));
    QVERIFY2(status->text().contains(u"21614"_s) || status->text().contains(u"cannot receive"_s),
             qPrintable(status->text()));
    QVERIFY(status->styleSheet().contains(u"#b00020"_s));
    // The number typed back: nothing to confirm any more.
    form.phone->selectAll();
    QTest::keyClicks(form.phone, u"+1 201 555 0123"_s);
    QVERIFY(!box->isVisible());
}

void TestUserDialog::cancelChangesNothing()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const User richard = addUser(f, u"richard@example.com"_s, u"Richard Hendricks"_s, {});
    UserDialog dialog(f.service.get(), richard.id, byDana());
    show(dialog);
    Form form(dialog);
    QTRY_VERIFY(!dialog.busy());
    QCOMPARE(form.phone->text(), QString()); // no phone stored: the field stays empty
    form.name->selectAll();
    QTest::keyClicks(form.name, u"Not Richard"_s);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(waitFor(f.service->findUser(richard.id))->fullName, u"Richard Hendricks"_s);
}

QTEST_MAIN(TestUserDialog)
#include "tst_userdialog.moc"
