#pragma once

// A field for a recovery code: keeps only the symbols recovery codes are made of (lower case is
// read as upper case), shows them as XXXXX-XXXXX, at most one code long.

#include <QLineEdit>

namespace tfk {

class RecoveryCodeLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit RecoveryCodeLineEdit(QWidget* parent = nullptr);

    // Ten symbols typed: worth sending.
    bool isComplete() const;

private:
    void reformat();
};

} // namespace tfk
