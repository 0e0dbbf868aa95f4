// A list of people to sign out, as the bytes of a CSV file or a pasted text (app/bulk/UpnList).
// Rows carry a line of the input and a trimmed name; a file is read within a time budget.

#include "FuzzSupport.h"
#include "bulk/UpnList.h"

#include <ctime>

namespace {

void checkRows(const rc::Result<rc::UpnList> &list, const QString &text)
{
    using rc::fuzz::check;
    if (!list) {
        check(list.error().kind == rc::ServiceError::Kind::InvalidInput,
              "an unreadable list is invalid input");
        check(!list.error().message.isEmpty(), "an unreadable list says why");
        return;
    }
    check(!list.value().rows().isEmpty(), "a list that reads has rows");
    const qsizetype lines = text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r')) + 1;
    for (const rc::UpnRow &row : list.value().rows()) {
        check(row.line >= 1 && row.line <= lines, "a row points at a line of the input");
        check(row.upn == row.upn.trimmed(), "a row's name is trimmed");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rc::fuzz::ensureApplication();
    const QByteArray bytes = rc::fuzz::bytes(data, size);
    // regress-upn-list-wide-csv: thousands of columns over a thousand rows once took seconds
    // (every column was tried on every sampled row); now within the budget below.
    // CPU time, not wall time: a fuzzer sharing the machine (or niced) may wait for seconds
    // without doing any work.
    const std::clock_t started = std::clock();
    checkRows(rc::UpnList::fromBytes(bytes, QStringLiteral("fuzz.csv")), QString::fromUtf8(bytes));
    const QString text = QString::fromUtf8(bytes);
    checkRows(rc::UpnList::fromText(text), text);
    // A 64 KB list (fuzz.sh's -max_len) takes milliseconds; a second is a quadratic walk.
    const double seconds = double(std::clock() - started) / CLOCKS_PER_SEC;
    rc::fuzz::check(seconds < 1.0 || size > 64 * 1024,
                    "a list of up to 64 KB is read in under a second");
    return 0;
}
