#pragma once
// A move-only holder for a token or passphrase: zero-filled when destroyed or replaced, never
// printed, never implicitly converted. Read it with view() only where it goes on the wire.

#include <QByteArray>

namespace rc {

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

    void wipe()
    {
        // Only scrub a buffer we own alone: a shared one still belongs to someone else.
        if (!m_bytes.isEmpty() && !m_bytes.isDetached())
            m_bytes = QByteArray();
        if (!m_bytes.isEmpty())
            m_bytes.fill('\0');
        m_bytes.clear();
    }

private:
    QByteArray m_bytes;
};

} // namespace rc
