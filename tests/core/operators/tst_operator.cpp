// Roles and what they allow: helpdesk enrolls, manages users, resets lost phones and reads the
// activity; admin also manages settings, operators and API keys; a disabled operator may do nothing.

#include "operators/Operator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

Q_DECLARE_METATYPE(tfk::OperatorPermission)

class TestOperator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void permissions_data();
    void permissions();
    void disabledOperatorsMayDoNothing();
    void roleNames();
};

void TestOperator::permissions_data()
{
    QTest::addColumn<OperatorPermission>("permission");
    QTest::addColumn<bool>("helpdesk");
    QTest::addColumn<bool>("admin");
    QTest::newRow("enroll") << OperatorPermission::Enroll << true << true;
    QTest::newRow("users") << OperatorPermission::ManageUsers << true << true;
    QTest::newRow("lost phone") << OperatorPermission::LostPhoneReset << true << true;
    QTest::newRow("activity") << OperatorPermission::ViewActivity << true << true;
    QTest::newRow("settings") << OperatorPermission::ManageSettings << false << true;
    QTest::newRow("operators") << OperatorPermission::ManageOperators << false << true;
    QTest::newRow("api keys") << OperatorPermission::ManageApiKeys << false << true;
}

void TestOperator::permissions()
{
    QFETCH(OperatorPermission, permission);
    QFETCH(bool, helpdesk);
    QFETCH(bool, admin);
    QCOMPARE(OperatorRoles::allows(OperatorRole::Helpdesk, permission), helpdesk);
    QCOMPARE(OperatorRoles::allows(OperatorRole::Admin, permission), admin);
    Operator op;
    op.role = OperatorRole::Helpdesk;
    QCOMPARE(op.can(permission), helpdesk);
    op.role = OperatorRole::Admin;
    QCOMPARE(op.can(permission), admin);
}

void TestOperator::disabledOperatorsMayDoNothing()
{
    Operator admin;
    admin.role = OperatorRole::Admin;
    QVERIFY(admin.canManageSettings());
    QVERIFY(admin.canManageOperators());
    QVERIFY(admin.canManageApiKeys());
    QVERIFY(admin.canResetLostPhone());
    admin.disabled = true;
    QVERIFY(!admin.canManageSettings());
    QVERIFY(!admin.can(OperatorPermission::Enroll));
    Operator helpdesk;
    QVERIFY(!helpdesk.canManageSettings()); // the default role is the smaller one
    QVERIFY(helpdesk.canResetLostPhone());
}

void TestOperator::roleNames()
{
    QCOMPARE(OperatorRoles::name(OperatorRole::Admin), u"admin"_s);
    QCOMPARE(OperatorRoles::name(OperatorRole::Helpdesk), u"helpdesk"_s);
    QCOMPARE(OperatorRoles::fromName(u"admin"_s), OperatorRole::Admin);
    QCOMPARE(OperatorRoles::fromName(u" HelpDesk "_s), OperatorRole::Helpdesk);
    QVERIFY(!OperatorRoles::fromName(u"root"_s).has_value());
    QVERIFY(!OperatorRoles::fromName(QString()).has_value());
    QCOMPARE(OperatorRoles::displayName(OperatorRole::Admin), u"Administrator"_s);
    QCOMPARE(OperatorRoles::displayName(OperatorRole::Helpdesk), u"Helpdesk"_s);
}

QTEST_GUILESS_MAIN(TestOperator)
#include "tst_operator.moc"
