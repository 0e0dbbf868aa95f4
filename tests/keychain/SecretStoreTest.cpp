// SecretStore against the real Secret Service: packaging/test.sh runs ctest inside a D-Bus session
// with a fresh gnome-keyring, unlocked, in a throwaway HOME. Every test uses a service name of its
// own, so it never sees another test's items (or the app's).

#include "keychain/KeychainTestSupport.h"

#include <QProcess>
#include <QTimer>

#include <gtest/gtest.h>

using namespace rc;
using namespace rc::test;

namespace {

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QString output;
};

// secret-tool, the Secret Service's own command-line client: what it lists is what the keyring
// holds, independent of QtKeychain.
ToolRun secretTool(const QStringList &args)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"), args);
    ToolRun run;
    run.finished = tool.waitForFinished(15000) && tool.exitStatus() == QProcess::NormalExit;
    run.exitCode = tool.exitCode();
    run.output = QString::fromUtf8(tool.readAll());
    return run;
}

class SecretStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
                << "keychain_tests need a D-Bus session with an unlocked gnome-keyring: run them "
                   "through packaging/test.sh";
    }
    void TearDown() override { removeSecret(store, key, &context); }

    ToolRun listItems()
    {
        return secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                           QStringLiteral("server"), service});
    }

    QObject context;
    const QString service = uniqueName("revoke-console-test-");
    SecretStore store {service};
    const QString key = QStringLiteral("refresh-token/") + uniqueName("profile-");
};

QByteArray bytesOf(const ReadAnswer &answer)
{
    if (!answer->result || !answer->result->ok() || !answer->result->value())
        return "<no secret>";
    return answer->result->value()->view();
}

TEST_F(SecretStoreTest, WriteThenReadGivesTheSameBytes)
{
    // Not text: NUL, 0xff and a newline must survive the round trip.
    const QByteArray secret = uniqueSecret() + QByteArray("\0\xff\n\x01tail", 8);
    const auto written = writeSecret(store, key, secret, &context);
    ASSERT_EQ(written->calls, 1);
    ASSERT_TRUE(written->ok()) << written->why();

    const auto read = readSecret(store, key, &context);
    ASSERT_EQ(read->calls, 1);
    ASSERT_TRUE(read->ok()) << read->why();
    ASSERT_TRUE(read->result->value().has_value());
    EXPECT_EQ(bytesOf(read), secret);
}

TEST_F(SecretStoreTest, WritingAgainReplacesTheSecret)
{
    const QByteArray first = uniqueSecret();
    const QByteArray second = uniqueSecret();
    ASSERT_TRUE(writeSecret(store, key, first, &context)->ok());
    ASSERT_TRUE(writeSecret(store, key, second, &context)->ok());

    EXPECT_EQ(bytesOf(readSecret(store, key, &context)), second);
    const ToolRun items = listItems();
    ASSERT_TRUE(items.finished) << items.output.toStdString();
    EXPECT_EQ(items.output.count(QStringLiteral("attribute.user = ") + key), 1)
            << items.output.toStdString();
}

TEST_F(SecretStoreTest, ReadingAMissingItemGivesNothingAndNoError)
{
    const auto read = readSecret(store, key, &context);
    ASSERT_EQ(read->calls, 1);
    ASSERT_TRUE(read->ok()) << read->why();
    EXPECT_FALSE(read->result->value().has_value());
}

TEST_F(SecretStoreTest, RemoveThenReadGivesNothing)
{
    ASSERT_TRUE(writeSecret(store, key, uniqueSecret(), &context)->ok());
    const auto removed = removeSecret(store, key, &context);
    ASSERT_EQ(removed->calls, 1);
    ASSERT_TRUE(removed->ok()) << removed->why();

    const auto read = readSecret(store, key, &context);
    ASSERT_TRUE(read->ok()) << read->why();
    EXPECT_FALSE(read->result->value().has_value());
}

TEST_F(SecretStoreTest, RemovingAMissingItemSucceeds)
{
    const auto removed = removeSecret(store, key, &context);
    ASSERT_EQ(removed->calls, 1);
    EXPECT_TRUE(removed->ok()) << removed->why();
}

