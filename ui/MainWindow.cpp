#include "ui/MainWindow.h"

#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "auth/TokenCache.h"
#include "directory/UserSearch.h"
#include "revocation/RevokeFlow.h"

#include "ui/AboutDialog.h"
#include "ui/AfterFirstPaint.h"
#include "ui/AppMenu.h"
#include "ui/BulkLauncher.h"
#include "ui/ColorScheme.h"
#include "ui/ContainDialog.h"
#include "ui/FitScrollArea.h"
#include "ui/HistoryLauncher.h"
#include "ui/KeyboardSplitter.h"
#include "ui/ObjectNames.h"
#include "ui/ProfileList.h"
#include "ui/ProfileMenu.h"
#include "ui/RevokePanel.h"
#include "ui/SettingsDialog.h"
#include "ui/StatusBanner.h"
#include "ui/TenantPane.h"
#include "ui/UserCard.h"
#include "ui/UserSearchBox.h"
#include "ui/WindowSignIn.h"
#include "ui/WrappedLabel.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace rc::ui {

MainWindow::MainWindow(const ConnectionSettings &settings, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_demo(demo)
    , m_profiles(new ProfileList(this))
{
    ColorScheme::applyFromEnvironment();
    setObjectName(QStringLiteral("mainWindow"));
    buildLayout();
    m_history = new HistoryLauncher(this);
    m_bulk = new BulkLauncher(this);
    m_appMenu = new AppMenu(this, {m_bulk->action(), m_history->action()});
    m_appMenu->settingsAction()->setEnabled(false); // until useSettings()
    connect(m_appMenu, &AppMenu::settingsRequested, this, &MainWindow::openSettings);
    connect(m_appMenu, &AppMenu::aboutRequested, this, &MainWindow::openAbout);
    useConnection(settings);
    // SQLite and its driver load with the log: the first frame does not need them.
    afterFirstPaint(this, [this] { openAuditLog(); });
    chainTabOrder();

    auto *findUser = new QShortcut(QKeySequence::Find, this);
    connect(findUser, &QShortcut::activated, m_search, &UserSearchBox::focusSearch);
    auto *divider = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(divider, &QShortcut::activated, m_splitter, &KeyboardSplitter::focusDivider);

    statusBar()->setAccessibleName(tr("Status bar"));
    statusBar()->setSizeGripEnabled(false); // the window edges resize it; a grip adds nothing
    if (demo) {
        // Two lines rather than clipped in a narrow window or a language that runs long.
        auto *note = new WrappedLabel(this);
        note->setText(tr("Demo tenant: a Microsoft 365 emulator on this computer. No account is "
                         "needed and nothing leaves this computer."));
        statusBar()->addWidget(note, 1);
        // Sign-in starts by itself, once the window is up.
        QTimer::singleShot(0, this, &MainWindow::signIn);
    }
    // A comfortable first size that never exceeds the screen.
    const QFontMetrics fm = fontMetrics();
    QSize size(fm.averageCharWidth() * 175, fm.height() * 52);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

MainWindow::~MainWindow()
{
    // The sign-in goes first (it is bound to the connection's session), then the connection: its
    // audit trail writes into m_auditLog. A bulk run uses both: it goes before them.
    m_bulk->close();
    m_signIn.reset();
    delete m_connection;
    m_connection = nullptr;
}

void MainWindow::useSettings(Settings *settings)
{
    m_preferences = settings;
    m_appMenu->settingsAction()->setEnabled(settings != nullptr);
    startOnDefaultChannel();
    applyPreferences();
}

void MainWindow::startOnDefaultChannel()
{
    if (m_preferences && m_preferences->defaultChannel() == QLatin1String("sharepoint"))
        m_connection->flow().setChannel(Channel::SharePoint);
}

void MainWindow::applyPreferences()
{
    if (m_preferences)
        ColorScheme::applyPreference(m_preferences->colorScheme());
    bindSignInCheck();
}

void MainWindow::bindSignInCheck()
{
    // On unless switched off: after a verified revocation the log since then is worth one read.
    const bool check = !m_preferences || m_preferences->checkSignInsAfterRevocation();
    m_card->setSignInCheck(check ? &m_connection->containment() : nullptr);
}

void MainWindow::openSettings()
{
    if (!m_preferences)
        return;
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(*m_preferences, AuditLog::defaultPath(), this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::applied, this, &MainWindow::applyPreferences);
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::openAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::openAuditLog()
{
    auto log = AuditLog::open(AuditLog::defaultPath());
    if (log)
        m_auditLog = std::move(log).value();
    m_history->setAuditLog(m_auditLog.get());
    m_bulk->setAuditLog(m_auditLog.get());
    m_connection->setAuditLog(m_auditLog.get());
    if (!log) // previews still work; revocations are refused until the log can be written
        m_banner->showError(log.error());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Never abandon a bulk run silently: its window asks, and a stopped run closes this again.
    if (m_bulk->mayCloseMainWindow([this] { close(); }))
        QMainWindow::closeEvent(event);
    else
        event->ignore();
}

void MainWindow::buildLayout()
{
    m_tenantPane = new TenantPane(m_settings, m_demo ? tr("Demo tenant") : QString(), this);
    m_banner = new StatusBanner(this);
    m_search = new UserSearchBox(this);
    m_card = new UserCard(this);
    m_card->setFrameShape(QFrame::StyledPanel);
    m_revokePanel = new RevokePanel(this);

    // The card scrolls when the window is short (800x600 and a banner); the revoke panel stays
    // in view right under it, and the free space goes below both.
    // The containers a screen reader walks through are named for what they hold (WCAG 1.3.1).
    auto *right = new QWidget(this);
    right->setAccessibleName(tr("Selected user and sign-out"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    // The scroll area takes the focus, so the arrow keys scroll a card taller than the window.
    rightLayout->addWidget(
            named(new FitScrollArea(m_card, right), names::CardScrollArea, tr("Selected user")));
    rightLayout->addWidget(m_revokePanel);
    rightLayout->addStretch(1);

    m_splitter = new KeyboardSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setAccessibleName(tr("Search and selected user"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_search);
    m_splitter->addWidget(right);
    // QSplitter lowers each widget it adds (its handles stay on top), which puts the last one
    // first among its children and so first in the accessibility tree: lowered again in reverse,
    // the tree reads the search column, then the card, as the screen does (WCAG 1.3.2).
    right->lower();
    m_search->lower();
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // Two parts search to three parts card from the start, whatever the panes' size hints say.
    const int unit = fontMetrics().averageCharWidth() * 10;
    m_splitter->setSizes({4 * unit, 6 * unit});
    m_splitter->handle(1)->setAccessibleName(tr("Divider between search and selected user"));
    m_splitter->handle(1)->setAccessibleDescription(
            tr("F8 selects it; the arrow keys, Home and End move it; Esc goes back"));
    m_splitter->handle(1)->setToolTip(m_splitter->handle(1)->accessibleDescription());

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    central->setAccessibleName(tr("Console"));
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_tenantPane);
    layout->addWidget(line);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_tenantPane, &TenantPane::signInRequested, this, &MainWindow::signIn);
    connect(m_tenantPane, &TenantPane::signOutRequested, this, &MainWindow::signOut);
    connect(m_tenantPane, &TenantPane::problem, m_banner, &StatusBanner::showError);
    connect(m_tenantPane, &TenantPane::profileChosen, this, &MainWindow::switchProfile);
    ProfileMenu *profiles = m_tenantPane->profileMenu();
    connect(profiles, &ProfileMenu::message, m_banner,
            [this](const StatusMessage &message) { m_banner->showMessage(message); });
    connect(profiles, &ProfileMenu::problem, m_banner, &StatusBanner::showError);
    connect(profiles, &ProfileMenu::imported, m_tenantPane, &TenantPane::refreshProfiles);
    connect(profiles, &ProfileMenu::removeRequested, this, &MainWindow::removeProfile);
    connect(m_profiles, &ProfileList::problem, m_banner, &StatusBanner::showError);
    connect(m_search, &UserSearchBox::userPicked, this, &MainWindow::pick);
    connect(m_card, &UserCard::containRequested, this, &MainWindow::openContainDialog);
    connect(m_revokePanel, &RevokePanel::confirmed, this, [this](const QString &reason) {
        m_reason = reason;
        m_connection->flow().setReason(reason);
    });
    connect(m_banner, &StatusBanner::entraChannelRequested, this, &MainWindow::useEntraInstead);
}

void MainWindow::chainTabOrder()
{
    QList<QWidget *> chain = m_tenantPane->focusChain();
    chain << m_search->searchEdit() << m_search->resultsList()
          << findChild<QWidget *>(names::CardScrollArea) << m_card->containButton();
    chain << m_revokePanel->focusChain();
    for (const QString &name :
         {names::UseEntraButton, names::CopyDetailsButton, names::DismissBannerButton})
        chain << m_banner->findChild<QWidget *>(name);
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::useConnection(const ConnectionSettings &settings)
{
    TenantConnection *old = m_connection;
    delete m_containDialog; // it acts through the old connection
    m_signIn.reset(); // bound to the old connection's session
    m_tenantPane->setSigningIn(false);
    m_tenantPane->setSigningInSilently(false);
    Clock *clock = m_settings.clock; // every connection keeps the time the window was opened with
    m_settings = settings;
    if (!m_settings.clock)
        m_settings.clock = clock;
    m_connection = new TenantConnection(m_settings, m_profiles->keychain(), this);
    m_connection->setObjectName(QStringLiteral("tenantConnection"));
    m_connection->setAuditLog(m_auditLog.get());
    bindConnection();
    startOnDefaultChannel(); // a new connection's panel, like a new window's
    bindSignInCheck(); // before the old connection's client goes
    m_bulk->setConnection(m_connection, settings);
    delete old; // cancels whatever it still had in flight
    // The platform adds " — Revoke Console" (the application's display name) itself.
    setWindowTitle(m_demo ? tr("Demo tenant") : settings.tenant.id());
}

void MainWindow::bindConnection()
{
    TenantConnection *c = m_connection;
    // The flow is built here, on first use: before the pane, so it still hears the admin's roles
    // settle first, as it did when every connection built one.
    m_search->setSearch(&c->search());
    m_card->setFlow(&c->flow());
    m_card->setOperatorGrant([c] { return c->revoker().operatorGrant(); });
    m_revokePanel->setFlow(&c->flow());
    m_tenantPane->setConnection(c);
    connect(&c->session(), &SignInSession::signedIn, this, [this] {
        renderSignedIn();
        m_search->focusSearch();
    });
    connect(&c->session(), &SignInSession::signedIn, this, &MainWindow::rememberProfile);
    connect(&c->session(), &SignInSession::signedOut, this, &MainWindow::renderSignedIn);
    connect(&c->session(), &SignInSession::signInFailed, this, [this](const ServiceError &error) {
        m_tenantPane->setSigningInSilently(false);
        m_banner->showError(error);
    });
    // No usable sign-in in the keychain: the pane is ready for "Sign in", no dialog pops up.
    connect(&c->session(), &SignInSession::interactionRequired, this,
            [this](const ServiceError &reason) {
                m_tenantPane->setSigningInSilently(false);
                // A warning already shown (the keychain's, say) says more than the reason.
                if (!reason.message.isEmpty() && !m_banner->showsProblem())
                    m_banner->showText(StatusMessage::Severity::Info, reason.message);
            });
    connect(&c->tokenCache(), &TokenCache::keychainProblem, this, &MainWindow::showKeychainProblem);
    connect(&c->admin(), &SignedInAdmin::failed, m_banner, &StatusBanner::showError);
    connect(&c->flow(), &RevokeFlow::finished, this, &MainWindow::showOutcome);
    connect(&c->flow(), &RevokeFlow::cancelled, this, [this] {
        m_banner->showText(StatusMessage::Severity::Info,
                           tr("Stopped waiting for Microsoft 365. If the request had already "
                              "reached it, the sign-out may still take effect."));
    });
    // Throttled: say so while waiting; the revoke panel's Cancel stops the wait.
    connect(c, &TenantConnection::retrying, this, [this](int seconds, const ServiceError &cause) {
        m_banner->showMessage(StatusMessage::retrying(seconds, cause));
    });
    renderSignedIn();
}

void MainWindow::showKeychainProblem(const ServiceError &error)
{
    if (m_keychainWarned)
        return;
    m_keychainWarned = true;
    m_banner->showText(StatusMessage::Severity::Warning, error.message);
}

void MainWindow::renderSignedIn()
{
    const bool signedIn = m_connection->session().isSignedIn();
    m_search->setEnabled(signedIn);
    m_revokePanel->setEnabled(signedIn);
    m_card->setSignedIn(signedIn);
    m_bulk->setSignedIn(signedIn); // signed out: its window closes
    if (!signedIn)
        m_search->setSearch(&m_connection->search()); // starts over: empty field, the hint
}

} // namespace rc::ui
