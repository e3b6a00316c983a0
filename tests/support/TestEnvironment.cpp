#include "TestEnvironment.h"

#include <QDir>
#include <QFileInfo>

namespace alertdesk::test {

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("ALERTDESK_SHARED_DIR");
    if (dir.isEmpty() || !QFileInfo(dir + QStringLiteral("/BRIEF.md")).exists())
        return {};
    return QDir(dir).absolutePath();
}

QString testDataDir()
{
    return qEnvironmentVariable("ALERTDESK_TEST_DATA");
}

QString cliPath()
{
    return qEnvironmentVariable("ALERTDESK_CLI");
}

QString guiPath()
{
    return qEnvironmentVariable("ALERTDESK_GUI");
}

} // namespace alertdesk::test
