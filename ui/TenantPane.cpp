#include "ui/TenantPane.h"

#include "ui/ObjectNames.h"
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
    , m_tenant(new QLineEdit(initial.tenant.id(), this))
    , m_cloud(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_account(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(names::TenantPane);
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
    // Browser and certificate sign-in arrive later; only what works is offered.
    m_method->setObjectName(names::SignInMethodCombo);
    m_method->setAccessibleName(tr("Sign-in method"));
    m_method->addItem(tr("Device code"), QStringLiteral("device-code"));
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
    layout->addLayout(fields);
    layout->addWidget(m_account);
    layout->addWidget(m_warning);

    connect(m_signIn, &QPushButton::clicked, this, &TenantPane::signInRequested);
    connect(m_signOut, &QPushButton::clicked, this, &TenantPane::signOutRequested);
    connect(m_tenant, &QLineEdit::returnPressed, this, [this] {
        if (m_signIn->isVisible() && m_signIn->isEnabled())
            Q_EMIT signInRequested();
    });
    connect(m_cloud, &QComboBox::activated, this, &TenantPane::cloudChosen);
    render();
}

Result<ConnectionSettings> TenantPane::settings() const
{
    const auto tenant = Tenant::parse(m_tenant->text());
    if (!tenant)
        return tenant.error();
    const QString key = m_cloud->currentData().toString();
    if (key == CustomKey && m_customCloud)
        return ConnectionSettings {*m_customCloud, tenant.value(), m_clientId};
    const auto cloud = CloudEndpoints::preset(key);
    if (!cloud)
        return cloud.error();
    return ConnectionSettings {cloud.value(), tenant.value(), m_clientId};
}

void TenantPane::setConnection(TenantConnection *connection)
{
    if (m_connection) {
        disconnect(&m_connection->session(), nullptr, this, nullptr);
        disconnect(&m_connection->admin(), nullptr, this, nullptr);
    }
    m_connection = connection;
    m_rolesUnreadable = false;
    if (connection) {
        SignInSession &session = connection->session();
        connect(&session, &SignInSession::signedIn, this, [this] {
            m_rolesUnreadable = false;
            render();
        });
        connect(&session, &SignInSession::signedOut, this, &TenantPane::render);
        connect(&session, &SignInSession::signInFailed, this, &TenantPane::render);
        connect(&connection->admin(), &SignedInAdmin::loaded, this, &TenantPane::render);
        connect(&connection->admin(), &SignedInAdmin::failed, this, [this] {
            m_rolesUnreadable = true;
            render();
        });
    }
    render();
}

void TenantPane::setSigningIn(bool signingIn)
{
    m_signingIn = signingIn;
    render();
}

QList<QWidget *> TenantPane::focusChain() const
{
    return {m_tenant, m_cloud, m_method, m_signIn, m_signOut};
}

void TenantPane::render()
{
    const bool signedIn = m_connection && m_connection->session().isSignedIn();
    const bool editable = !signedIn && !m_signingIn;
    for (QWidget *w : QList<QWidget *> {m_tenant, m_cloud, m_method}) {
        w->setEnabled(editable);
        w->setToolTip(editable ? QString() : tr("Sign out to change the tenant or cloud."));
    }
    m_signIn->setVisible(!signedIn);
    m_signIn->setEnabled(!m_signingIn);
    m_signIn->setText(m_signingIn ? tr("Signing in\u2026") : tr("Sign in"));
    m_signOut->setVisible(signedIn);
    renderAccount();
}

void TenantPane::renderAccount()
{
    const bool signedIn = m_connection && m_connection->session().isSignedIn();
    m_account->setVisible(signedIn);
    m_warning->hide();
    if (!signedIn)
        return;
    const SignedInAdmin &admin = m_connection->admin();
    const QString upn = admin.isLoaded() ? admin.account().userPrincipalName
                                         : m_connection->session().account();
    if (!admin.isLoaded()) {
        m_account->setText(
                m_rolesUnreadable
                        ? tr("Signed in as %1. Your directory roles could not be read.").arg(upn)
                        : tr("Signed in as %1. Reading your roles\u2026").arg(upn));
        return;
    }
    const QStringList roles = admin.roleNames();
    m_account->setText(roles.isEmpty() ? tr("Signed in as %1, with no directory roles.").arg(upn)
                                       : tr("Signed in as %1: %2.").arg(upn, roles.join(tr(", "))));
    QString warning;
    if (!admin.canRevokeOnEntra() && !admin.canRevokeOnSharePoint())
        warning = tr("None of your roles may revoke sessions, so revocations will be refused. Ask "
                     "for User Administrator (Entra ID) or SharePoint Administrator, or sign in "
                     "with another account.");
    else if (!admin.canRevokeOnSharePoint())
        warning = tr("Your roles may revoke on Entra ID only; the SharePoint channel needs "
                     "SharePoint Administrator or Global Administrator.");
    else if (!admin.canRevokeOnEntra())
        warning = tr("Your roles may revoke on SharePoint only; the Entra ID channel needs User "
                     "Administrator or Global Administrator.");
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
