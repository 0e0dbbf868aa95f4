#include "emulator/GraphUsers.h"

#include "emulator/FormFields.h"
#include "emulator/GraphQuery.h"
#include "emulator/OperatorRoles.h"

#include <QJsonArray>

#include <algorithm>

namespace rc::emu {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString skipToken(int offset)
{
    return QString::fromLatin1(base64Url("emulator-skip:" + QByteArray::number(offset)));
}

int offsetOf(const QString &token)
{
    const QByteArray raw = QByteArray::fromBase64(
            token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!raw.startsWith("emulator-skip:"))
        return -1;
    bool ok = false;
    const int offset = raw.mid(14).toInt(&ok);
    return ok && offset >= 0 ? offset : -1;
}

// "Permissions reference", User.ReadBasic.All: display name, first and last name, email address
// (and photo, open extensions); the object id and user principal name identify the user.
bool isBasic(const QString &property)
{
    static const QStringList basic {
            QStringLiteral("id"),        QStringLiteral("displayName"),
            QStringLiteral("givenName"), QStringLiteral("surname"),
            QStringLiteral("mail"),      QStringLiteral("userPrincipalName")};
    return basic.contains(property);
}

} // namespace

GraphUsers::GraphUsers(EmulatorState &state)
    : m_state(state)
{ }

const QStringList &GraphUsers::userProperties()
{
    static const QStringList names {QStringLiteral("id"),
                                    QStringLiteral("displayName"),
                                    QStringLiteral("userPrincipalName"),
                                    QStringLiteral("mail"),
                                    QStringLiteral("userType"),
                                    QStringLiteral("accountEnabled"),
                                    QStringLiteral("onPremisesSyncEnabled"),
                                    QStringLiteral("jobTitle"),
                                    QStringLiteral("department"),
                                    QStringLiteral("createdDateTime"),
                                    QStringLiteral("signInSessionsValidFromDateTime"),
                                    QStringLiteral("givenName"),
                                    QStringLiteral("surname"),
                                    QStringLiteral("businessPhones"),
                                    QStringLiteral("mobilePhone"),
                                    QStringLiteral("officeLocation"),
                                    QStringLiteral("preferredLanguage"),
                                    QStringLiteral("signInActivity")};
    return names;
}

QJsonObject GraphUsers::toJson(const DemoUser &user, const QStringList &select, bool basicOnly)
{
    static const QStringList defaults {QStringLiteral("businessPhones"),
                                       QStringLiteral("displayName"),
                                       QStringLiteral("givenName"),
                                       QStringLiteral("jobTitle"),
                                       QStringLiteral("mail"),
                                       QStringLiteral("mobilePhone"),
                                       QStringLiteral("officeLocation"),
                                       QStringLiteral("preferredLanguage"),
                                       QStringLiteral("surname"),
                                       QStringLiteral("userPrincipalName"),
                                       QStringLiteral("id")};
    QJsonObject json;
    for (const QString &name : select.isEmpty() ? defaults : select) {
        if (name == QStringLiteral("accountEnabled"))
            json.insert(name, user.accountEnabled);
        else if (name == QStringLiteral("onPremisesSyncEnabled"))
            // "user resource type": true when synced from an on-premises directory; null when it
            // never was (a cloud-only user).
            json.insert(name,
                        user.onPremisesSyncEnabled ? QJsonValue(true)
                                                   : QJsonValue(QJsonValue::Null));
        else if (name == QStringLiteral("createdDateTime"))
            json.insert(name, isoSeconds(user.createdDateTime));
        else if (name == QStringLiteral("signInSessionsValidFromDateTime"))
            json.insert(name, isoSeconds(user.signInSessionsValidFrom));
        else if (name == QStringLiteral("signInActivity"))
            json.insert(name,
                        QJsonObject {
                                {QStringLiteral("lastSignInDateTime"),
                                 user.lastSignIn.isValid() ? QJsonValue(isoSeconds(user.lastSignIn))
                                                           : QJsonValue()},
                                {QStringLiteral("lastNonInteractiveSignInDateTime"),
                                 user.lastSignIn.isValid() ? QJsonValue(isoSeconds(user.lastSignIn))
                                                           : QJsonValue()}});
        else if (name == QStringLiteral("businessPhones"))
            json.insert(name, QJsonArray::fromStringList(user.businessPhones));
        else if (name == QStringLiteral("mobilePhone"))
            json.insert(name, orNull(user.mobilePhone));
        else if (name == QStringLiteral("officeLocation"))
            json.insert(name, orNull(user.officeLocation));
        else if (name == QStringLiteral("preferredLanguage"))
            json.insert(name, orNull(user.preferredLanguage));
        else
            json.insert(name, orNull(GraphQuery::textProperty(user, name)));
        if (basicOnly && !isBasic(name))
            json.insert(name,
                        name == QStringLiteral("businessPhones") ? QJsonValue(QJsonArray())
                                                                 : QJsonValue());
    }
    return json;
}

