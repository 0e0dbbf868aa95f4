#pragma once
// The directory role template ids Revoke Console knows by name (the Entra built-in roles
// reference, "Microsoft Entra built-in roles"; docs/protocol-notes.md). They are the same in every
// tenant and every cloud, unlike a directoryRole's object id. Who may revoke whom is decided by
// RevokePermission in the core; the emulator keeps its own copy of Microsoft's rules.

namespace rc::RoleTemplates {
inline constexpr char GlobalAdministrator[] = "62e90394-69f5-4237-9190-012177145e10";
inline constexpr char PrivilegedAuthenticationAdministrator[]
        = "7be44c8a-adaf-4e2a-84d6-ab2649e08a13";
inline constexpr char PrivilegedRoleAdministrator[] = "e8611ab8-c189-46e8-94e1-60213ab1f814";
inline constexpr char UserAdministrator[] = "fe930be7-5e62-47db-91af-98c3a49a38b1";
inline constexpr char HelpdeskAdministrator[] = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
inline constexpr char AuthenticationAdministrator[] = "c4e39bd9-1100-46d3-8c65-fb160da0071f";
inline constexpr char SharePointAdministrator[] = "f28a1f50-f6e7-4571-818b-6a12f2af6b6c";
inline constexpr char CloudDeviceAdministrator[] = "7698a772-787b-4ac8-901f-60d6b08affd2";
inline constexpr char IntuneAdministrator[] = "3a2c62db-5318-420d-8d74-23affee5d9d5";
inline constexpr char ExchangeAdministrator[] = "29232cdf-9323-42fd-ade2-1d097af3e4de";
inline constexpr char SecurityAdministrator[] = "194ae4cb-b126-40b2-bd5b-6091b380977d";
// Roles that may read the sign-in log ("List signIns").
inline constexpr char GlobalReader[] = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
inline constexpr char SecurityReader[] = "5d6b6bb7-de71-4623-b4af-96380a352509";
inline constexpr char SecurityOperator[] = "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f";
inline constexpr char GroupsAdministrator[] = "fdd7a751-b60b-444a-984c-02652fe8fa1c";
// Roles that Helpdesk and Authentication Administrators may still act on ("Who can reset
// passwords" in "Privileged roles and permissions in Microsoft Entra ID").
inline constexpr char DirectoryReaders[] = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";
inline constexpr char GuestInviter[] = "95e79109-95c0-4d8e-aee3-d01accf2d47b";
inline constexpr char MessageCenterReader[] = "790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b";
inline constexpr char PasswordAdministrator[] = "966707d0-3269-4727-9be2-8c3a10f19b9d";
inline constexpr char ReportsReader[] = "4a5d8f65-41da-4de4-8968-e035b65339cf";
inline constexpr char UserExperienceSuccessManager[] = "27460883-1df1-4691-b032-3b79643e5e63";
inline constexpr char UsageSummaryReportsReader[] = "75934031-6c7e-415a-99d7-48dbd49e875e";
} // namespace rc::RoleTemplates
