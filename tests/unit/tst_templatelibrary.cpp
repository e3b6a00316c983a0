// The profile's template library: one readable file per template with a stable id and a version, new,
// duplicate, rename, save, delete and restore, export and import, the shipped templates read-only; and the
// shipped sample alerts the editor previews against.
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "common/Clock.h"
#include "notify/MessageComposer.h"
#include "templates/SampleEvents.h"
#include "templates/Template.h"
#include "templates/TemplateLibrary.h"
#include "templates/ViewModel.h"

using namespace alertdesk;

namespace {

const QString kText = QStringLiteral("---\ntitle: {{statusEmoji}} {{title}}\natMobiles: 13800001111\n---\n"
                                     "### {{title}}\n\n> {{summary}}\n");

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestTemplateLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newTemplateIsOneReadableFile();
    void reloadGivesTheSameTemplates();
    void renameKeepsTheIdAndFile();
    void saveCountsTheVersionUp();
    void duplicateGetsItsOwnId();
    void removeThenRestoreGivesItBack();
    void shippedTemplatesAreReadOnly();
    void exportThenImportGivesTheSameTemplate();
    void importOfATakenIdGetsANewOne();
    void importOfABareMustacheFile();
    void brokenFilesAreReportedAndSkipped_data();
    void brokenFilesAreReportedAndSkipped();
    void ownTemplatesAreIncludableAsPartials();
    void samplesCoverBothSourcesFiringAndResolved();
    void everyCompletedFieldRendersAgainstEverySample();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString folder() const { return m_dir->path() + QStringLiteral("/templates"); }
};

void TestTemplateLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTemplateLibrary::newTemplateIsOneReadableFile()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    const auto created = library.create(QStringLiteral("Ops DingTalk (中文)"), kText);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QCOMPARE(created->id, QStringLiteral("ops-dingtalk"));
    QCOMPARE(created->version, 1);
    QCOMPARE(QDir(folder()).entryList(QDir::Files), QStringList{QStringLiteral("ops-dingtalk.mustache")});
    const QString file = readFile(folder() + QStringLiteral("/ops-dingtalk.mustache"));
    QCOMPARE(file, QStringLiteral("---\nid: ops-dingtalk\nname: Ops DingTalk (中文)\nversion: 1\n"
                                  "title: {{statusEmoji}} {{title}}\natMobiles: 13800001111\n---\n"
                                  "### {{title}}\n\n> {{summary}}\n"));
    // The same name again gets its own id and file.
    const auto second = library.create(QStringLiteral("Ops DingTalk (中文)"), QStringLiteral("{{title}}"));
    QVERIFY(second);
    QCOMPARE(second->id, QStringLiteral("ops-dingtalk-2"));
    // A template without front matter gets one holding only the library's keys.
    QCOMPARE(readFile(folder() + QStringLiteral("/ops-dingtalk-2.mustache")),
             QStringLiteral("---\nid: ops-dingtalk-2\nname: Ops DingTalk (中文)\nversion: 1\n---\n{{title}}"));
}

void TestTemplateLibrary::reloadGivesTheSameTemplates()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    const LibraryTemplate a = *library.create(QStringLiteral("Alpha"), kText);
    const LibraryTemplate b = *library.create(QStringLiteral("Beta"), QStringLiteral("plain {{title}}\n"));
    TemplateLibrary again(folder());
    QVERIFY(again.load());
    QCOMPARE(again.find(a.id), std::optional(a));
    QCOMPARE(again.find(b.id), std::optional(b));
    QCOMPARE(again.templates().first().name, QStringLiteral("Alpha")); // own first, by name
}

void TestTemplateLibrary::renameKeepsTheIdAndFile()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    const LibraryTemplate created = *library.create(QStringLiteral("Old name"), kText);
    const auto renamed = library.rename(created.id, QStringLiteral("New name"));
    QVERIFY(renamed);
    QCOMPARE(renamed->id, created.id);
    QCOMPARE(renamed->text, created.text);
    TemplateLibrary again(folder());
    QVERIFY(again.load());
    QCOMPARE(again.find(created.id)->name, QStringLiteral("New name"));
    QVERIFY(!library.rename(created.id, QStringLiteral("  ")));
}

