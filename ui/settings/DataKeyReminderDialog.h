#pragma once

// The first-run reminder to export the data key: shown to an administrator after a new key was made,
// until the key is exported. "Export data key..." leads to the export (Settings > Database); "Remind me
// later" asks again the next time the program starts.

#include <QDialog>

namespace tfk {

class DataKeyReminderDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DataKeyReminderDialog(const QString& keySource, QWidget* parent = nullptr);

Q_SIGNALS:
    void exportRequested();
};

} // namespace tfk
