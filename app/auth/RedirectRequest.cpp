#include "auth/RedirectRequest.h"

#include "cloud/CloudEndpoints.h"

#include <QString>
#include <QUrl>

namespace rc::redirect {

std::optional<RequestHead> parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")
        || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty())
        return std::nullopt;
    RequestHead request {requestLine.at(0), requestLine.at(1), {}};
    bool hasHost = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).contains(' '))
            return std::nullopt;
        if (line.left(colon).compare("host", Qt::CaseInsensitive) == 0) {
            if (hasHost)
                return std::nullopt; // two Host headers: RFC 9112 §3.2 says reject
            hasHost = true;
            request.host = line.mid(colon + 1).trimmed();
        }
    }
    return request;
}

QueryFields parseQuery(const QByteArray &query)
{
    QueryFields fields;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        fields.append({QByteArray::fromPercentEncoding(name.replace('+', ' ')),
                       QByteArray::fromPercentEncoding(value.replace('+', ' '))});
    }
    return fields;
}

std::optional<QByteArray> single(const QueryFields &fields, const char *name)
{
    std::optional<QByteArray> found;
    for (const auto &field : fields) {
        if (field.first != name)
            continue;
        if (found)
            return std::nullopt;
        found = field.second;
    }
    return found.value_or(QByteArray());
}

bool isLoopbackHostHeader(const QByteArray &host)
{
    const QUrl url(QStringLiteral("http://") + QString::fromLatin1(host));
    return url.isValid() && isLoopbackHost(url.host());
}

} // namespace rc::redirect
