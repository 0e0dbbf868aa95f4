#pragma once
// The objectNames of the window's interactive widgets, in one place: the widgets set them and the
// tests' WindowDriver finds widgets by them, so a rename cannot silently break the tests.

#include <QString>

namespace rc::ui::names {

inline const QString TenantPane = QStringLiteral("tenantPane");
inline const QString ProfileCombo = QStringLiteral("profileCombo");
inline const QString ProfilesButton = QStringLiteral("profilesButton");
inline const QString ImportProfileAction = QStringLiteral("importProfileAction");
inline const QString ExportProfileAction = QStringLiteral("exportProfileAction");
inline const QString RemoveProfileAction = QStringLiteral("removeProfileAction");
inline const QString ImportProfileDialog = QStringLiteral("importProfileDialog");
inline const QString ExportProfileDialog = QStringLiteral("exportProfileDialog");
inline const QString TenantEdit = QStringLiteral("tenantEdit");
inline const QString CloudCombo = QStringLiteral("cloudCombo");
inline const QString SignInMethodCombo = QStringLiteral("signInMethodCombo");
inline const QString SignInButton = QStringLiteral("signInButton");
inline const QString SignOutButton = QStringLiteral("signOutButton");
inline const QString AccountLabel = QStringLiteral("accountLabel");
inline const QString RoleWarning = QStringLiteral("roleWarning");

inline const QString DeviceCodeDialog = QStringLiteral("deviceCodeDialog");
inline const QString DeviceCodeLabel = QStringLiteral("deviceCodeLabel");
inline const QString DeviceCodeStatus = QStringLiteral("deviceCodeStatus");
inline const QString DeviceCodeExpiry = QStringLiteral("deviceCodeExpiry");
inline const QString NewCodeButton = QStringLiteral("newCodeButton");
inline const QString CopyCodeButton = QStringLiteral("copyCodeButton");
inline const QString OpenBrowserButton = QStringLiteral("openBrowserButton");
inline const QString CancelSignInButton = QStringLiteral("cancelSignInButton");

inline const QString BrowserSignInDialog = QStringLiteral("browserSignInDialog");
inline const QString BrowserAddressEdit = QStringLiteral("browserAddressEdit");
inline const QString BrowserSignInStatus = QStringLiteral("browserSignInStatus");
inline const QString BrowserWaitEnding = QStringLiteral("browserWaitEnding");
inline const QString KeepWaitingButton = QStringLiteral("keepWaitingButton");
inline const QString CopyAddressButton = QStringLiteral("copyAddressButton");

inline const QString CertificateDialog = QStringLiteral("certificateDialog");
inline const QString CertificatePathEdit = QStringLiteral("certificatePathEdit");
inline const QString BrowseCertificateButton = QStringLiteral("browseCertificateButton");
inline const QString CertificateFileDialog = QStringLiteral("certificateFileDialog");
inline const QString PassphraseEdit = QStringLiteral("passphraseEdit");
inline const QString CertificateStatus = QStringLiteral("certificateStatus");
inline const QString CertificateSignInButton = QStringLiteral("certificateSignInButton");

inline const QString SearchEdit = QStringLiteral("searchEdit");
inline const QString SearchBusy = QStringLiteral("searchBusy");
inline const QString SearchMessage = QStringLiteral("searchMessage");
inline const QString ResultsList = QStringLiteral("resultsList");

inline const QString UserCard = QStringLiteral("userCard");
inline const QString CardDisplayName = QStringLiteral("cardDisplayName");
inline const QString CardUpn = QStringLiteral("cardUpn");
inline const QString CardSessionsValidFrom = QStringLiteral("cardSessionsValidFrom");
inline const QString CardLastSignIn = QStringLiteral("cardLastSignIn");
inline const QString CardRoles = QStringLiteral("cardRoles");
inline const QString CardNotice = QStringLiteral("cardNotice");
inline const QString CardPreChecks = QStringLiteral("cardPreChecks");
inline const QString CardWhatStillWorks = QStringLiteral("cardWhatStillWorks");
inline const QString CardScrollArea = QStringLiteral("cardScrollArea");
inline const QString ContainButton = QStringLiteral("containButton");
inline const QString CardHint = QStringLiteral("cardHint");

inline const QString ContainDialog = QStringLiteral("containDialog");
inline const QString ContainPreviewToggle = QStringLiteral("containPreviewToggle");
inline const QString ContainNameEdit = QStringLiteral("containNameEdit");
inline const QString ContainReasonEdit = QStringLiteral("containReasonEdit");
inline const QString ConfirmContainButton = QStringLiteral("confirmContainButton");
inline const QString CancelContainButton = QStringLiteral("cancelContainButton");
inline const QString ContainStepList = QStringLiteral("containStepList");
inline const QString UndoContainButton = QStringLiteral("undoContainButton");
inline const QString SignInCheckText = QStringLiteral("signInCheckText");
inline const QString CheckSignInsAgainButton = QStringLiteral("checkSignInsAgainButton");

inline const QString RevokePanel = QStringLiteral("revokePanel");
inline const QString EntraChannelRadio = QStringLiteral("entraChannelRadio");
inline const QString SharePointChannelRadio = QStringLiteral("sharePointChannelRadio");
inline const QString PreviewToggle = QStringLiteral("previewToggle");
inline const QString RevokeButton = QStringLiteral("revokeButton");
inline const QString RevokeProgress = QStringLiteral("revokeProgress");
inline const QString CancelRevokeButton = QStringLiteral("cancelRevokeButton");

inline const QString ConfirmRevokeDialog = QStringLiteral("confirmRevokeDialog");
inline const QString ConfirmMessage = QStringLiteral("confirmMessage");
inline const QString ReasonEdit = QStringLiteral("reasonEdit");
inline const QString ConfirmTypedNameEdit = QStringLiteral("confirmTypedNameEdit");
inline const QString ConfirmRevokeButton = QStringLiteral("confirmRevokeButton");
inline const QString CancelConfirmButton = QStringLiteral("cancelConfirmButton");

inline const QString StatusBanner = QStringLiteral("statusBanner");
inline const QString BannerText = QStringLiteral("bannerText");
inline const QString BannerDetails = QStringLiteral("bannerDetails");
inline const QString BannerMeta = QStringLiteral("bannerMeta");
inline const QString CopyDetailsButton = QStringLiteral("copyDetailsButton");
inline const QString DismissBannerButton = QStringLiteral("dismissBannerButton");
inline const QString UseEntraButton = QStringLiteral("useEntraButton");

inline const QString HistoryButton = QStringLiteral("historyButton");
inline const QString HistoryView = QStringLiteral("historyView");
inline const QString HistoryFilterEdit = QStringLiteral("historyFilterEdit");
inline const QString HistoryOutcomeCombo = QStringLiteral("historyOutcomeCombo");
inline const QString HistorySinceCheck = QStringLiteral("historySinceCheck");
inline const QString HistorySinceDate = QStringLiteral("historySinceDate");
inline const QString HistoryTable = QStringLiteral("historyTable");
inline const QString HistoryStatus = QStringLiteral("historyStatus");
inline const QString HistoryRefreshButton = QStringLiteral("historyRefreshButton");
inline const QString HistoryExportButton = QStringLiteral("historyExportButton");
inline const QString HistoryExportDialog = QStringLiteral("historyExportDialog");
inline const QString HistoryCloseButton = QStringLiteral("historyCloseButton");

inline const QString BulkButton = QStringLiteral("bulkButton");
inline const QString BulkAction = QStringLiteral("bulkAction");
inline const QString BulkWindow = QStringLiteral("bulkWindow");
inline const QString BulkListEdit = QStringLiteral("bulkListEdit");
inline const QString BulkOpenFileButton = QStringLiteral("bulkOpenFileButton");
inline const QString BulkFileDialog = QStringLiteral("bulkFileDialog");
inline const QString BulkReviewButton = QStringLiteral("bulkReviewButton");
inline const QString BulkListMessage = QStringLiteral("bulkListMessage");
inline const QString BulkCounts = QStringLiteral("bulkCounts");
// One label per category: "bulkCount-" + categoryName() ("bulkCount-not-found").
inline const QString BulkCountPrefix = QStringLiteral("bulkCount-");
inline const QString BulkTable = QStringLiteral("bulkTable");
inline const QString BulkEntraRadio = QStringLiteral("bulkEntraRadio");
inline const QString BulkSharePointRadio = QStringLiteral("bulkSharePointRadio");
inline const QString BulkStatus = QStringLiteral("bulkStatus");
inline const QString BulkProgress = QStringLiteral("bulkProgress");
inline const QString BulkProgressLabel = QStringLiteral("bulkProgressLabel");
inline const QString BulkPauseButton = QStringLiteral("bulkPauseButton");
inline const QString BulkCancelButton = QStringLiteral("bulkCancelButton");
inline const QString BulkBackButton = QStringLiteral("bulkBackButton");
inline const QString BulkExportButton = QStringLiteral("bulkExportButton");
inline const QString BulkExportDialog = QStringLiteral("bulkExportDialog");
inline const QString BulkRunButton = QStringLiteral("bulkRunButton");
inline const QString BulkCloseButton = QStringLiteral("bulkCloseButton");

inline const QString BulkConfirmDialog = QStringLiteral("bulkConfirmDialog");
inline const QString BulkConfirmMessage = QStringLiteral("bulkConfirmMessage");
inline const QString BulkConfirmCounts = QStringLiteral("bulkConfirmCounts");
inline const QString BulkConfirmSelfNote = QStringLiteral("bulkConfirmSelfNote");
inline const QString BulkConfirmNames = QStringLiteral("bulkConfirmNames");
inline const QString BulkConfirmCountEdit = QStringLiteral("bulkConfirmCountEdit");
inline const QString BulkReasonEdit = QStringLiteral("bulkReasonEdit");
inline const QString BulkConfirmButton = QStringLiteral("bulkConfirmButton");
inline const QString BulkCancelConfirmButton = QStringLiteral("bulkCancelConfirmButton");
inline const QString BulkStopQuestion = QStringLiteral("bulkStopQuestion");
inline const QString BulkStopAndCloseButton = QStringLiteral("bulkStopAndCloseButton");
inline const QString BulkKeepRunningButton = QStringLiteral("bulkKeepRunningButton");

// The app menu, Settings and About.
inline const QString AppMenuButton = QStringLiteral("appMenuButton");
inline const QString SettingsAction = QStringLiteral("settingsAction");
inline const QString AboutAction = QStringLiteral("aboutAction");
inline const QString SettingsDialog = QStringLiteral("settingsDialog");
inline const QString LanguageCombo = QStringLiteral("languageCombo");
inline const QString DefaultChannelCombo = QStringLiteral("defaultChannelCombo");
inline const QString ColorSchemeCombo = QStringLiteral("colorSchemeCombo");
inline const QString SignInCheckBox = QStringLiteral("signInCheckBox");
inline const QString AuditLogPathEdit = QStringLiteral("auditLogPathEdit");
inline const QString OpenAuditFolderButton = QStringLiteral("openAuditFolderButton");
inline const QString AboutDialog = QStringLiteral("aboutDialog");
inline const QString AboutVersionLabel = QStringLiteral("aboutVersionLabel");
inline const QString AboutQtLabel = QStringLiteral("aboutQtLabel");
inline const QString AboutHomePageLabel = QStringLiteral("aboutHomePageLabel");
inline const QString CardSignInCheck = QStringLiteral("cardSignInCheck");
inline const QString CardSignInCheckText = QStringLiteral("cardSignInCheckText");
inline const QString CardCheckSignInsAgainButton = QStringLiteral("cardCheckSignInsAgainButton");

} // namespace rc::ui::names

namespace rc::ui {

// Gives a widget its object name (for tests and style) and what a screen reader calls it.
template<typename W> W *named(W *widget, const QString &name, const QString &accessibleName)
{
    widget->setObjectName(name);
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace rc::ui
