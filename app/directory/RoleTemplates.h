#pragma once
// The directory role template ids Revoke Console knows by name (the Entra built-in roles
// reference, "Microsoft Entra built-in roles"; protocol.md §2). They are the same in every tenant
// and every cloud, unlike a directoryRole's object id. Who may revoke whom is decided by
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
inline constexpr char ExchangeAdministrator[] = "29232cdf-9323-42fd-ade2-1d097af3e4de";
inline constexpr char SecurityAdministrator[] = "194ae4cb-b126-40b2-bd5b-6091b380977d";
} // namespace rc::RoleTemplates
