#include <cstdio>

#include "CliCommand.h"

namespace alertdesk::cli {

void printLine(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString& message)
{
    const QByteArray text = QByteArrayLiteral("alertdesk-cli: ") + message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace alertdesk::cli
