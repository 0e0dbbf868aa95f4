#pragma once
// The words for an outcome, in one pure function shared by the banner and the CLI: the cmdlet's
// exact message as the headline, then what a person should know (verified or not, how long
// existing tokens live, what the service said), a severity, and the correlation id.

#include "revocation/RevocationOutcome.h"

#include <QStringList>

namespace rc {

struct StatusMessage
{
    enum class Severity { Success, Info, Warning, Error };

    Severity severity = Severity::Error;
    QString text;
    QStringList details;
    QString correlationId;
    bool offerEntraChannel = false; // SharePoint said FeatureDisabled: Entra ID is one click away

    static StatusMessage describe(const RevocationOutcome &outcome);
    // One line for a file or a log row: the headline, and for a failure what the service (or
    // the role model) said, when the headline does not already say it.
    static QString oneLine(const RevocationOutcome &outcome);
    // While a throttled or unavailable request waits for its retry.
    static StatusMessage retrying(int seconds, const ServiceError &cause);
};

QString severityName(StatusMessage::Severity severity);
QString formatUtc(const QDateTime &time); // 2026-11-26T09:41:07Z

} // namespace rc
