#pragma once

#include <QJsonObject>
#include <QStringList>

class QCoreApplication;
class QTextStream;

namespace Homing {

class HomingService;
struct Paths;

// `homingctl verify HOST`: asks the zone's authoritative servers now, through the running
// homing/homingd (whose timeline gets the outcome), or, with none running, itself. Prints each
// server's answer. Exit status 0: verified; 1: a mismatch or unverifiable; 75: still propagating.
// Returns -1 when nothing is running and the caller should run it with its own service.
int verifyThroughAgent(const Paths &paths, const QStringList &args, bool json);
int verifyHere(HomingService &service, QCoreApplication &app, const QStringList &args, bool json);

// The "verification" object of a host's status, in words (with each server's answer if servers).
void printVerification(QTextStream &out, const QJsonObject &verification, bool servers, const QString &indent);

} // namespace Homing
