#include "ScreenshotTour.h"

#include "auth/TwoFactorService.h"
#include "common/Futures.h"
#include "enroll/EnrollPage.h"
#include "mainwindow/MainWindow.h"
#include "operators/OperatorSignInDialog.h"
#include "recovery/RecoveryCodesDialog.h"
#include "signin/SignInPage.h"
#include "signin/VerificationDialog.h"
#include "sms/sink/TwilioSink.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

const QString kDemoLogin = u"richard@example.com"_s;
const QString kDemoPassword = u"password123"_s;

QString lastCodeTo(TwilioSink* sink, const QString& e164)
{
    const QList<SinkMessage> messages = sink->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->to == e164) {
            return it->body.right(6);
        }
    }
    return {};
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, QWidget* phoneWindow, TwoFactorService* service, TwilioSink* sink,
                               const QString& directory, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_phoneWindow(phoneWindow)
    , m_service(service)
    , m_sink(sink)
    , m_directory(directory)
{
}

void ScreenshotTour::start()
{
    if (!m_directory.mkpath(u"."_s)) {
        fail(tr("Cannot create the folder %1.").arg(m_directory.path()));
        return;
    }
    if (!m_sink) {
        fail(tr("The screenshot tour needs the mock SMS sink (--mock-sms)."));
        return;
    }
    if (!m_window->demoOperator()) {
        fail(tr("The screenshot tour needs the demo administrator (--demo, without --kiosk)."));
        return;
    }
    // Let the windows appear and lay out first.
    QTimer::singleShot(600, this, [this] {
        operatorSignIn([this] {
            showAllPages(MainWindow::EnrollPageIndex, [this] {
                enroll([this] {
                    signIn([this] {
                        apiView([this] {
                            m_window->signInDemoOperator();
                            m_window->showPage(MainWindow::UsersPageIndex);
                            lostPhone([this] {
                                scenario([this] {
                                    m_window->showPage(MainWindow::UsersPageIndex);
                                    QTimer::singleShot(300, this, [this] {
                                        grab(m_window, u"users-after-tour"_s);
                                        m_window->showPage(MainWindow::ActivityPageIndex);
                                    });
                                    QTimer::singleShot(1200, this, [this] {
                                        grab(m_window, u"activity-after-tour"_s);
                                        Q_EMIT finished(!m_failed,
                                                        tr("%n screenshot(s) saved in %1.", "", int(m_saved.size()))
                                                            .arg(m_directory.absolutePath()));
                                    });
                                });
                            });
                        });
                    });
                });
            });
        });
    });
}

void ScreenshotTour::operatorSignIn(Step next)
{
    // The walk-up side as anybody sees it, then the operator's way in.
    m_window->lock();
    QTimer::singleShot(300, this, [this, next] {
        grab(m_window, u"walkup-side"_s);
        m_window->openOperatorSignIn();
        waitFor(
            tr("the operator sign-in dialog"),
            [this] { return m_window->operatorSignInDialog() && m_window->operatorSignInDialog()->isVisible(); },
            [this, next] {
                OperatorSignInDialog* dialog = m_window->operatorSignInDialog();
                dialog->findChild<QLineEdit*>(u"operatorNameEdit"_s)->setText(m_window->demoOperator()->account.name);
                dialog->findChild<QLineEdit*>(u"operatorPasswordEdit"_s)->setText(u"not-the-password"_s);
                dialog->findChild<QPushButton*>(u"operatorSignInButton"_s)->click();
                auto* error = dialog->findChild<QLabel*>(u"operatorSignInErrorLabel"_s);
                waitFor(
                    tr("the operator sign-in answer"), [error] { return !error->text().isEmpty(); },
                    [this, dialog, next] {
                        grab(dialog, u"operator-signin"_s);
                        dialog->reject();
                        m_window->signInDemoOperator();
                        next();
                    });
            });
    });
}

void ScreenshotTour::fail(const QString& message)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    Q_EMIT finished(false, message);
}

void ScreenshotTour::grab(QWidget* widget, const QString& name)
{
    const QString path = m_directory.filePath(name % u".png"_s);
    if (!widget || !widget->grab().save(path, "PNG")) {
        fail(tr("Cannot write %1.").arg(path));
        return;
    }
    m_saved << path;
}

void ScreenshotTour::waitFor(const QString& what, std::function<bool()> condition, Step next, int timeoutMs)
{
    auto* timer = new QTimer(this);
    auto deadline = std::make_shared<QDeadlineTimer>(timeoutMs);
    connect(timer, &QTimer::timeout, this, [this, timer, deadline, what, condition, next] {
        if (m_failed) {
            timer->deleteLater();
            return;
        }
        if (condition()) {
            timer->deleteLater();
            next();
        } else if (deadline->hasExpired()) {
            timer->deleteLater();
            fail(tr("The tour stopped waiting for: %1").arg(what));
        }
    });
    timer->start(50);
}

