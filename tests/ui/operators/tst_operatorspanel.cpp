// Settings > Operators, for an administrator: the list (login name, display name, role, status, last sign-in),
// adding a helpdesk operator, setting a password that then signs in, disabling one after a confirmation (the
// list says so and the operator can no longer sign in), disabling oneself locks the operator side; a helpdesk
// operator sees the list with every button off.

#include "../UiTestHelpers.h"
#include "operators/OperatorFormDialog.h"
#include "operators/OperatorSession.h"
#include "operators/OperatorsPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

template <typename T> T* child(QObject& parent, const QString& name)
{
    auto* object = parent.findChild<T*>(name);
    if (!object) {
        qFatal("no child %s", qPrintable(name));
    }
    return object;
}

// The rows as "name | display name | role | status | last sign-in".
QStringList rows(QTreeWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        QStringList cells;
        for (int column = 0; column < 5; ++column) {
            cells << item->text(column);
        }
        out << cells.join(u" | "_s);
    }
    return out;
}

void select(QTreeWidget* list, const QString& name)
{
    const QList<QTreeWidgetItem*> found = list->findItems(name, Qt::MatchExactly, 0);
    if (found.size() != 1) {
        qFatal("no row %s", qPrintable(name));
    }
    list->setCurrentItem(found.first());
}

template <typename T> T* openDialog(QWidget& parent, const QString& name)
{
    T* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = parent.findChild<T*>(name)) && dialog->isVisible(); })) {
        qFatal("no dialog %s", qPrintable(name));
    }
    return dialog;
}

} // namespace

class TestOperatorsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheOperators();
    void addsAHelpdeskOperator();
    void setsAPassword();
    void disablesAfterAConfirmation();
    void disablingOneselfLocks();
    void helpdeskOnlyLooks();
};

void TestOperatorsPanel::listsTheOperators()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    QVERIFY(waitFor(f.service->signInOperator(u"admin"_s, tfk::test::kOperatorPassword, {})));
    OperatorSession session;
    session.signIn(admin);
    OperatorsPanel panel(f.service.get(), &session);
    panel.show(); // reads the list
    auto* list = child<QTreeWidget>(panel, u"operatorsList"_s);
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    const QStringList listed = rows(list);
    QVERIFY2(listed.contains(u"dana | DANA | Helpdesk | Active | Never"_s), qPrintable(listed.join(u'\n')));
    const QString adminRow = listed.filter(u"admin | "_s).value(0);
    QVERIFY2(adminRow.startsWith(u"admin | Alex Admin | Administrator | Active | "_s), qPrintable(adminRow));
    QVERIFY(!adminRow.endsWith(u"Never"_s)); // signed in above
    QCOMPARE(child<QLabel>(panel, u"operatorsStateLabel"_s)->text(), u"Operators: 2"_s);
    // Nothing selected: only Add.
    QVERIFY(child<QPushButton>(panel, u"addOperatorButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(panel, u"disableOperatorButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(panel, u"setOperatorPasswordButton"_s)->isEnabled());
    select(list, u"dana"_s);
    QVERIFY(child<QPushButton>(panel, u"disableOperatorButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(panel, u"setOperatorPasswordButton"_s)->isEnabled());
    // Reading again keeps the selection.
    panel.reload();
    QTest::qWait(0);
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->currentItem()->text(0), u"dana"_s);
}

void TestOperatorsPanel::addsAHelpdeskOperator()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    OperatorSession session;
    session.signIn(admin);
    OperatorsPanel panel(f.service.get(), &session);
    panel.show();
    auto* list = child<QTreeWidget>(panel, u"operatorsList"_s);
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QTest::mouseClick(child<QPushButton>(panel, u"addOperatorButton"_s), Qt::LeftButton);
    auto* dialog = openDialog<OperatorFormDialog>(panel, u"addOperatorDialog"_s);
    QCOMPARE(dialog->windowTitle(), u"Add an operator"_s);
    QTest::keyClicks(child<QLineEdit>(*dialog, u"operatorFormNameEdit"_s), u"jian"_s);
    QTest::keyClicks(child<QLineEdit>(*dialog, u"operatorFormDisplayNameEdit"_s), u"Jian Yang"_s);
    auto* role = child<QComboBox>(*dialog, u"operatorFormRoleCombo"_s);
    QCOMPARE(role->currentText(), u"Helpdesk"_s); // the least power first
    QTest::keyClicks(child<QLineEdit>(*dialog, u"operatorFormPasswordEdit"_s), u"new internet 2025"_s);
    QTest::keyClicks(child<QLineEdit>(*dialog, u"operatorFormConfirmEdit"_s), u"new internet 2025"_s);
    QTest::mouseClick(child<QPushButton>(*dialog, u"operatorFormSaveButton"_s), Qt::LeftButton);
    auto* state = child<QLabel>(panel, u"operatorsStateLabel"_s);
    QTRY_COMPARE(state->text(), u"jian was added as Helpdesk."_s);
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QVERIFY(rows(list).contains(u"jian | Jian Yang | Helpdesk | Active | Never"_s));
    auto signedIn = waitFor(f.service->signInOperator(u"jian"_s, u"new internet 2025"_s, {}));
    QVERIFY(signedIn);
    QCOMPARE(signedIn->role, OperatorRole::Helpdesk);
}

