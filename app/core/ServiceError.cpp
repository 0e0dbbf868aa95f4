#include "core/ServiceError.h"

namespace rc {

QString kindName(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case ServiceError::Kind::Configuration:
        return QStringLiteral("configuration");
    case ServiceError::Kind::SignIn:
        return QStringLiteral("sign-in");
    case ServiceError::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case ServiceError::Kind::NotFound:
        return QStringLiteral("not-found");
    case ServiceError::Kind::Throttled:
        return QStringLiteral("throttled");
    case ServiceError::Kind::Network:
        return QStringLiteral("network");
    case ServiceError::Kind::Redirect:
        return QStringLiteral("redirect");
    case ServiceError::Kind::Service:
        return QStringLiteral("service");
    case ServiceError::Kind::BadResponse:
        return QStringLiteral("bad-response");
    case ServiceError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case ServiceError::Kind::Keychain:
        return QStringLiteral("keychain");
    }
    return QStringLiteral("service");
}

} // namespace rc
