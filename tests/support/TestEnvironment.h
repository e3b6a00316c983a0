#pragma once

#include <QString>

namespace alertdesk::test {

// ../shared beside the checkout (ALERTDESK_SHARED_DIR), or empty when this is a user's clone without it;
// tests then QSKIP the cases that need it, saying so.
QString sharedDir();
// tests/data of the source tree.
QString testDataDir();
// The built executables (set by CTest; tests never use their sources).
QString cliPath();
QString guiPath();

} // namespace alertdesk::test

// Skips the current test function with a clear message when ../shared is missing.
#define ALERTDESK_REQUIRE_SHARED(dirVar)                                                                      \
    const QString dirVar = ::alertdesk::test::sharedDir();                                                    \
    if (dirVar.isEmpty())                                                                                     \
        QSKIP("../shared is not beside this checkout: the shared conformance and sample data are skipped")
