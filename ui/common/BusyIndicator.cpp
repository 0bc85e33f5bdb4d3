#include "BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace tfk {

BusyIndicator::BusyIndicator(const QString& name, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name);
    setAccessibleName(tr("Working"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(name % u"Bar"_s);
    m_bar->setAccessibleName(tr("Working"));
    m_bar->setRange(0, 0); // no figure to show: the database just has not answered yet
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_label = new QLabel(tr("Working..."), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    layout->addStretch(1);
    hide();

    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, [this] { setVisible(m_running > 0); });
}

void BusyIndicator::begin()
{
    if (m_running++ == 0) {
        m_delay.start();
    }
}

void BusyIndicator::end()
{
    if (m_running > 0 && --m_running == 0) {
        clear();
    }
}

void BusyIndicator::clear()
{
    m_running = 0;
    m_delay.stop();
    hide();
}

} // namespace tfk
