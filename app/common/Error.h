#pragma once

#include <expected>

#include <QString>

namespace alertdesk {

// The one error type of the engine's API: what went wrong (message, a full sentence for the user) and where
// (a file with line/column, a JSON path, a URL). Core functions that can fail return Expected<T>.
struct Error
{
    enum class Code {
        BadInput,      // the input is malformed or of the wrong shape: exit status 2 in the CLI
        TooLarge,      // over a documented size limit
        Unavailable,   // a service (keychain, network peer) could not be reached
        Refused,       // the peer answered and refused
        Io,            // reading or writing a file failed
        Busy,          // a resource is held by someone else (profile lock)
    };

    Code code = Code::BadInput;
    QString message;
    QString where;

    // "where: message", the form every CLI error and log line uses.
    QString toString() const;
};

template <typename T>
using Expected = std::expected<T, Error>;

inline std::unexpected<Error> fail(Error::Code code, QString message, QString where = {})
{
    return std::unexpected<Error>(Error{code, std::move(message), std::move(where)});
}

} // namespace alertdesk
