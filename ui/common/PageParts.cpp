#include "PageParts.h"

#include "store/Schema.h"

#include <QLabel>

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

RequestContext kioskRequestContext()
{
    return RequestContext {QString::fromLatin1(Schema::kTutorialApplicationId), u"127.0.0.1"_s};
}

} // namespace tfk
