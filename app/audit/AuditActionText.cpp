#include "audit/AuditActionText.h"

#include <QCoreApplication>

namespace rc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rc::AuditActionText", text);
}

QString actionWords(const QString &action)
{
    // Rows written before containment carry no action: they were all revocations.
    if (action.isEmpty() || action == AuditRecord::RevokeSessions)
        return tr("Revoke sessions");
    if (action == AuditRecord::BlockSignIn)
        return tr("Block sign-in");
    if (action == AuditRecord::UnblockSignIn)
        return tr("Unblock sign-in");
    if (action == AuditRecord::DisableDevice)
        return tr("Disable device");
    if (action == AuditRecord::EnableDevice)
        return tr("Enable device");
    if (action == AuditRecord::SignInCheck)
        return tr("Sign-in check");
    return action;
}

} // namespace

QString auditActionText(const AuditRecord &record)
{
    const QString words = actionWords(record.action);
    // A device without a name (it had none, or it was not read) is named by its id.
    const QString object = record.objectName.isEmpty() ? record.objectId : record.objectName;
    if (object.isEmpty())
        return words;
    // e.g. "Disable device: ADELE-LAPTOP"
    return tr("%1: %2").arg(words, object);
}

} // namespace rc
