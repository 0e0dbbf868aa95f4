#pragma once
// Reads the answer to a Graph JSON batch: {"responses":[{"id","status","headers","body"}, ...]},
// items in any order, each with its own status, Retry-After and error body. Every id that was
// sent gets a value, never a crash: a reply, the item's Graph error, or a BadResponse error when
// the item is missing, answered twice or unreadable. If the batch as a whole failed (its own HTTP
// status, or a body that is not a batch answer) every item carries that one error.

#include "core/Result.h"
#include "directory/User.h"
#include "net/HttpRequest.h"

#include <QJsonValue>
#include <QStringList>

#include <map>
#include <optional>

namespace rc {

struct BatchReply
{
    QString id;
    int status = 0;
    HeaderList headers; // the item's own "headers"
    QJsonValue body; // usually an object; undefined when the item has none (204)
    QString requestId; // the item's request-id header, else the batch's
    int retryAfterSeconds = -1; // the item's Retry-After, -1 when absent

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
};

class BatchAnswer final
{
public:
    static BatchAnswer read(const QStringList &sentIds, const HttpResponse &response);
    // No answer came (a transport failure, or the caller gave up): every item carries `error`.
    static BatchAnswer failedWith(const QStringList &sentIds, const ServiceError &error);

    // A 2xx item as it came; any other status as errorFromResponse() reads a Graph error (404 is
    // Kind::NotFound, 429 Kind::Throttled with its Retry-After), correlation id the item's
    // request-id; missing, duplicated, unreadable or never-sent ids as Kind::BadResponse.
    Result<BatchReply> item(const QString &id) const;
    // item() for a user lookup: the user, or an error (also when the body holds no user).
    Result<User> user(const QString &id) const;

    // Set when the batch as a whole failed or could not be read.
    const std::optional<ServiceError> &batchError() const { return m_batchError; }
    // Ids in the answer that were never sent: ignored, kept for the log.
    const QStringList &unknownIds() const { return m_unknownIds; }
    // The longest Retry-After of the batch or any item, -1 when none said one.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

private:
    void failAll(const QStringList &sentIds, const ServiceError &error);
    static Result<BatchReply> readItem(const QString &id, const QJsonObject &item,
                                       const HttpResponse &batch);

    std::map<QString, Result<BatchReply>> m_items;
    std::optional<ServiceError> m_batchError;
    QStringList m_unknownIds;
    HttpResponse m_batch; // the batch answer without its body: what error messages name
    int m_retryAfterSeconds = -1;
};

} // namespace rc
