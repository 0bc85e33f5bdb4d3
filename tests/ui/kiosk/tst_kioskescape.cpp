// Kiosk escape: what a person at the walk-up side can try with the keyboard and the mouse. Every Ctrl, Alt,
// Shift, Meta and Ctrl+Shift / Alt+Shift / Ctrl+Alt combination with every letter, digit and F-key, the bare
// F-keys, Escape, the menu bar keys (F10, Alt), Tab and Shift+Tab through every focus stop, every mnemonic,
// the context menu of every widget (right click, the Menu key, Shift+F10) and the window manager's close
// request; on the walk-up form, inside the verification dialog and inside the operator sign-in dialog.
// After each attempt: no operator page is current, visible or enabled, nobody is signed in, no window
// appeared but the dialogs that belong there (no file dialog, no menu), nothing was handed to the desktop
// (QDesktopServices) and no process was started; the kiosk is still full screen on the walk-up side.

#include "../UiTestHelpers.h"
#include "activity/ActivityPage.h"
#include "enroll/EnrollPage.h"
#include "mainwindow/MainWindow.h"
#include "operators/OperatorSession.h"
#include "operators/OperatorSignInDialog.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "signin/SignInPage.h"
#include "signin/VerificationDialog.h"
#include "users/UsersPage.h"

#include <QAbstractButton>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s; // the tutorial's: 830023 at the fixture's time

// Attempts made by the whole run, printed at the end (README's reliability figures).
int g_attempts = 0;

// Whatever the program asks the desktop to open (a link, a file, a folder) lands here instead.
class DesktopRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

// The processes this one started and that still run (children of every thread).
QStringList childProcesses()
{
    QStringList children;
    const QDir tasks(u"/proc/self/task"_s);
    const QStringList entries = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& task : entries) {
        QFile file(tasks.filePath(task + u"/children"_s));
        if (file.open(QIODevice::ReadOnly)) {
            children << QString::fromLatin1(file.readAll()).split(u' ', Qt::SkipEmptyParts);
        }
    }
    return children;
}

bool isInside(const QWidget* widget, const QWidget* ancestor)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w == ancestor) {
            return true;
        }
    }
    return false;
}

// Presses and releases `key` with `modifiers` at `window`, through the whole input path (shortcuts, focus,
// mnemonics) as the platform would; the text a keyboard gives letters and digits goes along.
void press(QWindow* window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QString text;
    if (key >= Qt::Key_A && key <= Qt::Key_Z) {
        const QChar letter(u'a' + (key - Qt::Key_A));
        text = (modifiers & Qt::ShiftModifier) ? letter.toUpper() : letter;
    } else if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        text = QChar(u'0' + (key - Qt::Key_0));
    }
    QTest::sendKeyEvent(QTest::Click, window, key, text, modifiers);
}

bool anyButtonDown()
{
    const QWidgetList widgets = QApplication::allWidgets();
    return std::ranges::any_of(widgets, [](QWidget* widget) {
        auto* button = qobject_cast<QAbstractButton*>(widget);
        return button && button->isDown();
    });
}

struct KeyAttempt
{
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
    QString name;
};

