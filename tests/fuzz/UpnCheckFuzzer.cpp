// The first gate for a typed user name (app/directory/UpnCheck). DIFFERENTIAL: for every name
// checkUpn accepts, the Graph URL built from it the way GraphClient builds /users/{upn} and
// /users('{upn}')/revokeSignInSessions holds no dot segment and no unescaped / ? #, and decodes
// back to the name; the cmdlet's CSOM request carries it verbatim to a parser that reads it as
// SharePoint does (app/emulator/CsomRequestParser).
// Found by this target and fixed by holding checkUpn to Entra's UPN characters:
// regress-upn-path-chars (/ \ ? or % accepted: a server or proxy that decodes the path once
// before routing sees other segments, even ".."), regress-upn-csom-verbatim (U+FFFE accepted,
// which a CSOM request cannot carry).

#include "FuzzSupport.h"
#include "directory/GraphQuery.h"
#include "directory/UpnCheck.h"
#include "emulator/CsomRequestParser.h"
#include "revocation/CsomRevokeQuery.h"

#include <QUrl>

namespace {

using rc::fuzz::check;

// {graph}/v1.0{path}?{query}, as GraphClient::url() builds it.
QUrl graphUrl(const QByteArray &path, const QByteArray &query = {})
{
    QByteArray encoded = "https://graph.microsoft.com/v1.0" + path;
    if (!query.isEmpty())
        encoded += '?' + query;
    return QUrl::fromEncoded(encoded);
}

void checkPath(const QUrl &url, const QByteArray &path, const QByteArray &query)
{
    check(url.isValid(), "the URL built from an accepted name is valid");
    const QString built = url.path(QUrl::FullyEncoded);
    check(built == QLatin1String("/v1.0" + path), "the path is sent as built, not normalised");
    for (const QString &segment : built.split(QLatin1Char('/'))) {
        check(segment != QLatin1String(".") && segment != QLatin1String(".."),
              "no dot segment in a user's path");
        check(!segment.contains(QLatin1Char('?')) && !segment.contains(QLatin1Char('#')),
              "no unescaped ? or # in a user's path");
    }
    check(url.query(QUrl::FullyEncoded) == QString::fromLatin1(query),
          "the name does not start or change the query");
    check(!url.hasFragment(), "the name does not start a fragment");
}

// XML 1.0's Char production: what a CSOM request can carry at all.
bool isXmlText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF
            || (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rc::fuzz::ensureApplication();
    const auto accepted = rc::checkUpn(rc::fuzz::text(data, size));
    if (!accepted)
        return 0;
    const QString upn = accepted.value();
    check(!upn.isEmpty() && upn == upn.trimmed(), "an accepted name is trimmed");

    // GET /users/{upn}?$select=... (getUser), or /users('{upn}') for a name starting with '$'.
    const QByteArray select = "$select=id";
    const QByteArray path = rc::graph::userPath(upn);
    checkPath(graphUrl(path, select), path, select);
    if (path.startsWith("/users/"))
        check(QUrl::fromPercentEncoding(path.mid(7)) == upn, "the segment decodes to the name");
    // POST /users('{upn}')/revokeSignInSessions.
    const QByteArray revoke = rc::graph::userKeyPath(upn) + "/revokeSignInSessions";
    checkPath(graphUrl(revoke), revoke, {});

    for (const QChar c : {u'/', u'\\', u'?', u'%'})
        check(!upn.contains(c), "an accepted name holds no / \\ ? or %");
    check(isXmlText(upn), "an accepted name is text a CSOM request can carry");
    rc::emu::CsomRequest request;
    QString error;
    check(rc::emu::CsomRequestParser::parse(rc::csom::revokeAllUserSessionsRequest(upn), &request,
                                            &error),
          "the CSOM request for an accepted name is well formed");
    bool carried = false;
    for (const rc::emu::CsomObjectPath &objectPath : std::as_const(request.objectPaths)) {
        for (const rc::emu::CsomParameter &parameter : objectPath.parameters)
            carried = carried || parameter.text == upn;
    }
    check(carried, "the CSOM request carries the name verbatim");
    return 0;
}
