#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace alertdesk {

// The template library's shared pieces that templates include with {{> name}}. Plain text by name; compiled
// templates take what they use when they are compiled, so changing the library later needs a recompile.
class PartialLibrary final
{
public:
    void insert(const QString& name, const QString& text) { m_partials.insert(name, text); }
    void remove(const QString& name) { m_partials.remove(name); }
    bool contains(const QString& name) const { return m_partials.contains(name); }
    QString text(const QString& name) const { return m_partials.value(name); }
    QStringList names() const;

private:
    QHash<QString, QString> m_partials;
};

} // namespace alertdesk