// Every combination a person could press: modifiers x (letters, digits, F-keys), then the single keys.
QList<KeyAttempt> everyKeyCombination()
{
    QList<Qt::Key> keys;
    for (int k = Qt::Key_A; k <= Qt::Key_Z; ++k) {
        keys << Qt::Key(k);
    }
    for (int k = Qt::Key_0; k <= Qt::Key_9; ++k) {
        keys << Qt::Key(k);
    }
    for (int k = Qt::Key_F1; k <= Qt::Key_F12; ++k) {
        keys << Qt::Key(k);
    }
    keys << Qt::Key_Plus << Qt::Key_Minus << Qt::Key_Equal << Qt::Key_Comma << Qt::Key_Period << Qt::Key_Slash
         << Qt::Key_Space << Qt::Key_Delete << Qt::Key_Insert << Qt::Key_Home << Qt::Key_End << Qt::Key_PageUp
         << Qt::Key_PageDown << Qt::Key_Print << Qt::Key_Tab << Qt::Key_Backtab << Qt::Key_Escape;
    const QList<Qt::KeyboardModifiers> modifierSets {
        Qt::ControlModifier,
        Qt::AltModifier,
        Qt::ShiftModifier,
        Qt::MetaModifier,
        Qt::ControlModifier | Qt::ShiftModifier,
        Qt::AltModifier | Qt::ShiftModifier,
        Qt::ControlModifier | Qt::AltModifier,
        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier,
    };
    QList<KeyAttempt> attempts;
    for (const Qt::KeyboardModifiers modifiers : modifierSets) {
        for (const Qt::Key key : std::as_const(keys)) {
            const QKeySequence sequence(QKeyCombination(modifiers, key));
            attempts.append({key, modifiers, sequence.toString()});
        }
    }
    // The bare keys a desktop gives meaning to (help, rename, menu bar, full screen, context menu...).
    for (int k = Qt::Key_F1; k <= Qt::Key_F12; ++k) {
        attempts.append({Qt::Key(k), Qt::NoModifier, QKeySequence(k).toString()});
    }
    for (const Qt::Key key :
         {Qt::Key_Menu, Qt::Key_Alt, Qt::Key_Meta, Qt::Key_Print, Qt::Key_Help, Qt::Key_Close, Qt::Key_Launch0,
          Qt::Key_Explorer, Qt::Key_OpenUrl, Qt::Key_Terminal, Qt::Key_Search, Qt::Key_HomePage}) {
        attempts.append({key, Qt::NoModifier, u"key 0x%1"_s.arg(int(key), 0, 16)});
    }
    return attempts;
}

} // namespace

class TestKioskEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void theChecksSeeAnEscape();
    void keysOnTheWalkUpForm();
    void keysInTheVerificationDialog();
    void keysInTheOperatorSignInDialog();
    void tabOrderStaysOnTheWalkUpSide();
    void contextMenusOpenNowhere();
    void menuBarIsUnreachable();
    void closingTheWindowIsRefused();
    void anAdministratorLeavesAndMayClose();

private:
    // What may be on screen besides the window: the dialogs the walk-up side opens itself.
    QList<const QWidget*> allowedWindows() const;
    void check(const QString& what);
    void closeStrayWindows();
    void pressEverything(const QString& state, const std::function<bool()>& stillThere,
                         const std::function<void()>& reopen, const std::function<void()>& settle);
    bool signInAsUser();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServiceFixture> m_f;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QList<QWidget*> m_startWindows;
    QStringList m_startChildren;
    DesktopRecorder m_desktop;
    QStringList m_problems;
    QString m_lastAttempt; // the key combination pressed last, for `settle`
};

void TestKioskEscape::initTestCase()
{
    for (const QString& scheme : {u"file"_s, u"http"_s, u"https"_s, u"mailto"_s, u"ftp"_s, u"tel"_s, u"sms"_s}) {
        QDesktopServices::setUrlHandler(scheme, &m_desktop, "open");
    }
}

void TestKioskEscape::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ServiceFixture::Options options;
    m_f = std::make_unique<ServiceFixture>(options);
    TFK_REQUIRE_FIXTURE(*m_f);
    tfk::test::firstAdmin(*m_f);
    // A walk-up user with two-factor, for the verification dialog.
    auto user = waitFor(m_f->service->createUser(
        {u"richard@example.com"_s, {}, u"Richard Hendricks"_s, u"+1 201 555 0123"_s, u"password123"_s}));
    QVERIFY(user);
    QVERIFY(waitFor(m_f->service->enableTwoFactor(user->id, u"830023"_s, kSecret, TwoFactorDelivery::TextMessage)));
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"kiosk.conf"_s));
    MainWindowContext context;
    context.service = m_f->service.get();
    context.clock = &m_f->clock;
    context.settings = m_settings.get();
    m_window = std::make_unique<MainWindow>(context);
    m_window->enterKioskMode({120});
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_startWindows.clear();
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible()) {
            m_startWindows << widget;
        }
    }
    m_startChildren = childProcesses();
    m_desktop.opened.clear();
    m_problems.clear();
    check(u"start"_s);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestKioskEscape::cleanup()
{
    if (m_window) {
        m_window->leaveKioskMode(); // a kiosk window refuses to close while nobody may leave it
        m_window->close();
    }
    m_window.reset();
    m_settings.reset();
    m_f.reset();
}