TEST_F(SecretStoreTest, KeysAreSeparateItems)
{
    const QString passphraseKey = QStringLiteral("certificate-passphrase/") + uniqueName("p-");
    ASSERT_TRUE(writeSecret(store, key, "token", &context)->ok());
    ASSERT_TRUE(writeSecret(store, passphraseKey, "passphrase", &context)->ok());
    ASSERT_TRUE(removeSecret(store, passphraseKey, &context)->ok());

    EXPECT_EQ(bytesOf(readSecret(store, key, &context)), "token");
    const auto passphrase = readSecret(store, passphraseKey, &context);
    ASSERT_TRUE(passphrase->ok()) << passphrase->why();
    EXPECT_FALSE(passphrase->result->value().has_value());
}

TEST_F(SecretStoreTest, SecretToolSeesTheItemUntilItIsRemoved)
{
    const QByteArray secret = uniqueSecret();
    ASSERT_TRUE(writeSecret(store, key, secret, &context)->ok());

    const ToolRun stored = listItems();
    ASSERT_TRUE(stored.finished) << stored.output.toStdString();
    EXPECT_EQ(stored.exitCode, 0) << stored.output.toStdString();
    EXPECT_TRUE(stored.output.contains(QStringLiteral("schema = org.qt.keychain")))
            << stored.output.toStdString();
    EXPECT_TRUE(stored.output.contains(QStringLiteral("attribute.server = ") + service));
    EXPECT_TRUE(stored.output.contains(QStringLiteral("attribute.user = ") + key));
    // QtKeychain's binary mode: the keyring holds the bytes base64-encoded.
    EXPECT_TRUE(stored.output.contains(QStringLiteral("secret = ")
                                       + QString::fromLatin1(secret.toBase64())))
            << stored.output.toStdString();

    ASSERT_TRUE(removeSecret(store, key, &context)->ok());
    const ToolRun gone = listItems();
    ASSERT_TRUE(gone.finished) << gone.output.toStdString();
    EXPECT_FALSE(gone.output.contains(key)) << gone.output.toStdString();
    EXPECT_FALSE(gone.output.contains(QStringLiteral("secret = "))) << gone.output.toStdString();
}

TEST_F(SecretStoreTest, TheSecretIsInNoFileUnderHome)
{
    // The scan can find things: a file we plant is found.
    const QByteArray marker = uniqueSecret();
    const QString planted = QDir::home().filePath(uniqueName(".keychain-scan-check-"));
    {
        QFile file(planted);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("before " + marker + " after");
    }
    const HomeScan control = scanHome({marker});
    QFile::remove(planted);
    ASSERT_TRUE(control.complete) << "HOME is not a throwaway test home: run packaging/test.sh";
    ASSERT_EQ(control.hits, QStringList {planted});

    const QByteArray secret = uniqueSecret();
    ASSERT_TRUE(writeSecret(store, key, secret, &context)->ok());
    ASSERT_EQ(bytesOf(readSecret(store, key, &context)), secret);

    // The keyring keeps it on disk, encrypted: neither form of the plaintext is anywhere.
    const QDir keyrings(QDir::home().filePath(QStringLiteral(".local/share/keyrings")));
    EXPECT_FALSE(keyrings.entryList(QDir::Files).isEmpty()) << "no keyring file under HOME";
    const HomeScan scan = scanHome({secret, secret.toBase64()});
    EXPECT_TRUE(scan.complete);
    EXPECT_GT(scan.files, 0);
    EXPECT_TRUE(scan.hits.isEmpty()) << scan.hits.join(QLatin1Char(' ')).toStdString();
}

TEST_F(SecretStoreTest, AnswersNeverArriveInsideTheCall)
{
    auto answer = std::make_shared<ReadAnswer::element_type>();
    store.read(key, &context, record(answer));
    EXPECT_EQ(answer->calls, 0);
    ASSERT_TRUE(waitFor([&] { return answer->calls > 0; }));
    EXPECT_EQ(answer->calls, 1);
}

// The timer, cancel and context rules. QtKeychain runs one job at a time, so a call made after
// another answers only once the earlier job has finished: a later call "flushes" earlier ones.

