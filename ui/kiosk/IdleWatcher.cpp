#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace tfk {

IdleWatcher::IdleWatcher(int idleSeconds, QObject* parent)
    : QObject(parent)
    , m_idleSeconds(idleSeconds)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::seconds(idleSeconds));
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::restart()
{
    m_timer.start();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tfk