HttpAnswer GraphUsers::denied(const GraphCall &call)
{
    return call.error(403, QStringLiteral("Authorization_RequestDenied"),
                      QStringLiteral("Insufficient privileges to complete the operation."));
}

bool GraphUsers::isSignedInUser(const GraphCall &call, const DemoUser *user)
{
    return user && !call.token->isAppOnly()
            && user->id.compare(call.token->userId, Qt::CaseInsensitive) == 0;
}

bool GraphUsers::mayRead(const GraphCall &call, PermissionCheck::Call read,
                         const QStringList &select, HttpAnswer *error) const
{
    const bool signInActivity = select.contains(QStringLiteral("signInActivity"));
    if (!PermissionCheck::allows(*call.token, read)
        || (signInActivity
            && !PermissionCheck::allows(*call.token, PermissionCheck::Call::ReadSignInActivity))) {
        *error = denied(call);
        return false;
    }
    // "user resource type", signInActivity: it needs a Microsoft Entra ID P1 or P2 licence.
    if (signInActivity && !m_state.premiumLicense) {
        *error = call.error(403,
                            QStringLiteral("Authentication_RequestFromNonPremiumTenantOrB2CTenant"),
                            QStringLiteral("Neither tenant is B2C or tenant doesn't have premium "
                                           "license"));
        return false;
    }
    return true;
}

bool GraphUsers::readSelect(const GraphCall &call, const QStringList &known, QStringList *select,
                            HttpAnswer *error, const QString &typeName) const
{
    const QString text = call.request.queryValue(QStringLiteral("$select"));
    QString unknown;
    *select = GraphQuery::parseSelect(text, known, &unknown);
    if (unknown.isEmpty())
        return true;
    *error = call.error(400, QStringLiteral("BadRequest"),
                        QStringLiteral("Could not find a property named '%1' on type "
                                       "'microsoft.graph.%2'.")
                                .arg(unknown,
                                     !typeName.isEmpty() ? typeName
                                             : known == userProperties()
                                             ? QStringLiteral("user")
                                             : QStringLiteral("directoryRole")));
    return false;
}

HttpAnswer GraphUsers::notFound(const GraphCall &call, const QString &key) const
{
    return call.error(404, QStringLiteral("Request_ResourceNotFound"),
                      QStringLiteral("Resource '%1' does not exist or one of its queried "
                                     "reference-property objects are not present.")
                              .arg(key));
}

HttpAnswer GraphUsers::get(const GraphCall &call, const QString &key)
{
    QStringList select;
    HttpAnswer error;
    if (!readSelect(call, userProperties(), &select, &error))
        return error;
    const DemoUser *user = m_state.tenant.find(key);
    // "Get user": User.Read reads the signed-in user only; others need User.ReadBasic.All or more.
    const bool self = isSignedInUser(call, user);
    if (!mayRead(call,
                 self ? PermissionCheck::Call::ReadSignedInUser : PermissionCheck::Call::ReadUser,
                 select, &error))
        return error;
    if (!user)
        return notFound(call, key);
    QJsonObject body
            = toJson(*user, select, !self && PermissionCheck::basicProfileOnly(*call.token));
    body.insert(
            QStringLiteral("@odata.context"),
            QString(call.contextUrl(QStringLiteral("users"), select) + QStringLiteral("/$entity")));
    return call.json(200, body);
}

