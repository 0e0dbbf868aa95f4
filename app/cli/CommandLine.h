#pragma once
// The command-line verbs (revoke, contain, restore, signin, signout, profile, history, emulator)
// behind one entry point, so main() only decides between the command line and the window.

namespace rc::cli {

// True when argv names a verb, asks for --help or --version, or cannot be parsed (the error is
// answered on the terminal where it was typed): then no window is shown.
bool wantsCommandLine(int argc, char **argv);
// Runs the verb on a QCoreApplication and returns the process exit code.
int runCommandLine(int argc, char **argv);

} // namespace rc::cli
