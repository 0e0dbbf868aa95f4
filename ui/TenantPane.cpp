#include "ui/TenantPane.h"

#include "revocation/RevokePermission.h"

#include "ui/CompactComboBox.h"
#include "ui/ListOnArrowKeys.h"
#include "ui/ObjectNames.h"
#include "ui/ProfileMenu.h"
#include "ui/SeverityStyle.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rc::ui {

namespace {

const QString CustomKey = QStringLiteral("custom");
const QString FileKey = QStringLiteral("file");

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TenantPane::TenantPane(const ConnectionSettings &initial, const QString &customCloudLabel,
                       QWidget *parent)
    : QFrame(parent)
    , m_clientId(initial.clientId)
    , m_profileCaption(new QLabel(tr("&Profile:"), this))
    // Long tenant names must not widen the window: the combo shows about 18 characters.
    , m_profile(new CompactComboBox(18, this))
    , m_profileMenu(new ProfileMenu(this))
    , m_tenant(new QLineEdit(initial.tenant.id(), this))
    // Sized for a usual entry, not the longest: with German or French the row still fits 800
    // pixels; a longer entry is elided in the closed box and shown whole in its list.
    , m_cloud(new CompactComboBox(14, this))
    , m_method(new CompactComboBox(14, this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_account(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(names::TenantPane);
    setAccessibleName(tr("Tenant and sign-in")); // its field is "Tenant"
    if (auto shown = TenantProfile::forTenant(initial.tenant.id(), initial.clientId)) {
        m_shown = shown.value();
        m_shown.setEndpoints(initial.cloud);
    }
    m_profileCaption->setBuddy(m_profile);
    m_profile->setObjectName(names::ProfileCombo);
    m_profile->setAccessibleName(tr("Tenant profile"));
    m_profile->setToolTip(tr("Switch to another tenant; each one's sign-in is kept in the system "
                             "keychain"));
    m_profile->setPlaceholderText(tr("New tenant"));
    m_tenant->setObjectName(names::TenantEdit);
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setPlaceholderText(QStringLiteral("contoso.onmicrosoft.com"));
    m_tenant->setToolTip(tr("The tenant's domain (contoso.onmicrosoft.com) or its ID"));
    m_cloud->setObjectName(names::CloudCombo);
    m_cloud->setAccessibleName(tr("Cloud"));
    m_cloud->addItem(tr("Global"), QStringLiteral("global"));
    m_cloud->addItem(tr("US Government"), QStringLiteral("usgov"));
    m_cloud->addItem(tr("China (21Vianet)"), QStringLiteral("china"));
    m_cloud->addItem(tr("Custom endpoints file\u2026"), FileKey);
    const int preset = m_cloud->findData(initial.cloud.name());
    if (preset >= 0 && initial.cloud.name() != FileKey)
        m_cloud->setCurrentIndex(preset);
    else
        useCustomCloud(initial.cloud,
                       customCloudLabel.isEmpty() ? initial.cloud.authority().host()
                                                  : customCloudLabel);
    m_cloudIndex = m_cloud->currentIndex();
    m_method->setObjectName(names::SignInMethodCombo);
    m_method->setAccessibleName(tr("Sign-in method"));
    m_method->addItem(tr("Device code"), flowName(SignInFlow::DeviceCode));
    m_method->addItem(tr("Browser"), flowName(SignInFlow::Browser));
    m_method->addItem(tr("Certificate (app-only)"), flowName(SignInFlow::Certificate));
    m_method->setItemData(0, tr("A code to enter on any device's browser"), Qt::ToolTipRole);
    m_method->setItemData(1, tr("Sign in in this computer's browser"), Qt::ToolTipRole);
    m_method->setItemData(2, tr("As the app itself, with its certificate: no admin account"),
                          Qt::ToolTipRole);
    m_signIn->setObjectName(names::SignInButton);
    m_signIn->setAutoDefault(true); // Enter presses a focused button, as in dialogs
    m_signOut->setAutoDefault(true);
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signOut->setObjectName(names::SignOutButton);
    m_signOut->setAccessibleName(tr("Sign out"));
    m_account->setObjectName(names::AccountLabel);
    m_account->setTextFormat(Qt::PlainText);
    m_account->setWordWrap(true);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setObjectName(names::RoleWarning);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);

    // The switcher gets a line of its own: the fields' line already fills an 800-pixel window.
    auto *profiles = new QHBoxLayout;
    profiles->addWidget(m_profileCaption);
    profiles->addWidget(m_profile, 1);
    profiles->addWidget(m_profileMenu);
    profiles->addStretch(2);
    auto *fields = new QHBoxLayout;
    fields->addWidget(caption(tr("&Tenant:"), m_tenant, this));
    fields->addWidget(m_tenant, 3);
    fields->addSpacing(fontMetrics().averageCharWidth());
    fields->addWidget(caption(tr("C&loud:"), m_cloud, this));
    fields->addWidget(m_cloud, 1);
    fields->addSpacing(fontMetrics().averageCharWidth());
    fields->addWidget(caption(tr("Sign-in &method:"), m_method, this));
    fields->addWidget(m_method, 1);
    fields->addSpacing(fontMetrics().averageCharWidth());
    fields->addWidget(m_signIn);
    fields->addWidget(m_signOut);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profiles);
    layout->addLayout(fields);
    layout->addWidget(m_account);
    layout->addWidget(m_warning);

    connect(m_signIn, &QPushButton::clicked, this, &TenantPane::signInRequested);
    connect(m_signOut, &QPushButton::clicked, this, &TenantPane::signOutRequested);
    connect(m_tenant, &QLineEdit::returnPressed, this, [this] {
        if (m_signIn->isVisible() && m_signIn->isEnabled())
            Q_EMIT signInRequested();
    });
    connect(m_tenant, &QLineEdit::textEdited, this, &TenantPane::tenantEdited);
    connect(m_cloud, &QComboBox::activated, this, &TenantPane::cloudChosen);
    // Choosing a profile switches tenants at once: arrows browse its list, Enter chooses.
    ListOnArrowKeys::install(m_profile);
    connect(m_profile, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileChosen(m_profile->itemData(index).toString()); });
    setProfiles(nullptr);
}

