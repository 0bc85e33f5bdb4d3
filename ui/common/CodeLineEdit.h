#pragma once

// A field for a texted code: digits only, whatever is pasted ("123 456", "Code: 123-456" become
// "123456"), at most the code's length, large monospace text.

#include <QLineEdit>

namespace tfk {

class CodeLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CodeLineEdit(int digits = 6, QWidget* parent = nullptr);

    int digits() const { return m_digits; }
    bool isComplete() const { return text().size() == m_digits; }

private:
    void keepDigitsOnly();

    int m_digits;
};

} // namespace tfk
