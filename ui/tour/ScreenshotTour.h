#pragma once

// Walks through the product the way a demo does (the walk-up side, the operator sign-in, enroll
// Richard and his recovery codes, sign him in with the texted code, the lost-phone dialog, the API view, a demo
// scenario) against the mock SMS sink, and saves a PNG of every screen and dialog on the way. For README screenshots
// and for looking at the UI after a change (scripts/screenshots).

#include "store/User.h"

#include <QDir>
#include <QObject>
#include <QPointer>

#include <functional>

namespace tfk {

class MainWindow;
class TwilioSink;
class TwoFactorService;

class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow* window, QWidget* phoneWindow, TwoFactorService* service, TwilioSink* sink,
                   const QString& directory, QObject* parent = nullptr);

    void start();
    const QStringList& saved() const { return m_saved; }

Q_SIGNALS:
    // ok false: the tour could not finish; `message` says where it stopped.
    void finished(bool ok, const QString& message);

private:
    using Step = std::function<void()>;
    void waitFor(const QString& what, std::function<bool()> condition, Step next, int timeoutMs = 15000);
    void grab(QWidget* widget, const QString& name);
    void fail(const QString& message);
    void showAllPages(int index, Step next);
    void operatorSignIn(Step next);
    void enroll(Step next);
    void enrollUser(const User& richard, Step next);
    void signIn(Step next);
    void lostPhone(Step next);
    // The API view after the enrollment and the sign-in.
    void apiView(Step next);
    // The window enlarged with the API view beside the screens (its list from the top, or at the newest entry).
    void grabWithApiView(const QString& name, bool fromTop, Step next);
    // The Demo menu's "Landline" scenario: the banner and what the Enroll screen says, then back to normal.
    void scenario(Step next);

    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_phoneWindow;
    TwoFactorService* m_service;
    TwilioSink* m_sink;
    QDir m_directory;
    QStringList m_saved;
    bool m_failed = false;
};

} // namespace tfk