void TenantPane::setProfiles(Settings *settings)
{
    m_settings = settings;
    m_profileMenu->setSettings(settings);
    for (QWidget *w : QList<QWidget *> {m_profileCaption, m_profile, m_profileMenu})
        w->setVisible(settings != nullptr);
    refreshProfiles();
}

void TenantPane::refreshProfiles()
{
    const QString selected = m_profile->currentData().toString();
    m_profile->clear();
    if (m_settings) {
        for (const TenantProfile &p : m_settings->profiles()) {
            m_profile->addItem(p.name, p.id);
            m_profile->setItemData(
                    m_profile->count() - 1,
                    tr("Tenant %1, %2 cloud, %3 sign-in").arg(p.tenant, p.cloud, flowName(p.flow)),
                    Qt::ToolTipRole);
        }
    }
    selectProfile(selected);
    render();
}

void TenantPane::showProfile(const TenantProfile &profile)
{
    m_shown = profile;
    m_clientId = profile.clientId;
    m_tenant->setText(profile.tenant);
    if (const auto cloud = profile.endpoints()) {
        const int preset = m_cloud->findData(cloud.value().name());
        if (preset >= 0 && cloud.value().name() != CustomKey && cloud.value().name() != FileKey)
            m_cloud->setCurrentIndex(preset);
        else if (!m_customCloud || m_customCloud->toJson() != cloud.value().toJson())
            useCustomCloud(cloud.value(), cloud.value().authority().host());
        else
            m_cloud->setCurrentIndex(m_cloud->findData(CustomKey));
        m_cloudIndex = m_cloud->currentIndex();
    }
    const int method = m_method->findData(flowName(profile.flow));
    if (method >= 0)
        m_method->setCurrentIndex(method);
    selectProfile(profile.id);
    render();
}

Result<TenantProfile> TenantPane::profile() const
{
    const auto tenant = Tenant::parse(m_tenant->text());
    if (!tenant)
        return tenant.error();
    const QString id = TenantProfile::idFor(tenant.value().id());
    TenantProfile profile;
    if (const auto stored = m_settings ? m_settings->profile(id) : std::nullopt) {
        profile = *stored;
    } else if (m_shown.id == id) {
        profile = m_shown;
    } else {
        const auto fresh = TenantProfile::forTenant(tenant.value().id(), m_clientId);
        if (!fresh)
            return fresh.error();
        profile = fresh.value();
    }
    const QString key = m_cloud->currentData().toString();
    if (key == CustomKey && m_customCloud) {
        profile.setEndpoints(*m_customCloud);
    } else {
        const auto cloud = CloudEndpoints::preset(key);
        if (!cloud)
            return cloud.error();
        profile.setEndpoints(cloud.value());
    }
    if (const auto flow = parseFlow(m_method->currentData().toString()))
        profile.flow = *flow;
    return profile;
}

void TenantPane::setConnection(TenantConnection *connection)
{
    if (m_connection) {
        disconnect(&m_connection->session(), nullptr, this, nullptr);
        disconnect(&m_connection->admin(), nullptr, this, nullptr);
    }
    m_connection = connection;
    if (connection) {
        SignInSession &session = connection->session();
        connect(&session, &SignInSession::signedIn, this, &TenantPane::render);
        connect(&session, &SignInSession::signedOut, this, &TenantPane::render);
        connect(&session, &SignInSession::signInFailed, this, &TenantPane::render);
        connect(&connection->admin(), &SignedInAdmin::settled, this, &TenantPane::render);
    }
    render();
}

void TenantPane::setSigningIn(bool signingIn)
{
    m_signingIn = signingIn;
    render();
}

void TenantPane::setSigningInSilently(bool signingIn)
{
    m_silent = signingIn;
    render();
}

