#include "core/ReadCapped.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rc {

namespace {

const QString TooLargeCode = QStringLiteral("TooLarge");

ServiceError tooLarge(qint64 cap)
{
    ServiceError e = ServiceError::make(ServiceError::Kind::InvalidInput,
                                        QCoreApplication::translate("rc::ReadCapped",
                                                                    "It is larger than %n bytes.",
                                                                    nullptr, int(cap)));
    e.serviceCode = TooLargeCode;
    return e;
}

} // namespace

Result<QByteArray> readCapped(QIODevice &device, qint64 cap)
{
    // A regular file says its size: refused before a byte is read.
    if (!device.isSequential() && device.size() - device.pos() > cap)
        return tooLarge(cap);
    constexpr qint64 Chunk = 64 * 1024;
    QByteArray data;
    while (qint64(data.size()) <= cap) {
        const qint64 want = qMin(Chunk, cap + 1 - qint64(data.size()));
        const qsizetype at = data.size();
        data.resize(at + qsizetype(want));
        const qint64 got = device.read(data.data() + at, want);
        data.resize(at + qsizetype(qMax<qint64>(got, 0)));
        if (got < 0)
            return ServiceError::make(ServiceError::Kind::InvalidInput, device.errorString());
        if (got == 0)
            return data; // the end
    }
    return tooLarge(cap);
}

bool isTooLarge(const ServiceError &error)
{
    return error.serviceCode == TooLargeCode;
}

} // namespace rc
