#pragma once

// A duration in the unit people think in (days, minutes, seconds) whose value() stays in seconds, as
// the settings store it: "30 days" is 2,592,000. Typing "7" means 7 of the unit; steps go by whole
// units; a stored value that is not a whole number of units shows with decimals ("1.5 minutes") and
// is kept exactly.

#include <QSpinBox>

#include <optional>

namespace tfk {

class DurationSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    enum class Unit
    {
        Seconds = 1,
        Minutes = 60,
        Hours = 3600,
        Days = 86400,
    };

    explicit DurationSpinBox(Unit unit, QWidget* parent = nullptr);

    Unit unit() const { return m_unit; }
    int unitSeconds() const { return int(m_unit); }
    void stepBy(int steps) override;

protected:
    QString textFromValue(int seconds) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;

private:
    // "30 days", "1 minute", translated.
    QString withUnit(const QString& number, bool one) const;
    static QString numberPart(const QString& text);
    // The number typed, without the unit; empty when it is not a number.
    std::optional<double> parse(const QString& text) const;

    Unit m_unit;
};

} // namespace tfk
