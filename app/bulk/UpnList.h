#pragma once
// The people to sign out, read from a pasted list or the bytes of a CSV file: one UpnRow per
// entry, with the file line it came from so the review can point at it. A CSV's user-name column
// is found by its header (UserPrincipalName, upn, user, mail, email) or else by its values, among
// its first 64 columns; a pasted list may separate names by line breaks, commas, semicolons or
// blanks. Rows are not checked here: a malformed name is kept and the review flags it. A file
// may be hostile: at most maxFileBytes are read (a pipe's too), and a record of more than
// CsvRecords::maxFields fields is refused.

#include "core/Result.h"

#include <QList>
#include <QString>

namespace rc {

struct UpnRow
{
    int line = 0; // 1-based line of the file or pasted text
    QString upn; // trimmed
    QString raw; // as written (unquoted, untrimmed)
};

class UpnList final
{
public:
    static Result<UpnList> fromText(const QString &pasted);
    // fileName only names the file in error messages.
    static Result<UpnList> fromBytes(const QByteArray &bytes, const QString &fileName);
    static Result<UpnList> fromFile(const QString &path);

    const QList<UpnRow> &rows() const { return m_rows; }
    // The header of the column read ("UserPrincipalName"); empty for a plain list or no header.
    const QString &column() const { return m_column; }

    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

private:
    static Result<UpnList> parse(const QString &text, const QString &source);

    QList<UpnRow> m_rows;
    QString m_column;
};

} // namespace rc

Q_DECLARE_TYPEINFO(rc::UpnRow, Q_RELOCATABLE_TYPE); // lists of 50,000 grow by moving memory