void ScreenshotTour::showAllPages(int index, Step next)
{
    if (index > MainWindow::SettingsPageIndex || !m_window->showPage(index)) {
        next();
        return;
    }
    QTimer::singleShot(300, this, [this, index, next] {
        grab(m_window, m_window->findChild<QStackedWidget*>(u"pages"_s)->currentWidget()->objectName());
        showAllPages(index + 1, next);
    });
}

void ScreenshotTour::enroll(Step next)
{
    whenFinished(m_service->findUserByLoginId(kDemoLogin), this, [this, next](const Result<std::optional<User>>& user) {
        if (!m_window) {
            return;
        }
        if (!user || !*user) {
            fail(tr("The demo user %1 is missing (start with --demo).").arg(kDemoLogin));
            return;
        }
        if ((*user)->twoFactorEnabled) {
            next(); // enrolled in an earlier run
            return;
        }
        enrollUser(**user, next);
    });
}

void ScreenshotTour::enrollUser(const User& richard, Step next)
{
    m_window->enrollPage()->selectUser(richard.id);
    m_window->showPage(MainWindow::EnrollPageIndex);
    auto* send = m_window->findChild<QPushButton*>(u"sendCodeButton"_s);
    auto* status = m_window->findChild<QLabel*>(u"sendStatusLabel"_s);
    waitFor(
        tr("the send button"), [send] { return send->isEnabled(); },
        [=, this] {
            send->click();
            waitFor(
                tr("the delivery report"), [status] { return status->text().endsWith(EnrollPage::tr("delivered")); },
                [=, this] {
                    if (m_phoneWindow) {
                        grab(m_phoneWindow, u"phone"_s);
                    }
                    auto* code = m_window->findChild<QLineEdit*>(u"enrollCodeEdit"_s);
                    code->setText(lastCodeTo(m_sink, richard.mobilePhone));
                    grab(m_window, u"enroll-code-sent"_s);
                    m_window->findChild<QPushButton*>(u"enableButton"_s)->click();
                    auto* success = m_window->findChild<QLabel*>(u"enrollSuccessLabel"_s);
                    waitFor(
                        tr("the recovery codes"),
                        [this] {
                            auto* codes = m_window->findChild<RecoveryCodesDialog*>();
                            return codes && codes->isVisible();
                        },
                        [=, this] {
                            auto* codes = m_window->findChild<RecoveryCodesDialog*>();
                            grab(codes, u"recovery-codes"_s);
                            codes->accept();
                            waitFor(
                                tr("two-factor to be enabled"), [success] { return success->isVisible(); },
                                [=, this] {
                                    grab(m_window, u"enroll-done"_s);
                                    next();
                                });
                        });
                });
        });
}

void ScreenshotTour::signIn(Step next)
{
    m_window->signInPage()->reset();
    m_window->lock();
    m_window->findChild<QLineEdit*>(u"loginIdEdit"_s)->setText(kDemoLogin);
    m_window->findChild<QLineEdit*>(u"passwordEdit"_s)->setText(kDemoPassword);
    const qsizetype textsBefore = m_sink->messages().size();
    m_window->findChild<QPushButton*>(u"signInButton"_s)->click();
    waitFor(
        tr("the verification dialog and its text"),
        [this, textsBefore] {
            return m_window->signInPage()->verificationDialog() && m_sink->messages().size() > textsBefore;
        },
        [=, this] {
            VerificationDialog* dialog = m_window->signInPage()->verificationDialog();
            grab(dialog, u"verification-dialog"_s);
            if (m_phoneWindow) {
                grab(m_phoneWindow, u"phone-login-code"_s);
            }
            // The dialog is the context: closed meanwhile, nothing is typed into it.
            whenFinished(m_service->findUserByLoginId(kDemoLogin), dialog,
                         [=, this](const Result<std::optional<User>>& user) {
                             dialog->findChild<QLineEdit*>(u"verificationCodeEdit"_s)
                                 ->setText(lastCodeTo(m_sink, (user && *user) ? (*user)->mobilePhone : QString()));
                             dialog->findChild<QPushButton*>(u"verifyButton"_s)->click();
                             waitFor(
                                 tr("the welcome page"),
                                 [this] { return !m_window->findChild<QLabel*>(u"welcomeLabel"_s)->text().isEmpty(); },
                                 [=, this] {
                                     grab(m_window, u"signed-in"_s);
                                     next();
                                 });
                         });
        });
}