QList<QWidget *> TenantPane::focusChain() const
{
    return {m_profile, m_profileMenu, m_tenant, m_cloud, m_method, m_signIn, m_signOut};
}

void TenantPane::selectProfile(const QString &id)
{
    const int index = id.isEmpty() ? -1 : m_profile->findData(id);
    m_profile->setCurrentIndex(index);
    m_profileMenu->setCurrentProfileId(index >= 0 ? id : QString());
}

void TenantPane::tenantEdited(const QString &text)
{
    // Typing a tenant that has a profile shows it; any other tenant gets one once signed in.
    selectProfile(TenantProfile::idFor(text));
}

void TenantPane::render()
{
    const bool signedIn = m_connection && m_connection->session().isSignedIn();
    const bool busy = m_signingIn || m_silent;
    const bool editable = !signedIn && !busy;
    for (QWidget *w : QList<QWidget *> {m_tenant, m_cloud, m_method}) {
        w->setEnabled(editable);
        w->setToolTip(editable ? QString() : tr("Sign out to change the tenant or cloud."));
    }
    // Switching stays possible during a silent sign-in, which may wait on an unreachable tenant.
    m_profile->setEnabled(!m_signingIn);
    m_profileMenu->setEnabled(!m_signingIn);
    m_signIn->setVisible(!signedIn);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in\u2026") : tr("Sign in"));
    m_signOut->setVisible(signedIn);
    renderAccount();
}

void TenantPane::renderAccount()
{
    const bool signedIn = m_connection && m_connection->session().isSignedIn();
    m_warning->hide();
    if (!signedIn) {
        // Who the keychain's sign-in belongs to, while it is being tried.
        const bool silent = m_silent && !m_shown.lastAccount.isEmpty();
        m_account->setVisible(silent);
        if (silent)
            m_account->setText(tr("Signing in as %1\u2026").arg(m_shown.lastAccount));
        return;
    }
    m_account->setVisible(true);
    const SignInSession &session = m_connection->session();
    const SignedInAdmin &admin = m_connection->admin();
    const OperatorGrant grant = m_connection->revoker().operatorGrant();
    const QString warning = RevokePermission::warning(grant);
    if (session.isAppOnly()) {
        // App-only: there is no /me, so no roles to read or wait for.
        m_account->setText(tr("Signed in as %1. App-only: no directory roles apply; the app's API "
                              "permissions decide what it may revoke.")
                                   .arg(session.account()));
        showWarning(warning);
        return;
    }
    const QString upn = admin.isLoaded() ? admin.account().userPrincipalName : session.account();
    if (!admin.isSettled()) {
        m_account->setText(tr("Signed in as %1. Reading your roles\u2026").arg(upn));
        return;
    }
    const QStringList roles = admin.roleNames();
    if (!admin.roles().isKnown())
        m_account->setText(tr("Signed in as %1. Your directory roles could not be read.").arg(upn));
    else
        m_account->setText(roles.isEmpty()
                                   ? tr("Signed in as %1, with no directory roles.").arg(upn)
                                   : tr("Signed in as %1: %2.").arg(upn, roles.join(tr(", "))));
    showWarning(warning);
}

void TenantPane::showWarning(const QString &warning)
{
    if (warning.isEmpty())
        return;
    const ToneColors c = SeverityStyle::colors(Tone::Warning, palette());
    m_warning->setStyleSheet(QStringLiteral("QLabel { background-color: %1; border: 1px solid %2; "
                                            "border-radius: 4px; padding: 0.3em 0.6em; }")
                                     .arg(c.background.name(), c.border.name()));
    m_warning->setText(warning);
    m_warning->setAccessibleName(warning);
    m_warning->show();
}

void TenantPane::cloudChosen(int index)
{
    if (m_cloud->itemData(index).toString() == FileKey) {
        pickEndpointsFile();
        return;
    }
    m_cloudIndex = index;
}

void TenantPane::pickEndpointsFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a cloud endpoints file"), QString(),
                                   tr("Cloud endpoints (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const auto cloud = CloudEndpoints::fromFile(path);
        if (!cloud) {
            m_cloud->setCurrentIndex(m_cloudIndex);
            Q_EMIT problem(cloud.error());
            return;
        }
        useCustomCloud(cloud.value(), QFileInfo(path).fileName());
        m_cloudIndex = m_cloud->currentIndex();
    });
    connect(dialog, &QFileDialog::rejected, this,
            [this] { m_cloud->setCurrentIndex(m_cloudIndex); });
    dialog->open();
}

void TenantPane::useCustomCloud(const CloudEndpoints &cloud, const QString &label)
{
    m_customCloud = cloud;
    int index = m_cloud->findData(CustomKey);
    if (index < 0) {
        index = m_cloud->findData(FileKey);
        m_cloud->insertItem(index, QString(), CustomKey);
    }
    m_cloud->setItemText(index, tr("Custom: %1").arg(label));
    m_cloud->setItemData(index, cloud.authority().toDisplayString(), Qt::ToolTipRole);
    m_cloud->setCurrentIndex(index);
}

} // namespace rc::ui
