#pragma once
// The app registration used when --client-id is not given.

namespace rc {

// "Microsoft Graph Command Line Tools": a Microsoft-published public client that allows the
// device-code flow in every tenant. Organizations that want their own consent and branding
// register an app (public client flows allowed, redirect http://localhost) and pass --client-id.
inline constexpr char DefaultClientId[] = "14d82eec-204b-4c2f-b7e8-296a70dab67e";

} // namespace rc
