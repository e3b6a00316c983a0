#include "TokenFile.h"

#include <sys/stat.h>

#include <QFile>

namespace alertdesk {

namespace {
constexpr qsizetype kMaxTokenBytes = 4096;
} // namespace

Expected<QByteArray> readTokenFile(const QString& path)
{
    const QString where = QStringLiteral("--token-file ") + path;
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return fail(Error::Code::BadInput, QStringLiteral("no such file"), where);
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(Error::Code::BadInput,
                    QStringLiteral("the file is readable by group or others (mode %1); run chmod 600 on it")
                        .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0')),
                    where);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QStringLiteral("cannot read it (%1)").arg(file.errorString()), where);
    const QByteArray token = file.read(kMaxTokenBytes + 1).trimmed();
    if (token.isEmpty())
        return fail(Error::Code::BadInput, QStringLiteral("the file is empty"), where);
    if (token.size() > kMaxTokenBytes)
        return fail(Error::Code::BadInput, QStringLiteral("the token is longer than %1 bytes").arg(kMaxTokenBytes), where);
    for (const char c : token) {
        if (c < 0x21 || c > 0x7e)
            return fail(Error::Code::BadInput,
                        QStringLiteral("the token must be one line of printable ASCII without spaces"), where);
    }
    return token;
}

} // namespace alertdesk