void ScreenshotTour::lostPhone(Step next)
{
    whenFinished(m_service->findUserByLoginId(kDemoLogin), this, [this, next](const Result<std::optional<User>>& user) {
        if (!m_window || !user || !*user) {
            next();
            return;
        }
        const QString id = (*user)->id;
        waitFor(
            tr("Richard in the users table"),
            [this, id] {
                m_window->usersPage()->selectUser(id);
                auto* button = m_window->findChild<QPushButton*>(u"lostPhoneButton"_s);
                return button && button->isEnabled();
            },
            [this, next] {
                m_window->findChild<QPushButton*>(u"lostPhoneButton"_s)->click();
                waitFor(
                    tr("the lost-phone dialog"),
                    [this] {
                        auto* dialog = m_window->findChild<QDialog*>(u"lostPhoneDialog"_s);
                        return dialog && dialog->isVisible();
                    },
                    [this, next] {
                        auto* dialog = m_window->findChild<QDialog*>(u"lostPhoneDialog"_s);
                        auto* method = dialog->findChild<QComboBox*>(u"lostPhoneMethodCombo"_s);
                        method->setCurrentIndex(1);
                        dialog->findChild<QLineEdit*>(u"lostPhoneReasonEdit"_s)
                            ->setText(tr("Phone stolen on the train; ticket 4711"));
                        QTimer::singleShot(200, this, [this, dialog, next] {
                            grab(dialog, u"lost-phone"_s);
                            dialog->reject();
                            next();
                        });
                    });
            });
    });
}

void ScreenshotTour::grabWithApiView(const QString& name, bool fromTop, Step next)
{
    // As a presenter shows it: the window as large as the screen allows, the view taking about half of it.
    const QSize before = m_window->size();
    m_window->resize(m_window->screen()->availableSize().boundedTo(QSize(1600, 1000)) - QSize(0, 60));
    m_window->setApiViewShown(true);
    QTimer::singleShot(400, this, [this, name, fromTop, before, next] {
        // Once the window has its new size, or the dock keeps the share it had of the old one.
        if (auto* dock = m_window->findChild<QDockWidget*>(u"apiViewDock"_s)) {
            m_window->resizeDocks({dock}, {m_window->width() * 9 / 20}, Qt::Horizontal);
        }
        QTimer::singleShot(300, this, [this, name, fromTop, before, next] {
            for (auto* list : m_window->findChildren<QListWidget*>()) {
                if (list->objectName() == u"apiExchangeList"_s || list->objectName() == u"twilioExchangeList"_s) {
                    list->doItemsLayout();
                    if (fromTop) {
                        list->scrollToTop();
                    } else {
                        list->scrollToBottom();
                    }
                }
            }
            grab(m_window, name);
            m_window->setApiViewShown(false);
            m_window->resize(before);
            next();
        });
    });
}

void ScreenshotTour::apiView(Step next)
{
    // After the enrollment and the sign-in: every step as its FusionAuth request, the Twilio requests below.
    grabWithApiView(u"api-view"_s, true, next);
}

void ScreenshotTour::scenario(Step next)
{
    whenFinished(m_service->findUserByLoginId(u"monica@example.com"_s), this,
                 [this, next](const Result<std::optional<User>>& user) {
                     if (!m_window || !user || !*user) {
                         next();
                         return;
                     }
                     m_window->chooseScenario(DemoScenario::Landline);
                     m_window->showPage(MainWindow::EnrollPageIndex);
                     EnrollPage* page = m_window->enrollPage();
                     page->selectUser((*user)->id);
                     waitFor(
                         tr("Monica on the Enroll screen"),
                         [page] {
                             auto* send = page->findChild<QPushButton*>(u"sendCodeButton"_s);
                             return send && send->isEnabled();
                         },
                         [this, page, next] {
                             page->findChild<QPushButton*>(u"sendCodeButton"_s)->click();
                             auto* status = page->findChild<QLabel*>(u"sendStatusLabel"_s);
                             waitFor(
                                 tr("Twilio's answer to the landline"),
                                 [status] { return status->text().contains(u"21614"_s); },
                                 [this, page, next] {
                                     grab(m_window, u"scenario-landline"_s);
                                     // The same moment in the API view: FusionAuth's 400 and Twilio's 21614 beneath it.
                                     grabWithApiView(u"scenario-landline-api-view"_s, false, [this, page, next] {
                                         m_window->chooseScenario(DemoScenario::Normal);
                                         page->reset();
                                         next();
                                     });
                                 });
                         });
                 });
}

} // namespace tfk
