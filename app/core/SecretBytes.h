#pragma once
// A move-only holder for a token or passphrase: scrubbed when destroyed or replaced, never
// printed, never implicitly converted. Read it with view() only where it goes on the wire.
// secureZero() is the app's one way to wipe a secret buffer: OPENSSL_cleanse, a store the
// compiler may not drop as dead the way it may drop a plain memset or fill before a free.

#include <QByteArray>

#include <cstddef>

namespace rc {

void secureZero(void *data, std::size_t size);
// Zeroes all of a buffer this code owns alone, its spare capacity included (a chop() or a
// shorter line read into it leaves bytes there), and keeps it allocated. A shared buffer is left
// alone: it still belongs to someone else.
void secureZero(QByteArray &bytes);
// secureZero(), then lets go of the buffer.
void wipeBytes(QByteArray &bytes);

class SecretBytes final
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        m_bytes.detach();
    }
    ~SecretBytes() { wipe(); }

    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept
        : m_bytes(std::move(other.m_bytes))
    { }
    SecretBytes &operator=(SecretBytes &&other) noexcept
    {
        if (this != &other) {
            wipe();
            m_bytes = std::move(other.m_bytes);
        }
        return *this;
    }

    bool isEmpty() const { return m_bytes.isEmpty(); }
    const QByteArray &view() const { return m_bytes; }
    SecretBytes copy() const
    {
        return SecretBytes(QByteArray(m_bytes.constData(), m_bytes.size()));
    }

    void wipe() { wipeBytes(m_bytes); }

private:
    QByteArray m_bytes;
};

} // namespace rc
