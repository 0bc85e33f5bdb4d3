#include "DurationSpinBox.h"

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace tfk {

DurationSpinBox::DurationSpinBox(Unit unit, QWidget* parent)
    : QSpinBox(parent)
    , m_unit(unit)
{
    setSingleStep(int(unit));
    setAccelerated(true);
}

QString DurationSpinBox::withUnit(const QString& number, bool one) const
{
    switch (m_unit) {
    case Unit::Seconds:
        return one ? tr("%1 second").arg(number) : tr("%1 seconds").arg(number);
    case Unit::Minutes:
        return one ? tr("%1 minute").arg(number) : tr("%1 minutes").arg(number);
    case Unit::Hours:
        return one ? tr("%1 hour").arg(number) : tr("%1 hours").arg(number);
    case Unit::Days:
        return one ? tr("%1 day").arg(number) : tr("%1 days").arg(number);
    }
    return number;
}

void DurationSpinBox::stepBy(int steps)
{
    // From the whole unit nearest the value, so 90 s stepped up in minutes becomes 3 minutes, not 2.5.
    const qint64 unitSeconds = int(m_unit);
    const qint64 whole = qint64(std::llround(double(value()) / double(unitSeconds))) * unitSeconds;
    const qint64 next = std::clamp<qint64>(whole + qint64(steps) * unitSeconds, minimum(), maximum());
    setValue(int(next));
    selectAll();
}

QString DurationSpinBox::textFromValue(int seconds) const
{
    const int unitSeconds = int(m_unit);
    if (seconds % unitSeconds == 0) {
        return withUnit(locale().toString(seconds / unitSeconds), seconds == unitSeconds);
    }
    QString text = locale().toString(double(seconds) / unitSeconds, 'f', 2);
    // "1.50" reads as "1.5".
    while (text.endsWith(locale().zeroDigit())) {
        text.chop(1);
    }
    if (text.endsWith(locale().decimalPoint())) {
        text.chop(locale().decimalPoint().size());
    }
    return withUnit(text, false);
}

QString DurationSpinBox::numberPart(const QString& text)
{
    // The number, without the unit word after it (whatever the language, and however much of it is left).
    qsizetype end = 0;
    while (end < text.size()
           && (text.at(end).isDigit() || text.at(end).isSpace() || text.at(end) == u'.' || text.at(end) == u','
               || text.at(end) == u'\u00a0' || text.at(end) == u'\u202f')) {
        ++end;
    }
    return text.left(end).trimmed();
}

std::optional<double> DurationSpinBox::parse(const QString& text) const
{
    const QString number = numberPart(text);
    if (number.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    double value = locale().toDouble(number, &ok);
    if (!ok) {
        // "1.5" also where the decimal separator is a comma.
        value = QLocale::c().toDouble(number, &ok);
    }
    return ok && value >= 0 ? std::optional<double>(value) : std::nullopt;
}

int DurationSpinBox::valueFromText(const QString& text) const
{
    const auto number = parse(text);
    if (!number) {
        return value();
    }
    const double seconds = std::round(*number * int(m_unit));
    return int(std::clamp<double>(seconds, minimum(), maximum()));
}

QValidator::State DurationSpinBox::validate(QString& input, int& pos) const
{
    Q_UNUSED(pos);
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty() || !trimmed.at(0).isDigit()) {
        return trimmed.isEmpty() ? QValidator::Intermediate : QValidator::Invalid;
    }
    const auto parsed = parse(trimmed);
    if (!parsed) {
        return QValidator::Intermediate;
    }
    const double seconds = std::round(*parsed * int(m_unit));
    return seconds >= minimum() && seconds <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

} // namespace tfk