void TestTemplateLibrary::saveCountsTheVersionUp()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    const LibraryTemplate created = *library.create(QStringLiteral("T"), kText);
    QCOMPARE(library.save(created.id, kText + QStringLiteral("more\n"))->version, 2);
    QCOMPARE(library.save(created.id, kText + QStringLiteral("more\n"))->version, 2); // unchanged text: no bump
    QCOMPARE(library.save(created.id, kText)->version, 3);
    TemplateLibrary again(folder());
    QVERIFY(again.load());
    QCOMPARE(again.find(created.id)->version, 3);
    QCOMPARE(again.find(created.id)->text, kText);
}

void TestTemplateLibrary::duplicateGetsItsOwnId()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    const LibraryTemplate created = *library.create(QStringLiteral("T"), kText);
    const auto copy = library.duplicate(created.id, library.uniqueName(QStringLiteral("T")));
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("T 2"));
    QVERIFY(copy->id != created.id);
    QCOMPARE(copy->text, created.text);
    QCOMPARE(copy->version, 1);
}

void TestTemplateLibrary::removeThenRestoreGivesItBack()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    LibraryTemplate created = *library.create(QStringLiteral("T"), kText);
    created = *library.save(created.id, kText + QStringLiteral("x"));
    const QString path = folder() + u'/' + created.id + QStringLiteral(".mustache");
    const QString before = readFile(path);
    const auto removed = library.remove(created.id);
    QVERIFY(removed);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!library.find(created.id));
    QVERIFY(library.restore(*removed));
    QCOMPARE(readFile(path), before);
    QCOMPARE(library.find(created.id), std::optional(created));
}

void TestTemplateLibrary::shippedTemplatesAreReadOnly()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    const auto shipped = library.find(QStringLiteral("builtin:zh/dingtalk-alert"));
    QVERIFY(shipped);
    QVERIFY(shipped->builtin);
    QVERIFY(shipped->text.contains(QStringLiteral("查看详情")));
    QVERIFY(!library.save(shipped->id, QStringLiteral("x")));
    QVERIFY(!library.rename(shipped->id, QStringLiteral("x")));
    QVERIFY(!library.remove(shipped->id));
    QVERIFY(QDir(folder()).entryList(QDir::Files).isEmpty());
    // Duplicating one gives an editable copy with the same text.
    const auto copy = library.duplicate(shipped->id, QStringLiteral("My DingTalk"));
    QVERIFY(copy);
    QVERIFY(!copy->builtin);
    QCOMPARE(copy->text, shipped->text);
    QVERIFY(library.save(copy->id, copy->text + QStringLiteral("\n")));
}

void TestTemplateLibrary::exportThenImportGivesTheSameTemplate()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    const LibraryTemplate created = *library.create(QStringLiteral("Exported"), kText);
    const QString file = m_dir->path() + QStringLiteral("/exported.mustache");
    QVERIFY(library.exportTo(created.id, file));
    QVERIFY(library.remove(created.id));
    TemplateLibrary other(m_dir->path() + QStringLiteral("/other"));
    QVERIFY(other.load());
    const auto imported = other.importFrom(file);
    QVERIFY(imported);
    QCOMPARE(*imported, created);
}

void TestTemplateLibrary::importOfATakenIdGetsANewOne()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    const LibraryTemplate created = *library.create(QStringLiteral("Same"), kText);
    const QString file = m_dir->path() + QStringLiteral("/same.mustache");
    QVERIFY(library.exportTo(created.id, file));
    const auto imported = library.importFrom(file);
    QVERIFY(imported);
    QVERIFY(imported->id != created.id);
    QCOMPARE(imported->name, QStringLiteral("Same 2"));
    QCOMPARE(imported->text, created.text);
    QCOMPARE(library.find(created.id), std::optional(created)); // the original is untouched
}

void TestTemplateLibrary::importOfABareMustacheFile()
{
    const QString file = m_dir->path() + QStringLiteral("/Night Shift.mustache");
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{{statusEmoji}} {{title}}\n");
    out.close();
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    const auto imported = library.importFrom(file);
    QVERIFY(imported);
    QCOMPARE(imported->id, QStringLiteral("night-shift"));
    QCOMPARE(imported->name, QStringLiteral("Night Shift"));
    QCOMPARE(imported->text, QStringLiteral("{{statusEmoji}} {{title}}\n"));
}