void TestKioskEscape::cleanupTestCase()
{
    qInfo("kiosk escape: %d attempts, none reached an operator screen, a file dialog, the desktop or a shell",
          g_attempts);
}

QList<const QWidget*> TestKioskEscape::allowedWindows() const
{
    QList<const QWidget*> allowed;
    // The operator sign-in asks for a name and a password; that is the one door, and it is locked.
    if (auto* dialog = m_window->operatorSignInDialog()) {
        allowed << dialog;
    }
    if (auto* dialog = m_window->signInPage()->verificationDialog()) {
        allowed << dialog;
    }
    return allowed;
}

void TestKioskEscape::check(const QString& what)
{
    ++g_attempts;
    QCoreApplication::processEvents();
    MainWindow& window = *m_window;
    const auto problem = [&](const QString& text) {
        m_problems << what + u": "_s + text;
    };
    if (window.currentPage() != MainWindow::SignInPageIndex || window.operatorSideShown()) {
        problem(u"an operator page became current"_s);
    }
    if (window.session()->isSignedIn()) {
        problem(u"an operator is signed in"_s);
    }
    auto* operatorSide = window.findChild<QWidget*>(u"operatorSide"_s);
    if (operatorSide->isEnabled() || operatorSide->isVisible()) {
        problem(u"the operator side is enabled or visible"_s);
    }
    const QList<QWidget*> pages {window.enrollPage(), window.usersPage(), window.activityPage(), window.settingsPage()};
    for (QWidget* page : pages) {
        if (page && (page->isVisible() || page->isEnabled())) {
            problem(page->objectName() + u" is visible or enabled"_s);
        }
    }
    if (QApplication::focusWidget() && isInside(QApplication::focusWidget(), operatorSide)) {
        problem(u"focus went to "_s + QApplication::focusWidget()->objectName());
    }
    if (!window.isVisible() || !window.isFullScreen() || !window.inKioskMode()) {
        problem(u"the kiosk window is no longer full screen in kiosk mode"_s);
    }
    const QList<const QWidget*> allowed = allowedWindows();
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && !m_startWindows.contains(widget) && !allowed.contains(widget)) {
            problem(u"a window appeared: "_s + QString::fromLatin1(widget->metaObject()->className()) + u' '
                    + widget->objectName());
        }
        if (!widget->findChildren<QFileDialog*>().isEmpty() || qobject_cast<QFileDialog*>(widget)) {
            problem(u"a file dialog exists"_s);
        }
    }
    if (QApplication::activePopupWidget()) {
        problem(u"a popup opened: "_s
                + QString::fromLatin1(QApplication::activePopupWidget()->metaObject()->className()));
    }
    if (!m_desktop.opened.isEmpty()) {
        problem(u"the desktop was asked to open "_s + m_desktop.opened.constFirst().toString());
        m_desktop.opened.clear();
    }
    if (childProcesses() != m_startChildren) {
        problem(u"a process was started: "_s + childProcesses().join(u' '));
    }
}

void TestKioskEscape::closeStrayWindows()
{
    while (QWidget* popup = QApplication::activePopupWidget()) {
        popup->close();
    }
    const QList<const QWidget*> allowed = allowedWindows();
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && !m_startWindows.contains(widget) && !allowed.contains(widget)) {
            widget->close();
        }
    }
    QCoreApplication::processEvents();
}

