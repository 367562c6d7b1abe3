// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: errors cross layer edges as values (docs/architecture.md §6.4): a value or a message the user can
// read.
#include <QString>
#include <optional>
#include <utility>

namespace dx {

/// Why an operation failed. The code is for programs (exit codes, tests); the message is for people,
/// already translated into the user's language.
struct Error
{
    enum class Code
    {
        Invalid,  ///< bad input: the edit was refused and nothing changed
        NotFound, ///< the entity or file does not exist
        Exists,   ///< would overwrite something that exists
        NotAPlan, ///< the file is not a DX Planner plan (or is empty)
        Corrupt,  ///< the file is damaged or truncated
        TooNew,   ///< written by a newer DX Planner
        Io,       ///< the operating system refused (permissions, disk full)
        Stale,    ///< based on a copy another program changed since: refused, nothing changed
        Database  ///< any other database failure
    };
    Code code = Code::Invalid;
    QString message;
};

/// A value of type T, or an Error.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    static Result fail(Error::Code code, QString message) { return Result(Error{code, std::move(message)}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Success without a value.
struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Status(Done{});
}

} // namespace dx