void TestTemplateLibrary::brokenFilesAreReportedAndSkipped_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::addRow("no front matter") << "a.mustache" << QByteArray("{{title}}") << "must begin with";
    QTest::addRow("unclosed front matter") << "b.mustache" << QByteArray("---\nid: b\n{{title}}") << "no closing";
    QTest::addRow("bad id") << "c.mustache" << QByteArray("---\nid: C D\n---\nx") << "\"id\" must be";
    QTest::addRow("id is not the file name") << "d.mustache" << QByteArray("---\nid: e\n---\nx") << "not its file name";
}

void TestTemplateLibrary::brokenFilesAreReportedAndSkipped()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QVERIFY(QDir().mkpath(folder()));
    QFile good(folder() + QStringLiteral("/good.mustache"));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("---\nid: good\nname: Good\nversion: 4\n---\n{{title}}\n");
    good.close();
    QFile bad(folder() + u'/' + fileName);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(content);
    bad.close();
    TemplateLibrary library(folder());
    const auto loaded = library.load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(reason), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(fileName));
    QCOMPARE(library.find(QStringLiteral("good"))->version, 4);
}

void TestTemplateLibrary::ownTemplatesAreIncludableAsPartials()
{
    TemplateLibrary library(folder());
    QVERIFY(library.load());
    QVERIFY(library.create(QStringLiteral("footer"), QStringLiteral("---\ntitle: ignored\n---\n-- {{subject}}")));
    const PartialLibrary partials = library.partials(QStringLiteral("en"));
    QVERIFY(partials.contains(QStringLiteral("facts-markdown"))); // the shipped ones too
    const auto compiled = Template::compile(QStringLiteral("{{title}} {{> footer}}"), &partials);
    QVERIFY(compiled);
    const ViewModel view = ViewModel::fromJson(QJsonObject{{QStringLiteral("title"), QStringLiteral("Disk")},
                                                           {QStringLiteral("subject"), QStringLiteral("db1")}});
    QCOMPARE(compiled->render(view).value(), QStringLiteral("Disk -- db1"));
}

void TestTemplateLibrary::samplesCoverBothSourcesFiringAndResolved()
{
    ManualClock clock(1800000000000);
    const QList<SampleAlert> samples = sampleEvents::load(clock);
    QVERIFY(samples.size() >= 6);
    const auto has = [&](bool tencent, Status status) {
        return std::any_of(samples.cbegin(), samples.cend(), [&](const SampleAlert& s) {
            return (s.event.payloadKind == Event::Payload::AlertmanagerAlert) != tencent && s.event.status == status;
        });
    };
    QVERIFY(has(true, Status::Firing));
    QVERIFY(has(true, Status::Resolved));
    QVERIFY(has(false, Status::Firing));
    QVERIFY(has(false, Status::Resolved));
    // The recovered Tencent alert knows when it began: its duration is the time since the firing sample.
    const auto resolved = std::find_if(samples.cbegin(), samples.cend(), [](const SampleAlert& s) {
        return s.file == QLatin1String("tencent-cvm-ping-unreachable-resolved.json");
    });
    QVERIFY(resolved != samples.cend());
    QCOMPARE(resolved->context.count, 2);
    const QJsonObject view =
        ViewModel::forAlert(resolved->event, resolved->context, {}, clock.nowMs()).toJson().toObject();
    QCOMPARE(view.value(QStringLiteral("duration")).toString(), QStringLiteral("15m 10s"));
}

void TestTemplateLibrary::everyCompletedFieldRendersAgainstEverySample()
{
    // The editor completes the names ViewModel::alertFields() lists: each must render against a real alert.
    ManualClock clock(1800000000000);
    const QList<SampleAlert> samples = sampleEvents::load(clock);
    QVERIFY(!samples.isEmpty());
    for (const ViewField& field : ViewModel::alertFields()) {
        const auto compiled = Template::compile(QStringLiteral("{{#%1}}x{{/%1}}").arg(field.name));
        QVERIFY2(compiled, qPrintable(field.name));
        for (const SampleAlert& sample : samples) {
            const ViewModel view = ViewModel::forAlert(sample.event, sample.context, {}, clock.nowMs());
            QVERIFY2(view.toJson().toObject().contains(field.name), qPrintable(field.name + u' ' + sample.file));
            QVERIFY2(compiled->render(view), qPrintable(field.name + u' ' + sample.file));
        }
    }
}

QTEST_GUILESS_MAIN(TestTemplateLibrary)

#include "tst_templatelibrary.moc"
