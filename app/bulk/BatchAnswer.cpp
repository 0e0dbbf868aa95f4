#include "bulk/BatchAnswer.h"

#include "net/ResponseError.h"
#include "net/RetryAfter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class BatchAnswerTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::BatchAnswer)
};

// Graph sends ids as strings; a number is read too rather than losing the item.
QString idOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        return QString::number(v.toInteger());
    return {};
}

HeaderList headersOf(const QJsonValue &v)
{
    HeaderList headers;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue value = it.value();
        // A number as the digits it stands for: "Retry-After": 1e20 is a long wait, not the 0
        // that toInteger() gives for what fits no qint64.
        const double n = value.toDouble();
        const QString text = !value.isDouble() ? value.toString()
                : n == std::floor(n)           ? QString::number(n, 'f', 0)
                                               : QString::number(n, 'g', 17);
        headers.append({it.key().toLatin1(), text.toUtf8()});
    }
    return headers;
}

QByteArray bytesOf(const QJsonValue &body)
{
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

// The batch's status, url, headers and request id, without its body: what an item's error names.
HttpResponse envelopeOf(const HttpResponse &r)
{
    HttpResponse e;
    e.status = r.status;
    e.url = r.url;
    e.headers = r.headers;
    e.requestId = r.requestId;
    e.date = r.date;
    return e;
}

ServiceError itemUnreadable(const HttpResponse &batch, const QString &id, const QString &what)
{
    ServiceError e = unreadableResponse(batch, what);
    e.detail = QStringLiteral("$batch request %1: %2").arg(id, what);
    return e;
}

Result<BatchReply> unmatched(const HttpResponse &batch, const QString &id, int times)
{
    if (times == 0)
        return itemUnreadable(batch, id, BatchAnswerTr::tr("no answer for request %1").arg(id));
    return itemUnreadable(batch, id,
                          BatchAnswerTr::tr("request %1 was answered %2 times").arg(id).arg(times));
}

} // namespace

BatchAnswer BatchAnswer::read(const QStringList &sentIds, const HttpResponse &response)
{
    BatchAnswer answer;
    answer.m_batch = envelopeOf(response);
    if (!response.isSuccess()) {
        answer.failAll(sentIds, errorFromResponse(response));
        return answer;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonValue responses = doc.object().value(QLatin1String("responses"));
    if (!doc.isObject() || !responses.isArray()) {
        const QString what = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : BatchAnswerTr::tr("no list of responses");
        answer.failAll(sentIds, unreadableResponse(response, what));
        return answer;
    }

    QHash<QString, QJsonObject> found;
    QHash<QString, int> times;
    for (const QJsonValue &v : responses.toArray()) {
        const QString id = idOf(v.toObject().value(QLatin1String("id")));
        if (id.isEmpty())
            continue; // matches nothing: the item it was meant for shows up as missing
        if (!sentIds.contains(id)) {
            if (!answer.m_unknownIds.contains(id))
                answer.m_unknownIds.append(id);
            continue;
        }
        if (++times[id] == 1)
            found.insert(id, v.toObject());
    }
    for (const QString &id : sentIds) {
        const int n = times.value(id);
        // Two answers for one request cannot be told apart: neither is trusted.
        Result<BatchReply> r = n == 1 ? readItem(id, found.value(id), answer.m_batch)
                                      : unmatched(answer.m_batch, id, n);
        const int wait = r ? r.value().retryAfterSeconds : r.error().retryAfterSeconds;
        answer.m_retryAfterSeconds = qMax(answer.m_retryAfterSeconds, wait);
        answer.m_items.insert_or_assign(id, std::move(r));
    }
    return answer;
}

BatchAnswer BatchAnswer::failedWith(const QStringList &sentIds, const ServiceError &error)
{
    BatchAnswer answer;
    answer.failAll(sentIds, error);
    return answer;
}

void BatchAnswer::failAll(const QStringList &sentIds, const ServiceError &error)
{
    m_batchError = error;
    m_retryAfterSeconds = error.retryAfterSeconds;
    for (const QString &id : sentIds)
        m_items.insert_or_assign(id, error);
}

Result<BatchReply> BatchAnswer::readItem(const QString &id, const QJsonObject &item,
                                         const HttpResponse &batch)
{
    const QJsonValue status = item.value(QLatin1String("status"));
    const int code = status.isDouble() ? status.toInt() : 0;
    if (code < 100 || code > 599)
        return itemUnreadable(batch, id,
                              BatchAnswerTr::tr("the answer to request %1 has no status").arg(id));

    // The item, dressed as an HTTP answer of its own so Graph errors are read in one place.
    HttpResponse r = batch;
    r.status = code;
    r.headers = headersOf(item.value(QLatin1String("headers")));
    r.body = bytesOf(item.value(QLatin1String("body")));
    const QString itemRequestId = QString::fromLatin1(r.header("request-id"));
    if (!itemRequestId.isEmpty())
        r.requestId = itemRequestId;
    else
        r.requestId.clear(); // errorFromResponse then takes the error's innerError request-id

    if (!r.isSuccess()) {
        ServiceError e = errorFromResponse(r);
        if (e.correlationId.isEmpty())
            e.correlationId = batch.requestId;
        return e;
    }
    BatchReply reply;
    reply.id = id;
    reply.status = code;
    reply.headers = r.headers;
    reply.body = item.value(QLatin1String("body"));
    reply.requestId = itemRequestId.isEmpty() ? batch.requestId : itemRequestId;
    reply.retryAfterSeconds
            = RetryAfter::parse(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
    return reply;
}

QByteArray BatchReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Result<BatchReply> BatchAnswer::item(const QString &id) const
{
    const auto it = m_items.find(id);
    if (it != m_items.end())
        return it->second;
    return itemUnreadable(m_batch, id,
                          BatchAnswerTr::tr("request %1 was not part of the batch").arg(id));
}

Result<User> BatchAnswer::user(const QString &id) const
{
    const Result<BatchReply> r = item(id);
    if (!r)
        return r.error();
    User u = User::fromJson(r.value().body.toObject());
    if (u.id.isEmpty() || u.userPrincipalName.isEmpty())
        return itemUnreadable(m_batch, id,
                              BatchAnswerTr::tr("no user in the answer to request %1").arg(id));
    return u;
}

} // namespace rc