// Presses every combination at the window that has the focus, checking after each; `stillThere` says whether
// the state under test (a dialog) is still open, `reopen` brings it back when a key closed it, `settle` puts
// the focus back where the next key starts from.
void TestKioskEscape::pressEverything(const QString& state, const std::function<bool()>& stillThere,
                                      const std::function<void()>& reopen, const std::function<void()>& settle)
{
    const QList<KeyAttempt> attempts = everyKeyCombination();
    int reopened = 0;
    for (const KeyAttempt& attempt : attempts) {
        if (!stillThere()) {
            QVERIFY2(reopen, qPrintable(state + u": closed before "_s + attempt.name));
            reopen();
            ++reopened;
            QVERIFY2(stillThere(), qPrintable(state + u": could not be opened again"_s));
        }
        QWindow* target = QGuiApplication::focusWindow() ? QGuiApplication::focusWindow() : m_window->windowHandle();
        m_lastAttempt = attempt.name;
        press(target, attempt.key, attempt.modifiers);
        // A mnemonic presses its button for a moment (animateClick): the click belongs to this key.
        QTRY_VERIFY_WITH_TIMEOUT(!anyButtonDown(), 2000);
        check(state + u", "_s + attempt.name);
        closeStrayWindows();
        if (m_window->zoom() != 100) {
            m_window->setZoom(100); // Ctrl+plus and Ctrl+minus zoom: allowed, and undone for the next key
        }
        if (stillThere()) {
            settle();
        }
    }
    if (reopened > 0) {
        qInfo("%s: reopened %d time(s) after a key closed it", qPrintable(state), reopened);
    }
}

bool TestKioskEscape::signInAsUser()
{
    SignInPage* page = m_window->signInPage();
    page->reset();
    auto* login = page->findChild<QLineEdit*>(u"loginIdEdit"_s);
    auto* password = page->findChild<QLineEdit*>(u"passwordEdit"_s);
    QTest::keyClicks(login, u"richard@example.com"_s);
    QTest::keyClicks(password, u"password123"_s);
    QTest::keyClick(password, Qt::Key_Return);
    return QTest::qWaitFor([page] { return page->verificationDialog() && page->verificationDialog()->isVisible(); });
}

// The checks themselves can fail: a started process, a file dialog, a URL for the desktop and an operator page
// are each reported.
void TestKioskEscape::theChecksSeeAnEscape()
{
    QProcess shell;
    shell.start(u"sleep"_s, {u"30"_s});
    QVERIFY(shell.waitForStarted());
    QDesktopServices::openUrl(QUrl::fromLocalFile(u"/"_s));
    auto* files = new QFileDialog(m_window.get());
    files->show();
    const Operator admin = tfk::test::firstAdmin(*m_f);
    m_window->signIn(admin);
    check(u"self-test"_s);
    const QString found = m_problems.join(u'\n');
    for (const QString& expected :
         {u"a process was started"_s, u"the desktop was asked to open file:///"_s, u"a file dialog exists"_s,
          u"an operator page became current"_s, u"an operator is signed in"_s}) {
        QVERIFY2(found.contains(expected), qPrintable(expected + u" not in:\n"_s + found));
    }
    shell.kill();
    shell.waitForFinished();
    delete files;
    m_window->lock();
    m_problems.clear();
    --g_attempts; // not an attempt
}

