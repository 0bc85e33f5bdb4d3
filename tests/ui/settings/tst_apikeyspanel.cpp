// Settings > API keys, for an administrator: a key is created under a name and shown once (with Copy), the list
// shows it active, revoking asks first and then marks it revoked; a helpdesk operator may do neither.

#include "../UiTestHelpers.h"
#include "operators/OperatorSession.h"
#include "settings/ApiKeysPanel.h"

#include <QClipboard>
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

template <typename T> T* openDialog(QWidget& parent, const QString& name)
{
    T* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = parent.findChild<T*>(name)) && dialog->isVisible(); })) {
        qFatal("no dialog %s", qPrintable(name));
    }
    return dialog;
}

} // namespace

class TestApiKeysPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createShowOnceAndRevoke();
    void helpdeskMayNot();
};

void TestApiKeysPanel::createShowOnceAndRevoke()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    OperatorSession session;
    session.signIn(admin);
    ApiKeysPanel panel(f.service.get(), &session);
    panel.show();
    auto* list = child<QTreeWidget>(panel, u"apiKeysList"_s);
    auto* name = child<QLineEdit>(panel, u"apiKeyNameEdit"_s);
    auto* create = child<QPushButton>(panel, u"createApiKeyButton"_s);
    auto* revoke = child<QPushButton>(panel, u"revokeApiKeyButton"_s);
    auto* state = child<QLabel>(panel, u"apiKeysStateLabel"_s);
    QTest::qWait(50);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!create->isEnabled()); // a key needs a name
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(name, u"intranet portal"_s);
    QVERIFY(create->isEnabled());
    QTest::keyClick(name, Qt::Key_Return);
    auto* shown = openDialog<QDialog>(panel, u"newApiKeyDialog"_s);
    QCOMPARE(shown->windowTitle(), u"New API key: intranet portal"_s);
    const QString key = child<QLineEdit>(*shown, u"newApiKeyEdit"_s)->text();
    QVERIFY(key.size() >= 32);
    QVERIFY(child<QLineEdit>(*shown, u"newApiKeyEdit"_s)->isReadOnly());
    QTest::mouseClick(child<QPushButton>(*shown, u"copyApiKeyButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLabel>(*shown, u"newApiKeyCopiedLabel"_s)->text(), u"Copied to the clipboard."_s);
    QCOMPARE(QApplication::clipboard()->text(), key);
    shown->reject();
    QCOMPARE(state->text(), u"The key intranet portal was created."_s);
    QCOMPARE(name->text(), QString());
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"intranet portal"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"Never"_s);
    QCOMPARE(list->topLevelItem(0)->text(3), u"Active"_s);
    QVERIFY(!list->topLevelItem(0)->text(1).isEmpty()); // created: a date
    // The key works until it is revoked; the list never shows it again.
    for (int column = 0; column < 4; ++column) {
        QVERIFY(!list->topLevelItem(0)->text(column).contains(key));
    }

    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    auto* confirm = openDialog<QMessageBox>(panel, u"revokeApiKeyConfirmBox"_s);
    QCOMPARE(confirm->text(),
             u"Revoke the key intranet portal? Programs using it are refused from now on; this cannot be undone."_s);
    QTest::mouseClick(child<QPushButton>(*confirm, u"revokeApiKeyConfirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(state->text(), u"The key intranet portal is revoked."_s);
    QTRY_VERIFY(list->topLevelItemCount() == 1 && list->topLevelItem(0)->text(3).startsWith(u"Revoked "_s));
    auto keys = waitFor(f.service->listApiKeys(admin));
    QVERIFY(keys && keys->size() == 1 && keys->first().revoked);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!revoke->isEnabled()); // revoked once is enough
}

void TestApiKeysPanel::helpdeskMayNot()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    QVERIFY(waitFor(f.service->createApiKey(admin, u"ci"_s)));
    const Operator dana = tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    OperatorSession session;
    session.signIn(dana);
    ApiKeysPanel panel(f.service.get(), &session);
    panel.show();
    auto* name = child<QLineEdit>(panel, u"apiKeyNameEdit"_s);
    QTest::keyClicks(name, u"mine"_s);
    QVERIFY(!child<QPushButton>(panel, u"createApiKeyButton"_s)->isEnabled());
    QTest::keyClick(name, Qt::Key_Return); // Return does nothing either
    QTest::qWait(50);
    QVERIFY(!panel.findChild<QDialog*>(u"newApiKeyDialog"_s));
    auto keys = waitFor(f.service->listApiKeys(admin));
    QVERIFY(keys);
    QCOMPARE(keys->size(), 1);
    // Signed out: nothing is read.
    session.lock();
    panel.reload();
    QVERIFY(!child<QPushButton>(panel, u"revokeApiKeyButton"_s)->isEnabled());
}

QTEST_MAIN(TestApiKeysPanel)
#include "tst_apikeyspanel.moc"
