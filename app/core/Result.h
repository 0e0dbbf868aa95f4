#pragma once
// Result<T>: a value or a ServiceError, what every asynchronous call hands to its callback.

#include "core/ServiceError.h"

#include <utility>
#include <variant>

namespace rc {

struct Done
{
}; // the value of a Result that carries no data

template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::in_place_index<0>, std::move(value))
    { }
    Result(ServiceError error)
        : m_value(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_value); }
    T &value() & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    const ServiceError &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, ServiceError> m_value;
};

} // namespace rc