void TestKioskEscape::keysOnTheWalkUpForm()
{
    auto* login = m_window->signInPage()->findChild<QLineEdit*>(u"loginIdEdit"_s);
    login->setFocus();
    QStringList openedSignIn;
    pressEverything(
        u"walk-up form"_s, [] { return true; }, {},
        [&] {
            // The operator sign-in may open (it asks for a password); the next key starts from the form again.
            if (auto* dialog = m_window->operatorSignInDialog()) {
                const bool leave = dialog->purpose() == OperatorSignInDialog::Purpose::LeaveKiosk;
                openedSignIn << m_lastAttempt + (leave ? u": leave kiosk mode"_s : u": sign in"_s);
                dialog->reject();
                QTRY_VERIFY(!m_window->operatorSignInDialog());
            }
            m_window->activateWindow();
            login->setFocus();
        });
    // The button's mnemonic, its shortcut, and the administrator's way out of kiosk mode: nothing else, and each
    // asks for a name and a password.
    QCOMPARE(openedSignIn,
             (QStringList {u"Alt+O: sign in"_s, u"Ctrl+Shift+O: sign in"_s, u"Ctrl+Shift+Q: leave kiosk mode"_s}));
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestKioskEscape::keysInTheVerificationDialog()
{
    QVERIFY(signInAsUser());
    auto* code = m_window->signInPage()->verificationDialog()->findChild<QLineEdit*>(u"verificationCodeEdit"_s);
    QVERIFY(code);
    code->setFocus();
    SignInPage* page = m_window->signInPage();
    pressEverything(
        u"verification dialog"_s,
        [page] { return page->verificationDialog() && page->verificationDialog()->isVisible(); },
        [this] { signInAsUser(); },
        [page] {
            page->verificationDialog()->activateWindow();
            page->verificationDialog()->findChild<QLineEdit*>(u"verificationCodeEdit"_s)->setFocus();
        });
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestKioskEscape::keysInTheOperatorSignInDialog()
{
    MainWindow* window = m_window.get();
    const auto open = [window] {
        window->openOperatorSignIn();
        return QTest::qWaitFor(
            [window] { return window->operatorSignInDialog() && window->operatorSignInDialog()->isVisible(); });
    };
    QVERIFY(open());
    // A wrong password first: the dialog stays, nobody is signed in.
    QTest::keyClicks(window->operatorSignInDialog()->findChild<QLineEdit*>(u"operatorNameEdit"_s), u"admin"_s);
    auto* password = window->operatorSignInDialog()->findChild<QLineEdit*>(u"operatorPasswordEdit"_s);
    QTest::keyClicks(password, u"not the password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    check(u"operator sign-in, wrong password"_s);
    password->setFocus();
    pressEverything(
        u"operator sign-in dialog"_s,
        [window] { return window->operatorSignInDialog() && window->operatorSignInDialog()->isVisible(); },
        [open] { open(); },
        [window] {
            window->operatorSignInDialog()->activateWindow();
            window->operatorSignInDialog()->findChild<QLineEdit*>(u"operatorPasswordEdit"_s)->setFocus();
        });
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestKioskEscape::tabOrderStaysOnTheWalkUpSide()
{
    auto* login = m_window->signInPage()->findChild<QLineEdit*>(u"loginIdEdit"_s);
    login->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), login);
    // The walk-up side's focus stops, in order: the two fields, Sign in, Operator sign-in; then round again.
    const QStringList expected {u"passwordEdit"_s, u"signInButton"_s, u"operatorSignInOpenButton"_s, u"loginIdEdit"_s};
    QStringList forward;
    for (int i = 0; i < expected.size() * 3; ++i) {
        QTest::keyClick(m_window->windowHandle(), Qt::Key_Tab);
        forward << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"(none)"_s);
        check(u"Tab %1"_s.arg(i + 1));
    }
    QCOMPARE(forward.mid(0, expected.size()), expected);
    QCOMPARE(forward.mid(expected.size(), expected.size()), expected);
    QStringList backward;
    for (int i = 0; i < expected.size() * 3; ++i) {
        QTest::keyClick(m_window->windowHandle(), Qt::Key_Backtab);
        backward << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"(none)"_s);
        check(u"Shift+Tab %1"_s.arg(i + 1));
    }
    const QStringList expectedBack {u"operatorSignInOpenButton"_s, u"signInButton"_s, u"passwordEdit"_s,
                                    u"loginIdEdit"_s};
    QCOMPARE(backward.mid(0, expectedBack.size()), expectedBack);
    qInfo("Tab order of the walk-up side: loginIdEdit, %s", qPrintable(forward.mid(0, expected.size()).join(u", "_s)));
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestKioskEscape::contextMenusOpenNowhere()
{
    // Every widget a person can see: the walk-up side, the status bar, the window itself; then the dialogs.
    const auto tryAll = [this](QWidget* root, const QString& state) {
        QList<QWidget*> widgets {root};
        widgets << root->findChildren<QWidget*>();
        int tried = 0;
        for (QWidget* widget : std::as_const(widgets)) {
            if (!widget->isVisible() || !widget->isEnabled() || widget->isHidden()) {
                continue;
            }
            const QString name
                = state + u" "_s + QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
            const QPoint centre = widget->rect().center();
            QTest::mouseClick(widget, Qt::RightButton, {}, centre);
            check(name + u", right click"_s);
            closeStrayWindows();
            if (widget->focusPolicy() != Qt::NoFocus) {
                widget->setFocus();
                QTest::keyClick(widget->window()->windowHandle(), Qt::Key_Menu);
                check(name + u", Menu key"_s);
                closeStrayWindows();
                QTest::keyClick(widget->window()->windowHandle(), Qt::Key_F10, Qt::ShiftModifier);
                check(name + u", Shift+F10"_s);
                closeStrayWindows();
            }
            // What a touch screen's long press or a mouse driver sends, straight to the widget.
            QContextMenuEvent mouse(QContextMenuEvent::Mouse, centre, widget->mapToGlobal(centre));
            QApplication::sendEvent(widget, &mouse);
            QContextMenuEvent keyboard(QContextMenuEvent::Keyboard, centre, widget->mapToGlobal(centre));
            QApplication::sendEvent(widget, &keyboard);
            check(name + u", context menu event"_s);
            closeStrayWindows();
            ++tried;
        }
        return tried;
    };
    QVERIFY(tryAll(m_window.get(), u"walk-up side"_s) >= 6);
    QVERIFY(signInAsUser());
    QVERIFY(tryAll(m_window->signInPage()->verificationDialog(), u"verification dialog"_s) >= 4);
    m_window->signInPage()->reset();
    m_window->openOperatorSignIn();
    QTRY_VERIFY(m_window->operatorSignInDialog() && m_window->operatorSignInDialog()->isVisible());
    QVERIFY(tryAll(m_window->operatorSignInDialog(), u"operator sign-in"_s) >= 4);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestKioskEscape::menuBarIsUnreachable()
{
    QMenuBar* bar = m_window->menuBar();
    QVERIFY(!bar->isVisible());
    m_window->signInPage()->findChild<QLineEdit*>(u"loginIdEdit"_s)->setFocus();
    // F10 and a lone Alt (menu bar focus on some styles), then Alt + each menu's mnemonic.
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F10);
    check(u"F10"_s);
    QTest::keyPress(m_window->windowHandle(), Qt::Key_Alt);
    QTest::keyRelease(m_window->windowHandle(), Qt::Key_Alt);
    check(u"Alt"_s);
    QTest::keyClick(m_window->windowHandle(), Qt::Key_Down);
    check(u"Alt, Down"_s);
    QVERIFY(!bar->activeAction());
    const QList<QAction*> menus = bar->actions();
    QVERIFY(!menus.isEmpty());
    for (QAction* menu : menus) {
        const QString text = menu->text();
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0, qPrintable(text));
        const QChar letter = text.at(amp + 1).toUpper();
        QTest::keyClick(m_window->windowHandle(), Qt::Key(letter.unicode()), Qt::AltModifier);
        check(u"Alt+"_s + letter);
        QVERIFY(!bar->activeAction());
        closeStrayWindows();
    }
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestKioskEscape::closingTheWindowIsRefused()
{
    // What the window manager's close (Alt+F4, a title bar that is not there) sends: the kiosk stays.
    QVERIFY(!m_window->close());
    check(u"close request"_s);
    QVERIFY(m_window->isVisible());
    // A helpdesk operator signed in may not close it either: leaving kiosk mode takes an administrator.
    const Operator helpdesk = tfk::test::addOperator(*m_f, u"dana"_s, OperatorRole::Helpdesk);
    m_window->signIn(helpdesk);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    m_window->lock();
    check(u"close request while a helpdesk operator was signed in"_s);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestKioskEscape::anAdministratorLeavesAndMayClose()
{
    // The way out for whom it is meant: Ctrl+Shift+Q and an administrator's sign-in.
    QTest::keyClick(m_window->windowHandle(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->operatorSignInDialog() && m_window->operatorSignInDialog()->isVisible());
    OperatorSignInDialog* dialog = m_window->operatorSignInDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"operatorNameEdit"_s), u"admin"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"operatorPasswordEdit"_s), tfk::test::kOperatorPassword);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"operatorSignInButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->inKioskMode());
    QVERIFY(m_window->session()->isSignedIn());
    QVERIFY(m_window->close());
}

QTEST_MAIN(TestKioskEscape)
#include "tst_kioskescape.moc"
