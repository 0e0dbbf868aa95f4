#pragma once
// Keeps this process's memory, which holds tokens, a private key and a passphrase, out of core
// files and out of reach of other processes of the same user (ptrace, /proc/<pid>/mem), the way
// KeePassXC's bootstrap does.

namespace rc {

// Sets RLIMIT_CORE to 0 and PR_SET_DUMPABLE to 0. Called first in main() for every verb. Returns
// false (and logs why) if either could not be set; the program goes on.
bool keepMemoryPrivate();

// Opens /dev/null on any of descriptors 0, 1 and 2 that the process was started without, so the
// next file opened (the audit log, a journal) cannot take one of their numbers and receive what
// is printed. Called first in main(). standardOutputWasClosed() then tells a verb whose output
// matters (an export) that it has nowhere to go.
void keepStandardStreamsOpen();
bool standardOutputWasClosed();

} // namespace rc
