#pragma once

// What the GUI tests of the operator side share: operators made through the service (the first one an
// administrator, as at first run), and the dialogs on screen.

#include "FutureWait.h"
#include "ServiceFixture.h"

#include <QApplication>
#include <QDialog>
#include <QTest>

namespace tfk::test {

inline const QString kOperatorPassword = QStringLiteral("correct horse battery");

// The first administrator ("admin"), created when no operator exists yet.
inline Operator firstAdmin(ServiceFixture& f)
{
    auto listed = waitFor(f.service->listOperators());
    if (listed) {
        for (const Operator& account : std::as_const(*listed)) {
            if (account.role == OperatorRole::Admin && !account.disabled) {
                return account;
            }
        }
    }
    auto added = waitFor(f.service->addOperator(std::nullopt, QStringLiteral("admin"), QStringLiteral("Alex Admin"),
                                                kOperatorPassword, OperatorRole::Admin));
    if (!added) {
        qFatal("cannot add the first admin: %s", qPrintable(added.error().message));
    }
    return *added;
}

inline Operator addOperator(ServiceFixture& f, const QString& name, OperatorRole role)
{
    const Operator admin = firstAdmin(f);
    auto added = waitFor(f.service->addOperator(admin, name, name.toUpper(), kOperatorPassword, role));
    if (!added) {
        qFatal("cannot add operator %s: %s", qPrintable(name), qPrintable(added.error().message));
    }
    return *added;
}

// Visible dialogs, by object name.
inline QStringList visibleDialogs()
{
    QStringList names;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (qobject_cast<QDialog*>(widget) && widget->isVisible()) {
            names << widget->objectName();
        }
    }
    return names;
}

// With TFK_SCREENSHOT_DIR set, the widget as the test left it is written there (for looking at it).
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TFK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }
}

} // namespace tfk::test
