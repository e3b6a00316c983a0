#pragma once

#include <memory>

#include <QByteArray>
#include <QObject>
#include <QString>

#include "common/Error.h"
#include "rules/RuleSet.h"

class QFileSystemWatcher;
class QTimer;

namespace alertdesk {

// The profile's rules.json (ProfilePaths::rulesFile()): loaded (a missing file is an empty rule set), saved
// atomically, and reloaded when someone edits it outside AlertDesk. An invalid file never replaces the rules
// in force: loadFailed() says what is wrong and where (JSON path, line, column) and the last valid set stays.
class RulesFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesFile)

public:
    explicit RulesFile(QString path, QObject* parent = nullptr);
    ~RulesFile() override;

    QString path() const { return m_path; }

    // Reads the file and starts watching it. On an invalid file returns the error (and emits loadFailed).
    Expected<void> load();
    // Writes `set` atomically (QSaveFile); on success it is the set in force and ruleSetChanged() is emitted.
    Expected<void> save(const rules::RuleSet& set);

    // The set in force: immutable, so it can be handed to another thread as is.
    std::shared_ptr<const rules::RuleSet> ruleSet() const { return m_set; }
    // Why the file on disk is not the set in force; empty when it is.
    QString lastError() const { return m_error; }

signals:
    // A new set is in force (reloaded after an outside edit, or saved), or the file is valid again after an
    // invalid edit (lastError() is empty again).
    void ruleSetChanged();
    // The file could not be used; `message` names the file, the JSON path, line and column.
    void loadFailed(const QString& message);

private:
    Expected<void> readFile(bool announce);
    void watch();
    void onFileSystemChange();

    QString m_path;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_settle = nullptr;
    std::shared_ptr<const rules::RuleSet> m_set;
    QByteArray m_text; // the file's content when m_set was taken from it (or written)
    bool m_textKnown = false;
    QString m_error;
};

} // namespace alertdesk
