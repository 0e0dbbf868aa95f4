#include "audit/AuditActionText.h"

#include <QCoreApplication>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class AuditActionTextTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::AuditActionText)
};

QString actionWords(const QString &action)
{
    // Rows written before containment carry no action: they were all revocations.
    if (action.isEmpty() || action == AuditRecord::RevokeSessions)
        return AuditActionTextTr::tr("Revoke sessions");
    if (action == AuditRecord::BlockSignIn)
        return AuditActionTextTr::tr("Block sign-in");
    if (action == AuditRecord::UnblockSignIn)
        return AuditActionTextTr::tr("Unblock sign-in");
    if (action == AuditRecord::DisableDevice)
        return AuditActionTextTr::tr("Disable device");
    if (action == AuditRecord::EnableDevice)
        return AuditActionTextTr::tr("Enable device");
    if (action == AuditRecord::SignInCheck)
        return AuditActionTextTr::tr("Sign-in check");
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
    return AuditActionTextTr::tr("%1: %2").arg(words, object);
}

} // namespace rc
