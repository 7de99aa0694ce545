#include "logging.h"

Q_LOGGING_CATEGORY(lcConfig, "homing.core.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "homing.core.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "homing.core.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "homing.core.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAddress, "homing.core.address", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDns, "homing.core.dns", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvider, "homing.provider", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "homing.core.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcControl, "homing.core.control", QtInfoMsg)