void TestOperatorsPanel::setsAPassword()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    OperatorSession session;
    session.signIn(admin);
    OperatorsPanel panel(f.service.get(), &session);
    panel.show();
    auto* list = child<QTreeWidget>(panel, u"operatorsList"_s);
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    select(list, u"dana"_s);
    QTest::mouseClick(child<QPushButton>(panel, u"setOperatorPasswordButton"_s), Qt::LeftButton);
    auto* dialog = openDialog<OperatorFormDialog>(panel, u"operatorPasswordDialog"_s);
    QCOMPARE(dialog->windowTitle(), u"Set the password of dana"_s);
    QVERIFY(!dialog->findChild<QLineEdit*>(u"operatorFormNameEdit"_s)); // the name is not for changing here
    QTest::keyClicks(child<QLineEdit>(*dialog, u"operatorFormPasswordEdit"_s), u"tabs not spaces"_s);
    QTest::keyClicks(child<QLineEdit>(*dialog, u"operatorFormConfirmEdit"_s), u"tabs not spaces"_s);
    QTest::mouseClick(child<QPushButton>(*dialog, u"operatorFormSaveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(panel, u"operatorsStateLabel"_s)->text(), u"The password of dana was set."_s);
    QVERIFY(waitFor(f.service->signInOperator(u"dana"_s, u"tabs not spaces"_s, {})));
    QVERIFY(!waitFor(f.service->signInOperator(u"dana"_s, tfk::test::kOperatorPassword, {})));
}

void TestOperatorsPanel::disablesAfterAConfirmation()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    OperatorSession session;
    session.signIn(admin);
    OperatorsPanel panel(f.service.get(), &session);
    panel.show();
    auto* list = child<QTreeWidget>(panel, u"operatorsList"_s);
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    select(list, u"dana"_s);
    // Cancelled first: nothing happens.
    QTest::mouseClick(child<QPushButton>(panel, u"disableOperatorButton"_s), Qt::LeftButton);
    auto* confirm = openDialog<QMessageBox>(panel, u"disableOperatorConfirmBox"_s);
    QCOMPARE(confirm->text(), u"Disable dana? dana cannot sign in any more; the audit log keeps what dana did."_s);
    confirm->reject();
    QTRY_VERIFY(!panel.findChild<QMessageBox*>(u"disableOperatorConfirmBox"_s));
    QVERIFY(waitFor(f.service->signInOperator(u"dana"_s, tfk::test::kOperatorPassword, {})));
    // Confirmed.
    QTest::mouseClick(child<QPushButton>(panel, u"disableOperatorButton"_s), Qt::LeftButton);
    confirm = openDialog<QMessageBox>(panel, u"disableOperatorConfirmBox"_s);
    QTest::mouseClick(child<QPushButton>(*confirm, u"disableOperatorConfirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(panel, u"operatorsStateLabel"_s)->text(), u"dana is disabled."_s);
    QTRY_COMPARE(rows(list).filter(u"dana | DANA | Helpdesk | Disabled | "_s).size(), 1);
    // A disabled operator: neither disable nor a new password.
    select(list, u"dana"_s);
    QVERIFY(!child<QPushButton>(panel, u"disableOperatorButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(panel, u"setOperatorPasswordButton"_s)->isEnabled());
    QVERIFY(!waitFor(f.service->signInOperator(u"dana"_s, tfk::test::kOperatorPassword, {})));
    QVERIFY(session.isSignedIn()); // the admin stays
}

void TestOperatorsPanel::disablingOneselfLocks()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    tfk::test::firstAdmin(f);
    const Operator second = tfk::test::addOperator(f, u"bertram"_s, OperatorRole::Admin);
    OperatorSession session;
    session.signIn(second);
    OperatorsPanel panel(f.service.get(), &session);
    panel.show();
    auto* list = child<QTreeWidget>(panel, u"operatorsList"_s);
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    select(list, u"bertram"_s);
    QTest::mouseClick(child<QPushButton>(panel, u"disableOperatorButton"_s), Qt::LeftButton);
    auto* confirm = openDialog<QMessageBox>(panel, u"disableOperatorConfirmBox"_s);
    QTest::mouseClick(child<QPushButton>(*confirm, u"disableOperatorConfirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!session.isSignedIn());
    QCOMPARE(child<QLabel>(panel, u"operatorsStateLabel"_s)->text(), u"bertram is disabled."_s);
}

void TestOperatorsPanel::helpdeskOnlyLooks()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator dana = tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    OperatorSession session;
    session.signIn(dana);
    OperatorsPanel panel(f.service.get(), &session);
    panel.show();
    auto* list = child<QTreeWidget>(panel, u"operatorsList"_s);
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    select(list, u"admin"_s);
    QVERIFY(!child<QPushButton>(panel, u"addOperatorButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(panel, u"disableOperatorButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(panel, u"setOperatorPasswordButton"_s)->isEnabled());
    // And without a service the panel stays empty rather than failing.
    OperatorsPanel empty(nullptr, &session);
    empty.reload();
    QCOMPARE(child<QTreeWidget>(empty, u"operatorsList"_s)->topLevelItemCount(), 0);
}

QTEST_MAIN(TestOperatorsPanel)
#include "tst_operatorspanel.moc"
