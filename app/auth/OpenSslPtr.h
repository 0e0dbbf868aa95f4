#pragma once
// Owning pointers for OpenSSL objects: OpenSslPtr<X509, X509_free> frees with the type's own
// function when it goes out of scope.

#include <memory>

namespace rc {

template<typename T, void (*Free)(T *)> struct OpenSslFree
{
    void operator()(T *p) const { Free(p); }
};

template<typename T, void (*Free)(T *)> using OpenSslPtr = std::unique_ptr<T, OpenSslFree<T, Free>>;

} // namespace rc
