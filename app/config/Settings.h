#pragma once

#include <memory>

#include <QSettings>
#include <QString>
#include <QVariant>

#include "config/Setting.h"

namespace alertdesk {

// The profile's settings.ini, read and written only through the typed Setting<T> table (config/Setting.h).
// Plain values only: secrets never come here (they live in the keychain, see secrets/SecretStore.h).
class Settings final
{
public:
    explicit Settings(const QString& iniPath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    template <typename T>
    T value(const Setting<T>& setting) const
    {
        const QVariant stored = m_settings->value(QLatin1StringView(setting.key));
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : setting.defaultValue;
    }

    template <typename T>
    void setValue(const Setting<T>& setting, const T& value)
    {
        m_settings->setValue(QLatin1StringView(setting.key), QVariant::fromValue(value));
    }

    template <typename T>
    void reset(const Setting<T>& setting)
    {
        m_settings->remove(QLatin1StringView(setting.key));
    }

    // Writes pending changes to disk; false (with the reason logged) when the file could not be written.
    bool sync();
    QString filePath() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace alertdesk
