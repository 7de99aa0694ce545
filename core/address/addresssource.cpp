#include "addresssource.h"

namespace Homing {

AddressSource::AddressSource(const QString &id, QObject *parent)
    : QObject(parent)
    , m_id(id)
{
}

} // namespace Homing
