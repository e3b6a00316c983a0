#include "Settings.h"

#include "common/Logging.h"

namespace alertdesk {

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings()
{
    sync();
}

bool Settings::sync()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    qCWarning(lcConfig) << "could not write" << m_settings->fileName();
    return false;
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

} // namespace alertdesk
