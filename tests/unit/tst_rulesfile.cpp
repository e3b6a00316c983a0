// The profile's rules.json: a missing file is an empty set, saves are atomic and read back, edits made outside
// AlertDesk are picked up, and an invalid file is reported with its place while the last valid rules stay.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "config/ProfilePaths.h"
#include "config/RulesFile.h"
#include "rules/RuleSetJson.h"

using namespace alertdesk;
using namespace alertdesk::rules;

namespace {

QByteArray ruleSetText(const char* name, const char* source)
{
    return QByteArray(R"({"version": 1, "rules": [{"id": "r1", "name": ")") + name + R"(", "pattern": {"source": [")" +
        source + R"("]}}]})";
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRulesFile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void profileHasRulesFile();
    void missingFileIsEmptySet();
    void saveWritesAtomicallyAndReadsBack();
    void failedSaveChangesNothing();
    void outsideEditIsReloaded();
    void replacedByRenameIsReloaded();
    void createdLaterIsLoaded();
    void invalidEditKeepsLastValid();
    void invalidAtStartIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestRulesFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("rules.json"));
}

void TestRulesFile::profileHasRulesFile()
{
    const Expected<ProfilePaths> paths = ProfilePaths::resolve(m_dir->path());
    QVERIFY(paths);
    QCOMPARE(paths->rulesFile(), QDir(m_dir->path()).absoluteFilePath(QStringLiteral("rules.json")));
}

void TestRulesFile::missingFileIsEmptySet()
{
    RulesFile file(m_path);
    QVERIFY(file.load());
    QVERIFY(file.ruleSet()->rules.empty());
    QVERIFY(file.lastError().isEmpty());
    QVERIFY(!QFile::exists(m_path)); // loading does not create it
}

void TestRulesFile::saveWritesAtomicallyAndReadsBack()
{
    RulesFile file(m_path);
    QVERIFY(file.load());
    QSignalSpy changed(&file, &RulesFile::ruleSetChanged);
    Expected<RuleSet> set = readRuleSet(ruleSetText("Saved", "a").toStdString());
    QVERIFY(set);
    set->rules[0].policy.groupBy = {QStringLiteral("subject")};
    QVERIFY(file.save(*set));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(file.ruleSet()->rules[0].name, QStringLiteral("Saved"));
    QCOMPARE(readFile(m_path), *writeRuleSet(*set));
    // No temporary file left behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("rules.json")});
    RulesFile again(m_path);
    QVERIFY(again.load());
    QCOMPARE(again.ruleSet()->rules.size(), size_t(1));
    QCOMPARE(again.ruleSet()->rules[0].policy, set->rules[0].policy);
    QCOMPARE(again.ruleSet()->rules[0].patternJson, set->rules[0].patternJson);
}

void TestRulesFile::failedSaveChangesNothing()
{
    const QByteArray before = ruleSetText("Kept", "a");
    QVERIFY(writeFile(m_path, before));
    RulesFile file(m_path);
    QVERIFY(file.load());
    QSignalSpy changed(&file, &RulesFile::ruleSetChanged);
    RuleSet set = *file.ruleSet();
    set.rules[0].patternJson.clear(); // a rule the editor has not given a pattern yet
    const Expected<void> saved = file.save(set);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("has no pattern")), qPrintable(saved.error().message));
    QCOMPARE(readFile(m_path), before);
    QCOMPARE(file.ruleSet()->rules[0].name, QStringLiteral("Kept"));
    QVERIFY(!file.ruleSet()->rules[0].patternJson.empty());
    QCOMPARE(changed.count(), 0);
}

void TestRulesFile::outsideEditIsReloaded()
{
    QVERIFY(writeFile(m_path, ruleSetText("First", "a")));
    RulesFile file(m_path);
    QVERIFY(file.load());
    QCOMPARE(file.ruleSet()->rules[0].name, QStringLiteral("First"));
    QSignalSpy changed(&file, &RulesFile::ruleSetChanged);
    QVERIFY(writeFile(m_path, ruleSetText("Edited", "b")));
    QVERIFY(changed.wait(5000));
    QCOMPARE(file.ruleSet()->rules[0].name, QStringLiteral("Edited"));
}