TEST_F(SecretStoreTest, NoAnswerInTimeGivesTheTimeoutErrorOnceEvenWhenTheAnswerArrivesLate)
{
    const QByteArray secret = uniqueSecret();
    store.setTimeoutMs(0);
    const auto late = writeSecret(store, key, secret, &context);
    ASSERT_EQ(late->calls, 1);
    ASSERT_TRUE(late->failed());
    EXPECT_EQ(late->error().kind, ServiceError::Kind::Keychain);
    EXPECT_EQ(late->error().message,
              QStringLiteral("The system keychain did not answer within 0 s (it may be waiting to "
                             "be unlocked), so the secret could not be saved."));
    EXPECT_TRUE(late->error().detail.contains(key)) << late->error().detail.toStdString();

    // The late answer arrives (the write did happen) and is not delivered a second time.
    store.setTimeoutMs(SecretStore::DefaultTimeoutMs);
    EXPECT_EQ(bytesOf(readSecret(store, key, &context)), secret);
    EXPECT_EQ(late->calls, 1);
}

TEST_F(SecretStoreTest, AReadThatTimesOutSaysSo)
{
    store.setTimeoutMs(0);
    const auto read = readSecret(store, key, &context);
    ASSERT_EQ(read->calls, 1);
    ASSERT_TRUE(read->failed());
    EXPECT_EQ(read->error().message,
              QStringLiteral("The system keychain did not answer within 0 s (it may be waiting to "
                             "be unlocked), so the stored secret could not be read."));

    store.setTimeoutMs(SecretStore::DefaultTimeoutMs);
    ASSERT_TRUE(removeSecret(store, key, &context)->ok());
    EXPECT_EQ(read->calls, 1);
}

TEST_F(SecretStoreTest, ALateAnswerAfterTheStoreAndItsCallerAreGoneIsIgnored)
{
    const QByteArray secret = uniqueSecret();
    auto *doomedStore = new SecretStore(service);
    auto *caller = new QObject;
    doomedStore->setTimeoutMs(0);
    const auto late = writeSecret(*doomedStore, key, secret, caller);
    ASSERT_EQ(late->calls, 1);
    delete caller;
    delete doomedStore;

    EXPECT_EQ(bytesOf(readSecret(store, key, &context)), secret);
    EXPECT_EQ(late->calls, 1);
}

TEST_F(SecretStoreTest, NoAnswerOnceTheCallerIsGone)
{
    auto *caller = new QObject;
    auto written = std::make_shared<DoneAnswer::element_type>();
    store.write(key, SecretBytes(uniqueSecret()), caller, record(written));
    delete caller;

    ASSERT_EQ(readSecret(store, key, &context)->calls, 1);
    EXPECT_EQ(written->calls, 0);
}

TEST_F(SecretStoreTest, CancelledCallsNeverAnswer)
{
    auto written = std::make_shared<DoneAnswer::element_type>();
    auto read = std::make_shared<ReadAnswer::element_type>();
    auto removed = std::make_shared<DoneAnswer::element_type>();
    store.write(key, SecretBytes(uniqueSecret()), &context, record(written)).cancel();
    store.read(key, &context, record(read)).cancel();
    // This one is under way in QtKeychain when it is cancelled.
    const Call running = store.remove(key, &context, record(removed));
    QTimer::singleShot(0, &context, [running] { running.cancel(); });

    const auto after = readSecret(store, key, &context);
    ASSERT_EQ(after->calls, 1);
    EXPECT_EQ(written->calls, 0);
    EXPECT_EQ(read->calls, 0);
    EXPECT_EQ(removed->calls, 0);
}

TEST_F(SecretStoreTest, CancellingAfterTheAnswerChangesNothing)
{
    auto removed = std::make_shared<DoneAnswer::element_type>();
    const Call call = store.remove(key, &context, record(removed));
    ASSERT_TRUE(waitFor([&] { return removed->calls > 0; }));
    call.cancel();
    ASSERT_EQ(readSecret(store, key, &context)->calls, 1);
    EXPECT_EQ(removed->calls, 1);
}

} // namespace
