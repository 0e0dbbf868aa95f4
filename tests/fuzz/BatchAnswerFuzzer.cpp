// The answer to a Graph $batch (app/bulk/BatchAnswer), from a hostile or broken server: every id
// that was sent gets a value (a reply or an error), whatever the body holds, and ids it never sent
// are only listed.

#include "FuzzSupport.h"
#include "bulk/BatchAnswer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QStringList sent {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                            QStringLiteral("a")};
    for (int status : {200, 429}) {
        rc::HttpResponse r;
        r.status = status;
        r.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/$batch"));
        r.body = rc::fuzz::bytes(data, size);
        r.requestId = QStringLiteral("b0000000-0000-0000-0000-000000000000");
        const rc::BatchAnswer answer = rc::BatchAnswer::read(sent, r);
        check(answer.retryAfterSeconds() >= -1, "the batch's wait is -1 or seconds");
        check(status == 200 || answer.batchError().has_value(),
              "a failed batch fails every item with its own error");
        for (const QString &id : sent) {
            const auto item = answer.item(id);
            if (item) {
                check(item.value().id == id, "a reply is the one for its id");
                check(item.value().status >= 200 && item.value().status < 300,
                      "a reply is a 2xx; any other status is an error");
            } else {
                check(!item.error().message.isEmpty(), "an item's error has a sentence");
            }
            const auto user = answer.user(id);
            check(!user
                          || (!user.value().id.isEmpty()
                              && !user.value().userPrincipalName.isEmpty()),
                  "a user from a batch has an id and a UPN");
        }
        for (const QString &unknown : answer.unknownIds())
            check(!sent.contains(unknown), "an id that was sent is never 'unknown'");
        check(!answer.item(QStringLiteral("never-sent")).ok(), "an id never sent has no reply");
    }
    return 0;
}