HttpAnswer GraphUsers::list(const GraphCall &call)
{
    const FormFields params = FormFields::parse(call.request.query.toUtf8());
    const bool eventual = call.request.header("consistencylevel").trimmed().toLower() == "eventual";
    // "Advanced query capabilities on Microsoft Entra ID objects", Error handling: $search on
    // directory objects needs ConsistencyLevel: eventual (Graph's documented 400).
    if (params.contains(QStringLiteral("$search")) && !eventual)
        return call.error(400, QStringLiteral("Request_UnsupportedQuery"),
                          QStringLiteral("Request with $search query parameter only works "
                                         "through MSGraph with a special request header: "
                                         "'ConsistencyLevel: eventual'"));
    // "Advanced query capabilities on Microsoft Entra ID objects", Error handling: without
    // ConsistencyLevel: eventual, ?$count=true is silently ignored (no @odata.count).
    const bool count = eventual
            && params.value(QStringLiteral("$count"))
                            .compare(QStringLiteral("true"), Qt::CaseInsensitive)
                    == 0;
    int top = 100;
    int offset = 0;
    HttpAnswer error;
    if (!readPaging(call, &top, &offset, &error))
        return error;
    QStringList select;
    if (!readSelect(call, userProperties(), &select, &error))
        return error;
    if (!mayRead(call, PermissionCheck::Call::ListUsers, select, &error))
        return error;
    const bool basicOnly = PermissionCheck::basicProfileOnly(*call.token);
    // $search and $filter may be combined (advanced queries): a user must satisfy both.
    QList<GraphQuery> queries;
    if (params.contains(QStringLiteral("$search")))
        queries.append(GraphQuery::fromSearch(params.value(QStringLiteral("$search"))));
    if (params.contains(QStringLiteral("$filter")))
        queries.append(GraphQuery::fromFilter(params.value(QStringLiteral("$filter"))));
    for (const GraphQuery &query : std::as_const(queries)) {
        if (!query.isValid())
            return call.error(400, query.errorCode(), query.errorMessage());
    }
    QList<const DemoUser *> matches;
    for (const DemoUser &user : m_state.tenant.users()) {
        if (std::all_of(queries.cbegin(), queries.cend(),
                        [&user](const GraphQuery &query) { return query.matches(user); }))
            matches.append(&user);
    }
    std::stable_sort(matches.begin(), matches.end(), [](const DemoUser *a, const DemoUser *b) {
        const int byName = a->displayName.compare(b->displayName, Qt::CaseInsensitive);
        return byName != 0
                ? byName < 0
                : a->userPrincipalName.compare(b->userPrincipalName, Qt::CaseInsensitive) < 0;
    });
    QJsonArray value;
    for (qsizetype i = offset; i < matches.size() && i < offset + top; ++i)
        value.append(
                toJson(*matches.at(i), select, basicOnly && !isSignedInUser(call, matches.at(i))));
    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"), call.contextUrl(QStringLiteral("users"), select));
    if (count)
        body.insert(QStringLiteral("@odata.count"), static_cast<int>(matches.size()));
    if (offset + top < matches.size())
        body.insert(QStringLiteral("@odata.nextLink"), nextLink(call, offset + top));
    body.insert(QStringLiteral("value"), value);
    return call.json(200, body);
}

bool GraphUsers::readPaging(const GraphCall &call, int *top, int *offset, HttpAnswer *error,
                            int defaultTop, int maxTop)
{
    const FormFields params = FormFields::parse(call.request.query.toUtf8());
    *top = defaultTop;
    if (params.contains(QStringLiteral("$top"))) {
        bool ok = false;
        *top = params.value(QStringLiteral("$top")).toInt(&ok);
        if (!ok || *top < 1 || *top > maxTop) {
            *error = call.error(400, QStringLiteral("Request_BadRequest"),
                                QStringLiteral("Invalid page size specified: '%1'. Must be "
                                               "between 1 and %2 inclusive.")
                                        .arg(params.value(QStringLiteral("$top")))
                                        .arg(maxTop));
            return false;
        }
    }
    *offset = 0;
    if (params.contains(QStringLiteral("$skiptoken"))) {
        *offset = offsetOf(params.value(QStringLiteral("$skiptoken")));
        if (*offset < 0) {
            *error = call.error(400, QStringLiteral("Request_BadRequest"),
                                QStringLiteral("Invalid paging token."));
            return false;
        }
    }
    return true;
}

QString GraphUsers::nextLink(const GraphCall &call, int offset) const
{
    // Keeps every other parameter exactly as the client encoded it.
    QStringList items;
    const QStringList raw = call.request.query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : raw) {
        const QString name
                = QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 0, 0).toUtf8());
        if (name != QStringLiteral("$skiptoken"))
            items.append(item);
    }
    items.append(QStringLiteral("$skiptoken=") + skipToken(offset));
    return EmulatorState::baseText(m_state.graphUrl) + call.request.path + QLatin1Char('?')
            + items.join(QLatin1Char('&'));
}

HttpAnswer GraphUsers::revokeSignInSessions(const GraphCall &call, const QString &key)
{
    // Delegated tokens need User.RevokeSessions.All (or higher) and a role that may revoke this
    // user; app-only tokens are governed by their application permission alone.
    if (!PermissionCheck::allows(*call.token, PermissionCheck::Call::RevokeSessions))
        return denied(call);
    DemoUser *user = m_state.tenant.find(key);
    if (!user)
        return notFound(call, key);
    if (!call.token->isAppOnly()) {
        const DemoUser *caller = m_state.tenant.find(call.token->userId);
        if (!caller || !OperatorRoles::mayRevokeSessions(*caller, *user))
            return denied(call);
    }
    // "user: revokeSignInSessions": it "doesn't revoke sign-in sessions for external users": B2B
    // guests (and users flagged so) get 200 and nothing changes.
    if (!user->isGuest() && !user->graphRevokeHasNoEffect)
        m_state.revokeSessions(*user);
    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"),
                QString(call.serviceRoot() + QStringLiteral("/$metadata#Edm.Boolean")));
    body.insert(QStringLiteral("value"), true);
    return call.json(200, body);
}

} // namespace rc::emu
