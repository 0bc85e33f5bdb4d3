#include "mainwindow/MainWindow.h"
#include "users/UsersPage.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTitleIconAndUsersPage();
    void usersViewIsHonestlyEmpty();
    void searchFieldIsReachableByKeyboard();
};

void TestMainWindow::showsTitleIconAndUsersPage()
{
    tfk::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"TwoFactorKiosk"_s);
    QVERIFY2(!window.windowIcon().isNull(), "the SVG icon did not load (resources or the SVG plugin missing)");

    auto* navigation = window.findChild<QListWidget*>(u"navigationList"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 1);
    QCOMPARE(navigation->item(0)->text(), u"Users"_s);
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget(), window.usersPage());
}

void TestMainWindow::usersViewIsHonestlyEmpty()
{
    tfk::MainWindow window;
    window.show();
    auto* table = window.findChild<QTableView*>(u"usersTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(table->model()->columnCount(), int(tfk::UsersPage::ColumnCount));
    QCOMPARE(table->model()->headerData(tfk::UsersPage::PhoneColumn, Qt::Horizontal).toString(), u"Mobile phone"_s);
    auto* empty = window.findChild<QLabel*>(u"usersEmptyLabel"_s);
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"No users yet"_s));
}

void TestMainWindow::searchFieldIsReachableByKeyboard()
{
    tfk::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* search = window.findChild<QLineEdit*>(u"userSearchEdit"_s);
    QVERIFY(search);
    QCOMPARE(search->accessibleName(), u"Search users"_s);
    // Alt+S is the label's mnemonic.
    QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"0123"_s);
    QCOMPARE(search->text(), u"0123"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
