#include "emulator/DemoSignIns.h"

#include <QUuid>

#include <algorithm>

namespace rc::emu {

const DemoSignIn &DemoSignIns::add(const DemoSignIn &signIn)
{
    DemoSignIn stored = signIn;
    if (stored.id.isEmpty())
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_entries.append(stored);
    return m_entries.last();
}

QList<const DemoSignIn *> DemoSignIns::query(const QString &userId, const QDateTime &since) const
{
    QList<const DemoSignIn *> matches;
    for (const DemoSignIn &entry : m_entries) {
        if (!userId.isEmpty() && entry.userId.compare(userId, Qt::CaseInsensitive) != 0)
            continue;
        if (since.isValid() && entry.createdDateTime < since)
            continue;
        matches.append(&entry);
    }
    std::stable_sort(matches.begin(), matches.end(), [](const DemoSignIn *a, const DemoSignIn *b) {
        return a->createdDateTime > b->createdDateTime;
    });
    return matches;
}

} // namespace rc::emu
