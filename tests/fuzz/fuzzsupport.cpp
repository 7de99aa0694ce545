#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Homing::Fuzz {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "homing-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (!app) {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
        app = new QCoreApplication(argc, argv);
    }
}

} // namespace Homing::Fuzz
