#include "secretproblem.h"

#include <QCoreApplication>

namespace Homing {

namespace {
// The translation context for these texts.
struct SecretProblemText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::SecretProblem)
};
} // namespace

SecretProblem describeSecretProblem(const SecretResult &result, const QString &storeDescription, int timeoutSeconds)
{
    switch (result.status) {
    case SecretResult::Status::Ok:
        return {};
    case SecretResult::Status::NoBackend:
        return {SecretProblemText::tr("No keychain is available"),
                SecretProblemText::tr(
                    "Homing keeps passwords in the desktop keychain (the Secret Service), but none is running in "
                    "this session. Start GNOME Keyring or KWallet (on Debian: install gnome-keyring and log in "
                    "again), then press Save again. On a machine without a keychain you can choose to keep secrets "
                    "in a private file instead, in Settings.")};
    case SecretResult::Status::Locked:
        return {SecretProblemText::tr("The keychain is locked"),
                SecretProblemText::tr(
                    "Your keyring is locked, so the password could not be stored. Unlock it (for example by "
                    "opening \"Passwords and Keys\" and entering your login password), then press Save again.")};
    case SecretResult::Status::AccessDenied:
        return {SecretProblemText::tr("Access to the keychain was refused"),
                SecretProblemText::tr(
                    "The keychain refused to let Homing store the password, or the request was cancelled. Press "
                    "Save again and allow access when the keychain asks.")};
    case SecretResult::Status::TimedOut:
        return {SecretProblemText::tr("The keychain did not answer"),
                SecretProblemText::tr(
                    "The keychain did not answer within %n second(s). It may be waiting for you to answer a "
                    "prompt (such as unlocking the keyring); answer it, then press Save again.",
                    nullptr, timeoutSeconds)};
    case SecretResult::Status::NotFound:
        return {SecretProblemText::tr("The password was not found"),
                SecretProblemText::tr("No password is stored for this host in %1. Enter it again and press Save.")
                    .arg(storeDescription)};
    case SecretResult::Status::Failed:
        break;
    }
    return {SecretProblemText::tr("The keychain reported an error"),
            SecretProblemText::tr("%1 reported: %2\nPress Save to try again.").arg(storeDescription, result.message)};
}

} // namespace Homing
