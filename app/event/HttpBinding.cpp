#include "HttpBinding.h"

#include "event/EventJson.h"
#include "event/Utf8.h"

namespace alertdesk {

namespace {

// Values are percent-encoded UTF-8 and may be wrapped in double quotes.
QByteArray decodeHeaderValue(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.sliced(1, value.size() - 2);
    return QByteArray::fromPercentEncoding(value);
}

bool isJsonContentType(QByteArrayView contentType)
{
    const QByteArray type = contentType.toByteArray().split(';').first().trimmed().toLower();
    return type.isEmpty() || type == "application/json" || type == "text/json" || type.endsWith("+json");
}

// CloudEvents attribute names: lower-case letters and digits.
bool isAttributeName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

} // namespace

QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool isBinaryModeRequest(const HttpHeaders& headers)
{
    return !headerValue(headers, "ce-specversion").isEmpty();
}

Expected<QByteArray> structuredFromBinaryMode(const HttpHeaders& headers, QByteArrayView body)
{
    for (const char* required : {"ce-specversion", "ce-id", "ce-source", "ce-type"}) {
        if (headerValue(headers, QByteArrayView(required)).isEmpty())
            return fail(Error::Code::BadInput,
                        QStringLiteral("missing; binary-mode CloudEvents need ce-specversion, ce-id, ce-source and ce-type"),
                        QStringLiteral("header %1").arg(QLatin1String(required)));
    }
    QByteArray document = "{";
    for (const auto& [key, value] : headers) {
        const QByteArray name = key.toLower();
        // The spec forbids ce-datacontenttype beside Content-Type; Content-Type wins.
        if (!name.startsWith("ce-") || name == "ce-datacontenttype")
            continue;
        const QByteArrayView attribute = QByteArrayView(name).sliced(3);
        if (!isAttributeName(attribute))
            return fail(Error::Code::BadInput, QStringLiteral("not a CloudEvents attribute name (a-z, 0-9)"),
                        QStringLiteral("header ") + QString::fromLatin1(name));
        const QByteArray decoded = decodeHeaderValue(value);
        if (firstInvalidUtf8(decoded) >= 0)
            return fail(Error::Code::BadInput, QStringLiteral("invalid UTF-8 after percent-decoding"),
                        QStringLiteral("header ") + QString::fromLatin1(name));
        if (document.size() > 1)
            document.append(',');
        document.append('"').append(attribute).append("\":");
        appendJsonString(document, std::string_view(decoded.constData(), static_cast<size_t>(decoded.size())));
    }
    const QByteArray contentType = headerValue(headers, "content-type");
    if (!contentType.isEmpty()) {
        document.append(",\"datacontenttype\":");
        appendJsonString(document, QString::fromUtf8(contentType));
    }
    if (!body.trimmed().isEmpty()) {
        if (isJsonContentType(contentType)) {
            document.append(",\"data\":").append(body);
        } else if (firstInvalidUtf8(body) < 0) {
            document.append(",\"data\":");
            appendJsonString(document, std::string_view(body.data(), static_cast<size_t>(body.size())));
        } else {
            document.append(",\"data_base64\":\"").append(body.toByteArray().toBase64()).append('"');
        }
    }
    document.append('}');
    return document;
}

} // namespace alertdesk
