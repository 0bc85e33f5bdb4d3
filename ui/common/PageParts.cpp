#include "PageParts.h"

#include "store/Schema.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace tfk {

QLabel* makeTitleLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

RequestContext kioskRequestContext(const QString& actor)
{
    return RequestContext {QString::fromLatin1(Schema::kTutorialApplicationId), u"127.0.0.1"_s, actor};
}

void applyTouchStyle(QWidget* root, qreal fontScale)
{
    // Scaled from the widget's own font, so titles and code fields stay larger than the rest.
    const auto scale = [fontScale](QWidget* widget) {
        QFont font = widget->font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        widget->setFont(font);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    // Children whose font was set explicitly keep their relation to the root's new size.
    for (QWidget* widget : std::as_const(widgets)) {
        if (widget == root || widget->testAttribute(Qt::WA_SetFont)) {
            scale(widget);
        }
    }
    for (QWidget* widget : std::as_const(widgets)) {
        if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QComboBox*>(widget)) {
            widget->setMinimumHeight(std::max(widget->minimumHeight(), kTouchTargetPx));
        }
    }
}

} // namespace tfk
