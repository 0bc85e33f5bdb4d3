#pragma once

// Small pieces every screen uses the same way: the page title, and who the kiosk says it is when it
// calls the service (for the audit log).

#include "auth/TwoFactorService.h"

class QLabel;
class QWidget;

namespace tfk {

// A bold, larger label for the top of a page.
QLabel* makeTitleLabel(const QString& text, QWidget* parent);
// The kiosk's requests: FusionAuth's tutorial application id, and this computer.
RequestContext kioskRequestContext();

} // namespace tfk
