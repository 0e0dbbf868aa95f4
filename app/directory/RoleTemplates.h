#pragma once
// The directory role templates Revoke Console cares about (protocol.md §2): which roles may
// revoke sessions, and which may run the SharePoint operation.

namespace rc::RoleTemplates {
inline constexpr char GlobalAdministrator[] = "62e90394-69f5-4237-9190-012177145e10";
inline constexpr char SharePointAdministrator[] = "f28a1f50-f6e7-4571-818b-6a12f2af6b6c";
inline constexpr char UserAdministrator[] = "fe930be7-5e62-47db-91af-98c3a49a38b1";
inline constexpr char HelpdeskAdministrator[] = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
} // namespace rc::RoleTemplates
