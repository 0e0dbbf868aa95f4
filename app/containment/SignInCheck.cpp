#include "containment/SignInCheck.h"

#include <QCoreApplication>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class SignInCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::SignInCheck)
};

QString local(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// How many entries one check asks for: the newest successful one is what matters.
constexpr int Top = 50;

} // namespace

SignInCheckResult SignInCheck::fromAnswer(const Result<QList<SignInEvent>> &answer,
                                          const QDateTime &since)
{
    SignInCheckResult r;
    r.since = since;
    if (!answer) {
        const ServiceError &e = answer.error();
        r.correlationId = e.correlationId;
        // No P1 licence ("Neither tenant is B2C or tenant doesn't have premium license") is a
        // 403 too: both mean this sign-in cannot read the log, not that the check failed.
        if (e.kind == ServiceError::Kind::Forbidden) {
            r.state = SignInCheckResult::State::Unavailable;
            r.message
                    = SignInCheckTr::tr(
                              "The sign-in log could not be read: it needs an Entra ID P1 licence, "
                              "the AuditLog.Read.All permission and a role that reads sign-in logs "
                              "(Reports Reader, Security Reader, Security Administrator or Global "
                              "Reader). Microsoft 365 said: %1")
                              .arg(e.message);
            return r;
        }
        r.state = SignInCheckResult::State::Failed;
        r.message = SignInCheckTr::tr("The sign-in log could not be read: %1").arg(e.message);
        return r;
    }
    // Newest first is the log's order; the newest successful sign-in at or after the time counts.
    for (const SignInEvent &event : answer.value()) {
        if (event.succeeded() && event.at.isValid() && event.at >= since
            && (!r.latest || event.at > r.latest->at))
            r.latest = event;
    }
    if (r.latest) {
        r.state = SignInCheckResult::State::SignedIn;
        r.message = SignInCheckTr::tr(
                            "Signed in to %1 at %2, after the revocation: something still works. "
                            "Check again in a few minutes, and block sign-in if it is not blocked.")
                            .arg(r.latest->app.isEmpty() ? SignInCheckTr::tr("an app")
                                                         : r.latest->app,
                                 local(r.latest->at));
        return r;
    }
    r.state = SignInCheckResult::State::NoSignIn;
    r.message = SignInCheckTr::tr(
                        "No sign-in since %1. The log lags by a few minutes: check again later.")
                        .arg(local(since));
    return r;
}

Call SignInCheck::run(ContainmentClient &client, const QString &userId, const QDateTime &since,
                      QObject *context, std::function<void(SignInCheckResult)> onDone)
{
    return client.signInsSince(
            userId, since, Top, context,
            [since, onDone = std::move(onDone)](Result<QList<SignInEvent>> answer) {
                onDone(fromAnswer(answer, since));
            });
}

} // namespace rc
