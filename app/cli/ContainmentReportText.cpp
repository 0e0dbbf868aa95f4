#include "cli/ContainmentReportText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc::cli {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class ContainmentReportTextTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli::ContainmentReportText)
};

QString signInStateName(SignInCheckResult::State state)
{
    switch (state) {
    case SignInCheckResult::State::NoSignIn:
        return QStringLiteral("NoSignIn");
    case SignInCheckResult::State::SignedIn:
        return QStringLiteral("SignedIn");
    case SignInCheckResult::State::Unavailable:
        return QStringLiteral("Unavailable");
    case SignInCheckResult::State::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

} // namespace

QString ContainmentReportText::stateWords(ContainmentStepResult::State state)
{
    using State = ContainmentStepResult::State;
    switch (state) {
    case State::Verified:
        return ContainmentReportTextTr::tr("done and verified");
    case State::NotVerified:
        return ContainmentReportTextTr::tr("done, not verified");
    case State::Refused:
        return ContainmentReportTextTr::tr("refused");
    case State::Skipped:
        return ContainmentReportTextTr::tr("skipped");
    case State::Failed:
        return ContainmentReportTextTr::tr("failed");
    case State::Preview:
        return ContainmentReportTextTr::tr("what if");
    }
    return {};
}

QString ContainmentReportText::text(const ContainmentReport &report,
                                    const std::optional<SignInCheckResult> &signIns)
{
    QStringList lines;
    for (const ContainmentStepResult &step : report.steps) {
        QString line = QStringLiteral("%1: %2. %3")
                               .arg(stepTitle(step.kind), stateWords(step.state), step.message);
        if (step.state == ContainmentStepResult::State::Refused && !step.whoCan.isEmpty())
            line += QLatin1Char(' ') + ContainmentReportTextTr::tr("Who can: %1.").arg(step.whoCan);
        if (!step.correlationId.isEmpty())
            line += QLatin1Char(' ')
                    + ContainmentReportTextTr::tr("Correlation id: %1").arg(step.correlationId);
        lines << line.trimmed();
        for (const auto &device : step.devices)
            lines << QStringLiteral("  %1: %2. %3")
                             .arg(device.device.label(), stateWords(device.state), device.message);
    }
    if (signIns)
        lines << ContainmentReportTextTr::tr("Sign-ins since the revocation: %1")
                         .arg(signIns->message);
    return lines.join(QLatin1Char('\n'));
}

QByteArray ContainmentReportText::json(const ContainmentReport &report,
                                       const std::optional<SignInCheckResult> &signIns,
                                       const QList<PreCheck> &checks, int exitCode)
{
    QJsonArray steps;
    for (const ContainmentStepResult &step : report.steps) {
        QJsonObject o {{QStringLiteral("step"), stepName(step.kind)},
                       {QStringLiteral("state"), stateName(step.state)},
                       {QStringLiteral("message"), step.message}};
        if (!step.whoCan.isEmpty())
            o.insert(QStringLiteral("whoCan"), step.whoCan);
        if (!step.correlationId.isEmpty())
            o.insert(QStringLiteral("correlationId"), step.correlationId);
        if (step.kind == ContainmentStepKind::DisableDevices) {
            QJsonArray devices;
            for (const auto &d : step.devices)
                devices.append(QJsonObject {{QStringLiteral("id"), d.device.id},
                                            {QStringLiteral("displayName"), d.device.displayName},
                                            {QStringLiteral("state"), stateName(d.state)},
                                            {QStringLiteral("message"), d.message}});
            o.insert(QStringLiteral("devices"), devices);
        }
        steps.append(o);
    }
    QJsonArray preChecks;
    for (const PreCheck &c : checks)
        preChecks.append(c.sentence);
    QJsonObject root {{QStringLiteral("user"), report.typedUser},
                      {QStringLiteral("whatIf"), report.preview},
                      {QStringLiteral("preChecks"), preChecks},
                      {QStringLiteral("steps"), steps},
                      {QStringLiteral("exitCode"), exitCode}};
    if (report.revokedAt.isValid())
        root.insert(QStringLiteral("revokedAt"), report.revokedAt.toUTC().toString(Qt::ISODate));
    if (signIns) {
        QJsonObject s {{QStringLiteral("state"), signInStateName(signIns->state)},
                       {QStringLiteral("message"), signIns->message}};
        if (signIns->latest) {
            s.insert(QStringLiteral("app"), signIns->latest->app);
            s.insert(QStringLiteral("at"), signIns->latest->at.toUTC().toString(Qt::ISODate));
        }
        root.insert(QStringLiteral("signIns"), s);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace rc::cli
