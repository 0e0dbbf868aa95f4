#include "emulator/HttpAnswer.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

namespace rc::emu {

void HttpAnswer::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool HttpAnswer::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {
HttpAnswer jsonAnswer(int status, const QJsonDocument &document, const QByteArray &contentType)
{
    HttpAnswer answer;
    answer.status = status;
    answer.setHeader("Content-Type", contentType);
    answer.body = document.toJson(QJsonDocument::Compact);
    return answer;
}
} // namespace

HttpAnswer HttpAnswer::json(int status, const QJsonObject &object, const QByteArray &contentType)
{
    return jsonAnswer(status, QJsonDocument(object), contentType);
}

HttpAnswer HttpAnswer::json(int status, const QJsonArray &array, const QByteArray &contentType)
{
    return jsonAnswer(status, QJsonDocument(array), contentType);
}

HttpAnswer HttpAnswer::html(int status, const QString &page)
{
    HttpAnswer answer;
    answer.status = status;
    answer.setHeader("Content-Type", "text/html; charset=utf-8");
    answer.body = page.toUtf8();
    return answer;
}

HttpAnswer HttpAnswer::text(int status, const QByteArray &text)
{
    HttpAnswer answer;
    answer.status = status;
    answer.setHeader("Content-Type", "text/plain; charset=utf-8");
    answer.body = text;
    return answer;
}

HttpAnswer HttpAnswer::redirect(int status, const QUrl &location)
{
    HttpAnswer answer;
    answer.status = status;
    answer.setHeader("Location", location.toEncoded());
    return answer;
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return base64Url(raw);
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
            .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
}

QString isoSeconds(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QDateTime truncatedToSecond(const QDateTime &utc)
{
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), QTimeZone::utc());
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace rc::emu
