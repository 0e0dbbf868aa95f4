#include "cli/EchoOff.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace rc::cli {

namespace {

constexpr std::array<int, 4> Interrupts {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// What the handler touches: written before it is installed, and only read while it may run.
termios g_saved {};
int g_fd = -1;
volatile std::sig_atomic_t g_active = 0;
std::array<struct sigaction, Interrupts.size()> g_previous {};
std::array<bool, Interrupts.size()> g_installed {};

void restoreEchoAndReraise(int signal)
{
    const int savedErrno = errno;
    if (g_active)
        tcsetattr(g_fd, TCSANOW, &g_saved);
    for (size_t i = 0; i < Interrupts.size(); ++i) {
        if (Interrupts[i] == signal)
            sigaction(signal, &g_previous[i], nullptr);
    }
    errno = savedErrno;
    raise(signal); // delivered to the previous disposition once this handler returns
}

} // namespace

EchoOff::EchoOff(int fd)
{
    if (g_active || isatty(fd) != 1 || tcgetattr(fd, &g_saved) != 0)
        return;
    g_fd = fd;
    struct sigaction restore
    {
    };
    restore.sa_handler = restoreEchoAndReraise;
    sigemptyset(&restore.sa_mask);
    for (const int signal : Interrupts)
        sigaddset(&restore.sa_mask, signal); // one restore at a time
    for (size_t i = 0; i < Interrupts.size(); ++i) {
        // A signal the process ignores (nohup, a background job) stays ignored.
        g_installed.at(i) = sigaction(Interrupts.at(i), nullptr, &g_previous.at(i)) == 0
                && g_previous.at(i).sa_handler != SIG_IGN
                && sigaction(Interrupts.at(i), &restore, nullptr) == 0;
    }
    g_active = 1;
    termios quiet = g_saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fd, TCSAFLUSH, &quiet);
    m_active = true;
}

EchoOff::~EchoOff()
{
    if (!m_active)
        return;
    tcsetattr(g_fd, TCSAFLUSH, &g_saved);
    g_active = 0;
    for (size_t i = 0; i < Interrupts.size(); ++i) {
        if (g_installed.at(i))
            sigaction(Interrupts.at(i), &g_previous.at(i), nullptr);
        g_installed.at(i) = false;
    }
}

} // namespace rc::cli
