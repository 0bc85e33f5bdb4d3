#pragma once

// Small pieces every screen uses the same way: the page title, who the kiosk says it is when it
// calls the service (for the audit log), and the walk-up side's touch-sized look.

#include "auth/TwoFactorService.h"

class QLabel;
class QWidget;

namespace tfk {

// A bold, larger label for the top of a page.
QLabel* makeTitleLabel(const QString& text, QWidget* parent);
// The kiosk's requests: FusionAuth's tutorial application id, this computer, and who acted (an
// operator's login name, or Actors::walkUp()).
RequestContext kioskRequestContext(const QString& actor = {});

// For a touch screen read at arm's length: large type, and every button, field and check box at
// least kTouchTargetPx high. Applied to `root` and everything in it.
inline constexpr int kTouchTargetPx = 48;
void applyTouchStyle(QWidget* root, qreal fontScale = 1.5);

} // namespace tfk
