// The core Mustache spec (../shared/conformance/mustache: comments, delimiters, interpolation, inverted,
// partials, sections) through our Template layer. Cases the library still gets wrong are expected failures with
// the reason, so a fix (or a regression) in either direction shows up.
#include <kainjow/mustache.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "templates/PartialLibrary.h"
#include "templates/Template.h"
#include "templates/ViewModel.h"
#include "TestEnvironment.h"

using namespace alertdesk;

namespace {

// file/name → why our layer still differs from the spec.
const QHash<QString, QString>& knownDeviations()
{
    static const QHash<QString, QString> deviations = {
        {QStringLiteral("partials/Failed Lookup"),
         QStringLiteral(
             "by design (issue 5): an unknown partial is a template error with line and column, not empty text")},
    };
    return deviations;
}

// Cases the bare library (without our layer) gets wrong, so that a library update that changes any of them shows.
const QHash<QString, QString>& libraryDeviations()
{
    // Our layer fixes all of these (TemplateScanner: standalone lines; ViewContext: dotted names).
    static const QString kComment = QStringLiteral("leaves the blank line of a standalone comment tag");
    static const QString kDelimiter = QStringLiteral("leaves the blank line of a standalone set-delimiter tag");
    static const QString kPartial =
        QStringLiteral("keeps the line break after a standalone partial tag and does not indent the partial");
    static const QHash<QString, QString> deviations = {
        {QStringLiteral("comments/Standalone"), kComment},
        {QStringLiteral("comments/Indented Standalone"), kComment},
        {QStringLiteral("comments/Standalone Line Endings"), kComment},
        {QStringLiteral("comments/Standalone Without Previous Line"), kComment},
        {QStringLiteral("comments/Standalone Without Newline"), kComment},
        {QStringLiteral("comments/Multiline Standalone"), kComment},
        {QStringLiteral("comments/Indented Multiline Standalone"), kComment},
        {QStringLiteral("delimiters/Sections"), kDelimiter},
        {QStringLiteral("delimiters/Inverted Sections"), kDelimiter},
        {QStringLiteral("delimiters/Partial Inheritence"), kDelimiter},
        {QStringLiteral("delimiters/Standalone Tag"), kDelimiter},
        {QStringLiteral("delimiters/Indented Standalone Tag"), kDelimiter},
        {QStringLiteral("delimiters/Standalone Line Endings"), kDelimiter},
        {QStringLiteral("delimiters/Standalone Without Previous Line"), kDelimiter},
        {QStringLiteral("delimiters/Standalone Without Newline"), kDelimiter},
        {QStringLiteral("interpolation/Dotted Names - Context Precedence"),
         QStringLiteral("falls back to outer frames when a dotted name breaks (fixed by ViewContext)")},
        {QStringLiteral("partials/Standalone Line Endings"), kPartial},
        {QStringLiteral("partials/Standalone Without Previous Line"), kPartial},
        {QStringLiteral("partials/Standalone Without Newline"), kPartial},
        {QStringLiteral("partials/Standalone Indentation"), kPartial},
    };
    return deviations;
}

kainjow::mustache::data libraryData(const QJsonValue& value)
{
    using kainjow::mustache::data;
    switch (value.type()) {
    case QJsonValue::Object: {
        data object(data::type::object);
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            object.set(it.key().toStdString(), libraryData(it.value()));
        return object;
    }
    case QJsonValue::Array: {
        data list(data::type::list);
        for (const QJsonValue& element : value.toArray())
            list.push_back(libraryData(element));
        return list;
    }
    case QJsonValue::String:
        return data(value.toString().toStdString());
    case QJsonValue::Double:
        return data(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toStdString());
    case QJsonValue::Bool:
        return data(value.toBool());
    default:
        break;
    }
    return data(false);
}

} // namespace

class TestMustacheSpec final : public QObject
{
    Q_OBJECT

private slots:
    void specCase_data();
    void specCase();
    void bareLibrary_data() { specCase_data(); }
    void bareLibrary();
};

void TestMustacheSpec::specCase_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<QString>("key");
    const QString shared = alertdesk::test::sharedDir();
    if (shared.isEmpty())
        return;
    for (const char* file : {"comments", "delimiters", "interpolation", "inverted", "partials", "sections"}) {
        QFile json(shared + QStringLiteral("/conformance/mustache/") + QLatin1String(file) + QStringLiteral(".json"));
        if (!json.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray tests =
            QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("tests")).toArray();
        for (const QJsonValue& test : tests) {
            const QString key = QLatin1String(file) + u'/' + test.toObject().value(QStringLiteral("name")).toString();
            QTest::addRow("%s", qPrintable(key)) << test.toObject() << key;
        }
    }
}

void TestMustacheSpec::specCase()
{
    ALERTDESK_REQUIRE_SHARED(shared);
    QFETCH(QJsonObject, spec);
    QFETCH(QString, key);
    PartialLibrary partials;
    const QJsonObject partialTexts = spec.value(QStringLiteral("partials")).toObject();
    for (auto it = partialTexts.begin(); it != partialTexts.end(); ++it)
        partials.insert(it.key(), it.value().toString());

    const auto compiled =
        Template::compile(spec.value(QStringLiteral("template")).toString(), &partials, Escaping::Html);
    QString actual;
    if (!compiled) {
        actual = QStringLiteral("<compile error: %1>").arg(compiled.error().message);
    } else {
        const Expected<QString> rendered = compiled->render(ViewModel::fromJson(spec.value(QStringLiteral("data"))));
        actual = rendered ? *rendered : QStringLiteral("<render error: %1>").arg(rendered.error().message);
    }
    if (knownDeviations().contains(key))
        QEXPECT_FAIL("", qPrintable(knownDeviations().value(key)), Continue);
    QCOMPARE(actual, spec.value(QStringLiteral("expected")).toString());
}

// The library alone, partials in the data as it expects them: what our layer has to fix.
void TestMustacheSpec::bareLibrary()
{
    ALERTDESK_REQUIRE_SHARED(shared);
    QFETCH(QJsonObject, spec);
    QFETCH(QString, key);
    kainjow::mustache::data data = libraryData(spec.value(QStringLiteral("data")));
    const QJsonObject partials = spec.value(QStringLiteral("partials")).toObject();
    for (auto it = partials.begin(); it != partials.end(); ++it) {
        const std::string text = it.value().toString().toStdString();
        data.set(it.key().toStdString(), kainjow::mustache::partial([text] { return text; }));
    }
    kainjow::mustache::mustache engine(spec.value(QStringLiteral("template")).toString().toStdString());
    const QString actual = engine.is_valid()
        ? QString::fromStdString(engine.render(data))
        : QStringLiteral("<error: %1>").arg(QString::fromStdString(engine.error_message()));
    if (libraryDeviations().contains(key))
        QEXPECT_FAIL("", qPrintable(libraryDeviations().value(key)), Continue);
    QCOMPARE(actual, spec.value(QStringLiteral("expected")).toString());
}

QTEST_GUILESS_MAIN(TestMustacheSpec)
#include "tst_mustache_spec.moc"
