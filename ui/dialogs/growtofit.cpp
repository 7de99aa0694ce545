#include "growtofit.h"

#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace Homing {

void growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int width = std::max(window->width(), window->minimumSizeHint().width());
    const int height = std::max({window->height(), window->sizeHint().height(),
                                 layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : 0});
    if (width != window->width() || height != window->height())
        window->resize(width, height);
}

} // namespace Homing
