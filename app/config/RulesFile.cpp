#include "RulesFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QTimer>

#include "common/Logging.h"
#include "rules/RuleSetJson.h"

namespace alertdesk {

namespace {

constexpr qint64 kMaxRulesFileBytes = 64LL * 1024 * 1024;
// Editors write in several steps (truncate, write, rename); the file is read once they have settled.
constexpr int kSettleMs = 100;

} // namespace

RulesFile::RulesFile(QString path, QObject* parent)
    : QObject(parent),
      m_path(std::move(path)),
      m_watcher(new QFileSystemWatcher(this)),
      m_settle(new QTimer(this)),
      m_set(std::make_shared<const rules::RuleSet>())
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &RulesFile::onFileSystemChange);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
}

RulesFile::~RulesFile() = default;

Expected<void> RulesFile::load()
{
    const Expected<void> read = readFile(false);
    watch();
    return read;
}

Expected<void> RulesFile::save(const rules::RuleSet& set)
{
    const Expected<QByteArray> text = set.toJson();
    if (!text)
        return std::unexpected(text.error());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
        return fail(Error::Code::Io, tr("Could not save the rules: %1").arg(file.errorString()), m_path);
    m_set = std::make_shared<const rules::RuleSet>(set);
    m_text = *text;
    m_textKnown = true;
    m_error.clear();
    watch();
    emit ruleSetChanged();
    return {};
}

// Reads the file into the set in force unless it is what is in force already (our own save coming back).
Expected<void> RulesFile::readFile(bool announce)
{
    QByteArray text;
    QFile file(m_path);
    if (file.exists()) {
        if (file.size() > kMaxRulesFileBytes || !file.open(QIODevice::ReadOnly)) {
            m_error = file.size() > kMaxRulesFileBytes
                ? tr("%1: the rules file is larger than 64 MiB; the rules loaded before stay in force.").arg(m_path)
                : tr("%1: could not read the rules file (%2); the rules loaded before stay in force.")
                      .arg(m_path, file.errorString());
            emit loadFailed(m_error);
            return fail(Error::Code::Io, m_error, m_path);
        }
        text = file.readAll();
    }
    if (m_textKnown && text == m_text) {
        const bool recovered = !m_error.isEmpty();
        m_error.clear();
        if (recovered && announce)
            emit ruleSetChanged();
        return {};
    }
    // A missing file is an empty rule set, as on a new profile.
    Expected<rules::RuleSet> set = text.isEmpty() && !file.exists()
        ? Expected<rules::RuleSet>(rules::RuleSet{})
        : rules::readRuleSet(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    if (!set) {
        m_error = tr("%1: %2 The rules loaded before stay in force.").arg(m_path, set.error().toString());
        qCWarning(lcConfig).noquote() << m_error;
        emit loadFailed(m_error);
        return std::unexpected(Error{Error::Code::BadInput, m_error, m_path});
    }
    m_set = std::make_shared<const rules::RuleSet>(std::move(*set));
    m_text = text;
    m_textKnown = true;
    m_error.clear();
    qCInfo(lcConfig) << "rules loaded:" << m_set->rules.size() << "from" << m_path;
    if (announce)
        emit ruleSetChanged();
    return {};
}

// The file itself (changes in place) and its folder (editors and QSaveFile replace the file by renaming, which
// ends the watch on the old one; creation of a missing file shows up there too).
void RulesFile::watch()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(dir) && QFileInfo::exists(dir))
        m_watcher->addPath(dir);
    if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

void RulesFile::onFileSystemChange()
{
    watch();
    (void)readFile(true);
}

} // namespace alertdesk
