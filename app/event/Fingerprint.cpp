#include "Fingerprint.h"

namespace alertdesk {

namespace {

constexpr quint64 kFnvOffset = 14695981039346656037ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;
constexpr unsigned char kSeparator = 0xff;

quint64 addBytes(quint64 hash, std::string_view bytes)
{
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= kFnvPrime;
    }
    return hash;
}

quint64 addSeparator(quint64 hash)
{
    hash ^= kSeparator;
    return hash * kFnvPrime;
}

quint64 addBytes(quint64 hash, const QByteArray& bytes)
{
    return addBytes(hash, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
}

QString toHex(quint64 hash)
{
    static const char16_t kDigits[] = u"0123456789abcdef";
    QString hex(16, Qt::Uninitialized);
    for (int i = 15; i >= 0; --i, hash >>= 4)
        hex[i] = QChar(kDigits[hash & 0xf]);
    return hex;
}

} // namespace

QString alertmanagerFingerprint(const Labels& sortedLabels)
{
    quint64 hash = kFnvOffset;
    for (const auto& [name, value] : sortedLabels) {
        hash = addSeparator(addBytes(hash, name.toUtf8()));
        hash = addSeparator(addBytes(hash, value.toUtf8()));
    }
    return toHex(hash);
}

QString eventFingerprint(std::string_view source, std::string_view type, std::string_view subject)
{
    quint64 hash = kFnvOffset;
    hash = addSeparator(addBytes(hash, source));
    hash = addSeparator(addBytes(hash, type));
    hash = addSeparator(addBytes(hash, subject));
    return toHex(hash);
}

QString eventFingerprint(QStringView source, QStringView type, QStringView subject)
{
    quint64 hash = kFnvOffset;
    hash = addSeparator(addBytes(hash, source.toUtf8()));
    hash = addSeparator(addBytes(hash, type.toUtf8()));
    hash = addSeparator(addBytes(hash, subject.toUtf8()));
    return toHex(hash);
}

} // namespace alertdesk
