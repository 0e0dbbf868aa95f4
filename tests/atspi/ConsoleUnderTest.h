#pragma once
// The real revoke-console --demo, started as its own process on the X display and accessibility
// bus the test runs on (see run-with-accessibility-bus.sh), and found on that bus by its process
// id: the test sees only what a screen reader sees. Stopped when the object goes.

#include "AtspiNode.h"

#include <QProcess>
#include <QTemporaryDir>

namespace rc::test {

class ConsoleUnderTest final
{
public:
    ConsoleUnderTest();
    ~ConsoleUnderTest();

    // Starts the window and waits until its frame is on the bus and the demo sign-in shows
    // "Signed in as". The message says what did not happen; empty on success.
    QString start(int timeoutMs = 15000);

    AtspiNode application() const { return m_application; }
    // The main window's frame.
    AtspiNode frame() const;
    // A showing dialog of the application whose name contains this text.
    AtspiNode dialog(const QString &nameContains = {}) const;
    QString output() const; // what the process printed, for failure messages

private:
    mutable QProcess m_process; // output() reads what it printed so far
    QTemporaryDir m_home; // its settings and audit log
    AtspiNode m_application;
};

// Polls (every 50 ms, running the event loop between) until done() holds or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace rc::test