void TestRulesFile::replacedByRenameIsReloaded()
{
    QVERIFY(writeFile(m_path, ruleSetText("First", "a")));
    RulesFile file(m_path);
    QVERIFY(file.load());
    QSignalSpy changed(&file, &RulesFile::ruleSetChanged);
    // What editors and QSaveFile do: write a new file, rename it over the old one (twice, so the watch must
    // survive the first replacement).
    for (const char* name : {"Renamed", "Renamed again"}) {
        const QString temp = m_dir->filePath(QStringLiteral("rules.json.tmp"));
        QVERIFY(writeFile(temp, ruleSetText(name, "c")));
        QVERIFY(QFile::remove(m_path));
        QVERIFY(QFile::rename(temp, m_path));
        QTRY_COMPARE_WITH_TIMEOUT(file.ruleSet()->rules.empty() ? QString() : file.ruleSet()->rules[0].name,
                                  QString::fromUtf8(name), 5000);
    }
    QVERIFY(changed.count() >= 2);
}

void TestRulesFile::createdLaterIsLoaded()
{
    RulesFile file(m_path);
    QVERIFY(file.load());
    QSignalSpy changed(&file, &RulesFile::ruleSetChanged);
    QVERIFY(writeFile(m_path, ruleSetText("New", "d")));
    QVERIFY(changed.wait(5000));
    QCOMPARE(file.ruleSet()->rules.size(), size_t(1));
}

void TestRulesFile::invalidEditKeepsLastValid()
{
    QVERIFY(writeFile(m_path, ruleSetText("Valid", "a")));
    RulesFile file(m_path);
    QVERIFY(file.load());
    const std::shared_ptr<const RuleSet> valid = file.ruleSet();
    QSignalSpy failed(&file, &RulesFile::loadFailed);
    QSignalSpy changed(&file, &RulesFile::ruleSetChanged);
    QVERIFY(writeFile(m_path,
                      "{\"version\": 1, \"rules\": [\n  {\"id\": \"r1\", \"name\": \"Broken\", \"pattern\": "
                      "{\"source\": [\"a\"]},\n   \"policy\": {\"group_wait\": \"soon\"}}]}"));
    QVERIFY(failed.wait(5000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(m_path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("$.rules[0].policy.group_wait")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line 3, column 29")), qPrintable(message));
    QCOMPARE(file.lastError(), message);
    QCOMPARE(file.ruleSet(), valid); // the same set object: nothing replaced
    QCOMPARE(file.ruleSet()->rules[0].name, QStringLiteral("Valid"));
    QCOMPARE(changed.count(), 0);
    // A syntax error too.
    QVERIFY(writeFile(m_path, "{\"version\": 1,\n \"rules\": [,]}"));
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.last().at(0).toString().contains(QStringLiteral("line 2, column 12")),
             qPrintable(failed.last().at(0).toString()));
    QCOMPARE(file.ruleSet()->rules[0].name, QStringLiteral("Valid"));
    // Fixed: the new set is in force and the error is gone.
    QVERIFY(writeFile(m_path, ruleSetText("Fixed", "b")));
    QVERIFY(changed.wait(5000));
    QCOMPARE(file.ruleSet()->rules[0].name, QStringLiteral("Fixed"));
    QVERIFY(file.lastError().isEmpty());
}

void TestRulesFile::invalidAtStartIsReported()
{
    QVERIFY(writeFile(m_path, "{\"version\": 1, \"rules\": [{\"id\": \"r1\"}]}"));
    RulesFile file(m_path);
    QSignalSpy failed(&file, &RulesFile::loadFailed);
    const Expected<void> loaded = file.load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("$.rules[0].name")), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(QStringLiteral("line 1, column 26")), qPrintable(loaded.error().message));
    QCOMPARE(failed.count(), 1);
    QVERIFY(file.ruleSet()->rules.empty());
}

QTEST_GUILESS_MAIN(TestRulesFile)
#include "tst_rulesfile.moc"
