// The CLI's passphrase line (Console::readSecretLine) read from a pipe: up to 4 KiB, a \r before
// the \n dropped; a longer line is read to its end and refused with nothing kept, and the next
// line is still there for the next prompt; the end of input is told apart from an empty line.
#include "cli/Console.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <unistd.h>

using namespace rc;
using namespace rc::cli;

namespace {

// A pipe holding `input`, its write end closed: what a script gives the CLI on stdin.
class InputPipe
{
public:
    explicit InputPipe(const QByteArray &input)
    {
        EXPECT_EQ(pipe(m_fds), 0);
        EXPECT_EQ(write(m_fds[1], input.constData(), size_t(input.size())), input.size());
        close(m_fds[1]);
    }
    ~InputPipe() { close(m_fds[0]); }
    int fd() const { return m_fds[0]; }

private:
    int m_fds[2] = {-1, -1};
};

} // namespace

TEST(SecretLine, AFourKibLineIsRead_ItsLineBreakNotCounted)
{
    const QByteArray max(Console::MaxSecretBytes, 'p');
    InputPipe input(max + "\n" + max + "\r\nrest\n");
    SecretBytes answer;
    EXPECT_EQ(Console::readSecretLine(input.fd(), &answer), Console::SecretLine::Read);
    EXPECT_EQ(answer.view(), max);
    EXPECT_EQ(Console::readSecretLine(input.fd(), &answer), Console::SecretLine::Read);
    EXPECT_EQ(answer.view(), max);
    EXPECT_EQ(Console::readSecretLine(input.fd(), &answer), Console::SecretLine::Read);
    EXPECT_EQ(answer.view(), QByteArray("rest"));
}

TEST(SecretLine, ALongerLineIsRefusedWithNothingKept_TheNextLineStaysForTheNextPrompt)
{
    for (const int size : {Console::MaxSecretBytes + 1, Console::MaxSecretBytes + 2, 20000}) {
        SCOPED_TRACE(size);
        InputPipe input(QByteArray(size, 's') + "\ny\n");
        SecretBytes answer(QByteArray("previous"));
        EXPECT_EQ(Console::readSecretLine(input.fd(), &answer), Console::SecretLine::TooLong);
        EXPECT_TRUE(answer.isEmpty());
        EXPECT_EQ(Console::readSecretLine(input.fd(), &answer), Console::SecretLine::Read);
        EXPECT_EQ(answer.view(), QByteArray("y"));
    }
    // Without a line break at all, too.
    InputPipe endless(QByteArray(Console::MaxSecretBytes * 3, 's'));
    SecretBytes answer;
    EXPECT_EQ(Console::readSecretLine(endless.fd(), &answer), Console::SecretLine::TooLong);
    EXPECT_TRUE(answer.isEmpty());
}

TEST(SecretLine, EndOfInputIsNotAnEmptyPassphrase)
{
    SecretBytes answer;
    InputPipe nothing(QByteArray {});
    EXPECT_EQ(Console::readSecretLine(nothing.fd(), &answer), Console::SecretLine::EndOfInput);
    InputPipe empty("\n");
    EXPECT_EQ(Console::readSecretLine(empty.fd(), &answer), Console::SecretLine::Read);
    EXPECT_TRUE(answer.isEmpty());
    InputPipe unterminated("last line");
    EXPECT_EQ(Console::readSecretLine(unterminated.fd(), &answer), Console::SecretLine::Read);
    EXPECT_EQ(answer.view(), QByteArray("last line"));
}
