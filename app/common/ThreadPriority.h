#pragma once

namespace alertdesk {

// Lowers the calling thread's scheduling priority a little (Linux: nice +5 for this thread only; elsewhere
// nothing). For producer threads that can run ahead of their consumers: decoding a fast feed would otherwise
// take as much of a two-core machine as folding and storing, finish first, and leave the storage thread to
// catch up alone. Yielding keeps the GUI and storage threads first in line, and the bounded queue between them
// pushes back on the socket when decoding falls behind.
void lowerCurrentThreadPriority();

} // namespace alertdesk
