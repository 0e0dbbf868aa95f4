// secureZero, the one wipe of the app (OPENSSL_cleanse): it zeroes what it is given, all of a
// buffer's capacity (bytes a chop() left behind included), never a buffer someone else shares or
// a raw view of read-only memory; SecretBytes lets go of its buffer through it.
#include "core/SecretBytes.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <array>

using namespace rc;

namespace {

bool allZero(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] != '\0')
            return false;
    }
    return true;
}

} // namespace

TEST(SecretWipe, SecureZeroZeroesEveryByteItIsGiven)
{
    std::array<unsigned char, 48> random {};
    random.fill(0xa5);
    secureZero(random.data(), 40);
    for (size_t i = 0; i < random.size(); ++i)
        EXPECT_EQ(random.at(i), i < 40 ? 0 : 0xa5) << i;
    secureZero(nullptr, 16); // nothing to do, and no crash
}

TEST(SecretWipe, ByteArrayIsZeroedToItsCapacity_ThePartAChopLeftBehindIncluded)
{
    QByteArray line = QByteArray("passphrase-typed-at-a-prompt\r");
    line.reserve(256);
    line.chop(1); // the \r is past size() now, still in the buffer
    line.chop(10);
    const char *buffer = line.constData();
    const qsizetype capacity = line.capacity();
    ASSERT_GE(capacity, 30);

    secureZero(line);
    EXPECT_EQ(line.constData(), buffer) << "zeroed in place, not reallocated";
    EXPECT_TRUE(allZero(buffer, capacity));
}

TEST(SecretWipe, SharedBufferIsLeftToItsOtherOwner)
{
    const QByteArray other("someone else's copy");
    QByteArray shared = other;
    secureZero(shared);
    EXPECT_EQ(other, QByteArray("someone else's copy"));

    // A raw view of a literal (read-only memory) is not written either.
    QByteArray view = QByteArray::fromRawData("literal", 7);
    secureZero(view);
    EXPECT_EQ(view, QByteArray("literal"));
}

TEST(SecretWipe, WipeBytesZeroesThenLetsGo)
{
    QByteArray bytes("refresh-token-value");
    wipeBytes(bytes);
    EXPECT_TRUE(bytes.isEmpty());
    EXPECT_EQ(bytes.capacity(), 0);
}

TEST(SecretWipe, SecretBytesWipeOwnsItsBufferAndEmptiesIt)
{
    // SecretBytes copies a shared array on construction, so its wipe (and destructor) always
    // reaches the bytes; the caller's array is untouched.
    const QByteArray given("token-value");
    SecretBytes secret(given);
    EXPECT_NE(secret.view().constData(), given.constData());
    secret.wipe();
    EXPECT_TRUE(secret.isEmpty());
    EXPECT_EQ(given, QByteArray("token-value"));
}
