#include "ApplicationIcon.h"

#include <QString>

namespace rc {

QIcon applicationIcon()
{
    // The installed package puts the same SVG in hicolor under REVOKE_APP_ID; a theme may restyle
    // it.
    return QIcon::fromTheme(QStringLiteral(REVOKE_APP_ID),
                            QIcon(QString::fromUtf16(applicationIconResource)));
}

} // namespace rc
